"""The roles people hold, as Django groups (created by a data migration).

What each role may do is enforced by the views; the groups are the single place that says who
holds which role.
"""

from django.db import models


class Role(models.TextChoices):
    ANALYST = "analyst", "Analyst"
    REVIEWER = "reviewer", "Reviewer"
    PCC_STAFF = "pcc_staff", "PCC office staff"
    BOARD_MEMBER = "board_member", "Board member"
    ADMINISTRATOR = "administrator", "Administrator"


# Group names as administrators see them in the admin.
GROUP_NAMES = {role: role.label for role in Role}

from django.contrib.auth.models import AbstractUser
from django.db import models
from simple_history.models import HistoricalRecords

from sprcompliance.accounts.roles import GROUP_NAMES


class User(AbstractUser):
    """A person who signs in. Everyone but a site administrator works for one force."""

    force = models.ForeignKey(
        "threats.Force",
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="users",
        help_text="The force whose data this person works on. Empty only for site administrators.",
    )
    job_title = models.CharField(max_length=200, blank=True)

    history = HistoricalRecords(excluded_fields=["password", "last_login"])

    class Meta:
        ordering = ["username"]

    def __str__(self):
        return self.get_full_name() or self.username

    def has_role(self, role) -> bool:
        return self.groups.filter(name=GROUP_NAMES[role]).exists()

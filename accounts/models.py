"""Organisations: forces (the tenancy unit: every record belongs to one) and the people who
work for them."""

from django.contrib.auth.models import AbstractUser
from django.db import models
from simple_history.models import HistoricalRecords

from accounts.roles import GROUP_NAMES


class Force(models.Model):
    """A territorial police force and its PCC: the unit that owns all assessment data."""

    name = models.CharField(max_length=200, unique=True)
    slug = models.SlugField(max_length=60, unique=True)
    pcc_title = models.CharField(
        max_length=200, blank=True, help_text='e.g. "Police and Crime Commissioner for Midshire".'
    )

    history = HistoricalRecords(table_name="threats_historicalforce")

    class Meta:
        # Created by the threats app; the table kept its name when the model moved here.
        db_table = "threats_force"
        ordering = ["name"]

    def __str__(self):
        return self.name


class User(AbstractUser):
    """A person who signs in. Everyone but a site administrator works for one force."""

    force = models.ForeignKey(
        Force,
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

"""The board paper's own texts, per reporting period."""

from django.db import models
from simple_history.models import HistoricalRecords

from evidence.models import Classification


class BoardPaper(models.Model):
    """What the paper says around the assessments: purpose, background, conclusion, sign-off.

    The texts are Markdown in the same subset as the assessments, so the paper numbers their
    paragraphs continuously with the rest.
    """

    period = models.OneToOneField(
        "threats.ReportingPeriod", on_delete=models.CASCADE, related_name="paper"
    )
    title = models.CharField(max_length=300)
    meeting = models.CharField(max_length=200, blank=True, help_text="The board it goes to.")
    meeting_date = models.DateField(null=True, blank=True)
    presented_by = models.CharField(max_length=200, blank=True)
    author = models.CharField(max_length=200, blank=True)
    minimum_classification = models.CharField(
        max_length=20,
        choices=Classification,
        default=Classification.OFFICIAL,
        help_text="The paper is marked at least this, and higher if it cites higher evidence.",
    )
    purpose = models.TextField(blank=True)
    background = models.TextField(blank=True)
    recommendation = models.TextField(blank=True)
    conclusion = models.TextField(blank=True)
    sign_off_name = models.CharField(max_length=200, blank=True)
    version = models.PositiveIntegerField(default=1, editable=False)
    updated_at = models.DateTimeField(auto_now=True)

    history = HistoricalRecords()

    class Meta:
        ordering = ["period"]

    def __str__(self):
        return self.title

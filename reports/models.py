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


class IssuedPaper(models.Model):
    """A frozen issue of the paper: the exact PDF bytes board members received.

    Rows are immutable: a database trigger refuses any UPDATE or DELETE, so what was issued
    can always be shown again byte for byte and checked against its SHA-256.
    """

    period = models.ForeignKey(
        "threats.ReportingPeriod", on_delete=models.PROTECT, related_name="issued_papers"
    )
    version = models.PositiveIntegerField()
    issued_at = models.DateTimeField()
    issued_by = models.ForeignKey(
        "accounts.User", on_delete=models.PROTECT, related_name="issued_papers"
    )
    title = models.CharField(max_length=300)
    classification = models.CharField(max_length=20, choices=Classification)
    pdf = models.BinaryField()
    sha256 = models.CharField(max_length=64, help_text="SHA-256 of the PDF bytes.")
    size = models.PositiveIntegerField()
    html = models.TextField(help_text="The paper as issued, for reading on screen.")

    class Fingerprint(models.TextChoices):
        # How source_sha256 was taken (reports.services.draft_fingerprint).
        DOCUMENT = "document", "The whole print document"  # issues made before reports 0005
        TEXT = "text", "The text and link addresses"  # issues made before reports 0006
        WORDING = "wording", "The wording, without paragraph numbers and with every note in full"

    source_sha256 = models.CharField(
        max_length=64, help_text="SHA-256 of the draft paper at issue, to detect later changes."
    )
    source_fingerprint = models.CharField(
        max_length=10,
        choices=Fingerprint,
        default=Fingerprint.WORDING,
        help_text="What source_sha256 is a hash of.",
    )
    paragraph_count = models.PositiveIntegerField()
    footnote_count = models.PositiveIntegerField()
    override_reason = models.TextField(
        blank=True, help_text="Why the paper was issued although readiness rules were not met."
    )
    open_problems = models.JSONField(
        default=list,
        blank=True,
        help_text="The readiness rules not met when it was issued, in words.",
    )

    class Meta:
        ordering = ["period", "-version"]
        constraints = [
            models.UniqueConstraint(
                fields=["period", "version"], name="issuedpaper_version_unique"
            ),
            models.CheckConstraint(
                condition=models.Q(version__gte=1), name="issuedpaper_version_positive"
            ),
            models.CheckConstraint(
                condition=models.Q(sha256__regex=r"^[0-9a-f]{64}$")
                & models.Q(source_sha256__regex=r"^[0-9a-f]{64}$"),
                name="issuedpaper_hashes_hex",
            ),
        ]

    def __str__(self):
        return f"{self.title}, version {self.version}"

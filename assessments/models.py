"""A force's assessments against the SPR framework: per period and threat area a threat
assessment (its context), per C a dimension assessment (one cell of the matrix), departures
from the SPR, and capacity measures against national commitments.

These tables were created by the threats app, whose SPR framework they point at; they keep
their table names (db_table) so that moving them here changed no data.
"""

from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import models
from django.db.models import F, Q
from simple_history.models import HistoricalRecords

from threats.models import Dimension, RatingLevel, ReportingPeriod, ThreatArea


class ThreatAssessment(models.Model):
    """A period's assessment of one threat area: its context narrative.

    The threat area must belong to the period's edition; a database trigger holds that.
    """

    period = models.ForeignKey(
        ReportingPeriod, on_delete=models.CASCADE, related_name="threat_assessments"
    )
    threat_area = models.ForeignKey(
        ThreatArea, on_delete=models.PROTECT, related_name="assessments"
    )
    context = models.TextField(
        blank=True,
        help_text="Threat level, trend and national picture, in Markdown with citations.",
    )
    owner = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
    )
    version = models.PositiveIntegerField(default=1, editable=False)
    updated_at = models.DateTimeField(auto_now=True)

    history = HistoricalRecords(table_name="threats_historicalthreatassessment")

    class Meta:
        db_table = "threats_threatassessment"
        ordering = ["period", "threat_area__order"]
        constraints = [
            models.UniqueConstraint(
                fields=["period", "threat_area"], name="threatassessment_unique"
            ),
        ]

    def __str__(self):
        return f"{self.threat_area} ({self.period.label})"

    def clean(self):
        if (
            self.period_id
            and self.threat_area_id
            and self.threat_area.edition_id != self.period.edition_id
        ):
            raise ValidationError(
                {"threat_area": "This threat area belongs to another edition of the SPR."}
            )


class DimensionAssessment(models.Model):
    """One cell of the matrix: a threat area assessed on one of the five Cs."""

    class State(models.TextChoices):
        DRAFT = "draft", "Draft"
        SUBMITTED = "submitted", "Submitted for review"
        APPROVED = "approved", "Approved"

    threat_assessment = models.ForeignKey(
        ThreatAssessment, on_delete=models.CASCADE, related_name="dimension_assessments"
    )
    dimension = models.ForeignKey(Dimension, on_delete=models.PROTECT, related_name="assessments")
    rating = models.ForeignKey(RatingLevel, on_delete=models.PROTECT, related_name="+")
    narrative = models.TextField(blank=True, help_text="Markdown with citations.")
    gaps = models.TextField(blank=True, help_text="What is missing and what is being done.")
    owner = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
    )
    state = models.CharField(max_length=10, choices=State, default=State.DRAFT)
    reviewer_comment = models.TextField(blank=True)
    version = models.PositiveIntegerField(default=1, editable=False)
    updated_at = models.DateTimeField(auto_now=True)

    history = HistoricalRecords(table_name="threats_historicaldimensionassessment")

    class Meta:
        db_table = "threats_dimensionassessment"
        ordering = ["threat_assessment", "dimension__order"]
        constraints = [
            models.UniqueConstraint(
                fields=["threat_assessment", "dimension"], name="dimensionassessment_unique"
            ),
        ]

    def __str__(self):
        return f"{self.threat_assessment.threat_area} / {self.dimension}"

    def clean(self):
        errors = {}
        if self.threat_assessment_id:
            period = self.threat_assessment.period
            if self.dimension_id and self.dimension.edition_id != period.edition_id:
                errors["dimension"] = "This dimension belongs to another edition of the SPR."
            if self.rating_id and self.rating.scale_id != period.rating_scale_id:
                errors["rating"] = "This rating is not on the period's rating scale."
        if errors:
            raise ValidationError(errors)


class Departure(models.Model):
    """A case where the PCC and Chief Constable do not follow the SPR, with its justification."""

    class Status(models.TextChoices):
        PROPOSED = "proposed", "Proposed"
        APPROVED = "approved", "Approved"
        ENDED = "ended", "Ended"

    period = models.ForeignKey(ReportingPeriod, on_delete=models.CASCADE, related_name="departures")
    reference = models.CharField(max_length=20)
    threat_area = models.ForeignKey(
        ThreatArea, on_delete=models.PROTECT, null=True, blank=True, related_name="departures"
    )
    dimension = models.ForeignKey(
        Dimension, on_delete=models.PROTECT, null=True, blank=True, related_name="departures"
    )
    title = models.CharField(max_length=300, help_text="What is departed from.")
    justification = models.TextField(help_text="Why there is good reason not to follow the SPR.")
    status = models.CharField(
        max_length=10, choices=Status, default=Status.PROPOSED, editable=False
    )
    # Approving and ending are acts of PCC office staff: the system records who and when.
    approved_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        editable=False,
        related_name="+",
    )
    approved_on = models.DateField(null=True, blank=True, editable=False)
    approver_as_typed = models.CharField(
        max_length=200,
        blank=True,
        editable=False,
        help_text="Who approved it, as typed into the register before approval was an act "
        "recorded by the system. Kept for departures approved that way.",
    )
    review_on = models.DateField(null=True, blank=True)
    ended_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        editable=False,
        related_name="+",
    )
    ended_on = models.DateField(null=True, blank=True, editable=False)
    version = models.PositiveIntegerField(default=1, editable=False)

    history = HistoricalRecords(table_name="threats_historicaldeparture")

    class Meta:
        db_table = "threats_departure"
        ordering = ["period", "reference"]
        constraints = [
            models.UniqueConstraint(fields=["period", "reference"], name="departure_ref_unique"),
            # A proposed departure has no approver; an approved (or ended) one says who
            # approved it (the user, or for older rows the name typed) and when.
            models.CheckConstraint(
                condition=Q(status="proposed", approved_by__isnull=True)
                | (
                    ~Q(status="proposed")
                    & Q(approved_on__isnull=False)
                    & (Q(approved_by__isnull=False) | ~Q(approver_as_typed=""))
                ),
                name="departure_approval_recorded",
            ),
            models.CheckConstraint(
                condition=~Q(status="ended") | Q(ended_on__isnull=False),
                name="departure_end_recorded",
            ),
            models.CheckConstraint(
                condition=Q(review_on__isnull=True)
                | Q(approved_on__isnull=True)
                | Q(review_on__gt=F("approved_on")),
                name="departure_review_after_approval",
            ),
            models.CheckConstraint(
                condition=Q(ended_on__isnull=True)
                | Q(approved_on__isnull=True)
                | Q(ended_on__gte=F("approved_on")),
                name="departure_ends_after_approval",
            ),
        ]

    def __str__(self):
        return f"{self.reference}: {self.title}"

    @property
    def approver(self) -> str:
        """Who approved it, as the paper names them: the user who did, with their job title
        ("Priya Shah (Policy officer, Office of the PCC)"), or for older rows the name typed."""
        user = self.approved_by
        if user is None:
            return self.approver_as_typed
        return f"{user} ({user.job_title})" if user.job_title else str(user)


class CapacityMetric(models.Model):
    """A number measured against a national commitment (e.g. PSUs available: 22 of 21)."""

    threat_assessment = models.ForeignKey(
        ThreatAssessment, on_delete=models.CASCADE, related_name="metrics"
    )
    dimension = models.ForeignKey(
        Dimension, on_delete=models.PROTECT, null=True, blank=True, related_name="metrics"
    )
    name = models.CharField(max_length=200)
    value = models.DecimalField(max_digits=14, decimal_places=2)
    unit = models.CharField(max_length=40)
    national_commitment = models.DecimalField(
        max_digits=14, decimal_places=2, null=True, blank=True
    )
    as_at = models.DateField()
    source = models.ForeignKey(
        "evidence.EvidenceItem",
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="metrics",
    )
    notes = models.TextField(blank=True)
    version = models.PositiveIntegerField(default=1, editable=False)

    history = HistoricalRecords(table_name="threats_historicalcapacitymetric")

    class Meta:
        db_table = "threats_capacitymetric"
        ordering = ["threat_assessment", "name"]
        constraints = [
            models.UniqueConstraint(
                fields=["threat_assessment", "name"], name="capacitymetric_name_unique"
            ),
            models.CheckConstraint(condition=Q(value__gte=0), name="capacitymetric_value_gte_0"),
            models.CheckConstraint(
                condition=Q(national_commitment__isnull=True) | Q(national_commitment__gte=0),
                name="capacitymetric_commitment_gte_0",
            ),
        ]

    def __str__(self):
        return f"{self.name}: {self.value} {self.unit}"

    @property
    def meets_commitment(self) -> bool | None:
        if self.national_commitment is None:
            return None
        return self.value >= self.national_commitment

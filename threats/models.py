"""The SPR framework (editions, threat areas, the five Cs, rating scales) and each force's
assessments against it.

The framework is data, not code: editions differ in their threat areas and even in their
dimensions (2012 joined capacity and contribution), so nothing here enumerates them.
"""

from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import models
from django.db.models import Count, F, Q
from simple_history.models import HistoricalRecords

HEX_COLOUR = r"^#[0-9a-f]{6}$"


class Edition(models.Model):
    """One issue of the Strategic Policing Requirement (2012, 2015, 2023...)."""

    key = models.SlugField(max_length=40, unique=True, help_text='Stable key, e.g. "spr-2015".')
    title = models.CharField(max_length=200)
    short_title = models.CharField(max_length=40, help_text='e.g. "SPR 2015".')
    published_on = models.DateField()
    summary = models.TextField(blank=True)

    history = HistoricalRecords()

    class Meta:
        ordering = ["published_on"]

    def __str__(self):
        return self.short_title


class ThreatArea(models.Model):
    """A national threat as one edition names and orders it.

    The key is stable across editions ("public-order") while the label drifts
    ("Public order" in 2015, "Public disorder" in 2023); aliases keep older names findable.
    """

    edition = models.ForeignKey(Edition, on_delete=models.CASCADE, related_name="threat_areas")
    key = models.SlugField(max_length=60)
    label = models.CharField(max_length=200)
    short_label = models.CharField(max_length=60, blank=True)
    aliases = models.JSONField(default=list, blank=True, help_text="Other names, as a list.")
    order = models.PositiveSmallIntegerField()
    description = models.TextField(blank=True)

    history = HistoricalRecords()

    class Meta:
        ordering = ["edition", "order"]
        constraints = [
            models.UniqueConstraint(fields=["edition", "key"], name="threatarea_key_unique"),
            models.UniqueConstraint(fields=["edition", "order"], name="threatarea_order_unique"),
            models.CheckConstraint(condition=Q(order__gte=1), name="threatarea_order_positive"),
        ]

    def __str__(self):
        return self.label

    def clean(self):
        if not isinstance(self.aliases, list) or not all(isinstance(a, str) for a in self.aliases):
            raise ValidationError({"aliases": "Aliases must be a list of names."})


class Dimension(models.Model):
    """One of an edition's requirement headings: the five Cs in 2015."""

    edition = models.ForeignKey(Edition, on_delete=models.CASCADE, related_name="dimensions")
    key = models.SlugField(max_length=40)
    label = models.CharField(max_length=100)
    order = models.PositiveSmallIntegerField()
    description = models.TextField(blank=True)

    history = HistoricalRecords()

    class Meta:
        ordering = ["edition", "order"]
        constraints = [
            models.UniqueConstraint(fields=["edition", "key"], name="dimension_key_unique"),
            models.UniqueConstraint(fields=["edition", "order"], name="dimension_order_unique"),
            models.CheckConstraint(condition=Q(order__gte=1), name="dimension_order_positive"),
        ]

    def __str__(self):
        return self.label


class RatingScale(models.Model):
    """A judgement scale (meets / partially meets..., PEEL's five points, assured...)."""

    key = models.SlugField(max_length=40, unique=True)
    name = models.CharField(max_length=100)
    description = models.TextField(blank=True)

    history = HistoricalRecords()

    class Meta:
        ordering = ["name"]

    def __str__(self):
        return self.name


class RatingLevel(models.Model):
    """One point on a scale. Rank 1 is the best; the one unassessed level is the default."""

    scale = models.ForeignKey(RatingScale, on_delete=models.CASCADE, related_name="levels")
    key = models.SlugField(max_length=40)
    label = models.CharField(max_length=60, help_text="The rating in words, as printed.")
    rank = models.PositiveSmallIntegerField(help_text="1 is the best level.")
    colour = models.CharField(max_length=7, help_text='Background colour, e.g. "#00703c".')
    text_colour = models.CharField(max_length=7, default="#ffffff")
    is_assessed = models.BooleanField(
        default=True, help_text='Off only for the "not yet assessed" level.'
    )
    description = models.TextField(blank=True)

    history = HistoricalRecords()

    class Meta:
        ordering = ["scale", "rank"]
        constraints = [
            models.UniqueConstraint(fields=["scale", "key"], name="ratinglevel_key_unique"),
            models.UniqueConstraint(fields=["scale", "rank"], name="ratinglevel_rank_unique"),
            # A new assessment starts on the scale's single "not yet assessed" level.
            models.UniqueConstraint(
                fields=["scale"],
                condition=Q(is_assessed=False),
                name="ratinglevel_one_unassessed_per_scale",
            ),
            models.CheckConstraint(condition=Q(rank__gte=1), name="ratinglevel_rank_positive"),
            models.CheckConstraint(
                condition=Q(colour__regex=HEX_COLOUR) & Q(text_colour__regex=HEX_COLOUR),
                name="ratinglevel_colours_are_hex",
            ),
        ]

    def __str__(self):
        return self.label


class Force(models.Model):
    """A territorial police force and its PCC: the unit that owns all assessment data."""

    name = models.CharField(max_length=200, unique=True)
    slug = models.SlugField(max_length=60, unique=True)
    pcc_title = models.CharField(
        max_length=200, blank=True, help_text='e.g. "Police and Crime Commissioner for Midshire".'
    )

    history = HistoricalRecords()

    class Meta:
        ordering = ["name"]

    def __str__(self):
        return self.name


class ReportingPeriodQuerySet(models.QuerySet):
    def for_force(self, force):
        return self.filter(force=force)

    def with_framework(self):
        """With the force, edition and rating scale that every period page shows."""
        return self.select_related("force", "edition", "rating_scale")

    def with_progress(self):
        """Annotate how many cells (threat area x dimension) exist and how many are approved."""
        cells = "threat_assessments__dimension_assessments"
        return self.annotate(
            cell_count=Count(cells),
            approved_count=Count(cells, filter=Q(**{f"{cells}__state": "approved"})),
        )


class ReportingPeriod(models.Model):
    """A force's reporting year, assessed against one edition on one rating scale."""

    class Status(models.TextChoices):
        OPEN = "open", "Open"
        ISSUED = "issued", "Issued"
        CLOSED = "closed", "Closed"

    force = models.ForeignKey(Force, on_delete=models.PROTECT, related_name="periods")
    edition = models.ForeignKey(Edition, on_delete=models.PROTECT, related_name="periods")
    rating_scale = models.ForeignKey(RatingScale, on_delete=models.PROTECT, related_name="periods")
    label = models.CharField(max_length=20, help_text='e.g. "2019/20".')
    starts_on = models.DateField()
    ends_on = models.DateField()
    status = models.CharField(max_length=10, choices=Status, default=Status.OPEN)

    history = HistoricalRecords()
    objects = ReportingPeriodQuerySet.as_manager()

    class Meta:
        ordering = ["force", "-starts_on"]
        constraints = [
            models.UniqueConstraint(fields=["force", "label"], name="period_label_unique"),
            models.CheckConstraint(
                condition=Q(ends_on__gt=F("starts_on")), name="period_ends_after_start"
            ),
        ]

    def __str__(self):
        return f"{self.force} {self.label}"

    @property
    def is_locked(self) -> bool:
        """Issued (or closed) periods refuse edits until an administrator reopens them."""
        return self.status != self.Status.OPEN

    def previous(self):
        """The force's period that ended most recently before this one started."""
        return (
            ReportingPeriod.objects.filter(force_id=self.force_id, ends_on__lte=self.starts_on)
            .order_by("-ends_on")
            .first()
        )


class PeriodReopening(models.Model):
    """An administrator reopened an issued period for edits: who, when and why (kept for good)."""

    period = models.ForeignKey(ReportingPeriod, on_delete=models.CASCADE, related_name="reopenings")
    previous_status = models.CharField(max_length=10, choices=ReportingPeriod.Status)
    reopened_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="+"
    )
    reopened_at = models.DateTimeField()
    reason = models.TextField()

    class Meta:
        ordering = ["-reopened_at"]
        constraints = [
            models.CheckConstraint(condition=~Q(reason=""), name="reopening_has_reason"),
        ]

    def __str__(self):
        return f"{self.period} reopened {self.reopened_at:%d %B %Y}"


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

    history = HistoricalRecords()

    class Meta:
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

    history = HistoricalRecords()

    class Meta:
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
    status = models.CharField(max_length=10, choices=Status, default=Status.PROPOSED)
    approved_by = models.CharField(max_length=200, blank=True, help_text="Name and role.")
    approved_on = models.DateField(null=True, blank=True)
    review_on = models.DateField(null=True, blank=True)
    ended_on = models.DateField(null=True, blank=True)
    version = models.PositiveIntegerField(default=1, editable=False)

    history = HistoricalRecords()

    class Meta:
        ordering = ["period", "reference"]
        constraints = [
            models.UniqueConstraint(fields=["period", "reference"], name="departure_ref_unique"),
            # An approved (or ended) departure must say who approved it and when.
            models.CheckConstraint(
                condition=Q(status="proposed")
                | (~Q(approved_by="") & Q(approved_on__isnull=False)),
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

    history = HistoricalRecords()

    class Meta:
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

"""The SPR framework (editions, threat areas, the five Cs, rating scales) and each force's
reporting periods (assessed in the assessments app).

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

    force = models.ForeignKey("accounts.Force", on_delete=models.PROTECT, related_name="periods")
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

    # What a period holds of its force (reverse relations of the apps above): while any of it
    # exists the period keeps its force, or its citations and paper would cross to another. The
    # trigger reportingperiod_force_fixed_once_it_holds_data reads the same tables.
    HOLDINGS = ("threat_assessments", "departures", "paper", "issued_papers", "actions_raised")

    def clean(self):
        if self.pk is None:
            return
        stored = (
            ReportingPeriod.objects.filter(pk=self.pk)
            .values("force", "edition", "rating_scale")
            .first()
        )
        if stored is None:
            return
        errors = self._framework_errors(stored)
        if errors and not self.threat_assessments.exists():
            errors = {}  # an unassessed period may still change edition and scale
        if self.force_id is not None and self.force_id != stored["force"] and self.holds_data():
            errors["force"] = (
                "The force cannot change once the period holds its data (assessments, "
                "departures, its paper, actions): that data is the force's own. Create the "
                "period for the other force instead."
            )
        if errors:
            raise ValidationError(errors)

    def _framework_errors(self, stored) -> dict[str, str]:
        # The rule of the trigger reportingperiod_framework_fixed_once_assessed, in words: the
        # assessments' threat areas, Cs and ratings come from the edition and scale.
        errors = {}
        if self.edition_id is not None and self.edition_id != stored["edition"]:
            errors["edition"] = (
                "The SPR edition cannot change once the period has assessments: their threat "
                "areas and Cs come from it. Create a new period for another edition."
            )
        if self.rating_scale_id is not None and self.rating_scale_id != stored["rating_scale"]:
            errors["rating_scale"] = (
                "The rating scale cannot change once the period has assessments: their "
                "ratings are on it."
            )
        return errors

    def holds_data(self) -> bool:
        """Whether anything of its force hangs on the period (citations hang on its texts)."""
        held = Q()
        for name in self.HOLDINGS:
            held |= Q(**{f"{name}__isnull": False})
        return ReportingPeriod.objects.filter(held, pk=self.pk).exists()

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

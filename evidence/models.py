"""The evidence register, the citations that tie narrative paragraphs to it, and actions."""

import datetime
import operator
import uuid
from functools import reduce
from typing import TYPE_CHECKING

from django.conf import settings
from django.db import models
from django.db.models import F, Q
from simple_history.models import HistoricalRecords

if TYPE_CHECKING:
    from evidence.staleness import StaleCheck


class Classification(models.TextChoices):
    """Government Security Classification markings, lowest first."""

    OFFICIAL = "OFFICIAL", "OFFICIAL"
    OFFICIAL_SENSITIVE = "OFFICIAL-SENSITIVE", "OFFICIAL-SENSITIVE"

    @classmethod
    def highest(cls, markings) -> "Classification":
        order = list(cls)
        return max((cls(m) for m in markings), key=order.index, default=cls.OFFICIAL)


class EvidenceItemQuerySet(models.QuerySet):
    def for_force(self, force):
        return self.filter(force=force)

    def stale(self, check: "StaleCheck"):
        """Items stale for the question `check` asks (evidence/staleness.py)."""
        return self.filter(check.condition)

    def fresh(self, check: "StaleCheck"):
        return self.exclude(check.condition)


class EvidenceItem(models.Model):
    """Something the force can show: a report, a letter, a record, a debrief."""

    class Kind(models.TextChoices):
        INSPECTION_REPORT = "inspection_report", "Inspection report"
        NATIONAL_DOCUMENT = "national_document", "National programme or strategy document"
        EXERCISE_DEBRIEF = "exercise_debrief", "Exercise debrief"
        TRAINING_RECORD = "training_record", "Training record"
        FUNDING_LETTER = "funding_letter", "Funding letter or agreement"
        LETTER = "letter", "Letter or correspondence"
        INTERNAL_MESSAGE = "internal_message", "Internal force message"
        MINUTES = "minutes", "Meeting minutes"
        PERFORMANCE_DATA = "performance_data", "Performance data"
        RISK_REGISTER = "risk_register", "Risk register or threat assessment"
        FEEDBACK_FORM = "feedback_form", "Feedback form"
        AGREEMENT = "agreement", "Agreement or memorandum of understanding"
        OTHER = "other", "Other"

    force = models.ForeignKey("accounts.Force", on_delete=models.PROTECT, related_name="evidence")
    reference = models.CharField(
        max_length=20, help_text='The force\'s own reference, cited in narratives: "EV-012".'
    )
    title = models.CharField(max_length=300)
    summary = models.TextField(blank=True)
    kind = models.CharField(max_length=30, choices=Kind)
    source = models.CharField(max_length=200, help_text="Who produced it, e.g. HMICFRS.")
    source_reference = models.CharField(max_length=200, blank=True)
    url = models.URLField(max_length=500, blank=True)
    evidence_date = models.DateField(help_text="The date of the evidence itself.")
    covers_from = models.DateField(null=True, blank=True)
    covers_to = models.DateField(null=True, blank=True)
    review_by = models.DateField(help_text="After this date the evidence counts as stale.")
    dependency_ends_on = models.DateField(
        null=True,
        blank=True,
        help_text="When funding, a contract or an agreement this evidence records comes to an end.",
    )
    owner = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
    )
    classification = models.CharField(
        max_length=20, choices=Classification, default=Classification.OFFICIAL
    )
    version = models.PositiveIntegerField(default=1, editable=False)
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)

    history = HistoricalRecords()
    objects = EvidenceItemQuerySet.as_manager()

    class Meta:
        ordering = ["force", "reference"]
        constraints = [
            models.UniqueConstraint(fields=["force", "reference"], name="evidence_ref_unique"),
            models.CheckConstraint(
                condition=Q(review_by__gt=F("evidence_date")),
                name="evidence_review_after_date",
            ),
            models.CheckConstraint(
                condition=Q(covers_from__isnull=True)
                | Q(covers_to__isnull=True)
                | Q(covers_to__gte=F("covers_from")),
                name="evidence_covers_in_order",
            ),
            models.CheckConstraint(
                condition=Q(dependency_ends_on__isnull=True)
                | Q(dependency_ends_on__gte=F("evidence_date")),
                name="evidence_dependency_ends_after_date",
            ),
        ]
        indexes = [
            # The dashboard and the register's "stale" filter: a force's items by review date.
            models.Index(fields=["force", "review_by"], name="evidence_force_review_idx"),
            models.Index(
                fields=["force", "dependency_ends_on"], name="evidence_force_dependency_idx"
            ),
        ]

    def __str__(self):
        return f"{self.reference} {self.title}"


def evidence_file_path(instance, filename):
    """Storage names are generated by the server; the user's file name is only displayed."""
    return f"evidence/{instance.item.force_id}/{uuid.uuid4().hex}"


class EvidenceFile(models.Model):
    """A file attached to an evidence item, stored under a server-generated name."""

    item = models.ForeignKey(EvidenceItem, on_delete=models.CASCADE, related_name="files")
    file = models.FileField(upload_to=evidence_file_path, max_length=200)
    original_name = models.CharField(max_length=255)
    content_type = models.CharField(max_length=100)
    size = models.PositiveBigIntegerField()
    sha256 = models.CharField(max_length=64)
    uploaded_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
    )
    uploaded_at = models.DateTimeField(auto_now_add=True)

    history = HistoricalRecords()

    class Meta:
        ordering = ["item", "uploaded_at"]
        constraints = [
            models.CheckConstraint(
                condition=Q(sha256__regex=r"^[0-9a-f]{64}$"), name="evidencefile_sha256_hex"
            ),
        ]

    def __str__(self):
        return self.original_name


# The narratives' owners, each with the Citation foreign key that points at it (the
# registration in evidence/narratives.py names the key). Exactly one is set on each row.
CITATION_TARGETS = {
    "threat_assessment": ("assessments.ThreatAssessment", "context_citations"),
    "dimension_assessment": ("assessments.DimensionAssessment", "citations"),
    "departure": ("assessments.Departure", "citations"),
    "board_paper": ("reports.BoardPaper", "citations"),
}


def _one_target() -> Q:
    """Exactly one of the target foreign keys is set."""
    return reduce(
        operator.or_,
        (
            Q(**{f"{link}__isnull": link != chosen for link in CITATION_TARGETS})
            for chosen in CITATION_TARGETS
        ),
    )


class Citation(models.Model):
    """A narrative paragraph citing an evidence item, with a locator such as "p8-10".

    Citations are derived: a narrative's Markdown holds `[@EV-012, p8-10]` markers, and saving
    it rewrites its citation rows (evidence/services.py). A citation belongs to one text
    (`field`) of one narrative's owner: a threat assessment's context, a C's narrative or gaps,
    a departure's justification, or one of the board paper's own texts.
    """

    evidence = models.ForeignKey(EvidenceItem, on_delete=models.PROTECT, related_name="citations")
    threat_assessment = models.ForeignKey(
        CITATION_TARGETS["threat_assessment"][0],
        on_delete=models.CASCADE,
        null=True,
        blank=True,
        related_name=CITATION_TARGETS["threat_assessment"][1],
    )
    dimension_assessment = models.ForeignKey(
        CITATION_TARGETS["dimension_assessment"][0],
        on_delete=models.CASCADE,
        null=True,
        blank=True,
        related_name=CITATION_TARGETS["dimension_assessment"][1],
    )
    departure = models.ForeignKey(
        CITATION_TARGETS["departure"][0],
        on_delete=models.CASCADE,
        null=True,
        blank=True,
        related_name=CITATION_TARGETS["departure"][1],
    )
    board_paper = models.ForeignKey(
        CITATION_TARGETS["board_paper"][0],
        on_delete=models.CASCADE,
        null=True,
        blank=True,
        related_name=CITATION_TARGETS["board_paper"][1],
    )
    field = models.CharField(
        max_length=40, help_text='The text of its target that cites, e.g. "narrative" or "gaps".'
    )
    paragraph = models.PositiveSmallIntegerField(
        help_text="1-based number of the paragraph within its text."
    )
    position = models.PositiveSmallIntegerField(
        help_text="1-based order of the citation within its text."
    )
    locator = models.CharField(max_length=60, blank=True, help_text='e.g. "p8-10".')

    class Meta:
        ordering = ["position"]
        constraints = [
            models.CheckConstraint(condition=_one_target(), name="citation_has_one_narrative"),
            models.CheckConstraint(
                condition=Q(paragraph__gte=1) & Q(position__gte=1),
                name="citation_numbers_positive",
            ),
            models.CheckConstraint(condition=~Q(field=""), name="citation_names_its_text"),
            *(
                models.UniqueConstraint(
                    fields=[target, "field", "position"],
                    condition=Q(**{f"{target}__isnull": False}),
                    name=f"citation_{target}_position_unique",
                )
                for target in CITATION_TARGETS
            ),
        ]

    def __str__(self):
        suffix = f", {self.locator}" if self.locator else ""
        return f"[@{self.evidence.reference}{suffix}]"

    @staticmethod
    def target_links() -> tuple[str, ...]:
        return tuple(CITATION_TARGETS)

    def target(self) -> models.Model:
        return next(getattr(self, link) for link in CITATION_TARGETS if getattr(self, f"{link}_id"))


class ActionQuerySet(models.QuerySet):
    def for_force(self, force):
        return self.filter(force=force)

    def open(self):
        return self.filter(status__in=Action.OPEN_STATUSES)

    def overdue(self, *, on: datetime.date):
        return self.open().filter(due_on__lt=on)


class Action(models.Model):
    """Something to be done: an inspection recommendation, an exercise lesson, a gap."""

    class SourceKind(models.TextChoices):
        HMICFRS_RECOMMENDATION = "hmicfrs_recommendation", "HMICFRS recommendation"
        HMICFRS_AFI = "hmicfrs_afi", "HMICFRS area for improvement"
        EXERCISE_DEBRIEF = "exercise_debrief", "Exercise debrief"
        ASSESSMENT_GAP = "assessment_gap", "Gap found in an assessment"
        INTERNAL_REVIEW = "internal_review", "Internal review"
        OTHER = "other", "Other"

    class Status(models.TextChoices):
        OPEN = "open", "Open"
        IN_PROGRESS = "in_progress", "In progress"
        COMPLETED = "completed", "Completed"
        WITHDRAWN = "withdrawn", "Withdrawn"

    OPEN_STATUSES = (Status.OPEN, Status.IN_PROGRESS)

    force = models.ForeignKey("accounts.Force", on_delete=models.PROTECT, related_name="actions")
    reference = models.CharField(max_length=20)
    title = models.CharField(max_length=300)
    description = models.TextField(blank=True)
    source_kind = models.CharField(max_length=30, choices=SourceKind)
    source = models.CharField(
        max_length=300, blank=True, help_text="e.g. HMICFRS PEEL 2018/19, recommendation 3."
    )
    evidence = models.ManyToManyField(EvidenceItem, blank=True, related_name="actions")
    owner = models.CharField(max_length=200, help_text="The role that owns it.")
    threat_area = models.ForeignKey(
        "threats.ThreatArea", on_delete=models.PROTECT, null=True, blank=True, related_name="+"
    )
    dimension = models.ForeignKey(
        "threats.Dimension", on_delete=models.PROTECT, null=True, blank=True, related_name="+"
    )
    raised_in = models.ForeignKey(
        "threats.ReportingPeriod",
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="actions_raised",
    )
    due_on = models.DateField(null=True, blank=True)
    status = models.CharField(max_length=20, choices=Status, default=Status.OPEN)
    completed_on = models.DateField(null=True, blank=True)
    version = models.PositiveIntegerField(default=1, editable=False)
    updated_at = models.DateTimeField(auto_now=True)

    history = HistoricalRecords(m2m_fields=[evidence])
    objects = ActionQuerySet.as_manager()

    class Meta:
        ordering = ["force", "reference"]
        constraints = [
            models.UniqueConstraint(fields=["force", "reference"], name="action_ref_unique"),
            # An action still to be done must have a due date.
            models.CheckConstraint(
                condition=~Q(status__in=["open", "in_progress"]) | Q(due_on__isnull=False),
                name="action_open_has_due_date",
            ),
            # Completed actions, and only those, carry a completion date.
            models.CheckConstraint(
                condition=Q(status="completed", completed_on__isnull=False)
                | (~Q(status="completed") & Q(completed_on__isnull=True)),
                name="action_completion_recorded",
            ),
        ]
        indexes = [
            # The dashboard's "due and overdue" list: a force's open actions by due date.
            models.Index(fields=["force", "status", "due_on"], name="action_force_due_idx"),
        ]

    def __str__(self):
        return f"{self.reference} {self.title}"

    def is_overdue(self, on: datetime.date) -> bool:
        return self.status in self.OPEN_STATUSES and self.due_on is not None and self.due_on < on

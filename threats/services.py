"""Writes to assessments: saving a narrative (with its citations) without losing anyone's
update, and the review workflow."""

from collections.abc import Mapping

from django.core.exceptions import ValidationError
from django.db import models, transaction

from evidence.services import EditConflict, citations_sync
from sprcompliance.accounts.models import User
from sprcompliance.changes import differs
from threats.models import CapacityMetric, Departure, DimensionAssessment, ThreatAssessment

# The fields people edit (state, version and timestamps are kept by the services).
DIMENSION_FIELDS = ("rating", "narrative", "gaps", "owner")
THREAT_FIELDS = ("context", "owner")
BACK_TO_DRAFT = "Edited after approval: back to draft"


class AssessmentConflict(EditConflict):
    """Someone saved the assessment after this editor opened it."""

    def __init__(self, current: models.Model):
        self.current = current
        Exception.__init__(self, f"{current} is now at version {current.version}.")


def _locked(model, pk: int, expected_version: int | None):
    # The row lock makes a second concurrent save wait, then see the new version.
    current = model.objects.select_for_update().get(pk=pk)
    if current.version != expected_version:
        raise AssessmentConflict(current)
    return current


def _apply(current, fields, data: Mapping) -> bool:
    """Copy the fields that differ from `data`; False when nothing changed."""
    changed = [name for name in fields if differs(current, name, data[name])]
    for name in changed:
        setattr(current, name, data[name])
    return bool(changed)


def _save_version(current, user: User):
    """Validate, move to the next version and save, recording who made the change."""
    current.full_clean()
    current.version += 1
    current._history_user = user
    current.save()
    return current


@transaction.atomic
def dimension_assessment_update(
    *, assessment: DimensionAssessment, user: User, data: Mapping, expected_version: int | None
) -> DimensionAssessment:
    """Save an edit of one cell made from `expected_version`, and rewrite its citations.

    Raises AssessmentConflict when the cell moved on since the editor opened it, and
    ValidationError (from citations_sync) when the narrative cites evidence the force does not
    hold; either way nothing is saved. An approved cell that is edited goes back to draft.
    """
    current = _locked(DimensionAssessment, assessment.pk, expected_version)
    if not _apply(current, DIMENSION_FIELDS, data):
        return current
    if current.state == DimensionAssessment.State.APPROVED:
        current.state = DimensionAssessment.State.DRAFT
        current._change_reason = BACK_TO_DRAFT
    _save_version(current, user)
    citations_sync(target=current)
    return current


@transaction.atomic
def threat_assessment_update(
    *, assessment: ThreatAssessment, user: User, data: Mapping, expected_version: int | None
) -> ThreatAssessment:
    """Save an edit of a threat's context made from `expected_version` (as above)."""
    current = _locked(ThreatAssessment, assessment.pk, expected_version)
    if not _apply(current, THREAT_FIELDS, data):
        return current
    _save_version(current, user)
    citations_sync(target=current)
    return current


@transaction.atomic
def dimension_assessment_submit(
    *, assessment: DimensionAssessment, user: User, expected_version: int | None
) -> DimensionAssessment:
    """Send a draft cell to its reviewer."""
    current = _locked(DimensionAssessment, assessment.pk, expected_version)
    if current.state != DimensionAssessment.State.DRAFT:
        raise ValidationError(
            f"Only a draft can be submitted for review: this is {current.get_state_display()}"
        )
    if not current.rating.is_assessed:
        raise ValidationError("Choose a rating before submitting for review")
    if not current.narrative.strip():
        raise ValidationError("Write the narrative before submitting for review")
    current.state = DimensionAssessment.State.SUBMITTED
    current.version += 1
    current._history_user = user
    current._change_reason = "Submitted for review"
    current.save()
    return current


METRIC_FIELDS = ("name", "dimension", "value", "unit", "national_commitment", "as_at", "source")


@transaction.atomic
def capacity_metric_create(
    *, threat_assessment: ThreatAssessment, user: User, data: Mapping
) -> CapacityMetric:
    metric = CapacityMetric(
        threat_assessment=threat_assessment, **{name: data[name] for name in METRIC_FIELDS}
    )
    metric.full_clean()
    metric._history_user = user
    metric.save()
    return metric


@transaction.atomic
def capacity_metric_update(
    *, metric: CapacityMetric, user: User, data: Mapping, expected_version: int | None
) -> CapacityMetric:
    current = _locked(CapacityMetric, metric.pk, expected_version)
    if not _apply(current, METRIC_FIELDS, data):
        return current
    return _save_version(current, user)


# Departures from the SPR, each with its justification and approval.

DEPARTURE_FIELDS = (
    "reference",
    "threat_area",
    "dimension",
    "title",
    "justification",
    "status",
    "approved_by",
    "approved_on",
    "review_on",
    "ended_on",
)


@transaction.atomic
def departure_create(*, period, user: User, data: Mapping) -> Departure:
    departure = Departure(period=period, **{name: data[name] for name in DEPARTURE_FIELDS})
    departure.full_clean()
    departure._history_user = user
    departure.save()
    return departure


@transaction.atomic
def departure_update(
    *, departure: Departure, user: User, data: Mapping, expected_version: int | None
) -> Departure:
    """Save an edit made from `expected_version`; AssessmentConflict when it moved on."""
    current = _locked(Departure, departure.pk, expected_version)
    if not _apply(current, DEPARTURE_FIELDS, data):
        return current
    return _save_version(current, user)


# Starting a period: every threat area and C of its edition gets its (empty) assessment.

STARTED_REASON = "Started the period's assessments"


@transaction.atomic
def period_assessments_start(*, period, user: User | None) -> int:
    """Create the period's missing threat and dimension assessments; returns how many.

    New cells start as drafts on the scale's "not yet assessed" level. Safe to call again:
    existing assessments are left exactly as they are.
    """
    unassessed = period.rating_scale.levels.get(is_assessed=False)
    dimensions = list(period.edition.dimensions.order_by("order"))
    existing = {
        ta.threat_area_id: ta
        for ta in ThreatAssessment.objects.select_for_update().filter(period=period)
    }
    have = set(
        DimensionAssessment.objects.filter(threat_assessment__period=period).values_list(
            "threat_assessment__threat_area_id", "dimension_id"
        )
    )
    created = 0
    for area in period.edition.threat_areas.order_by("order"):
        threat = existing.get(area.id)
        if threat is None:
            threat = _start(ThreatAssessment(period=period, threat_area=area), user)
            created += 1
        for dimension in dimensions:
            if (area.id, dimension.id) not in have:
                _start(
                    DimensionAssessment(
                        threat_assessment=threat, dimension=dimension, rating=unassessed
                    ),
                    user,
                )
                created += 1
    return created


def _start(assessment, user):
    assessment.full_clean()
    assessment._history_user = user
    assessment._change_reason = STARTED_REASON
    assessment.save()
    return assessment

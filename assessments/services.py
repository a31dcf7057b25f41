"""Writes to assessments: saving a narrative (with its citations) without losing anyone's
update, the review workflow, measures, departures, and starting a period's assessments."""

import datetime
from collections.abc import Mapping

from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils import timezone

from accounts.models import User
from assessments.models import CapacityMetric, Departure, DimensionAssessment, ThreatAssessment
from evidence.services import citations_sync
from sprcompliance.changes import differs
from sprcompliance.dateinput import long_date
from sprcompliance.versioning import apply_changes, lock_version, save_version
from threats.services import ensure_open

# The fields people edit (state, version and timestamps are kept by the services).
DIMENSION_FIELDS = ("rating", "narrative", "gaps", "owner")
THREAT_FIELDS = ("context", "owner")
BACK_TO_DRAFT = {
    DimensionAssessment.State.APPROVED: "Edited after approval: back to draft",
    DimensionAssessment.State.SUBMITTED: "Edited during review: back to draft",
}
SUBMITTED_REASON = "Submitted for review"
APPROVED_REASON = "Approved"
RETURNED_REASON = "Returned to draft by the reviewer"
REVIEW_COMMENT_MAX = 2000


@transaction.atomic
def dimension_assessment_update(
    *, assessment: DimensionAssessment, user: User, data: Mapping, expected_version: int | None
) -> DimensionAssessment:
    """Save an edit of one cell made from `expected_version`, and rewrite its citations.

    Raises EditConflict when the cell moved on since the editor opened it, and
    ValidationError (from citations_sync) when the narrative cites evidence the force does not
    hold; either way nothing is saved. A cell that is edited while submitted or after approval
    goes back to draft, so what a reviewer approves is always what they read.
    """
    ensure_open(assessment.threat_assessment.period_id)
    current = lock_version(DimensionAssessment, assessment.pk, expected_version)
    if not apply_changes(current, DIMENSION_FIELDS, data):
        return current
    if current.state in BACK_TO_DRAFT:
        current._change_reason = BACK_TO_DRAFT[current.state]
        current.state = DimensionAssessment.State.DRAFT
    save_version(current, user)
    citations_sync(target=current)
    return current


@transaction.atomic
def threat_assessment_update(
    *, assessment: ThreatAssessment, user: User, data: Mapping, expected_version: int | None
) -> ThreatAssessment:
    """Save an edit of a threat's context made from `expected_version` (as above)."""
    ensure_open(assessment.period_id)
    current = lock_version(ThreatAssessment, assessment.pk, expected_version)
    if not apply_changes(current, THREAT_FIELDS, data):
        return current
    save_version(current, user)
    citations_sync(target=current)
    return current


@transaction.atomic
def dimension_assessment_submit(
    *, assessment: DimensionAssessment, user: User, expected_version: int | None
) -> DimensionAssessment:
    """Send a draft cell to its reviewer."""
    ensure_open(assessment.threat_assessment.period_id)
    current = lock_version(DimensionAssessment, assessment.pk, expected_version)
    if current.state != DimensionAssessment.State.DRAFT:
        raise ValidationError(
            f"Only a draft can be submitted for review: this is {current.get_state_display()}"
        )
    if not current.rating.is_assessed:
        raise ValidationError("Choose a rating before submitting for review")
    if not current.narrative.strip():
        raise ValidationError("Write the narrative before submitting for review")
    return _move(current, DimensionAssessment.State.SUBMITTED, user, SUBMITTED_REASON)


def _move(current: DimensionAssessment, state, user: User, reason: str) -> DimensionAssessment:
    current.state = state
    return save_version(current, user, reason=reason, validate=False)


def _authors_since(record, reasons: tuple[str, ...]) -> set[int]:
    """Who changed the record since its history last recorded one of `reasons` (an approval,
    say): the people who may not approve what they wrote."""
    authors = set()
    records = record.history.order_by("-history_date", "-history_id").values_list(
        "history_user_id", "history_change_reason"
    )
    for user_id, reason in records[:200]:
        if reason in reasons:
            break
        if user_id is not None:
            authors.add(user_id)
    return authors


def _submitted(current: DimensionAssessment, verb: str) -> None:
    if current.state != DimensionAssessment.State.SUBMITTED:
        raise ValidationError(
            f"Only an assessment submitted for review can be {verb}: "
            f"this one is {current.get_state_display().lower()}"
        )


@transaction.atomic
def dimension_assessment_approve(
    *, assessment: DimensionAssessment, user: User, expected_version: int | None
) -> DimensionAssessment:
    """A reviewer approves a submitted cell. Nobody approves a version they wrote or submitted."""
    ensure_open(assessment.threat_assessment.period_id)
    current = lock_version(DimensionAssessment, assessment.pk, expected_version)
    _submitted(current, "approved")
    if user.pk in _authors_since(current, (APPROVED_REASON, RETURNED_REASON)):
        raise ValidationError(
            "You wrote or submitted this version, so another reviewer must approve it"
        )
    current.reviewer_comment = ""
    return _move(current, DimensionAssessment.State.APPROVED, user, APPROVED_REASON)


@transaction.atomic
def dimension_assessment_return(
    *, assessment: DimensionAssessment, user: User, expected_version: int | None, comment: str
) -> DimensionAssessment:
    """A reviewer sends a submitted cell back to draft, saying what needs to change."""
    comment = comment.strip()
    if not comment:
        raise ValidationError("Enter a comment saying what needs to change")
    if len(comment) > REVIEW_COMMENT_MAX:
        raise ValidationError(f"The comment must be {REVIEW_COMMENT_MAX} characters or fewer")
    ensure_open(assessment.threat_assessment.period_id)
    current = lock_version(DimensionAssessment, assessment.pk, expected_version)
    _submitted(current, "returned")
    current.reviewer_comment = comment
    return _move(current, DimensionAssessment.State.DRAFT, user, RETURNED_REASON)


METRIC_FIELDS = ("name", "dimension", "value", "unit", "national_commitment", "as_at", "source")


@transaction.atomic
def capacity_metric_create(
    *, threat_assessment: ThreatAssessment, user: User, data: Mapping
) -> CapacityMetric:
    ensure_open(threat_assessment.period_id)
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
    ensure_open(metric.threat_assessment.period_id)
    current = lock_version(CapacityMetric, metric.pk, expected_version)
    if not apply_changes(current, METRIC_FIELDS, data):
        return current
    return save_version(current, user)


# Departures from the SPR, each with its justification and approval. Analysts and reviewers
# propose and edit them; approving and ending are acts of PCC office staff, recorded (who and
# when) by these services, never typed.

DEPARTURE_FIELDS = ("reference", "threat_area", "dimension", "title", "justification", "review_on")
# What is departed from and why: changing any of these after approval needs approving again.
DEPARTURE_SUBSTANCE = ("threat_area", "dimension", "title", "justification")
DEPARTURE_APPROVED_REASON = "Approved"
DEPARTURE_ENDED_REASON = "Ended"
DEPARTURE_REAPPROVE_REASON = "Changed after approval: to be approved again"
DEPARTURE_ENDED_KEPT = "This departure has ended: it is kept as it was and can no longer be changed"


@transaction.atomic
def departure_create(*, period, user: User, data: Mapping) -> Departure:
    ensure_open(period.pk)
    departure = Departure(period=period, **{name: data[name] for name in DEPARTURE_FIELDS})
    departure.full_clean()
    departure._history_user = user
    departure.save()
    citations_sync(target=departure)
    return departure


@transaction.atomic
def departure_update(
    *, departure: Departure, user: User, data: Mapping, expected_version: int | None
) -> Departure:
    """Save an edit made from `expected_version`; EditConflict when it moved on.

    Changing what an approved departure departs from, or why, withdraws its approval: the
    changed departure is proposed again. An ended departure is kept as it was.
    """
    ensure_open(departure.period_id)
    current = lock_version(Departure, departure.pk, expected_version)
    if current.status == Departure.Status.ENDED:
        raise ValidationError(DEPARTURE_ENDED_KEPT, code="ended")
    substance_changed = any(differs(current, name, data[name]) for name in DEPARTURE_SUBSTANCE)
    if not apply_changes(current, DEPARTURE_FIELDS, data):
        return current
    reason = None
    if substance_changed and current.status == Departure.Status.APPROVED:
        current.status = Departure.Status.PROPOSED
        current.approved_by, current.approved_on, current.approver_as_typed = None, None, ""
        reason = DEPARTURE_REAPPROVE_REASON
    save_version(current, user, reason=reason)
    citations_sync(target=current)
    return current


@transaction.atomic
def departure_approve(
    *,
    departure: Departure,
    user: User,
    expected_version: int | None,
    today: datetime.date | None = None,
) -> Departure:
    """PCC office staff approve a proposed departure, as of today; the system records who.

    Nobody approves a version they proposed or changed. `today` is for loading past years
    (the demo); people approve as of the day they do it.
    """
    ensure_open(departure.period_id)
    current = lock_version(Departure, departure.pk, expected_version)
    today = today or timezone.localdate()
    if current.status != Departure.Status.PROPOSED:
        raise ValidationError(
            f"Only a proposed departure can be approved: this one is "
            f"{current.get_status_display().lower()}"
        )
    if not current.justification.strip():
        raise ValidationError("Write the justification before the departure is approved")
    if user.pk in _authors_since(current, (DEPARTURE_APPROVED_REASON, DEPARTURE_ENDED_REASON)):
        raise ValidationError(
            "You proposed or changed this version, so someone else in the PCC office must "
            "approve it"
        )
    if current.review_on is not None and current.review_on <= today:
        raise ValidationError(
            f"The review date, {long_date(current.review_on)}, must be after the date of "
            f"approval, {long_date(today)}: change the review date, then approve"
        )
    current.status = Departure.Status.APPROVED
    current.approved_by, current.approved_on, current.approver_as_typed = user, today, ""
    return save_version(current, user, reason=DEPARTURE_APPROVED_REASON)


@transaction.atomic
def departure_end(
    *,
    departure: Departure,
    user: User,
    expected_version: int | None,
    today: datetime.date | None = None,
) -> Departure:
    """PCC office staff end an approved departure, as of today; the system records who."""
    ensure_open(departure.period_id)
    current = lock_version(Departure, departure.pk, expected_version)
    today = today or timezone.localdate()
    if current.status != Departure.Status.APPROVED:
        raise ValidationError(
            f"Only an approved departure can be ended: this one is "
            f"{current.get_status_display().lower()}"
        )
    if today < current.approved_on:
        raise ValidationError(
            f"A departure cannot end before it was approved, on {long_date(current.approved_on)}"
        )
    current.status = Departure.Status.ENDED
    current.ended_by, current.ended_on = user, today
    return save_version(current, user, reason=DEPARTURE_ENDED_REASON)


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
    ensure_open(period.pk)
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

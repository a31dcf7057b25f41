"""The period lifecycle, in one place: an open period takes edits (`ensure_open`); issuing its
paper locks it (`period_for_issue`, then `period_lock` once the issue is saved); an
administrator reopens it, saying why (`period_reopen`). Reports decide what an issue holds;
this module decides what the period's status allows."""

from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils import timezone

from sprcompliance.exceptions import Refusal
from threats.models import PeriodReopening, ReportingPeriod

# A recorded reason (issuing before the paper is ready, reopening a period) is a decision the
# board may ask about: it needs a real reason.
REASON_MIN = 20
REASON_MAX = 2000
ISSUED_REASON = "Paper issued: period locked"


class PeriodLocked(Refusal):
    """The period's paper is issued: nothing in it changes until an administrator reopens it."""

    def __init__(self, period: ReportingPeriod):
        self.period = period
        super().__init__(locked_message(period))


def locked_message(period: ReportingPeriod) -> str:
    return (
        f"{period.label} is locked because its paper has been issued: nothing in it can be "
        "changed. An administrator can reopen it if changes are needed."
    )


def ensure_open(period_id: int) -> ReportingPeriod:
    """Lock the period's row for this transaction and refuse if it is issued or closed.

    Taking the row lock means an edit and the saving of an issue of the same period cannot
    interleave: issuing locks the same row before it checks that the paper still reads as its
    PDF was rendered, and then locks the period.
    """
    period = ReportingPeriod.objects.select_for_update().get(pk=period_id)
    if period.is_locked:
        raise PeriodLocked(period)
    return period


def clean_reason(text: str, *, what: str, minimum: int = REASON_MIN) -> str:
    """A recorded reason, its whitespace tidied; ValidationError when too short or too long."""
    text = " ".join(text.split())
    if len(text) < minimum:
        raise ValidationError(f"Give the reason for {what} in at least {minimum} characters")
    if len(text) > REASON_MAX:
        raise ValidationError(f"The reason must be {REASON_MAX} characters or fewer")
    return text


def already_issued_message(period: ReportingPeriod) -> str:
    return (
        f"{period.label} is already issued and locked: an administrator must reopen it "
        "before a new version can be issued"
    )


def period_for_issue(period_id: int, *, lock: bool = False) -> ReportingPeriod:
    """The period about to be issued, refused (ValidationError) when it already is.

    With `lock`, inside the caller's transaction, its row is locked first, so edits
    (`ensure_open`) and a second issue wait until the issue is saved or given up.
    """
    periods = ReportingPeriod.objects.select_for_update() if lock else ReportingPeriod.objects
    current = periods.get(pk=period_id)
    if current.is_locked:
        raise ValidationError(already_issued_message(current))
    return current


def period_lock(period: ReportingPeriod, *, user, version: int) -> None:
    """Lock a period whose paper was just issued (its row taken by `period_for_issue(lock=True)`
    in the same transaction): nothing in it changes until an administrator reopens it."""
    period.status = ReportingPeriod.Status.ISSUED
    period._history_user = user
    period._change_reason = f"{ISSUED_REASON} (version {version})"
    period.save(update_fields=["status"])


@transaction.atomic
def period_reopen(*, period: ReportingPeriod, user, reason: str) -> PeriodReopening:
    """An administrator reopens an issued or closed period for edits, saying why (recorded).

    Issued versions stay exactly as they were; issuing again makes the next version.
    """
    reason = clean_reason(reason, what="reopening the period")
    current = ReportingPeriod.objects.select_for_update().get(pk=period.pk)
    if not current.is_locked:
        raise ValidationError(f"{current.label} is already open for edits")
    reopening = PeriodReopening.objects.create(
        period=current,
        previous_status=current.status,
        reopened_by=user,
        reopened_at=timezone.now(),
        reason=reason,
    )
    current.status = ReportingPeriod.Status.OPEN
    current._history_user = user
    current._change_reason = f"Reopened: {reason}"
    current.save(update_fields=["status"])
    return reopening

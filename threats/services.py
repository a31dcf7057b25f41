"""The period lifecycle: an open period takes edits; issuing its paper locks it until an
administrator reopens it."""

from sprcompliance.exceptions import Refusal
from threats.models import ReportingPeriod


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

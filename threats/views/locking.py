"""Pages that change a period send the user back, saying why, once its paper is issued."""

from django.contrib import messages
from django.shortcuts import redirect

from threats.models import ReportingPeriod
from threats.services import locked_message


def locked_redirect(request, period: ReportingPeriod, to: str):
    """A redirect to `to` with the reason when the period is locked; None while it is open."""
    if not period.is_locked:
        return None
    messages.error(request, locked_message(period))
    return redirect(to)

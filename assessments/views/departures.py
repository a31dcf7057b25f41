"""The departures register of a period: the list, and adding and editing a departure."""

from django.contrib import messages
from django.core.exceptions import ValidationError
from django.shortcuts import redirect, render
from django.urls import reverse
from django.views.decorators.http import require_http_methods, require_safe

from accounts.access import EDITORS, READERS, has_any_role, role_required
from accounts.roles import Role
from assessments import selectors
from assessments.forms import DepartureForm
from assessments.models import Departure
from assessments.services import (
    departure_approve,
    departure_create,
    departure_end,
    departure_update,
)
from assessments.views.acts import perform_act
from sprcompliance.conflicts import conflict_page, resubmitted
from sprcompliance.exceptions import EditConflict
from sprcompliance.history import changes_of
from threats.selectors import framework_of, period_for
from threats.views.locking import locked_redirect

TEMPLATE = "assessments/departure_form.html"
# Analysts and reviewers record departures; PCC office staff approve and end them.
DEPARTURE_EDITORS = (*EDITORS, Role.PCC_STAFF)
APPROVERS = (Role.PCC_STAFF,)
# The acts on a departure: the service, and what the page says once it is done.
ACTS = {
    "approve": (departure_approve, "{} is approved"),
    "end": (departure_end, "{} has ended"),
}


@require_safe
@role_required(*READERS)
def departure_list(request, period_pk: int):
    period = period_for(request.user.force, period_pk)
    context = {
        "period": period,
        "departures": selectors.departures_of(period),
        "can_edit": has_any_role(request.user, DEPARTURE_EDITORS) and not period.is_locked,
    }
    return render(request, "assessments/departure_list.html", context)


def _form(period, **kwargs) -> DepartureForm:
    return DepartureForm(period=period, framework=framework_of(period), **kwargs)


@require_http_methods(["GET", "HEAD", "POST"])
@role_required(*DEPARTURE_EDITORS)
def departure_create_view(request, period_pk: int):
    period = period_for(request.user.force, period_pk)
    if refused := locked_redirect(request, period, _list_url(period)):
        return refused
    if request.method == "POST":
        form = _form(period, data=request.POST)
        if form.is_valid():
            try:
                departure = departure_create(
                    period=period, user=request.user, data=form.data_for_service()
                )
            except ValidationError as error:
                _refused(form, error)
            else:
                messages.success(request, f"{departure.reference} is in the register")
                return redirect("assessments:departure_list", period_pk=period.pk)
    else:
        initial = {"reference": selectors.next_departure_reference(period)}
        form = _form(period, initial=initial)
    return render(request, TEMPLATE, {"form": form, "period": period, "departure": None})


@require_http_methods(["GET", "HEAD", "POST"])
@role_required(*DEPARTURE_EDITORS)
def departure_edit(request, period_pk: int, pk: int):
    period = period_for(request.user.force, period_pk)
    departure = selectors.departure_for(period, pk)
    if refused := locked_redirect(request, period, _list_url(period)):
        return refused
    if request.method == "POST" and request.POST.get("action") in ACTS:
        return _act(request, departure, request.POST["action"])
    if request.method != "POST":
        initial = {name: getattr(departure, name) for name in selectors.DEPARTURE_LABELS}
        initial |= {
            "threat_area": departure.threat_area_id,
            "dimension": departure.dimension_id,
            "version": departure.version,
        }
        form = _form(period, instance=departure, initial=initial)
        return _page(request, form, period, departure)
    form = _form(period, instance=departure, data=request.POST)
    if not form.is_valid():
        return _page(request, form, period, departure)
    try:
        saved = departure_update(
            departure=departure,
            user=request.user,
            data=form.data_for_service(),
            expected_version=form.cleaned_data["version"],
        )
    except EditConflict as conflict:
        current = conflict.current
        return conflict_page(
            request,
            resubmit=_form(period, instance=current, data=resubmitted(request, current.version)),
            current=current,
            yours=Departure(**form.data_for_service()),
            labels=selectors.DEPARTURE_LABELS,
            title=current.reference,
            period=period,
        )
    except ValidationError as error:
        _refused(form, error)
        return _page(request, form, period, departure)
    messages.success(request, f"{saved.reference} is saved")
    return redirect("assessments:departure_list", period_pk=period.pk)


def _refused(form, error: ValidationError) -> None:
    """A refusal from the service, shown on the form: a citation of evidence the register does
    not hold belongs to the justification."""
    citing = getattr(error, "code", None) == "unknown_evidence"
    form.add_error("justification" if citing else None, error)


def _list_url(period) -> str:
    return reverse("assessments:departure_list", kwargs={"period_pk": period.pk})


def _act(request, departure: Departure, action: str):
    """Approve or end the departure as saved (never unsaved edits), as the signed-in user."""
    service, done = ACTS[action]
    return perform_act(
        request,
        service,
        roles=APPROVERS,
        done=done.format(departure.reference),
        changed="this departure",
        departure=departure,
    )


def _page(request, form, period, departure):
    history = changes_of(departure, labels=selectors.DEPARTURE_LABELS)
    context = {
        "form": form,
        "period": period,
        "departure": departure,
        "history": history,
        "can_approve": has_any_role(request.user, APPROVERS),
    }
    return render(request, TEMPLATE, context)

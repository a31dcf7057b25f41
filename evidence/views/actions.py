"""Actions: the list with its filters, and adding and editing one (with no lost updates)."""

from django.contrib import messages
from django.shortcuts import redirect, render
from django.utils import timezone
from django.views.decorators.http import require_http_methods, require_safe

from accounts.access import EDITORS, READERS, has_any_role, role_required
from evidence import selectors
from evidence.forms import ActionForm
from evidence.models import Action
from evidence.services import action_create, action_update
from sprcompliance.conflicts import conflict_page, resubmitted
from sprcompliance.exceptions import EditConflict
from sprcompliance.history import changes_of
from threats.selectors import framework_of, latest_period

TEMPLATE = "evidence/action_form.html"


@require_safe
@role_required(*READERS)
def action_list(request):
    data = selectors.action_list(
        force=request.user.force, params=request.GET, today=timezone.localdate()
    )
    context = {
        "data": data,
        "can_edit": has_any_role(request.user, EDITORS),
        "status_choices": Action.Status.choices,
        "open_statuses": [str(status) for status in Action.OPEN_STATUSES],
    }
    return render(request, "evidence/action_list.html", context)


def _form(request, *, instance=None, **kwargs) -> ActionForm:
    force = request.user.force
    return ActionForm(
        force=force,
        framework=framework_of(latest_period(force)),
        register=selectors.citable_evidence(force),
        today=timezone.localdate(),
        instance=instance,
        **kwargs,
    )


@require_http_methods(["GET", "HEAD", "POST"])
@role_required(*EDITORS)
def action_create_view(request):
    force = request.user.force
    if request.method == "POST":
        form = _form(request, data=request.POST)
        if form.is_valid():
            action = action_create(
                force=force,
                user=request.user,
                data=form.data_for_service(),
                raised_in=latest_period(force),
            )
            messages.success(request, f"{action.reference} is added")
            return redirect("evidence:action_list")
    else:
        initial = {
            "reference": selectors.next_action_reference(force),
            "status": Action.Status.OPEN,
        }
        form = _form(request, initial=initial)
    return render(request, TEMPLATE, {"form": form, "action": None})


@require_http_methods(["GET", "HEAD", "POST"])
@role_required(*EDITORS)
def action_edit(request, pk: int):
    action = selectors.action_for(request.user.force, pk)
    if request.method != "POST":
        form = _form(request, instance=action, initial=_initial(action))
        return _page(request, form, action)
    form = _form(request, instance=action, data=request.POST)
    if not form.is_valid():
        return _page(request, form, action)
    try:
        saved = action_update(
            action=action,
            user=request.user,
            data=form.data_for_service(),
            expected_version=form.cleaned_data["version"],
        )
    except EditConflict as conflict:
        return _conflict(request, form, conflict.current)
    messages.success(request, f"{saved.reference} is saved")
    return redirect("evidence:action_list")


def _initial(action: Action) -> dict:
    names = ("reference", "title", "description", "source_kind", "source", "owner", "status")
    initial = {name: getattr(action, name) for name in names}
    refs = ", ".join(action.evidence.order_by("reference").values_list("reference", flat=True))
    return initial | {
        "due_on": action.due_on,
        "completed_on": action.completed_on,
        "threat_area": action.threat_area_id,
        "dimension": action.dimension_id,
        "evidence": refs,
        "version": action.version,
    }


def _page(request, form, action):
    history = changes_of(action, labels=selectors.ACTION_LABELS)
    return render(request, TEMPLATE, {"form": form, "action": action, "history": history})


def _conflict(request, form, current: Action):
    return conflict_page(
        request,
        resubmit=_form(request, instance=current, data=resubmitted(request, current.version)),
        current=current,
        yours=Action(**_model_data(form)),
        labels=selectors.ACTION_LABELS,
        title=current.reference,
    )


def _model_data(form) -> dict:
    data = form.data_for_service()
    data.pop("evidence")
    return data

"""The assessment editor: a threat's page (its context) and one page per C, with citing,
preview, metrics beside the text, history, and no lost updates."""

from collections.abc import Callable

from django.contrib import messages
from django.core.exceptions import PermissionDenied, ValidationError
from django.shortcuts import redirect, render
from django.urls import reverse
from django.views.decorators.http import require_http_methods

from accounts.access import EDITORS, READERS, has_any_role, role_required
from accounts.roles import Role
from assessments import selectors
from assessments.forms import CitationForm, DimensionAssessmentForm, ThreatAssessmentForm
from assessments.models import DimensionAssessment, ThreatAssessment
from assessments.preview import insert_citation, narrative_preview
from assessments.services import (
    REVIEW_COMMENT_MAX,
    dimension_assessment_approve,
    dimension_assessment_return,
    dimension_assessment_submit,
    dimension_assessment_update,
    period_assessments_start,
    threat_assessment_update,
)
from assessments.views.acts import perform_act
from evidence.citations import format_citation
from sprcompliance.exceptions import EditConflict
from sprcompliance.history import display_value
from threats.selectors import period_for
from threats.views.locking import locked_redirect

# The per-C page's workflow buttons: who may press each, and the service behind it.
WORKFLOW = {
    "submit": (EDITORS, dimension_assessment_submit, "{} is submitted for review"),
    "approve": ((Role.REVIEWER,), dimension_assessment_approve, "{} is approved"),
    "return": ((Role.REVIEWER,), dimension_assessment_return, "{} is returned to draft"),
}


@require_http_methods(["GET", "HEAD", "POST"])
@role_required(*READERS)
def assessment(request, period_pk: int, threat_key: str):
    threat = selectors.threat_assessment_for(request.user.force, period_pk, threat_key)
    cells = selectors.cells_of(threat)
    return _editor(
        request,
        target=threat,
        threat=threat,
        text_field="context",
        make_form=lambda ed, **kw: ThreatAssessmentForm(owners=ed.owners, **kw),
        update=threat_assessment_update,
        template="assessments/threatassessment_form.html",
        extra={"cells": cells},
    )


@require_http_methods(["GET", "HEAD", "POST"])
@role_required(*READERS)
def dimension(request, period_pk: int, threat_key: str, dimension_key: str):
    cell = selectors.dimension_assessment_for(
        request.user.force, period_pk, threat_key, dimension_key
    )
    if request.method == "POST" and request.POST.get("action") in WORKFLOW:
        return _workflow(request, cell, request.POST["action"])
    return _editor(
        request,
        target=cell,
        threat=cell.threat_assessment,
        text_field="narrative",
        make_form=lambda ed, **kw: DimensionAssessmentForm(
            levels=ed.levels, owners=ed.owners, **kw
        ),
        update=dimension_assessment_update,
        template="assessments/dimensionassessment_form.html",
        extra={"cell": cell},
    )


def _initial(target) -> dict:
    if isinstance(target, ThreatAssessment):
        initial = {"context": target.context}
    else:
        initial = {"rating": target.rating_id, "narrative": target.narrative, "gaps": target.gaps}
    return {**initial, "owner": target.owner_id, "version": target.version}


def _editor(
    request,
    *,
    target: ThreatAssessment | DimensionAssessment,
    threat: ThreatAssessment,
    text_field: str,
    make_form: Callable,
    update: Callable,
    template: str,
    extra: dict,
):
    may_edit = has_any_role(request.user, EDITORS)
    if request.method == "POST" and not may_edit:
        raise PermissionDenied("Your role does not allow this.")
    locked = threat.period.is_locked
    if request.method == "POST" and (
        refused := locked_redirect(request, threat.period, request.path)
    ):
        return refused
    can_edit = may_edit and not locked
    data = selectors.editor_data(target=target, threat_assessment=threat)
    cite_form = CitationForm(evidence=data.evidence)
    preview, cited = None, ""
    action = request.POST.get("action", "save")
    if request.method != "POST":
        form = make_form(data, initial=_initial(target))
        # The saved text as it will print, for everyone: its numbered paragraphs are what
        # other pages link to (assessments/narratives.py, EDITOR_PARAGRAPHS).
        preview = narrative_preview(getattr(target, text_field), data.evidence_by_reference)
    elif action == "cite":
        form = make_form(data, data=request.POST)
        cite_form = CitationForm(request.POST, evidence=data.evidence)
        if cite_form.is_valid():
            form, cited = _cite(request, make_form, data, cite_form, text_field)
            if cited:
                cite_form = CitationForm(evidence=data.evidence)
    elif action == "preview":
        form = make_form(data, data=request.POST)
        if form.is_valid():
            preview = narrative_preview(form.cleaned_data[text_field], data.evidence_by_reference)
    else:
        form = make_form(data, data=request.POST)
        if form.is_valid():
            try:
                update(
                    assessment=target,
                    user=request.user,
                    data=form.data_for_service(),
                    expected_version=form.cleaned_data["version"],
                )
            except EditConflict as conflict:
                return _conflict(request, form, conflict.current, make_form, data, extra)
            except ValidationError as error:
                form.add_error(text_field, error)
            else:
                messages.success(request, "Your changes are saved")
                return redirect(request.path)
    context = {
        "form": form,
        "cite_form": cite_form,
        "cited": cited,
        "preview": preview,
        "preview_saved": request.method != "POST",
        "data": data,
        "target": target,
        "threat": threat,
        "period": threat.period,
        "can_edit": can_edit,
        "can_review": _can_review(request.user, target, locked),
        "review_comment_max": REVIEW_COMMENT_MAX,
        **extra,
    }
    return render(request, template, context)


def _can_review(user, target, locked: bool) -> bool:
    return (
        isinstance(target, DimensionAssessment)
        and target.state == DimensionAssessment.State.SUBMITTED
        and not locked
        and has_any_role(user, [Role.REVIEWER])
    )


def _cite(request, make_form, data, cite_form, text_field):
    """Put the chosen marker into the narrative the user is writing, and show it again."""
    marker = format_citation(cite_form.cleaned_data["evidence"], cite_form.cleaned_data["locator"])
    paragraph = cite_form.cleaned_data["paragraph"]
    post = request.POST.copy()
    try:
        post[text_field] = insert_citation(post.get(text_field, ""), marker, paragraph)
    except ValueError as error:
        count = error.args[0]
        cite_form.add_error(
            "paragraph",
            f"The text has {count} paragraph{'' if count == 1 else 's'}: "
            f"enter a number from 1 to {count}, or leave it blank"
            if count
            else "The text has no paragraphs yet: leave the paragraph number blank",
        )
        return make_form(data, data=request.POST), ""
    where = f"the end of paragraph {paragraph}" if paragraph else "the end of the text"
    return make_form(data, data=post), f"{marker} is added at {where}. Save to keep it."


def _workflow(request, cell: DimensionAssessment, action: str):
    """Submit, approve or return: each moves the saved version, never unsaved text."""
    roles, service, done = WORKFLOW[action]
    extra = {"comment": request.POST.get("reviewer_comment", "")} if action == "return" else {}
    return perform_act(
        request,
        service,
        roles=roles,
        done=done.format(cell.dimension),
        changed="this section",
        assessment=cell,
        **extra,
    )


def _conflict(request, form, current, make_form, data, extra):
    """409 with both versions side by side and the user's values in a form that saves over
    the version now saved."""
    model = type(current)
    labels = selectors.THREAT_LABELS if model is ThreatAssessment else selectors.DIMENSION_LABELS
    yours = model(**form.data_for_service())
    rows = []
    for name, label in labels.items():
        field = model._meta.get_field(name)
        theirs_value, yours_value = display_value(current, field), display_value(yours, field)
        rows.append(
            {
                "label": label,
                "theirs": theirs_value,
                "yours": yours_value,
                "differs": theirs_value != yours_value,
            }
        )
    resubmit_data = request.POST.copy()
    resubmit_data["version"] = str(current.version)
    resubmit_data["action"] = "save"
    resubmit = make_form(data, data=resubmit_data)
    resubmit.is_valid()  # validate here, so that rendering does not query
    threat = extra.get("cell").threat_assessment if "cell" in extra else current
    context = {
        "form": resubmit,
        "rows": rows,
        "last_change": selectors.last_change(current, labels),
        "data": data,
        "threat": threat,
        "period": threat.period,
        "title": _title(threat, extra.get("cell")),
        "action_url": request.path,
        "back_url": request.path,
        "is_cell": "cell" in extra,
    }
    return render(request, "conflict.html", context, status=409)


def _title(threat: ThreatAssessment, cell: DimensionAssessment | None) -> str:
    label = threat.threat_area.label
    return f"{label}: {cell.dimension.label}" if cell else f"{label}: context"


def assessment_url(threat: ThreatAssessment) -> str:
    return reverse(
        "assessments:assessment",
        kwargs={"period_pk": threat.period_id, "threat_key": threat.threat_area.key},
    )


@require_http_methods(["GET", "HEAD", "POST"])
@role_required(*READERS)
def threat_list(request, period_pk: int):
    period = period_for(request.user.force, period_pk)
    can_edit = has_any_role(request.user, EDITORS)
    if request.method == "POST":
        if not can_edit:
            raise PermissionDenied("Your role does not allow this.")
        if refused := locked_redirect(request, period, request.path):
            return refused
        created = period_assessments_start(period=period, user=request.user)
        messages.success(request, f"{created} assessments started for {period.label}.")
        return redirect("assessments:threat_list", period_pk=period.pk)
    threats = selectors.period_grid(period)
    dimensions = list(period.edition.dimensions.all())
    expected = period.edition.threat_areas.count() * (1 + len(dimensions))
    started = len(threats) + sum(len(t.dimension_assessments.all()) for t in threats)
    context = {
        "period": period,
        "threats": threats,
        "dimensions": dimensions,
        "levels": list(period.rating_scale.levels.all()),
        "not_started": expected - started,
        "can_edit": can_edit and not period.is_locked,
    }
    return render(request, "assessments/threat_list.html", context)

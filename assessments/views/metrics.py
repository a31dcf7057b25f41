"""Capacity metrics: adding and editing a threat assessment's measures, from its editor."""

from django.contrib import messages
from django.shortcuts import redirect, render
from django.views.decorators.http import require_http_methods

from accounts.access import EDITORS, role_required
from assessments import selectors
from assessments.forms import CapacityMetricForm
from assessments.models import CapacityMetric
from assessments.services import capacity_metric_create, capacity_metric_update
from assessments.views.assessments import assessment_url
from evidence.selectors import citable_evidence
from sprcompliance.conflicts import conflict_page, resubmitted
from sprcompliance.exceptions import EditConflict
from sprcompliance.history import changes_of
from threats.selectors import framework_of
from threats.views.locking import locked_redirect

TEMPLATE = "assessments/capacitymetric_form.html"


def _form(threat, **kwargs) -> CapacityMetricForm:
    return CapacityMetricForm(
        threat_assessment=threat,
        framework=framework_of(threat.period),
        register=citable_evidence(threat.period.force),
        **kwargs,
    )


@require_http_methods(["GET", "HEAD", "POST"])
@role_required(*EDITORS)
def metric_create(request, period_pk: int, threat_key: str):
    threat = selectors.threat_assessment_for(request.user.force, period_pk, threat_key)
    if refused := locked_redirect(request, threat.period, assessment_url(threat)):
        return refused
    if request.method == "POST":
        form = _form(threat, data=request.POST)
        if form.is_valid():
            metric = capacity_metric_create(
                threat_assessment=threat, user=request.user, data=form.data_for_service()
            )
            messages.success(request, f"{metric.name} is added")
            return redirect(assessment_url(threat) + "#metrics")
    else:
        form = _form(threat)
    return render(request, TEMPLATE, {"form": form, "threat": threat, "metric": None})


@require_http_methods(["GET", "HEAD", "POST"])
@role_required(*EDITORS)
def metric_edit(request, period_pk: int, threat_key: str, pk: int):
    threat = selectors.threat_assessment_for(request.user.force, period_pk, threat_key)
    metric = selectors.metric_for(threat, pk)
    if refused := locked_redirect(request, threat.period, assessment_url(threat)):
        return refused
    if request.method != "POST":
        initial = {name: getattr(metric, name) for name in selectors.METRIC_LABELS}
        initial |= {
            "dimension": metric.dimension_id,
            "source": metric.source_id,
            "version": metric.version,
        }
        return _page(request, _form(threat, instance=metric, initial=initial), threat, metric)
    form = _form(threat, instance=metric, data=request.POST)
    if not form.is_valid():
        return _page(request, form, threat, metric)
    try:
        saved = capacity_metric_update(
            metric=metric,
            user=request.user,
            data=form.data_for_service(),
            expected_version=form.cleaned_data["version"],
        )
    except EditConflict as conflict:
        current = conflict.current
        return conflict_page(
            request,
            resubmit=_form(threat, instance=current, data=resubmitted(request, current.version)),
            current=current,
            yours=CapacityMetric(**form.data_for_service()),
            labels=selectors.METRIC_LABELS,
            title=current.name,
            period=threat.period,
        )
    messages.success(request, f"{saved.name} is saved")
    return redirect(assessment_url(threat) + "#metrics")


def _page(request, form, threat, metric):
    history = changes_of(metric, labels=selectors.METRIC_LABELS)
    context = {"form": form, "threat": threat, "metric": metric, "history": history}
    return render(request, TEMPLATE, context)

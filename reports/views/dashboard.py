"""The PCC status dashboard, the comparison of two periods and the one-page status PDF.

Everyone of the force may see them, board members included: they show status, not drafts.
"""

from django.conf import settings
from django.http import HttpResponse
from django.shortcuts import render
from django.template.loader import render_to_string
from django.views.decorators.http import require_safe

from accounts.access import EVERYONE, READERS, has_any_role, role_required
from reports import dashboard
from reports.models import IssuedPaper
from reports.pdf import PaperRenderError, render_pdf
from reports.selectors import comparison_data, dashboard_data, paper_data
from sprcompliance.downloads import attachment
from threats.models import ReportingPeriod
from threats.selectors import period_for


def _context(request, period) -> dict:
    dash = dashboard_data(period)
    data = dash.paper
    rows = dashboard.status_matrix(data)
    problems = dashboard.readiness(data)
    return {
        "period": period,
        "data": data,
        "today": dash.today,
        "rows": rows,
        "problems": problems,
        "problem_groups": dashboard.grouped(problems),
        "due": dashboard.due_and_overdue(dash),
        "charts": dashboard.dashboard_charts(dash, rows),
        "marking": data.marking,
        # An issued period says which version was issued, rather than "not ready to issue".
        "latest_issue": (
            IssuedPaper.objects.filter(period=period)
            .defer("pdf", "html")
            .select_related("issued_by")
            .first()
            if period.status == ReportingPeriod.Status.ISSUED
            else None
        ),
        "window": dashboard.DUE_WINDOW_DAYS,
        # Board members cannot open the draft paper, which stands in for the editor for now.
        "cell_links": has_any_role(request.user, READERS),
    }


@require_safe
@role_required(*EVERYONE)
def dashboard_page(request, period_pk):
    period = period_for(request.user.force, period_pk)
    return render(request, "reports/dashboard.html", _context(request, period))


@require_safe
@role_required(*EVERYONE)
def dashboard_pdf(request, period_pk):
    period = period_for(request.user.force, period_pk)
    context = _context(request, period)
    context["cell_links"] = False  # links mean nothing on paper
    html = render_to_string("reports/dashboard_print.html", context)
    try:
        result = render_pdf(
            html, static_dirs=[*settings.STATICFILES_DIRS], timeout=settings.PAPER_RENDER_TIMEOUT
        )
    except PaperRenderError as error:
        return render(request, "reports/render_failed.html", {"error": error}, status=503)
    response = HttpResponse(result.pdf, content_type="application/pdf")
    return attachment(response, f"SPR-status-{period.force.slug}-{period.label}.pdf")


@require_safe
@role_required(*EVERYONE)
def compare(request, period_pk, other_pk):
    period = period_for(request.user.force, period_pk)
    other = period_for(request.user.force, other_pk)
    this_data, other_data = paper_data(period), paper_data(other)
    actions, departures = comparison_data(period, other)
    result = dashboard.compare(this_data, other_data, actions=actions, departures=departures)
    return render(
        request,
        "reports/dashboard_compare.html",
        {"period": period, "other": other, "result": result},
    )

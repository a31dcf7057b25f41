"""The board paper: the live preview, its draft PDF, and issuing it."""

from django.contrib import messages
from django.core.exceptions import ValidationError
from django.http import HttpResponse
from django.shortcuts import redirect, render
from django.views.decorators.http import require_http_methods, require_safe

from accounts.access import READERS, has_any_role, role_required
from accounts.roles import Role
from reports.dashboard import readiness
from reports.forms import IssueForm, ReopenForm
from reports.models import IssuedPaper
from reports.paper import build_paper
from reports.pdf import PaperRenderError
from reports.selectors import paper_data
from reports.services import NotReady, changed_since, paper_issue, paper_pdf, paper_print_html
from sprcompliance.downloads import attachment
from threats.selectors import period_for
from threats.services import already_issued_message, period_reopen


def pdf_filename(period, suffix: str) -> str:
    return f"SPR-compliance-paper-{period.force.slug}-{period.label}-{suffix}.pdf"


@require_safe
@role_required(*READERS)
def preview(request, period_pk):
    period = period_for(request.user.force, period_pk)
    paper = build_paper(paper_data(period))
    latest = IssuedPaper.objects.filter(period=period).defer("pdf", "html").first()
    changed = changed_since(latest, paper) if latest is not None else False
    return render(
        request,
        "reports/paper_preview.html",
        {
            "period": period,
            "paper": paper,
            "latest": latest,
            "changed_since_issue": changed,
            "can_issue": has_any_role(request.user, [Role.PCC_STAFF]) and not period.is_locked,
            "can_reopen": has_any_role(request.user, [Role.ADMINISTRATOR]) and period.is_locked,
            "mode": "screen",
        },
    )


@require_safe
@role_required(*READERS)
def draft_pdf(request, period_pk):
    period = period_for(request.user.force, period_pk)
    paper = build_paper(paper_data(period))
    try:
        result = paper_pdf(paper_print_html(paper))
    except PaperRenderError as error:
        return render(request, "reports/render_failed.html", {"error": error}, status=503)
    response = HttpResponse(result.pdf, content_type="application/pdf")
    return attachment(response, pdf_filename(period, "DRAFT"))


@require_http_methods(["GET", "POST"])
@role_required(Role.PCC_STAFF)
def issue(request, period_pk):
    period = period_for(request.user.force, period_pk)
    if period.is_locked:
        messages.error(request, already_issued_message(period))
        return redirect("reports:paper", period_pk=period.pk)
    data = paper_data(period)
    problems = readiness(data)
    form = IssueForm(request.POST if request.method == "POST" else None, problems=problems)
    if request.method == "POST" and form.is_valid():
        try:
            issued = paper_issue(
                period=period,
                user=request.user,
                override_reason=form.cleaned_data.get("override_reason", ""),
            )
        except PaperRenderError as error:
            return render(request, "reports/render_failed.html", {"error": error}, status=503)
        except NotReady as error:  # rules failed after the page was shown
            problems = error.problems
            form = IssueForm(request.POST, problems=problems)
            form.is_valid()
        except ValidationError as error:
            messages.error(request, " ".join(error.messages))
            return redirect("reports:paper", period_pk=period.pk)
        else:
            messages.success(request, f"Version {issued.version} of the paper has been issued.")
            return redirect("reports:issued_detail", pk=issued.pk)
    context = {
        "period": period,
        "paper": build_paper(data),
        "form": form,
        "problems": problems,
    }
    return render(request, "reports/issue_confirm.html", context)


@require_http_methods(["GET", "POST"])
@role_required(Role.ADMINISTRATOR)
def reopen(request, period_pk):
    """An administrator reopens an issued period for edits, with a recorded reason."""
    period = period_for(request.user.force, period_pk)
    form = ReopenForm(request.POST if request.method == "POST" else None)
    if request.method == "POST" and form.is_valid():
        try:
            period_reopen(period=period, user=request.user, reason=form.cleaned_data["reason"])
        except ValidationError as error:  # already open, or the reason refused
            messages.error(request, " ".join(error.messages))
        else:
            messages.success(
                request, f"{period.label} is open for edits again. Issued versions are unchanged."
            )
        return redirect(request.path)
    reopenings = period.reopenings.select_related("reopened_by")
    context = {"period": period, "form": form, "reopenings": reopenings}
    return render(request, "reports/reopen.html", context)

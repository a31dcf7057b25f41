"""Issued papers: frozen, listed, read on screen and downloaded byte for byte."""

from django.http import HttpResponse
from django.shortcuts import get_object_or_404, render
from django.views.decorators.http import require_safe

from accounts.access import EVERYONE, role_required
from reports.models import IssuedPaper
from reports.views.paper import pdf_filename
from sprcompliance.downloads import attachment
from threats.selectors import period_for


def _issued(request, pk, *, defer=()) -> IssuedPaper:
    papers = IssuedPaper.objects.select_related("period__force", "issued_by").defer(*defer)
    return get_object_or_404(papers, pk=pk, period__force_id=request.user.force_id)


@require_safe
@role_required(*EVERYONE)
def issued_list(request, period_pk):
    period = period_for(request.user.force, period_pk)
    papers = list(
        IssuedPaper.objects.filter(period=period).select_related("issued_by").defer("pdf", "html")
    )
    return render(
        request,
        "reports/issued_list.html",
        {
            "period": period,
            "papers": papers,
            "reopenings": list(period.reopenings.select_related("reopened_by")),
        },
    )


@require_safe
@role_required(*EVERYONE)
def issued_detail(request, pk):
    issued = _issued(request, pk, defer=["pdf"])
    levels = list(issued.period.rating_scale.levels.all())
    return render(request, "reports/issued_detail.html", {"issued": issued, "levels": levels})


@require_safe
@role_required(*EVERYONE)
def issued_download(request, pk):
    issued = _issued(request, pk, defer=["html"])
    response = HttpResponse(bytes(issued.pdf), content_type="application/pdf")
    attachment(response, pdf_filename(issued.period, f"v{issued.version}"))
    response["ETag"] = f'"{issued.sha256}"'
    response["X-Content-Type-Options"] = "nosniff"
    return response

"""Rendering the paper and issuing it."""

import hashlib

from django.conf import settings
from django.db import transaction
from django.db.models import Max
from django.template.loader import render_to_string
from django.utils import timezone

from reports.models import IssuedPaper
from reports.paper import Paper, build_paper
from reports.pdf import RenderResult, render_pdf
from reports.selectors import paper_data
from threats.models import ReportingPeriod


def sha256_hex(data: bytes | str) -> str:
    if isinstance(data, str):
        data = data.encode()
    return hashlib.sha256(data).hexdigest()


def paper_print_html(paper: Paper, *, issue: IssuedPaper | None = None) -> str:
    """The standalone HTML document WeasyPrint prints (no request: no nonce, no user)."""
    return render_to_string("reports/paper_print.html", {"paper": paper, "issue": issue})


def paper_screen_html(paper: Paper, *, issue: IssuedPaper | None = None) -> str:
    """The paper's body as pages show it (the same partials as the print document)."""
    return render_to_string(
        "reports/_paper_body.html", {"paper": paper, "issue": issue, "mode": "screen"}
    )


def paper_pdf(html: str) -> RenderResult:
    return render_pdf(
        html,
        static_dirs=[*settings.STATICFILES_DIRS],
        timeout=settings.PAPER_RENDER_TIMEOUT,
    )


def draft_fingerprint(paper: Paper) -> str:
    """A hash of the draft paper: equal hashes mean the live data reads the same."""
    return sha256_hex(paper_print_html(paper))


@transaction.atomic
def paper_issue(
    *, period: ReportingPeriod, user, override_reason: str = "", issued_at=None
) -> IssuedPaper:
    """Freeze the paper as it stands: its PDF bytes, hash, who and when.

    The period row is locked first, so two people issuing at once get versions 1 and 2
    rather than a clash. `issued_at` is only for loading a paper issued in the past.
    """
    ReportingPeriod.objects.select_for_update().get(pk=period.pk)
    paper = build_paper(paper_data(period))
    version = (IssuedPaper.objects.filter(period=period).aggregate(v=Max("version"))["v"] or 0) + 1
    issue = IssuedPaper(
        period=period,
        version=version,
        issued_at=issued_at or timezone.now(),
        issued_by=user,
        title=paper.title,
        classification=paper.classification,
        paragraph_count=paper.paragraph_count,
        footnote_count=len(paper.footnotes),
        source_sha256=draft_fingerprint(paper),
        override_reason=override_reason,
    )
    pdf = paper_pdf(paper_print_html(paper, issue=issue)).pdf
    issue.html = paper_screen_html(paper, issue=issue)
    issue.pdf = pdf
    issue.size = len(pdf)
    issue.sha256 = sha256_hex(pdf)
    issue.full_clean()
    issue.save(force_insert=True)
    return issue

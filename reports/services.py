"""Rendering the paper and issuing it."""

import hashlib
import re
from html import unescape

from django.conf import settings
from django.db import transaction
from django.db.models import Max
from django.template.loader import render_to_string
from django.utils import timezone

from reports.dashboard import Problem, readiness
from reports.models import IssuedPaper
from reports.paper import Paper, build_paper
from reports.pdf import RenderResult, render_pdf
from reports.selectors import paper_data
from sprcompliance.exceptions import Refusal
from threats.models import ReportingPeriod
from threats.services import clean_reason, period_for_issue, period_lock


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


# Tags, with their attributes. A ">" inside an attribute value would end the match early and
# count the rest as text: the hash stays a function of the document, which is all it needs.
TAG_RE = re.compile(r"<[^>]*>")
# What a narrative's link carries besides its text: it can change where it leads alone.
LINK_ATTRIBUTE_RE = re.compile(r"""\s(?:href|title)=(["'])(.*?)\1""")
# How the paper is laid out for its reader rather than what it says: the numbers it gives its
# paragraphs (and the annex's links to them), and the bodies of its notes, which print a
# document's reference in short form after the first (the caller gives every note in full).
# These are the partials' own elements (reports/_blocks.html, _footnotes.html, _paper_body.html,
# reports.paper._footnote_html), as every issued copy holds them.
LAYOUT_RE = re.compile(
    r'<span class="para-number">[^<]*</span>'
    r'|<a href="#para-\d+">\d+</a>(?:, )?'
    r'|<span class="fn-body"[^>]*>[^<]*</span>'
    r'|<li id="fn-\d+".*?</li>'
    # The annex's staleness: its key, each item's verdict and reason. They are judged from the
    # dates the paper prints, by a rule that may be refined (evidence/staleness.py): a refined
    # rule must not make every issued paper read as changed, and a changed date still does.
    r'|<p class="annex__key">.*?</p>'
    r'|<strong class="tag-stale">[^<]*</strong>'
    r'|<span class="annex__why">[^<]*</span>',
    re.S,
)
NOTE_BODY_RE = re.compile(r'<span class="fn-body"[^>]*>([^<]*)</span>')


def wording_fingerprint(html: str, notes: list[str]) -> str:
    """A hash of what a paper says, not how it is marked up or laid out: the text between the
    tags of its document's body, white space collapsed, and its links' addresses and titles,
    without its paragraph numbers and notes; then `notes`, every note in full, in order.

    So restyling the paper, renumbering its paragraphs or printing its notes in another form
    does not make an issued paper look out of date; changing its wording does.
    """
    body = html.split("<body", 1)[-1]  # the head names stylesheets, which are presentation
    body = LAYOUT_RE.sub(" ", body)
    text = " ".join(TAG_RE.sub(" ", body).split())
    links = "\n".join(match.group(2) for match in LINK_ATTRIBUTE_RE.finditer(body))
    return sha256_hex("\n".join([text, links, *notes]))


def notes_in_full(paper: Paper) -> list[str]:
    return [note.full_text for note in paper.footnotes]


def draft_fingerprint(paper: Paper) -> str:
    """A hash of the draft paper's wording: equal hashes mean the live data reads the same."""
    return wording_fingerprint(paper_print_html(paper), notes_in_full(paper))


def changed_since(issued: IssuedPaper, paper: Paper) -> bool:
    """Whether the live paper reads differently from the draft that `issued` was made from.

    Issues made before wording fingerprints hold a hash of text this paper no longer prints
    the same way (the whole print document; then its text, paragraph numbers and every note in
    full): for them, the wording of the issue's own on-screen copy, whose notes are all in full,
    is compared with the live paper's, drawn the same way.
    """
    if issued.source_fingerprint == IssuedPaper.Fingerprint.WORDING:
        return issued.source_sha256 != draft_fingerprint(paper)
    as_issued = [unescape(note) for note in NOTE_BODY_RE.findall(issued.html)]
    live = paper_screen_html(paper, issue=issued)
    return wording_fingerprint(issued.html, as_issued) != wording_fingerprint(
        live, notes_in_full(paper)
    )


class NotReady(Refusal):
    """Readiness rules are not met and no override was given."""

    def __init__(self, problems: list[Problem]):
        self.problems = problems
        count = len(problems)
        super().__init__(
            f"The paper is not ready to issue: {count} readiness rule"
            f"{' is' if count == 1 else 's are'} not met"
        )


class PaperChanged(Refusal):
    """The live paper moved on while its PDF was being made: the PDF would not say what the
    paper says, so nothing is issued."""

    def __init__(self, period: ReportingPeriod):
        super().__init__(
            f"The paper for {period.label} changed while its PDF was being made, so nothing "
            "was issued. Read the draft again, then issue it."
        )


def paper_issue(
    *, period: ReportingPeriod, user, override_reason: str = "", issued_at=None
) -> IssuedPaper:
    """Freeze the paper as it stands: its PDF bytes, hash, who and when; lock the period.

    The readiness rules must be met, or PCC office staff override them with a reason, which
    is kept with the issue together with the rules not met. A locked (already issued) period
    is refused until an administrator reopens it. `issued_at` is only for loading a paper
    issued in the past.

    The PDF takes seconds to make (up to PAPER_RENDER_TIMEOUT), so it is made outside any
    transaction: nobody's save waits for it. The issue is then frozen in a short transaction
    that locks the period row (so two people issuing at once cannot both succeed) and checks
    that the paper still reads as rendered; if it moved on meanwhile, PaperChanged.
    """
    issue, paper = _issue_prepare(
        period=period, user=user, override_reason=override_reason, issued_at=issued_at
    )
    pdf = paper_pdf(paper_print_html(paper, issue=issue)).pdf
    return _issue_freeze(issue, pdf=pdf)


def _issue_prepare(
    *, period: ReportingPeriod, user, override_reason: str, issued_at
) -> tuple[IssuedPaper, Paper]:
    """The issue as it will be recorded, all but its PDF, and the paper it is made from."""
    current = period_for_issue(period.pk)
    data = paper_data(current)
    problems = readiness(data)
    if problems and not override_reason.strip():
        raise NotReady(problems)
    if problems:
        override_reason = clean_reason(override_reason, what="issuing before it is ready")
    else:
        override_reason = ""
    paper = build_paper(data)
    issue = IssuedPaper(
        period=current,
        version=_next_version(current),
        issued_at=issued_at or timezone.now(),
        issued_by=user,
        title=paper.title,
        classification=paper.classification,
        paragraph_count=paper.paragraph_count,
        footnote_count=len(paper.footnotes),
        source_sha256=draft_fingerprint(paper),
        source_fingerprint=IssuedPaper.Fingerprint.WORDING,
        override_reason=override_reason,
        open_problems=[problem.message for problem in problems],
    )
    issue.html = paper_screen_html(paper, issue=issue)
    return issue, paper


def _next_version(period: ReportingPeriod) -> int:
    return (IssuedPaper.objects.filter(period=period).aggregate(v=Max("version"))["v"] or 0) + 1


@transaction.atomic
def _issue_freeze(issue: IssuedPaper, *, pdf: bytes) -> IssuedPaper:
    """Save the issue with its PDF and lock the period, if the paper still reads as rendered.

    Edits take the period row's lock too (threats.services.ensure_open), so none can slip in
    between this check and the save.
    """
    current = period_for_issue(issue.period_id, lock=True)
    data = paper_data(current)
    problems = [problem.message for problem in readiness(data)]
    if (
        draft_fingerprint(build_paper(data)) != issue.source_sha256
        or problems != issue.open_problems
        or _next_version(current) != issue.version
    ):
        raise PaperChanged(current)
    issue.pdf = pdf
    issue.size = len(pdf)
    issue.sha256 = sha256_hex(pdf)
    issue.full_clean()
    issue.save(force_insert=True)
    period_lock(current, user=issue.issued_by, version=issue.version)
    return issue

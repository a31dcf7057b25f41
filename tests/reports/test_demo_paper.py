"""The demo 2019/20 paper, end to end: what the real paper had, traceable to evidence."""

import io
import re
from collections import Counter

import pytest
from django.core.management import call_command
from django.urls import reverse

from accounts.models import User
from reports.models import IssuedPaper
from reports.paper import build_paper
from reports.selectors import paper_data, period_for_paper
from reports.services import changed_since, paper_pdf, paper_print_html, paper_screen_html
from tests.html_check import html_errors
from tests.reports.pdfread import pdf_layout, pdf_pages, squash
from threats.models import ReportingPeriod

pytestmark = pytest.mark.django_db


def demo_paper(settings, *, issue=True):
    settings.DEBUG = True
    call_command("seed_demo", no_issue=not issue, stdout=io.StringIO())
    period = ReportingPeriod.objects.get(label="2019/20")
    return build_paper(paper_data(period_for_paper(force=period.force, pk=period.pk)))


def test_the_demo_paper_prints_every_paragraph_and_footnote(settings):
    paper = demo_paper(settings)
    assert paper.unknown_references == []
    assert paper.classification == "OFFICIAL-SENSITIVE"
    assert paper.paragraph_count >= 80

    pages = pdf_pages(paper_pdf(paper_print_html(paper)).pdf)
    text = " ".join(pages)
    squashed = squash(text)
    for number, page in enumerate(pages, start=1):
        assert page.count("OFFICIAL-SENSITIVE") >= 2
        assert f"Page {number} of {len(pages)}" in page
    for note in paper.footnotes:
        assert squash(f"{note.number}. {note.text}") in squashed, note.number
    assert "22 police support units" in text
    assert "Annex: evidence cited" in text

    # Last year's paper, issued by the loader, reads as it was issued.
    issued = IssuedPaper.objects.get(period__label="2018/19")
    assert changed_since(issued, build_paper(paper_data(issued.period))) is False


# A paragraph number, then a bullet or a list's own number: a list printed as a paragraph.
NUMBER_THEN_LIST = re.compile(r"^\s*\d+\.\s+(?:[•◦▪‣-]|\d+\.)\s", re.MULTILINE)
PARAGRAPH_THEN_LIST = re.compile(
    r'<span class="para-number">\d+\.</span><div class="para-body">\s*<[ou]l'
)


def test_no_numbered_paragraph_of_the_demo_paper_starts_with_a_bullet(settings):
    paper = demo_paper(settings, issue=False)
    layout = pdf_layout(paper_pdf(paper_print_html(paper)).pdf)
    assert "• terrorism" in layout, "the Background's list prints as bullets"
    assert re.search(r"(?m)^\s*4\.\s+This report applies the 2015 edition", layout)
    assert NUMBER_THEN_LIST.findall(layout) == []
    for html in (paper_print_html(paper), paper_screen_html(paper)):
        assert re.search(r"</p>\s*<ul>", html), "lists are inside the paragraphs introducing them"
        assert PARAGRAPH_THEN_LIST.findall(html) == []


def test_a_document_cited_again_gets_a_short_note_pointing_to_its_first(client, settings):
    paper = demo_paper(settings, issue=False)
    notes = [note for note in paper.footnotes if note.evidence]
    first = {}
    for note in notes:
        assert note.text.endswith(f"[{note.evidence.reference}].")
        first.setdefault(note.evidence.reference, note.number)
        if note.number == first[note.evidence.reference]:
            assert note.text == note.full_text
        else:
            assert f"(n {first[note.evidence.reference]})" in note.text
    statement = [note for note in notes if note.evidence.reference == "EV-004"]
    assert len(statement) >= 5, "the force management statement is cited again and again"
    full = "Midshire Police, Force management statement 2019, FMS2, submitted to HMICFRS"
    short = f"Force management statement 2019 (n {statement[0].number})"

    text = squash(" ".join(pdf_pages(paper_pdf(paper_print_html(paper)).pdf)))
    assert text.count(squash(full)) == 1
    assert text.count(squash(short)) == len(statement) - 1
    for note in notes:
        assert squash(f"{note.number}. {note.text}") in text, note.number
    screen = paper_screen_html(paper)
    assert screen.count(full) == 2, "in the paragraph's note and in the list of notes"
    assert screen.count('Force management statement 2019 (<a class="govuk-link" href="#fn-') == (
        len(statement) - 1
    )
    # Each document's reference in full prints once; before, several printed four times or more.
    full_texts = Counter(
        note.full_text.rsplit(",", 1)[0] if note.locator else note.full_text for note in notes
    )
    printed = Counter(
        note.text.rsplit(",", 1)[0] if note.locator else note.text
        for note in notes
        if note.first is None
    )
    assert max(full_texts.values()) >= 4 and max(printed.values()) == 1

    # The paragraphs' lead-ins and the notes' links back are valid HTML, on screen and in print.
    client.force_login(User.objects.get(username="pccstaff"))
    preview = client.get(reverse("reports:paper", args=[paper.data.period.pk]))
    assert (
        html_errors({"preview": preview.content, "print": paper_print_html(paper).encode()}) == {}
    )

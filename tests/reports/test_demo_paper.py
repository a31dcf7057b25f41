"""The demo 2019/20 paper, end to end: what the real paper had, traceable to evidence."""

import io
import re

import pytest
from django.core.management import call_command

from reports.models import IssuedPaper
from reports.paper import build_paper
from reports.selectors import paper_data, period_for_paper
from reports.services import changed_since, paper_pdf, paper_print_html, paper_screen_html
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

"""The demo 2019/20 paper, end to end: what the real paper had, traceable to evidence."""

import io

import pytest
from django.core.management import call_command

from reports.paper import build_paper
from reports.selectors import paper_data, period_for_paper
from reports.services import paper_pdf, paper_print_html
from tests.reports.pdfread import pdf_pages, squash
from threats.models import ReportingPeriod

pytestmark = pytest.mark.django_db


def test_the_demo_paper_prints_every_paragraph_and_footnote(settings):
    settings.DEBUG = True
    call_command("seed_demo", stdout=io.StringIO())
    period = ReportingPeriod.objects.get(label="2019/20")
    paper = build_paper(paper_data(period_for_paper(force=period.force, pk=period.pk)))
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

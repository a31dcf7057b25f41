"""The PDF read back: headings in order, numbers continuous, marking and page numbers on
every page, footnotes with their locators."""

import io

import pytest
from pypdf import PdfReader

from reports.paper import build_paper
from reports.pdf import PaperRenderError
from reports.selectors import paper_data, period_for_paper
from reports.services import paper_pdf, paper_print_html
from tests.reports.conftest import mark_sensitive
from tests.reports.pdfread import pdf_pages, plain, squash

pytestmark = pytest.mark.django_db


def render(period):
    paper = build_paper(paper_data(period_for_paper(force=period.force, pk=period.pk)))
    return paper, paper_pdf(paper_print_html(paper)).pdf


def prose_blocks(paper):
    for section in paper.opening_sections:
        yield from section.blocks
    for threat in paper.threats:
        yield from threat.context
        for cell in threat.cells:
            yield from cell.blocks
    yield from paper.conclusion.blocks


def test_headings_come_in_the_papers_order(paper_period):
    paper, pdf = render(paper_period)
    text = " ".join(pdf_pages(pdf)[2:])  # after the cover and contents
    headings = [
        "Purpose of paper",
        "Background",
        "Recommendation",
        "Summary of ratings",
        "Terrorism",
        "Public order",
        "Serious and organised crime",
        "National cyber security incident",
        "Civil emergencies",
        "Child sexual exploitation and abuse",
        "Conclusion",
        "Sign-off",
        "Annex: evidence cited",
    ]
    position = 0
    for heading in headings:
        found = text.find(heading, position)
        assert found >= 0, f"{heading!r} is missing or out of order"
        position = found + len(heading)


def test_every_paragraph_number_is_printed_before_its_text_in_order(paper_period):
    paper, pdf = render(paper_period)
    text = " ".join(pdf_pages(pdf))
    last = -1
    for block in prose_blocks(paper):
        if block.is_heading:
            continue
        opening = " ".join(plain(block.html).split()[:4])
        position = text.find(f"{block.number}. {opening}", last + 1)
        assert position > last, f"paragraph {block.number} ({opening!r}) missing or out of order"
        last = position


def test_every_footnote_is_printed_with_its_number_source_and_locator(paper_period):
    paper, pdf = render(paper_period)
    text = " ".join(pdf_pages(pdf))
    squashed = squash(text)
    assert len(paper.footnotes) > 20
    for note in paper.footnotes:
        assert squash(f"{note.number}. {note.text}") in squashed, note
    assert "p8-10 [EV-001]." in text


def test_each_page_carries_the_marking_top_and_bottom_and_its_page_number(paper_period):
    _paper, pdf = render(paper_period)
    pages = pdf_pages(pdf)
    assert len(pages) >= 5
    for number, page in enumerate(pages, start=1):
        assert page.count("OFFICIAL") >= 2, f"page {number} lacks its markings"
        assert f"Page {number} of {len(pages)}" in page
        assert "OFFICIAL-SENSITIVE" not in page


def test_the_marking_rises_when_one_cited_item_is_sensitive(paper_period):
    mark_sensitive(paper_period.force, "EV-002")
    _paper, pdf = render(paper_period)
    for page in pdf_pages(pdf):
        assert page.count("OFFICIAL-SENSITIVE") >= 2
        # The running head: the whole marking on one line, then the status beside it.
        assert page.startswith("OFFICIAL-SENSITIVE Draft: not issued"), page[:80]


def test_a_draft_says_so_on_every_page(paper_period):
    _paper, pdf = render(paper_period)
    assert all("Draft: not issued" in page for page in pdf_pages(pdf))


def test_the_pdf_is_tagged_with_its_title_and_language_for_screen_readers(paper_period):
    _paper, pdf = render(paper_period)
    reader = PdfReader(io.BytesIO(pdf))
    root = reader.trailer["/Root"]
    assert "/StructTreeRoot" in root
    assert root["/MarkInfo"]["/Marked"]
    assert str(root["/Lang"]).lower() == "en-gb"
    assert reader.metadata.title == "SPR compliance report 2019/20"


def test_the_pdf_keeps_its_stylesheet_with_the_production_static_storage(
    paper_period, production_static_storage
):
    # The printed documents name our source files, so the PDF is the same as in development.
    paper, pdf = render(paper_period)
    assert 'href="/static/css/paper-print.css"' in paper_print_html(paper)
    pages = pdf_pages(pdf)
    assert f"Page 1 of {len(pages)}" in pages[0]
    assert f"Page {len(pages)} of {len(pages)}" in pages[-1]


def test_a_pdf_missing_one_of_our_own_files_is_refused_not_made_plain():
    html = '<html><head><link rel="stylesheet" href="/static/css/gone.css"></head><body>x</body>'
    with pytest.raises(PaperRenderError, match="static/css/gone.css it needs was not found"):
        paper_pdf(html)

"""The WeasyPrint speed-ups lay pages out as stock WeasyPrint does, only faster.

Each comparison renders the same HTML twice in this process, once with WeasyPrint's own
methods and once with ours, and reads both PDFs back page by page: the same pages, with the
same text (so every footnote on the same page as before), in the same place.
"""

import io
import re

import pytest
import weasyprint
from django.conf import settings
from django.core.management import call_command
from pypdf import PdfReader
from pypdf.generic import ArrayObject, DictionaryObject

from reports import weasy_speedups
from reports.paper import build_paper
from reports.pdf import html_to_pdf
from reports.selectors import paper_data, period_for_paper
from reports.services import paper_print_html
from tests.reports.pdfread import pdf_pages
from threats.models import ReportingPeriod


@pytest.fixture
def patch_restored():
    """Whatever a test does to the patch, the next test finds it installed again."""
    yield
    weasy_speedups.install()


def render_both(html: str) -> tuple[bytes, bytes]:
    static_dirs = [*settings.STATICFILES_DIRS]
    weasy_speedups.uninstall()
    stock = html_to_pdf(html, static_dirs=static_dirs)
    assert weasy_speedups.install()
    return stock, html_to_pdf(html, static_dirs=static_dirs)


def leaders_as_one(text: str) -> str:
    """A contents line's dots, however pdftotext splits them: stock draws each dot alone, so
    pdftotext may read a space between a title and its first dot that one run of dots lacks."""
    return re.sub(r"\s*\.{5,}\s*", " ... ", text)


def assert_same_pages(stock: bytes, patched: bytes):
    stock_pages = [leaders_as_one(page) for page in pdf_pages(stock)]
    patched_pages = [leaders_as_one(page) for page in pdf_pages(patched)]
    assert len(patched_pages) == len(stock_pages)
    for number, (before, after) in enumerate(zip(stock_pages, patched_pages, strict=True), 1):
        assert after == before, f"page {number} differs"


def tagged_pages(pdf: bytes) -> list[tuple[str, int]]:
    """Each tagged element (in structure order) with the number of the page it is on."""
    reader = PdfReader(io.BytesIO(pdf))
    numbers = {page.indirect_reference.idnum: n for n, page in enumerate(reader.pages, 1)}
    found = []

    def walk(node):
        node = node.get_object()
        if isinstance(node, ArrayObject):
            for kid in node:
                walk(kid)
        elif isinstance(node, DictionaryObject):
            if "/Pg" in node:
                found.append((str(node.get("/S")), numbers[node.raw_get("/Pg").idnum]))
            if "/K" in node:
                walk(node["/K"])

    walk(reader.trailer["/Root"]["/StructTreeRoot"])
    return found


def notes_page(count: int, note_style: str = "") -> str:
    """Paragraphs with three notes of varied length each: many notes do not fit on the page
    of their call, so WeasyPrint moves them on, and takes some back, page after page."""
    paragraphs = "".join(
        f"<p>Paragraph {p} keeps the board informed about the work of the force"
        + "".join(
            f' and more<span class="note" data-n="{3 * p + n}">Source {3 * p + n}, '
            + "a report from a partner agency with a long title, " * (1 + (p + n) % 4)
            + f"p{n + 1}.</span>"
            for n in range(3)
        )
        + ".</p>"
        for p in range(count)
    )
    return (
        '<html lang="en-GB"><head><style>'
        "@page { size: A5; margin: 15mm; @footnote { border-top: 0.5pt solid } }"
        ".note { float: footnote; font-size: 8pt; line-height: 1.3; " + note_style + " }"
        ".note::footnote-call { content: attr(data-n); vertical-align: super }"
        ".note::footnote-marker { content: attr(data-n) '. ' }"
        "</style></head><body>" + paragraphs + "</body></html>"
    )


@pytest.mark.django_db
def test_the_demo_paper_has_the_same_pages_with_and_without_the_patch(settings, patch_restored):
    settings.DEBUG = True
    call_command("seed_demo", "--no-issue", stdout=io.StringIO())
    period = ReportingPeriod.objects.get(label="2019/20")
    paper = build_paper(paper_data(period_for_paper(force=period.force, pk=period.pk)))
    assert len(paper.footnotes) > 100

    stock, patched = render_both(paper_print_html(paper))

    assert_same_pages(stock, patched)
    # Screen readers find every heading, paragraph and note on the same page as before.
    tagged = tagged_pages(patched)
    assert len(tagged) > 1000 and max(number for _, number in tagged) > 20
    assert tagged == tagged_pages(stock)


def test_notes_that_spill_to_the_next_page_land_where_stock_puts_them(patch_restored):
    stock, patched = render_both(notes_page(40))

    assert len(pdf_pages(stock)) > 5
    assert_same_pages(stock, patched)


def test_notes_with_margins_take_the_stock_path_and_still_match(patch_restored):
    # Margins between notes collapse, so heights no longer add up: the patch must step aside.
    stock, patched = render_both(notes_page(20, note_style="margin: 3pt 0 2pt"))

    assert_same_pages(stock, patched)


def test_contents_leaders_are_drawn_as_one_run_of_dots_where_stock_drew_one_box_each(
    patch_restored,
):
    html = (
        '<html lang="en-GB"><head><style>a::after { content: leader(".") " 7" }</style></head>'
        "<body><p><a>Purpose of paper</a></p><p><a>Annex: evidence cited</a></p></body></html>"
    )
    stock, patched = render_both(html)

    assert_same_pages(stock, patched)
    assert len(patched) < len(stock)  # one text object per line instead of about 150


def test_the_renderer_uses_the_patch_on_the_pinned_version():
    assert weasyprint.__version__ == weasy_speedups.PINNED_VERSION
    assert weasy_speedups.installed()


def test_another_weasyprint_version_keeps_its_own_footnote_layout(monkeypatch, patch_restored):
    weasy_speedups.uninstall()
    monkeypatch.setattr(weasyprint, "__version__", "71.0")

    assert weasy_speedups.install() is False
    assert not weasy_speedups.installed()

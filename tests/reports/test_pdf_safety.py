"""Hostile narratives cannot make the renderer read local files or reach the network.

Two layers are checked: the sanitiser removes the markup before WeasyPrint sees it, and the
fetcher refuses such URLs even when raw HTML reaches it.
"""

import io
from pathlib import Path

import pytest
from django.conf import settings
from pypdf import PdfReader

from reports.paper import build_paper
from reports.pdf import PaperRenderTimeout, StaticOnlyFetcher, html_to_pdf, render_pdf
from reports.selectors import paper_data, period_for_paper
from reports.services import paper_pdf, paper_print_html
from tests.html_check import elements

HOSTILE = [
    '<img src="file:///etc/passwd">',
    '<link rel="attachment" href="file:///etc/passwd">',
    '<a rel="attachment" href="file:///etc/passwd">passwd</a>',
    "<style>@import url(file:///etc/passwd);</style>",
    '<img src="http://127.0.0.1:9/tracker.png">',
    '<link rel="stylesheet" href="http://127.0.0.1:9/evil.css">',
    '<object data="file:///etc/passwd"></object>',
    '<iframe src="file:///etc/passwd"></iframe>',
]
SECRET = Path("/etc/passwd").read_bytes()[:20]


def assert_clean(pdf: bytes):
    assert pdf.startswith(b"%PDF-")
    assert SECRET not in pdf
    assert b"/EmbeddedFile" not in pdf
    assert b"/FileAttachment" not in pdf
    reader = PdfReader(io.BytesIO(pdf))
    assert not reader.attachments
    assert "root:" not in "".join(page.extract_text() or "" for page in reader.pages)


@pytest.mark.django_db
def test_hostile_narratives_fetch_nothing_and_embed_nothing(paper_period):
    paper_obj = paper_period.paper
    paper_obj.purpose = "Hostile.\n\n" + "\n\n".join(HOSTILE)
    paper_obj.save()
    cell = paper_period.threat_assessments.first().dimension_assessments.first()
    cell.narrative = " ".join(HOSTILE)
    cell.save()

    paper = build_paper(paper_data(period_for_paper(force=paper_period.force, pk=paper_period.pk)))
    html = paper_print_html(paper)
    # Raw HTML prints as typed (escaped text): no element or address of it reaches the paper.
    found = elements(html)
    assert not [tag for tag, _ in found if tag in ("img", "object", "iframe", "script")]
    addresses = [a.get("href", "") + a.get("src", "") for _, a in found]
    assert not [a for a in addresses if a.startswith(("file:", "http://127.0.0.1"))]
    assert not [a for _, a in found if a.get("rel") == "attachment"]
    assert "&lt;iframe src=" in html

    result = paper_pdf(html)
    assert_clean(result.pdf)
    assert result.requested == ["https://paper.invalid/static/css/paper-print.css"]
    assert result.refused == []


def test_the_fetcher_refuses_hostile_urls_even_in_raw_html():
    raw = "<html><head>{}</head><body><p>Body</p>{}</body></html>".format(
        '<link rel="stylesheet" href="http://127.0.0.1:9/evil.css">'
        "<style>@import url(file:///etc/passwd);</style>",
        "".join(HOSTILE),
    )
    fetcher = StaticOnlyFetcher([*settings.STATICFILES_DIRS])
    pdf = html_to_pdf(raw, static_dirs=fetcher.static_dirs, fetcher=fetcher)
    assert_clean(pdf)
    assert fetcher.refused, "the hostile URLs reached the fetcher and were refused"
    assert set(fetcher.refused) == set(fetcher.requested)
    assert all("passwd" in url or "127.0.0.1" in url for url in fetcher.refused)


@pytest.mark.parametrize(
    "url",
    [
        "https://paper.invalid/static/../../etc/passwd",
        "https://paper.invalid/static/%2e%2e/%2e%2e/etc/passwd",
        "https://paper.invalid/static/css/../../sprcompliance/settings.py",
        "https://paper.invalid/static/css/paper-print.css?x=1",
        "https://elsewhere.example/static/css/paper-print.css",
        "http://paper.invalid/static/css/paper-print.css",
        "file:///work/main/static/css/paper-print.css",
    ],
)
def test_the_fetcher_serves_nothing_outside_our_static_files(url):
    fetcher = StaticOnlyFetcher([*settings.STATICFILES_DIRS])
    with pytest.raises(ValueError):
        fetcher.fetch(url)
    assert fetcher.refused == [url]


def test_the_fetcher_serves_our_own_stylesheet():
    fetcher = StaticOnlyFetcher([*settings.STATICFILES_DIRS])
    response = fetcher.fetch("https://paper.invalid/static/css/paper-print.css")
    assert b"@page" in response.read()
    assert response.content_type == "text/css"


def test_rendering_past_the_time_limit_stops_with_a_clear_message():
    heavy = "<p>" + "word " * 200000 + "</p>"
    with pytest.raises(PaperRenderTimeout, match="longer than 0.5 seconds"):
        render_pdf(heavy, static_dirs=[*settings.STATICFILES_DIRS], timeout=0.5)

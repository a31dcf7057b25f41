"""Reading a rendered PDF back: page texts (pdftotext, in layout order), normalised."""

import re
import subprocess


def normalise(text: str) -> str:
    return re.sub(r"\s+", " ", text).strip()


def squash(text: str) -> str:
    """Text without any white space: line breaks inside "CTU/EX/19" cannot break a match."""
    return re.sub(r"\s+", "", text)


def pdf_layout(pdf: bytes, *, layout: bool = True) -> str:
    """The text as poppler's pdftotext lays it out, pages split by form feeds; or, with
    `layout` off, in the order it was drawn (a table cell's lines stay together rather than
    side by side with the next cell's)."""
    mode = "-layout" if layout else "-raw"
    return subprocess.run(
        ["pdftotext", mode, "-", "-"], input=pdf, capture_output=True, check=True
    ).stdout.decode()


def pdf_pages(pdf: bytes, *, layout: bool = True) -> list[str]:
    """One normalised string per page, as poppler's pdftotext lays the text out (or, with
    `layout` off, as it was drawn)."""
    pages = pdf_layout(pdf, layout=layout).split("\f")
    if pages and not pages[-1].strip():
        pages.pop()
    return [normalise(page) for page in pages]


def plain(html: str) -> str:
    """A paragraph's text as printed: footnote bodies float away, their calls stay as numbers."""
    html = re.sub(r'<span class="fn-body".*?</span>', "", html, flags=re.S)
    html = re.sub(r'<a class="fn-call".*?(\d+)</a>', r"\1", html, flags=re.S)
    return normalise(re.sub(r"<[^>]+>", " ", html)).replace("&#x27;", "'").replace("&amp;", "&")

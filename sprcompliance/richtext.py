"""Markdown narratives to safe HTML, for the pages and the PDF alike.

Narratives allow a subset of Markdown: paragraphs, lists, bold, italic and links. Whatever an
author types (raw HTML, images, styles, `file:` links), only that subset survives: the HTML
is sanitised with nh3 after rendering, so the page and WeasyPrint receive the same harmless
markup.

Python-Markdown reads a link by scanning from every "[" to the "]" that closes it, and from
every "](" to the ")" that closes it. Brackets nested deep or left open, or a paragraph of
many links, make that work grow with the square of the text's length: 19,990 "[" and a "]("
kept one page busy for minutes. `markdown_problem` bounds it; forms refuse a narrative that
breaks a bound (evidence/forms.py), and a paragraph that broke one before, or came in another
way (a restore, an import), is printed as typed, without formatting, so that every page
built from stored text is quick whatever the text.

Raw HTML is not read as HTML at all: Python-Markdown hands it to Python's HTML parser, which
also slows with the square of the text ("<a " typed 6,600 times took 23 s), and sanitising
would drop almost all of it anyway. An author's "<b>" prints as typed.
"""

import contextlib
import re

import markdown
import nh3
from django.utils.html import escape
from django.utils.safestring import SafeString, mark_safe

ALLOWED_TAGS = {"p", "ul", "ol", "li", "strong", "em", "b", "i", "a", "br", "code"}
ALLOWED_ATTRIBUTES = {"a": {"href"}}
ALLOWED_URL_SCHEMES = {"http", "https", "mailto"}

# Bounds on one paragraph, far beyond any narrative written by hand: each keeps Markdown's
# work in proportion to the paragraph's length.
MAX_BRACKET_DEPTH = 8  # square brackets open at once (one left open stays open to the end)
MAX_LINKS = 100  # "](", where a link's address starts
MAX_LINES = 500  # Markdown splits lists and headings line by line
BRACKET_OR_ESCAPE_RE = re.compile(r"\\.|[\[\]]", re.DOTALL)


def sanitise(html: str) -> str:
    return nh3.clean(
        html,
        tags=ALLOWED_TAGS,
        attributes=ALLOWED_ATTRIBUTES,
        url_schemes=ALLOWED_URL_SCHEMES,
        link_rel="noopener noreferrer",
        strip_comments=True,
    )


def markdown_problem(text: str) -> str:
    """Why Markdown would take too long over this paragraph, or "" when it would not."""
    if _bracket_depth(text) > MAX_BRACKET_DEPTH:
        return (
            f"Square brackets are nested more than {MAX_BRACKET_DEPTH} deep or left open: "
            "close each [ with a ], or type \\[ for a bracket that opens nothing"
        )
    if text.count("](") > MAX_LINKS:
        return f"A paragraph has more than {MAX_LINKS} links: split it into shorter paragraphs"
    if text.count("\n") >= MAX_LINES:
        return f"A paragraph has more than {MAX_LINES} lines: split it into shorter paragraphs"
    return ""


def _bracket_depth(text: str) -> int:
    """The most square brackets open at once, as Markdown's links count them: a bracket
    escaped with a backslash counts for nothing."""
    depth = deepest = 0
    for match in BRACKET_OR_ESCAPE_RE.finditer(text):
        if match.group() == "[":
            depth += 1
            deepest = max(deepest, depth)
        elif match.group() == "]" and depth:
            depth -= 1
    return deepest


def _markdown() -> markdown.Markdown:
    """A Markdown reader (one per call: they keep state) that reads raw HTML as text."""
    reader = markdown.Markdown(output_format="html")
    reader.preprocessors.deregister("html_block")
    reader.inlinePatterns.deregister("html")
    return reader


def markdown_to_safe_html(text: str) -> SafeString:
    """Render one block of narrative Markdown to sanitised HTML; a block beyond the bounds
    above is printed as typed."""
    text = text or ""
    if not markdown_problem(text):
        # Lists or quotes nested hundreds deep exhaust Python's stack: printed as typed too.
        with contextlib.suppress(RecursionError):
            html = _markdown().convert(text)
            return mark_safe(sanitise(html))  # noqa: S308 - sanitised here
    return mark_safe(f"<p>{escape(text)}</p>")  # noqa: S308 - escaped here

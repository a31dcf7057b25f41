"""Markdown narratives to safe HTML, for the pages and the PDF alike.

Narratives allow a subset of Markdown: paragraphs, lists, bold, italic and links. Whatever an
author types (raw HTML, images, styles, `file:` links), only that subset survives: the HTML
is sanitised with nh3 after rendering, so the page and WeasyPrint receive the same harmless
markup.
"""

import markdown
import nh3
from django.utils.safestring import SafeString, mark_safe

ALLOWED_TAGS = {"p", "ul", "ol", "li", "strong", "em", "b", "i", "a", "br", "code"}
ALLOWED_ATTRIBUTES = {"a": {"href"}}
ALLOWED_URL_SCHEMES = {"http", "https", "mailto"}


def sanitise(html: str) -> str:
    return nh3.clean(
        html,
        tags=ALLOWED_TAGS,
        attributes=ALLOWED_ATTRIBUTES,
        url_schemes=ALLOWED_URL_SCHEMES,
        link_rel="noopener noreferrer",
        strip_comments=True,
    )


def markdown_to_safe_html(text: str) -> SafeString:
    """Render one block of narrative Markdown to sanitised HTML."""
    html = markdown.markdown(text or "", output_format="html")
    return mark_safe(sanitise(html))  # noqa: S308 - sanitised just above

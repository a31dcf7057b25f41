"""A narrative as it will print: numbered paragraphs and footnotes, for the editor's preview.

This mirrors reports.paper's numbering for one narrative on its own (the paper numbers
continuously across the whole paper, so a section's numbers start at 1 here), and produces
blocks and notes that the paper's own partials (reports/_blocks.html, reports/_footnotes.html)
draw. Pure: the evidence items come from the caller.
"""

import re
import secrets
from collections.abc import Mapping
from dataclasses import dataclass, field

from django.utils.html import escape
from django.utils.safestring import SafeString, mark_safe

from evidence.citations import MARKER_RE, split_blocks
from sprcompliance.richtext import markdown_to_safe_html

LEADING_SPACE_MARKER_RE = re.compile(f"[ \t]*(?:{MARKER_RE.pattern})")


@dataclass(frozen=True)
class PreviewNote:
    number: int
    text: str


@dataclass
class PreviewBlock:
    html: SafeString
    number: int | None = None
    heading: str = ""
    footnotes: list[PreviewNote] = field(default_factory=list)

    @property
    def is_heading(self) -> bool:
        return bool(self.heading)


@dataclass
class Preview:
    blocks: list[PreviewBlock]
    footnotes: list[PreviewNote]


def note_text(item, reference: str, locator: str) -> str:
    """A citation's footnote, worded as the paper words it."""
    if item is None:
        return f"{reference}: not found in the evidence register."
    parts = [item.source, item.title]
    if item.source_reference:
        parts.append(item.source_reference)
    parts.append(f"{item.evidence_date.day} {item.evidence_date:%B %Y}")
    if locator:
        parts.append(locator)
    return f"{', '.join(parts)} [{item.reference}]."


def narrative_preview(text: str, evidence: Mapping[str, object]) -> Preview:
    """`evidence` maps references to items (those the text cites; others print as unknown)."""
    # A per-render token no author can have typed, to carry markers through Markdown.
    token = f"fn{secrets.token_hex(6)}x"
    notes: list[PreviewNote] = []
    blocks = []
    for raw in split_blocks(text):
        if raw.is_heading:
            blocks.append(PreviewBlock(html=mark_safe(""), heading=raw.text))
            continue
        own = [
            PreviewNote(
                number=len(notes) + position,
                text=note_text(evidence.get(m.reference), m.reference, m.locator)
                if m.is_citation
                else m.note,
            )
            for position, m in enumerate(raw.markers, start=1)
        ]
        notes.extend(own)
        blocks.append(_paragraph(raw.text, raw.paragraph, own, token))
    return Preview(blocks=blocks, footnotes=notes)


def _paragraph(text: str, number: int, own: list[PreviewNote], token: str) -> PreviewBlock:
    counter = iter(range(len(own)))
    # The space an author leaves before a marker would separate the call from its word.
    carried = LEADING_SPACE_MARKER_RE.sub(lambda _m: f"{token}{next(counter)}{token}", text)
    html = str(markdown_to_safe_html(carried))
    html = re.sub(f"{token}(\\d+){token}", lambda m: _call(own[int(m.group(1))]), html)
    return PreviewBlock(html=mark_safe(html), number=number, footnotes=own)  # noqa: S308


def _call(note: PreviewNote) -> str:
    return (
        f'<a class="fn-call" href="#fn-{note.number}" id="fnref-{note.number}">'
        f'<span class="govuk-visually-hidden">note </span>{note.number}</a>'
        f'<span class="fn-body" data-n="{note.number}">{escape(note.text)}</span>'
    )


def insert_citation(text: str, marker: str, paragraph: int | None) -> str:
    """The text with `marker` at the end of paragraph `paragraph` (numbered as split_blocks
    numbers them), or at the end of the text. Raises ValueError for a paragraph not there."""
    normalised = (text or "").replace("\r\n", "\n").replace("\r", "\n").rstrip()
    if paragraph is None:
        return f"{normalised} {marker}" if normalised.strip() else marker
    # Split keeping the blank-line separators, so the rest of the text is untouched.
    pieces = re.split(r"(\n[ \t]*\n+)", normalised)
    number = 0
    for index in range(0, len(pieces), 2):
        chunk = pieces[index]
        if not chunk.strip():
            continue
        lines = chunk.strip("\n").split("\n")
        if re.match(r"^#{1,6}\s+\S", lines[0].strip()) and not "\n".join(lines[1:]).strip():
            continue  # a heading on its own is not a numbered paragraph
        number += 1
        if number == paragraph:
            pieces[index] = f"{chunk.rstrip()} {marker}"
            return "".join(pieces)
    raise ValueError(number)

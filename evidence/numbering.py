"""How narratives become numbered paragraphs and footnotes, as the board paper prints them.

The paper numbers paragraphs 1..N through all its narratives and footnotes 1..M in reading
order (reports/paper.py walks the narratives through one Numberer); the editor's preview
numbers one narrative on its own (number_narrative). A citation prints in full the first time
a document is cited, then in short form pointing back to that note.
"""

import re
import secrets
from dataclasses import dataclass, field

from django.utils.html import escape
from django.utils.safestring import SafeString, mark_safe

from evidence.citations import Marker, marker_matches, split_blocks
from evidence.models import EvidenceItem
from sprcompliance.richtext import markdown_to_safe_html


@dataclass
class Footnote:
    """A note as printed: a citation's reference in full the first time the paper cites a
    document, then a short form pointing back to that note; or an author's explanatory note."""

    number: int
    text: str
    full_text: str  # the reference in full, whichever form prints: what the note says
    evidence: EvidenceItem | None = None
    locator: str = ""
    first: int | None = None  # for a short form, the note that gives the reference in full

    @property
    def screen_html(self) -> SafeString:
        """The text for the notes on screen, where a short form's "n 12" links to note 12."""
        if self.first is None:
            return escape(self.text)
        pointer = f"(n {self.first})"
        before, _, after = self.text.partition(pointer)
        link = f'(<a class="govuk-link" href="#fn-{self.first}">n {self.first}</a>)'
        return mark_safe(f"{escape(before)}{link}{escape(after)}")  # noqa: S308 - escaped


@dataclass
class Block:
    """A sub-heading (level 3 or 4) or a numbered paragraph with its footnotes. `lead` is a
    sub-heading drawn at the start of the paragraph, as the lead-in of a list that has none."""

    html: SafeString
    number: int | None = None
    heading: str = ""
    footnotes: list[Footnote] = field(default_factory=list)
    lead: str = ""

    @property
    def is_heading(self) -> bool:
        return bool(self.heading)


class Numberer:
    """Hands out paragraph and footnote numbers in reading order, and remembers citations."""

    def __init__(self, evidence: dict[str, EvidenceItem]):
        self.evidence = evidence
        self.paragraphs = 0
        self.footnotes: list[Footnote] = []
        self.cited_in: dict[str, list[int]] = {}
        self.first_note: dict[str, int] = {}  # by reference: the note citing it in full
        self.unknown: set[str] = set()
        # A per-render token no author can have typed, to carry markers through Markdown.
        self.token = f"fn{secrets.token_hex(6)}x"

    def blocks(self, text: str, *, heading: str = "") -> list[Block]:
        """The text's sub-headings and numbered paragraphs, under `heading` if it has any.

        A paragraph that opens with a list has no lead-in (evidence.citations.split_blocks);
        directly under a sub-heading it takes the sub-heading in as one, so that no numbered
        paragraph starts with a bullet.
        """
        out: list[Block] = []
        above = heading if text and text.strip() else ""  # a sub-heading not drawn yet
        for raw in split_blocks(text):
            if raw.is_heading:
                if above:
                    out.append(Block(html=mark_safe(""), heading=above))
                above = raw.text
                continue
            lead = above if raw.opens_with_list else ""
            if above and not lead:
                out.append(Block(html=mark_safe(""), heading=above))
            above = ""
            out.append(self._paragraph(raw.text, raw.markers, lead=lead))
        if above:
            out.append(Block(html=mark_safe(""), heading=above))
        return out

    def _paragraph(self, text: str, markers: list[Marker], *, lead: str = "") -> Block:
        self.paragraphs += 1
        number = self.paragraphs
        notes = [self._footnote(marker, number) for marker in markers]
        carried = self._carry_markers(text)
        html = str(markdown_to_safe_html(carried))
        pattern = re.compile(f"{self.token}(\\d+){self.token}")
        html = pattern.sub(lambda m: _footnote_html(notes[int(m.group(1))]), html)
        return Block(html=mark_safe(html), number=number, footnotes=notes, lead=lead)  # noqa: S308

    def _carry_markers(self, text: str) -> str:
        """The text with its markers, in order, replaced by numbered tokens that Markdown
        leaves alone. The space an author leaves before a marker goes too: it would separate
        the call from its word."""
        parts, end = [], 0
        for index, match in enumerate(marker_matches(text)):
            parts += [text[end : match.start()].rstrip(" \t"), f"{self.token}{index}{self.token}"]
            end = match.end()
        return "".join([*parts, text[end:]])

    def _footnote(self, marker: Marker, paragraph: int) -> Footnote:
        number = len(self.footnotes) + 1
        if not marker.is_citation:
            note = Footnote(number=number, text=marker.note, full_text=marker.note)
        else:
            item = self.evidence.get(marker.reference)
            full = citation_text(item, marker.reference, marker.locator)
            note = Footnote(number, full, full, evidence=item, locator=marker.locator)
            if item is None:
                self.unknown.add(marker.reference)
            else:
                self.cited_in.setdefault(item.reference, [])
                if paragraph not in self.cited_in[item.reference]:
                    self.cited_in[item.reference].append(paragraph)
                first = self.first_note.setdefault(item.reference, number)
                if first != number:
                    note.first = first
                    note.text = short_citation_text(item, first, marker.locator)
        self.footnotes.append(note)
        return note


def number_narrative(text: str, evidence) -> tuple[list[Block], list[Footnote]]:
    """One narrative on its own, numbered from 1 as the paper numbers it: for the editor's
    preview. `evidence` maps references to items; others print as not in the register."""
    numberer = Numberer(evidence)
    return numberer.blocks(text), numberer.footnotes


def citation_text(item: EvidenceItem | None, reference: str, locator: str) -> str:
    if item is None:
        return f"{reference}: not found in the evidence register."
    parts = [item.source, item.title]
    if item.source_reference:
        parts.append(item.source_reference)
    parts.append(f"{item.evidence_date.day} {item.evidence_date:%B %Y}")
    if locator:
        parts.append(locator)
    return f"{', '.join(parts)} [{item.reference}]."


def short_citation_text(item: EvidenceItem, first: int, locator: str) -> str:
    """A document cited again, as UK legal and government writing cites it: its short title,
    the note that gives it in full, the locator, and the register's reference, as in
    "Force management statement 2019 (n 4) p71 [EV-004]."."""
    parts = [short_title(item.title), f"(n {first})"]
    if locator:
        parts.append(locator)
    return f"{' '.join(parts)} [{item.reference}]."


def short_title(title: str) -> str:
    """The title without its subtitle (what follows the first colon), as short titles leave
    it out: "PEEL 2018/19: an inspection of Midshire Police" is "PEEL 2018/19". A one-word main
    title ("Cyber: Keep the light on") says too little alone, so such a title stays whole."""
    main = title.split(":", 1)[0].strip()
    return main if len(main.split()) > 1 else title


def _footnote_html(note: Footnote) -> str:
    # The call is a link on screen; in print the body floats to the foot of the page.
    return (
        f'<a class="fn-call" href="#fn-{note.number}" id="fnref-{note.number}">'
        f'<span class="govuk-visually-hidden">note </span>{note.number}</a>'
        f'<span class="fn-body" data-n="{note.number}">{escape(note.text)}</span>'
    )

"""Citations carried inside narrative text.

A narrative is Markdown (a subset: paragraphs, lists, bold, italic, links, and `###`
sub-headings in threat contexts). Its blocks, separated by blank lines, are the paper's
numbered paragraphs; headings are not numbered. Inside a paragraph:

- `[@EV-012, p8-10]` cites evidence item EV-012 at a locator; `[@EV-012]` cites it whole.
- `[^Some explanation.]` is an explanatory footnote that cites nothing.

The markers are the source of truth: saving a narrative rewrites its Citation rows from them
(evidence/services.py), and the paper turns each marker into a numbered footnote.
"""

import re
from dataclasses import dataclass, field

REFERENCE = r"[A-Za-z0-9][A-Za-z0-9._/-]{0,19}"
CITATION_RE = re.compile(
    r"\[@(?P<ref>" + REFERENCE + r")(?:\s*,\s*(?P<locator>[^\]\[]{1,60}?))?\s*\]"
)
NOTE_RE = re.compile(r"\[\^(?P<note>[^\]\[]{1,1000}?)\]")
MARKER_RE = re.compile(f"{CITATION_RE.pattern}|{NOTE_RE.pattern}")
HEADING_RE = re.compile(r"^#{1,6}\s+(?P<text>.+?)\s*#*\s*$")
BLANK_LINES_RE = re.compile(r"\n[ \t]*\n+")


@dataclass(frozen=True)
class Marker:
    """One footnote-making marker: a citation (reference set) or a note (note set)."""

    reference: str = ""
    locator: str = ""
    note: str = ""

    @property
    def is_citation(self) -> bool:
        return bool(self.reference)


@dataclass
class Block:
    """A heading, or a numbered paragraph (prose or a list) with its markers in order."""

    text: str
    is_heading: bool = False
    paragraph: int | None = None
    markers: list[Marker] = field(default_factory=list)


def markers_in(text: str) -> list[Marker]:
    found = []
    for match in MARKER_RE.finditer(text):
        if match.group("ref"):
            locator = (match.group("locator") or "").strip()
            found.append(Marker(reference=match.group("ref"), locator=locator))
        else:
            found.append(Marker(note=match.group("note").strip()))
    return found


def split_blocks(text: str) -> list[Block]:
    """Split a narrative into headings and numbered paragraphs (numbered from 1)."""
    blocks = []
    number = 0
    normalised = (text or "").replace("\r\n", "\n").replace("\r", "\n").strip()
    for chunk in BLANK_LINES_RE.split(normalised):
        chunk = chunk.strip("\n")
        if not chunk.strip():
            continue
        lines = chunk.split("\n")
        # A heading line at the top of a chunk stands alone; the rest is a paragraph.
        heading = HEADING_RE.match(lines[0].strip())
        if heading:
            blocks.append(Block(text=heading.group("text"), is_heading=True))
            chunk = "\n".join(lines[1:]).strip("\n")
            if not chunk.strip():
                continue
        number += 1
        blocks.append(Block(text=chunk, paragraph=number, markers=markers_in(chunk)))
    return blocks


def citations_in(text: str) -> list[tuple[int, Marker]]:
    """Every citation marker with the number of the paragraph it stands in."""
    return [
        (block.paragraph, marker)
        for block in split_blocks(text)
        if not block.is_heading
        for marker in block.markers
        if marker.is_citation
    ]


def format_citation(reference: str, locator: str = "") -> str:
    """The marker an editor inserts for a citation."""
    locator = locator.strip()
    return f"[@{reference}, {locator}]" if locator else f"[@{reference}]"

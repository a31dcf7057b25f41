"""Citations carried inside narrative text.

A narrative is Markdown (a subset: paragraphs, lists, bold, italic, links, and `###`
sub-headings in threat contexts). Its blocks, separated by blank lines, are the paper's
numbered paragraphs, with two exceptions: headings are not numbered, and a list belongs to the
paragraph that introduces it (a lead-in sentence and its bullets are one numbered paragraph, as
in a board paper). A list with nothing before it, at the start of the text or under a heading,
has no lead-in and is a paragraph of its own. Inside a paragraph:

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
# The first line of a Markdown list, as Python-Markdown reads one: a bullet (-, * or +) or a
# number and a full stop, indented by up to three spaces and followed by a space.
LIST_RE = re.compile(r"^ {0,3}(?:[*+-]|\d+\.) +\S")


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
    """A heading, or a numbered paragraph (prose, a lead-in with its list, or a list alone) with
    its markers in order. `start` and `end` place a paragraph in the text (see normalise)."""

    text: str
    is_heading: bool = False
    paragraph: int | None = None
    markers: list[Marker] = field(default_factory=list)
    opens_with_list: bool = False
    start: int = 0
    end: int = 0


def markers_in(text: str) -> list[Marker]:
    found = []
    for match in MARKER_RE.finditer(text):
        if match.group("ref"):
            locator = (match.group("locator") or "").strip()
            found.append(Marker(reference=match.group("ref"), locator=locator))
        else:
            found.append(Marker(note=match.group("note").strip()))
    return found


def normalise(text: str | None) -> str:
    """The text with its line endings made "\n": what Block.start and Block.end count in."""
    return (text or "").replace("\r\n", "\n").replace("\r", "\n")


def split_blocks(text: str) -> list[Block]:
    """Split a narrative into headings and numbered paragraphs (numbered from 1)."""
    blocks: list[Block] = []
    number = 0
    normalised = normalise(text)
    for start, end in _chunks(normalised):
        lines = normalised[start:end].split("\n")
        # A heading line at the top of a chunk stands alone; the rest is a paragraph.
        heading = HEADING_RE.match(lines[0].strip())
        if heading:
            blocks.append(Block(text=heading.group("text"), is_heading=True))
            rest = "\n".join(lines[1:])
            start = end - len(rest.lstrip("\n"))
        chunk = normalised[start:end]
        if not chunk.strip():
            continue
        is_list = bool(LIST_RE.match(chunk))
        previous = blocks[-1] if blocks else None
        if is_list and previous is not None and not previous.is_heading:
            # The list belongs to the paragraph before it (blank lines and all), which is its
            # lead-in, or a list before it that Markdown continues.
            previous.text = normalised[previous.start : end]
            previous.markers = markers_in(previous.text)
            previous.end = end
            continue
        number += 1
        blocks.append(
            Block(
                text=chunk,
                paragraph=number,
                markers=markers_in(chunk),
                opens_with_list=is_list,
                start=start,
                end=end,
            )
        )
    return blocks


def _chunks(text: str):
    """(start, end) of each stretch of text between blank lines, without its line breaks at
    either end, leaving out stretches with nothing but white space."""
    body_start = len(text) - len(text.lstrip())
    body = text.strip()
    start = 0
    for separator in [*BLANK_LINES_RE.finditer(body), None]:
        end = separator.start() if separator else len(body)
        chunk = body[start:end]
        if chunk.strip():
            first = start + len(chunk) - len(chunk.lstrip("\n"))
            last = end - (len(chunk) - len(chunk.rstrip("\n")))
            yield body_start + first, body_start + last
        if separator:
            start = separator.end()


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

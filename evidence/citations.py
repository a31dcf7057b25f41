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

import bisect
import re
from dataclasses import dataclass, field

REFERENCE = r"[A-Za-z0-9][A-Za-z0-9._/-]{0,19}"
CITATION_RE = re.compile(
    r"\[@(?P<ref>" + REFERENCE + r")(?:\s*,\s*(?P<locator>[^\]\[]{1,60}?))?\s*\]"
)
NOTE_RE = re.compile(r"\[\^(?P<note>[^\]\[]{1,1000}?)\]")
MARKER_RE = re.compile(f"{CITATION_RE.pattern}|{NOTE_RE.pattern}")
# A heading line, stripped: its text is what follows the hashes, less any closing hashes
# (heading_text). Matched without lazy repeats, which took minutes over a long line of spaces.
HEADING_RE = re.compile(r"#{1,6}\s+(?P<text>.+)")
# Where a link's address stands, as Markdown reads one: from "](" to the ")" that closes it
# (parentheses nest), or inside an autolink such as <https://example.org/>.
ADDRESS_PART_RE = re.compile(r"\]\(|[()]")
AUTOLINK_RE = re.compile(r"<[A-Za-z][A-Za-z0-9+.-]*://[^<>]*>")
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


def marker_matches(text: str) -> list[re.Match]:
    """The markers of a paragraph, in order: a marker inside a link's address is part of the
    address, not a citation (and forms refuse it, see markers_in_link_addresses)."""
    addresses = _link_addresses(text)
    return [match for match in MARKER_RE.finditer(text) if not _inside(match, addresses)]


def markers_in_link_addresses(text: str) -> list[str]:
    """Markers typed inside a link's address, as in [x](https://a.example/[@EV-001]): they
    would break the link, so a narrative holding one is refused."""
    text = normalise(text)
    addresses = _link_addresses(text)
    return [match.group() for match in MARKER_RE.finditer(text) if _inside(match, addresses)]


def _link_addresses(text: str) -> tuple[list[tuple[int, int]], ...]:
    """(start, end) of every link address in the text, found in one pass: inline links'
    addresses, then autolinks (each list in order, none overlapping another of its list). An
    address left open makes no link, so it is none."""
    inline = []
    depth = start = 0
    for match in ADDRESS_PART_RE.finditer(text):
        part = match.group()
        if not depth:
            if part == "](":
                depth, start = 1, match.end()
        elif part == ")":
            depth -= 1
            if not depth:
                inline.append((start, match.start()))
        else:  # "(" or "](" within an address opens a parenthesis that must close too
            depth += 1
    return inline, [match.span() for match in AUTOLINK_RE.finditer(text)]


def _inside(match: re.Match, addresses: tuple[list[tuple[int, int]], ...]) -> bool:
    """Whether the marker overlaps an address (found by bisection, so that a paragraph of
    many markers and links is still read in a moment)."""
    for spans in addresses:
        # The last address starting before the marker ends is the only one it can overlap.
        index = bisect.bisect_left(spans, (match.end(), -1)) - 1
        if index >= 0 and spans[index][1] > match.start():
            return True
    return False


def markers_in(text: str) -> list[Marker]:
    found = []
    for match in marker_matches(text):
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
        heading = heading_text(lines[0])
        if heading:
            blocks.append(Block(text=heading, is_heading=True))
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


def heading_text(line: str) -> str:
    """The text of a heading line ("### Threat level ###" is "Threat level"), or "" for a
    line that is not a heading."""
    heading = HEADING_RE.fullmatch(line.strip())
    if not heading:
        return ""
    text = heading.group("text")
    return text.rstrip("#").rstrip() or text[0]


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

"""The editor's helpers: a narrative as it will print, and inserting a citation marker.

The preview numbers one narrative on its own with the paper's own numbering
(reports.paper.number_narrative), so a section's numbers start at 1 here, and draws with the
paper's partials (reports/_blocks.html, reports/_footnotes.html).
"""

import re
from collections.abc import Mapping
from dataclasses import dataclass

from reports.paper import Block, Footnote, number_narrative


@dataclass
class Preview:
    blocks: list[Block]
    footnotes: list[Footnote]


def narrative_preview(text: str, evidence: Mapping[str, object]) -> Preview:
    """`evidence` maps references to items (those the text cites; others print as unknown)."""
    return Preview(*number_narrative(text, evidence))


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

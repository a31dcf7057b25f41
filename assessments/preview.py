"""The editor's helpers: a narrative as it will print, and inserting a citation marker.

The preview numbers one narrative on its own with the paper's own numbering
(evidence.numbering.number_narrative), so a section's numbers start at 1 here, and draws with the
paper's partials (reports/_blocks.html, reports/_footnotes.html).
"""

from collections.abc import Mapping
from dataclasses import dataclass

from evidence.citations import normalise, split_blocks
from evidence.numbering import Block, Footnote, number_narrative


@dataclass
class Preview:
    blocks: list[Block]
    footnotes: list[Footnote]


def narrative_preview(text: str, evidence: Mapping[str, object]) -> Preview:
    """`evidence` maps references to items (those the text cites; others print as unknown)."""
    return Preview(*number_narrative(text, evidence))


def insert_citation(text: str, marker: str, paragraph: int | None) -> str:
    """The text with `marker` at the end of paragraph `paragraph` (numbered as split_blocks
    numbers them: after a list's last item when the list ends it), or at the end of the text.
    Raises ValueError, with the number of paragraphs, for a paragraph not there."""
    normalised = normalise(text).rstrip()
    if paragraph is None:
        return f"{normalised} {marker}" if normalised.strip() else marker
    paragraphs = [block for block in split_blocks(normalised) if not block.is_heading]
    if not 1 <= paragraph <= len(paragraphs):
        raise ValueError(len(paragraphs))
    # Only the paragraph changes: the rest of the text, blank lines and all, stays as written.
    end = paragraphs[paragraph - 1].end
    return f"{normalised[:end].rstrip()} {marker}{normalised[end:]}"

"""A pinned fix for WeasyPrint 70: a footnote it would leave out of the PDF.

When a paragraph's second line does not fit at the foot of a page and `orphans` and `widows`
forbid breaking before it, WeasyPrint 70 moves notes already on the page to the next one until
the line fits (`_linebox_layout`, "report footnotes and see if we don't overflow"), then keeps
the line on the page without looking at the notes it calls: their calls print, their bodies are
never laid out anywhere, and the note is missing from the PDF. A board paper cannot lose a
footnote, so after that step the notes of the line kept are moved to the next page too, after
the ones moved before them, as WeasyPrint does with any note that does not fit.

tests/reports/test_weasy_fixes.py shows the loss with stock WeasyPrint on a small page and the
note with the fix. It patches a private function of one version: `install()` does nothing for
any other version, and a new WeasyPrint needs this module checked again.
"""

import weasyprint
from weasyprint.layout import block

PINNED_VERSION = "70.0"

_stock_linebox_layout = block._linebox_layout


def _linebox_layout(context, box, index, child, new_children, *args):
    """Drop-in for `weasyprint.layout.block._linebox_layout` (WeasyPrint 70.0)."""
    result = _stock_linebox_layout(context, box, index, child, new_children, *args)
    abort, stop, _resume_at, _position_y, new_footnotes, _max_lines = result
    if stop and not abort and new_children and context.footnotes:
        # Every other way a line is kept lays out its notes first; a note of the kept line
        # still waiting to be laid out is one that step skipped.
        line = new_children[-1]
        skipped = [
            descendant.footnote
            for descendant in line.descendants()
            if descendant.footnote in context.footnotes
        ]
        for footnote in skipped:
            context.layout_footnote(footnote)
            context.report_footnote(footnote)
            # Returned with the line's notes, so that dropping the line takes them back.
            new_footnotes.append(footnote)
    return result


def install() -> bool:
    """Patch WeasyPrint if it is the pinned version; say whether the patch is in place."""
    if weasyprint.__version__ != PINNED_VERSION:
        return False
    block._linebox_layout = _linebox_layout
    return True


def uninstall() -> None:
    """Put the stock function back (the tests compare both)."""
    block._linebox_layout = _stock_linebox_layout


def installed() -> bool:
    return block._linebox_layout is _linebox_layout

"""Pinned speed-ups for WeasyPrint 70: the same layout, without the rework.

Footnotes. Stock WeasyPrint re-lays out the whole footnote area of a page each time a footnote
is added, moved to the next page or taken back (`LayoutContext._update_footnote_area`), only to
learn the area's new height. On a page with n notes that is about n²/2 note layouts, and every
note that does not fit is laid out again, so a 540-note paper spent most of its 40 s there.
This patch lays out each note once, in an area of its own, remembers its height, and adds the
heights up as stock block layout does (then min-height and max-height). That holds only while
the notes are plain blocks stacked without vertical margins (nothing collapses between them),
so any other case falls back to the stock method. The final footnote area of each page is still
laid out by stock code (`make_page`), so what is drawn does not change; only how the page
learns the height does. Heights summed this way can differ from stock's in the last bits of a
float (about 1e-13 pt); that matters only where stock's tolerance-free overflow test sits on a
tie, which the paper's `@footnote { max-height }` keeps away from (see paper-print.css).

Leaders. Stock `handle_leader` fills a contents line with one text box per dot (about 150 a
line), each laid out, drawn and tagged alone; the patch puts the same dots in one run of text
when the run is exactly as wide as the boxes side by side.

tests/reports/test_weasy_speedups.py renders the demo paper and awkward cases both ways and
compares them page by page. It patches private functions of one version: `install()` does
nothing for any other version, and a new WeasyPrint needs this module checked again.
"""

from math import inf

import weasyprint
from weasyprint.formatting_structure import boxes, build
from weasyprint.layout import LayoutContext, inline
from weasyprint.layout.block import block_level_layout
from weasyprint.layout.leader import leader_index
from weasyprint.text.line_break import split_first_line

PINNED_VERSION = "70.0"

_stock_update_footnote_area = LayoutContext._update_footnote_area
_stock_handle_leader = inline.handle_leader


# What a note's layout depends on besides the note itself: the width it is laid out in.
# The area's style object is new on every page, so its values are compared, not its identity.
_AREA_GEOMETRY = (
    "width",
    "min_width",
    "max_width",
    "box_sizing",
    "direction",
    "margin_left",
    "margin_right",
    "padding_left",
    "padding_right",
    "border_left_width",
    "border_right_width",
    "border_left_style",
    "border_right_style",
)


def _area_key(area):
    page = area.page
    return (page.width, page.height, *(area.style[name] for name in _AREA_GEOMETRY))


def _note_height(context, area, footnote):
    """The border-box height of `footnote` laid out alone in `area`, or None if not additive."""
    cache = context.__dict__.setdefault("_note_heights", {})
    key = (id(footnote), _area_key(area))
    cached = cache.get(key)
    # The note is kept in the entry, so its id cannot be reused while the entry lives.
    if cached is not None and cached[0] is footnote:
        return cached[1]
    # A deep copy, as stock does: anonymous box creation changes the boxes it is given.
    alone = build.create_anonymous_boxes(area.copy_with_children([footnote]).deepcopy())
    alone = block_level_layout(context, alone, -inf, None, area.page)[0]
    (note,) = alone.children
    additive = (
        isinstance(note, boxes.BlockBox)
        and note.margin_top == 0
        and note.margin_bottom == 0
        and note.clearance is None
    )
    height = note.border_height() if additive else None
    cache[key] = (footnote, height)
    return height


def _can_add_up(area, footnotes):
    return (
        area.style["height"] == "auto"
        and all(isinstance(footnote, boxes.BlockBox) for footnote in footnotes)
        and not any(
            footnote.is_floated() or footnote.is_absolutely_positioned() for footnote in footnotes
        )
    )


def _update_footnote_area(self):
    """Drop-in for `LayoutContext._update_footnote_area` (WeasyPrint 70.0)."""
    area = self.current_footnote_area
    footnotes = self.current_page_footnotes
    if not footnotes or not _can_add_up(area, footnotes):
        return _stock_update_footnote_area(self)
    heights = [_note_height(self, area, footnote) for footnote in footnotes]
    if None in heights:
        return _stock_update_footnote_area(self)

    if area.height != "auto" and not self.in_column:
        self.page_bottom += area.margin_height()
    area.children = footnotes
    # As block_container_layout does: each child starts where the previous border box ended,
    # then the area's height is clamped by min-height and max-height.
    content_top = area.content_box_y()
    position_y = content_top
    for height in heights:
        position_y += height
    area.height = max(min(max(0, position_y - content_top), area.max_height), area.min_height)
    if not self.in_column:
        self.page_bottom -= area.margin_height()
    area_bottom = area.position_y + area.margin_height() - area.margin_bottom
    return position_y > area_bottom


def _handle_leader(context, line, containing_block):
    """Drop-in for `handle_leader`: the same dots, drawn as one run of text instead of one
    text box per dot (a contents line had about 150 boxes, each drawn and tagged alone)."""
    _stock_handle_leader(context, line, containing_block)
    _, leader = leader_index(line)
    dots = leader.children if leader is not None else ()
    if len(dots) < 2 or not all(isinstance(dot, boxes.TextBox) for dot in dots):
        return
    # Stock places copies of one box from the right edge leftwards, a box width apart.
    step = dots[0].width
    if any(dot.text != dots[0].text for dot in dots) or any(
        abs(right.position_x - left.position_x - step) > 1e-6
        for right, left in zip(dots, dots[1:], strict=False)
    ):
        return
    leftmost = dots[-1]
    text = leftmost.text * len(dots)
    layout, length, resume_index, width, _, _ = split_first_line(
        text, leftmost.style, context, inf, leftmost.justification_spacing, is_line_start=False
    )
    # Only if the run is exactly the boxes side by side (no kerning, no ligature, one line).
    if resume_index is not None or layout.text != text or abs(width - step * len(dots)) > 1e-3:
        return
    run = leftmost.copy_with_text(text)
    run.pango_layout = layout
    run.width = width
    leader.children = (run,)


def install() -> bool:
    """Patch WeasyPrint if it is the pinned version; say whether the patch is in place."""
    if weasyprint.__version__ != PINNED_VERSION:
        return False
    LayoutContext._update_footnote_area = _update_footnote_area
    inline.handle_leader = _handle_leader
    return True


def uninstall() -> None:
    """Put the stock method back (the tests compare both)."""
    LayoutContext._update_footnote_area = _stock_update_footnote_area
    inline.handle_leader = _stock_handle_leader


def installed() -> bool:
    return (
        LayoutContext._update_footnote_area is _update_footnote_area
        and inline.handle_leader is _handle_leader
    )

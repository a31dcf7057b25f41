"""Charts drawn on the server as SVG: no JavaScript, the same drawing on screen and in print.

Each chart is an image with a <title> and <desc> (named by aria-labelledby) and carries its
data as a table for the page to show beside it. Colour never carries meaning alone: every bar
is labelled with its number, the legend names each colour, and each segment has a tooltip.
"""

from dataclasses import dataclass

from django.utils.html import escape
from django.utils.safestring import SafeString, mark_safe

LABEL_WIDTH = 250
BAR_WIDTH = 380
ROW_HEIGHT = 28
BAR_HEIGHT = 20
FONT = 'font-family="Arial, Helvetica, sans-serif" font-size="13"'
INK = "#0b0c0c"


@dataclass
class Series:
    """One colour of a chart: a rating level, a status."""

    label: str
    colour: str
    text_colour: str
    values: list[int]


@dataclass
class Chart:
    key: str
    title: str
    desc: str
    svg: SafeString
    columns: list[str]  # the data table's column headers after the first
    rows: list[tuple[str, list[int]]]  # the data table: a label and a value per column
    first_column: str = ""


def stacked_bars(
    key: str, title: str, desc: str, categories: list[str], series: list[Series], first_column=""
) -> Chart:
    """One horizontal bar per category, split into the series' values (left to right)."""
    legend_rows = (len(series) + 2) // 3
    height = len(categories) * ROW_HEIGHT + 16 + legend_rows * 22 + 8
    width = LABEL_WIDTH + BAR_WIDTH + 50
    totals = [sum(s.values[i] for s in series) for i in range(len(categories))]
    scale = BAR_WIDTH / max(max(totals, default=0), 1)
    parts = []
    for i, category in enumerate(categories):
        y = i * ROW_HEIGHT + 4
        parts.append(_text(LABEL_WIDTH - 8, y + 15, category, anchor="end"))
        x = float(LABEL_WIDTH)
        for s in series:
            value = s.values[i]
            if not value:
                continue
            w = value * scale
            parts.append(
                f'<rect x="{x:.1f}" y="{y}" width="{w:.1f}" height="{BAR_HEIGHT}" '
                f'fill="{escape(s.colour)}" stroke="#ffffff" stroke-width="1">'
                f"<title>{escape(category)}: {escape(s.label)}, {value}</title></rect>"
            )
            if w >= 18:
                parts.append(
                    _text(x + w / 2, y + 15, str(value), anchor="middle", fill=s.text_colour)
                )
            x += w
        parts.append(_text(x + 6, y + 15, f"{totals[i]}", fill=INK))
    parts.append(_legend(series, len(categories) * ROW_HEIGHT + 16))
    rows = [(category, [s.values[i] for s in series]) for i, category in enumerate(categories)]
    return _chart(
        key, title, desc, width, height, parts, [s.label for s in series], rows, first_column
    )


def bars(key: str, title: str, desc: str, series: list[Series], first_column="") -> Chart:
    """One bar per series, each with a single value: counts by status or freshness."""
    height = len(series) * ROW_HEIGHT + 8
    width = LABEL_WIDTH + BAR_WIDTH + 50
    scale = BAR_WIDTH / max(max((s.values[0] for s in series), default=0), 1)
    parts = []
    for i, s in enumerate(series):
        y = i * ROW_HEIGHT + 4
        value = s.values[0]
        w = value * scale
        parts.append(_text(LABEL_WIDTH - 8, y + 15, s.label, anchor="end"))
        if value:
            parts.append(
                f'<rect x="{LABEL_WIDTH}" y="{y}" width="{w:.1f}" height="{BAR_HEIGHT}" '
                f'fill="{escape(s.colour)}"><title>{escape(s.label)}: {value}</title></rect>'
            )
        parts.append(_text(LABEL_WIDTH + w + 6, y + 15, str(value)))
    rows = [(s.label, [s.values[0]]) for s in series]
    return _chart(key, title, desc, width, height, parts, ["Number"], rows, first_column)


def _legend(series: list[Series], top: int) -> str:
    out = []
    for i, s in enumerate(series):
        x = 10 + (i % 3) * 200
        y = top + (i // 3) * 22
        out.append(
            f'<rect x="{x}" y="{y}" width="14" height="14" fill="{escape(s.colour)}" '
            f'stroke="{INK}" stroke-width="0.5"/>'
        )
        out.append(_text(x + 20, y + 12, s.label))
    return "".join(out)


def _text(x, y, text, *, anchor="start", fill=INK) -> str:
    return (
        f'<text x="{x:.1f}" y="{y}" text-anchor="{anchor}" fill="{escape(fill)}" {FONT}>'
        f"{escape(text)}</text>"
    )


def _chart(key, title, desc, width, height, parts, columns, rows, first_column) -> Chart:
    svg = (
        f'<svg xmlns="http://www.w3.org/2000/svg" class="chart__svg" role="img" '
        f'viewBox="0 0 {width} {height}" width="{width}" height="{height}" '
        f'aria-labelledby="chart-{key}-title chart-{key}-desc">'
        f'<title id="chart-{key}-title">{escape(title)}</title>'
        f'<desc id="chart-{key}-desc">{escape(desc)}</desc>'
        f"{''.join(parts)}</svg>"
    )
    return Chart(key, title, desc, mark_safe(svg), columns, rows, first_column)  # noqa: S308

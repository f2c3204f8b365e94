"""Charts drawn on the server as SVG, with no script: horizontal bars (with an optional
limit line) and columns over time. Every label is text in the drawing (not colour
alone), every colour has a contrast of at least 4.5:1 on white, and the caller shows
the same figures in a table after each chart, for readers who cannot see it.

Every text that reaches the SVG goes through format_html, so a reader's comment with
markup in it stays text."""

from dataclasses import dataclass

from django.utils.html import format_html, format_html_join
from django.utils.safestring import SafeString, mark_safe

# #1d4f91 on white is 8.3:1; #a4262c (the limit line and its label) is 7.0:1; #333 text
# is 12.6:1.
BAR_COLOUR = "#1d4f91"
LIMIT_COLOUR = "#a4262c"
TEXT_COLOUR = "#333333"

LABEL_WIDTH = 220
BAR_AREA = 320
ROW_HEIGHT = 26
VALUE_GAP = 6
COLUMN_AREA_HEIGHT = 180
COLUMN_WIDTH = 48
COLUMN_GAP = 14
AXIS_SPACE = 40


@dataclass(frozen=True)
class Chart:
    title: str
    description: str
    svg: SafeString


def _frame(width: int, height: int, title: str, description: str, body: SafeString) -> str:
    return format_html(
        '<svg xmlns="http://www.w3.org/2000/svg" role="img" width="{}" height="{}" '
        'viewBox="0 0 {} {}" aria-labelledby="{}-t {}-d" class="quality-chart">'
        '<title id="{}-t">{}</title><desc id="{}-d">{}</desc>{}</svg>',
        width,
        height,
        width,
        height,
        *([_ident(title)] * 2),
        _ident(title),
        title,
        _ident(title),
        description,
        body,
    )


def _ident(title: str) -> str:
    """An id for the chart's title and description, from its title (unique per page)."""
    return "chart-" + "".join(c if c.isalnum() else "-" for c in title.lower())[:60]


def _number(value: float) -> str:
    return f"{value:g}" if float(value).is_integer() else f"{value:.1f}"


def bar_chart(
    title: str,
    description: str,
    rows: list[tuple[str, float]],
    *,
    limit_after: int | None = None,
    limit_label: str = "",
    scale_max: float | None = None,
) -> Chart:
    """Horizontal bars, one per (label, value), the value written at the bar's end.
    With `limit_after`, a dashed line below that row, labelled `limit_label` (for grade
    bands: the rows below the line are over the limit)."""
    top = max([value for _, value in rows] + [scale_max or 0, 1])
    height = ROW_HEIGHT * (len(rows) + 1)
    width = LABEL_WIDTH + BAR_AREA + 60
    parts = []
    for index, (label, value) in enumerate(rows):
        y = ROW_HEIGHT * index + 4
        length = round(BAR_AREA * value / top, 1)
        parts.append(
            format_html(
                '<text x="{}" y="{}" text-anchor="end" fill="{}" font-size="13">{}</text>'
                '<rect x="{}" y="{}" width="{}" height="{}" fill="{}"></rect>'
                '<text x="{}" y="{}" fill="{}" font-size="13">{}</text>',
                LABEL_WIDTH - VALUE_GAP,
                y + 14,
                TEXT_COLOUR,
                label[:40],
                LABEL_WIDTH,
                y,
                length,
                ROW_HEIGHT - 8,
                BAR_COLOUR,
                LABEL_WIDTH + length + VALUE_GAP,
                y + 14,
                TEXT_COLOUR,
                _number(value),
            )
        )
    if limit_after is not None:
        y = ROW_HEIGHT * (limit_after + 1) + 1
        parts.append(
            format_html(
                '<line x1="0" y1="{}" x2="{}" y2="{}" stroke="{}" stroke-width="2" '
                'stroke-dasharray="6 3"></line>'
                '<text x="{}" y="{}" fill="{}" font-size="12" text-anchor="end">{}</text>',
                y,
                width,
                y,
                LIMIT_COLOUR,
                width,
                y - 3,
                LIMIT_COLOUR,
                limit_label,
            )
        )
    body = mark_safe("".join(parts))  # each part built by format_html above
    return Chart(title, description, mark_safe(_frame(width, height, title, description, body)))


def column_chart(
    title: str, description: str, columns: list[tuple[str, float]], *, unit: str = ""
) -> Chart:
    """Columns over time, one per (period label, value), the value written above each."""
    top = max([value for _, value in columns] + [1])
    width = max(len(columns), 1) * (COLUMN_WIDTH + COLUMN_GAP) + COLUMN_GAP
    height = COLUMN_AREA_HEIGHT + AXIS_SPACE
    parts = format_html_join(
        "",
        '<rect x="{}" y="{}" width="{}" height="{}" fill="{}"></rect>'
        '<text x="{}" y="{}" fill="{}" font-size="12" text-anchor="middle">{}</text>'
        '<text x="{}" y="{}" fill="{}" font-size="11" text-anchor="middle">{}</text>',
        (
            (
                x,
                COLUMN_AREA_HEIGHT - length,
                COLUMN_WIDTH,
                length,
                BAR_COLOUR,
                x + COLUMN_WIDTH / 2,
                COLUMN_AREA_HEIGHT - length - 4,
                TEXT_COLOUR,
                _number(value) + unit,
                x + COLUMN_WIDTH / 2,
                COLUMN_AREA_HEIGHT + 16,
                TEXT_COLOUR,
                label,
            )
            for index, (label, value) in enumerate(columns)
            for x in [COLUMN_GAP + index * (COLUMN_WIDTH + COLUMN_GAP)]
            for length in [round((COLUMN_AREA_HEIGHT - 20) * value / top, 1)]
        ),
    )
    return Chart(title, description, mark_safe(_frame(width, height, title, description, parts)))

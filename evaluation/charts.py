"""Accessible charts as server-rendered SVG: no JavaScript, no inline styles, readable without colour.

Every chart is an ``<svg role="img">`` with a ``<title>`` and a ``<desc>``; each bar or point
carries its value as text, series differ by pattern, marker shape and dash as well as by colour,
and the page always shows the data table beside the chart (templates/evaluation/_indicator.html).
Colours are presentation attributes (``fill=``), which the Content-Security-Policy allows and
WeasyPrint renders in the annual report.

Charts are drawn for a phone: at most ``WIDTH`` (360) units wide with text of 14 units, shown at
their own size (1 unit = 1 px) and shrunk only to fit a narrower column, so that on a 390 px
phone no text is smaller than 11 px. Bar labels sit on their own line above the bars rather than
beside them, where they left the bars no room in so narrow a drawing.
"""

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from html import escape

from django.utils import formats
from django.utils.safestring import SafeString, mark_safe
from django.utils.translation import gettext as _

Number = int | float
Formatter = Callable[[Number], str]

WIDTH = 360
FONT_SIZE = 14
FONT = 'font-family="system-ui, sans-serif"'
# Text widths are estimated (no font metrics on the server): about this many units per character.
CHAR_WIDTH = 7.8
# (colour, pattern) per series: solid, hatched, dotted, cross-hatched — distinct in grey print too.
STYLES = [
    ("#0b4f8a", "solid"),
    ("#a3470a", "hatch"),
    ("#1f6b35", "dots"),
    ("#5a3e8a", "cross"),
    ("#4a5560", "hatch-back"),
]
MARKERS = ["circle", "square", "triangle", "diamond", "circle"]
DASHES = ["", "8 4", "2 3", "10 3 2 3", "4 4"]
LABEL_CHARS = 42


@dataclass(frozen=True)
class Series:
    name: str
    values: Sequence[Number | None]


def format_number(value: Number) -> str:
    return formats.number_format(
        value, decimal_pos=None if isinstance(value, int) else 1, force_grouping=True
    )


def _text(value) -> str:
    return escape(str(value), quote=True)


def _short(label: str) -> str:
    label = str(label)
    return label if len(label) <= LABEL_CHARS else label[: LABEL_CHARS - 1].rstrip() + "…"


def _is_empty(series: Sequence[Series]) -> bool:
    return not any(value for one in series for value in one.values)


def empty_state() -> SafeString:
    return mark_safe(f'<p class="empty chart-empty">{_text(_("No data for this period."))}</p>')


def _patterns(chart_id: str, count: int) -> str:
    """One <pattern> per series after the first, so bars differ by texture, not only by colour."""
    defs = []
    for index in range(count):
        colour, kind = STYLES[index % len(STYLES)]
        pid = f"{chart_id}-p{index}"
        if kind == "solid":
            continue
        if kind in {"hatch", "hatch-back"}:
            angle = 45 if kind == "hatch" else -45
            body = (
                f'<rect width="8" height="8" fill="#ffffff"/>'
                f'<path d="M0 0 L0 8" stroke="{colour}" stroke-width="4"/>'
            )
            defs.append(
                f'<pattern id="{pid}" width="8" height="8" patternUnits="userSpaceOnUse" '
                f'patternTransform="rotate({angle})">{body}</pattern>'
            )
        elif kind == "dots":
            defs.append(
                f'<pattern id="{pid}" width="6" height="6" patternUnits="userSpaceOnUse">'
                f'<rect width="6" height="6" fill="#ffffff"/>'
                f'<circle cx="3" cy="3" r="2" fill="{colour}"/></pattern>'
            )
        else:
            defs.append(
                f'<pattern id="{pid}" width="8" height="8" patternUnits="userSpaceOnUse">'
                f'<rect width="8" height="8" fill="#ffffff"/>'
                f'<path d="M0 4 H8 M4 0 V8" stroke="{colour}" stroke-width="2"/></pattern>'
            )
    return f"<defs>{''.join(defs)}</defs>" if defs else ""


def _fill(chart_id: str, index: int) -> str:
    colour, kind = STYLES[index % len(STYLES)]
    if kind == "solid":
        return f'fill="{colour}"'
    return f'fill="url(#{chart_id}-p{index})" stroke="{colour}" stroke-width="1.5"'


def _svg(
    chart_id: str, title: str, description: str, height: int, body: str, width: int = WIDTH
) -> SafeString:
    return mark_safe(
        f'<svg class="chart" id="{chart_id}" role="img" viewBox="0 0 {width} {height}" '
        f'width="{width}" height="{height}" aria-labelledby="{chart_id}-title {chart_id}-desc" '
        f'xmlns="http://www.w3.org/2000/svg" {FONT} font-size="{FONT_SIZE}">'
        f'<title id="{chart_id}-title">{_text(title)}</title>'
        f'<desc id="{chart_id}-desc">{_text(description)}</desc>{body}</svg>'
    )


LEGEND_LINE = 22


def _legend_lines(series: Sequence[Series], *, lines: bool = False) -> list[list[tuple[int, int, str]]]:
    """The legend's entries as lines of (series index, x, name), wrapped to fit ``WIDTH``."""
    if len(series) < 2:
        return []
    rows: list[list[tuple[int, int, str]]] = [[]]
    x = 2
    swatch = 30 if lines else 20
    for index, one in enumerate(series):
        name = _short(one.name)
        width = swatch + int(len(name) * CHAR_WIDTH)
        if rows[-1] and x + width > WIDTH:
            rows.append([])
            x = 2
        rows[-1].append((index, x, name))
        x += width + 22
    return rows


def _legend_height(series: Sequence[Series], *, lines: bool = False) -> int:
    """The height the legend takes at the top of the chart (0 for a single series)."""
    return LEGEND_LINE * len(_legend_lines(series, lines=lines))


def _legend(chart_id: str, series: Sequence[Series], y: int, *, lines: bool = False) -> str:
    items = []
    for row, entries in enumerate(_legend_lines(series, lines=lines)):
        baseline = y + row * LEGEND_LINE
        for index, x, name in entries:
            if lines:
                colour = STYLES[index % len(STYLES)][0]
                swatch = (
                    f'<line x1="{x}" y1="{baseline - 4}" x2="{x + 24}" y2="{baseline - 4}" stroke="{colour}" '
                    f'stroke-width="2.5"{_dash(index)}/>{_marker(index, x + 12, baseline - 4)}'
                )
                text_x = x + 30
            else:
                swatch = (
                    f'<rect x="{x}" y="{baseline - 11}" width="14" height="14" {_fill(chart_id, index)}/>'
                )
                text_x = x + 20
            items.append(f'{swatch}<text x="{text_x}" y="{baseline}">{_text(name)}</text>')
    return f'<g class="chart-legend">{"".join(items)}</g>' if items else ""


def bar_chart(
    *,
    chart_id: str,
    title: str,
    description: str,
    labels: Sequence[str],
    series: Sequence[Series],
    value_format: Formatter = format_number,
    max_value: Number | None = None,
) -> SafeString:
    """Horizontal bars, one group per label and one bar per series, each with its value as text.

    Each group's label is written on its own line above its bars, so the bars have the chart's
    whole width. Bar lengths are proportional to the values (0 to ``max_value``, by default the
    largest value).
    """
    if not labels or _is_empty(series):
        return empty_state()
    left, value_width = 2, 78
    bar_space = WIDTH - left - value_width
    label_height, bar_height, gap = 20, 20, 10
    top = _legend_height(series) + 2
    scale_max = max_value or max((v for one in series for v in one.values if v is not None), default=0) or 1
    group_height = label_height + bar_height * len(series) + gap
    height = top + group_height * len(labels) - gap + 4
    parts = [_patterns(chart_id, len(series)), _legend(chart_id, series, 16)]
    for row, label in enumerate(labels):
        y0 = top + row * group_height
        parts.append(
            f'<text class="chart-label" x="{left}" y="{y0 + 15}">'
            f"<title>{_text(label)}</title>{_text(_short(label))}</text>"
        )
        bars_top = y0 + label_height
        for index, one in enumerate(series):
            value = one.values[row]
            y = bars_top + index * bar_height
            length = 0.0 if value is None else max(0.0, float(value)) / float(scale_max) * bar_space
            shown = "–" if value is None else value_format(value)
            if length:
                parts.append(
                    f'<rect class="chart-bar" x="{left}" y="{y + 1}" width="{length:.1f}" '
                    f'height="{bar_height - 2}" {_fill(chart_id, index)}>'
                    f"<title>{_text(one.name)}: {_text(shown)}</title></rect>"
                )
            parts.append(
                f'<text class="chart-value" x="{left + length + 5:.1f}" y="{y + bar_height - 5}">'
                f"{_text(shown)}</text>"
            )
        parts.append(
            f'<line x1="{left}" y1="{bars_top}" x2="{left}" y2="{bars_top + bar_height * len(series)}" '
            f'stroke="#1b1f24"/>'
        )
    return _svg(chart_id, title, description, height, "".join(parts))


def _dash(index: int) -> str:
    dash = DASHES[index % len(DASHES)]
    return f' stroke-dasharray="{dash}"' if dash else ""


def _marker(index: int, x: float, y: float) -> str:
    colour = STYLES[index % len(STYLES)][0]
    shape = MARKERS[index % len(MARKERS)]
    if shape == "square":
        return f'<rect x="{x - 4:.1f}" y="{y - 4:.1f}" width="8" height="8" fill="{colour}"/>'
    if shape == "triangle":
        points = f"M{x:.1f} {y - 5:.1f} L{x + 5:.1f} {y + 4:.1f} L{x - 5:.1f} {y + 4:.1f} Z"
        return f'<path d="{points}" fill="{colour}"/>'
    if shape == "diamond":
        points = f"M{x:.1f} {y - 5:.1f} L{x + 5:.1f} {y:.1f} L{x:.1f} {y + 5:.1f} L{x - 5:.1f} {y:.1f} Z"
        return f'<path d="{points}" fill="{colour}"/>'
    return f'<circle cx="{x:.1f}" cy="{y:.1f}" r="4" fill="{colour}"/>'


def step_chart(
    *,
    chart_id: str,
    title: str,
    description: str,
    x_labels: Sequence[str],
    series: Sequence[Series],
    value_format: Formatter = format_number,
) -> SafeString:
    """A time series drawn as steps (a count that holds until it changes), one line per series.

    Lines differ by colour, dash and marker shape; each point where a value changes (and the
    first and last point) carries its value as text.
    """
    if not x_labels or _is_empty(series):
        return empty_state()
    left, right, bottom = 48, 36, 36
    top = _legend_height(series, lines=True) + 20
    height = 280
    plot_width, plot_height = WIDTH - left - right, height - top - bottom
    values = [v for one in series for v in one.values if v is not None]
    scale_max = max(values) or 1
    count = len(x_labels)

    def x_at(i: int) -> float:
        return left + (plot_width * i / (count - 1) if count > 1 else plot_width / 2)

    def y_at(value: Number) -> float:
        return top + plot_height - float(value) / float(scale_max) * plot_height

    parts = [_legend(chart_id, series, 16, lines=True)]
    for tick in (0, scale_max / 2, scale_max):
        y = y_at(tick)
        tick_value = round(tick) if float(tick).is_integer() else tick
        parts.append(
            f'<line x1="{left}" y1="{y:.1f}" x2="{left + plot_width}" y2="{y:.1f}" stroke="#c9d1d9"/>'
            f'<text x="{left - 6}" y="{y + 4:.1f}" text-anchor="end">{_text(value_format(tick_value))}</text>'
        )
    # As many x labels as fit side by side.
    fitting = max(2, int(plot_width // (max(len(str(label)) for label in x_labels) * CHAR_WIDTH + 12)))
    every = max(1, -(-count // fitting))
    for i, label in enumerate(x_labels):
        if (i % every == 0 and count - 1 - i >= every) or i == count - 1:
            parts.append(
                f'<text class="chart-x" x="{x_at(i):.1f}" y="{height - bottom + 18}" text-anchor="middle">'
                f"{_text(label)}</text>"
            )
    for index, one in enumerate(series):
        colour = STYLES[index % len(STYLES)][0]
        path, previous = [], None
        for i, value in enumerate(one.values):
            if value is None:
                previous = None
                continue
            x, y = x_at(i), y_at(value)
            path.append(f"M{x:.1f} {y:.1f}" if previous is None else f"H{x:.1f} V{y:.1f}")
            previous = value
        parts.append(
            f'<path class="chart-line" d="{" ".join(path)}" fill="none" stroke="{colour}" '
            f'stroke-width="2.5"{_dash(index)}/>'
        )
        shown_before = None
        for i, value in enumerate(one.values):
            if value is None:
                continue
            x, y = x_at(i), y_at(value)
            parts.append(_marker(index, x, y))
            if value != shown_before or i == count - 1:
                offset = -8 if index % 2 == 0 else 16
                parts.append(
                    f'<text class="chart-value" x="{x:.1f}" y="{y + offset:.1f}" text-anchor="middle">'
                    f"{_text(value_format(value))}</text>"
                )
                shown_before = value
    parts.append(
        f'<line x1="{left}" y1="{top + plot_height}" x2="{left + plot_width}" y2="{top + plot_height}" '
        f'stroke="#1b1f24"/>'
    )
    return _svg(chart_id, title, description, height, "".join(parts))


# Darker tiles for more members; the count is printed on every tile, so colour only repeats it.
TILE_SHADES = [
    (10, "#0b4f8a", "#ffffff"),
    (6, "#3f7fbf", "#ffffff"),
    (3, "#8fb3d9", "#1b1f24"),
    (1, "#d6e4f0", "#1b1f24"),
]


def tile_map(
    *,
    chart_id: str,
    title: str,
    description: str,
    counts: dict[str, int],
    panels: Sequence[tuple[str, str]],
) -> SafeString:
    """A tile map: one square per region, placed roughly where it lies, with its count printed.

    ``panels`` are (country code, heading) pairs drawn side by side; ``counts`` maps region
    names (as in ``evaluation.regions.TILES``) to numbers.
    """
    from .regions import TILES

    if not any(counts.values()):
        return empty_state()
    # Both countries side by side in about 400 units: the codes keep 14 units, like the other text.
    tile, gap, top, margin, between = 34, 3, 30, 4, 18
    parts, x0 = [], margin
    height = top + 9 * (tile + gap) + margin
    for country, heading in panels:
        tiles = [
            (name, code, column, row)
            for name, code, tile_country, column, row in TILES
            if tile_country == country
        ]
        columns = max(column for *_rest, column, _row in tiles) + 1
        parts.append(f'<text x="{x0}" y="18" font-weight="700">{_text(heading)}</text>')
        for name, code, column, row in tiles:
            count = counts.get(name, 0)
            fill, ink = next(
                ((f, i) for at_least, f, i in TILE_SHADES if count >= at_least), ("#ffffff", "#4a5560")
            )
            x, y = x0 + column * (tile + gap), top + row * (tile + gap)
            shown = f"{name}: {format_number(count)}"
            parts.append(
                f'<g class="chart-tile"><title>{_text(shown)}</title>'
                f'<rect x="{x}" y="{y}" width="{tile}" height="{tile}" fill="{fill}" stroke="#4a5560"/>'
                f'<text x="{x + 3}" y="{y + 14}" fill="{ink}">{_text(code)}</text>'
            )
            if count:
                parts.append(
                    f'<text class="chart-value" x="{x + tile / 2:.0f}" y="{y + 31}" text-anchor="middle" '
                    f'font-size="16" font-weight="700" fill="{ink}">{_text(format_number(count))}</text>'
                )
            parts.append("</g>")
        x0 += columns * (tile + gap) - gap + between
    return _svg(chart_id, title, description, height, "".join(parts), width=x0 - between + margin)

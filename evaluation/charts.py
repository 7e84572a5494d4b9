"""Accessible charts as server-rendered SVG: no JavaScript, no inline styles, readable without colour.

Every chart is an ``<svg role="img">`` with a ``<title>`` and a ``<desc>``; each bar or point
carries its value as text, series differ by pattern, marker shape and dash as well as by colour,
and the page always shows the data table beside the chart (templates/evaluation/_indicator.html).
Colours are presentation attributes (``fill=``), which the Content-Security-Policy allows and
WeasyPrint renders in the annual report.
"""

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from html import escape

from django.utils import formats
from django.utils.safestring import SafeString, mark_safe
from django.utils.translation import gettext as _

Number = int | float
Formatter = Callable[[Number], str]

WIDTH = 640
FONT = 'font-family="system-ui, sans-serif"'
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
LABEL_CHARS = 26


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
        f'xmlns="http://www.w3.org/2000/svg" {FONT} font-size="14">'
        f'<title id="{chart_id}-title">{_text(title)}</title>'
        f'<desc id="{chart_id}-desc">{_text(description)}</desc>{body}</svg>'
    )


def _legend(chart_id: str, series: Sequence[Series], y: int, *, lines: bool = False) -> str:
    if len(series) < 2:
        return ""
    items, x = [], 8
    for index, one in enumerate(series):
        if lines:
            colour = STYLES[index % len(STYLES)][0]
            swatch = (
                f'<line x1="{x}" y1="{y - 4}" x2="{x + 24}" y2="{y - 4}" stroke="{colour}" stroke-width="2.5"'
                f"{_dash(index)}/>{_marker(index, x + 12, y - 4)}"
            )
            x += 30
        else:
            swatch = f'<rect x="{x}" y="{y - 11}" width="14" height="14" {_fill(chart_id, index)}/>'
            x += 20
        items.append(f'{swatch}<text x="{x}" y="{y}">{_text(one.name)}</text>')
        x += 22 + int(len(str(one.name)) * 7.8)
    return f'<g class="chart-legend">{"".join(items)}</g>'


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

    Bar lengths are proportional to the values (0 to ``max_value``, by default the largest value).
    """
    if not labels or _is_empty(series):
        return empty_state()
    label_width, value_width = 210, 80
    bar_space = WIDTH - label_width - value_width
    bar_height, gap = 20, 12
    top = 26 if len(series) > 1 else 8
    scale_max = max_value or max((v for one in series for v in one.values if v is not None), default=0) or 1
    group_height = bar_height * len(series) + gap
    height = top + group_height * len(labels) + 4
    parts = [_patterns(chart_id, len(series)), _legend(chart_id, series, 16)]
    for row, label in enumerate(labels):
        y0 = top + row * group_height
        middle = y0 + bar_height * len(series) / 2
        parts.append(
            f'<text class="chart-label" x="{label_width - 8}" y="{middle + 4:.1f}" text-anchor="end">'
            f"<title>{_text(label)}</title>{_text(_short(label))}</text>"
        )
        for index, one in enumerate(series):
            value = one.values[row]
            y = y0 + index * bar_height
            length = 0.0 if value is None else max(0.0, float(value)) / float(scale_max) * bar_space
            shown = "–" if value is None else value_format(value)
            if length:
                parts.append(
                    f'<rect class="chart-bar" x="{label_width}" y="{y + 1}" width="{length:.1f}" '
                    f'height="{bar_height - 2}" {_fill(chart_id, index)}>'
                    f"<title>{_text(one.name)}: {_text(shown)}</title></rect>"
                )
            parts.append(
                f'<text class="chart-value" x="{label_width + length + 5:.1f}" y="{y + bar_height - 5}">'
                f"{_text(shown)}</text>"
            )
    parts.append(
        f'<line x1="{label_width}" y1="{top - 2}" x2="{label_width}" y2="{height - 2}" stroke="#1b1f24"/>'
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
    left, right, top, bottom = 48, 70, 34 if len(series) > 1 else 14, 36
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
    # As many x labels as fit side by side (about 8 px per character at this size).
    fitting = max(2, plot_width // (max(len(str(label)) for label in x_labels) * 8 + 12))
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
    tile, gap, top, margin = 50, 4, 30, 10
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
                f'<text x="{x + 4}" y="{y + 14}" font-size="11" fill="{ink}">{_text(code)}</text>'
            )
            if count:
                parts.append(
                    f'<text class="chart-value" x="{x + tile / 2:.0f}" y="{y + 40}" text-anchor="middle" '
                    f'font-size="18" font-weight="700" fill="{ink}">{_text(format_number(count))}</text>'
                )
            parts.append("</g>")
        x0 += columns * (tile + gap) + 40
    return _svg(chart_id, title, description, height, "".join(parts), width=x0 - 40 + margin)

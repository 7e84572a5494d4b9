"""The indicators of evaluation areas A–E, registered by key.

An indicator is a plain function ``(period) -> Table`` decorated with ``@indicator``; adding one
means writing that function in the module of its area. The dashboard, the CSV export and the
annual report all go through ``REGISTRY`` and ``compute``.
"""

from collections.abc import Callable
from dataclasses import dataclass
from functools import cached_property

from django.utils import formats
from django.utils.functional import Promise
from django.utils.safestring import SafeString
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _

from evaluation import charts
from evaluation.period import Period
from members.models import Country

from .common import one_pass
from .tables import Kind, Table, format_value

AREAS: dict[str, Promise] = {
    "A": _("A. Relevance of project ideas and proposals to the priorities"),
    "B": _("B. Relevance of information activities to the priorities"),
    "C": _("C. Member engagement"),
    "D": _("D. Impact on the network: membership"),
    "E": _("E. Feasibility and risks of the strategy"),
}


@dataclass(frozen=True)
class ChartSpec:
    """How to chart an indicator's table: ``bar`` (grouped horizontal bars), ``step`` (time series)
    or ``tilemap`` (one square per region of Sweden and Italy; the label column names the region)."""

    kind: str
    values: tuple[int, ...] | slice  # the charted columns; a slice for a varying number of columns
    label: int = 0
    max_value: float | None = None


@dataclass(frozen=True)
class Indicator:
    key: str
    area: str
    title: Promise
    description: Promise
    compute: Callable[[Period], Table]
    chart: ChartSpec | None = None


REGISTRY: dict[str, Indicator] = {}


def indicator(*, key: str, area: str, title: Promise, description: Promise, chart: ChartSpec | None = None):
    def register(function: Callable[[Period], Table]) -> Callable[[Period], Table]:
        if key in REGISTRY:
            raise ValueError(f"Indicator {key!r} is registered twice.")
        if area not in AREAS:
            raise ValueError(f"Unknown evaluation area {area!r}.")
        REGISTRY[key] = Indicator(key, area, title, description, function, chart)
        return function

    return register


# The dashboard and the report show the first rows of a long table (the most active members
# first) and the totals of all of them; the CSV export has every row (issue 16: 10,000 members).
SHOWN_ROWS = 20


def shortened(table: Table, limit: int = SHOWN_ROWS) -> Table:
    """The table's first ``limit`` rows; a total row over all rows when it had none."""
    if len(table.rows) <= limit:
        return table
    total = table.total
    if total is None:
        sums = [
            sum(row[i] or 0 for row in table.rows) if column.kind in (Kind.INT, Kind.EUR) else None
            for i, column in enumerate(table.columns)
        ]
        total = (
            gettext("All %(count)s rows") % {"count": formats.number_format(len(table.rows))},
            *sums[1:],
        )
    note = gettext("The first %(shown)s of %(count)s rows; the CSV has all of them.") % {
        "shown": limit,
        "count": formats.number_format(len(table.rows), force_grouping=True),
    }
    return Table(columns=table.columns, rows=table.rows[:limit], total=total, notes=[*table.notes, note])


@dataclass
class Result:
    indicator: Indicator
    table: Table

    @cached_property
    def shown(self) -> Table:
        """What a page shows: the table shortened to ``SHOWN_ROWS`` rows."""
        return shortened(self.table)

    @property
    def chart(self) -> SafeString | None:
        spec = self.indicator.chart
        if spec is None:
            return None
        table = self.shown
        chart_id = f"chart-{self.indicator.key}"
        label_kind = table.columns[spec.label].kind
        if spec.kind == "step" and label_kind == Kind.DATE:
            # Month ends on the x axis: "Jan 2025" is enough (the exact days are in the table).
            labels = [formats.date_format(day, "M Y") for day in table.column(spec.label)]
        else:
            labels = [format_value(value, label_kind) for value in table.column(spec.label)]
        charted = (
            list(range(len(table.columns)))[spec.values] if isinstance(spec.values, slice) else spec.values
        )
        series = [charts.Series(str(table.columns[i].label), table.column(i)) for i in charted]
        kind = table.columns[charted[0]].kind

        def value_format(value) -> str:
            return format_value(value, kind)

        common = {
            "chart_id": chart_id,
            "title": str(self.indicator.title),
            "description": str(self.indicator.description),
            "series": series,
            "value_format": value_format,
        }
        if spec.kind == "step":
            return charts.step_chart(x_labels=labels, **common)
        if spec.kind == "tilemap":
            counts = {str(row[spec.label]): row[charted[0]] for row in table.rows}
            panels = [
                (Country.SWEDEN.value, str(Country.SWEDEN.label)),
                (Country.ITALY.value, str(Country.ITALY.label)),
            ]
            return charts.tile_map(
                chart_id=chart_id,
                title=common["title"],
                description=common["description"],
                counts=counts,
                panels=panels,
            )
        return charts.bar_chart(labels=labels, max_value=spec.max_value, **common)


def compute(key: str, period: Period) -> Result:
    found = REGISTRY[key]
    return Result(found, found.compute(period))


def compute_all(period: Period, progress: Callable[[int, int], None] | None = None) -> list[dict]:
    """Every indicator, grouped by area in order A–E: ``[{"code", "title", "results"}]``."""
    areas = [{"code": code, "title": title, "results": []} for code, title in AREAS.items()]
    by_code = {area["code"]: area for area in areas}
    indicators = list(REGISTRY.values())
    with one_pass():  # figures that several indicators show are read once
        for done, found in enumerate(indicators, start=1):
            by_code[found.area]["results"].append(Result(found, found.compute(period)))
            if progress:
                progress(done, len(indicators))
    return areas


__all__ = [
    "AREAS",
    "REGISTRY",
    "ChartSpec",
    "Indicator",
    "Kind",
    "Result",
    "compute",
    "compute_all",
    "indicator",
]

"""What an indicator returns: a table of plain values, with the kind of each column."""

import datetime
from dataclasses import dataclass, field
from decimal import Decimal

from django.utils import formats

Value = str | int | float | Decimal | datetime.date | None


class Kind:
    TEXT = "text"
    INT = "int"
    PERCENT = "percent"  # a fraction, 0.0 to 1.0
    EUR = "eur"
    DATE = "date"

    NUMERIC = frozenset({INT, PERCENT, EUR})


@dataclass(frozen=True)
class Column:
    label: str
    kind: str = Kind.TEXT

    @property
    def is_numeric(self) -> bool:
        return self.kind in Kind.NUMERIC


def label_and_counts(label: str, *counts: str) -> list[Column]:
    """The columns of the commonest table: a text column naming each row, then whole numbers."""
    return [Column(label), *(Column(count, Kind.INT) for count in counts)]


@dataclass(frozen=True)
class Cell:
    text: str
    numeric: bool


def format_value(value: Value, kind: str) -> str:
    """The value as people read it, in the active language (text, e.g. a total's label, as is)."""
    if value is None:
        return "–"
    if isinstance(value, str) or kind == Kind.TEXT:
        return str(value)
    if kind == Kind.PERCENT:
        return f"{formats.number_format(round(float(value) * 100))} %"
    if kind == Kind.INT:
        return formats.number_format(value, force_grouping=True)
    if kind == Kind.EUR:
        return f"EUR {formats.number_format(round(value), force_grouping=True)}"
    if kind == Kind.DATE:
        return formats.date_format(value, "DATE_FORMAT")
    return str(value)


def csv_value(value: Value, kind: str) -> str | int | float | Decimal:
    """The value for a spreadsheet: numbers unformatted, percentages from 0 to 100, ISO dates."""
    if value is None:
        return ""
    if isinstance(value, str):
        return value
    if kind == Kind.PERCENT:
        return round(float(value) * 100, 1)
    if kind == Kind.DATE:
        return value.isoformat()
    if kind == Kind.EUR:
        # A Decimal, not text: sern_portal.csv_export writes it with the language's decimal mark.
        return Decimal(value).quantize(Decimal("0.01"))
    return value if kind == Kind.INT else str(value)


@dataclass
class Table:
    """Rows of values, one per column; ``total`` is an optional last row (a ``<tfoot>``, not charted)."""

    columns: list[Column]
    rows: list[tuple[Value, ...]]
    total: tuple[Value, ...] | None = None
    notes: list[str] = field(default_factory=list)

    def __post_init__(self) -> None:
        for row in [*self.rows, *([self.total] if self.total else [])]:
            if len(row) != len(self.columns):
                raise ValueError(f"A row has {len(row)} values for {len(self.columns)} columns: {row!r}")

    @property
    def is_empty(self) -> bool:
        return not self.rows

    def column(self, index: int) -> list[Value]:
        return [row[index] for row in self.rows]

    def _cells(self, row: tuple[Value, ...]) -> list[Cell]:
        return [
            Cell(format_value(value, column.kind), column.is_numeric)
            for value, column in zip(row, self.columns, strict=True)
        ]

    @property
    def display_rows(self) -> list[list[Cell]]:
        return [self._cells(row) for row in self.rows]

    @property
    def display_total(self) -> list[Cell] | None:
        return self._cells(self.total) if self.total else None

    def csv_rows(self) -> list[list]:
        header = [
            f"{column.label} (%)" if column.kind == Kind.PERCENT else str(column.label)
            for column in self.columns
        ]
        body = [
            [csv_value(value, column.kind) for value, column in zip(row, self.columns, strict=True)]
            for row in [*self.rows, *([self.total] if self.total else [])]
        ]
        return [header, *body]

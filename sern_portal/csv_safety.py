"""Cells of CSV exports that a spreadsheet cannot run as formulas (CSV / formula injection).

A spreadsheet reads a cell starting with ``=``, ``+``, ``-`` or ``@`` (and, in some programs, a
tab or carriage return) as a formula: an organisation named ``=HYPERLINK("http://evil", "x")``
would become a live link, or worse, on the secretariat's computer. Such text cells are prefixed
with an apostrophe, which spreadsheets show as plain text. Numbers stay numbers: ``-3`` or
``-1.50`` (``-1,50`` with a decimal comma) are kept, as they cannot carry a formula.
"""

import re
from collections.abc import Iterable
from typing import Any

FORMULA_TRIGGERS = ("=", "+", "-", "@", "\t", "\r")
PLAIN_NUMBER = re.compile(r"[+-]?\d+(?:[.,]\d+)?")


def safe_cell(value: Any) -> Any:
    """The value, with text that a spreadsheet would read as a formula neutralised by a ``'``."""
    if not isinstance(value, str) or not value.startswith(FORMULA_TRIGGERS):
        return value
    if PLAIN_NUMBER.fullmatch(value):
        return value
    return "'" + value


def safe_row(row: Iterable[Any]) -> list[Any]:
    """Every cell of a row through ``safe_cell``."""
    return [safe_cell(value) for value in row]

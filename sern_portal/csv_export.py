"""CSV files that open correctly in the spreadsheet programs of the page's language.

Spreadsheets split a CSV by the list separator of the computer's locale and read numbers with its
decimal separator: in Swedish and Italian that is ``;`` and a decimal comma, so a comma-separated
file with "66.7" lands in one column, or as a date. Every export of the portal goes through
``csv_response`` (the desk's applications, the evaluation's indicators), which writes:

- a UTF-8 byte-order mark, so å, ä, ö and à are read as UTF-8;
- ``;`` and decimal commas for sv and it, ``,`` and decimal points for en;
- numbers (int, float, Decimal) as plain digits without grouping, dates as ISO ``2025-12-31``
  (read as a date in every locale), date-times as local ``2025-12-31 14:05``.

``spreadsheet_cell`` converts one value; it is the one place where every cell passes, for checks
that concern all exports.
"""

import csv
import datetime
from collections.abc import Iterable
from decimal import Decimal

from django.conf import settings
from django.http import HttpResponse
from django.utils import timezone
from django.utils.translation import get_language

from sern_portal.csv_safety import safe_cell

# Languages whose spreadsheets expect ";" between cells and "," before decimals.
DECIMAL_COMMA_LANGUAGES = {"sv", "it"}
BYTE_ORDER_MARK = "\ufeff"


def csv_language(language: str | None = None) -> str:
    return (language or get_language() or settings.LANGUAGE_CODE)[:2]


def delimiter_for(language: str | None = None) -> str:
    return ";" if csv_language(language) in DECIMAL_COMMA_LANGUAGES else ","


def spreadsheet_cell(value, language: str | None = None) -> str:
    """One value as text a spreadsheet in ``language`` reads as the right type."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return str(value)
    if isinstance(value, datetime.datetime):
        if timezone.is_aware(value):
            value = timezone.localtime(value)
        return value.strftime("%Y-%m-%d %H:%M")
    if isinstance(value, datetime.date):
        return value.isoformat()
    if isinstance(value, int):
        return str(value)
    if isinstance(value, float | Decimal):
        text = format(value, "f") if isinstance(value, Decimal) else repr(value)
        if csv_language(language) in DECIMAL_COMMA_LANGUAGES:
            text = text.replace(".", ",")
        return text
    # Text a spreadsheet would run as a formula (an organisation named "=HYPERLINK(…)") is neutralised.
    return safe_cell(str(value))


def write_rows(response, rows: Iterable[Iterable], language: str | None = None) -> None:
    language = csv_language(language)
    writer = csv.writer(response, delimiter=delimiter_for(language))
    for row in rows:
        writer.writerow([spreadsheet_cell(value, language) for value in row])


def csv_response(rows: Iterable[Iterable], filename: str, language: str | None = None) -> HttpResponse:
    """An attachment ``filename`` holding ``rows`` (the first is the header) for ``language``."""
    response = HttpResponse(content_type="text/csv; charset=utf-8")
    response["Content-Disposition"] = f'attachment; filename="{filename}"'
    response.write(BYTE_ORDER_MARK)
    write_rows(response, rows, language)
    return response

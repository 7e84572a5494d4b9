"""Excel workbooks (.xlsx) of the same rows the CSV exports write.

Cells keep their types: numbers are numbers, dates are dates, so sums and filters work without
the decimal-separator guesswork of CSV. Text is always written as a text cell (never a formula),
so an organisation named ``=HYPERLINK(…)`` shows as that text and cannot run.
"""

import datetime
import io
from collections.abc import Iterable
from decimal import Decimal

from django.http import HttpResponse
from django.utils import timezone
from openpyxl import Workbook
from openpyxl.cell import WriteOnlyCell
from openpyxl.styles import Font

XLSX_CONTENT_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
# Excel's own limit on a sheet name, and the characters it refuses in one.
SHEET_TITLE_LENGTH = 31
SHEET_TITLE_FORBIDDEN = str.maketrans({c: " " for c in "[]:*?/\\"})


def _cell(sheet, value, *, bold: bool = False) -> WriteOnlyCell:
    if isinstance(value, datetime.datetime) and timezone.is_aware(value):
        value = timezone.localtime(value).replace(tzinfo=None)
    elif isinstance(value, Decimal):
        value = float(value)
    elif value is not None and not isinstance(value, int | float | datetime.date):
        value = str(value)
    cell = WriteOnlyCell(sheet, value=value)
    if isinstance(value, str):
        cell.data_type = "s"  # text, even when it starts with "=": never a formula
    if isinstance(value, datetime.datetime):
        cell.number_format = "yyyy-mm-dd hh:mm"
    elif isinstance(value, datetime.date):
        cell.number_format = "yyyy-mm-dd"
    if bold:
        cell.font = Font(bold=True)
    return cell


def xlsx_bytes(rows: Iterable[Iterable], sheet_title: str) -> bytes:
    """A workbook of one sheet holding ``rows``; the first row (the header) in bold."""
    workbook = Workbook(write_only=True)
    sheet = workbook.create_sheet(
        title=str(sheet_title).translate(SHEET_TITLE_FORBIDDEN)[:SHEET_TITLE_LENGTH]
    )
    for index, row in enumerate(rows):
        sheet.append([_cell(sheet, value, bold=index == 0) for value in row])
    buffer = io.BytesIO()
    workbook.save(buffer)
    return buffer.getvalue()


def xlsx_response(rows: Iterable[Iterable], filename: str, sheet_title: str) -> HttpResponse:
    """An attachment ``filename`` holding ``rows`` (the first is the header) as one sheet."""
    response = HttpResponse(xlsx_bytes(rows, sheet_title), content_type=XLSX_CONTENT_TYPE)
    response["Content-Disposition"] = f'attachment; filename="{filename}"'
    return response

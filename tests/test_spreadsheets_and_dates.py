"""CSV exports open in Swedish and Italian spreadsheets; dates on pages follow the page's language."""

import csv
import datetime
import io

import pytest
from django.urls import reverse
from django.utils import translation

from members.models import BoardMeeting
from sern_portal.csv_export import csv_response, spreadsheet_cell


def read(response, delimiter: str) -> list[list[str]]:
    assert response.content.startswith("\ufeff".encode())  # a UTF-8 byte-order mark
    return list(csv.reader(io.StringIO(response.content.decode("utf-8-sig")), delimiter=delimiter))


@pytest.mark.django_db
@pytest.mark.parametrize(("language", "delimiter"), [("sv", ";"), ("it", ";"), ("en", ",")])
def test_the_desk_csv_uses_the_languages_separators(client, secretariat, language, delimiter):
    client.force_login(secretariat)
    with translation.override(language):
        url = reverse("desk_export")
    rows = read(client.get(url), delimiter)
    assert rows[0][:3] == ["id", "organisation", "kind"]


def test_numbers_get_a_decimal_comma_in_swedish_and_italian_and_dates_stay_iso():
    from decimal import Decimal

    assert spreadsheet_cell(Decimal("1234.50"), "sv") == "1234,50"
    assert spreadsheet_cell(66.7, "it") == "66,7"
    assert spreadsheet_cell(66.7, "en") == "66.7"
    assert spreadsheet_cell(1200, "sv") == "1200"
    assert spreadsheet_cell(datetime.date(2023, 12, 31), "it") == "2023-12-31"
    assert spreadsheet_cell(None, "sv") == ""


def test_a_csv_response_is_an_attachment_with_a_byte_order_mark():
    response = csv_response([["a", "b"], [1, 2.5]], "x.csv", "sv")
    assert response["Content-Disposition"] == 'attachment; filename="x.csv"'
    assert response.content.decode("utf-8") == "\ufeffa;b\r\n1;2,5\r\n"


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("en", "Board meeting of 18 February 2027"),
        ("sv", "Styrelsemöte 18 februari 2027"),
        ("it", "Riunione del Consiglio direttivo del 18 febbraio 2027"),
    ],
)
def test_a_board_meeting_is_named_with_its_date_in_the_pages_language(language, text):
    with translation.override(language):
        assert str(BoardMeeting(date=datetime.date(2027, 2, 18))) == text


def test_english_pages_write_dates_the_european_way():
    from django.utils.formats import date_format

    with translation.override("en"):
        assert date_format(datetime.date(2023, 12, 31), "SHORT_DATE_FORMAT") == "31/12/2023"
        assert date_format(datetime.date(2023, 12, 31)) == "31 December 2023"


def test_italian_dates_write_the_month_in_lower_case():
    from django.utils.formats import date_format

    with translation.override("it"):
        assert date_format(datetime.date(2027, 2, 18)) == "18 febbraio 2027"

"""CSV of each indicator, for the period in the query string."""

import csv
import io

import pytest

from evaluation.indicators import REGISTRY, compute
from evaluation.period import Period


def read_csv(response, delimiter: str = ",") -> list[list[str]]:
    text = b"".join(response.streaming_content if response.streaming else [response.content]).decode(
        "utf-8-sig"
    )
    return list(csv.reader(io.StringIO(text), delimiter=delimiter))


def test_the_csv_of_projects_per_priority_has_the_known_numbers(client, board_member, known_network):
    client.force_login(board_member)
    response = client.get("/en/evaluation/indicators/a-projects-per-priority.csv?year=2025")
    assert response.status_code == 200
    assert response["Content-Type"] == "text/csv; charset=utf-8"
    assert response["Content-Disposition"] == 'attachment; filename="sern-a-projects-per-priority-2025.csv"'
    rows = read_csv(response)
    assert rows[0] == ["Priority", "Submitted", "Approved", "Approval rate (%)"]
    assert ["Climate action", "3", "2", "66.7"] in rows
    assert ["e-Government", "2", "1", "50.0"] in rows
    assert rows[-1] == ["All projects", "4", "2", "50.0"]


def test_the_csv_follows_a_span_of_dates(client, secretariat, known_network):
    client.force_login(secretariat)
    response = client.get("/en/evaluation/indicators/d-joins-and-leavers.csv?start=2025-01-01&end=2025-05-31")
    assert response["Content-Disposition"].endswith('sern-d-joins-and-leavers-2025-01-01-2025-05-31.csv"')
    assert read_csv(response) == [
        ["Country", "Joined", "Left", "Net change"],
        ["Sweden", "1", "0", "1"],
        ["Italy", "0", "0", "0"],
        ["All countries", "1", "0", "1"],
    ]


def test_the_csv_headers_are_in_the_chosen_language(client, board_member, known_network):
    client.force_login(board_member)
    rows = read_csv(client.get("/sv/evaluation/indicators/d-members-by-kind.csv?year=2025"), ";")
    assert rows[0] == ["Typ av organisation", "Sverige", "Italien", "Alla medlemmar"]


@pytest.mark.parametrize("key", sorted(REGISTRY))
def test_every_indicator_has_a_csv(client, board_member, known_network, key):
    client.force_login(board_member)
    response = client.get(f"/en/evaluation/indicators/{key}.csv?year=2025")
    assert response.status_code == 200
    table = compute(key, Period.year(2025)).table
    rows = read_csv(response)
    assert rows[0] == [str(row) for row in table.csv_rows()[0]]
    assert len(rows) == 1 + len(table.rows) + (1 if table.total else 0)


def test_an_unknown_indicator_is_404(client, board_member):
    client.force_login(board_member)
    assert client.get("/en/evaluation/indicators/z-unknown.csv").status_code == 404


def test_a_wrong_period_is_a_400_with_the_reason(client, board_member):
    client.force_login(board_member)
    response = client.get("/en/evaluation/indicators/d-joins-and-leavers.csv?start=2025-01-01")
    assert response.status_code == 400
    assert "Give both dates of the period" in response.content.decode()


@pytest.mark.parametrize(
    ("language", "delimiter", "rate"), [("sv", ";", "66,7"), ("it", ";", "66,7"), ("en", ",", "66.7")]
)
def test_an_indicator_csv_uses_the_languages_separators(
    client, board_member, known_network, language, delimiter, rate
):
    client.force_login(board_member)
    response = client.get(f"/{language}/evaluation/indicators/a-projects-per-priority.csv?year=2025")
    assert response.content.startswith("\ufeff".encode())  # a UTF-8 byte-order mark
    rows = read_csv(response, delimiter)
    assert len(rows[0]) == 4
    climate = next(row for row in rows if row[1:3] == ["3", "2"])
    assert climate[3] == rate

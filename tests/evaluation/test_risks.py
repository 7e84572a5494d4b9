"""The risk register: read by the secretariat and the Board, kept by the secretariat only."""

import datetime

import pytest

from evaluation.models import Risk, RiskLevel, RiskStatus

VALID = {
    "title_en": "Few members lead proposals",
    "title_sv": "Få medlemmar leder ansökningar",
    "title_it": "Pochi soci guidano le proposte",
    "likelihood": RiskLevel.HIGH,
    "impact": RiskLevel.MEDIUM,
    "owner": "Secretariat",
    "mitigation_en": "Coach first-time leads.",
    "mitigation_sv": "",
    "mitigation_it": "",
    "status": RiskStatus.OPEN,
    "identified_on": "2025-02-01",
    "closed_on": "",
}


@pytest.fixture
def risk(db):
    return Risk.objects.create(
        title="Members leave", likelihood=1, impact=2, owner="Board", identified_on=datetime.date(2024, 1, 1)
    )


def test_the_secretariat_adds_a_risk_in_three_languages(client, secretariat):
    client.force_login(secretariat)
    response = client.post("/en/evaluation/risks/new/", VALID)
    assert response.status_code == 302
    risk = Risk.objects.get()
    assert (risk.title_en, risk.title_sv, risk.title_it, risk.score) == (
        "Few members lead proposals",
        "Få medlemmar leder ansökningar",
        "Pochi soci guidano le proposte",
        6,
    )
    content = client.get("/sv/evaluation/risks/").content.decode()
    assert "Få medlemmar leder ansökningar" in content


def test_the_secretariat_closes_a_risk(client, secretariat, risk):
    client.force_login(secretariat)
    data = VALID | {"status": RiskStatus.CLOSED, "closed_on": "2025-03-01"}
    assert client.post(f"/en/evaluation/risks/{risk.pk}/edit/", data).status_code == 302
    risk.refresh_from_db()
    assert (risk.status, risk.closed_on) == (RiskStatus.CLOSED, datetime.date(2025, 3, 1))


@pytest.mark.parametrize(
    ("changes", "field", "message"),
    [
        ({"status": RiskStatus.CLOSED}, "closed_on", "Give the date the risk was closed."),
        ({"closed_on": "2025-03-01"}, "closed_on", "Only a closed risk has a closing date."),
        (
            {"status": RiskStatus.CLOSED, "closed_on": "2024-01-01"},
            "closed_on",
            "A risk cannot be closed before it was identified.",
        ),
        ({"title_en": ""}, "title_en", "This field is required."),
    ],
)
def test_a_wrong_risk_is_refused_at_the_field_keeping_the_input(client, secretariat, changes, field, message):
    client.force_login(secretariat)
    response = client.post("/en/evaluation/risks/new/", VALID | changes)
    assert response.status_code == 200
    assert response.context["form"].errors[field] == [message]
    content = response.content.decode()
    assert f'aria-describedby="id_{field}-error"' in content
    assert "Pochi soci guidano le proposte" in content
    assert not Risk.objects.exists()


def test_the_board_reads_the_register_but_cannot_edit_it(client, board_member, risk):
    client.force_login(board_member)
    content = client.get("/en/evaluation/risks/").content.decode()
    assert "Members leave" in content
    assert "/edit/" not in content and "/risks/new/" not in content
    assert client.get("/en/evaluation/risks/new/").status_code == 403
    assert client.post(f"/en/evaluation/risks/{risk.pk}/edit/", VALID).status_code == 403
    risk.refresh_from_db()
    assert risk.title == "Members leave"


def test_the_register_filters_by_status(client, secretariat, risk):
    Risk.objects.create(
        title="Fees too high",
        likelihood=2,
        impact=2,
        owner="Board",
        status=RiskStatus.MONITORED,
        identified_on=datetime.date(2024, 1, 1),
    )
    client.force_login(secretariat)
    content = client.get("/en/evaluation/risks/", {"status": "monitored"}).content.decode()
    assert "Fees too high" in content and "Members leave" not in content


def test_the_register_list_has_a_constant_query_count(client, secretariat, django_assert_num_queries, risk):
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    client.force_login(secretariat)
    with CaptureQueriesContext(connection) as one:
        client.get("/en/evaluation/risks/")
    for number in range(20):
        Risk.objects.create(
            title=f"Risk {number}", likelihood=1, impact=1, owner="x", identified_on=datetime.date(2024, 1, 1)
        )
    with django_assert_num_queries(len(one)):
        client.get("/en/evaluation/risks/")


def test_the_demo_has_risks_in_three_languages_and_every_status(db):
    from io import StringIO

    from django.core.management import call_command

    call_command("seed_demo", stdout=StringIO())
    call_command("seed_demo", stdout=StringIO())
    assert Risk.objects.count() == 6
    assert set(Risk.objects.values_list("status", flat=True)) == set(RiskStatus.values)
    assert (
        not Risk.objects.filter(title_sv="").exists() and not Risk.objects.filter(mitigation_it="").exists()
    )

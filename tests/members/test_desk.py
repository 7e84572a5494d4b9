"""The secretariat's desk: filters, counts, CSV, history, and a query count that does not grow."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from tests.factories import ApplicantFactory

from .conftest import make_application


def applications(n, **extra):
    for i in range(n):
        make_application(ApplicantFactory(), name=f"Kommun {i}", **extra)


def test_the_desk_costs_the_same_queries_with_1_and_50_applications(
    client, secretariat, open_meeting, django_assert_num_queries
):
    client.force_login(secretariat)
    url = reverse("desk")
    applications(1, state="ready", meeting=open_meeting)
    client.get(url)
    with CaptureQueriesContext(connection) as one:
        client.get(url)
    applications(49, state="submitted")
    with django_assert_num_queries(len(one.captured_queries)):
        response = client.get(url)
    assert response.status_code == 200
    assert response.context["paginator"].count == 50


def test_the_desk_filters_and_counts_per_state(client, secretariat, open_meeting):
    applications(2, state="submitted")
    applications(1, state="ready", meeting=open_meeting)
    client.force_login(secretariat)
    response = client.get(reverse("desk"), {"state": "ready"})
    assert [a.state for a in response.context["applications"]] == ["ready"]
    counts = {state.value: n for state, n in response.context["counts"]}
    assert counts["submitted"] == 2 and counts["ready"] == 1
    response = client.get(reverse("desk"), {"meeting": open_meeting.pk})
    assert len(response.context["applications"]) == 1
    response = client.get(reverse("desk"), {"country": "SE"})
    assert "No application matches." in response.content.decode()


def test_the_csv_export_follows_the_filter(client, secretariat):
    applications(2, state="submitted")
    applications(1, state="draft")
    client.force_login(secretariat)
    response = client.get(reverse("desk_export"), {"state": "submitted"})
    lines = response.content.decode("utf-8-sig").strip().splitlines()
    assert lines[0].startswith("id,organisation")
    assert len(lines) == 3


def test_asking_for_information_and_making_ready_from_the_desk(client, secretariat, applicant, open_meeting):
    application = make_application(applicant, state="submitted")
    client.force_login(secretariat)
    url = reverse("desk_change_state", args=[application.pk])
    response = client.post(url, {"to_state": "more_information_requested", "comment": ""}, follow=True)
    assert "Please give a reason" in response.content.decode()
    client.post(url, {"to_state": "more_information_requested", "comment": "Sign the form."})
    application.refresh_from_db()
    assert application.state == "more_information_requested"
    response = client.post(url, {"to_state": "ready"}, follow=True)
    assert "cannot become" in response.content.decode()
    history = client.get(reverse("desk_application", args=[application.pk])).content.decode()
    assert "Sign the form." in history


def test_the_secretariat_moves_an_application_to_another_meeting(
    client, secretariat, applicant, open_meeting, later_meeting
):
    application = make_application(applicant, state="ready", meeting=open_meeting)
    client.force_login(secretariat)
    client.post(reverse("desk_move", args=[application.pk]), {"meeting": later_meeting.pk})
    application.refresh_from_db()
    assert application.meeting == later_meeting
    assert application.events.get().comment.startswith("Moved to the meeting")


@pytest.mark.parametrize(
    ("kind", "size", "budget", "expected"),
    [
        ("municipality", "5000", "", "EUR 500"),
        ("municipality", "22000", "", "EUR 1000"),
        ("civil_society", "5", "", "EUR 250"),
        ("civil_society", "5", "2000000", "EUR 600"),
    ],
)
def test_the_public_fee_calculator(client, fee_schedule, kind, size, budget, expected):
    response = client.get(reverse("become_member"), {"kind": kind, "size": size, "annual_budget_eur": budget})
    assert expected in response.content.decode()

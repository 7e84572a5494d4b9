"""The evaluation dashboard: who sees it, what it shows, and a constant number of queries."""

import datetime

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone

from evaluation.indicators.registry import SHOWN_ROWS
from projects.models import ProjectOutcome, ProjectRecord
from tests.factories import OrganisationFactory

URL = "/en/evaluation/"


@pytest.mark.django_db
def test_an_anonymous_visitor_is_sent_to_sign_in(client):
    response = client.get(URL)
    assert response.status_code == 302
    assert response["Location"].startswith("/en/accounts/login/")


@pytest.mark.parametrize("person", ["outsider", "member", "applicant"])
def test_people_without_an_evaluation_role_get_403(client, request, person):
    client.force_login(request.getfixturevalue(person))
    assert client.get(URL).status_code == 403
    assert client.get("/en/evaluation/indicators/a-projects-per-priority.csv").status_code == 403
    assert client.get("/en/evaluation/risks/").status_code == 403


@pytest.mark.parametrize("person", ["secretariat", "board_member", "chair"])
def test_the_secretariat_and_the_board_see_the_dashboard(client, request, person):
    client.force_login(request.getfixturevalue(person))
    response = client.get(URL)
    assert response.status_code == 200
    assert response.context["period"].label == str(timezone.localdate().year)
    assert b'href="/en/evaluation/"' in response.content  # the menu shows them the evaluation


def test_the_menu_does_not_offer_the_evaluation_to_a_member(client, member):
    client.force_login(member)
    assert b"/en/evaluation/" not in client.get("/en/").content


def test_the_dashboard_shows_each_indicator_with_its_chart_table_and_csv_link(
    client, board_member, known_network
):
    client.force_login(board_member)
    content = client.get(URL, {"year": 2025}).content.decode()
    assert "Projects submitted and approved per priority" in content
    assert 'id="chart-a-projects-per-priority"' in content
    caption = "Projects submitted and approved per priority — 2025"
    # The table's name stands above its scrolling box (a phone shows it whole) and names the table.
    assert f'<p class="table-caption" id="a-projects-per-priority-caption">{caption}</p>' in content
    assert '<table aria-labelledby="a-projects-per-priority-caption">' in content
    numbers = '<td class="num">3</td><td class="num">2</td><td class="num">67 %</td>'
    assert f'<th scope="row">Climate action</th>{numbers}' in content
    assert '<th scope="row">Associazione Tre</th>' in content
    assert 'href="/en/evaluation/indicators/d-joins-and-leavers.csv?year=2025"' in content
    assert 'id="b-information-per-priority-heading"' in content


def test_a_span_of_dates_is_kept_in_the_links(client, board_member, known_network):
    client.force_login(board_member)
    content = client.get(URL, {"start": "2025-01-01", "end": "2025-06-30"}).content.decode()
    assert "d-joins-and-leavers.csv?start=2025-01-01&amp;end=2025-06-30" in content
    assert '<input type="hidden" name="start" value="2025-01-01">' in content


def test_a_wrong_period_shows_the_error_and_the_current_year(client, board_member):
    client.force_login(board_member)
    response = client.get(URL, {"start": "2025-05-01", "end": "2025-01-01"})
    assert response.status_code == 200
    content = response.content.decode()
    assert "The period must end on or after its first day." in content
    assert 'aria-describedby="id_end-error"' in content
    assert response.context["period"].label == str(timezone.localdate().year)


def test_the_language_switcher_keeps_the_period(client, board_member):
    client.force_login(board_member)
    response = client.get(URL, {"year": 2024})
    links = {link["code"]: link["url"] for link in response.context["language_links"]}
    assert links == {
        "en": "/en/evaluation/?year=2024",
        "sv": "/sv/evaluation/?year=2024",
        "it": "/it/evaluation/?year=2024",
    }


def test_the_dashboard_is_translated(client, board_member):
    client.force_login(board_member)
    content = client.get("/it/evaluation/", {"year": 2025}).content.decode()
    assert "<h1>Valutazione della strategia</h1>" in content


def add_members_with_projects(count: int) -> None:
    day = datetime.date(2025, 3, 1)
    start = ProjectRecord.objects.count()
    for number in range(start, start + count):
        organisation = OrganisationFactory(country="SE" if number % 2 else "IT")
        project = ProjectRecord.objects.create(
            acronym=f"P{number}",
            title="p",
            programme="Interreg",
            submitted_on=day,
            outcome=ProjectOutcome.APPROVED,
            lead=organisation,
        )
        project.partners.add(OrganisationFactory())


def test_the_dashboard_query_count_does_not_grow_with_the_members(
    client, board_member, django_assert_num_queries
):
    client.force_login(board_member)
    add_members_with_projects(1)
    with CaptureQueriesContext(connection) as one_member:
        assert client.get(URL, {"year": 2025}).status_code == 200
    add_members_with_projects(99)
    with django_assert_num_queries(len(one_member)):
        response = client.get(URL, {"year": 2025})
    # The page keeps the rows it shows, and the totals of all of them.
    table = response.context["areas"][2]["results"][0].table
    assert (len(table.rows), table.total[0]) == (SHOWN_ROWS, "All 200 rows")

"""The idea list and the project history: paginated, filterable, and a fixed number of queries."""

import datetime

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from projects.models import InterestStatus, PcmPhase, Visibility
from strategy.models import Priority
from tests.factories import (
    ExpressionOfInterestFactory,
    OrganisationFactory,
    ProjectIdeaFactory,
    ProjectRecordFactory,
)

pytestmark = pytest.mark.django_db


def make_ideas(count: int, lead) -> None:
    priorities = list(Priority.objects.all()[:2])
    for number in range(count):
        idea = ProjectIdeaFactory(lead=lead if number % 2 else OrganisationFactory())
        idea.priorities.set(priorities)
        ExpressionOfInterestFactory(idea=idea, status=InterestStatus.ACCEPTED)


def queries_of(client, url) -> int:
    client.get(url)  # warm the session and the figures
    with CaptureQueriesContext(connection) as queries:
        assert client.get(url).status_code == 200
    return len(queries)


def test_the_idea_list_costs_the_same_queries_with_1_and_200_ideas(
    client, member, member_org, django_assert_num_queries
):
    url = reverse("projects:idea_list")
    client.force_login(member)
    make_ideas(1, member_org)
    with_one = queries_of(client, url)
    make_ideas(199, member_org)
    with django_assert_num_queries(with_one):
        response = client.get(url)
    assert len(response.context["ideas"]) == 20


def test_the_project_history_costs_the_same_queries_with_1_and_200_records(
    client, member, django_assert_num_queries
):
    url = reverse("projects:project_history")
    lead = OrganisationFactory()
    client.force_login(member)
    ProjectRecordFactory(lead=lead)
    with_one = queries_of(client, url)
    for _number in range(199):
        ProjectRecordFactory(lead=lead)
    with django_assert_num_queries(with_one):
        response = client.get(url)
    assert len(response.context["records"]) == 25


def test_the_idea_list_is_paginated(client, member, member_org):
    make_ideas(25, member_org)
    client.force_login(member)
    first = client.get(reverse("projects:idea_list"))
    second = client.get(reverse("projects:idea_list") + "?page=2")
    assert len(first.context["ideas"]) == 20
    assert len(second.context["ideas"]) == 5
    assert "page=2" in first.content.decode()


def titles(response) -> set[str]:
    return {idea.title for idea in response.context["ideas"]}


def test_the_filters_find_ideas_by_priority_phase_programme_country_and_openness(client, member):
    climate, mobility = (
        Priority.objects.get(code="climate-action"),
        Priority.objects.get(code="smart-mobility"),
    )
    swedish = OrganisationFactory(country="SE")
    green = ProjectIdeaFactory(
        title="Green", lead=swedish, target_programme="life", phase=PcmPhase.FORMULATION
    )
    green.priorities.set([climate])
    moving = ProjectIdeaFactory(
        title="Moving", target_programme="interreg", eoi_deadline=datetime.date(2020, 1, 1)
    )
    moving.priorities.set([mobility])
    client.force_login(member)
    url = reverse("projects:idea_list")
    assert titles(client.get(url, {"priority": climate.pk})) == {"Green"}
    assert titles(client.get(url, {"phase": PcmPhase.FORMULATION})) == {"Green"}
    assert titles(client.get(url, {"programme": "interreg"})) == {"Moving"}
    assert titles(client.get(url, {"country": "SE"})) == {"Green"}
    assert titles(client.get(url, {"looking_for_partners": "on"})) == {"Green"}
    assert titles(client.get(url)) == {"Green", "Moving"}


def test_the_search_finds_an_idea_written_in_another_language(client, member):
    from django.utils import translation

    idea = ProjectIdeaFactory.build(lead=OrganisationFactory(), original_language="it")
    with translation.override("it"):
        idea.title, idea.summary = "Turismo lento", "Borghi dell'Appennino"
    idea.save()
    client.force_login(member)
    response = client.get(reverse("projects:idea_list"), {"q": "appennino"})
    assert [i.pk for i in response.context["ideas"]] == [idea.pk]
    assert 'lang="it"' in response.content.decode()


def test_an_empty_list_says_so(client, member):
    client.force_login(member)
    assert "No idea matches these filters." in client.get(reverse("projects:idea_list")).content.decode()


def test_a_secretariat_only_idea_is_listed_for_the_secretariat_only(client, other_member, secretariat):
    ProjectIdeaFactory(title="Confidential", visibility=Visibility.SECRETARIAT)
    client.force_login(other_member)
    assert "Confidential" not in titles(client.get(reverse("projects:idea_list")))
    client.force_login(secretariat)
    assert "Confidential" in titles(client.get(reverse("projects:idea_list")))


def test_the_history_filters_by_outcome_and_year_and_totals_what_it_shows(client, member):
    ProjectRecordFactory(acronym="OLD", submitted_on=datetime.date(2010, 5, 1), participants=100)
    ProjectRecordFactory(acronym="NEW", submitted_on=datetime.date(2024, 5, 1), participants=50)
    ProjectRecordFactory(acronym="NO", outcome="rejected", eu_grant_eur=0, participants=0)
    client.force_login(member)
    url = reverse("projects:project_history")
    response = client.get(url, {"year": 2010})
    assert [r.acronym for r in response.context["records"]] == ["OLD"]
    response = client.get(url, {"outcome": "approved"})
    assert {r.acronym for r in response.context["records"]} == {"OLD", "NEW"}
    assert response.context["totals"]["participants"] == 150

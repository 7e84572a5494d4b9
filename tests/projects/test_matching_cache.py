"""The matching overview's suggestions and unsuggested members are drawn once and shared by the
secretariat until something they show changes (issue 16)."""

import re

import pytest
from django.core.cache import cache
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils.translation import override

from projects.models import PartnerSuggestion
from projects.services.matching import recompute_suggestions
from tests.factories import SecretariatFactory
from tests.projects.matching_fixtures import build_network

pytestmark = pytest.mark.django_db

OVERVIEW = reverse("projects:matching_overview")


@pytest.fixture
def shared_overview(settings, fresh_cache):
    settings.MATCHING_CACHE_SECONDS = 300


@pytest.fixture
def network():
    network = build_network()
    recompute_suggestions(network.idea)
    return network


def read(client) -> tuple[str, list[str]]:
    with CaptureQueriesContext(connection) as queries:
        response = client.get(OVERVIEW)
    assert response.status_code == 200
    return response.content.decode(), [query["sql"] for query in queries.captured_queries]


def without_csrf(page: str) -> str:
    return re.sub(r'name="csrfmiddlewaretoken" value="[^"]*"', "", page)


def test_a_second_reader_of_the_overview_gets_the_same_page_without_reading_the_suggestions(
    client, network, secretariat, shared_overview
):
    colleague = SecretariatFactory()
    client.force_login(secretariat)
    first, _queries = read(client)
    client.force_login(colleague)
    second, queries = read(client)
    assert without_csrf(second) == without_csrf(first)
    assert "Comune di Parma" in second and "Luleå kommun" in second.split('id="unsuggested-heading"')[1]
    assert not [sql for sql in queries if "projects_partnersuggestion" in sql]


def test_the_shared_overview_reads_as_the_overview_drawn_afresh(client, network, secretariat, settings):
    client.force_login(secretariat)
    settings.MATCHING_CACHE_SECONDS = 0
    afresh, _queries = read(client)
    settings.MATCHING_CACHE_SECONDS = 300
    cache.clear()
    read(client)  # fills the cache
    shared, _queries = read(client)
    cache.clear()
    assert without_csrf(shared) == without_csrf(afresh)


def test_new_suggestions_of_an_idea_that_had_none_show_at_once(client, network, secretariat, shared_overview):
    PartnerSuggestion.objects.all().delete()
    client.force_login(secretariat)
    before, _queries = read(client)
    assert "No suggestions for this idea yet." in before
    recompute_suggestions(network.idea)  # stored with bulk_create: no signal of its own
    after, _queries = read(client)
    assert "No suggestions for this idea yet." not in after
    assert "Comune di Parma" in after.split('id="unsuggested-heading"')[0]


def test_a_renamed_member_shows_under_its_new_name_at_once(client, network, secretariat, shared_overview):
    client.force_login(secretariat)
    read(client)
    network.parma.name = "Comune di Parma (renamed)"
    network.parma.save()
    page, _queries = read(client)
    assert "Comune di Parma (renamed)" in page


def test_each_language_has_its_own_overview(client, network, secretariat, shared_overview):
    client.force_login(secretariat)
    english, _queries = read(client)
    with override("it"):
        italian = client.get(reverse("projects:matching_overview")).content.decode()
    assert "Suggested partners for" in english
    assert "Suggested partners for" not in italian


def test_the_leads_idea_page_words_its_suggestions_reasons_once_for_every_reader(
    client, network, shared_overview, settings
):
    url = reverse("projects:idea_detail", args=[network.idea.pk])
    client.force_login(network.lead_contact)

    def read_idea() -> tuple[str, list[str]]:
        with CaptureQueriesContext(connection) as queries:
            page = client.get(url).content.decode()
        return without_csrf(page), [query["sql"] for query in queries.captured_queries]

    first, first_queries = read_idea()
    second, second_queries = read_idea()
    names_read = [sql for sql in second_queries if 'FROM "strategy_priority" ORDER BY' in sql]
    assert second == first and not names_read and len(second_queries) < len(first_queries)
    assert "shares" in second  # the reasons are there
    settings.MATCHING_CACHE_SECONDS = 0
    assert read_idea()[0] == second

"""The directory's matches and rows are shared through the cache (issue 16): a repeated search
neither builds nor runs its query, a row is drawn once; every change shows at once and the page
reads exactly as one computed afresh."""

import datetime

import pytest
import time_machine
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import timezone

from members.models import Organisation
from strategy.models import Priority
from tests.factories import OrganisationFactory, StaffExpertFactory

pytestmark = pytest.mark.django_db

URL = reverse("member_directory")


@pytest.fixture
def shared(settings, fresh_cache):
    settings.LIST_CACHE_SECONDS = 300


@pytest.fixture
def fidenza(db):
    climate = Priority.objects.order_by("pk").first()
    found = []
    for n in range(25):
        organisation = OrganisationFactory(name=f"Fidenza member {n:02d}", town="Fidenza")
        organisation.priorities.set([climate])
        found.append(organisation)
    OrganisationFactory(name="Aalborg elsewhere", town="Aalborg")
    return found


def table(response) -> str:
    return response.content.decode().split("<tbody>")[1].split("</tbody>")[0]


def searched(queries) -> list[str]:
    return [q["sql"] for q in queries.captured_queries if "fidenza" in q["sql"].lower()]


def names(response) -> list[str]:
    return [o.name for o in response.context["organisations"]]


def test_a_repeated_search_reads_its_matches_and_rows_from_the_cache(client, member, shared, fidenza):
    client.force_login(member)
    first = client.get(URL, {"q": "Fidenza"})
    with CaptureQueriesContext(connection) as queries:
        second = client.get(URL, {"q": "Fidenza", "page": 1})
    assert searched(queries) == []  # neither the ids nor the count ran the search again
    assert not [q for q in queries.captured_queries if "strategy_priority" in q["sql"]]  # rows cached
    assert names(second) == names(first) and second.context["paginator"].count == 25
    assert table(second) == table(first)


def test_the_shared_page_reads_as_the_page_computed_afresh(client, member, settings, fresh_cache, fidenza):
    client.force_login(member)
    settings.LIST_CACHE_SECONDS = 0
    fresh = {page: client.get(URL, {"q": "Fidenza", "page": page}) for page in (1, 2)}
    settings.LIST_CACHE_SECONDS = 300
    for page in (1, 2):
        client.get(URL, {"q": "Fidenza", "page": page})  # fills the cache
        cached = client.get(URL, {"q": "Fidenza", "page": page})
        assert table(cached) == table(fresh[page])
        assert cached.context["paginator"].count == fresh[page].context["paginator"].count
    assert "Fidenza member 24" in table(fresh[2]) and "Aalborg" not in table(fresh[1])


def test_a_new_member_a_renamed_one_and_a_listed_expert_show_in_the_search_at_once(
    client, member, shared, fidenza
):
    client.force_login(member)
    assert client.get(URL, {"q": "Fidenza"}).context["paginator"].count == 25
    OrganisationFactory(name="Fidenza newcomer", town="Fidenza")
    renamed = fidenza[0]
    renamed.name, renamed.town = "Bologna now", "Bologna"
    renamed.save()
    elsewhere = Organisation.objects.get(name="Aalborg elsewhere")
    StaffExpertFactory(
        organisation=elsewhere, name="Fidenza Expert", consent_recorded_on=timezone.localdate()
    )
    found = [name for page in (1, 2) for name in names(client.get(URL, {"q": "Fidenza", "page": page}))]
    assert "Fidenza newcomer" in found and "Aalborg elsewhere" in found
    assert "Bologna now" not in found and len(found) == 26


def test_a_renamed_priority_shows_in_the_shared_rows_at_once(client, member, shared, fidenza):
    client.force_login(member)
    client.get(URL, {"q": "Fidenza"})
    priority = fidenza[0].priorities.get()
    priority.name_en = "A renamed priority"
    priority.save()
    assert "A renamed priority" in table(client.get(URL, {"q": "Fidenza"}))


def test_a_member_that_leaves_today_is_gone_from_the_shared_matches_tomorrow(client, member, shared, fidenza):
    leaving = fidenza[0]
    leaving.member_until = timezone.localdate()
    leaving.save()
    client.force_login(member)
    assert leaving.name in names(client.get(URL, {"q": "Fidenza"}))
    with time_machine.travel(timezone.now() + datetime.timedelta(days=1)):
        client.force_login(member)
        assert leaving.name not in names(client.get(URL, {"q": "Fidenza"}))


def test_an_invalid_filter_is_reported_when_its_matches_come_from_the_cache(client, member, shared, fidenza):
    client.force_login(member)
    for _ in range(2):
        response = client.get(URL, {"q": "Fidenza", "region": "Nowhere"})
        assert "Some filters are not valid" in response.content.decode()
        assert response.context["paginator"].count == 25


def test_other_filters_keep_their_own_matches(client, member, shared, fidenza):
    client.force_login(member)
    assert client.get(URL, {"q": "Fidenza"}).context["paginator"].count == 25
    assert names(client.get(URL, {"q": "Aalborg"})) == ["Aalborg elsewhere"]
    assert client.get(URL, {"q": "Fidenza", "country": "SE"}).context["paginator"].count == 0

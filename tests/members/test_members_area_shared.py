"""The Members Area home shares what is the same for many readers (issue 16): the calls and news
of a set of priorities, the next events and the Board's dates; what is the organisation's own is
read for each reader. Shared sections follow every change at once and the clock within a minute."""

import datetime
import re

import pytest
import time_machine
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import timezone

from strategy.models import Priority
from tests.factories import (
    EuCallFactory,
    EventFactory,
    ExpressionOfInterestFactory,
    MemberContactFactory,
    ProjectIdeaFactory,
    organisation_of,
)

pytestmark = pytest.mark.django_db

SHARED_TABLES = ('"information_', '"events_event"', '"members_boardmeeting"')


@pytest.fixture
def shared(settings, fresh_cache):
    settings.LIST_CACHE_SECONDS = 300


@pytest.fixture
def climate():
    return Priority.objects.order_by("pk").first()


def contact_with(priority):
    contact = MemberContactFactory()
    organisation_of(contact).priorities.set([priority])
    return contact


def shared_reads(client) -> list[str]:
    with CaptureQueriesContext(connection) as queries:
        assert client.get(reverse("members_area")).status_code == 200
    read_from = [(q["sql"].split(" FROM ", 1)[-1].split()[0], q["sql"]) for q in queries.captured_queries]
    return [sql for table, sql in read_from if table.startswith(SHARED_TABLES)]


def test_a_second_member_with_the_same_priorities_reads_the_shared_sections_from_the_cache(
    client, shared, climate
):
    call = EuCallFactory(deadline=timezone.now() + datetime.timedelta(days=30))
    call.priorities.set([climate])
    first, second = contact_with(climate), contact_with(climate)
    client.force_login(first)
    assert call.title in client.get(reverse("members_area")).content.decode()
    client.force_login(second)
    assert [sql[:300] for sql in shared_reads(client)] == []
    assert call.title in client.get(reverse("members_area")).content.decode()


def test_members_with_other_priorities_see_their_own_calls(client, shared, climate):
    other = Priority.objects.exclude(pk=climate.pk).order_by("pk").first()
    mine, theirs = EuCallFactory(), EuCallFactory()
    mine.priorities.set([climate])
    theirs.priorities.set([other])
    client.force_login(contact_with(climate))
    client.get(reverse("members_area"))
    client.force_login(contact_with(other))
    page = client.get(reverse("members_area")).content.decode()
    assert theirs.title in page and mine.title not in page


def test_a_new_call_and_a_new_event_show_on_the_shared_home_at_once(client, shared, climate, member):
    organisation_of(member).priorities.set([climate])
    client.force_login(member)
    client.get(reverse("members_area"))
    call = EuCallFactory(title="A call published a moment ago")
    call.priorities.set([climate])
    event = EventFactory(title="An event planned a moment ago")
    page = client.get(reverse("members_area")).content.decode()
    assert call.title in page and event.title in page


def test_a_call_that_closes_leaves_the_shared_home_within_the_minute(client, shared, climate, member):
    organisation_of(member).priorities.set([climate])
    closing = timezone.now() + datetime.timedelta(minutes=3)
    call = EuCallFactory(title="A call closing soon", deadline=closing)
    call.priorities.set([climate])
    client.force_login(member)
    assert call.title in client.get(reverse("members_area")).content.decode()
    with time_machine.travel(closing + datetime.timedelta(minutes=1)):
        client.force_login(member)
        assert call.title not in client.get(reverse("members_area")).content.decode()


def test_the_organisations_own_ideas_are_read_for_each_reader(client, shared, climate):
    first, second = contact_with(climate), contact_with(climate)
    idea = ProjectIdeaFactory(lead=organisation_of(second), title="An idea of the second organisation")
    idea.priorities.set([climate])
    client.force_login(first)
    assert idea.title in client.get(reverse("members_area")).content.decode()  # shares a priority
    client.force_login(second)
    page = client.get(reverse("members_area")).content.decode()
    mine = page.split("<h3>My ideas</h3>")[1].split("<h3>")[0]
    assert idea.title in mine


def test_ideas_looking_for_partners_are_found_without_sorting_every_match(client, climate, member):
    organisation_of(member).priorities.set([climate])
    other = Priority.objects.exclude(pk=climate.pk).order_by("pk").first()
    sharing, not_sharing = (
        ProjectIdeaFactory(title="Sharing a priority"),
        ProjectIdeaFactory(title="Another theme"),
    )
    sharing.priorities.set([climate])
    not_sharing.priorities.set([other])
    own = ProjectIdeaFactory(lead=organisation_of(member), title="Our own idea")
    own.priorities.set([climate])
    client.force_login(member)
    with CaptureQueriesContext(connection) as queries:
        page = client.get(reverse("members_area")).content.decode()
    looking = page.split("Looking for partners in your priorities</h3>")[1].split("<h3>")[0]
    assert sharing.title in looking
    assert not_sharing.title not in looking and own.title not in looking
    reads = [
        q["sql"]
        for q in queries.captured_queries
        if q["sql"].split(" FROM ")[0].count('"projects_projectidea"')
    ]
    assert reads and not [sql for sql in reads if "DISTINCT" in sql]


def ideas_section(page: str) -> str:
    return page.split('class="home-ideas"')[1].split("</section>")[0]


@pytest.fixture
def home_with_ideas(climate):
    """A contact whose organisation has the climate priority, leads an idea and expressed
    interest in another; an idea of another member looking for partners in that priority."""
    contact = contact_with(climate)
    looking = ProjectIdeaFactory(title="Looking for partners in climate")
    looking.priorities.set([climate])
    own = ProjectIdeaFactory(lead=organisation_of(contact), title="Our own idea")
    own.priorities.set([climate])
    ExpressionOfInterestFactory(idea=looking, organisation=organisation_of(contact))
    return contact


def test_a_warm_home_reads_the_organisations_once_and_no_priorities_of_its_ideas(
    client, shared, climate, home_with_ideas
):
    client.force_login(home_with_ideas)
    client.get(reverse("members_area"))
    with CaptureQueriesContext(connection) as queries:
        page = client.get(reverse("members_area")).content.decode()
    sqls = [q["sql"] for q in queries.captured_queries]
    # The organisations (with their priorities) in one query, not one for the priorities and
    # one for the names; the ideas' priorities only for rows not in the cache.
    assert len([sql for sql in sqls if re.search(r'FROM "members_organisation"(?! U\d)', sql)]) == 1
    assert not [sql for sql in sqls if 'FROM "strategy_priority"' in sql]
    # The organisations' ideas and interests by the ids just read, not through a subquery each.
    own = [
        sql
        for sql in sqls
        if sql.startswith('SELECT "projects_expressionofinterest".')
        or 'WHERE "projects_projectidea"."lead_id" IN' in sql
    ]
    assert len(own) == 2 and not [sql for sql in own if "members_organisationcontact" in sql]
    assert organisation_of(home_with_ideas).name in page and climate.name in ideas_section(page)


def test_the_shared_home_reads_as_the_home_computed_afresh(client, settings, fresh_cache, home_with_ideas):
    client.force_login(home_with_ideas)
    settings.LIST_CACHE_SECONDS = 0
    fresh = client.get(reverse("members_area")).content.decode()
    settings.LIST_CACHE_SECONDS = 300
    client.get(reverse("members_area"))
    cached = client.get(reverse("members_area")).content.decode()
    assert ideas_section(cached) == ideas_section(fresh)
    assert cached.split("<h1>")[1].split("<section")[0] == fresh.split("<h1>")[1].split("<section")[0]
    for title in ("Looking for partners in climate", "Our own idea"):
        assert title in ideas_section(fresh)

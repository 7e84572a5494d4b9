"""Pages stay cheap as the network grows (issue 16): grown with grow_demo's own code at a small
scale, the lists keep their size and, on PostgreSQL, their plans use indexes."""

import datetime
import re

import pytest
from django.db import connection, transaction
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from billing.models import FeeState, Invoice, Series
from billing.selectors import year_totals
from billing.services.numbering import take_number
from evaluation.indicators.registry import SHOWN_ROWS
from sern_portal.scale.growth import FEE_YEARS, Size, grow
from tests.factories import ProjectIdeaFactory

pytestmark = pytest.mark.django_db

SCALE = 0.01  # 100 members, 500 ideas, 400 calls, 600 news
# Tables that are large in a real network: a list must never read them whole.
LARGE_TABLES = ("projects_projectidea", "information_eucall", "information_newsitem", "members_organisation")


def grown() -> dict[str, int]:
    return grow(SCALE, log=lambda _message: None)


def test_grow_demo_adds_a_network_of_the_requested_size_once():
    size = Size.at(SCALE)
    counts = grown()
    assert counts["organisations"] == size.organisations == 100
    assert counts["ideas"] == size.ideas and counts["calls"] == size.calls and counts["news"] == size.news
    assert counts["suggestions"] == size.open_ideas * size.suggestions_per_open_idea
    assert counts["invoices"] == 2 * size.organisations  # two fee years
    with pytest.raises(RuntimeError):
        grown()


def test_the_idea_list_offers_no_more_choices_with_many_organisations_and_calls(client, member):
    ProjectIdeaFactory()
    client.force_login(member)
    url = reverse("projects:idea_list")
    options_with_one = client.get(url).content.decode().count("<option")
    grown()
    page = client.get(url).content.decode()
    assert page.count("<option") == options_with_one
    assert len(page) < 300_000


def test_the_dashboard_lists_the_most_active_members_and_the_csv_lists_them_all(client, secretariat):
    grown()
    client.force_login(secretariat)
    period = {"start": "2021-01-01", "end": "2027-12-31"}
    page = client.get(reverse("evaluation:dashboard"), period).content.decode()
    section = page.split('id="c-ideas-per-member-heading"')[1].split("</section>")[0]
    body = section.split("<tbody>")[1].split("</tbody>")[0]
    assert body.count("<tr>") == SHOWN_ROWS
    assert "the CSV has all of them" in section
    csv = client.get(reverse("evaluation:indicator_csv", args=["c-ideas-per-member"]), period)
    assert len(csv.content.decode().strip().splitlines()) > SHOWN_ROWS + 1


def test_the_grown_fee_year_has_every_state_and_issuing_goes_on_after_its_numbers(client, secretariat):
    grown()
    totals = year_totals(FEE_YEARS[1], today=datetime.date(FEE_YEARS[1], 11, 30))
    counts = dict(totals["counts"])
    for state in (FeeState.PAID, FeeState.OVERDUE, FeeState.CREDITED):
        assert counts[state] > 0, state
    last = Invoice.objects.filter(series=Series.INVOICE, year=FEE_YEARS[1]).order_by("-sequence").first()
    with transaction.atomic():
        assert take_number(Series.INVOICE, FEE_YEARS[1])[0] == last.sequence + 1
    client.force_login(secretariat)
    page = client.get(reverse("billing:year", args=[FEE_YEARS[1]])).content.decode()
    assert len(page) < 300_000


def plans_of(client, url: str) -> list[str]:
    with CaptureQueriesContext(connection) as queries:
        assert client.get(url).status_code == 200
    plans = []
    with connection.cursor() as cursor:
        for query in queries.captured_queries:
            sql = query["sql"]
            if sql.startswith("SELECT") and any(f'"{table}"' in sql for table in LARGE_TABLES):
                cursor.execute("EXPLAIN " + sql)
                plans.append(sql + "\n" + "\n".join(row[0] for row in cursor.fetchall()))
    return plans


@pytest.mark.skipif(connection.vendor != "postgresql", reason="plans are PostgreSQL's")
@pytest.mark.parametrize(
    "url",
    [
        "/en/members-area/ideas/",
        "/en/members-area/ideas/?q=school",
        "/en/members-area/ideas/?lead=parma",
        "/en/members-area/ideas/?call=water",
        "/en/members-area/ideas/?looking_for_partners=on",
        "/en/members-area/news/",
        "/en/members-area/calls/",
        "/en/members-area/directory/",
        "/en/members-area/directory/?q=Parma",
        "/en/members-area/",
    ],
)
def test_the_idea_lists_read_large_tables_through_indexes(client, member, url):
    grown()
    with connection.cursor() as cursor:
        cursor.execute("ANALYZE")
        # Tiny tables make a sequential scan the cheapest plan; forbid it to see what indexes allow.
        cursor.execute("SET LOCAL enable_seqscan = off")
    client.force_login(member)
    scans = [
        plan
        for plan in plans_of(client, url)
        if re.search(rf"Seq Scan on ({'|'.join(LARGE_TABLES)})\b", plan.split("\n", 1)[1])
    ]
    assert not scans, "\n\n".join(scans)


def test_a_long_list_counts_up_to_a_cap_and_says_more_than(client, member, monkeypatch):
    from sern_portal.lists import CappedPaginator

    monkeypatch.setattr(CappedPaginator, "cap", 50)
    grown()
    client.force_login(member)
    response = client.get(reverse("projects:idea_list"))
    assert "Ideas found: more than 50" in response.content.decode()
    assert response.context["paginator"].num_pages == 3


def test_the_matching_overview_names_the_first_unsuggested_members_and_counts_them_all(client, secretariat):
    from projects.models import PartnerSuggestion
    from projects.views.suggestions import UNSUGGESTED_SHOWN

    grown()
    PartnerSuggestion.objects.all().delete()  # every member is now suggested for no idea
    client.force_login(secretariat)
    page = client.get(reverse("projects:matching_overview")).content.decode()
    section = page.split('id="unsuggested-heading"')[1].split("</section>")[0]
    assert section.count("<li>") == UNSUGGESTED_SHOWN
    assert f"The first {UNSUGGESTED_SHOWN} of" in section


def test_the_dashboard_computes_a_periods_indicators_once_while_they_are_cached(
    client, secretariat, settings
):
    from django.core.cache import cache

    settings.EVALUATION_CACHE_SECONDS = 300
    cache.clear()
    client.force_login(secretariat)
    url = reverse("evaluation:dashboard")
    with CaptureQueriesContext(connection) as first:
        assert client.get(url, {"year": "2026"}).status_code == 200
    with CaptureQueriesContext(connection) as second:
        page = client.get(url, {"year": "2026"})
    assert len(second) < len(first) - 20  # the indicators' queries are not run again
    assert "Strategy evaluation" in page.content.decode()
    cache.clear()


# (page, who reads it): each list and the dashboard, read with one row and with a grown network.
BOUNDED_PAGES = [
    ("/en/members-area/ideas/", "member"),
    ("/en/members-area/news/", "member"),
    ("/en/members-area/calls/", "member"),
    ("/en/members-area/directory/", "member"),
    ("/en/members-area/directory/?q=Parma", "member"),
    ("/en/members-area/", "member"),
    ("/en/members-area/matching/", "secretariat"),
    ("/en/evaluation/?year=&start=2021-01-01&end=2027-12-31", "secretariat"),
]
MAX_HTML = 300_000


def one_of_each() -> None:
    from tests.factories import EuCallFactory, NewsItemFactory, OrganisationFactory

    ProjectIdeaFactory()
    NewsItemFactory()
    EuCallFactory()
    OrganisationFactory(town="Parma")


@pytest.mark.parametrize(("url", "reader"), BOUNDED_PAGES)
def test_each_list_keeps_its_query_count_and_a_bounded_size_with_one_row_and_many(
    request, client, url, reader
):
    client.force_login(request.getfixturevalue(reader))
    one_of_each()

    def read() -> tuple[int, int]:
        client.get(url)  # warm-up: per-process caches (content types, the strategy's vocabulary)
        with CaptureQueriesContext(connection) as queries:
            response = client.get(url)
        assert response.status_code == 200
        return len(queries), len(response.content)

    queries_with_one, size_with_one = read()
    grown()
    queries_with_many, size_with_many = read()
    assert queries_with_many == queries_with_one, url
    assert size_with_one < MAX_HTML and size_with_many < MAX_HTML, url


@pytest.mark.skipif(connection.vendor != "postgresql", reason="stored vectors are PostgreSQL's")
def test_the_idea_search_reads_stored_vectors_that_the_database_keeps_up_to_date(client, member):
    idea = ProjectIdeaFactory(title="Beekeeping with pupils", visibility="members")
    client.force_login(member)
    url = reverse("projects:idea_list")
    with CaptureQueriesContext(connection) as queries:
        found = client.get(url, {"q": "beekeepers"}).content.decode()  # stemmed: beekeeping
    assert "Beekeeping with pupils" in found
    # The vectors are read from their columns, never computed again for each row read.
    assert not [query["sql"] for query in queries.captured_queries if "to_tsvector" in query["sql"]]
    idea.title = "Orchards with pupils"
    idea.save()
    assert "Orchards with pupils" in client.get(url, {"q": "orchard"}).content.decode()
    assert "Orchards with pupils" not in client.get(url, {"q": "beekeeping"}).content.decode()


def test_the_members_area_home_finds_its_news_and_calls_without_sorting_every_match(client, member):
    from strategy.models import Priority
    from tests.factories import EuCallFactory, NewsItemFactory

    climate = Priority.objects.first()
    member.organisation_contacts.get().organisation.priorities.set([climate])
    call, news = EuCallFactory(), NewsItemFactory()
    call.priorities.set([climate])
    news.priorities.set([climate])
    client.force_login(member)
    with CaptureQueriesContext(connection) as queries:
        page = client.get("/en/members-area/").content.decode()
    assert call.title in page and news.title in page
    # DISTINCT over the joined links sorts every matching row before taking five (issue 16).
    reads = [q["sql"] for q in queries.captured_queries if '"information_' in q["sql"].split(" FROM ")[0]]
    assert reads and not [sql for sql in reads if sql.startswith("SELECT DISTINCT")]


FROM_INTEREST = 'FROM "projects_expressionofinterest"'


def test_the_hit_rate_finds_suggested_interest_from_the_pairs_not_by_testing_every_interest(db):
    import datetime

    from evaluation.hit_rate import hit_rate
    from evaluation.period import Period

    with CaptureQueriesContext(connection) as queries:
        hit_rate(Period(datetime.date(2021, 1, 1), datetime.date(2027, 12, 31)))
    interest = [sql for sql in (q["sql"] for q in queries.captured_queries) if FROM_INTEREST in sql]
    # A correlated EXISTS tests each expression of interest of the period for a suggestion or an
    # invitation (100,000 of them, issue 16); the pairs are few and the (idea, organisation)
    # index finds their interest.
    assert interest and not [sql for sql in interest if "EXISTS" in sql]


def test_the_dashboard_keeps_and_caches_only_the_rows_it_shows_with_the_totals_of_all():
    import datetime

    from evaluation.period import Period
    from evaluation.services.dashboard import indicators_for

    grown()
    areas = indicators_for(Period(datetime.date(2021, 1, 1), datetime.date(2027, 12, 31)))
    tables = {result.indicator.key: result.table for area in areas for result in area["results"]}
    assert max(len(table.rows) for table in tables.values()) == SHOWN_ROWS
    assert tables["c-ideas-per-member"].total[0].startswith("All ")


@pytest.mark.skipif(connection.vendor != "postgresql", reason="plans are PostgreSQL's")
def test_the_directory_search_finds_words_in_descriptions_through_indexes(client, member):
    grown()
    with connection.cursor() as cursor:
        cursor.execute("ANALYZE")
        cursor.execute("SET LOCAL enable_seqscan = off")
    client.force_login(member)
    plans = "\n".join(plans_of(client, "/en/members-area/directory/?q=Parma"))
    # Matched as typed in each language, each through its trigram index (not row by row).
    for lang in ("en", "sv", "it"):
        assert f"Bitmap Index Scan on members_org_description_{lang}_trgm" in plans


def test_a_change_of_a_figure_queues_one_refresh_of_the_dashboard_and_the_refresh_fills_its_cache(
    client, secretariat, settings
):
    from django.core.cache import cache

    from evaluation.tasks import refresh_dashboard
    from outbox.models import OutboxMessage

    settings.EVALUATION_CACHE_SECONDS = 300
    cache.clear()
    ProjectIdeaFactory()
    ProjectIdeaFactory()  # merged into the pending refresh
    assert list(
        OutboxMessage.objects.values_list("task", flat=True).filter(key__startswith="evaluation:")
    ) == ["evaluation.tasks.refresh_dashboard"]
    client.force_login(secretariat)
    url = reverse("evaluation:dashboard")
    with CaptureQueriesContext(connection) as computed:
        client.get(url)
    ProjectIdeaFactory()  # a change: the cached figures are stale
    refresh_dashboard()
    with CaptureQueriesContext(connection) as refreshed:
        page = client.get(url)
    assert len(refreshed) < len(computed) - 20  # the first reader after the refresh computes nothing
    assert "Strategy evaluation" in page.content.decode()
    cache.clear()

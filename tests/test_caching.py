"""Shared content is cached until it changes (issue 16): versioned keys, bumped by signals."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from sern_portal import versions
from strategy.models import Award
from tests.factories import OrganisationFactory, ProjectIdeaFactory

pytestmark = pytest.mark.django_db


def queries_of(client, url, **params) -> tuple[int, str]:
    with CaptureQueriesContext(connection) as queries:
        response = client.get(url, params)
    assert response.status_code == 200
    return len(queries), response.content.decode()


def test_a_change_in_a_groups_app_bumps_its_version_and_a_sign_in_does_not(fresh_cache, member):
    before = {group: versions.version(group) for group in versions.GROUPS}
    member.save(update_fields=["last_login"])  # what a sign-in saves: no page shows it
    assert {group: versions.version(group) for group in versions.GROUPS} == before
    OrganisationFactory()
    assert versions.version("evaluation") > before["evaluation"]
    assert versions.version("public") > before["public"]
    assert versions.versioned_key("evaluation", "x") != f"evaluation:v{before['evaluation']}:x"


def test_a_renamed_account_makes_only_the_readers_pages_stale(fresh_cache, member):
    before = {group: versions.version(group) for group in versions.GROUPS}
    member.name = "Renamed"
    member.save()
    after = {group: versions.version(group) for group in versions.GROUPS}
    assert after["pages"] > before["pages"]
    assert {g: v for g, v in after.items() if g != "pages"} == {
        g: v for g, v in before.items() if g != "pages"
    }


@pytest.mark.parametrize("url_name", ["home", "strategy"])
def test_a_public_page_is_read_from_the_cache_until_its_content_changes(
    client, settings, fresh_cache, url_name
):
    settings.PUBLIC_CACHE_SECONDS = 300
    url = reverse(url_name)
    first, _page = queries_of(client, url)
    second, _page = queries_of(client, url)
    assert second < first
    Award.objects.create(text="Cached until changed award", order=99)
    _count, page = queries_of(client, url)
    assert url_name == "strategy" or "Cached until changed award" in page


def test_the_public_home_shows_new_figures_at_once(client, settings, fresh_cache):
    from strategy.figures import current_network_figures, store_network_figures

    settings.PUBLIC_CACHE_SECONDS = 300
    before = current_network_figures().members
    _count, page = queries_of(client, reverse("home"))
    assert f"<dt>Members</dt><dd>{before}</dd>" in page
    OrganisationFactory.create_batch(3)
    after = store_network_figures().members  # the figures task stores a new snapshot
    assert after != before
    _count, again = queries_of(client, reverse("home"))
    assert f"<dt>Members</dt><dd>{after}</dd>" in again


def test_the_dashboard_is_computed_again_after_a_change_only(client, secretariat, settings, fresh_cache):
    settings.EVALUATION_CACHE_SECONDS = 300
    client.force_login(secretariat)
    url = reverse("evaluation:dashboard")
    first, _page = queries_of(client, url, year="2026")
    cached, _page = queries_of(client, url, year="2026")
    assert cached < first - 20
    ProjectIdeaFactory()
    again, _page = queries_of(client, url, year="2026")
    assert again > cached + 20


def test_a_signed_in_page_reads_the_session_from_the_cache_and_a_signed_out_session_is_gone(
    client, fresh_cache, member
):
    client.force_login(member)
    with CaptureQueriesContext(connection) as queries:
        assert client.get(reverse("members_area")).status_code == 200
    assert not [q for q in queries.captured_queries if "django_session" in q["sql"]]
    client.post(reverse("account_logout"))
    assert client.get(reverse("members_area")).status_code == 302  # to the sign-in form


def test_the_footers_network_profile_is_read_once_and_an_edit_shows_at_once(client, fresh_cache, settings):
    from strategy.models import NetworkProfile

    settings.PUBLIC_CACHE_SECONDS = 300
    profile = NetworkProfile.objects.current()
    client.get(reverse("legal_notice"))
    _count, page = queries_of(client, reverse("legal_notice"))
    assert profile.email in page
    with CaptureQueriesContext(connection) as queries:
        client.get(reverse("legal_notice"))
    assert not [q for q in queries.captured_queries if "strategy_networkprofile" in q["sql"]]
    profile.email = "secretariat-new@sern.example.org"
    profile.save()
    assert "secretariat-new@sern.example.org" in client.get(reverse("legal_notice")).content.decode()

"""One menu per role, the current place marked, the Members Area's menu on all its pages,
breadcrumbs on detail pages (issue 10, point 7)."""

import re

import pytest
from django.urls import reverse

from tests.factories import EuCallFactory, EventFactory, NewsItemFactory, ProjectIdeaFactory, organisation_of

pytestmark = pytest.mark.django_db

MAIN_MENU = re.compile(r'<nav class="main-nav[^"]*"[^>]*>(.*?)</nav>', re.S)
AREA_MENU = re.compile(r'<nav class="section-nav"[^>]*>(.*?)</nav>', re.S)
BREADCRUMBS = re.compile(r'<nav class="breadcrumbs"[^>]*>(.*?)</nav>', re.S)


def menu_items(html: str) -> list[str]:
    menu = MAIN_MENU.search(html)
    assert menu, "no main menu"
    return re.findall(r"<li>", menu.group(1))


def current_link(html: str, pattern: re.Pattern) -> str:
    nav = pattern.search(html)
    assert nav, f"no {pattern.pattern[:30]}"
    marked = re.findall(r'<a href="[^"]*" aria-current="(?:page|true)">([^<]*)</a>', nav.group(1))
    assert len(marked) == 1, marked
    return marked[0]


def test_the_secretariats_top_menu_fits_one_row_of_at_most_eight_items(client, secretariat):
    client.force_login(secretariat)
    html = client.get(reverse("members_area")).content.decode()
    assert len(menu_items(html)) <= 8


@pytest.mark.parametrize(
    ("name", "args", "current"),
    [
        ("projects:idea_list", [], "Project ideas"),
        ("projects:project_history", [], "Project history"),
        ("member_directory", [], "Member directory"),
        ("call_list", [], "EU calls"),
        ("members_area", [], "Overview"),
    ],
)
def test_every_members_area_page_shows_its_menu_with_the_current_place_marked(
    client, member, name, args, current
):
    client.force_login(member)
    html = client.get(reverse(name, args=args)).content.decode()
    assert current_link(html, AREA_MENU) == current
    assert current_link(html, MAIN_MENU) == "Members Area"


def test_the_secretariat_finds_the_matching_overview_in_the_members_area_menu(client, secretariat):
    client.force_login(secretariat)
    html = client.get(reverse("projects:matching_overview")).content.decode()
    assert current_link(html, AREA_MENU) == "Matching overview"


def test_detail_pages_have_breadcrumbs_back_to_their_list(client, member):
    client.force_login(member)
    organisation = organisation_of(member)
    idea = ProjectIdeaFactory(lead=organisation)
    pages = {
        reverse("organisation_profile", args=[organisation.slug]): ("Member directory", organisation.name),
        reverse("projects:idea_detail", args=[idea.pk]): ("Project ideas", idea.title),
        reverse("call_detail", args=[EuCallFactory().slug]): ("EU calls", None),
        reverse("event_detail", args=[EventFactory().slug]): ("Events", None),
        reverse("news_detail", args=[NewsItemFactory().slug]): ("News", None),
    }
    for url, (parent, title) in pages.items():
        html = client.get(url).content.decode()
        crumbs = BREADCRUMBS.search(html)
        assert crumbs, url
        assert "Members Area" in crumbs.group(1) and parent in crumbs.group(1), url
        assert 'aria-current="page"' in crumbs.group(1), url
        if title:
            assert title in crumbs.group(1)

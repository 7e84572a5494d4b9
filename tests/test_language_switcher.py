"""The language switcher links the same page, with its query, in each language; building the
links does not resolve the page's address again for each language (issue 16)."""

import pytest
from django.urls import base as urls_base

pytestmark = pytest.mark.django_db


def links_of(response) -> dict[str, str]:
    return {link["code"]: link["url"] for link in response.context["language_links"]}


def test_the_switcher_links_the_same_idea_page_in_each_language(client, member):
    from tests.factories import ProjectIdeaFactory

    idea = ProjectIdeaFactory()
    client.force_login(member)

    response = client.get(f"/sv/members-area/ideas/{idea.pk}/")

    assert links_of(response) == {
        "en": f"/en/members-area/ideas/{idea.pk}/",
        "sv": f"/sv/members-area/ideas/{idea.pk}/",
        "it": f"/it/members-area/ideas/{idea.pk}/",
    }


def test_the_switcher_keeps_a_search_and_does_not_resolve_the_address_once_per_language(
    client, member, monkeypatch
):
    resolved = []
    real_resolve = urls_base.resolve
    monkeypatch.setattr(
        urls_base, "resolve", lambda *args, **kwargs: resolved.append(args) or real_resolve(*args, **kwargs)
    )
    client.force_login(member)

    response = client.get("/it/members-area/ideas/", {"q": "scuola & acqua"})

    assert links_of(response)["sv"] == "/sv/members-area/ideas/?q=scuola+%26+acqua"
    assert resolved == []

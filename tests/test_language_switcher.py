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


def test_a_missing_page_links_the_same_address_in_each_language_and_reads_in_the_one_asked(client):
    response = client.get("/it/pagina-che-non-esiste/", {"q": "x"})

    assert response.status_code == 404
    assert links_of(response) == {
        "en": "/en/pagina-che-non-esiste/?q=x",
        "sv": "/sv/pagina-che-non-esiste/?q=x",
        "it": "/it/pagina-che-non-esiste/?q=x",
    }
    page = response.content.decode()
    assert 'hreflang="sv"' in page and "Pagina non trovata" in page


def test_a_missing_page_without_a_language_in_its_address_links_each_language_s_home(client):
    response = client.get("/no-such-page/")

    assert response.status_code == 404
    assert links_of(response) == {"en": "/en/", "sv": "/sv/", "it": "/it/"}

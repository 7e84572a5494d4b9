"""The public pages in Swedish, Italian and English, and the language machinery."""

import pytest
from django.urls import reverse
from django.utils import translation

PAGES = ["home", "strategy", "become_member", "contact"]


def url(name: str, lang: str) -> str:
    with translation.override(lang):
        return reverse(name)


@pytest.mark.django_db
@pytest.mark.parametrize("lang", ["en", "sv", "it"])
@pytest.mark.parametrize("page", PAGES)
def test_each_public_page_answers_in_each_language(client, page, lang):
    response = client.get(url(page, lang))
    assert response.status_code == 200
    assert f'<html lang="{lang}">' in response.content.decode()


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("lang", "heading"), [("en", "Become a member"), ("sv", "Bli medlem"), ("it", "Diventa socio")]
)
def test_the_interface_is_translated(client, lang, heading):
    assert heading in client.get(url("become_member", lang)).content.decode()


@pytest.mark.django_db
def test_the_strategy_page_shows_the_swedish_text_of_the_strategy(client):
    content = client.get(url("strategy", "sv")).content.decode()
    assert "Smart mobilitet" in content
    assert "Inkluderande samhällen" in content


@pytest.mark.django_db
def test_the_root_redirects_to_the_language_the_browser_asks_for(client):
    response = client.get("/", HTTP_ACCEPT_LANGUAGE="sv-SE,sv;q=0.9,en;q=0.5")
    assert response.status_code == 302
    assert response["Location"] == "/sv/"
    assert client.get("/", HTTP_ACCEPT_LANGUAGE="it").headers["Location"] == "/it/"


@pytest.mark.django_db
def test_the_language_switcher_keeps_the_current_page(client):
    content = client.get("/en/strategy/").content.decode()
    assert 'href="/sv/strategy/" lang="sv"' in content
    assert 'href="/it/strategy/" lang="it"' in content


@pytest.mark.django_db
def test_the_footer_names_the_network_and_its_address(client):
    content = client.get("/en/").content.decode()
    assert "Stradone Martiri della Libertà 15" in content
    assert "43123" in content


@pytest.mark.django_db
def test_every_page_sends_a_strict_content_security_policy(client):
    policy = client.get("/en/").headers["Content-Security-Policy"]
    assert "script-src 'self'" in policy
    assert "style-src 'self'" in policy
    assert "unsafe-inline" not in policy


@pytest.mark.django_db
def test_become_a_member_names_the_board_meeting_months(client):
    content = client.get("/en/become-a-member/").content.decode()
    assert "February, May and November" in content

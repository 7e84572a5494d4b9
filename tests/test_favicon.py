"""The site's icon: linked from every page, and /favicon.ico (what browsers ask by themselves) finds it."""

import pytest
from django.urls import reverse
from django.utils import translation

pytestmark = pytest.mark.django_db


def test_favicon_ico_leads_to_the_icon_instead_of_a_404(client):
    response = client.get("/favicon.ico")
    assert response.status_code == 302
    assert response["Location"].endswith("img/favicon.svg")
    icon = client.get(response["Location"])
    assert icon.status_code == 200
    assert icon["Content-Type"].startswith("image/svg+xml")


@pytest.mark.parametrize("language", ["en", "sv", "it"])
def test_every_page_links_the_icon(client, language):
    with translation.override(language):
        home = reverse("home")
    html = client.get(home).content.decode()
    assert '<link rel="icon" href="/static/img/favicon.svg" type="image/svg+xml">' in html


def test_a_signed_in_person_gets_the_icon_too(client, member):
    client.force_login(member)
    assert client.get("/favicon.ico").status_code == 302

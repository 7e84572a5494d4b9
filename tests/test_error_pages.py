"""Error pages: the site's layout, the visitor's language, and a way on; 500 without the database."""

import pytest
from django.contrib.auth.models import AnonymousUser
from django.test import RequestFactory
from django.urls import get_resolver, reverse
from django.utils import translation

from members.models import MembershipApplication
from sern_portal import errors


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("language", "heading", "home"),
    [
        ("en", "Page not found", "Back to the home page"),
        ("sv", "Sidan finns inte", "Tillbaka till startsidan"),
        ("it", "Pagina non trovata", "Torna alla pagina iniziale"),
    ],
)
def test_a_missing_page_says_so_in_the_visitors_language_with_the_sites_navigation(
    client, language, heading, home
):
    response = client.get(f"/{language}/no-such-page/")
    assert response.status_code == 404
    html = response.content.decode()
    assert f'<html lang="{language}">' in html
    assert heading in html
    assert home in html
    assert 'class="main-nav' in html
    assert reverse("account_login").replace("/en/", f"/{language}/") in html


@pytest.mark.django_db
def test_an_applicant_who_opens_the_members_area_is_told_where_their_application_stands(client, applicant):
    application = MembershipApplication.objects.create(applicant=applicant, state="submitted", name="Kalix")
    client.force_login(applicant)
    with translation.override("sv"):
        url = reverse("members_area")
    response = client.get(url)
    assert response.status_code == 403
    html = response.content.decode()
    assert "Det här området är för medlemmar" in html
    assert "Din organisations ansökan: Inlämnad." in html
    assert f"/sv/applications/{application.pk}/" in html
    assert "Tillbaka till startsidan" in html


@pytest.mark.django_db
def test_a_member_on_a_staff_page_is_sent_on_to_the_members_area(client, member):
    client.force_login(member)
    response = client.get(reverse("desk"))
    assert response.status_code == 403
    html = response.content.decode()
    assert "This page is for another role" in html
    assert reverse("members_area") in html
    assert "403 Forbidden" not in html


@pytest.mark.django_db
def test_an_anonymous_visitor_who_is_refused_is_offered_to_sign_in():
    request = RequestFactory().get("/it/members-area/feeds/news.rss")
    request.user = AnonymousUser()
    with translation.override("it"):
        response = errors.permission_denied(request)
    assert response.status_code == 403
    html = response.content.decode()
    assert "/it/accounts/login/?next=" in html
    assert "Accedi" in html


@pytest.mark.django_db
def test_a_bad_request_gets_the_sites_layout(client):
    response = client.get("/sv/", HTTP_HOST="not-an-allowed-host.example")
    assert response.status_code == 400
    html = response.content.decode()
    assert 'class="main-nav' in html
    assert "Tillbaka till startsidan" in html


def test_the_server_error_page_renders_without_the_database(django_db_blocker):
    request = RequestFactory().get("/sv/members-area/")
    with django_db_blocker.block(), translation.override("sv"):
        response = errors.server_error(request)
    assert response.status_code == 500
    html = response.content.decode()
    assert '<html lang="sv">' in html
    assert "Något gick fel" in html
    assert "Tillbaka till startsidan" in html
    assert 'class="main-nav' in html
    # The language switcher still leads to the same page in the other languages.
    assert 'href="/it/members-area/"' in html


def test_the_portal_uses_its_own_error_handlers():
    resolver = get_resolver()
    assert resolver.resolve_error_handler(500) is errors.server_error
    assert resolver.resolve_error_handler(403) is errors.permission_denied
    assert resolver.resolve_error_handler(404) is errors.page_not_found
    assert resolver.resolve_error_handler(400) is errors.bad_request

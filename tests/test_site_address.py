"""Every e-mail, feed, calendar and PDF speaks in the portal's name and links to SITE_URL.

Django's Sites framework starts as "example.com"; allauth and the syndication feeds read it. These
tests render the output of every e-mail template (the portal's and allauth's) and every feed, and
fail on "example.com" anywhere in them.
"""

import re
from pathlib import Path

import allauth
import feedparser
import icalendar
import pytest
from allauth.account.adapter import get_adapter
from allauth.core.context import request_context
from django.conf import settings
from django.contrib.sites.models import Site
from django.core import mail
from django.test import RequestFactory
from django.urls import reverse
from django.utils import translation

from sern_portal.mail import send_in_language
from sern_portal.site import sync_site_record
from tests.factories import EuCallFactory, EventFactory, NewsItemFactory, UserFactory

SITE_URL = "https://portal.sern.test"
PORTAL_TEMPLATES = Path(settings.BASE_DIR) / "templates"
ALLAUTH_TEMPLATES = Path(allauth.__file__).parent / "templates"


class Anything(str):
    """A stand-in for any context variable: every attribute, item, call and loop gives "1"."""

    def __new__(cls):
        return super().__new__(cls, "1")

    def __getattr__(self, name):
        if name.startswith("_") or name in ("alters_data", "do_not_call_in_templates"):
            raise AttributeError(name)
        if name.endswith("time_zone"):
            return "Europe/Rome"
        return Anything()

    def __getitem__(self, key):
        return Anything()

    def __call__(self, *args, **kwargs):
        return Anything()

    def __iter__(self):
        return iter([Anything()])


def anything_context(*paths: Path, **given) -> dict:
    """Every name the templates at ``paths`` could read, defined (each e-mail has its own)."""
    words = set()
    for path in paths:
        if path.exists():
            words |= set(re.findall(r"[A-Za-z_][A-Za-z0-9_]*", path.read_text()))
    words -= {"True", "False", "None", "site_url"}
    return {**dict.fromkeys(words, Anything()), **given}


def email_templates(root: Path, suffix: str) -> list[str]:
    return sorted(
        str(path.relative_to(root))[: -len(suffix)]
        for path in root.rglob(f"*{suffix}")
        if "emails" in path.parts or "email" in path.parts
    )


def text_of(message) -> str:
    return "\n".join([message.subject, message.body, *(body for body, _type in message.alternatives)])


@pytest.fixture
def site_url(settings):
    settings.SITE_URL = SITE_URL
    return SITE_URL


def test_every_portal_email_template_is_found():
    names = email_templates(PORTAL_TEMPLATES, "_subject.txt")
    assert "members/emails/application_submitted" in names
    assert len(names) >= 10


@pytest.mark.django_db
@pytest.mark.parametrize("language", ["en", "sv", "it"])
@pytest.mark.parametrize("template", email_templates(PORTAL_TEMPLATES, "_subject.txt"))
def test_a_portal_email_names_the_portal_and_links_only_to_its_address(site_url, template, language):
    paths = [PORTAL_TEMPLATES / f"{template}{suffix}" for suffix in ("_subject.txt", ".txt", ".html")]
    send_in_language("person@sern.test", language, template, anything_context(*paths))
    text = text_of(mail.outbox[-1])
    assert "example.com" not in text
    assert "http://testserver" not in text


@pytest.mark.django_db
@pytest.mark.parametrize("language", ["en", "sv", "it"])
@pytest.mark.parametrize("template", email_templates(ALLAUTH_TEMPLATES, "_subject.txt"))
def test_an_allauth_email_names_the_portal_and_links_only_to_its_address(site_url, template, language):
    user = UserFactory(email="person@sern.test")
    request = RequestFactory().get("/")
    request.user = user
    paths = [ALLAUTH_TEMPLATES / f"{template}{suffix}" for suffix in ("_subject.txt", "_message.txt")]
    context = anything_context(
        *paths,
        user=user,
        code="",  # a link, not a code, is what the portal's verification e-mails carry
        activate_url=request.build_absolute_uri("/en/accounts/confirm-email/KEY/"),
        password_reset_url=request.build_absolute_uri("/en/accounts/password/reset/key/1-KEY/"),
        signup_url=request.build_absolute_uri("/en/accounts/signup/"),
    )
    with translation.override(language), request_context(request):
        get_adapter(request).send_mail(template, user.email, context)
    message = mail.outbox[-1]
    text = text_of(message)
    assert "example.com" not in text
    assert "testserver" not in text
    with translation.override(language):
        assert message.subject.startswith(f"[{translation.gettext('SERN Portal')}] ")
    if "activate_url" in Path(ALLAUTH_TEMPLATES / f"{template}_message.txt").read_text():
        assert f"{SITE_URL}/en/accounts/confirm-email/KEY/" in text


@pytest.mark.django_db
def test_the_signup_verification_email_greets_from_the_portal_not_example_com(client, site_url):
    client.post(
        reverse("account_signup"),
        {"email": "new@sern.test", "password1": "long new passphrase", "password2": "long new passphrase"},
    )
    message = mail.outbox[-1]
    assert message.subject.startswith("[SERN Portal] ")
    assert "Hello from SERN Portal!" in message.body
    assert f"{SITE_URL}/en/accounts/confirm-email/" in message.body
    assert "example.com" not in text_of(message)


@pytest.mark.django_db
def test_the_sites_record_follows_site_url_after_migrate(site_url):
    Site.objects.filter(pk=settings.SITE_ID).update(domain="example.com", name="example.com")
    sync_site_record()
    site = Site.objects.get_current()
    assert (site.domain, site.name) == ("portal.sern.test", "SERN Portal")


@pytest.fixture
def content(db):
    NewsItemFactory(title="Erasmus+ guide out")
    EuCallFactory(identifier="LIFE-2027-CLIMA-CCA", title="Adaptation")
    EventFactory()


@pytest.mark.parametrize("language", ["en", "sv", "it"])
@pytest.mark.parametrize("name", ["news_feed_rss", "news_feed_atom", "call_feed_rss", "call_feed_atom"])
def test_a_feed_links_only_to_the_portals_address(client, content, site_url, name, language):
    with translation.override(language):
        url = reverse(name)
    response = client.get(url)
    assert b"example.com" not in response.content
    feed = feedparser.parse(response.content)
    assert feed.entries
    assert feed.feed.link.startswith(f"{SITE_URL}/{language}/")
    for entry in feed.entries:
        assert entry.link.startswith(f"{SITE_URL}/{language}/"), entry.link


def test_the_deadlines_calendar_links_only_to_the_portals_address(client, content, site_url):
    response = client.get(reverse("call_deadlines_ical"))
    assert b"example.com" not in response.content
    events = list(icalendar.Calendar.from_ical(response.content).walk("VEVENT"))
    assert events
    assert all(str(event["url"]).startswith(SITE_URL) for event in events)
    assert all(str(event["uid"]).endswith("@portal.sern.test") for event in events)

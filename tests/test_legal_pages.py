"""The pages the law asks for: legal notice, accessibility statement and its feedback form."""

import pytest
from django.core import mail
from django.core.cache import cache
from django.urls import reverse
from django.utils import translation

from strategy.models import AccessibilityFeedback, NetworkProfile
from strategy.services.feedback import FEEDBACK_PER_HOUR
from strategy.tasks import send_accessibility_feedback
from tests.factories import SecretariatFactory

pytestmark = pytest.mark.django_db

MESSAGE = {
    "message": "The menu cannot be opened with the keyboard.",
    "page": "/en/",
    "name": "Ada",
    "email": "",
}


@pytest.fixture(autouse=True)
def _fresh_cache():
    cache.clear()
    yield
    cache.clear()


@pytest.mark.parametrize("name", ["legal_notice", "accessibility", "privacy"])
@pytest.mark.parametrize("language", ["en", "sv", "it"])
def test_the_legal_pages_are_public_and_linked_from_every_footer(client, name, language):
    with translation.override(language):
        url = reverse(name)
        page = client.get(url).content.decode()
    assert client.get(url).status_code == 200
    for linked in ("legal_notice", "accessibility", "privacy", "library"):
        with translation.override(language):
            assert f'href="{reverse(linked)}"' in page


def test_the_legal_notice_shows_what_the_network_profile_holds_and_invents_nothing(client):
    profile = NetworkProfile.objects.current()
    page = client.get(reverse("legal_notice")).content.decode()
    assert profile.name in page and profile.street in page and profile.city in page
    for invented in ("VAT", "P.IVA", "Codice fiscale", "REA", "Org.nr"):
        assert invented not in page


def test_the_statement_has_the_model_statements_parts(client):
    page = client.get(reverse("accessibility")).content.decode()
    for part in (
        "Compliance status",
        "partially compliant",
        "Non-accessible content",
        "Preparation of this statement",
        "Feedback and contact",
        "Enforcement procedure",
    ):
        assert part in page


def test_feedback_is_stored_once_and_mailed_to_the_secretariat_in_their_language(
    client, django_capture_on_commit_callbacks
):
    italian = SecretariatFactory(language="it", email="segreteria@example.org")
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(reverse("accessibility"), MESSAGE)
    assert response.status_code == 302
    feedback = AccessibilityFeedback.objects.get()
    assert (feedback.name, feedback.language) == ("Ada", "en")
    assert [m.to for m in mail.outbox] == [[italian.email]]
    assert "accessibilità" in mail.outbox[0].subject.lower()
    assert MESSAGE["message"] in mail.outbox[0].body
    # A redelivered task sends nothing more.
    assert send_accessibility_feedback(feedback.pk) == 0
    assert len(mail.outbox) == 1
    followed = client.get(response["Location"]).content.decode()
    assert "your message has reached the secretariat" in followed


def test_a_bot_filling_the_trap_field_is_thanked_but_nothing_is_stored_or_sent(
    client, django_capture_on_commit_callbacks
):
    SecretariatFactory()
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(reverse("accessibility"), {**MESSAGE, "website": "http://spam.example"})
    assert response.status_code == 302
    assert not AccessibilityFeedback.objects.exists()
    assert not mail.outbox


def test_an_empty_message_is_refused_with_the_form_again(client):
    response = client.post(reverse("accessibility"), {**MESSAGE, "message": ""})
    assert response.status_code == 400
    assert not AccessibilityFeedback.objects.exists()


def test_feedback_is_rate_limited_per_address(client):
    for _ in range(FEEDBACK_PER_HOUR):
        assert client.post(reverse("accessibility"), MESSAGE).status_code == 302
    refused = client.post(reverse("accessibility"), MESSAGE)
    assert refused.status_code == 429
    assert "Please wait an hour" in refused.content.decode()
    assert AccessibilityFeedback.objects.count() == FEEDBACK_PER_HOUR
    other = client.post(reverse("accessibility"), MESSAGE, REMOTE_ADDR="192.0.2.7")
    assert other.status_code == 302

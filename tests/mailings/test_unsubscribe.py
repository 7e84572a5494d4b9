"""One-click unsubscribe: the signed token, the page without sign-in, governance lists, rejoining."""

import datetime

import pytest
import time_machine
from django.core import signing
from django.test import Client
from django.urls import reverse
from django.utils import translation

from mailings.models import ListOptOut
from mailings.services.lists import (
    InvalidUnsubscribeLink,
    ListCannotBeLeft,
    read_unsubscribe_token,
    resubscribe,
    unsubscribe,
    unsubscribe_token,
)

pytestmark = pytest.mark.django_db


def url(mailing_list, token, language="en"):
    with translation.override(language):
        return reverse("mailings:unsubscribe", args=[mailing_list.slug, token])


def test_a_valid_token_names_its_person(network):
    anna = network.people.anna
    assert read_unsubscribe_token(unsubscribe_token(anna, network.news), "network-news") == anna.pk


def test_a_forged_token_is_refused(network):
    token = unsubscribe_token(network.people.anna, network.news)
    with pytest.raises(InvalidUnsubscribeLink) as error:
        read_unsubscribe_token(token[:-2] + ("AA" if not token.endswith("AA") else "BB"), "network-news")
    assert error.value.reason == "forged"


def test_a_token_for_another_person_cannot_be_made_from_one_of_yours(network):
    anna, bjorn = network.people.anna, network.people.bjorn
    token = unsubscribe_token(anna, network.news)
    payload, rest = token.split(":", 1)
    other = signing.dumps({"u": bjorn.pk, "l": "network-news"}, salt="mailings.unsubscribe").split(":", 1)[0]
    with pytest.raises(InvalidUnsubscribeLink) as error:
        read_unsubscribe_token(f"{other}:{rest}", "network-news")  # Bjorn's payload, Anna's signature
    assert error.value.reason == "forged"
    assert payload != other


def test_a_token_signed_for_another_purpose_is_refused(network):
    token = signing.dumps({"u": network.people.anna.pk, "l": "network-news"}, salt="members.calendar")
    with pytest.raises(InvalidUnsubscribeLink) as error:
        read_unsubscribe_token(token, "network-news")
    assert error.value.reason == "forged"


def test_an_expired_token_is_refused(network):
    with time_machine.travel(datetime.datetime(2026, 1, 1, tzinfo=datetime.UTC)):
        token = unsubscribe_token(network.people.anna, network.news)
    with (
        time_machine.travel(datetime.datetime(2026, 7, 1, tzinfo=datetime.UTC)),
        pytest.raises(InvalidUnsubscribeLink) as error,
    ):
        read_unsubscribe_token(token, "network-news")
    assert error.value.reason == "expired"


def test_a_token_for_another_list_is_refused(network):
    token = unsubscribe_token(network.people.anna, network.news)
    with pytest.raises(InvalidUnsubscribeLink) as error:
        read_unsubscribe_token(token, "eu-calls")
    assert error.value.reason == "other_list"


def test_the_link_shows_a_confirm_button_and_unsubscribes_nobody_on_get(network):
    response = Client().get(url(network.news, unsubscribe_token(network.people.anna, network.news)))
    assert response.status_code == 200
    assert b"Unsubscribe" in response.content
    assert not ListOptOut.objects.exists()


def test_the_one_click_post_of_a_mail_client_unsubscribes_without_sign_in_or_csrf_token(network):
    client = Client(enforce_csrf_checks=True)
    link = url(network.news, unsubscribe_token(network.people.anna, network.news), "sv")
    response = client.post(link, {"List-Unsubscribe": "One-Click"})
    assert response.status_code == 200
    assert ListOptOut.objects.filter(user=network.people.anna, mailing_list=network.news).exists()
    with translation.override("sv"):
        assert translation.gettext("You have been unsubscribed") in response.content.decode()


def test_a_second_post_changes_nothing(network):
    link = url(network.news, unsubscribe_token(network.people.anna, network.news))
    Client().post(link)
    assert Client().post(link).status_code == 200
    assert ListOptOut.objects.count() == 1


@pytest.mark.parametrize("language", ["en", "sv", "it"])
def test_refused_links_get_a_clear_translated_page(network, language):
    anna = network.people.anna
    other_list = url(network.news, unsubscribe_token(anna, network.governance), language)
    forged = url(network.news, "not-a-token", language)
    for link in (other_list, forged):
        response = Client().post(link)
        assert response.status_code == 400
        with translation.override(language):
            assert translation.gettext("This unsubscribe link does not work") in response.content.decode()
    assert not ListOptOut.objects.exists()


def test_the_page_names_the_other_list_reason(network):
    response = Client().get(url(network.news, unsubscribe_token(network.people.anna, network.governance)))
    assert b"belongs to another mailing list" in response.content


def test_a_governance_list_cannot_be_left(network):
    anna = network.people.anna
    with pytest.raises(ListCannotBeLeft):
        unsubscribe(anna, network.governance)
    response = Client().post(url(network.governance, unsubscribe_token(anna, network.governance)))
    assert response.status_code == 400
    assert b"cannot be left" in response.content
    assert not ListOptOut.objects.exists()


def test_people_rejoin_a_list_from_their_account(network, client):
    anna = network.people.anna
    unsubscribe(anna, network.news)
    client.force_login(anna)
    page = client.get(reverse("mailings:subscriptions"))
    assert page.status_code == 200
    assert "Rejoin “Network news”" in page.content.decode()
    client.post(reverse("mailings:subscriptions"), {"list": "network-news", "action": "join"})
    assert not ListOptOut.objects.filter(user=anna).exists()
    client.post(reverse("mailings:subscriptions"), {"list": "network-news", "action": "leave"})
    assert ListOptOut.objects.filter(user=anna, mailing_list=network.news).exists()


def test_leaving_a_governance_list_from_the_account_page_is_refused(network, client):
    client.force_login(network.people.anna)
    response = client.post(
        reverse("mailings:subscriptions"), {"list": "governance", "action": "leave"}, follow=True
    )
    assert "cannot be left" in response.content.decode()
    assert not ListOptOut.objects.exists()


def test_resubscribe_says_whether_anything_changed(network):
    anna = network.people.anna
    assert resubscribe(anna, network.news) is False
    unsubscribe(anna, network.news)
    assert resubscribe(anna, network.news) is True


def test_the_lists_page_needs_sign_in(network):
    response = Client().get(reverse("mailings:subscriptions"))
    assert response.status_code == 302
    assert "/accounts/login/" in response["Location"]

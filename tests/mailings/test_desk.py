"""The desk's mailing pages: only the secretariat writes and sends; lists cost the same queries for
one row as for many."""

import pytest
from django.core import mail
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from mailings.models import Mailing, MailingDelivery, MailingState
from tests.factories import BoardMemberFactory, MemberContactFactory, UserFactory

from .conftest import TEXTS, make_mailing

pytestmark = pytest.mark.django_db


@pytest.fixture
def desk(client, network):
    client.force_login(network.secretariat)
    return client


def form_data(network, **extra):
    return {
        "mailing_list": network.news.pk,
        **TEXTS,
        "to_member_contacts": "on",
        "countries": ["SE"],
        "priorities": [network.climate.pk],
        **extra,
    }


@pytest.mark.parametrize("who", ["member", "board", "outsider"])
def test_nobody_but_the_secretariat_reads_writes_or_sends(client, network, who):
    person = {"member": MemberContactFactory, "board": BoardMemberFactory, "outsider": UserFactory}[who]()
    client.force_login(person)
    mailing = make_mailing(network.news, countries=["SE"])
    for url in [
        reverse("mailings:list"),
        reverse("mailings:create"),
        reverse("mailings:detail", args=[mailing.pk]),
        reverse("mailings:edit", args=[mailing.pk]),
        reverse("mailings:preview", args=[mailing.pk, "sv"]),
        reverse("mailings:log", args=[mailing.pk]),
    ]:
        assert client.get(url).status_code == 403, url
    assert client.post(reverse("mailings:create"), form_data(network)).status_code == 403
    assert client.post(reverse("mailings:send", args=[mailing.pk])).status_code == 403
    assert Mailing.objects.count() == 1
    assert not MailingDelivery.objects.exists()


def test_signed_out_visitors_are_sent_to_sign_in(client, network):
    response = client.get(reverse("mailings:list"))
    assert response.status_code == 302 and "/accounts/login/" in response["Location"]


def test_the_secretariat_writes_a_mailing_and_sees_the_recipient_count(desk, network):
    response = desk.post(reverse("mailings:create"), form_data(network))
    mailing = Mailing.objects.get()
    assert response.status_code == 302
    assert response["Location"] == reverse("mailings:detail", args=[mailing.pk])
    assert mailing.countries == ["SE"] and list(mailing.priorities.all()) == [network.climate]
    assert mailing.created_by == network.secretariat
    page = desk.get(response["Location"]).content.decode()
    assert "2 recipients" in page
    assert "Send to 2 recipients" in page


def test_the_form_refuses_an_empty_audience_and_a_half_written_language(desk, network):
    data = form_data(network, subject_sv="Bara ämne", body_sv="")
    data.pop("to_member_contacts")
    response = desk.post(reverse("mailings:create"), data)
    assert response.status_code == 200
    errors = response.context["form"].errors
    assert "body_sv" in errors
    assert "Choose the recipients" in str(errors["__all__"])
    # Filters without the contact persons they narrow: said at the box to tick.
    data = form_data(network, to_board="on")
    data.pop("to_member_contacts")
    errors = desk.post(reverse("mailings:create"), data).context["form"].errors
    assert list(errors) == ["to_member_contacts"]
    assert not Mailing.objects.exists()


def test_the_preview_shows_each_language_and_says_when_it_falls_back(desk, network):
    mailing = make_mailing(
        network.news,
        texts={"subject_en": "News", "body_en": "Text", "subject_sv": "Nytt", "body_sv": "Text sv"},
    )
    swedish = desk.get(reverse("mailings:preview", args=[mailing.pk, "sv"])).content.decode()
    assert "Nytt" in swedish and "Text sv" in swedish
    italian = desk.get(reverse("mailings:preview", args=[mailing.pk, "it"])).content.decode()
    assert "News" in italian and "not written in Italian" in italian
    assert "List-Unsubscribe-Post" in italian


def test_sending_from_the_desk_and_the_progress(desk, network, django_capture_on_commit_callbacks):
    mailing = make_mailing(network.news, countries=["SE"], priorities=[network.climate])
    with django_capture_on_commit_callbacks(execute=True):
        response = desk.post(reverse("mailings:send", args=[mailing.pk]), follow=True)
    assert "being sent to 2 recipients" in response.content.decode()
    assert len(mail.outbox) == 2
    page = desk.get(reverse("mailings:detail", args=[mailing.pk])).content.decode()
    assert "Sending is complete." in page and "Sent: 2 of 2" in page
    again = desk.post(reverse("mailings:send", args=[mailing.pk]), follow=True).content.decode()
    assert "already being sent" in again or "cannot go from" in again
    assert len(mail.outbox) == 2
    # A sent mailing can no longer be edited.
    assert desk.get(reverse("mailings:edit", args=[mailing.pk])).status_code == 403
    log = desk.get(reverse("mailings:log", args=[mailing.pk])).content.decode()
    assert "anna@example.org" in log and "bjorn@example.org" in log


def count_queries(client, url) -> int:
    with CaptureQueriesContext(connection) as queries:
        assert client.get(url).status_code == 200
    return len(queries)


def test_the_mailings_list_costs_the_same_queries_for_one_and_for_many(desk, network):
    make_mailing(network.news, countries=["SE"])
    one = count_queries(desk, reverse("mailings:list"))
    for _ in range(6):
        make_mailing(network.news, to_board=True)
    assert count_queries(desk, reverse("mailings:list")) == one


def test_the_send_log_costs_the_same_queries_for_one_and_for_many_and_is_paginated(desk, network):
    mailing = make_mailing(network.news, countries=["SE"])
    MailingDelivery.objects.create(mailing=mailing, recipient=network.people.anna, state="sent")
    url = reverse("mailings:log", args=[mailing.pk])
    one = count_queries(desk, url)
    for _ in range(60):
        MailingDelivery.objects.create(mailing=mailing, recipient=UserFactory(), state="sent")
    assert count_queries(desk, url) == one
    page = desk.get(url)
    assert len(page.context["deliveries"]) == 50
    assert "Page 1 of 2" in page.content.decode()
    assert mailing.state == MailingState.DRAFT

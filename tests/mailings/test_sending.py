"""Sending: once per recipient whatever happens, in each recipient's language, with the list headers."""

import datetime

import pytest
import time_machine
from django.core import mail
from django.core.management import call_command
from django.utils import timezone

from mailings.models import DeliveryState, MailingDelivery, MailingState, MailingStateChange
from mailings.selectors import progress
from mailings.services.compose import language_for
from mailings.services.mailings import queue_mailing, send_queued
from mailings.tasks import mark_stalled_deliveries, send_mailing
from outbox.models import OutboxMessage
from sern_portal import timeline
from sern_portal.workflow import TransitionRefused

from .conftest import make_mailing

pytestmark = pytest.mark.django_db


@pytest.fixture
def queue(network, django_capture_on_commit_callbacks):
    """The secretariat sends: the task runs after the commit, as in production without a broker."""

    def go(mailing):
        with django_capture_on_commit_callbacks(execute=True):
            return queue_mailing(mailing, network.secretariat)

    return go


@pytest.fixture
def swedish_climate(network):
    return make_mailing(network.news, priorities=[network.climate], countries=["SE"])


def test_queueing_sends_to_each_recipient_once_after_the_commit(queue, swedish_climate):
    assert queue(swedish_climate) == 2
    assert sorted(m.to[0] for m in mail.outbox) == ["anna@example.org", "bjorn@example.org"]
    swedish_climate.refresh_from_db()
    assert swedish_climate.state == MailingState.SENT
    counts = progress(swedish_climate)
    assert (counts["sent"], counts["total"], counts["failed"], counts["done"]) == (2, 2, 0, 2)
    assert list(
        MailingStateChange.objects.filter(mailing=swedish_climate).values_list("to_state", flat=True)
    ) == [
        "sending",
        "sent",
    ]


def test_the_task_run_twice_sends_each_recipient_once(network, queue, swedish_climate):
    queue(swedish_climate)
    send_mailing(swedish_climate.pk)
    send_mailing.delay(swedish_climate.pk)
    assert send_queued(swedish_climate.pk) == 0
    assert sorted(m.to[0] for m in mail.outbox) == ["anna@example.org", "bjorn@example.org"]
    assert MailingDelivery.objects.filter(mailing=swedish_climate).count() == 2


def test_a_second_click_is_refused_and_sends_nothing_more(network, queue, swedish_climate):
    queue(swedish_climate)
    with pytest.raises(TransitionRefused):
        queue_mailing(swedish_climate, network.secretariat)
    assert len(mail.outbox) == 2


def test_a_worker_restarted_after_a_crash_sends_only_what_was_not_claimed(network):
    everyone = make_mailing(network.news)
    # Queued, and the task not run yet (no commit in this test's transaction).
    queue_mailing(everyone, network.secretariat)
    assert not mail.outbox

    queued = OutboxMessage.objects.filter(task="mailings.tasks.send_mailing")
    assert [m.args for m in queued] == [[everyone.pk]]
    # The first worker claimed one delivery and died before sending it.
    first = MailingDelivery.objects.filter(mailing=everyone).order_by("pk").first()
    MailingDelivery.objects.filter(pk=first.pk).update(state=DeliveryState.SENDING, claim="dead-worker")
    assert send_queued(everyone.pk, chunk_size=2) == 4
    assert send_queued(everyone.pk) == 0
    assert first.recipient.email not in {m.to[0] for m in mail.outbox}
    assert len(mail.outbox) == len({m.to[0] for m in mail.outbox}) == 4


def test_each_recipient_gets_their_language(network, queue):
    mailing = make_mailing(network.news, to_board=True)
    queue(mailing)
    subjects = {m.to[0].split("@")[0]: m.subject for m in mail.outbox}
    assert subjects == {
        "anna": "Klimatnyheter",
        "bjorn": "Klimatnyheter",
        "carl": "Climate news",
        "dario": "Notizie sul clima",
        "elena": "Notizie sul clima",
        "ingrid": "Klimatnyheter",
    }
    languages = dict(MailingDelivery.objects.values_list("recipient__email", "language"))
    assert languages["dario@example.org"] == "it"
    italian = next(m for m in mail.outbox if m.to[0] == "dario@example.org")
    assert "Ciao in italiano." in italian.body
    assert "Hej" not in italian.body


def test_a_missing_language_falls_back_to_english_then_any_written_one(network):
    english_and_italian = make_mailing(
        network.news,
        texts={"subject_en": "News", "body_en": "Text", "subject_it": "Notizie", "body_it": "Testo"},
    )
    assert language_for(english_and_italian, "sv") == "en"
    assert language_for(english_and_italian, "it") == "it"
    only_italian = make_mailing(network.news, texts={"subject_it": "Notizie", "body_it": "Testo"})
    assert language_for(only_italian, "sv") == "it"
    assert language_for(only_italian, "en") == "it"


def test_list_mail_carries_the_one_click_unsubscribe_headers(network, queue, swedish_climate, settings):
    queue(swedish_climate)
    message = next(m for m in mail.outbox if m.to[0] == "anna@example.org")
    link = message.extra_headers["List-Unsubscribe"]
    assert link.startswith(f"<{settings.SITE_URL}/sv/mailings/unsubscribe/network-news/")
    assert message.extra_headers["List-Unsubscribe-Post"] == "List-Unsubscribe=One-Click"
    assert link.strip("<>") in message.body


def test_governance_mail_has_no_unsubscribe_headers(network, queue):
    convocation = make_mailing(network.governance, to_member_contacts=False, to_board=True)
    queue(convocation)
    (message,) = mail.outbox
    assert "List-Unsubscribe" not in message.extra_headers
    assert "List-Unsubscribe-Post" not in message.extra_headers
    assert message.extra_headers["List-Id"].startswith("<governance.")
    assert "/unsubscribe/" not in message.body


def test_the_body_is_escaped_in_the_html_version(network, queue):
    mailing = make_mailing(
        network.news,
        to_member_contacts=False,
        to_board=True,
        texts={"subject_en": "Hi", "body_en": "<script>alert(1)</script> <b>bold</b> https://example.org/x"},
    )
    queue(mailing)
    html = mail.outbox[0].alternatives[0][0]
    assert "<script>" not in html and "&lt;script&gt;" in html
    assert '<a href="https://example.org/x"' in html  # web addresses become links


def test_a_refusal_of_the_mail_server_is_recorded_and_the_others_are_sent(network, queue, monkeypatch):
    from django.core.mail.backends.locmem import EmailBackend

    original = EmailBackend.send_messages

    def refuse_carl(self, messages):
        if messages[0].to == ["carl@example.org"]:
            raise OSError("550 mailbox unavailable")
        return original(self, messages)

    monkeypatch.setattr(EmailBackend, "send_messages", refuse_carl)
    mailing = make_mailing(network.news, countries=["SE"])
    queue(mailing)
    failed = MailingDelivery.objects.get(recipient=network.people.carl)
    assert failed.state == DeliveryState.FAILED
    assert "550" in failed.error
    counts = progress(mailing)
    assert (counts["sent"], counts["failed"], counts["total"]) == (2, 1, 3)


def test_a_bounce_is_recorded_by_the_command(network, queue, swedish_climate):
    queue(swedish_climate)
    call_command("record_bounce", "ANNA@example.org", "--reason", "550 no such user")
    delivery = MailingDelivery.objects.get(recipient=network.people.anna)
    assert delivery.state == DeliveryState.BOUNCED
    assert delivery.error == "550 no such user"
    assert progress(swedish_climate)["bounced"] == 1


def test_an_audience_reaching_nobody_is_refused(network):
    nobody = make_mailing(network.news, countries=["FR"])
    with pytest.raises(TransitionRefused):
        queue_mailing(nobody, network.secretariat)
    nobody.refresh_from_db()
    assert nobody.state == MailingState.DRAFT


def test_the_timeline_shows_the_mailing_sent_to_each_contact(network, queue, swedish_climate):
    queue(swedish_climate)
    organisation = network.people.anna.organisation_contacts.get().organisation
    entries = [e for e in timeline.entries_for(organisation) if e.kind == "mailing"]
    assert sorted(e.title for e in entries) == ["Mailing sent to Anna", "Mailing sent to Bjorn"]
    assert {e.detail for e in entries} == {"Climate news"}
    assert "mailings" in timeline.sources()


class WorkerKilled(BaseException):
    """What a SIGKILL looks like from inside: nothing after it runs (not an Exception)."""


def test_a_worker_killed_mid_chunk_loses_nobody_and_leaves_one_delivery_in_doubt(network, monkeypatch):
    from mailings.services import mailings as sending

    everyone = make_mailing(network.news)
    queue_mailing(everyone, network.secretariat)
    real_as_email = sending.as_email
    calls = []

    def dies_on_the_second(composed, address, connection):
        calls.append(address)
        if len(calls) == 2:
            raise WorkerKilled
        return real_as_email(composed, address, connection)

    monkeypatch.setattr(sending, "as_email", dies_on_the_second)
    with pytest.raises(WorkerKilled):
        send_queued(everyone.pk, chunk_size=50)
    assert len(mail.outbox) == 1
    monkeypatch.setattr(sending, "as_email", real_as_email)

    # The task is redelivered to another worker: everybody not yet reached gets it, once.
    assert send_queued(everyone.pk) == 3
    received = [m.to[0] for m in mail.outbox]
    assert len(received) == len(set(received)) == 4
    assert calls[1] not in received
    doubtful = MailingDelivery.objects.get(mailing=everyone, recipient__email=calls[1])
    assert doubtful.state == DeliveryState.SENDING
    # Ten minutes on, the one the killed worker was sending is "perhaps not sent", not "sent".
    with time_machine.travel(timezone.now() + datetime.timedelta(minutes=11)):
        assert mark_stalled_deliveries() == 1
    doubtful.refresh_from_db()
    assert doubtful.state == DeliveryState.IN_DOUBT
    everyone.refresh_from_db()
    assert everyone.state == "sent"
    counts = progress(everyone)
    assert (counts["sent"], counts["in_doubt"], counts["done"], counts["total"]) == (4, 1, 5, 5)

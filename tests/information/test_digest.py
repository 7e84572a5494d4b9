import datetime

import pytest
import time_machine
from django.conf import settings
from django.core import mail
from django.urls import reverse
from django.utils import timezone

from information.digest import DIGEST_SECTIONS, digest_recipients, send_digest, week_end
from information.models import DigestSend
from information.tasks import send_weekly_digest, send_weekly_digests
from projects.models import PcmPhase, Visibility
from strategy.models import Priority
from tests.factories import (
    EuCallFactory,
    EventFactory,
    NewsItemFactory,
    ProjectIdeaFactory,
    organisation_of,
)


@pytest.fixture
def committed(django_capture_on_commit_callbacks):
    """Runs a send as if its transaction committed (the e-mail goes out on commit)."""

    def run(function, *args):
        with django_capture_on_commit_callbacks(execute=True):
            return function(*args)

    return run


@pytest.fixture
def week(member):
    climate = Priority.objects.get(code="climate-action")
    tourism = Priority.objects.get(code="sustainable-tourism")
    organisation_of(member).priorities.set([climate])
    until = week_end()
    recent = until - datetime.timedelta(days=2)
    call = EuCallFactory(title="Adaptation call", published_at=recent)
    call.priorities.set([climate])
    EuCallFactory(title="Tourism call", published_at=recent).priorities.set([tourism])
    EuCallFactory(title="Old call", published_at=until - datetime.timedelta(days=20)).priorities.set(
        [climate]
    )
    news = NewsItemFactory(title="Climate news", published_at=recent)
    news.priorities.set([climate])
    EventFactory(title="General Assembly", created_at=recent)
    return {"until": until, "call": call, "news": news}


def test_the_digest_holds_the_weeks_calls_news_and_events_of_my_priorities(member, week, committed):
    member.language = "it"
    member.save()
    record = committed(send_digest, member, week["until"])
    assert list(record.calls.all()) == [week["call"]]
    assert list(record.news.all()) == [week["news"]]
    assert [event.title for event in record.events.all()] == ["General Assembly"]
    message = mail.outbox[-1]
    assert message.to == [member.email]
    assert "Adaptation call" in message.body and "Tourism call" not in message.body
    assert "Old call" not in message.body
    assert "Nuovi questa settimana" in message.body  # in the recipient's language (Italian)


def test_a_second_send_for_the_same_week_sends_nothing(member, week, committed):
    assert committed(send_digest, member, week["until"]) is not None
    assert committed(send_digest, member, week["until"]) is None
    assert DigestSend.objects.count() == 1
    assert len(mail.outbox) == 1


def test_the_digest_task_run_twice_for_a_week_sends_one_email_and_next_weeks_is_sent(member, week, committed):
    until = week["until"]
    assert committed(send_weekly_digest, member.pk, until.isoformat()) is True
    assert committed(send_weekly_digest, member.pk, until.isoformat()) is False
    next_until = until + datetime.timedelta(days=7)
    NewsItemFactory(
        title="News of the following week", published_at=until + datetime.timedelta(days=2)
    ).priorities.set(week["news"].priorities.all())
    assert committed(send_weekly_digest, member.pk, next_until.isoformat()) is True
    assert [message.to for message in mail.outbox] == [[member.email], [member.email]]
    assert "News of the following week" in mail.outbox[1].body


def test_a_user_who_switched_the_digest_off_gets_none(client, member, week, committed):
    client.force_login(member)
    response = client.post(reverse("account"), {"name": member.name, "language": "en"})
    assert response.status_code == 302
    member.refresh_from_db()
    assert member.receives_weekly_digest is False
    assert member not in digest_recipients()
    assert committed(send_digest, member, week["until"]) is None
    assert mail.outbox == []


def test_the_weekly_task_sends_to_members_contacts_only(
    member, other_member, outsider, secretariat, week, committed
):
    committed(send_weekly_digests)
    recipients = {message.to[0] for message in mail.outbox}
    assert member.email in recipients  # other_member has no priorities: only the General Assembly
    assert outsider.email not in recipients and secretariat.email not in recipients


def test_the_recipients_per_call_can_be_counted(member, other_member, week, committed):
    organisation_of(other_member).priorities.set(organisation_of(member).priorities.all())
    committed(send_weekly_digests)
    assert week["call"].digests.count() == 2


def test_the_sections_are_calls_news_events_and_ideas_in_that_order():
    assert [section.key for section in DIGEST_SECTIONS] == ["calls", "news", "events", "ideas"]


def test_the_digest_holds_the_weeks_new_ideas_of_other_members_in_my_priorities(
    member, other_member, week, committed
):
    climate = Priority.objects.get(code="climate-action")
    recent = week["until"] - datetime.timedelta(days=3)
    wanted = ProjectIdeaFactory(
        title="Heat-proof schoolyards", lead=organisation_of(other_member), created_at=recent
    )
    mine = ProjectIdeaFactory(title="Our own idea", lead=organisation_of(member), created_at=recent)
    old = ProjectIdeaFactory(title="Last month's idea", created_at=recent - datetime.timedelta(days=30))
    secret = ProjectIdeaFactory(
        title="Secretariat only", created_at=recent, visibility=Visibility.SECRETARIAT
    )
    closed = ProjectIdeaFactory(title="Already financed", created_at=recent, phase=PcmPhase.FINANCING)
    for idea in (wanted, mine, old, secret, closed):
        idea.priorities.set([climate])
    ProjectIdeaFactory(title="Other priorities", created_at=recent)
    member.language = "it"
    member.save()
    record = committed(send_digest, member, week["until"])
    assert list(record.ideas.all()) == [wanted]
    body = mail.outbox[-1].body
    html = mail.outbox[-1].alternatives[0][0]
    assert "Heat-proof schoolyards" in body and "Heat-proof schoolyards" in html
    for title in ("Our own idea", "Last month's idea", "Secretariat only", "Already financed"):
        assert title not in body
    assert "Idee progettuali in cerca di partner" in body  # the heading in the recipient's language
    assert f"/it/members-area/ideas/{wanted.pk}/" in body
    assert "idee progettuali" in mail.outbox[-1].subject


def test_the_week_ends_on_monday_at_seven_in_rome():
    wednesday = datetime.datetime(2027, 3, 3, 12, 0, tzinfo=datetime.UTC)
    end = timezone.localtime(week_end(wednesday))
    assert (end.date(), end.hour) == (datetime.date(2027, 3, 1), 7)


def test_the_digest_carries_a_one_click_stop_link_that_works_without_signing_in(
    client, member, week, committed
):
    member.language = "sv"
    member.save()
    committed(send_digest, member, week["until"])
    message = mail.outbox[-1]
    assert message.extra_headers["List-Unsubscribe-Post"] == "List-Unsubscribe=One-Click"
    link = message.extra_headers["List-Unsubscribe"].strip("<>")
    assert link in message.body and "/sv/" in link
    path = link.removeprefix(settings.SITE_URL)
    # Opening the link (or a link scanner following it) asks first and stops nothing.
    page = client.get(path)
    assert page.status_code == 200 and member.email in page.content.decode()
    member.refresh_from_db()
    assert member.receives_weekly_digest
    # The mail client's one-click POST, with no cookie and no CSRF token, stops it.
    stopped = client.post(path, {"List-Unsubscribe": "One-Click"})
    assert stopped.status_code == 200
    member.refresh_from_db()
    assert not member.receives_weekly_digest
    assert committed(send_digest, member, week["until"] + datetime.timedelta(days=7)) is None


def test_a_forged_or_expired_stop_link_stops_nothing(client, member):
    from django.core import signing

    from information.digest_links import DIGEST_STOP_MAX_AGE, digest_stop_token

    token = digest_stop_token(member)
    forged = signing.dumps({"u": member.pk}, salt="mailings.unsubscribe")  # another feature's token
    with time_machine.travel(timezone.now() + DIGEST_STOP_MAX_AGE + datetime.timedelta(days=1)):
        expired = client.post(reverse("digest_stop", args=[token]))
    assert expired.status_code == 400 and "expired" in expired.content.decode()
    assert client.post(reverse("digest_stop", args=[forged])).status_code == 400
    assert client.post(reverse("digest_stop", args=[token[:-3] + "abc"])).status_code == 400
    member.refresh_from_db()
    assert member.receives_weekly_digest

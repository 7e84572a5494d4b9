"""The Board's calendar address: random, stored hashed, revocable and replaceable (issue 11, point 15)."""

import hashlib

import pytest
from django.core import signing
from django.urls import reverse

from members.models import CalendarToken
from members.services.calendar import issue_calendar_token


@pytest.fixture
def meeting(db):
    import datetime

    from django.utils import timezone

    from members.models import BoardMeeting

    return BoardMeeting.objects.create(date=timezone.localdate() + datetime.timedelta(days=30), place="Parma")


def feed(client, token):
    return client.get(reverse("board_calendar", args=[token]))


def create_address(client) -> str:
    response = client.post(reverse("account_calendar_address"), {"action": "create"})
    assert response.status_code == 200
    url = response.context["calendar_url"]
    return url.rstrip("/").rsplit("/", 1)[-1].removesuffix(".ics")


def test_a_board_member_creates_an_address_on_my_account_and_the_feed_opens(client, board_member, meeting):
    client.force_login(board_member)
    assert "Create my calendar address" in client.get(reverse("account")).content.decode()
    token = create_address(client)
    response = feed(client, token)
    assert response.status_code == 200
    assert b"BEGIN:VEVENT" in response.content


def test_the_token_is_random_and_only_its_sha256_is_stored(client, board_member):
    token = issue_calendar_token(board_member)
    stored = CalendarToken.objects.get(user=board_member)
    assert stored.token_hash == hashlib.sha256(token.encode()).hexdigest()
    assert token not in stored.token_hash
    assert str(board_member.pk) not in token or len(token) >= 40
    with pytest.raises(signing.BadSignature):
        signing.loads(token, salt="members.board-calendar")


def test_a_new_address_replaces_the_old_one_which_stops_working(client, board_member, meeting):
    client.force_login(board_member)
    old = create_address(client)
    new = create_address(client)
    assert old != new
    assert feed(client, old).status_code == 404
    assert feed(client, new).status_code == 200


def test_a_revoked_address_stops_working(client, board_member, meeting):
    client.force_login(board_member)
    token = create_address(client)
    response = client.post(reverse("account_calendar_address"), {"action": "revoke"})
    assert response.status_code == 302
    assert feed(client, token).status_code == 404
    assert not CalendarToken.objects.filter(user=board_member).exists()


def test_the_old_signed_addresses_no_longer_work(client, board_member, meeting):
    old_style = signing.dumps(board_member.pk, salt="members.board-calendar")
    assert feed(client, old_style).status_code == 404


def test_a_person_who_left_the_board_gets_404_with_their_old_address(client, board_member, meeting):
    token = issue_calendar_token(board_member)
    board_member.board_seats.update(ended_on="2025-06-30")
    assert feed(client, token).status_code == 404


def test_an_outsider_cannot_create_a_calendar_address(client, outsider):
    client.force_login(outsider)
    assert client.post(reverse("account_calendar_address"), {"action": "create"}).status_code == 403
    assert "calendar address" not in client.get(reverse("account")).content.decode()
    assert not CalendarToken.objects.exists()


def test_the_meetings_page_no_longer_shows_an_address_with_the_person_in_it(client, board_member):
    client.force_login(board_member)
    html = client.get(reverse("board_meetings")).content.decode()
    # The footer's feed of public events is the same for everyone; no other feed is on the page.
    assert ".ics" not in html.replace(reverse("public_events_ical"), "")
    assert reverse("account") + "#calendar" in html

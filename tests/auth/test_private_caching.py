"""Pages and files behind sign-in are never stored by a proxy or the browser (issue 11, point 14)."""

import datetime

import pytest
from django.urls import reverse
from django.utils import timezone

from members.models import BoardMeeting
from tests.members.conftest import make_application


def no_store(response) -> bool:
    directives = {d.strip() for d in response.get("Cache-Control", "").split(",")}
    return {"private", "no-store"} <= directives


@pytest.fixture
def open_meeting(db):
    return BoardMeeting.objects.create(date=timezone.localdate() + datetime.timedelta(days=60), place="Parma")


@pytest.fixture
def application(applicant, open_meeting):
    return make_application(applicant, state="ready", meeting=open_meeting)


def test_the_applicants_own_application_and_account_are_private(client, applicant, application):
    client.force_login(applicant)
    for url in (reverse("application_detail", args=[application.pk]), reverse("account")):
        response = client.get(url)
        assert response.status_code == 200, url
        assert no_store(response), url


def test_the_desk_its_csv_and_the_meeting_pack_are_private(client, secretariat, application, open_meeting):
    client.force_login(secretariat)
    for url in (
        reverse("desk"),
        reverse("desk_export"),
        reverse("desk_application", args=[application.pk]),
        reverse("board_meeting_pack", args=[open_meeting.pk]),
    ):
        response = client.get(url)
        assert response.status_code == 200, url
        assert no_store(response), url


def test_a_members_pages_are_private_even_the_public_ones_they_visit(client, member):
    client.force_login(member)
    for url in (reverse("members_area"), reverse("home")):
        assert no_store(client.get(url)), url


def test_an_anonymous_visitor_gets_the_public_pages_without_the_private_header(client, db):
    assert not no_store(client.get(reverse("home")))

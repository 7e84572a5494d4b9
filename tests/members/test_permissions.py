"""Who may see what. Signed-in people without permission get 403 (never the page); anonymous
visitors are sent to sign in. An applicant's own application is never shown to others."""

import pytest
from django.urls import reverse

from .conftest import make_application


@pytest.fixture
def their_application(applicant, open_meeting):
    return make_application(applicant, state="submitted")


@pytest.fixture
def other_applicant(db):
    from tests.factories import ApplicantFactory

    return ApplicantFactory()


def application_paths(application):
    return [
        reverse("application_detail", args=[application.pk]),
        reverse("application_step", args=[application.pk, "organisation"]),
        reverse("application_signed_form", args=[application.pk]),
        reverse("desk_application", args=[application.pk]),
    ]


ROLE_PATHS = ["desk", "desk_export", "desk_fees", "board_meetings"]


@pytest.mark.parametrize("who", ["outsider", "other_applicant", "member", "board_member"])
def test_nobody_else_sees_an_application_not_on_a_meeting(client, request, their_application, who):
    client.force_login(request.getfixturevalue(who))
    for path in application_paths(their_application):
        assert client.get(path).status_code == 403, path


@pytest.mark.parametrize("who", ["outsider", "other_applicant", "member", "board_member"])
def test_the_desk_is_for_the_secretariat_only(client, request, who):
    client.force_login(request.getfixturevalue(who))
    for name in ["desk", "desk_export", "desk_fees"]:
        assert client.get(reverse(name)).status_code == 403, name


@pytest.mark.parametrize("who", ["outsider", "other_applicant", "member"])
def test_board_pages_are_for_the_board_and_the_secretariat(client, request, who, open_meeting):
    client.force_login(request.getfixturevalue(who))
    for path in [
        reverse("board_meetings"),
        reverse("board_meeting", args=[open_meeting.pk]),
        reverse("board_meeting_pack", args=[open_meeting.pk]),
        reverse("board_minutes", args=[open_meeting.pk]),
    ]:
        assert client.get(path).status_code == 403, path


@pytest.mark.parametrize("who", ["outsider", "other_applicant", "member", "board_member"])
def test_only_the_chair_or_secretariat_record_decisions(client, request, who, applicant, held_meeting):
    application = make_application(applicant, state="ready", meeting=held_meeting)
    client.force_login(request.getfixturevalue(who))
    response = client.post(reverse("board_decision", args=[application.pk]), {"decision": "approved"})
    assert response.status_code == 403
    application.refresh_from_db()
    assert application.state == "ready"


@pytest.mark.parametrize("who", ["outsider", "other_applicant", "member", "board_member"])
def test_only_the_applicant_withdraws(client, request, who, their_application):
    client.force_login(request.getfixturevalue(who))
    assert client.post(reverse("application_withdraw", args=[their_application.pk])).status_code == 403


def test_a_board_member_sees_an_application_once_it_is_on_a_meeting(
    client, board_member, applicant, open_meeting
):
    application = make_application(applicant, state="ready", meeting=open_meeting)
    client.force_login(board_member)
    assert client.get(reverse("application_detail", args=[application.pk])).status_code == 200
    assert client.get(reverse("application_signed_form", args=[application.pk])).status_code == 200
    assert client.get(reverse("desk_application", args=[application.pk])).status_code == 403


def test_the_secretariat_sees_everything(client, secretariat, their_application):
    client.force_login(secretariat)
    for path in application_paths(their_application)[:1] + application_paths(their_application)[2:]:
        assert client.get(path).status_code == 200, path


def test_anonymous_visitors_are_sent_to_sign_in(client, their_application):
    for path in application_paths(their_application) + [reverse(name) for name in ROLE_PATHS]:
        response = client.get(path)
        assert response.status_code == 302 and "/accounts/login/" in response.url, path

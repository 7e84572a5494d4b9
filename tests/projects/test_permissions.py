"""Who may see and change ideas: each forbidden path of projects/rules.py, with the cast."""

import pytest
from django.urls import reverse

from projects.models import InterestStatus, PcmPhase, ProjectIdea

pytestmark = pytest.mark.django_db


def url(name, *args):
    return reverse(f"projects:{name}", args=args)


def test_an_anonymous_visitor_is_sent_to_the_login_page(client, idea):
    for path in (url("idea_list"), url("idea_detail", idea.pk), url("idea_create"), url("project_history")):
        response = client.get(path)
        assert response.status_code == 302
        assert "/accounts/login/" in response["Location"]


@pytest.mark.parametrize("who", ["outsider", "applicant"])
def test_a_non_member_cannot_see_ideas_or_the_history(client, request, idea, who):
    client.force_login(request.getfixturevalue(who))
    for path in (url("idea_list"), url("idea_detail", idea.pk), url("idea_create"), url("project_history")):
        assert client.get(path).status_code == 403, path


@pytest.mark.parametrize("who", ["member", "other_member", "secretariat", "board_member"])
def test_members_secretariat_and_board_see_an_idea_for_all_members(client, request, idea, who):
    client.force_login(request.getfixturevalue(who))
    assert client.get(url("idea_detail", idea.pk)).status_code == 200
    assert idea.title in client.get(url("idea_list")).content.decode()


@pytest.mark.parametrize(("who", "status"), [("member", 200), ("secretariat", 200)])
def test_the_lead_and_the_secretariat_see_a_secretariat_only_idea(client, request, secret_idea, who, status):
    client.force_login(request.getfixturevalue(who))
    assert client.get(url("idea_detail", secret_idea.pk)).status_code == status
    assert secret_idea.title in client.get(url("idea_list")).content.decode()


@pytest.mark.parametrize("who", ["other_member", "board_member"])
def test_other_members_and_the_board_cannot_see_a_secretariat_only_idea(client, request, secret_idea, who):
    client.force_login(request.getfixturevalue(who))
    assert client.get(url("idea_detail", secret_idea.pk)).status_code == 403
    assert secret_idea.title not in client.get(url("idea_list")).content.decode()


def test_a_member_cannot_edit_another_organisations_idea(client, other_member, idea):
    client.force_login(other_member)
    assert client.get(url("idea_edit", idea.pk)).status_code == 403
    response = client.post(url("idea_edit", idea.pk), {"title": "Taken over"})
    assert response.status_code == 403
    idea.refresh_from_db()
    assert idea.title != "Taken over"


@pytest.mark.parametrize("who", ["other_member", "board_member"])
def test_only_the_lead_or_the_secretariat_move_the_phase(client, request, idea, who):
    client.force_login(request.getfixturevalue(who))
    response = client.post(url("idea_move_phase", idea.pk), {"to_phase": PcmPhase.FORMULATION})
    assert response.status_code == 403
    assert ProjectIdea.objects.get(pk=idea.pk).phase == PcmPhase.IDENTIFICATION


@pytest.mark.parametrize("who", ["member", "secretariat"])
def test_the_lead_and_the_secretariat_may_edit_and_move(client, request, idea, who):
    client.force_login(request.getfixturevalue(who))
    assert client.get(url("idea_edit", idea.pk)).status_code == 200
    client.post(url("idea_move_phase", idea.pk), {"to_phase": PcmPhase.FORMULATION, "from_phase": idea.phase})
    assert ProjectIdea.objects.get(pk=idea.pk).phase == PcmPhase.FORMULATION


def test_a_member_cannot_express_interest_in_their_own_idea(client, member, idea):
    client.force_login(member)
    assert client.get(url("idea_express_interest", idea.pk)).status_code == 403
    assert client.post(url("idea_express_interest", idea.pk), {"message": "Me too"}).status_code == 403
    assert not idea.interests.exists()


@pytest.mark.parametrize("who", ["secretariat", "board_member", "outsider"])
def test_only_contacts_of_another_member_express_interest(client, request, idea, who):
    client.force_login(request.getfixturevalue(who))
    assert client.post(url("idea_express_interest", idea.pk), {"message": "Hello"}).status_code == 403
    assert not idea.interests.exists()


def test_a_member_cannot_express_interest_in_a_secretariat_only_idea(client, other_member, secret_idea):
    client.force_login(other_member)
    assert client.post(url("idea_express_interest", secret_idea.pk), {"message": "Hi"}).status_code == 403


@pytest.mark.parametrize("who", ["other_member", "board_member", "outsider"])
def test_only_the_lead_or_the_secretariat_decide_an_interest(client, request, interest, who):
    client.force_login(request.getfixturevalue(who))
    response = client.post(url("interest_decide", interest.pk), {"decision": InterestStatus.ACCEPTED})
    assert response.status_code == 403
    interest.refresh_from_db()
    assert interest.status == InterestStatus.PENDING


def test_the_secretariat_may_decide_an_interest(client, secretariat, interest):
    client.force_login(secretariat)
    client.post(url("interest_decide", interest.pk), {"decision": InterestStatus.DECLINED})
    interest.refresh_from_db()
    assert interest.status == InterestStatus.DECLINED
    assert interest.decided_by == secretariat


@pytest.mark.parametrize("who", ["member", "secretariat", "board_member"])
def test_only_the_interested_member_withdraws(client, request, interest, who):
    client.force_login(request.getfixturevalue(who))
    assert client.post(url("interest_withdraw", interest.pk)).status_code == 403
    interest.refresh_from_db()
    assert interest.status == InterestStatus.PENDING


@pytest.mark.parametrize("who", ["other_member", "board_member"])
def test_only_the_lead_or_the_secretariat_record_a_submission(client, request, idea, who):
    ProjectIdea.objects.filter(pk=idea.pk).update(phase=PcmPhase.FINANCING)
    client.force_login(request.getfixturevalue(who))
    data = {"acronym": "X", "programme": "Erasmus+", "submitted_on": "2026-03-01"}
    assert client.post(url("idea_record_submission", idea.pk), data).status_code == 403
    assert not idea.records.exists()


def test_no_submission_is_recorded_before_the_financing_phase(client, member, idea):
    client.force_login(member)
    assert client.get(url("idea_record_submission", idea.pk)).status_code == 403


def test_a_member_who_is_not_a_contact_cannot_create_an_idea(client, board_member):
    client.force_login(board_member)
    assert client.get(url("idea_create")).status_code == 403


def test_a_forged_phase_in_the_form_gets_a_message_not_an_error(client, member, idea):
    client.force_login(member)
    response = client.post(
        url("idea_move_phase", idea.pk),
        {"to_phase": PcmPhase.FORMULATION, "from_phase": "forged"},
        follow=True,
    )
    assert response.status_code == 200
    assert "cannot move" in response.content.decode()
    assert ProjectIdea.objects.get(pk=idea.pk).phase == PcmPhase.IDENTIFICATION

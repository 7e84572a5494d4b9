"""The idea page's suggested partners: who sees them, invite, dismiss; the secretariat's overview."""

import datetime

import pytest
from django.core import mail
from django.urls import reverse

from projects.models import (
    MatchingRun,
    PartnerSuggestion,
    SuggestionDismissal,
    SuggestionInvitation,
)
from projects.services.matching import recompute_suggestions
from tests.factories import MemberContactFactory, ProjectIdeaFactory
from tests.projects.matching_fixtures import build_network

pytestmark = pytest.mark.django_db


@pytest.fixture
def network():
    network = build_network()
    recompute_suggestions(network.idea)
    return network


def idea_url(network):
    return reverse("projects:idea_detail", args=[network.idea.pk])


def invite_url(network, organisation):
    return reverse("projects:suggestion_invite", args=[network.idea.pk, organisation.pk])


def dismiss_url(network, organisation):
    return reverse("projects:suggestion_dismiss", args=[network.idea.pk, organisation.pk])


def test_the_lead_sees_suggested_partners_with_reasons(client, network):
    client.force_login(network.lead_contact)
    response = client.get(idea_url(network))
    assert response.status_code == 200
    page = response.content.decode()
    assert "Suggested partners" in page
    assert "Comune di Parma" in page
    assert "partner of yours in MOBEC" in page
    assert "Former member" not in page


def test_the_secretariat_sees_them_too(client, network, secretariat):
    client.force_login(secretariat)
    assert "Suggested partners" in client.get(idea_url(network)).content.decode()


@pytest.mark.parametrize("person", ["other_member", "board_member", "applicant"])
def test_other_people_who_may_read_the_idea_do_not_see_suggestions(client, network, person, request):
    client.force_login(request.getfixturevalue(person))
    response = client.get(idea_url(network))
    assert response.status_code in {200, 403}
    assert "Suggested partners" not in response.content.decode()


@pytest.mark.parametrize("person", ["other_member", "outsider", "applicant", "board_member"])
@pytest.mark.parametrize("action", ["invite", "dismiss"])
def test_only_the_lead_and_the_secretariat_may_invite_or_dismiss(client, network, person, action, request):
    client.force_login(request.getfixturevalue(person))
    url = (invite_url if action == "invite" else dismiss_url)(network, network.parma)
    assert client.post(url).status_code == 403
    assert not SuggestionInvitation.objects.exists()
    assert not SuggestionDismissal.objects.exists()


def test_the_partners_own_contact_cannot_invite_itself(client, network):
    client.force_login(network.partner_contact)
    assert client.post(invite_url(network, network.parma)).status_code == 403


def test_anonymous_visitors_are_sent_to_sign_in(client, network):
    response = client.post(invite_url(network, network.parma))
    assert response.status_code == 302 and "/accounts/login/" in response["Location"]


def test_invite_and_dismiss_accept_only_post(client, network):
    client.force_login(network.lead_contact)
    assert client.get(invite_url(network, network.parma)).status_code == 405
    assert client.get(dismiss_url(network, network.parma)).status_code == 405


def test_a_double_invite_records_one_invitation_and_sends_one_email(
    client, network, django_capture_on_commit_callbacks
):
    client.force_login(network.lead_contact)
    with django_capture_on_commit_callbacks(execute=True):
        first = client.post(invite_url(network, network.parma), follow=True)
        second = client.post(invite_url(network, network.parma), follow=True)
    assert SuggestionInvitation.objects.filter(idea=network.idea, organisation=network.parma).count() == 1
    assert len(mail.outbox) == 1
    assert mail.outbox[0].to == [network.partner_contact.email]
    assert "was already invited" in second.content.decode()
    assert "is invited to express interest" in first.content.decode()
    assert "Invited to express interest" in second.content.decode()


def test_the_invitation_is_written_in_the_invited_contacts_language(
    client, network, django_capture_on_commit_callbacks
):
    client.force_login(network.lead_contact)
    with django_capture_on_commit_callbacks(execute=True):
        client.post(invite_url(network, network.parma))
    assert "Luleå kommun" in mail.outbox[0].subject
    assert "invites you" not in mail.outbox[0].subject  # Italian, not English


def test_the_secretariat_can_invite_for_the_lead(
    client, network, secretariat, django_capture_on_commit_callbacks
):
    client.force_login(secretariat)
    with django_capture_on_commit_callbacks(execute=True):
        client.post(invite_url(network, network.kalix))
    assert SuggestionInvitation.objects.get().by == secretariat


def test_a_former_member_cannot_be_invited(client, network):
    client.force_login(network.lead_contact)
    response = client.post(invite_url(network, network.former), follow=True)
    assert "cannot be invited" in response.content.decode()
    assert not SuggestionInvitation.objects.exists()


def test_a_dismissed_suggestion_disappears_and_does_not_come_back_after_a_recompute(
    client, network, django_capture_on_commit_callbacks
):
    client.force_login(network.lead_contact)
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(
            dismiss_url(network, network.parma), {"note": "Already too many Italians"}, follow=True
        )
    assert "will not be suggested again" in response.content.decode()
    dismissal = SuggestionDismissal.objects.get()
    assert (dismissal.note, dismissal.by, dismissal.rank) == (
        "Already too many Italians",
        network.lead_contact,
        dismissal.rank,
    )
    assert dismissal.reasons  # kept as feedback
    recompute_suggestions(network.idea)
    assert not PartnerSuggestion.objects.filter(idea=network.idea, organisation=network.parma).exists()
    assert PartnerSuggestion.objects.filter(idea=network.idea).exists()
    page = client.get(idea_url(network)).content.decode()
    assert "Comune di Parma" not in page.split('id="suggestions-heading"')[1].split("</section>")[0]


def test_a_dismissed_member_cannot_be_invited(client, network):
    client.force_login(network.lead_contact)
    client.post(dismiss_url(network, network.parma))
    client.post(invite_url(network, network.parma))
    assert not SuggestionInvitation.objects.exists()


def test_the_lead_can_ask_for_a_recompute(client, network, django_capture_on_commit_callbacks):
    PartnerSuggestion.objects.all().delete()
    client.force_login(network.lead_contact)
    with django_capture_on_commit_callbacks(execute=True):
        client.post(reverse("projects:suggestions_recompute", args=[network.idea.pk]))
    assert PartnerSuggestion.objects.filter(idea=network.idea).exists()


# --- The secretariat's overview -------------------------------------------------------------------
OVERVIEW = reverse("projects:matching_overview")


@pytest.mark.parametrize("person", ["member", "board_member", "applicant"])
def test_the_overview_is_for_the_secretariat_only(client, person, request):
    client.force_login(request.getfixturevalue(person))
    assert client.get(OVERVIEW).status_code == 403
    assert client.post(reverse("projects:matching_start_run")).status_code == 403


def test_the_overview_lists_open_ideas_suggestions_and_members_suggested_for_none(
    client, network, secretariat
):
    client.force_login(secretariat)
    page = client.get(OVERVIEW).content.decode()
    assert "Green school routes" in page
    assert "Comune di Parma" in page
    unsuggested = page.split('id="unsuggested-heading"')[1]
    assert "Luleå kommun" in unsuggested  # the lead is never suggested for its own idea
    assert "Comune di Parma" not in unsuggested


def test_the_overviews_query_count_does_not_grow_with_the_ideas(
    client, network, secretariat, django_assert_num_queries
):
    client.force_login(secretariat)
    client.get(OVERVIEW)  # warm the per-user role caches of the session
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    with CaptureQueriesContext(connection) as one:
        assert client.get(OVERVIEW).status_code == 200
    for number in range(6):
        idea = ProjectIdeaFactory(
            lead=network.parma, title=f"More idea {number}", eoi_deadline=datetime.date(2099, 1, 1)
        )
        recompute_suggestions(idea)
    with django_assert_num_queries(len(one.captured_queries)):
        assert client.get(OVERVIEW).status_code == 200


def test_a_bulk_recompute_computes_every_open_idea_and_reports_its_progress(
    client, network, secretariat, django_capture_on_commit_callbacks
):
    other = ProjectIdeaFactory(lead=network.parma, eoi_deadline=datetime.date(2099, 1, 1))
    PartnerSuggestion.objects.all().delete()
    client.force_login(secretariat)
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(reverse("projects:matching_start_run"))
    run = MatchingRun.objects.get()
    assert response["Location"] == reverse("projects:matching_run", args=[run.pk])
    assert (run.total, run.done, run.is_running) == (2, 2, False)
    assert set(PartnerSuggestion.objects.values_list("idea", flat=True)) == {network.idea.pk, other.pk}
    page = client.get(response["Location"]).content.decode()
    assert "Done: 2 of 2 ideas computed." in page
    assert "data-poll" not in page and "http-equiv" not in page


def test_a_running_bulk_recompute_page_updates_itself_without_a_timed_reload(client, secretariat):
    run = MatchingRun.objects.create(total=5, done=2)
    client.force_login(secretariat)
    page = client.get(reverse("projects:matching_run", args=[run.pk])).content.decode()
    assert 'data-poll="2000"' in page and "js/progress.js" in page and "http-equiv" not in page
    assert "2 of 5 ideas computed" in page


def test_a_member_contacts_idea_page_works_without_stored_suggestions(client, db):
    contact = MemberContactFactory()
    idea = ProjectIdeaFactory(
        lead=contact.organisation_contacts.get().organisation, eoi_deadline=datetime.date(2099, 1, 1)
    )
    client.force_login(contact)
    page = client.get(reverse("projects:idea_detail", args=[idea.pk])).content.decode()
    assert "No suggestions yet" in page


# --- Readable suggestions (issue 10, point 14) -----------------------------------------------------
def test_the_secretariat_reads_about_the_lead_in_the_third_person(client, network, secretariat):
    client.force_login(secretariat)
    for url in (idea_url(network), OVERVIEW):
        page = client.get(url).content.decode()
        assert "partner of the lead in MOBEC" in page, url
        assert "yours" not in page and "you look for" not in page, url


def test_each_suggestion_says_how_strong_a_match_it_is_in_words(client, network):
    client.force_login(network.lead_contact)
    page = client.get(idea_url(network)).content.decode()
    assert "Strong match" in page
    assert "compared with the best suggestion for this idea" in page


def test_a_suggestion_shows_three_reasons_and_the_others_on_demand(client, network):
    suggestion = network.idea.suggestions.get(organisation__name="Comune di Parma")
    suggestion.reasons = [
        {"code": "past_partner_of_lead", "params": {"projects": ["MOBEC"]}},
        {"code": "active_in_programme", "params": {"programme": "horizon_europe"}},
        {"code": "same_programme", "params": {"programme": "horizon_europe"}},
        {"code": "similar_text", "params": {"terms": ["italiani", "comuni", "opened"]}},
        {"code": "shared_priorities", "params": {"priorities": ["smart-mobility"]}},
        {"code": "wanted_kind", "params": {"kind": "municipality"}},
    ]
    suggestion.save()
    client.force_login(network.lead_contact)
    page = client.get(idea_url(network)).content.decode()
    item = page.split("Comune di Parma</a>")[1].split("</li>\n    \n")[0]
    shown, more = item.split('<details class="more-reasons">')
    assert shown.count("<li>") == 3
    assert "1 more reason" in more and more.count("<li>") == 1
    assert "has been active in Horizon Europe" in item
    assert "has taken part in" not in item  # the same programme, said once
    assert "italiani" not in item and "comuni" not in item and "opened" not in item


def test_the_match_is_said_in_the_readers_language(client, network):
    client.force_login(network.lead_contact)
    url = idea_url(network).replace("/en/", "/sv/", 1)
    assert "Stark matchning" in client.get(url).content.decode()

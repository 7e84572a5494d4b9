"""An idea linked to an EU call of the portal: the form, the idea's page and the call's page."""

import datetime

import pytest
from django.urls import reverse
from django.utils import timezone

from projects.models import ProjectIdea, Visibility, programme_named
from tests.factories import EuCallFactory, ProjectIdeaFactory
from tests.projects.test_idea_form import form_data

pytestmark = pytest.mark.django_db


@pytest.fixture
def open_call():
    return EuCallFactory(programme="LIFE", identifier="LIFE-2027-CLIMA-CCA", title="Climate adaptation")


@pytest.fixture
def closed_call():
    return EuCallFactory(deadline=timezone.now() - datetime.timedelta(days=1), title="Closed call")


def create_url(call) -> str:
    return reverse("projects:idea_create") + f"?call={call.pk}"


@pytest.mark.parametrize(
    "name, programme",
    [
        ("Erasmus+", "erasmus_plus"),
        ("CERV", "cerv"),
        ("Interreg Europe", "interreg"),
        ("Horizon Europe", "horizon_europe"),
        ("LIFE", "life"),
        ("Creative Europe", "creative_europe"),
        ("Digital Europe", None),
        ("Lifelong learning", None),
    ],
)
def test_a_calls_programme_text_maps_to_a_programme_choice_when_it_names_one(name, programme):
    assert programme_named(name) == programme


def test_the_call_page_link_preselects_the_call_and_its_programme(client, member, open_call):
    client.force_login(member)
    form = client.get(create_url(open_call)).context["form"]
    assert form.initial["target_call"] == open_call.pk
    assert form.initial["target_programme"] == "life"


def test_a_call_whose_programme_is_not_a_choice_leaves_the_programme_empty(client, member):
    call = EuCallFactory(programme="Digital Europe")
    client.force_login(member)
    form = client.get(create_url(call)).context["form"]
    assert form.initial["target_call"] == call.pk
    assert "target_programme" not in form.initial


@pytest.mark.parametrize("value", ["closed", "999999", "abc", ""])
def test_a_closed_unknown_or_malformed_call_is_not_preselected(client, member, closed_call, value):
    client.force_login(member)
    pk = closed_call.pk if value == "closed" else value
    response = client.get(reverse("projects:idea_create") + f"?call={pk}")
    assert response.status_code == 200
    assert "target_call" not in response.context["form"].initial


def test_a_member_creates_an_idea_linked_to_an_open_call(client, member, member_org, open_call):
    client.force_login(member)
    response = client.post(create_url(open_call), form_data(member_org, target_call=open_call.pk))
    assert response.status_code == 302
    assert ProjectIdea.objects.get().target_call == open_call


def test_an_idea_cannot_be_linked_to_a_closed_call(client, member, member_org, closed_call):
    client.force_login(member)
    response = client.post(reverse("projects:idea_create"), form_data(member_org, target_call=closed_call.pk))
    assert response.status_code == 200
    assert "target_call" in response.context["form"].errors
    assert not ProjectIdea.objects.exists()


def test_an_idea_keeps_its_call_when_edited_after_the_deadline(client, member, member_org, closed_call):
    idea = ProjectIdeaFactory(lead=member_org, target_call=closed_call, original_language="it")
    client.force_login(member)
    data = form_data(member_org, target_call=closed_call.pk)
    response = client.post(reverse("projects:idea_edit", args=[idea.pk]), data)
    assert response.status_code == 302
    idea.refresh_from_db()
    assert idea.target_call == closed_call


def test_the_idea_page_links_to_its_call(client, member, member_org, open_call):
    idea = ProjectIdeaFactory(lead=member_org, target_call=open_call)
    client.force_login(member)
    content = client.get(reverse("projects:idea_detail", args=[idea.pk])).content.decode()
    assert f'href="{open_call.get_absolute_url()}"' in content
    assert "LIFE-2027-CLIMA-CCA" in content


def test_the_call_page_offers_members_to_start_an_idea(client, member, open_call):
    client.force_login(member)
    content = client.get(open_call.get_absolute_url()).content.decode()
    assert "Start a project idea for this call" in content
    assert f"?call={open_call.pk}" in content


@pytest.mark.parametrize("who", ["board_member"])
def test_the_call_page_offers_no_idea_link_to_those_who_cannot_add_ideas(client, request, who, open_call):
    client.force_login(request.getfixturevalue(who))
    response = client.get(open_call.get_absolute_url())
    assert response.status_code == 200
    assert "Start a project idea for this call" not in response.content.decode()


def test_a_closed_call_page_offers_no_idea_link(client, member, closed_call):
    client.force_login(member)
    assert (
        "Start a project idea for this call"
        not in client.get(closed_call.get_absolute_url()).content.decode()
    )


def test_the_call_page_lists_the_linked_ideas_the_viewer_may_see(
    client, other_member, secretariat, open_call
):
    ProjectIdeaFactory(title="Shared idea", target_call=open_call)
    ProjectIdeaFactory(title="Confidential idea", target_call=open_call, visibility=Visibility.SECRETARIAT)
    ProjectIdeaFactory(title="Unlinked idea")
    client.force_login(other_member)
    content = client.get(open_call.get_absolute_url()).content.decode()
    assert "Shared idea" in content
    assert "Confidential idea" not in content
    assert "Unlinked idea" not in content
    client.force_login(secretariat)
    content = client.get(open_call.get_absolute_url()).content.decode()
    assert "Shared idea" in content and "Confidential idea" in content

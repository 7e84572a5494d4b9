"""A member's profile and a call's page show a few ideas and link to the filtered idea list."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import translation

from tests.factories import EuCallFactory, OrganisationFactory, ProjectIdeaFactory

pytestmark = pytest.mark.django_db


def titles(response, name: str = "ideas") -> set[str]:
    return {idea.title for idea in response.context[name]}


def test_the_idea_list_can_show_only_one_lead_organisations_ideas(client, member):
    lead, other = OrganisationFactory(name="Comune di Parma"), OrganisationFactory()
    ProjectIdeaFactory(lead=lead, title="Green schools")
    ProjectIdeaFactory(lead=other, title="Blue harbours")
    client.force_login(member)
    response = client.get(reverse("projects:idea_list"), {"lead": lead.pk})
    assert titles(response) == {"Green schools"}
    assert "Comune di Parma" in response.content.decode()  # the chosen lead stays selected


def test_the_idea_list_can_show_only_the_ideas_for_one_call(client, member):
    call, other_call = EuCallFactory(title="Green ports"), EuCallFactory()
    EuCallFactory(title="Nobody answers")
    ProjectIdeaFactory(target_call=call, title="For the call")
    ProjectIdeaFactory(target_call=other_call, title="For another call")
    ProjectIdeaFactory(title="For no call")
    client.force_login(member)
    response = client.get(reverse("projects:idea_list"), {"call": call.pk})
    assert titles(response) == {"For the call"}
    # The call is shown by its identifier (submitting the form again finds the same call).
    assert f'value="{call.identifier}"' in response.content.decode()
    assert titles(client.get(reverse("projects:idea_list"), {"call": call.identifier})) == {"For the call"}


def test_the_lead_and_call_filters_are_text_fields_not_a_list_of_every_row(client, member):
    lead = OrganisationFactory(name="Comune di Parma")
    OrganisationFactory(name="Region Norrbotten")
    call = EuCallFactory(title="Water in the city")
    ProjectIdeaFactory(lead=lead, target_call=call, title="Parma's idea")
    ProjectIdeaFactory(title="Someone else's idea")
    client.force_login(member)
    response = client.get(reverse("projects:idea_list"))
    html = response.content.decode()
    assert 'name="lead"' in html and 'name="call"' in html
    assert "<option" not in html.split('name="lead"')[1].split("</div>")[0]
    assert "Region Norrbotten" not in html  # no organisation is listed as a choice
    assert titles(client.get(reverse("projects:idea_list"), {"lead": "parma"})) == {"Parma's idea"}
    assert titles(client.get(reverse("projects:idea_list"), {"call": "water in"})) == {"Parma's idea"}


def test_a_profile_with_many_open_ideas_shows_five_and_links_to_all_of_them(client, member):
    lead = OrganisationFactory()
    for _number in range(7):
        ProjectIdeaFactory(lead=lead)
    client.force_login(member)
    response = client.get(reverse("organisation_profile", args=[lead.slug]))
    assert len(response.context["open_ideas"]) == 5
    assert response.context["open_ideas_count"] == 7
    link = f"{reverse('projects:idea_list')}?lead={lead.pk}&amp;looking_for_partners=on"
    assert link in response.content.decode()
    assert "All 7 open ideas of this member" in response.content.decode()
    listed = client.get(reverse("projects:idea_list"), {"lead": lead.pk, "looking_for_partners": "on"})
    assert listed.context["paginator"].count == 7


def test_a_profile_with_few_open_ideas_shows_them_all_without_a_link(client, member):
    lead = OrganisationFactory()
    ProjectIdeaFactory(lead=lead, title="Only idea")
    client.force_login(member)
    response = client.get(reverse("organisation_profile", args=[lead.slug]))
    assert titles(response, "open_ideas") == {"Only idea"}
    assert f"?lead={lead.pk}" not in response.content.decode()


def test_a_call_with_many_ideas_shows_five_and_links_to_all_of_them(client, member):
    call = EuCallFactory()
    for _number in range(6):
        ProjectIdeaFactory(target_call=call)
    client.force_login(member)
    response = client.get(reverse("call_detail", args=[call.slug]))
    assert len(response.context["ideas"]) == 5
    assert f"{reverse('projects:idea_list')}?call={call.pk}" in response.content.decode()
    assert "All 6 ideas for this call" in response.content.decode()


def test_the_link_is_in_the_readers_language(client, member):
    lead = OrganisationFactory()
    for _number in range(6):
        ProjectIdeaFactory(lead=lead)
    client.force_login(member)
    with translation.override("sv"):
        url = reverse("organisation_profile", args=[lead.slug])
    assert url.startswith("/sv/")
    assert "Alla 6 öppna idéer från den här medlemmen" in client.get(url).content.decode()


def test_a_calls_page_costs_the_same_queries_with_1_and_30_ideas(client, member, django_assert_num_queries):
    call = EuCallFactory()
    url = reverse("call_detail", args=[call.slug])
    client.force_login(member)
    ProjectIdeaFactory(target_call=call)
    client.get(url)  # warm the session and the figures
    with CaptureQueriesContext(connection) as with_one:
        client.get(url)
    for _number in range(29):
        ProjectIdeaFactory(target_call=call)
    with django_assert_num_queries(len(with_one)):
        response = client.get(url)
    assert response.context["ideas_count"] == 30

"""Creating and editing an idea: the texts land in the language they are written in."""

import pytest
from django.urls import reverse
from django.utils import translation

from projects.models import IdeaPhaseChange, PcmPhase, ProjectIdea
from strategy.models import Priority, TransversalPerspective
from tests.factories import OrganisationFactory

pytestmark = pytest.mark.django_db


def form_data(lead, **changes) -> dict:
    data = {
        "lead": lead.pk,
        "original_language": "it",
        "title": "Scuole verdi",
        "summary": "Percorsi sicuri casa-scuola.",
        "description": "",
        "phase": PcmPhase.IDENTIFICATION,
        "priorities": [Priority.objects.get(code="smart-mobility").pk],
        "perspectives": [TransversalPerspective.objects.get(code="ecological-sustainability").pk],
        "target_programme": "erasmus_plus",
        "target_call_text": "KA220-SCH",
        "partner_countries": ["SE"],
        "partner_kinds": ["municipality"],
        "partner_roles": "Comuni pilota",
        "partners_wanted": 2,
        "eoi_deadline": "2099-03-31",
        "visibility": "members",
    }
    return data | changes


def test_a_member_creates_an_idea_in_italian_for_their_organisation(client, member, member_org):
    client.force_login(member)
    response = client.post(reverse("projects:idea_create"), form_data(member_org))
    idea = ProjectIdea.objects.get()
    assert response.status_code == 302
    assert response["Location"] == reverse("projects:idea_detail", args=[idea.pk])
    assert (idea.lead, idea.created_by, idea.phase) == (member_org, member, PcmPhase.IDENTIFICATION)
    assert (idea.title_it, idea.title_en, idea.partner_roles_it) == ("Scuole verdi", None, "Comuni pilota")
    assert idea.partner_countries == ["SE"]
    assert list(idea.priorities.values_list("code", flat=True)) == ["smart-mobility"]
    log = IdeaPhaseChange.objects.get(idea=idea)
    assert (log.from_phase, log.to_phase, log.changed_by) == ("", PcmPhase.IDENTIFICATION, member)


def test_a_member_cannot_create_an_idea_for_another_organisation(client, member):
    client.force_login(member)
    response = client.post(reverse("projects:idea_create"), form_data(OrganisationFactory()))
    assert response.status_code == 200
    assert "lead" in response.context["form"].errors
    assert not ProjectIdea.objects.exists()


def test_another_programme_must_be_named(client, member, member_org):
    client.force_login(member)
    response = client.post(reverse("projects:idea_create"), form_data(member_org, target_programme="other"))
    assert "target_programme_other" in response.context["form"].errors


def test_editing_keeps_the_texts_in_their_language_and_not_the_phase(client, member, member_org):
    client.force_login(member)
    client.post(reverse("projects:idea_create"), form_data(member_org))
    idea = ProjectIdea.objects.get()
    edit = reverse("projects:idea_edit", args=[idea.pk])
    assert client.get(edit).context["form"].initial["title"] == "Scuole verdi"
    client.post(edit, form_data(member_org, title="Scuole più verdi", phase=PcmPhase.EVALUATION))
    idea.refresh_from_db()
    assert (idea.title_it, idea.phase) == ("Scuole più verdi", PcmPhase.IDENTIFICATION)


def test_a_failed_submission_says_so_at_the_top_of_the_page_in_italian(client, member, member_org):
    client.force_login(member)
    with translation.override("it"):
        create = reverse("projects:idea_create")
    response = client.post(create, form_data(member_org, title=""))
    assert response.status_code == 200 and not ProjectIdea.objects.exists()
    html = response.content.decode()
    assert "Correggi i campi segnalati qui sotto" in html
    assert html.index("Correggi i campi segnalati") < html.index('name="title"')


def test_a_failed_edit_says_so_too_in_italian(client, member, member_org):
    client.force_login(member)
    client.post(reverse("projects:idea_create"), form_data(member_org))
    with translation.override("it"):
        edit = reverse("projects:idea_edit", args=[ProjectIdea.objects.get().pk])
    response = client.post(edit, form_data(member_org, summary=""))
    assert response.status_code == 200
    assert "Correggi i campi segnalati qui sotto" in response.content.decode()

"""The demo's project history reproduces the network's published record; its ideas cover the workflow."""

from io import StringIO

import pytest
from django.core.management import call_command
from django.urls import reverse

from members.models import User
from projects.models import ExpressionOfInterest, IdeaPhaseChange, PcmPhase, ProjectIdea, ProjectRecord
from strategy.figures import compute_network_figures

NAMED_IN_THE_SEEDS = ["MANTT", "QLSE", "CREANET", "BAGS4YOUTH", "EQUAP", "MOBEC", "PLANET"]


@pytest.fixture
def demo(db):
    call_command("seed_demo", stdout=StringIO())


def test_the_history_reproduces_the_published_record(demo):
    figures = compute_network_figures()
    assert (figures["projects_submitted"], figures["projects_approved"]) == (178, 130)
    assert round(100 * figures["projects_approved"] / figures["projects_submitted"]) == 73
    assert 19_000 <= figures["participants"] <= 21_000
    assert 12_500_000 <= figures["eu_grants_eur"] <= 13_500_000


def test_the_projects_the_seeds_name_are_in_the_history(demo):
    named = ProjectRecord.objects.filter(acronym__in=NAMED_IN_THE_SEEDS)
    assert sorted(named.values_list("acronym", flat=True)) == sorted(NAMED_IN_THE_SEEDS)
    assert set(named.values_list("outcome", flat=True)) == {"approved"}
    mantt = named.get(acronym="MANTT")
    assert mantt.programme == "Europe for Citizens"
    assert {"Piteå kommun", "Kalix kommun", "Bodens kommun", "Jokkmokks kommun"} <= set(
        mantt.partners.values_list("name", flat=True)
    )


def test_the_history_spans_2005_to_2025_and_the_network_programmes(demo):
    years = {
        date.year for date in ProjectRecord.objects.filter(idea=None).values_list("submitted_on", flat=True)
    }
    assert years == set(range(2005, 2026))
    programmes = set(ProjectRecord.objects.values_list("programme", flat=True))
    assert {
        "Erasmus+",
        "Europe for Citizens",
        "CERV",
        "Interreg Europe",
        "Horizon Europe",
        "LIFE",
    } <= programmes
    assert "Creative Europe" in programmes


def test_the_demo_ideas_are_in_every_phase_with_every_answer(demo):
    assert set(ProjectIdea.objects.values_list("phase", flat=True)) == set(PcmPhase.values)
    assert {"pending", "accepted", "declined"} <= set(
        ExpressionOfInterest.objects.values_list("status", flat=True)
    )
    assert set(ProjectIdea.objects.values_list("original_language", flat=True)) == {"en", "sv", "it"}
    for idea in ProjectIdea.objects.all():
        assert IdeaPhaseChange.objects.filter(idea=idea).last().to_phase == idea.phase
    assert ProjectRecord.objects.filter(idea__isnull=False).count() == 3


@pytest.mark.parametrize(
    "email",
    ["member@demo.sern.eu", "member.it@demo.sern.eu", "secretariat@demo.sern.eu", "board@demo.sern.eu"],
)
def test_every_demo_idea_page_renders_for_each_role(demo, client, email):
    user = User.objects.get(email=email)
    client.force_login(user)
    pages = [reverse("projects:idea_list"), reverse("projects:project_history")]
    pages += [
        reverse("projects:idea_detail", args=[pk]) for pk in ProjectIdea.objects.values_list("pk", flat=True)
    ]
    statuses = {page: client.get(page).status_code for page in pages}
    assert set(statuses.values()) <= {200, 403}
    assert statuses[reverse("projects:idea_list")] == 200


def test_the_demo_ideas_open_to_interest_have_explained_suggestions(db):
    from io import StringIO

    from django.core.management import call_command

    from projects.models import PartnerSuggestion, ProjectIdea

    call_command("seed_demo", stdout=StringIO())
    open_ideas = ProjectIdea.objects.open_for_interest()
    assert open_ideas.exists()
    for idea in open_ideas:
        suggestions = PartnerSuggestion.objects.filter(idea=idea)
        assert suggestions.count() == 10
        assert all(suggestion.reasons for suggestion in suggestions)
        assert not suggestions.filter(organisation=idea.lead).exists()

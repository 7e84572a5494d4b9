"""A submitted idea's outcome becomes a project record: the only source of the public figures."""

from decimal import Decimal
from io import StringIO

import pytest
from django.core.management import call_command
from django.db.models import Count, Q, Sum
from django.urls import reverse

from projects.models import InterestStatus, PcmPhase, ProjectIdea, ProjectOutcome, ProjectRecord
from projects.services import set_interest_status
from strategy.figures import current_network_figures

pytestmark = pytest.mark.django_db


def test_the_lead_records_a_submission_and_its_outcome_with_the_project_group(
    client, member, idea, interest, django_capture_on_commit_callbacks
):
    set_interest_status(interest, InterestStatus.ACCEPTED, by=member)
    ProjectIdea.objects.filter(pk=idea.pk).update(phase=PcmPhase.FINANCING)
    client.force_login(member)
    client.post(
        reverse("projects:idea_record_submission", args=[idea.pk]),
        {"acronym": "GREENWAY", "programme": "Erasmus+", "submitted_on": "2026-03-01"},
    )
    record = ProjectRecord.objects.get(idea=idea)
    assert (record.outcome, record.lead, list(record.partners.all())) == (
        ProjectOutcome.PENDING,
        idea.lead,
        [interest.organisation],
    )
    with django_capture_on_commit_callbacks(execute=True):
        client.post(
            reverse("projects:record_outcome", args=[record.pk]),
            {"outcome": "approved", "eu_grant_eur": "250000", "participants": "320"},
        )
    record.refresh_from_db()
    assert (record.outcome, record.eu_grant_eur, record.participants) == ("approved", Decimal(250000), 320)
    figures = current_network_figures()
    assert (figures.projects_approved, figures.participants) == (0, 0)  # until the secretariat checks


def test_an_approved_outcome_needs_its_figures(client, member, idea):
    ProjectIdea.objects.filter(pk=idea.pk).update(phase=PcmPhase.FINANCING)
    record = ProjectRecord.objects.create(
        idea=idea, acronym="A", title="A", programme="LIFE", submitted_on="2026-01-01"
    )
    client.force_login(member)
    response = client.post(reverse("projects:record_outcome", args=[record.pk]), {"outcome": "approved"})
    assert set(response.context["form"].errors) == {"eu_grant_eur", "participants"}
    record.refresh_from_db()
    assert record.outcome == ProjectOutcome.PENDING


@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_the_home_page_figures_equal_the_sums_of_the_project_records(client):
    call_command("seed_demo", stdout=StringIO())
    approved = Q(outcome=ProjectOutcome.APPROVED)
    sums = ProjectRecord.objects.aggregate(
        submitted=Count("pk"),
        approved=Count("pk", filter=approved),
        participants=Sum("participants", filter=approved),
        grants=Sum("eu_grant_eur", filter=approved),
    )
    figures = client.get("/en/").context["figures"]
    assert (figures.projects_submitted, figures.projects_approved) == (sums["submitted"], sums["approved"])
    assert (figures.participants, figures.eu_grants_eur) == (sums["participants"], sums["grants"])
    page = client.get("/en/").content.decode()
    assert f"<dd>{sums['submitted']}</dd>" in page
    assert f"{sums['participants']:,}" in page
    assert f"EUR {int(sums['grants']):,}" in page

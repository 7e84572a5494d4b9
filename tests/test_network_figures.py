"""The public figures are computed from the project records and follow their changes."""

import datetime
from decimal import Decimal

import pytest

from projects.models import ProjectOutcome, ProjectRecord
from strategy.figures import current_network_figures
from tests.factories import OrganisationFactory


def record(acronym: str, outcome: str, grant: int = 0, participants: int = 0) -> ProjectRecord:
    return ProjectRecord.objects.create(
        acronym=acronym,
        title=acronym,
        programme="Erasmus+",
        submitted_on=datetime.date(2024, 3, 1),
        outcome=outcome,
        eu_grant_eur=Decimal(grant),
        participants=participants,
    )


@pytest.mark.django_db
def test_without_projects_the_figures_are_zero():
    figures = current_network_figures()
    assert (figures.projects_submitted, figures.projects_approved, figures.participants) == (0, 0, 0)
    assert figures.approval_rate is None


@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_the_figures_follow_the_records_after_each_change(client):
    OrganisationFactory(country="SE")
    record("MOBEC", ProjectOutcome.APPROVED, grant=150_000, participants=400)
    record("EQUAP", ProjectOutcome.APPROVED, grant=100_000, participants=300)
    rejected = record("NOPE", ProjectOutcome.REJECTED, grant=90_000, participants=50)
    figures = current_network_figures()
    assert figures.projects_submitted == 3
    assert figures.projects_approved == 2
    assert figures.participants == 700
    assert figures.eu_grants_eur == Decimal(250_000)
    assert figures.members_sweden == 1
    rejected.delete()
    assert current_network_figures().projects_submitted == 2
    content = client.get("/en/").content.decode()
    assert "250,000" in content
    assert "100 %" in content

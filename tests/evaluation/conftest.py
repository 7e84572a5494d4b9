"""Known data for the indicators: a small network whose figures are worked out by hand.

Members during 2025: Region Test (SE, region, since 2010), Kommun Ny (SE, municipality, joined
2025-03-15), Comune Uno (IT, municipality, since 2012), Provincia Due (IT, province, left
2025-06-30), Associazione Tre (IT, civil society, since 2015, no activity). Stadt Partner (DE)
is a partner of projects, never a member.

Project records submitted in 2025:
- R1 lead Region Test, approved, partners Comune Uno and Stadt Partner;
- R2 lead Comune Uno, rejected, partners Region Test and Comune Uno itself;
- R3 lead Comune Uno, approved, partner Kommun Ny;
- R4 no lead, pending, partner Provincia Due;
and R0 (2024, outside the period) led by Region Test.
"""

import datetime
from decimal import Decimal

import pytest

from members.models import OrganisationKind
from projects.models import ProjectOutcome, ProjectRecord
from strategy.models import Priority
from tests.factories import OrganisationFactory

D = datetime.date


@pytest.fixture
def frozen_today(monkeypatch):
    """Indicators stop at today; fix it after the period of the known data."""
    from django.utils import timezone

    monkeypatch.setattr(timezone, "localdate", lambda *args, **kwargs: D(2026, 3, 1))
    return D(2026, 3, 1)


@pytest.fixture
def known_network(db, frozen_today):
    climate = Priority.objects.get(code="climate-action")
    egov = Priority.objects.get(code="e-government")
    region = OrganisationFactory(
        name="Region Test", country="SE", kind=OrganisationKind.REGION, member_since=D(2010, 1, 1)
    )
    region.priorities.set([climate])
    kommun = OrganisationFactory(name="Kommun Ny", country="SE", member_since=D(2025, 3, 15))
    comune = OrganisationFactory(name="Comune Uno", country="IT", member_since=D(2012, 1, 1))
    comune.priorities.set([climate, egov])
    provincia = OrganisationFactory(
        name="Provincia Due",
        country="IT",
        kind=OrganisationKind.PROVINCE,
        member_since=D(2011, 1, 1),
        member_until=D(2025, 6, 30),
    )
    tre = OrganisationFactory(
        name="Associazione Tre",
        country="IT",
        kind=OrganisationKind.CIVIL_SOCIETY,
        is_public=False,
        member_since=D(2015, 5, 1),
    )
    stadt = OrganisationFactory(name="Stadt Partner", country="DE", member_since=None)

    def record(acronym, day, outcome, lead, partners, grant=0, participants=0):
        project = ProjectRecord.objects.create(
            acronym=acronym,
            title=acronym,
            programme="Erasmus+",
            submitted_on=day,
            outcome=outcome,
            lead=lead,
            eu_grant_eur=Decimal(grant),
            participants=participants,
        )
        project.partners.set(partners)
        return project

    record("R0", D(2024, 5, 1), ProjectOutcome.APPROVED, region, [comune])
    record("R1", D(2025, 2, 1), ProjectOutcome.APPROVED, region, [comune, stadt], 100_000, 200)
    record("R2", D(2025, 4, 1), ProjectOutcome.REJECTED, comune, [region, comune])
    record("R3", D(2025, 9, 1), ProjectOutcome.APPROVED, comune, [kommun], 50_000, 80)
    record("R4", D(2025, 12, 31), ProjectOutcome.PENDING, None, [provincia])
    return {
        "region": region,
        "kommun": kommun,
        "comune": comune,
        "provincia": provincia,
        "tre": tre,
        "stadt": stadt,
        "climate": climate,
        "egov": egov,
    }

"""The billing cast: a fee table, members of each kind, their billing contacts."""

import datetime

import pytest
import time_machine

from members.models import ContactRole, FeeBand
from strategy.models import NetworkProfile
from tests.factories import OrganisationFactory

from .helpers import YEAR, contact


@pytest.fixture
def fee_table(db):
    FeeBand.objects.create(year=YEAR, is_public=True, min_size=0, amount_eur=500)
    FeeBand.objects.create(year=YEAR, is_public=True, min_size=10_000, amount_eur=1000)
    FeeBand.objects.create(year=YEAR, is_public=False, min_size=0, amount_eur=250)
    FeeBand.objects.create(year=YEAR, is_public=False, min_size=20, min_budget_eur=1_000_000, amount_eur=600)


@pytest.fixture
def members(db, fee_table):
    """Three members: a large Italian comune (1000), a small Swedish kommun (500), an association (250)."""
    comune = OrganisationFactory(name="Comune di Parma", country="IT", inhabitants=195_000)
    kommun = OrganisationFactory(name="Ale kommun", country="SE", inhabitants=8_000, is_public=True)
    association = OrganisationFactory(
        name="Arci Parma", country="IT", is_public=False, kind="association", employees=5, inhabitants=None
    )
    return {"comune": comune, "kommun": kommun, "association": association}


@pytest.fixture
def billing_contacts(members):
    return {
        "comune": contact(members["comune"], "it", ContactRole.BILLING, email="ragioneria@parma.example"),
        "kommun": contact(members["kommun"], "sv", primary=True, email="ekonomi@ale.example"),
        "association": contact(members["association"], "en", ContactRole.BILLING, email="cassa@arci.example"),
    }


@pytest.fixture
def mid_february_2027():
    """The clock on 15 February 2027: the year's invoices are out (1 February), not yet due."""
    with time_machine.travel(datetime.datetime(2027, 2, 15, 10), tick=False):
        yield


@pytest.fixture
def association(db):
    """The association's profile with what e-invoices need: an Italian address, partita IVA and
    codice fiscale, IBAN and BIC."""
    profile = NetworkProfile.objects.current()
    profile.street, profile.postcode, profile.city = "Via della Repubblica 1", "43121", "Parma"
    profile.vat_number, profile.tax_code = "12345670017", "12345670017"
    profile.iban, profile.bic = "IT60 X054 2811 1010 0000 0123 456", "BPMOIT22XXX"
    profile.save()
    return profile

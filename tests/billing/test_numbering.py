"""Invoice numbers: gap-free per year, never reused; issuing a year twice issues nothing twice."""

import datetime
import threading
from decimal import Decimal

import pytest
from django.db import connection, transaction

from billing.models import Invoice, NumberCounter, Series
from billing.services.issuing import issue_fee_year, plan_fee_year
from billing.services.numbering import take_number
from billing.services.payments import issue_credit_note

from .helpers import ISSUED, YEAR

DUE = datetime.date(2027, 3, 3)


def numbers():
    return list(
        Invoice.objects.filter(series=Series.INVOICE).order_by("sequence").values_list("number", flat=True)
    )


def test_the_year_is_issued_from_the_fee_table_with_consecutive_numbers(
    members, billing_contacts, secretariat
):
    invoices = issue_fee_year(YEAR, secretariat, issued_on=ISSUED, due_on=DUE)
    assert [(i.organisation.name, i.amount_eur) for i in invoices] == [
        ("Ale kommun", Decimal(500)),
        ("Arci Parma", Decimal(250)),
        ("Comune di Parma", Decimal(1000)),
    ]
    assert numbers() == ["2027-0001", "2027-0002", "2027-0003"]
    assert {i.organisation.name: i.language for i in invoices} == {
        "Ale kommun": "sv",
        "Arci Parma": "en",
        "Comune di Parma": "it",
    }


def test_a_second_run_issues_nothing_and_takes_no_number(members, secretariat):
    issue_fee_year(YEAR, secretariat, issued_on=ISSUED, due_on=DUE)
    assert issue_fee_year(YEAR, secretariat, issued_on=ISSUED, due_on=DUE) == []
    assert numbers() == ["2027-0001", "2027-0002", "2027-0003"]
    assert NumberCounter.objects.get(series=Series.INVOICE, year=2027).last_number == 3
    assert plan_fee_year(YEAR, ISSUED).to_invoice == []


def test_a_rolled_back_issue_gives_its_number_back(members, secretariat):
    with pytest.raises(RuntimeError), transaction.atomic():
        take_number(Series.INVOICE, 2027)
        raise RuntimeError("the issue failed after taking a number")
    issue_fee_year(YEAR, secretariat, issued_on=ISSUED, due_on=DUE)
    assert numbers() == ["2027-0001", "2027-0002", "2027-0003"]


def test_credit_notes_have_their_own_gap_free_series(members, secretariat):
    first, second, _third = issue_fee_year(YEAR, secretariat, issued_on=ISSUED, due_on=DUE)
    note = issue_credit_note(first.pk, Decimal("100.00"), "Wrong band", secretariat, issued_on=ISSUED)
    other = issue_credit_note(second.pk, None, "Left the network", secretariat, issued_on=ISSUED)
    assert (note.number, other.number) == ("NC-2027-0001", "NC-2027-0002")
    assert numbers() == ["2027-0001", "2027-0002", "2027-0003"]  # the invoices are unchanged


def test_members_without_a_band_or_exempt_are_left_out(members, secretariat):
    from billing.services.payments import grant_exemption

    grant_exemption(members["kommun"], YEAR, "First year free", secretariat)
    plan = plan_fee_year(YEAR, ISSUED)
    assert sorted(p.organisation.name for p in plan.to_invoice) == ["Arci Parma", "Comune di Parma"]
    assert plan.exempt == 1


@pytest.mark.skipif(connection.vendor != "postgresql", reason="row locks need PostgreSQL")
@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_two_issuers_at_once_leave_no_gap_and_no_duplicate(fee_table, secretariat):
    from tests.factories import OrganisationFactory

    for n in range(12):
        OrganisationFactory(name=f"Comune {n:02d}")
    barrier = threading.Barrier(2)
    results, errors = [], []

    def run():
        try:
            barrier.wait()
            results.append(len(issue_fee_year(YEAR, secretariat, issued_on=ISSUED, due_on=DUE)))
        except Exception as error:  # pragma: no cover - reported below
            errors.append(error)
        finally:
            connection.close()

    threads = [threading.Thread(target=run) for _ in range(2)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert errors == []
    assert sorted(results) == [0, 12]
    assert numbers() == [f"2027-{n:04d}" for n in range(1, 13)]


@pytest.mark.skipif(connection.vendor != "postgresql", reason="row locks need PostgreSQL")
@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_concurrent_numbers_are_consecutive(db):
    barrier = threading.Barrier(4)
    taken = []

    def run():
        try:
            barrier.wait()
            for _ in range(5):
                with transaction.atomic():
                    taken.append(take_number(Series.CREDIT_NOTE, 2027)[0])
        finally:
            connection.close()

    threads = [threading.Thread(target=run) for _ in range(4)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert sorted(taken) == list(range(1, 21))

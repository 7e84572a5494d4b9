"""Helpers of the billing tests (also used by the evaluation's fee indicator tests)."""

import datetime
from decimal import Decimal

from django.db import transaction

from billing.models import Invoice, Series
from billing.services.numbering import take_number
from members.models import ContactRoleAssignment, OrganisationContact
from tests.factories import MemberContactFactory

YEAR = 2027
ISSUED = datetime.date(2027, 2, 1)
DUE = datetime.date(2027, 3, 3)


def contact(organisation, language="en", role=None, primary=False, email=None):
    user = MemberContactFactory(
        organisation=organisation, language=language, **({"email": email} if email else {})
    )
    link = OrganisationContact.objects.get(user=user, organisation=organisation)
    if primary:
        link.is_primary = True
        link.save()
    if role:
        ContactRoleAssignment.objects.create(contact=link, role=role, starts_on=datetime.date(2020, 1, 1))
    return user


def make_invoice(organisation, amount="500.00", due_on=DUE, fee_year=YEAR, issued_on=ISSUED) -> Invoice:
    """An invoice as issuing makes it (for tests of what follows issuing)."""
    with transaction.atomic():
        sequence, number = take_number(Series.INVOICE, issued_on.year)
        return Invoice.objects.create(
            series=Series.INVOICE,
            number=number,
            year=issued_on.year,
            sequence=sequence,
            organisation=organisation,
            fee_year=fee_year,
            amount_eur=Decimal(amount),
            issued_on=issued_on,
            due_on=due_on,
            language="en",
            recipient_name=organisation.name,
        )

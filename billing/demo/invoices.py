"""A realistic fee year: every member invoiced, most paid, some in part, some overdue, one credit note."""

import datetime
from decimal import Decimal

from members.models import Organisation, User
from sern_portal.demo import stable_number
from strategy.models import NetworkProfile

from ..models import BillingDetails, Invoice, Payment, Series
from ..services.issuing import issue_fee_year
from ..services.payments import issue_credit_note, record_payment

DEMO_FEE_YEAR = 2026
ISSUED_ON = datetime.date(2026, 2, 2)
DUE_ON = datetime.date(2026, 3, 4)

# Identifiers of a few public bodies, so their invoices show what a public body needs.
DEMO_DETAILS = {
    "IT": {"ipa_code": "UFQ7RZ", "cup": "", "cig": "ZA1B2C3D4E"},
    "SE": {
        "swedish_organisation_number": "212000-1355",
        "peppol_id": "0007:2120001355",
        "buyer_reference": "4711",
    },
}


# The association's bank account on the demo's invoices: the standard documentation example of an
# Italian IBAN, which belongs to nobody. The partita IVA stays empty (the association's real one is
# typed by the secretariat): the invoice page then says why no FatturaPA can be exported yet.
DEMO_IBAN = "IT60 X054 2811 1010 0000 0123 456"


def seed_billing_details() -> list[BillingDetails]:
    """Billing details for the first public member of each country (by slug); the demo IBAN."""
    NetworkProfile.objects.filter(iban="").update(iban=DEMO_IBAN)
    details = []
    for country, fields in DEMO_DETAILS.items():
        organisation = (
            Organisation.objects.members().filter(country=country, is_public=True).order_by("slug").first()
        )
        if organisation is None:
            continue
        row, _created = BillingDetails.objects.get_or_create(organisation=organisation, defaults=fields)
        details.append(row)
    return details


# The credit note's reason is one text, printed for the member: written in the member's language.
CREDIT_REASON = {
    "IT": "Adesione cessata prima dell'anno di quota (decisione del Consiglio direttivo)",
    "SE": "Medlemskapet upphörde före avgiftsåret (styrelsebeslut)",
}


def _fate(invoice: Invoice) -> str:
    """What happened to the invoice, fixed by its member's slug: 7 in 10 paid, 1 in part, 2 not."""
    number = stable_number(f"fee-{invoice.organisation.slug}") % 10
    return "paid" if number < 7 else "partial" if number == 7 else "unpaid"


def seed_invoices() -> list[Invoice]:
    """Issue the demo fee year (no e-mails), record its payments and one credit note.

    A second run changes nothing: issuing skips invoiced members, payments and the credit note are
    added only to invoices that have none.
    """
    secretariat = User.objects.filter(is_secretariat=True).order_by("pk").first()
    issue_fee_year(DEMO_FEE_YEAR, secretariat, issued_on=ISSUED_ON, due_on=DUE_ON, notify=False)
    invoices = list(
        Invoice.objects.filter(series=Series.INVOICE, fee_year=DEMO_FEE_YEAR)
        .select_related("organisation")
        .order_by("sequence")
    )
    paid = set(Payment.objects.filter(invoice__in=invoices).values_list("invoice_id", flat=True))
    credited = set(Invoice.objects.filter(credits__in=invoices).values_list("credits_id", flat=True))
    unpaid = [invoice for invoice in invoices if _fate(invoice) == "unpaid"]
    cancelled = unpaid[0] if unpaid else None
    for invoice in invoices:
        if invoice.pk in paid or invoice.pk in credited:
            continue
        fate = _fate(invoice)
        day = DUE_ON - datetime.timedelta(days=stable_number(invoice.organisation.slug) % 20)
        reference = f"DEMO-{invoice.number}"
        if fate == "paid":
            record_payment(invoice.pk, invoice.amount_eur, day, reference, secretariat)
        elif fate == "partial":
            half = (invoice.amount_eur / 2).quantize(Decimal("0.01"))
            record_payment(invoice.pk, half, day, reference, secretariat)
        elif invoice == cancelled:
            issue_credit_note(
                invoice.pk,
                None,
                CREDIT_REASON.get(invoice.organisation.country, CREDIT_REASON["IT"]),
                secretariat,
                issued_on=datetime.date(2026, 4, 15),
                notify=False,
            )
    return invoices

"""The invoice PDF, with the association's details (strategy.NetworkProfile)."""

from django.utils.translation import gettext as _

from members.pdf import render_pdf
from strategy.models import NetworkProfile

from .models import Invoice


def invoice_pdf(invoice: Invoice) -> bytes:
    """Rendered in the active language (the caller overrides it with the invoice's)."""
    return render_pdf(
        "billing/invoice_pdf.html",
        {
            "invoice": invoice,
            "network": NetworkProfile.objects.current(),
            "identifiers": identifier_rows(invoice),
        },
    )


def identifier_rows(invoice: Invoice) -> list[tuple[str, str]]:
    labels = {
        "vat_number": _("VAT or tax number"),
        "ipa_code": _("Codice Univoco Ufficio (IPA)"),
        "cig": _("CIG"),
        "cup": _("CUP"),
        "swedish_organisation_number": _("Swedish organisation number"),
        "peppol_id": _("Peppol id"),
        "buyer_reference": _("Your reference"),
    }
    return [(labels[name], value) for name, value in invoice.identifiers.items() if name in labels]

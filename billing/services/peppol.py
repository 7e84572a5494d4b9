"""An issued invoice or credit note as a Peppol BIS Billing 3.0 document (UBL 2.1), the
e-invoice Swedish public bodies must receive (lag 2018:1277): the secretariat hands it to its
Peppol access point; the portal only builds the file.

The fee is outside the scope of VAT: VAT category "O" (not subject to VAT), with the exemption
reason and without any VAT identifier of seller or buyer (rule BR-O-02). The seller is the
association, addressed on the network by its Italian VAT number (scheme 0211) or else its codice
fiscale (0210); the buyer by the Peppol id in its billing details.
"""

from __future__ import annotations

from decimal import Decimal
from xml.etree import ElementTree

from django.utils.translation import gettext as _

from strategy.models import NetworkProfile

from ..models import Invoice
from .errors import BillingRefused
from .fatturapa import association_address

UBL = "urn:oasis:names:specification:ubl:schema:xsd:{}-2"
CAC = "urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2"
CBC = "urn:oasis:names:specification:ubl:schema:xsd:CommonBasicComponents-2"
CUSTOMIZATION = "urn:cen.eu:en16931:2017#compliant#urn:fdc:peppol.eu:2017:poacc:billing:3.0"
PROFILE = "urn:fdc:peppol.eu:2017:poacc:billing:01:1.0"
INVOICE_TYPE, CREDIT_NOTE_TYPE = "380", "381"
SEPA_CREDIT_TRANSFER = "58"
NOT_SUBJECT_TO_VAT = "O"
EXEMPTION_CODE, EXEMPTION_TEXT = (
    "VATEX-EU-O",
    "Not subject to VAT (membership fee of a non-profit association)",
)
ONE_UNIT = "C62"

ElementTree.register_namespace("cac", CAC)
ElementTree.register_namespace("cbc", CBC)


def why_no_peppol(invoice: Invoice, network: NetworkProfile | None) -> str | None:
    """Why this invoice cannot be sent through Peppol (translated), or None when it can."""
    if ":" not in invoice.identifiers.get("peppol_id", ""):
        return _("The member's Peppol id was not in its billing details when this was issued.")
    if not invoice.identifiers.get("buyer_reference"):
        return _("Peppol invoices need the member's reference (“your reference” in its billing details).")
    if network is None or not (network.vat_number or network.tax_code):
        return _("Add the association's partita IVA or codice fiscale to the network profile first.")
    return None


def peppol_filename(invoice: Invoice) -> str:
    return f"{invoice.number}-peppol.xml"


def build_peppol(invoice: Invoice) -> tuple[str, bytes]:
    """The file's name and its UBL XML; ``BillingRefused`` (translated) when it cannot be built.
    No side effects: nothing is stored or sent."""
    network = NetworkProfile.objects.current()
    reason = why_no_peppol(invoice, network)
    if reason:
        raise BillingRefused(reason)
    credit = invoice.is_credit_note
    kind = "CreditNote" if credit else "Invoice"
    root = ElementTree.Element(f"{{{UBL.format(kind)}}}{kind}")
    _text(root, "CustomizationID", CUSTOMIZATION)
    _text(root, "ProfileID", PROFILE)
    _text(root, "ID", invoice.number)
    _text(root, "IssueDate", invoice.issued_on.isoformat())
    if not credit:
        _text(root, "DueDate", invoice.due_on.isoformat())
    _text(
        root,
        "CreditNoteTypeCode" if credit else "InvoiceTypeCode",
        CREDIT_NOTE_TYPE if credit else INVOICE_TYPE,
    )
    if credit and invoice.reason:
        _text(root, "Note", invoice.reason[:300])
    _text(root, "DocumentCurrencyCode", "EUR")
    _text(root, "BuyerReference", invoice.identifiers["buyer_reference"])
    if credit:
        reference = _node(_node(root, "BillingReference"), "InvoiceDocumentReference")
        _text(reference, "ID", invoice.credits.number)
        _text(reference, "IssueDate", invoice.credits.issued_on.isoformat())
    _seller(_node(_node(root, "AccountingSupplierParty"), "Party"), network)
    _buyer(_node(_node(root, "AccountingCustomerParty"), "Party"), invoice)
    amount = _money(invoice.amount_eur)
    if not credit and network.iban:
        means = _node(root, "PaymentMeans")
        _text(means, "PaymentMeansCode", SEPA_CREDIT_TRANSFER)
        _text(means, "PaymentID", invoice.number)
        account = _node(means, "PayeeFinancialAccount")
        _text(account, "ID", "".join(network.iban.split()).upper())
        if network.bic:
            _text(_node(account, "FinancialInstitutionBranch"), "ID", network.bic)
    _tax_total(root, amount)
    totals = _node(root, "LegalMonetaryTotal")
    for name in ("LineExtensionAmount", "TaxExclusiveAmount", "TaxInclusiveAmount", "PayableAmount"):
        _amount(totals, name, amount)
    _line(root, invoice, amount, credit)
    xml = ElementTree.tostring(root, encoding="utf-8", xml_declaration=True)
    return peppol_filename(invoice), xml


def _seller(party: ElementTree.Element, network: NetworkProfile) -> None:
    if network.vat_number:
        _text(party, "EndpointID", f"IT{network.vat_number}", schemeID="0211")
    else:
        _text(party, "EndpointID", network.tax_code, schemeID="0210")
    address = _node(party, "PostalAddress")
    parsed = association_address(network)
    _text(address, "StreetName", network.street)
    _text(address, "CityName", parsed.town if parsed else network.city)
    _text(address, "PostalZone", network.postcode)
    _text(_node(address, "Country"), "IdentificationCode", "IT")
    legal = _node(party, "PartyLegalEntity")
    _text(legal, "RegistrationName", network.name)
    if network.tax_code:
        _text(legal, "CompanyID", network.tax_code)
    if network.email:
        _text(_node(party, "Contact"), "ElectronicMail", network.email)


def _buyer(party: ElementTree.Element, invoice: Invoice) -> None:
    scheme, identifier = invoice.identifiers["peppol_id"].split(":", 1)
    _text(party, "EndpointID", identifier, schemeID=scheme)
    address = _node(party, "PostalAddress")
    lines = [line.strip() for line in invoice.recipient_address.splitlines() if line.strip()]
    if lines:
        _text(address, "StreetName", lines[0])
    for line in lines[1:3]:
        _text(_node(address, "AddressLine"), "Line", line)
    _text(_node(address, "Country"), "IdentificationCode", invoice.organisation.country)
    legal = _node(party, "PartyLegalEntity")
    _text(legal, "RegistrationName", invoice.recipient_name)
    organisation_number = invoice.identifiers.get("swedish_organisation_number", "").replace("-", "")
    if organisation_number:
        _text(legal, "CompanyID", organisation_number, schemeID="0007")


def _tax_total(root: ElementTree.Element, amount: Decimal) -> None:
    total = _node(root, "TaxTotal")
    _amount(total, "TaxAmount", Decimal("0.00"))
    subtotal = _node(total, "TaxSubtotal")
    _amount(subtotal, "TaxableAmount", amount)
    _amount(subtotal, "TaxAmount", Decimal("0.00"))
    category = _node(subtotal, "TaxCategory")
    _text(category, "ID", NOT_SUBJECT_TO_VAT)
    _text(category, "TaxExemptionReasonCode", EXEMPTION_CODE)
    _text(category, "TaxExemptionReason", EXEMPTION_TEXT)
    _text(_node(category, "TaxScheme"), "ID", "VAT")


def _line(root: ElementTree.Element, invoice: Invoice, amount: Decimal, credit: bool) -> None:
    line = _node(root, "CreditNoteLine" if credit else "InvoiceLine")
    _text(line, "ID", "1")
    _text(line, "CreditedQuantity" if credit else "InvoicedQuantity", "1", unitCode=ONE_UNIT)
    _amount(line, "LineExtensionAmount", amount)
    item = _node(line, "Item")
    _text(item, "Name", f"Membership fee {invoice.fee_year}")
    category = _node(item, "ClassifiedTaxCategory")
    _text(category, "ID", NOT_SUBJECT_TO_VAT)
    _text(_node(category, "TaxScheme"), "ID", "VAT")
    _amount(_node(line, "Price"), "PriceAmount", amount)


def _node(parent: ElementTree.Element, name: str) -> ElementTree.Element:
    return ElementTree.SubElement(parent, f"{{{CAC}}}{name}")


def _text(parent: ElementTree.Element, name: str, value: str, **attributes: str) -> ElementTree.Element:
    element = ElementTree.SubElement(parent, f"{{{CBC}}}{name}", attributes)
    element.text = value
    return element


def _amount(parent: ElementTree.Element, name: str, value: Decimal) -> None:
    _text(parent, name, f"{value:.2f}", currencyID="EUR")


def _money(value) -> Decimal:
    return Decimal(value).quantize(Decimal("0.01"))

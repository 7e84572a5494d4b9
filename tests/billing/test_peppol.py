"""Invoices to Swedish public bodies as Peppol BIS Billing 3.0 documents: what the file says
(the rules of category O "not subject to VAT" included), when it cannot be built, who may
download it."""

from decimal import Decimal
from xml.etree import ElementTree

import pytest
from django.urls import reverse

from billing.models import BillingDetails
from billing.services.errors import BillingRefused
from billing.services.issuing import issue_fee_year
from billing.services.payments import issue_credit_note
from billing.services.peppol import build_peppol

from .helpers import DUE, ISSUED, YEAR

pytestmark = pytest.mark.usefixtures("mid_february_2027")

NS = {
    "cac": "urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2",
    "cbc": "urn:oasis:names:specification:ubl:schema:xsd:CommonBasicComponents-2",
}


@pytest.fixture
def kommun_invoice(members, billing_contacts, secretariat):
    kommun = members["kommun"]
    BillingDetails.objects.create(
        organisation=kommun,
        invoice_address="Box 1\n449 80 Alafors",
        swedish_organisation_number="212000-1355",
        peppol_id="0007:2120001355",
        buyer_reference="4711",
    )
    issued = issue_fee_year(YEAR, secretariat, issued_on=ISSUED, due_on=DUE)
    (invoice,) = [invoice for invoice in issued if invoice.organisation == kommun]
    return invoice


def value(root, path: str) -> str:
    element = root.find(path, NS)
    assert element is not None, path
    return element.text


def test_an_invoice_to_a_swedish_public_body_is_a_peppol_bis_invoice(association, kommun_invoice):
    name, xml = build_peppol(kommun_invoice)
    assert name == f"{kommun_invoice.number}-peppol.xml"
    root = ElementTree.fromstring(xml)
    assert root.tag == "{urn:oasis:names:specification:ubl:schema:xsd:Invoice-2}Invoice"
    assert value(root, "cbc:CustomizationID").endswith("urn:fdc:peppol.eu:2017:poacc:billing:3.0")
    assert value(root, "cbc:InvoiceTypeCode") == "380"
    assert value(root, "cbc:DueDate") == DUE.isoformat()
    assert value(root, "cbc:BuyerReference") == "4711"
    seller = root.find("cac:AccountingSupplierParty/cac:Party", NS)
    assert value(seller, "cbc:EndpointID") == "IT12345670017"
    assert seller.find("cbc:EndpointID", NS).get("schemeID") == "0211"
    buyer = root.find("cac:AccountingCustomerParty/cac:Party", NS)
    assert (value(buyer, "cbc:EndpointID"), buyer.find("cbc:EndpointID", NS).get("schemeID")) == (
        "2120001355",
        "0007",
    )
    assert value(buyer, "cac:PostalAddress/cac:Country/cbc:IdentificationCode") == "SE"
    assert value(root, "cac:PaymentMeans/cac:PayeeFinancialAccount/cbc:ID") == "IT60X0542811101000000123456"
    category = root.find("cac:TaxTotal/cac:TaxSubtotal/cac:TaxCategory", NS)
    assert (value(category, "cbc:ID"), value(category, "cbc:TaxExemptionReasonCode")) == ("O", "VATEX-EU-O")
    assert Decimal(value(root, "cac:LegalMonetaryTotal/cbc:PayableAmount")) == Decimal("500.00")
    assert Decimal(value(root, "cac:InvoiceLine/cbc:LineExtensionAmount")) == Decimal("500.00")
    # BR-O-02 and BR-O-05: no VAT identifier of either party, no VAT rate anywhere.
    assert root.find(".//cac:PartyTaxScheme", NS) is None
    assert root.find(".//cbc:Percent", NS) is None


def test_a_credit_note_is_a_peppol_credit_note_naming_its_invoice(association, kommun_invoice, secretariat):
    note = issue_credit_note(kommun_invoice.pk, Decimal("100.00"), "Fee band corrected", secretariat)
    root = ElementTree.fromstring(build_peppol(note)[1])
    assert root.tag == "{urn:oasis:names:specification:ubl:schema:xsd:CreditNote-2}CreditNote"
    assert value(root, "cbc:CreditNoteTypeCode") == "381"
    assert value(root, "cac:BillingReference/cac:InvoiceDocumentReference/cbc:ID") == kommun_invoice.number
    assert value(root, "cac:CreditNoteLine/cbc:CreditedQuantity") == "1"
    assert Decimal(value(root, "cac:LegalMonetaryTotal/cbc:PayableAmount")) == Decimal("100.00")


@pytest.mark.parametrize(
    ("change", "says"),
    [("no_peppol_id", "Peppol id"), ("no_reference", "your reference"), ("no_tax_ids", "partita IVA")],
)
def test_an_invoice_that_cannot_go_through_peppol_is_refused_with_the_reason(
    association, kommun_invoice, change, says
):
    if change == "no_peppol_id":
        kommun_invoice.identifiers.pop("peppol_id")
    elif change == "no_reference":
        kommun_invoice.identifiers.pop("buyer_reference")
    else:
        association.vat_number = association.tax_code = ""
        association.save()
    with pytest.raises(BillingRefused) as refused:
        build_peppol(kommun_invoice)
    assert says in refused.value.message


def test_the_secretariat_downloads_the_peppol_invoice_and_a_member_contact_may_not(
    client, association, kommun_invoice, secretariat, billing_contacts
):
    url = reverse("billing:invoice_peppol", args=[kommun_invoice.pk])
    client.force_login(billing_contacts["kommun"])
    assert client.get(url).status_code == 403
    client.force_login(secretariat)
    response = client.get(url)
    assert response.status_code == 200
    assert response["Content-Disposition"] == f'attachment; filename="{kommun_invoice.number}-peppol.xml"'
    page = client.get(reverse("billing:invoice", args=[kommun_invoice.pk])).content.decode()
    assert url in page
    assert reverse("billing:invoice_fatturapa", args=[kommun_invoice.pk]) not in page

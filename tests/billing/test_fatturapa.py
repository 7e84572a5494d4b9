"""Invoices to Italian public bodies as FatturaPA files: what the file says, when it cannot be
built (and says why), who may download it."""

import io
import re
from decimal import Decimal
from xml.etree import ElementTree

import a38
import pytest
from a38.validation import Validation
from django.urls import reverse
from pypdf import PdfReader

from billing.models import BillingDetails
from billing.services.errors import BillingRefused
from billing.services.fatturapa import build_fatturapa, parse_italian_address
from billing.services.issuing import issue_fee_year
from billing.services.payments import issue_credit_note

from .helpers import DUE, ISSUED, YEAR, make_invoice

pytestmark = pytest.mark.usefixtures("mid_february_2027")


@pytest.fixture
def comune(members):
    comune = members["comune"]
    comune.address = "Strada della Repubblica 1\n43121 Parma (PR)"
    comune.save()
    BillingDetails.objects.create(
        organisation=comune, ipa_code="UFABCD", vat_number="00162210348", cig="Z1234567AB", cup="B91H2700000"
    )
    return comune


@pytest.fixture
def invoice(comune, billing_contacts, secretariat):
    issued = issue_fee_year(YEAR, secretariat, issued_on=ISSUED, due_on=DUE)
    (comune_invoice,) = [invoice for invoice in issued if invoice.organisation == comune]
    return comune_invoice


def parsed(xml: bytes) -> ElementTree.Element:
    return ElementTree.fromstring(xml)


def text(root, path: str) -> str:
    element = root.find(path)
    assert element is not None, path
    return element.text


def test_an_address_on_two_lines_gives_street_cap_town_and_province():
    address = parse_italian_address("Strada della Repubblica 1\n43121 Parma (PR)")
    assert (address.street, address.cap, address.town, address.province) == (
        "Strada della Repubblica 1",
        "43121",
        "Parma",
        "PR",
    )
    assert parse_italian_address("Storgatan 1, Ale") is None


def test_an_invoice_to_an_italian_public_body_becomes_a_valid_fatturapa(association, invoice):
    name, xml = build_fatturapa(invoice)
    assert re.fullmatch(r"IT12345670017_[0-9A-Z]{5}\.xml", name)
    root = parsed(xml)
    assert root.get("versione") == "FPA12"
    assert text(root, ".//DatiTrasmissione/CodiceDestinatario") == "UFABCD"
    assert text(root, ".//CedentePrestatore//IdFiscaleIVA/IdCodice") == "12345670017"
    assert text(root, ".//CessionarioCommittente//CodiceFiscale") == "00162210348"
    assert text(root, ".//CessionarioCommittente/Sede/CAP") == "43121"
    assert text(root, ".//DatiGeneraliDocumento/TipoDocumento") == "TD01"
    assert text(root, ".//DatiGeneraliDocumento/Numero") == invoice.number
    assert Decimal(text(root, ".//DatiGeneraliDocumento/ImportoTotaleDocumento")) == Decimal("1000.00")
    assert text(root, ".//DatiOrdineAcquisto/CodiceCIG") == "Z1234567AB"
    assert text(root, ".//DatiOrdineAcquisto/CodiceCUP") == "B91H2700000"
    assert text(root, ".//DatiRiepilogo/Natura") == "N2.2"
    assert Decimal(text(root, ".//DatiRiepilogo/Imposta")) == 0
    assert text(root, ".//DettaglioPagamento/IBAN") == "IT60X0542811101000000123456"
    assert text(root, ".//DettaglioPagamento/DataScadenzaPagamento") == DUE.isoformat()
    # The file reads back through a38 and passes its checks.
    again = a38.auto_from_etree(ElementTree.fromstring(xml))
    validation = Validation()
    again.validate(validation)
    assert validation.errors == []


def test_a_credit_note_becomes_a_td04_that_names_the_invoice_it_credits(association, invoice, secretariat):
    note = issue_credit_note(invoice.pk, Decimal("200.00"), "Fee band corrected", secretariat)
    root = parsed(build_fatturapa(note)[1])
    assert text(root, ".//DatiGeneraliDocumento/TipoDocumento") == "TD04"
    assert text(root, ".//DatiFattureCollegate/IdDocumento") == invoice.number
    assert Decimal(text(root, ".//DatiGeneraliDocumento/ImportoTotaleDocumento")) == Decimal("200.00")
    assert root.find(".//DatiPagamento") is None


def test_each_invoice_gets_its_own_file_name(association, comune, secretariat):
    first = make_invoice(comune)
    second = make_invoice(comune, fee_year=YEAR + 1)
    for made in (first, second):
        made.recipient_address, made.identifiers = comune.address, {"ipa_code": "UFABCD"}
        made.save()
    assert build_fatturapa(first)[0] != build_fatturapa(second)[0]


@pytest.mark.parametrize(
    ("change", "says"),
    [
        ("no_vat_number", "partita IVA"),
        ("swedish_member", "Italian members only"),
        ("no_ipa_code", "Codice Univoco Ufficio"),
        ("address_without_cap", "street, CAP town"),
    ],
)
def test_an_invoice_that_cannot_be_a_fatturapa_is_refused_with_the_reason(
    association, invoice, members, change, says
):
    if change == "no_vat_number":
        association.vat_number = ""
        association.save()
    elif change == "swedish_member":
        invoice.organisation = members["kommun"]
    elif change == "no_ipa_code":
        invoice.identifiers = {}
    elif change == "address_without_cap":
        invoice.recipient_address = "Comune di Parma, ufficio ragioneria"
    with pytest.raises(BillingRefused) as refused:
        build_fatturapa(invoice)
    assert says in refused.value.message


def test_the_secretariat_downloads_the_fatturapa_and_a_member_contact_may_not(
    client, association, invoice, secretariat, billing_contacts
):
    url = reverse("billing:invoice_fatturapa", args=[invoice.pk])
    client.force_login(billing_contacts["comune"])
    assert client.get(url).status_code == 403
    client.force_login(secretariat)
    response = client.get(url)
    assert response.status_code == 200
    assert response["Content-Type"] == "application/xml"
    assert response["Content-Disposition"].startswith('attachment; filename="IT12345670017_')
    page = client.get(reverse("billing:invoice", args=[invoice.pk])).content.decode()
    assert url in page


def test_the_invoice_page_says_why_there_is_no_fatturapa(client, invoice, secretariat):
    client.force_login(secretariat)
    page = client.get(reverse("billing:invoice", args=[invoice.pk])).content.decode()
    assert reverse("billing:invoice_fatturapa", args=[invoice.pk]) not in page
    assert "partita IVA" in page
    response = client.get(reverse("billing:invoice_fatturapa", args=[invoice.pk]), follow=True)
    assert "partita IVA" in response.content.decode()


def test_the_pdf_tells_where_to_pay(association, invoice):
    from billing.pdf import invoice_pdf

    text = PdfReader(io.BytesIO(invoice_pdf(invoice))).pages[0].extract_text()
    assert "IT60 X054 2811 1010 0000 0123 456" in text
    assert "BPMOIT22XXX" in text


@pytest.mark.parametrize(
    ("field", "typo"),
    [("iban", "IT60 X054 2811 1010 0000 0123 457"), ("vat_number", "12345670018"), ("bic", "BPM0IT2")],
)
def test_a_typo_in_the_associations_bank_or_tax_details_is_refused(association, field, typo):
    from django.core.exceptions import ValidationError

    setattr(association, field, typo)
    with pytest.raises(ValidationError) as refused:
        association.full_clean()
    assert field in refused.value.message_dict

"""An issued invoice or credit note as a FatturaPA file (format FPA12, version 1.2.2), the only
kind of invoice an Italian public body may accept: the secretariat uploads it to the exchange
(Sistema di Interscambio) itself or through its intermediary; the portal only builds the file.

Built with a38 (Truelite's FatturaPA library), which also validates it: a file that a38 finds
invalid is never handed out. The fee is a non-profit association's membership fee, outside the
scope of VAT (art. 4 DPR 633/1972): one line at 0 % with nature N2.2 ("non soggette – altri casi").
"""

from __future__ import annotations

import io
import re
from dataclasses import dataclass
from decimal import Decimal

import a38
from a38.validation import Validation
from django.utils.translation import gettext as _
from stdnum import iban as iban_numbers

from strategy.models import NetworkProfile

from ..models import Invoice
from .errors import BillingRefused

OUT_OF_SCOPE_NATURE = "N2.2"
OUT_OF_SCOPE_REFERENCE = "Quota associativa fuori campo IVA, art. 4 DPR 633/1972"
BANK_TRANSFER = "MP05"
FULL_PAYMENT = "TP02"
# "Via Roma 1, 43121 Parma (PR)": a street, a five-digit CAP, a comune, an optional province.
ITALIAN_ADDRESS = re.compile(
    r"^\s*(?P<street>.+?)[,\s]+(?P<cap>\d{5})\s+(?P<town>[^,(\n]+?)\s*(?:\((?P<province>[A-Za-z]{2})\))?\s*$",
    re.DOTALL,
)


@dataclass(frozen=True)
class ItalianAddress:
    street: str
    cap: str
    town: str
    province: str | None


def parse_italian_address(text: str) -> ItalianAddress | None:
    """The parts FatturaPA asks for, from an address written on one or more lines."""
    match = ITALIAN_ADDRESS.match(" ".join((text or "").split()))
    if not match:
        return None
    province = match["province"].upper() if match["province"] else None
    return ItalianAddress(match["street"].strip(" ,"), match["cap"], match["town"].strip(), province)


def association_address(network: NetworkProfile) -> ItalianAddress | None:
    """The association's seat from its profile's street, postcode and city."""
    return parse_italian_address(f"{network.street}, {network.postcode} {network.city}")


def fatturapa_filename(invoice: Invoice, vat_number: str) -> str:
    """``IT<partita IVA>_<progressive>.xml``: the exchange refuses a name it has seen, so the
    progressive is the invoice's own id in base 36 (five characters, unique per invoice)."""
    return f"IT{vat_number}_{_base36(invoice.pk).rjust(5, '0')}.xml"


def _base36(number: int) -> str:
    digits = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ"
    text = ""
    while True:
        number, rest = divmod(number, 36)
        text = digits[rest] + text
        if not number:
            return text


def why_no_fatturapa(invoice: Invoice, network: NetworkProfile | None) -> str | None:
    """Why this invoice cannot be exported as FatturaPA (translated), or None when it can."""
    if invoice.organisation.country != "IT":
        return _("FatturaPA is for Italian members only.")
    if not invoice.identifiers.get("ipa_code"):
        return _(
            "The member's Codice Univoco Ufficio (IPA) was not in its billing details when this was issued."
        )
    if network is None or not network.vat_number:
        return _("Add the association's Italian VAT number (partita IVA) to the network profile first.")
    if association_address(network) is None:
        return _(
            "The association's address in the network profile needs a street, a five-digit CAP and a town."
        )
    if parse_italian_address(invoice.recipient_address) is None:
        return _(
            "The invoice address must read “street, CAP town (province)”, "
            "e.g. “Via Roma 1, 43121 Parma (PR)”."
        )
    return None


def build_fatturapa(invoice: Invoice) -> tuple[str, bytes]:
    """The file's name and its XML; ``BillingRefused`` (translated) when it cannot be built or a38
    finds it invalid. No side effects: nothing is stored or sent."""
    network = NetworkProfile.objects.current()
    reason = why_no_fatturapa(invoice, network)
    if reason:
        raise BillingRefused(reason)
    fattura = a38.FatturaPA12()
    header = fattura.fattura_elettronica_header
    transmitter = network.tax_code or network.vat_number
    header.dati_trasmissione.id_trasmittente = a38.IdTrasmittente("IT", transmitter)
    header.dati_trasmissione.progressivo_invio = _base36(invoice.pk).rjust(5, "0")
    header.dati_trasmissione.codice_destinatario = invoice.identifiers["ipa_code"]
    header.cedente_prestatore = _seller(network)
    header.cessionario_committente = _buyer(invoice)
    body = fattura.fattura_elettronica_body[0]
    body.dati_generali.dati_generali_documento = a38.DatiGeneraliDocumento(
        tipo_documento="TD04" if invoice.is_credit_note else "TD01",
        divisa="EUR",
        data=invoice.issued_on,
        numero=invoice.number,
        causale=[_causale(invoice)],
    )
    cig, cup = invoice.identifiers.get("cig"), invoice.identifiers.get("cup")
    if cig or cup:
        body.dati_generali.dati_ordine_acquisto.append(
            a38.DatiOrdineAcquisto(
                id_documento=invoice.identifiers.get("buyer_reference") or "ND",
                codice_cig=cig or None,
                codice_cup=cup or None,
            )
        )
    if invoice.is_credit_note:
        body.dati_generali.dati_fatture_collegate.append(
            a38.DatiFattureCollegate(id_documento=invoice.credits.number, data=invoice.credits.issued_on)
        )
    amount = Decimal(invoice.amount_eur).quantize(Decimal("0.01"))
    body.dati_beni_servizi.add_dettaglio_linee(
        descrizione=_causale(invoice),
        quantita=None,
        prezzo_unitario=amount,
        aliquota_iva="0.00",
        natura=OUT_OF_SCOPE_NATURE,
    )
    body.dati_beni_servizi.build_dati_riepilogo()
    for summary in body.dati_beni_servizi.dati_riepilogo:
        summary.riferimento_normativo = OUT_OF_SCOPE_REFERENCE
        summary.esigibilita_iva = None  # no VAT is charged, so no VAT becomes due
    body.build_importo_totale_documento()
    if not invoice.is_credit_note:
        body.dati_pagamento.append(_payment(invoice, network, amount))
    _check(fattura)
    out = io.BytesIO()
    fattura.build_etree().write(out, encoding="utf-8", xml_declaration=True)
    return fatturapa_filename(invoice, network.vat_number), out.getvalue()


def _seller(network: NetworkProfile):
    address = association_address(network)
    return a38.CedentePrestatore(
        a38.DatiAnagraficiCedentePrestatore(
            a38.IdFiscaleIVA("IT", network.vat_number),
            codice_fiscale=network.tax_code or None,
            anagrafica=a38.Anagrafica(denominazione=network.name[:80]),
            regime_fiscale="RF01",
        ),
        _sede(address),
        contatti=a38.Contatti(email=network.email) if network.email else None,
    )


def _buyer(invoice: Invoice):
    tax_number = re.sub(r"\s", "", invoice.identifiers.get("vat_number", "")).upper().removeprefix("IT")
    # A public body has a codice fiscale (11 digits), and a partita IVA only if it trades.
    return a38.CessionarioCommittente(
        a38.DatiAnagraficiCessionarioCommittente(
            codice_fiscale=tax_number or None,
            anagrafica=a38.Anagrafica(denominazione=invoice.recipient_name[:80]),
        ),
        _sede(parse_italian_address(invoice.recipient_address)),
    )


def _sede(address: ItalianAddress):
    return a38.Sede(
        indirizzo=address.street[:60],
        cap=address.cap,
        comune=address.town[:60],
        provincia=address.province,
        nazione="IT",
    )


def _causale(invoice: Invoice) -> str:
    if invoice.is_credit_note:
        return f"Nota di credito per la fattura {invoice.credits.number}: {invoice.reason}"[:200]
    return f"Quota associativa annuale {invoice.fee_year}"


def _payment(invoice: Invoice, network: NetworkProfile, amount: Decimal):
    return a38.DatiPagamento(
        condizioni_pagamento=FULL_PAYMENT,
        dettaglio_pagamento=[
            a38.DettaglioPagamento(
                beneficiario=network.name[:200],
                modalita_pagamento=BANK_TRANSFER,
                data_scadenza_pagamento=invoice.due_on,
                importo_pagamento=amount,
                iban=iban_numbers.compact(network.iban) if network.iban else None,
                bic=network.bic or None,
            )
        ],
    )


def _check(fattura) -> None:
    validation = Validation()
    fattura.validate(validation)
    if validation.errors:
        problems = "; ".join(str(error) for error in validation.errors)
        raise BillingRefused(_("The FatturaPA file would be invalid: %(problems)s") % {"problems": problems})

"""Validators of the association's own payment and tax identifiers (python-stdnum checks the
check digits; a typo caught here is an invoice the bank or the Italian exchange would refuse)."""

from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _
from stdnum import bic, iban
from stdnum.it import codicefiscale, iva


def validate_iban(value: str) -> None:
    if not iban.is_valid(value or ""):
        raise ValidationError(_("This IBAN is not valid: please check its letters and digits."), code="iban")


def validate_bic(value: str) -> None:
    if not bic.is_valid(value or ""):
        raise ValidationError(_("This BIC is not valid: it has 8 or 11 letters and digits."), code="bic")


def validate_italian_vat_number(value: str) -> None:
    """Partita IVA: eleven digits with a check digit."""
    if not iva.is_valid(value or ""):
        raise ValidationError(
            _("This Italian VAT number (partita IVA) is not valid: 11 digits, the last a check digit."),
            code="partita_iva",
        )


def validate_codice_fiscale(value: str) -> None:
    """Codice fiscale: 11 digits for an organisation, 16 characters for a person."""
    if not codicefiscale.is_valid(value or ""):
        raise ValidationError(
            _("This codice fiscale is not valid: an organisation's has 11 digits."), code="codice_fiscale"
        )

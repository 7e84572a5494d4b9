"""Validators of the identifiers public bodies need to pay an invoice."""

import re

from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _

IPA_CODE = re.compile(r"^[A-Z0-9]{6}$")
SWEDISH_ORGANISATION_NUMBER = re.compile(r"^(\d{6})-(\d{4})$")
# Peppol participant id: "<scheme>:<identifier>", e.g. "0007:5567321707" (Swedish org. no.).
PEPPOL_ID = re.compile(r"^\d{4}:[A-Za-z0-9.\-_]{1,50}$")


def luhn_valid(digits: str) -> bool:
    """The Luhn (mod 10) check the Swedish organisation number's last digit is."""
    total = 0
    for position, char in enumerate(reversed(digits)):
        value = int(char)
        if position % 2 == 1:
            value *= 2
            if value > 9:
                value -= 9
        total += value
    return total % 10 == 0


def validate_ipa_code(value: str) -> None:
    """Italian Codice Univoco Ufficio (IPA): exactly six letters or digits."""
    if not IPA_CODE.match(value or ""):
        raise ValidationError(
            _("The Codice Univoco Ufficio has exactly 6 letters or digits, e.g. UFABCD."), code="ipa"
        )


def validate_swedish_organisation_number(value: str) -> None:
    """NNNNNN-NNNN whose ten digits pass the Luhn check."""
    match = SWEDISH_ORGANISATION_NUMBER.match(value or "")
    if not match:
        raise ValidationError(
            _("Write the organisation number as NNNNNN-NNNN, e.g. 212000-1355."), code="format"
        )
    if not luhn_valid(match.group(1) + match.group(2)):
        raise ValidationError(
            _("This organisation number's check digit is wrong: please check it."), code="luhn"
        )


def validate_peppol_id(value: str) -> None:
    if not PEPPOL_ID.match(value or ""):
        raise ValidationError(
            _("Write the Peppol id as scheme:identifier, e.g. 0007:2120001355."), code="peppol"
        )

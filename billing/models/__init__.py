from .details import BillingDetails
from .identifiers import (
    luhn_valid,
    validate_ipa_code,
    validate_peppol_id,
    validate_swedish_organisation_number,
)
from .invoices import (
    SERIES_PREFIX,
    ZERO,
    Exemption,
    Invoice,
    NumberCounter,
    Payment,
    ReminderSent,
    ReminderStep,
    Series,
)
from .states import UNPAID_STATES, FeeState, fee_state

__all__ = [
    "SERIES_PREFIX",
    "UNPAID_STATES",
    "ZERO",
    "BillingDetails",
    "Exemption",
    "FeeState",
    "Invoice",
    "NumberCounter",
    "Payment",
    "ReminderSent",
    "ReminderStep",
    "Series",
    "fee_state",
    "luhn_valid",
    "validate_ipa_code",
    "validate_peppol_id",
    "validate_swedish_organisation_number",
]

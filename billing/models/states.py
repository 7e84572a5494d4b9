"""A member's fee state for a year: computed from its invoice, credit notes, payments and
exemption, never typed by anybody."""

import datetime
from decimal import Decimal

from django.db import models
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy


class FeeState(models.TextChoices):
    NOT_INVOICED = "not_invoiced", _("Not invoiced")
    INVOICED = "invoiced", _("Invoiced")
    PARTIALLY_PAID = "partially_paid", _("Partially paid")
    PAID = "paid", pgettext_lazy("fee state", "Paid")  # la fattura, la quota: "Pagata"
    OVERDUE = "overdue", _("Overdue")
    EXEMPT = "exempt", _("Exempt")
    CREDITED = "credited", _("Credited")


def fee_state(
    *,
    invoiced: Decimal | None,
    credited: Decimal,
    paid: Decimal,
    due_on: datetime.date | None,
    today: datetime.date,
    exempt: bool = False,
) -> FeeState:
    """The state, in this order: exempt; not invoiced; credited (nothing left to pay, the credit
    notes cancel the whole invoice); paid (payments cover what the credit notes leave); overdue
    (something left to pay after the due day, even if part is paid); partially paid; invoiced."""
    if exempt:
        return FeeState.EXEMPT
    if invoiced is None:
        return FeeState.NOT_INVOICED
    owed = invoiced - credited
    if owed <= 0:
        return FeeState.CREDITED
    if paid >= owed:
        return FeeState.PAID
    if due_on is not None and today > due_on:
        return FeeState.OVERDUE
    if paid > 0:
        return FeeState.PARTIALLY_PAID
    return FeeState.INVOICED


UNPAID_STATES = {FeeState.INVOICED, FeeState.PARTIALLY_PAID, FeeState.OVERDUE}

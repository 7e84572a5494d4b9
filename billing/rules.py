"""Who may see and change fees and invoices."""

import rules

from members.rules import is_contact_of, is_member_contact, is_secretariat


@rules.predicate
def is_contact_of_invoice_member(user, invoice) -> bool:
    return invoice is not None and is_contact_of(user, invoice.organisation)


rules.add_perm("billing.manage", is_secretariat)
rules.add_perm("billing.view_invoice", is_secretariat | is_contact_of_invoice_member)
rules.add_perm("billing.view_own_invoices", is_member_contact | is_secretariat)
rules.add_perm("billing.change_billing_details", is_secretariat | is_contact_of)

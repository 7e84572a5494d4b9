"""Who receives a member's invoices and reminders."""

import datetime

from django.conf import settings
from django.utils import timezone

from members.models import ContactRole, ContactRoleAssignment, OrganisationContact


def billing_contact(organisation, on: datetime.date | None = None) -> OrganisationContact | None:
    """The contact holding the billing role today; else the primary contact; else the first contact."""
    on = on or timezone.localdate()
    assignment = (
        ContactRoleAssignment.objects.current(on)
        .filter(role=ContactRole.BILLING, contact__organisation=organisation)
        .select_related("contact__user")
        .order_by("starts_on", "pk")
        .first()
    )
    if assignment is not None:
        return assignment.contact
    return (
        OrganisationContact.objects.filter(organisation=organisation)
        .select_related("user")
        .order_by("-is_primary", "pk")
        .first()
    )


def billing_language(organisation, on: datetime.date | None = None) -> str:
    contact = billing_contact(organisation, on)
    language = getattr(getattr(contact, "user", None), "language", "") or ""
    return language if language in dict(settings.LANGUAGES) else settings.LANGUAGE_CODE

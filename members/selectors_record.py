"""Reusable queries of the member record."""

import datetime

from django.db.models import Prefetch
from django.utils import timezone

from .models import ContactRoleAssignment, Organisation, OrganisationContact


def contacts_with_roles(
    organisation: Organisation, on: datetime.date | None = None
) -> list[OrganisationContact]:
    """The organisation's contact persons, each with ``current_roles`` and ``past_roles`` (lists
    of ``ContactRoleAssignment``) on the given day: two queries whatever the number of people."""
    on = on or timezone.localdate()
    contacts = list(
        OrganisationContact.objects.filter(organisation=organisation)
        .select_related("user")
        .prefetch_related(
            Prefetch(
                "role_assignments", queryset=ContactRoleAssignment.objects.order_by("role", "-starts_on")
            )
        )
        .order_by("-is_primary", "user__name", "pk")
    )
    for contact in contacts:
        assignments = list(contact.role_assignments.all())
        contact.current_roles = [
            a for a in assignments if a.starts_on <= on and (a.ends_on is None or a.ends_on >= on)
        ]
        contact.open_roles = [a for a in assignments if a.ends_on is None]
        contact.past_roles = [a for a in assignments if a.ends_on is not None and a.ends_on < on]
        contact.future_roles = [a for a in assignments if a.starts_on > on]
    return contacts

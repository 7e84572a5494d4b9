"""Working groups: create, set the chair, join and leave, edit the page text."""

import datetime

from django.db import IntegrityError, transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from members.models import Organisation, OrganisationContact
from sern_portal.slugs import unique_slug

from .models import WorkingGroup, WorkingGroupMembership


class GroupRefused(Exception):
    """A change the portal refuses, with a message for the person who asked."""


def create_group(*, names: dict[str, str], descriptions: dict[str, str], thematic_area=None) -> WorkingGroup:
    """Create a group (the secretariat's). Side effects: one row; its slug from the English name."""
    english = names.get("en") or next(iter(v for v in names.values() if v), "")
    group = WorkingGroup(
        slug=unique_slug(WorkingGroup, english),
        thematic_area=thematic_area,
        name=english,
    )
    for code, text in names.items():
        setattr(group, f"name_{code}", text)
    for code, text in descriptions.items():
        setattr(group, f"description_{code}", text)
    group.save()
    return group


def set_chair(group: WorkingGroup, contact: OrganisationContact | None) -> WorkingGroup:
    """Set (or clear) the chair. Checks: the chair is a contact of a member organisation.

    Side effects: saves the group's chair. The chair does not have to be in the group: if they
    are not, they join it the same day (a chair is a member of their group).
    """
    if contact is not None and not Organisation.objects.members().filter(pk=contact.organisation_id).exists():
        raise GroupRefused(_("The chair must be a contact person of a member organisation."))
    with transaction.atomic():
        group.chair = contact
        group.save(update_fields=["chair"])
        if (
            contact is not None
            and not group.memberships.filter(contact=contact, left_on__isnull=True).exists()
        ):
            WorkingGroupMembership.objects.create(group=group, contact=contact)
    return group


def join(
    group: WorkingGroup, contact: OrganisationContact, on: datetime.date | None = None
) -> WorkingGroupMembership:
    """The contact joins the group from ``on`` (today). Checks: the group is active; the contact's
    organisation is a member today; the contact is not in the group already.

    Side effects: one membership row (a concurrent second join loses on the constraint and gets
    the same clear message).
    """
    on = on or timezone.localdate()
    if not group.is_active:
        raise GroupRefused(_("This working group is closed."))
    if not Organisation.objects.members().filter(pk=contact.organisation_id).exists():
        raise GroupRefused(_("Only contact persons of member organisations can join a working group."))
    if group.memberships.filter(contact=contact, left_on__isnull=True).exists():
        raise GroupRefused(_("You are already in this working group."))
    try:
        with transaction.atomic():
            return WorkingGroupMembership.objects.create(group=group, contact=contact, joined_on=on)
    except IntegrityError:
        raise GroupRefused(_("You are already in this working group.")) from None


def leave(
    group: WorkingGroup, contact: OrganisationContact, on: datetime.date | None = None
) -> WorkingGroupMembership:
    """The contact leaves the group on ``on`` (today): the membership is kept, with ``left_on``.

    Side effects: the open membership gets ``left_on`` (a conditional UPDATE: a second click finds
    nothing open and gets a clear message). A chair who leaves stops chairing.
    """
    on = on or timezone.localdate()
    with transaction.atomic():
        membership = (
            WorkingGroupMembership.objects.select_for_update()
            .filter(group=group, contact=contact, left_on__isnull=True)
            .first()
        )
        if membership is None:
            raise GroupRefused(_("You are not in this working group."))
        membership.left_on = max(on, membership.joined_on)
        membership.save(update_fields=["left_on"])
        if group.chair_id == contact.pk:
            group.chair = None
            group.save(update_fields=["chair"])
    return membership


def update_text(group: WorkingGroup, descriptions: dict[str, str]) -> WorkingGroup:
    """Replace the page text (the description) in the given languages. Side effects: saves the group."""
    for code, text in descriptions.items():
        setattr(group, f"description_{code}", text)
    group.save()
    return group


def set_active(group: WorkingGroup, active: bool) -> WorkingGroup:
    """Open or close a group (a closed group takes no new members; its history stays)."""
    group.is_active = active
    group.save(update_fields=["is_active"])
    return group

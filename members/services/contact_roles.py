"""Starting and ending a contact person's roles (legal representative, billing, …) over time."""

import datetime

from django.db import IntegrityError, transaction
from django.db.models import Q
from django.utils.translation import gettext as _

from ..models import AuditAction, ContactRole, ContactRoleAssignment, OrganisationContact
from .audit import record_audit
from .errors import TransitionRefused


def start_role(
    contact: OrganisationContact, role: ContactRole | str, starts_on: datetime.date, actor
) -> ContactRoleAssignment:
    """Give ``contact`` the ``role`` from ``starts_on`` (open-ended).

    Side effects, in order: refuses an unknown role, a role the person holds open already, or a
    start inside an earlier period of the same role (history never overlaps); creates the
    ``ContactRoleAssignment``; appends an audit entry (``role_granted``). A concurrent start of the
    same role is refused by the database's "one open role of a kind" constraint.
    """
    if role not in ContactRole.values:
        raise TransitionRefused(_("Choose one of the roles listed."))
    role = ContactRole(role)
    overlapping = ContactRoleAssignment.objects.filter(contact=contact, role=role).filter(
        Q(ends_on__isnull=True) | Q(ends_on__gte=starts_on)
    )
    if overlapping.exists():
        raise TransitionRefused(
            _("%(person)s is already %(role)s on that day: end that role first.")
            % {"person": contact.user.name, "role": role.label}
        )
    try:
        with transaction.atomic():
            assignment = ContactRoleAssignment.objects.create(contact=contact, role=role, starts_on=starts_on)
            record_audit(
                actor,
                AuditAction.ROLE_GRANTED,
                contact,
                {
                    "contact_role": role.value,
                    "from": starts_on.isoformat(),
                    "organisation": contact.organisation_id,
                },
            )
    except IntegrityError as error:  # two people started the same role at once
        raise TransitionRefused(
            _("%(person)s is already %(role)s on that day: end that role first.")
            % {"person": contact.user.name, "role": role.label}
        ) from error
    return assignment


def end_role(assignment: ContactRoleAssignment, ends_on: datetime.date, actor) -> ContactRoleAssignment:
    """End an open role on ``ends_on`` (its last day); the row stays as history.

    Side effects, in order: refuses an end before the start; sets ``ends_on`` with a conditional
    ``UPDATE … WHERE ends_on IS NULL`` (a role ended meanwhile by someone else is refused with a
    clear message, never ended twice); appends an audit entry (``role_ended``).
    """
    if ends_on < assignment.starts_on:
        raise TransitionRefused(_("A role cannot end before it starts."))
    with transaction.atomic():
        updated = ContactRoleAssignment.objects.filter(pk=assignment.pk, ends_on__isnull=True).update(
            ends_on=ends_on
        )
        if not updated:
            raise TransitionRefused(_("This role has already ended."))
        assignment.ends_on = ends_on
        record_audit(
            actor,
            AuditAction.ROLE_ENDED,
            assignment.contact,
            {
                "contact_role": assignment.role,
                "until": ends_on.isoformat(),
                "organisation": assignment.contact.organisation_id,
            },
        )
    return assignment

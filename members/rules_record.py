"""Permissions of the member record (imported by the app's ``ready()`` next to ``rules.py``)."""

import rules

from .rules import is_contact_of, is_member_contact, is_secretariat


@rules.predicate
def is_a_member(_user, organisation) -> bool:
    return organisation is not None and organisation.is_member


@rules.predicate
def is_asked(user, confirmation_request) -> bool:
    return bool(
        user.is_authenticated
        and confirmation_request is not None
        and confirmation_request.contact.user_id == user.pk
    )


@rules.predicate
def organisation_of_request_is_a_member(_user, confirmation_request) -> bool:
    return confirmation_request is not None and confirmation_request.organisation.is_member


# The record (timeline, notes, the end of a membership, the year's confirmations) is the
# secretariat's; a member's own contacts see and correct their organisation's contacts and roles
# while it is a member.
rules.add_perm("members.view_member_record", is_secretariat)
rules.add_perm("members.write_member_note", is_secretariat)
rules.add_perm("members.record_membership_end", is_secretariat)
rules.add_perm("members.request_contact_confirmations", is_secretariat)
rules.add_perm("members.manage_contact_roles", is_secretariat | (is_a_member & is_contact_of))
rules.add_perm("members.view_own_contacts", is_member_contact)
rules.add_perm("members.confirm_contacts", is_asked & organisation_of_request_is_a_member)

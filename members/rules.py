"""Role predicates and the permissions of the members app.

Each permission reads as "state check & role check"; the role predicates here are shared by
every app's rules.
"""

import rules

from .models import BoardRole, BoardSeat, Organisation, OrganisationContact


@rules.predicate
def is_secretariat(user) -> bool:
    return bool(user.is_authenticated and (user.is_secretariat or user.is_superuser))


@rules.predicate
def is_board_member(user) -> bool:
    return bool(user.is_authenticated and BoardSeat.objects.current().filter(user=user).exists())


@rules.predicate
def is_chair(user) -> bool:
    return bool(
        user.is_authenticated and BoardSeat.objects.current().filter(user=user, role=BoardRole.CHAIR).exists()
    )


@rules.predicate
def is_member_contact(user) -> bool:
    """A contact person of an organisation that is a member today."""
    return bool(
        user.is_authenticated
        and OrganisationContact.objects.filter(
            user=user, organisation__in=Organisation.objects.members()
        ).exists()
    )


@rules.predicate
def is_contact_of(user, organisation) -> bool:
    return bool(
        user.is_authenticated
        and organisation is not None
        and OrganisationContact.objects.filter(user=user, organisation=organisation).exists()
    )


is_authenticated = rules.is_authenticated

rules.add_perm("members.view_account", is_authenticated)
# The Members Area (its home, the directory and profiles, news, calls and events) is for the
# contacts of member organisations, the secretariat and the Board.
uses_members_area = is_member_contact | is_secretariat | is_board_member

rules.add_perm("members.view_members_area", uses_members_area)
rules.add_perm("members.view_directory", uses_members_area)
rules.add_perm("members.view_organisation_profile", uses_members_area)
rules.add_perm("members.change_organisation_profile", is_secretariat | is_contact_of)

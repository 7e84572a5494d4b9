"""Role predicates and the permissions of the members app.

Each permission reads as "state check & role check"; the role predicates here are shared by
every app's rules.
"""

import rules
from allauth.account.models import EmailAddress
from django.db.models import Exists, OuterRef

from .models import (
    EDITABLE_STATES,
    FINAL_STATES,
    BoardRole,
    BoardSeat,
    Organisation,
    OrganisationContact,
)


@rules.predicate
def is_secretariat(user) -> bool:
    return bool(user.is_authenticated and (user.is_secretariat or user.is_superuser))


def board_roles(user) -> frozenset[str]:
    """The person's current Board roles, read once per user object.

    Every page checks several roles (the menu alone asks three times); the request's user object
    carries the answer for the rest of the request instead of asking the database again.
    """
    roles = getattr(user, "_current_board_roles", None)
    if roles is None:
        roles = frozenset(BoardSeat.objects.current().filter(user=user).values_list("role", flat=True))
        user._current_board_roles = roles
    return roles


def _read_contacts(user) -> None:
    """Every organisation the person is a contact of, and which of them are members today: one
    query per user object, kept on it for the rest of the request (issue 16)."""
    members_today = Organisation.objects.members().filter(pk=OuterRef("organisation_id"))
    rows = OrganisationContact.objects.filter(user=user).values_list("organisation_id", Exists(members_today))
    rows = list(rows)
    user._contact_organisation_ids = frozenset(pk for pk, _member in rows)
    user._member_organisation_ids = frozenset(pk for pk, member in rows if member)


def contact_organisation_ids(user) -> frozenset[int]:
    """The organisations (members or not) the person is a contact of, read once per user object."""
    if getattr(user, "_contact_organisation_ids", None) is None:
        _read_contacts(user)
    return user._contact_organisation_ids


def member_organisation_ids(user) -> frozenset[int]:
    """The member organisations the person is a contact of today, read once per user object."""
    if getattr(user, "_member_organisation_ids", None) is None:
        _read_contacts(user)
    return user._member_organisation_ids


@rules.predicate
def is_board_member(user) -> bool:
    return bool(user.is_authenticated and board_roles(user))


@rules.predicate
def is_chair(user) -> bool:
    return bool(user.is_authenticated and BoardRole.CHAIR in board_roles(user))


@rules.predicate
def is_member_contact(user) -> bool:
    """A contact person of an organisation that is a member today."""
    return bool(user.is_authenticated and member_organisation_ids(user))


@rules.predicate
def is_contact_of(user, organisation) -> bool:
    return bool(
        user.is_authenticated
        and organisation is not None
        and getattr(organisation, "pk", organisation) in contact_organisation_ids(user)
    )


is_authenticated = rules.is_authenticated


@rules.predicate
def has_verified_email(user) -> bool:
    return bool(user.is_authenticated and EmailAddress.objects.filter(user=user, verified=True).exists())


# --- Membership applications ------------------------------------------------------------------
@rules.predicate
def is_applicant_of(user, application) -> bool:
    return bool(user.is_authenticated and application is not None and application.applicant_id == user.pk)


@rules.predicate
def is_on_a_meeting(_user, application) -> bool:
    return application is not None and application.meeting_id is not None


@rules.predicate
def is_editable(_user, application) -> bool:
    return application is not None and application.state in EDITABLE_STATES


@rules.predicate
def is_undecided(_user, application) -> bool:
    return application is not None and application.state not in FINAL_STATES


rules.add_perm("members.view_account", is_authenticated)
rules.add_perm("members.delete_account", is_authenticated)
# The Members Area (its home, the directory and profiles, news, calls and events) is for the
# contacts of member organisations, the secretariat and the Board.
uses_members_area = is_member_contact | is_secretariat | is_board_member

rules.add_perm("members.view_members_area", uses_members_area)
rules.add_perm("members.view_directory", uses_members_area)
rules.add_perm("members.view_organisation_profile", uses_members_area)
rules.add_perm("members.change_organisation_profile", is_secretariat | is_contact_of)

# An applicant sees only their own application; board members see applications on a meeting's
# agenda; the secretariat sees everything. Signed-in people without permission get 403.
rules.add_perm("members.apply", has_verified_email)
rules.add_perm(
    "members.view_application", is_applicant_of | is_secretariat | (is_board_member & is_on_a_meeting)
)
rules.add_perm("members.edit_application", is_editable & is_applicant_of)
rules.add_perm("members.withdraw_application", is_undecided & is_applicant_of)
rules.add_perm("members.use_desk", is_secretariat)
rules.add_perm("members.manage_meetings", is_secretariat)
# The audit trail (state changes, decisions, roles, second factors, erasures) names people.
rules.add_perm("members.view_audit", is_secretariat)
rules.add_perm("members.view_board_meetings", is_board_member | is_secretariat)
# Positions and decisions check the role here; the state (awaiting a decision, minutes not yet
# approved) is checked by the service, so a late click gets a clear message rather than a 403.
rules.add_perm("members.record_position", is_board_member & is_on_a_meeting)
rules.add_perm("members.record_decision", (is_chair | is_secretariat) & is_on_a_meeting)
# The calendar feed is reached by a random per-person token in its URL (calendar programs carry
# no session); the view answers 404 unless the token is the current one of a current board member
# or secretariat. People with the feed create, replace and revoke their address on "My account".
rules.add_perm("members.open_calendar_feed", rules.always_allow)
rules.add_perm("members.manage_calendar_address", is_board_member | is_secretariat)

# --- The Board's paperwork (issue 14.1) -------------------------------------------------------
# The pack, attendance and minutes are read by the Board and the secretariat; the secretariat
# prepares them (convocation, documents, attendance, minutes). The chair puts written procedures to
# the Board and may close one early; every Board member votes. States (deadline passed, minutes
# approved) are checked by the services, so a late click gets a clear message rather than a 403.
rules.add_perm("members.view_board_papers", is_board_member | is_secretariat)
rules.add_perm("members.prepare_meeting", is_secretariat)
rules.add_perm("members.view_written_procedures", is_board_member | is_secretariat)
rules.add_perm("members.open_written_procedure", is_chair)
rules.add_perm("members.close_written_procedure", is_chair)
rules.add_perm("members.vote_written_procedure", is_board_member)

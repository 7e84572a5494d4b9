"""Contact roles over time: current on a day, history kept, one open role per kind, no end before
the start; every change is audited."""

import datetime

import pytest

from members.models import AuditAction, AuditEntry, ContactRole, ContactRoleAssignment, OrganisationContact
from members.services.contact_roles import end_role, start_role
from members.services.errors import TransitionRefused
from tests.factories import MemberContactFactory

pytestmark = pytest.mark.django_db

JAN_1 = datetime.date(2025, 1, 1)
JUN_30 = datetime.date(2025, 6, 30)


@pytest.fixture
def contact(db) -> OrganisationContact:
    return OrganisationContact.objects.get(user=MemberContactFactory())


def test_a_role_is_current_from_its_start_to_its_last_day(contact, secretariat):
    assignment = start_role(contact, ContactRole.BILLING, JAN_1, secretariat)
    end_role(assignment, JUN_30, secretariat)
    current = ContactRoleAssignment.objects.current
    assert not current(on=datetime.date(2024, 12, 31)).filter(pk=assignment.pk).exists()
    assert current(on=JAN_1).filter(pk=assignment.pk).exists()
    assert current(on=JUN_30).filter(pk=assignment.pk).exists()
    assert not current(on=datetime.date(2025, 7, 1)).filter(pk=assignment.pk).exists()


def test_ending_a_role_keeps_it_as_history_and_a_new_period_can_follow(contact, secretariat):
    first = start_role(contact, ContactRole.LEGAL_REPRESENTATIVE, JAN_1, secretariat)
    end_role(first, JUN_30, secretariat)
    second = start_role(contact, ContactRole.LEGAL_REPRESENTATIVE, datetime.date(2025, 9, 1), secretariat)
    rows = list(ContactRoleAssignment.objects.filter(contact=contact).order_by("starts_on"))
    assert [(r.pk, r.ends_on) for r in rows] == [(first.pk, JUN_30), (second.pk, None)]


def test_one_person_may_hold_several_roles(contact, secretariat):
    start_role(contact, ContactRole.BILLING, JAN_1, secretariat)
    start_role(contact, ContactRole.COMMUNICATION, JAN_1, secretariat)
    roles = set(
        ContactRoleAssignment.objects.current(on=JUN_30)
        .filter(contact=contact)
        .values_list("role", flat=True)
    )
    assert roles == {"billing", "communication"}


def test_a_second_open_role_of_the_same_kind_is_refused(contact, secretariat):
    start_role(contact, ContactRole.BILLING, JAN_1, secretariat)
    with pytest.raises(TransitionRefused, match="end that role first"):
        start_role(contact, ContactRole.BILLING, JUN_30, secretariat)
    assert ContactRoleAssignment.objects.filter(contact=contact).count() == 1


def test_a_role_starting_inside_an_earlier_period_is_refused(contact, secretariat):
    end_role(start_role(contact, ContactRole.BILLING, JAN_1, secretariat), JUN_30, secretariat)
    with pytest.raises(TransitionRefused):
        start_role(contact, ContactRole.BILLING, datetime.date(2025, 3, 1), secretariat)


def test_an_end_before_the_start_is_refused(contact, secretariat):
    assignment = start_role(contact, ContactRole.PROJECT, JUN_30, secretariat)
    with pytest.raises(TransitionRefused, match="cannot end before it starts"):
        end_role(assignment, JAN_1, secretariat)
    assignment.refresh_from_db()
    assert assignment.ends_on is None


def test_a_role_ended_twice_is_refused_the_second_time(contact, secretariat):
    assignment = start_role(contact, ContactRole.PROJECT, JAN_1, secretariat)
    stale = ContactRoleAssignment.objects.get(pk=assignment.pk)
    end_role(assignment, JUN_30, secretariat)
    with pytest.raises(TransitionRefused, match="already ended"):
        end_role(stale, datetime.date(2025, 7, 31), secretariat)
    stale.refresh_from_db()
    assert stale.ends_on == JUN_30


def test_an_unknown_role_is_refused(contact, secretariat):
    with pytest.raises(TransitionRefused):
        start_role(contact, "treasurer", JAN_1, secretariat)


def test_starting_and_ending_are_audited(contact, secretariat):
    assignment = start_role(contact, ContactRole.BOARD_DELEGATE, JAN_1, secretariat)
    end_role(assignment, JUN_30, secretariat)
    entries = [
        e
        for e in AuditEntry.objects.filter(
            target_type="members.organisationcontact", target_id=str(contact.pk)
        ).order_by("pk")
        if "contact_role" in e.data
    ]
    assert [(e.action, e.actor, e.data["contact_role"]) for e in entries] == [
        (AuditAction.ROLE_GRANTED, secretariat, "board_delegate"),
        (AuditAction.ROLE_ENDED, secretariat, "board_delegate"),
    ]
    assert entries[1].data["until"] == "2025-06-30"

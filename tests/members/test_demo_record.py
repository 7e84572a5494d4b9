"""The member record's demo data: roles on every member, notes, one resignation, a round of
contact confirmations partly answered; a second run changes nothing."""

import pytest

from members.demo import seed_accounts, seed_member_contacts, seed_member_record, seed_organisations
from members.models import (
    ContactConfirmationRequest,
    ContactRole,
    ContactRoleAssignment,
    MembershipEnd,
    Organisation,
    OrganisationNote,
)

pytestmark = pytest.mark.django_db


@pytest.fixture
def demo_record(db):
    seed_organisations()
    seed_accounts()
    seed_member_contacts()
    return seed_member_record()


def test_every_member_has_a_legal_representative_and_a_billing_contact(demo_record):
    for role in (ContactRole.LEGAL_REPRESENTATIVE, ContactRole.BILLING):
        held_by = set(
            ContactRoleAssignment.objects.current()
            .filter(role=role)
            .values_list("contact__organisation", flat=True)
        )
        assert set(Organisation.objects.members().values_list("pk", flat=True)) <= held_by


def test_there_are_notes_a_resignation_and_a_round_partly_answered(demo_record):
    assert OrganisationNote.objects.count() >= 3
    end = MembershipEnd.objects.get()
    assert end.organisation.member_until == end.ends_on
    requests = ContactConfirmationRequest.objects.all()
    answered = requests.filter(confirmed_at__isnull=False).count()
    assert 0 < answered < requests.count()
    assert not requests.filter(
        contact__user__email__endswith="@demo.sern.eu", confirmed_at__isnull=False
    ).filter(contact__user__email__in=["member@demo.sern.eu", "member.it@demo.sern.eu"])


def test_a_second_run_creates_nothing(demo_record):
    counts = [
        model.objects.count()
        for model in (ContactRoleAssignment, OrganisationNote, MembershipEnd, ContactConfirmationRequest)
    ]
    seed_member_record()
    assert counts == [
        model.objects.count()
        for model in (ContactRoleAssignment, OrganisationNote, MembershipEnd, ContactConfirmationRequest)
    ]

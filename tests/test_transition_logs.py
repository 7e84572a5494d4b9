"""The transition functions of outcomes and registrations leave an append-only trail."""

from decimal import Decimal

import pytest

from events.models import Registration, RegistrationStatus, RegistrationStatusChange
from events.services import cancel, register
from projects.models import OutcomeChange, ProjectOutcome
from projects.services import decide_outcome
from tests.factories import EventFactory, MemberContactFactory, ProjectIdeaFactory, ProjectRecordFactory

S = RegistrationStatus
pytestmark = pytest.mark.django_db


def trail(registration: Registration) -> list[tuple[str, str, object]]:
    return [(c.from_status, c.to_status, c.changed_by) for c in registration.status_changes.all()]


def test_a_registration_logs_its_place_its_cancellation_and_who_cancelled(member, secretariat):
    event = EventFactory(capacity=5)
    registration = register(event, member)
    cancel(registration, by=secretariat)
    assert trail(registration) == [("", S.CONFIRMED, member), (S.CONFIRMED, S.CANCELLED, secretariat)]


def test_a_place_freed_by_a_cancellation_is_logged_for_the_person_waiting_by_nobody(member, other_member):
    event = EventFactory(capacity=1)
    first = register(event, member)
    waiting = register(event, other_member)
    cancel(first, by=member)
    assert trail(waiting) == [("", S.WAITING, other_member), (S.WAITING, S.CONFIRMED, None)]


def test_the_outcome_of_a_submission_is_logged_with_who_recorded_it(member):
    record = ProjectRecordFactory(idea=ProjectIdeaFactory(), outcome=ProjectOutcome.PENDING)
    decide_outcome(record, ProjectOutcome.APPROVED, eu_grant_eur=Decimal(1000), participants=3, by=member)
    assert [
        (c.from_outcome, c.to_outcome, c.changed_by) for c in OutcomeChange.objects.filter(record=record)
    ] == [(ProjectOutcome.PENDING, ProjectOutcome.APPROVED, member)]


def test_a_refused_cancellation_logs_nothing():
    person = MemberContactFactory()
    registration = register(EventFactory(capacity=5), person)
    cancel(registration, by=person)
    registration.refresh_from_db()
    with pytest.raises(Exception, match="cannot become"):
        cancel(registration, by=person)
    assert RegistrationStatusChange.objects.filter(registration=registration).count() == 2

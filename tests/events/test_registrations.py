import datetime

import pytest
from django.core import mail
from django.db import IntegrityError, connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import timezone

from events.models import Registration, RegistrationStatus
from events.services import (
    ALLOWED_TRANSITIONS,
    RegistrationError,
    _mail_promoted,
    cancel,
    check_transition,
    record_attendance,
    register,
)
from tests.factories import EventFactory, MemberContactFactory

S = RegistrationStatus


@pytest.fixture
def full_event(db, member, other_member):
    event = EventFactory(capacity=1)
    register(event, member)
    register(event, other_member)
    return event


def test_places_are_confirmed_up_to_the_capacity_then_people_wait(full_event, member, other_member):
    assert Registration.objects.get(event=full_event, user=member).status == S.CONFIRMED
    assert Registration.objects.get(event=full_event, user=other_member).status == S.WAITING


def test_a_cancellation_gives_the_place_to_the_first_person_waiting(full_event, member, other_member):
    third = MemberContactFactory(language="sv")
    register(full_event, third)
    promoted = cancel(Registration.objects.get(event=full_event, user=member))
    assert promoted.user == other_member
    assert Registration.objects.get(event=full_event, user=other_member).status == S.CONFIRMED
    assert Registration.objects.get(event=full_event, user=third).status == S.WAITING
    assert Registration.objects.filter(event=full_event, status=S.CONFIRMED).count() == 1


def test_the_promoted_person_gets_an_email(
    full_event, member, other_member, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        cancel(Registration.objects.get(event=full_event, user=member))
    assert [message.to for message in mail.outbox] == [[other_member.email]]


def test_the_promoted_person_is_mailed_once_however_often_the_mail_runs(
    full_event, member, other_member, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        promoted = cancel(Registration.objects.get(event=full_event, user=member))
    assert _mail_promoted(promoted.pk) is False
    assert [message.to for message in mail.outbox] == [[other_member.email]]


def test_a_person_promoted_again_on_a_new_registration_is_mailed_again(
    full_event, member, other_member, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        first = cancel(Registration.objects.get(event=full_event, user=member))
        cancel(first)
        register(full_event, member)
        register(full_event, other_member)
        second = cancel(Registration.objects.get(event=full_event, user=member, status=S.CONFIRMED))
    assert second.user == other_member and second.pk != first.pk
    assert [message.to for message in mail.outbox] == [[other_member.email], [other_member.email]]


def test_cancelling_a_waiting_place_promotes_nobody(full_event, member, other_member):
    assert cancel(Registration.objects.get(event=full_event, user=other_member)) is None
    assert Registration.objects.get(event=full_event, user=member).status == S.CONFIRMED


def test_registering_twice_is_refused(full_event, member):
    with pytest.raises(RegistrationError):
        register(full_event, member)
    assert Registration.objects.filter(event=full_event, user=member).count() == 1


def test_the_database_refuses_a_second_live_registration(db, member):
    event = EventFactory()
    Registration.objects.create(event=event, user=member, status=S.CONFIRMED)
    with pytest.raises(IntegrityError):
        Registration.objects.create(event=event, user=member, status=S.WAITING)


def test_a_person_may_register_again_after_cancelling(db, member):
    event = EventFactory()
    cancel(register(event, member))
    assert register(event, member).status == S.CONFIRMED


def test_registration_is_refused_once_the_event_has_started(db, member):
    event = EventFactory(starts_at=timezone.now() - datetime.timedelta(hours=1))
    with pytest.raises(RegistrationError):
        register(event, member)


PAIRS = [(a, b) for a in S.values for b in S.values]


@pytest.mark.parametrize(("from_status", "to_status"), PAIRS)
def test_every_transition_pair_is_allowed_or_refused_as_the_table_says(db, member, from_status, to_status):
    registration = Registration(event=EventFactory(), user=member, status=from_status)
    if to_status in ALLOWED_TRANSITIONS[from_status]:
        check_transition(registration, to_status)
    else:
        with pytest.raises(RegistrationError):
            check_transition(registration, to_status)


def test_the_secretariat_records_attendance(client, secretariat, member, other_member):
    event = EventFactory(starts_at=timezone.now() + datetime.timedelta(days=1))
    present, absent = register(event, member), register(event, other_member)
    event.starts_at = timezone.now() - datetime.timedelta(hours=2)
    event.save()
    client.force_login(secretariat)
    url = reverse("event_attendance", args=[event.slug])
    assert client.get(url).status_code == 200
    assert client.post(url, {"attended": [present.pk]}).status_code == 302
    present.refresh_from_db()
    absent.refresh_from_db()
    assert (present.attended, absent.attended) == (True, False)


def test_attendance_cannot_be_recorded_before_the_event(db, member):
    event = EventFactory()
    register(event, member)
    with pytest.raises(RegistrationError):
        record_attendance(event, set())


@pytest.mark.parametrize("role", ["member", "board_member", "outsider"])
def test_only_the_secretariat_records_attendance(db, client, request, role):
    event = EventFactory(starts_at=timezone.now() - datetime.timedelta(hours=2))
    client.force_login(request.getfixturevalue(role))
    assert client.post(reverse("event_attendance", args=[event.slug]), {}).status_code == 403


def test_a_member_registers_and_cancels_through_the_pages(client, member):
    event = EventFactory(capacity=10)
    client.force_login(member)
    assert client.post(reverse("event_register", args=[event.slug])).status_code == 302
    registration = Registration.objects.get(event=event, user=member)
    assert registration.status == S.CONFIRMED
    client.post(reverse("event_cancel", args=[event.slug, registration.pk]))
    registration.refresh_from_db()
    assert registration.status == S.CANCELLED


def test_a_member_cannot_cancel_someone_elses_registration(client, member, other_member):
    event = EventFactory()
    registration = register(event, other_member)
    client.force_login(member)
    assert client.post(reverse("event_cancel", args=[event.slug, registration.pk])).status_code == 403
    registration.refresh_from_db()
    assert registration.status == S.CONFIRMED


@pytest.mark.parametrize("role", ["outsider", "applicant"])
def test_a_non_member_cannot_see_or_join_events(db, client, request, role):
    event = EventFactory()
    client.force_login(request.getfixturevalue(role))
    assert client.get(reverse("event_list")).status_code == 403
    assert client.get(event.get_absolute_url()).status_code == 403
    assert client.post(reverse("event_register", args=[event.slug])).status_code == 403


@pytest.mark.parametrize("past", [False, True])
def test_the_event_lists_cost_the_same_queries_with_1_and_200_events(
    client, member, django_assert_num_queries, past
):
    def make():
        starts = timezone.now() + datetime.timedelta(days=-30 if past else 30)
        event = EventFactory(starts_at=starts)
        Registration.objects.create(event=event, user=member, status=S.CONFIRMED)

    make()
    client.force_login(member)
    url = reverse("event_past" if past else "event_list")
    client.get(url)
    with CaptureQueriesContext(connection) as queries:
        client.get(url)
    for _ in range(199):
        make()
    with django_assert_num_queries(len(queries)):
        response = client.get(url)
    assert response.context["paginator"].count == 200
    assert "You are registered" in response.content.decode()

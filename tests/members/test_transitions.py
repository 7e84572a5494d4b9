"""The transition table: every (from, to) pair, who may act, and what each transition leaves behind."""

import threading

import pytest
from django.conf import settings
from django.core import mail

from billing.models import Invoice
from members.models import (
    AppendOnlyError,
    ApplicationEvent,
    ApplicationState,
    OrganisationContact,
    User,
)
from members.rules import is_member_contact
from members.services.applications import ALLOWED_TRANSITIONS, APPLICANT, CHAIR, SECRETARIAT, transition
from members.services.errors import TransitionRefused
from tests.factories import ApplicantFactory

S = ApplicationState
ALL_PAIRS = [(a.value, b.value) for a in S for b in S]
NEEDS_MEETING = {S.READY, S.DEFERRED}


@pytest.fixture
def setup(db, applicant, secretariat, chair, held_meeting, open_meeting, later_meeting, application_factory):
    def build(from_state):
        meeting = held_meeting if from_state in NEEDS_MEETING else None
        return application_factory(applicant, state=from_state, meeting=meeting)

    return {"build": build, APPLICANT: applicant, SECRETARIAT: secretariat, CHAIR: chair}


@pytest.mark.parametrize(("from_state", "to_state"), ALL_PAIRS)
def test_every_pair_of_states_is_allowed_exactly_when_the_table_says(setup, from_state, to_state):
    application = setup["build"](from_state)
    role = ALLOWED_TRANSITIONS.get((from_state, to_state))
    if role is None:
        with pytest.raises(TransitionRefused) as refused:
            transition(application, to_state, setup[SECRETARIAT], comment="why")
        assert str(refused.value)
        assert not ApplicationEvent.objects.filter(application=application).exists()
        application.refresh_from_db()
        assert application.state == from_state
    else:
        event = transition(application, to_state, setup[role], comment="A reason.")
        application.refresh_from_db()
        assert application.state == to_state
        assert (event.from_state, event.to_state, event.actor) == (from_state, to_state, setup[role])
        assert ApplicationEvent.objects.filter(application=application).count() == 1


@pytest.mark.parametrize(("pair", "role"), list(ALLOWED_TRANSITIONS.items()))
def test_someone_without_the_role_is_refused(setup, pair, role):
    from_state, to_state = pair
    application = setup["build"](from_state)
    intruder = ApplicantFactory()
    with pytest.raises(TransitionRefused, match="not allowed"):
        transition(application, to_state, intruder, comment="A reason.")
    assert not ApplicationEvent.objects.exists()


def test_a_board_member_who_is_not_chair_cannot_decide(setup, board_member):
    application = setup["build"](S.READY)
    with pytest.raises(TransitionRefused):
        transition(application, S.APPROVED, board_member)


def test_the_secretariat_decides_on_the_chairs_behalf_and_it_is_recorded(setup):
    application = setup["build"](S.READY)
    event = transition(application, S.REJECTED, setup[SECRETARIAT], comment="Not a local actor.")
    assert event.on_behalf_of == setup[CHAIR]


@pytest.mark.parametrize("to_state", [S.REJECTED, S.DEFERRED])
def test_a_rejection_or_deferral_needs_a_reason(setup, to_state):
    application = setup["build"](S.READY)
    with pytest.raises(TransitionRefused, match="reason"):
        transition(application, to_state, setup[CHAIR], comment="  ")


def test_a_deferred_application_goes_to_the_next_meeting(setup, held_meeting, open_meeting):
    application = setup["build"](S.READY)
    transition(application, S.DEFERRED, setup[CHAIR], comment="Next time.")
    assert application.meeting == open_meeting


def test_decisions_freeze_when_the_minutes_are_approved(setup, held_meeting):
    application = setup["build"](S.READY)
    held_meeting.status = "minutes_approved"
    held_meeting.save()
    with pytest.raises(TransitionRefused, match="minutes"):
        transition(application, S.APPROVED, setup[CHAIR])


def test_ready_puts_the_application_on_the_next_open_meeting(setup, open_meeting):
    application = setup["build"](S.SUBMITTED)
    transition(application, S.READY, setup[SECRETARIAT])
    assert application.meeting == open_meeting


def test_approval_makes_a_member_from_the_meeting_date_with_fee_and_contacts(
    setup, held_meeting, fee_schedule, django_capture_on_commit_callbacks
):
    application = setup["build"](S.READY)
    mail.outbox.clear()
    with django_capture_on_commit_callbacks(execute=True):
        transition(application, S.APPROVED, setup[CHAIR])
    organisation = application.organisation
    assert organisation.member_since == held_meeting.date and organisation.is_member
    # The first fee is invoiced by billing (queued by name, issued after the commit).
    assert Invoice.objects.get(organisation=organisation, fee_year=held_meeting.date.year).amount_eur == 1000
    new_contact = User.objects.get(email="paolo@collecchio.example")
    assert not new_contact.has_usable_password()
    assert OrganisationContact.objects.filter(organisation=organisation).count() == 2
    assert is_member_contact(new_contact) and is_member_contact(setup[APPLICANT])
    recipients = {address for message in mail.outbox for address in message.to}
    assert {"paolo@collecchio.example", setup[APPLICANT].email} <= recipients
    assert any(
        "/accounts/password/reset/" in m.body for m in mail.outbox if m.to == ["paolo@collecchio.example"]
    )


def test_rejection_tells_the_applicant_the_reason(setup, django_capture_on_commit_callbacks):
    application = setup["build"](S.READY)
    mail.outbox.clear()
    with django_capture_on_commit_callbacks(execute=True):
        transition(application, S.REJECTED, setup[CHAIR], comment="Not a local or regional actor.")
    assert [m.to for m in mail.outbox] == [[setup[APPLICANT].email]]
    assert "Not a local or regional actor." in mail.outbox[0].body


def test_the_history_is_append_only(setup):
    application = setup["build"](S.SUBMITTED)
    event = transition(application, S.READY, setup[SECRETARIAT])
    event.comment = "rewritten"
    with pytest.raises(AppendOnlyError):
        event.save()
    with pytest.raises(AppendOnlyError):
        event.delete()
    with pytest.raises(AppendOnlyError):
        ApplicationEvent.objects.filter(pk=event.pk).update(comment="x")
    with pytest.raises(AppendOnlyError):
        ApplicationEvent.objects.all().delete()


def test_two_decisions_from_stale_pages_exactly_one_wins(setup):
    """On any database: the second decision sees the state has moved on and is refused clearly."""
    application = setup["build"](S.READY)
    seen_by_chair = type(application).objects.get(pk=application.pk)
    seen_by_secretariat = type(application).objects.get(pk=application.pk)
    transition(seen_by_chair, S.APPROVED, setup[CHAIR])
    with pytest.raises(TransitionRefused, match="just been changed"):
        transition(seen_by_secretariat, S.REJECTED, setup[SECRETARIAT], comment="No.")
    assert ApplicationEvent.objects.filter(to_state__in=[S.APPROVED, S.REJECTED]).count() == 1


def test_the_conditional_update_refuses_when_the_lock_is_not_honoured(setup, monkeypatch):
    """SQLite has no row locks: the UPDATE … WHERE state=from is the last guard."""
    from members.models import MembershipApplication

    application = setup["build"](S.READY)
    real_get = MembershipApplication.objects.select_for_update().get

    class RacingLock:
        def get(self, **kwargs):
            locked = real_get(**kwargs)
            # Another request decides between our read and our write.
            MembershipApplication.objects.filter(pk=locked.pk).update(state=S.REJECTED)
            return locked

    monkeypatch.setattr(MembershipApplication.objects, "select_for_update", lambda: RacingLock())
    with pytest.raises(TransitionRefused, match="just been changed"):
        transition(application, S.APPROVED, setup[CHAIR])
    assert not ApplicationEvent.objects.exists()


@pytest.mark.skipif(
    not settings.USING_POSTGRES,
    reason="row locks need PostgreSQL (the conditional update is tested on every database)",
)
@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_two_concurrent_decisions_on_postgresql_exactly_one_wins(applicant, chair, secretariat):
    import datetime

    from django.db import connections
    from django.utils import timezone

    from members.models import BoardMeeting

    from .conftest import make_application

    meeting = BoardMeeting.objects.create(
        date=timezone.localdate() - datetime.timedelta(days=1), status="held"
    )
    application = make_application(applicant, state=S.READY, meeting=meeting)
    barrier = threading.Barrier(2)
    results = []

    def decide(user, to_state):
        try:
            stale = type(application).objects.get(pk=application.pk)
            barrier.wait()
            transition(stale, to_state, user, comment="Reason.")
            results.append("won")
        except TransitionRefused as error:
            results.append(str(error))
        finally:
            connections.close_all()

    threads = [
        threading.Thread(target=decide, args=(chair, S.APPROVED)),
        threading.Thread(target=decide, args=(secretariat, S.REJECTED)),
    ]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert results.count("won") == 1
    assert any("just been changed" in r for r in results)
    assert ApplicationEvent.objects.filter(application=application).count() == 1

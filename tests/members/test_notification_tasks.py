"""The members' e-mail tasks send each e-mail once per event and recipient, however often they run."""

import datetime

import pytest
from django.core import mail
from django.utils import timezone

from members.models import ApplicationEvent, ApplicationState, BoardMeeting
from members.tasks import (
    notify_agenda_published,
    notify_application_event,
    send_meeting_reminders,
    send_member_invitation,
)

from .conftest import make_application

pytestmark = pytest.mark.django_db
S = ApplicationState


def recipients():
    return sorted(message.to[0] for message in mail.outbox)


def event(application, from_state, to_state):
    return ApplicationEvent.objects.create(
        application=application, from_state=from_state, to_state=to_state, actor=application.applicant
    )


def test_an_application_event_notified_twice_reaches_each_recipient_once(applicant, secretariat):
    application = make_application(applicant, state=S.SUBMITTED)
    submitted = event(application, S.DRAFT, S.SUBMITTED)
    assert notify_application_event(submitted.pk) == 2
    assert notify_application_event(submitted.pk) == 0
    assert recipients() == sorted([applicant.email, secretariat.email])


def test_a_later_event_of_the_same_application_is_notified(applicant, secretariat):
    application = make_application(applicant, state=S.SUBMITTED)
    notify_application_event(event(application, S.DRAFT, S.SUBMITTED).pk)
    resubmitted = event(application, S.MORE_INFORMATION_REQUESTED, S.SUBMITTED)
    assert notify_application_event(resubmitted.pk) == 2
    assert recipients() == sorted([applicant.email, secretariat.email] * 2)


def test_a_published_agenda_notified_twice_reaches_each_board_member_once(
    board_member, chair, open_meeting, later_meeting
):
    assert notify_agenda_published(open_meeting.pk) == 2
    assert notify_agenda_published(open_meeting.pk) == 0
    assert notify_agenda_published(later_meeting.pk) == 2
    assert recipients() == sorted([board_member.email, chair.email] * 2)


def test_the_next_days_meeting_is_reminded_after_todays(board_member, settings):
    today = timezone.localdate()
    BoardMeeting.objects.create(date=today + datetime.timedelta(days=7))
    BoardMeeting.objects.create(date=today + datetime.timedelta(days=8))
    settings.SERN_MEETING_REMINDER_DAYS = 7
    assert send_meeting_reminders() == 1
    settings.SERN_MEETING_REMINDER_DAYS = 8  # as if it were tomorrow
    assert send_meeting_reminders() == 1
    assert send_meeting_reminders() == 0
    assert recipients() == [board_member.email, board_member.email]


def test_a_member_invitation_sent_twice_reaches_the_contact_once(member, other_member):
    contact = member.organisation_contacts.get()
    assert send_member_invitation(contact.pk) == 1
    assert send_member_invitation(contact.pk) == 0
    assert send_member_invitation(other_member.organisation_contacts.get().pk) == 1
    assert recipients() == sorted([member.email, other_member.email])

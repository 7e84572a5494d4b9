"""E-mails of the application workflow. Tasks take ids and send each e-mail at most once."""

import datetime

from celery import shared_task
from django.urls import reverse
from django.utils import timezone, translation

from sern_portal.mail import send_once

from .models import (
    ApplicationEvent,
    ApplicationState,
    BoardMeeting,
    BoardSeat,
    MeetingStatus,
    OrganisationContact,
    User,
)

S = ApplicationState
APPLICANT_MAILS = {
    S.SUBMITTED: "members/emails/application_submitted",
    S.MORE_INFORMATION_REQUESTED: "members/emails/more_information_requested",
    S.APPROVED: "members/emails/application_decided",
    S.REJECTED: "members/emails/application_decided",
    S.DEFERRED: "members/emails/application_decided",
}
SECRETARIAT_MAILS = {S.SUBMITTED, S.AMENDED}


def url_in(language: str, name: str, *args) -> str:
    with translation.override(language):
        return reverse(name, args=args)


def send_each_once(people, key: str, template: str, context: dict, link_to: tuple) -> int:
    """``template`` to each of ``people`` in their language, with ``link`` to the page
    ``link_to`` = (url name, *args) in that language; once per person (``send_once`` with the key
    ``<key>:<person id>``). Returns how many were sent now."""
    sent = 0
    for person in people:
        link = url_in(person.language, *link_to)
        sent += send_once(f"{key}:{person.pk}", person, template, context | {"link": link})
    return sent


@shared_task
def notify_application_event(event_id: int) -> int:
    event = ApplicationEvent.objects.select_related("application__applicant", "meeting").get(pk=event_id)
    application = event.application
    sent = 0
    context = {"application": application, "event": event}
    applicant = application.applicant
    if event.to_state in APPLICANT_MAILS:
        link = url_in(applicant.language, "application_detail", application.pk)
        sent += send_once(
            f"event:{event.pk}:{applicant.pk}",
            applicant,
            APPLICANT_MAILS[event.to_state],
            context | {"link": link},
        )
    if event.to_state in SECRETARIAT_MAILS:
        sent += send_each_once(
            User.objects.filter(is_secretariat=True, is_active=True),
            f"event:{event.pk}",
            "members/emails/secretariat_new",
            context,
            ("desk_application", application.pk),
        )
    return sent


def board_members():
    ids = BoardSeat.objects.current().values("user")
    return User.objects.filter(pk__in=ids, is_active=True)


@shared_task
def notify_agenda_published(meeting_id: int) -> int:
    meeting = BoardMeeting.objects.get(pk=meeting_id)
    return send_each_once(
        board_members(),
        f"agenda:{meeting.pk}",
        "members/emails/agenda_published",
        {"meeting": meeting, "count": meeting.applications.count()},
        ("board_meeting", meeting.pk),
    )


@shared_task
def send_meeting_reminders() -> int:
    """Remind board members of a meeting N days ahead (periodic, run by Celery beat)."""
    from django.conf import settings

    day = timezone.localdate() + datetime.timedelta(days=settings.SERN_MEETING_REMINDER_DAYS)
    sent = 0
    for meeting in BoardMeeting.objects.filter(date=day).exclude(status=MeetingStatus.MINUTES_APPROVED):
        sent += send_each_once(
            board_members(),
            f"reminder:{meeting.pk}",
            "members/emails/meeting_reminder",
            {"meeting": meeting},
            ("board_meeting", meeting.pk),
        )
    return sent


@shared_task
def send_member_invitation(contact_id: int) -> int:
    contact = OrganisationContact.objects.select_related("user", "organisation").get(pk=contact_id)
    if not contact.organisation.is_member:  # the e-mail says "is now a member": never before it is
        return 0
    user = contact.user
    link = url_in(
        user.language, "account_reset_password" if not user.has_usable_password() else "account_login"
    )
    return int(
        send_once(
            f"invitation:{contact.pk}",
            user,
            "members/emails/member_invitation",
            {
                "organisation": contact.organisation,
                "link": link,
                "needs_password": not user.has_usable_password(),
            },
        )
    )


@shared_task
def apply_application_retention() -> int:
    """Daily: rejected and withdrawn applications past SERN_APPLICATION_RETENTION_DAYS lose their
    personal data (idempotent: an application is erased once)."""
    from .services.personal_data import apply_application_retention as apply

    return apply()


# --- The Board's paperwork (issue 14.1) -------------------------------------------------------
@shared_task
def send_convocation(send_id: int) -> int:
    """E-mail one round of a meeting's convocation to each current Board member, in their language."""
    from .models import ConvocationSend
    from .services.paperwork import board_on

    sent_round = ConvocationSend.objects.select_related("meeting").get(pk=send_id)
    meeting = sent_round.meeting
    context = {
        "meeting": meeting,
        "applications": list(meeting.applications.order_by("submitted_at", "pk")),
        "items": list(meeting.agenda_items.all()),
        "documents": list(meeting.documents.all()),
        "resent": sent_round.round > 1,
    }
    return send_each_once(
        board_on(meeting.date),
        f"convocation:{meeting.pk}:{sent_round.round}",
        "members/emails/convocation",
        context,
        ("board_pack", meeting.pk),
    )


@shared_task
def file_approved_minutes(minutes_id: int) -> int:
    """File approved minutes' PDFs in the library and freeze them (idempotent)."""
    from .models import Minutes
    from .services.minutes import file_minutes

    minutes = file_minutes(Minutes.objects.get(pk=minutes_id))
    return minutes.pk


@shared_task
def notify_procedure_opened(procedure_id: int) -> int:
    from .models import WrittenProcedure
    from .services.procedures import eligible_voters

    procedure = WrittenProcedure.objects.get(pk=procedure_id)
    return send_each_once(
        eligible_voters(),
        f"procedure:{procedure.pk}",
        "members/emails/procedure_opened",
        {"procedure": procedure},
        ("board_procedure", procedure.pk),
    )


@shared_task
def notify_procedure_closed(procedure_id: int) -> int:
    """The result of a closed written procedure, to each Board member in their language, once
    (a rerun of the task or of the close sends nothing more)."""
    from .models import WrittenProcedure
    from .services.procedures import eligible_voters

    procedure = WrittenProcedure.objects.select_related("result").get(pk=procedure_id)
    return send_each_once(
        eligible_voters(),
        f"procedure-closed:{procedure.pk}",
        "members/emails/procedure_closed",
        {"procedure": procedure, "result": procedure.result},
        ("board_procedure", procedure.pk),
    )


@shared_task
def close_expired_procedures() -> int:
    """Periodic (Celery beat): close written procedures whose deadline has passed (idempotent)."""
    from .services.procedures import close_expired_procedures as close

    return close()

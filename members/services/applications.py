"""The one transition function of membership applications and its table of allowed transitions."""

from django.db import IntegrityError, transaction
from django.utils import formats, timezone
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from outbox.queue import enqueue
from sern_portal.workflow import Workflow

from ..models import (
    ApplicationEvent,
    ApplicationState,
    BoardMeeting,
    BoardPosition,
    BoardSeat,
    MembershipApplication,
)
from ..rules import is_chair, is_secretariat
from .errors import TransitionRefused
from .meetings import next_open_meeting

S = ApplicationState
APPLICANT, SECRETARIAT, CHAIR = "applicant", "secretariat", "chair"

# (from, to) → who may make the change. Anything not in this table is refused.
ALLOWED_TRANSITIONS: dict[tuple[str, str], str] = {
    (S.DRAFT, S.SUBMITTED): APPLICANT,
    (S.SUBMITTED, S.MORE_INFORMATION_REQUESTED): SECRETARIAT,
    (S.AMENDED, S.MORE_INFORMATION_REQUESTED): SECRETARIAT,
    (S.MORE_INFORMATION_REQUESTED, S.AMENDED): APPLICANT,
    (S.SUBMITTED, S.READY): SECRETARIAT,
    (S.AMENDED, S.READY): SECRETARIAT,
    (S.READY, S.APPROVED): CHAIR,
    (S.READY, S.REJECTED): CHAIR,
    (S.READY, S.DEFERRED): CHAIR,
    (S.DEFERRED, S.APPROVED): CHAIR,
    (S.DEFERRED, S.REJECTED): CHAIR,
    (S.DEFERRED, S.DEFERRED): CHAIR,
    (S.DRAFT, S.WITHDRAWN): APPLICANT,
    (S.SUBMITTED, S.WITHDRAWN): APPLICANT,
    (S.MORE_INFORMATION_REQUESTED, S.WITHDRAWN): APPLICANT,
    (S.AMENDED, S.WITHDRAWN): APPLICANT,
    (S.READY, S.WITHDRAWN): APPLICANT,
    (S.DEFERRED, S.WITHDRAWN): APPLICANT,
}
APPLICATION_WORKFLOW = Workflow(
    ApplicationState,
    ALLOWED_TRANSITIONS,
    refusal=gettext_lazy("An application that is “%(from)s” cannot become “%(to)s”."),
)
DECISIONS = {S.APPROVED, S.REJECTED, S.DEFERRED}
COMMENT_REQUIRED = {S.MORE_INFORMATION_REQUESTED, S.REJECTED, S.DEFERRED}


def check_open_for_agenda(meeting: BoardMeeting) -> None:
    """Refuses a meeting that is held, or whose agenda cut-off has passed."""
    if not BoardMeeting.objects.open_for_agenda().filter(pk=meeting.pk).exists():
        raise TransitionRefused(
            _(
                "The agenda of the Board meeting of %(date)s is closed: "
                "choose a meeting whose agenda is still open."
            )
            % {"date": formats.date_format(meeting.date, "DATE_FORMAT")}
        )


def check_takes_decisions(meeting: BoardMeeting | None) -> None:
    """The Board decides at a meeting being held (its day has come), never at a future one."""
    if meeting is None:
        raise TransitionRefused(_("This application is on no Board meeting's agenda."))
    if meeting.decisions_frozen:
        raise TransitionRefused(_("The minutes of this meeting are approved: its decisions are final."))
    day = formats.date_format(meeting.date, "DATE_FORMAT")
    if not meeting.has_come:
        raise TransitionRefused(
            _("The Board meeting of %(date)s has not been held yet: its decisions are recorded on the day.")
            % {"date": day}
        )
    if not meeting.takes_decisions:
        raise TransitionRefused(
            _(
                "The Board meeting of %(date)s is not recorded as held yet: the secretariat records "
                "its attendance first, then the decisions can be recorded."
            )
            % {"date": day}
        )
    from .paperwork import check_quorum_for_decisions

    check_quorum_for_decisions(meeting)


def current_chair():
    seat = BoardSeat.objects.current().filter(role="chair").select_related("user").first()
    return seat.user if seat else None


def _check_actor(application: MembershipApplication, role: str, by_user, on_behalf_of):
    """Who may act; returns the person the secretariat acts for (the chair), if any."""
    if role == APPLICANT and by_user.pk == application.applicant_id:
        return None
    if role == SECRETARIAT and is_secretariat(by_user):
        return None
    if role == CHAIR:
        if is_chair(by_user):
            return None
        if is_secretariat(by_user):
            chair = on_behalf_of or current_chair()
            if chair is not None and is_chair(chair):
                return chair
            raise TransitionRefused(_("The secretariat records decisions only on behalf of the chair."))
    raise TransitionRefused(_("You are not allowed to make this change."))


def transition(
    application: MembershipApplication,
    to_state: str,
    by_user,
    comment: str = "",
    meeting: BoardMeeting | None = None,
    on_behalf_of=None,
) -> ApplicationEvent:
    """Move ``application`` from the state its caller saw to ``to_state``.

    Side effects, in order:
    1. checks: the (from, to) pair is in ALLOWED_TRANSITIONS, the actor has the role it needs,
       a comment is given where one is required;
    2. locks the row (``select_for_update``) and checks that nobody changed the state meanwhile;
    3. checks the calendar: a READY application goes on a meeting still open for the agenda; a
       decision is recorded only at a meeting being held (its day has come, attendance recorded)
       whose minutes are not approved, so membership never starts in the future;
    4. saves the new state with a conditional ``UPDATE … WHERE state = from`` (the loser of a race
       gets ``TransitionRefused``) together with the meeting and submission time (a request for
       more information also empties the list of fields changed since the last request);
    5. appends an ``ApplicationEvent`` (who, when, from, to, comment, meeting, on whose behalf);
    6. on approval: makes the organisation a member from the meeting date, its first fee record,
       and Member access for the contact persons (``services.approval``);
    7. queues the e-mails of the event (outbox, sent after the commit: ``tasks.notify_application_event``).
    """
    from .approval import admit_member

    from_state = application.state
    role = APPLICATION_WORKFLOW.check(from_state, to_state)
    acting_for = _check_actor(application, role, by_user, on_behalf_of)
    comment = (comment or "").strip()
    if to_state in COMMENT_REQUIRED and not comment:
        raise TransitionRefused(_("Please give a reason: the applicant will read it."))

    with transaction.atomic():
        locked = MembershipApplication.objects.select_for_update().get(pk=application.pk)
        if locked.state != from_state:
            raise TransitionRefused(
                _("This application has just been changed by someone else: it is now “%(state)s”.")
                % {"state": locked.get_state_display()}
            )
        changes = {"state": to_state}
        if to_state == S.MORE_INFORMATION_REQUESTED:
            changes["changed_fields"] = []  # what the applicant changes from now on is shown
        if to_state == S.SUBMITTED:
            missing = locked.missing_parts()
            if missing:
                raise TransitionRefused(_("Please complete %(parts)s first.") % {"parts": ", ".join(missing)})
            changes["submitted_at"] = timezone.now()
        if to_state == S.READY:
            meeting = meeting or next_open_meeting()
            if meeting is None:
                raise TransitionRefused(_("No Board meeting with an open agenda is planned yet."))
            check_open_for_agenda(meeting)
            changes["meeting"] = meeting
        if to_state in DECISIONS:
            meeting = locked.meeting
            check_takes_decisions(meeting)
        if to_state == S.DEFERRED:
            later = next_open_meeting(after=meeting)
            if later is None:
                raise TransitionRefused(_("Plan the next Board meeting before deferring an application."))
            changes["meeting"] = later
        if not MembershipApplication.objects.filter(pk=locked.pk, state=from_state).update(**changes):
            raise TransitionRefused(_("This application has just been changed by someone else."))
        event = ApplicationEvent.objects.create(
            application=locked,
            from_state=from_state,
            to_state=to_state,
            actor=by_user,
            on_behalf_of=acting_for,
            comment=comment,
            meeting=meeting,
        )
        if to_state == S.APPROVED:
            locked.refresh_from_db()
            admit_member(locked, meeting)
        enqueue("members.tasks.notify_application_event", event.pk)
    application.refresh_from_db()
    return event


def move_to_meeting(application: MembershipApplication, meeting: BoardMeeting, by_user) -> ApplicationEvent:
    """The secretariat moves an application awaiting a decision to another open meeting.

    Not a change of state, but recorded in the same append-only history.
    """
    if not is_secretariat(by_user):
        raise TransitionRefused(_("You are not allowed to make this change."))
    with transaction.atomic():
        locked = MembershipApplication.objects.select_for_update().get(pk=application.pk)
        if locked.state not in (S.READY, S.DEFERRED):
            raise TransitionRefused(_("Only an application awaiting the Board's decision can be moved."))
        check_open_for_agenda(meeting)
        MembershipApplication.objects.filter(pk=locked.pk).update(meeting=meeting)
        event = ApplicationEvent.objects.create(
            application=locked,
            from_state=locked.state,
            to_state=locked.state,
            actor=by_user,
            comment=_("Moved to the meeting of %(date)s.")
            % {"date": formats.date_format(meeting.date, "DATE_FORMAT")},
            meeting=meeting,
        )
    application.refresh_from_db()
    return event


def record_position(application: MembershipApplication, board_member, position: str, comment: str = ""):
    """A board member's position (approve / reject / abstain), changeable until the decision."""
    if application.state not in (S.READY, S.DEFERRED):
        raise TransitionRefused(_("The Board has already decided on this application."))
    record, _created = BoardPosition.objects.update_or_create(
        application=application,
        board_member=board_member,
        defaults={"position": position, "comment": comment},
    )
    return record


def start_application(user) -> MembershipApplication:
    """The user's application in progress, or a new draft.

    Two clicks at once both find nothing and both create: the database allows one draft per
    applicant (``one_draft_per_applicant``), so the loser's insert fails and it opens the winner's.
    """
    open_states = [s for s in S if s not in (S.APPROVED, S.REJECTED, S.WITHDRAWN)]
    existing = MembershipApplication.objects.filter(applicant=user, state__in=open_states).first()
    if existing:
        return existing
    try:
        with transaction.atomic():
            return MembershipApplication.objects.create(applicant=user)
    except IntegrityError:
        return MembershipApplication.objects.get(applicant=user, state=S.DRAFT)


def resubmit_or_submit(
    application: MembershipApplication, by_user, note: str = ""
) -> tuple[ApplicationEvent | None, bool]:
    """Submit a draft or an amended application (with the applicant's note on what changed);
    a repeated submit is a no-op (returns False)."""
    to_state = S.SUBMITTED if application.state == S.DRAFT else S.AMENDED
    if application.state in (S.SUBMITTED, S.AMENDED):
        return None, False
    try:
        return transition(application, to_state, by_user, comment=note), True
    except TransitionRefused:
        application.refresh_from_db()
        if application.state in (S.SUBMITTED, S.AMENDED):  # the other request won: same result
            return None, False
        raise

"""The Board's side: meetings, the agenda, positions, decisions, meeting pack, minutes, calendar."""

from django.contrib import messages
from django.db.models import Prefetch
from django.http import Http404, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils import timezone
from django.utils.formats import date_format
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from sern_portal.permissions import permission_required
from sern_portal.reader_cache import reader_page_cache
from sern_portal.site import absolute_url, site_domain

from ..forms import DecisionForm, HeldForm, PositionForm
from ..models import (
    ApplicationEvent,
    BoardMeeting,
    BoardPosition,
    BoardSeat,
    MeetingStatus,
    MembershipApplication,
    User,
)
from ..pdf import render_pdf
from ..rules import is_board_member, is_secretariat
from ..services.applications import record_position, transition
from ..services.calendar import user_of_calendar_token
from ..services.errors import TransitionRefused
from ..services.meetings import change_meeting_status, create_year_meetings, next_statuses
from ..services.paperwork import meeting_quorum
from .board_calendar import add_procedure_deadlines, board_page_procedures
from .helpers import application_from_url, refused


def agenda(meeting: BoardMeeting):
    """The meeting's applications with everything the agenda shows, in a fixed number of queries."""
    return (
        MembershipApplication.objects.filter(meeting=meeting)
        .select_related("applicant")
        .prefetch_related(
            "contacts",
            "priorities",
            Prefetch("positions", queryset=BoardPosition.objects.select_related("board_member")),
        )
        .order_by("submitted_at", "pk")
    )


def decisions(meeting: BoardMeeting):
    return (
        ApplicationEvent.objects.filter(meeting=meeting, to_state__in=["approved", "rejected", "deferred"])
        .select_related("application", "actor", "on_behalf_of")
        .order_by("created_at", "pk")
    )


@permission_required("members.view_board_meetings")
@reader_page_cache
def meetings(request):
    today = timezone.localdate()
    return render(
        request,
        "members/board/meetings.html",
        {
            "upcoming": BoardMeeting.objects.filter(date__gte=today),
            "past": BoardMeeting.objects.filter(date__lt=today).order_by("-date")[:12],
            "year": today.year,
            **board_page_procedures(request.user),
        },
    )


@permission_required("members.view_board_meetings")
@reader_page_cache
def meeting(request, pk: int):
    meeting = get_object_or_404(BoardMeeting, pk=pk)
    applications = list(agenda(meeting))
    for application in applications:
        mine = [p for p in application.positions.all() if p.board_member_id == request.user.pk]
        application.my_position = mine[0] if mine else None
        # Ids unique per application: several forms share the page. The recorded position is
        # shown chosen, so the board member sees what the page holds for them.
        initial = {"position": mine[0].position, "comment": mine[0].comment} if mine else {}
        application.position_form = PositionForm(auto_id=f"position-{application.pk}-%s", initial=initial)
        application.decision_form = DecisionForm(auto_id=f"decision-{application.pk}-%s")
    is_secretariat_user = is_secretariat(request.user)
    may_decide = bool(applications) and request.user.has_perm("members.record_decision", applications[0])
    return render(
        request,
        "members/board/meeting.html",
        {
            "meeting": meeting,
            "applications": applications,
            "can_position": is_board_member(request.user),
            "may_decide": may_decide,
            "can_decide": may_decide and meeting.takes_decisions,
            "is_secretariat": is_secretariat_user,
            "next_statuses": next_statuses(meeting) if is_secretariat_user else [],
            "held_form": HeldForm(people=board_people()),
            "quorum": meeting_quorum(meeting) if meeting.status != MeetingStatus.PLANNED else None,
        },
    )


def board_people():
    return User.objects.filter(pk__in=BoardSeat.objects.current().values("user")).order_by("name")


@permission_required("members.view_board_meetings")
def meeting_pack(request, pk: int):
    meeting = get_object_or_404(BoardMeeting, pk=pk)
    pdf = render_pdf("members/board/pack_pdf.html", {"meeting": meeting, "applications": agenda(meeting)})
    return pdf_response(pdf, f"sern-board-{meeting.date:%Y-%m-%d}-meeting-pack.pdf")


def minutes_context(meeting: BoardMeeting) -> dict:
    return {
        "meeting": meeting,
        "attendees": meeting.attendees.order_by("name"),
        "decisions": decisions(meeting),
    }


@permission_required("members.view_board_meetings")
def minutes(request, pk: int):
    meeting = get_object_or_404(BoardMeeting, pk=pk)
    return render(request, "members/board/minutes.html", minutes_context(meeting))


@permission_required("members.view_board_meetings")
def minutes_pdf(request, pk: int):
    meeting = get_object_or_404(BoardMeeting, pk=pk)
    pdf = render_pdf("members/board/minutes_pdf.html", minutes_context(meeting))
    return pdf_response(pdf, f"sern-board-{meeting.date:%Y-%m-%d}-minutes.pdf")


def pdf_response(pdf: bytes, filename: str) -> HttpResponse:
    response = HttpResponse(pdf, content_type="application/pdf")
    response["Content-Disposition"] = f'attachment; filename="{filename}"'
    return response


@require_POST
@permission_required("members.record_position", get_object=application_from_url)
def position(request, pk: int):
    application = request.application
    form = PositionForm(request.POST)
    if form.is_valid():
        try:
            record_position(
                application, request.user, form.cleaned_data["position"], form.cleaned_data["comment"]
            )
            messages.success(request, _("Your position has been recorded."))
        except TransitionRefused as error:
            refused(request, error)
    else:
        messages.error(request, _("Please choose approve, reject or abstain."))
    return redirect_to_agenda_item(application)


def redirect_to_agenda_item(application: MembershipApplication, meeting_id: int | None = None):
    """Back to the meeting page, scrolled to the application the person just acted on."""
    url = reverse("board_meeting", args=[meeting_id or application.meeting_id])
    return redirect(f"{url}#application-{application.pk}")


@require_POST
@permission_required("members.record_decision", get_object=application_from_url)
def decision(request, pk: int):
    """The chair (or the secretariat on the chair's behalf) records the Board's decision."""
    application = request.application
    meeting_id = application.meeting_id  # a deferral moves it on: come back to this meeting
    form = DecisionForm(request.POST)
    if not form.is_valid():
        for errors in form.errors.values():
            messages.error(request, " ".join(errors))
        return redirect_to_agenda_item(application, meeting_id)
    try:
        transition(
            application, form.cleaned_data["decision"], request.user, comment=form.cleaned_data["comment"]
        )
        messages.success(
            request,
            _("The Board's decision on %(name)s has been recorded.") % {"name": application.name},
        )
    except TransitionRefused as error:
        refused(request, error)
    return redirect_to_agenda_item(application, meeting_id)


@require_POST
@permission_required("members.manage_meetings")
def advance(request, pk: int):
    """The secretariat publishes the agenda, records the meeting as held, or approves the minutes."""
    meeting = get_object_or_404(BoardMeeting, pk=pk)
    to_status = request.POST.get("to_status", "")
    attendees = None
    if to_status == MeetingStatus.HELD:
        form = HeldForm(request.POST, people=board_people())
        attendees = list(form.cleaned_data["attendees"]) if form.is_valid() else []
        if not attendees:  # recorded on the attendance page: those present attended
            attendees = list(meeting.attendees.all())
    try:
        if to_status not in MeetingStatus.values:
            raise TransitionRefused(_("You are not allowed to make this change."))
        change_meeting_status(meeting, to_status, request.user, attendees=attendees)
        messages.success(
            request, _("The meeting is now “%(status)s”.") % {"status": MeetingStatus(to_status).label}
        )
    except TransitionRefused as error:
        refused(request, error)
    return redirect("board_meeting", pk)


@require_POST
@permission_required("members.manage_meetings")
def create_year(request):
    try:
        year = int(request.POST.get("year", ""))
    except ValueError:
        year = timezone.localdate().year
    created = create_year_meetings(year)
    messages.success(
        request,
        _("The Board meetings of %(year)s: %(dates)s.")
        % {"year": year, "dates": ", ".join(date_format(m.date, "DATE_FORMAT") for m in created)},
    )
    return redirect("board_meetings")


@permission_required("members.open_calendar_feed")
def calendar(request, token: str):
    """An iCal feed of Board meetings; the URL's random token names the person (no session).

    Tokens are issued, replaced and revoked on "My account" (members.services.calendar).
    """
    from icalendar import Calendar, Event

    user = user_of_calendar_token(token)
    if user is None or not (is_board_member(user) or is_secretariat(user)):
        raise Http404
    feed = Calendar()
    feed.add("prodid", "-//SERN Portal//Board meetings//EN")
    feed.add("version", "2.0")
    feed.add("x-wr-calname", "SERN Board")
    for item in BoardMeeting.objects.all():
        event = Event()
        event.add("uid", f"board-meeting-{item.pk}@{site_domain()}")
        event.add("summary", f"SERN Board meeting ({item.get_status_display()})")
        event.add("dtstart", item.date)
        event.add("dtstamp", timezone.now())
        event.add("location", item.online_link or item.place)
        event.add("url", absolute_url(reverse("board_meeting", args=[item.pk])))
        feed.add_component(event)
    add_procedure_deadlines(feed, user)
    return HttpResponse(feed.to_ical(), content_type="text/calendar; charset=utf-8")

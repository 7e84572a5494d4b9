"""What members did in a period, per organisation id: the sources of evaluation area C.

Each ``active_in_…`` function gives the organisations active in one way; ``ACTIVITY_SOURCES``
lists them all, so a new kind of activity is one function added here.
"""

import datetime
from collections import Counter, defaultdict
from collections.abc import Callable

from django.db.models import F, QuerySet

from evaluation.period import Period
from events.models import EventKind, Registration
from members.models import BoardMeeting, BoardSeat, MeetingStatus
from projects.models import ExpressionOfInterest, InterestStatus, ProjectIdea, ProjectRecord

from .common import created_during


def records_submitted(period: Period) -> QuerySet[ProjectRecord]:
    """Project records submitted to a programme in the period (area A counts them by priority)."""
    return ProjectRecord.objects.filter(submitted_on__range=(period.start, period.end))


def project_participations(period: Period) -> tuple[Counter, Counter]:
    """(projects led, projects joined as a partner but not as lead) per organisation id."""
    led = Counter(records_submitted(period).exclude(lead=None).values_list("lead_id", flat=True))
    partner_links = ProjectRecord.partners.through.objects.filter(
        projectrecord__submitted_on__range=(period.start, period.end)
    ).exclude(projectrecord__lead_id=F("organisation_id"))
    as_partner = Counter(partner_links.values_list("organisation_id", flat=True))
    return led, as_partner


def active_in_projects(period: Period) -> set[int]:
    led, as_partner = project_participations(period)
    return set(led) | set(as_partner)


def event_attendance(period: Period) -> tuple[Counter, Counter]:
    """(General Assemblies, other events) attended per organisation id: distinct events of the
    period at which at least one of its people was recorded as present."""
    attended = set(
        Registration.objects.filter(
            attended=True,
            organisation__isnull=False,
            event__starts_at__date__range=(period.start, period.end),
        ).values_list("organisation_id", "event_id", "event__kind")
    )
    assemblies = Counter(org for org, _event, kind in attended if kind == EventKind.GENERAL_ASSEMBLY)
    others = Counter(org for org, _event, kind in attended if kind != EventKind.GENERAL_ASSEMBLY)
    return assemblies, others


def active_at_events(period: Period) -> set[int]:
    assemblies, others = event_attendance(period)
    return set(assemblies) | set(others)


def board_attendance_per_meeting(period: Period) -> list[tuple[datetime.date, int, int, set[int]]]:
    """Per meeting held: (date, seats on the Board that day, seated members present, organisations
    those present represent)."""
    meetings = list(
        BoardMeeting.objects.filter(
            date__range=(period.start, period.end),
            status__in=[MeetingStatus.HELD, MeetingStatus.MINUTES_APPROVED],
        ).values_list("pk", "date")
    )
    attendees: dict[int, set[int]] = defaultdict(set)
    for meeting_id, user_id in BoardMeeting.attendees.through.objects.filter(
        boardmeeting_id__in=[pk for pk, _date in meetings]
    ).values_list("boardmeeting_id", "user_id"):
        attendees[meeting_id].add(user_id)
    seats = list(BoardSeat.objects.values_list("user_id", "organisation_id", "started_on", "ended_on"))
    result = []
    for pk, day in meetings:
        current = [
            (user_id, organisation_id)
            for user_id, organisation_id, started, ended in seats
            if started <= day and (ended is None or ended >= day)
        ]
        present = [(user_id, org) for user_id, org in current if user_id in attendees[pk]]
        result.append((day, len(current), len(present), {org for _user, org in present if org}))
    return result


def active_on_the_board(period: Period) -> set[int]:
    return set().union(*(organisations for *_counts, organisations in board_attendance_per_meeting(period)))


def idea_engagement(period: Period) -> tuple[Counter, Counter, Counter]:
    """(ideas led, expressions of interest, of which accepted) per organisation id, in the period."""
    led = Counter(created_during(ProjectIdea, period).values_list("lead_id", flat=True))
    interests = created_during(ExpressionOfInterest, period)
    expressed = Counter(interests.values_list("organisation_id", flat=True))
    accepted = Counter(
        interests.filter(status=InterestStatus.ACCEPTED).values_list("organisation_id", flat=True)
    )
    return led, expressed, accepted


def active_in_ideas(period: Period) -> set[int]:
    led, expressed, _accepted = idea_engagement(period)
    return set(led) | set(expressed)


ACTIVITY_SOURCES: list[Callable[[Period], set[int]]] = [
    active_in_projects,
    active_at_events,
    active_on_the_board,
    active_in_ideas,
]

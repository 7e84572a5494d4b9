"""What members did in a period, per organisation id: the sources of evaluation area C.

Each ``active_in_…`` function gives the organisations active in one way; ``ACTIVITY_SOURCES``
lists them all, so a new kind of activity is one function added here.
"""

import datetime
from collections import Counter, defaultdict
from collections.abc import Callable

from django.db.models import Count, F, Q, QuerySet

from evaluation.period import Period
from events.models import EventKind, Registration
from members.models import BoardMeeting, BoardSeat, MeetingStatus
from projects.models import ExpressionOfInterest, InterestStatus, ProjectIdea, ProjectRecord

from .common import created_during, during, shared_in_pass, untranslated


def counts_per(rows: QuerySet, field: str) -> Counter:
    """How many rows per value of ``field``, counted by the database (GROUP BY): a large network
    sends one row per organisation, not one per idea or registration (issue 16)."""
    return Counter(
        dict(
            untranslated(rows.order_by())
            .values_list(field)
            .annotate(count=Count("pk"))
            .values_list(field, "count")
        )
    )


def records_submitted(period: Period) -> QuerySet[ProjectRecord]:
    """Project records submitted to a programme in the period (area A counts them by priority)."""
    return ProjectRecord.objects.filter(submitted_on__range=(period.start, period.end))


@shared_in_pass
def project_participations(period: Period) -> tuple[Counter, Counter]:
    """(projects led, projects joined as a partner but not as lead) per organisation id."""
    led = counts_per(records_submitted(period).exclude(lead=None), "lead_id")
    partner_links = ProjectRecord.partners.through.objects.filter(
        projectrecord__submitted_on__range=(period.start, period.end)
    ).exclude(projectrecord__lead_id=F("organisation_id"))
    as_partner = counts_per(partner_links, "organisation_id")
    return led, as_partner


def active_in_projects(period: Period) -> set[int]:
    led, as_partner = project_participations(period)
    return set(led) | set(as_partner)


@shared_in_pass
def event_attendance(period: Period) -> tuple[Counter, Counter]:
    """(General Assemblies, other events) attended per organisation id: distinct events of the
    period at which at least one of its people was recorded as present."""
    # Counted by the database, one row per organisation (not one per attended registration:
    # 100,000 registrations in a large network, issue 16). An event is counted once per
    # organisation however many of its people were present (DISTINCT).
    general_assembly = Q(event__kind=EventKind.GENERAL_ASSEMBLY)
    per_organisation = (
        Registration.objects.filter(attended=True, organisation__isnull=False)
        .filter(during("event__starts_at", period))
        .order_by()
        .values("organisation_id")
        .annotate(
            assemblies=Count("event_id", distinct=True, filter=general_assembly),
            others=Count("event_id", distinct=True, filter=~general_assembly),
        )
        .values_list("organisation_id", "assemblies", "others")
    )
    assemblies: Counter = Counter()
    others: Counter = Counter()
    for organisation_id, at_assemblies, at_others in per_organisation:
        if at_assemblies:
            assemblies[organisation_id] = at_assemblies
        if at_others:
            others[organisation_id] = at_others
    return assemblies, others


def active_at_events(period: Period) -> set[int]:
    assemblies, others = event_attendance(period)
    return set(assemblies) | set(others)


@shared_in_pass
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


@shared_in_pass
def idea_engagement(period: Period) -> tuple[Counter, Counter, Counter]:
    """(ideas led, expressions of interest, of which accepted) per organisation id, in the period."""
    led = counts_per(created_during(ProjectIdea, period), "lead_id")
    interests = created_during(ExpressionOfInterest, period)
    expressed = counts_per(interests, "organisation_id")
    accepted = counts_per(interests.filter(status=InterestStatus.ACCEPTED), "organisation_id")
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

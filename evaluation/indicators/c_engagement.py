"""C. Member engagement: projects, ideas and interest, events and the General Assembly, the Board.

Per member and per country, and the members with no activity of any kind in the period (the
sources of activity are in activity.py).
"""

from collections import Counter

from django.db.models import Q
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from evaluation.period import Period

from .activity import (
    ACTIVITY_SOURCES,
    board_attendance_per_meeting,
    event_attendance,
    idea_engagement,
    project_participations,
)
from .common import country_label, members_during, ordered_countries, rate
from .registry import ChartSpec, indicator
from .tables import Column, Kind, Table


@indicator(
    key="c-participations-per-member",
    area="C",
    title=gettext_lazy("Project participations per member"),
    description=gettext_lazy(
        "Projects submitted in the period that each member led or joined as a partner "
        "(members with at least one)."
    ),
    chart=ChartSpec("bar", values=(2, 3)),
)
def participations_per_member(period: Period) -> Table:
    led, as_partner = project_participations(period)
    members = members_during(period).filter(Q(pk__in=list(led)) | Q(pk__in=list(as_partner)))
    rows = [
        (
            member.name,
            country_label(member.country),
            led[member.pk],
            as_partner[member.pk],
            led[member.pk] + as_partner[member.pk],
        )
        for member in members.only("pk", "name", "country")
    ]
    rows.sort(key=lambda row: (-row[4], row[0]))
    return Table(
        columns=[
            Column(_("Member")),
            Column(_("Country")),
            Column(_("Projects led"), Kind.INT),
            Column(_("Projects as partner"), Kind.INT),
            Column(_("Participations"), Kind.INT),
        ],
        rows=rows,
    )


@indicator(
    key="c-participations-per-country",
    area="C",
    title=gettext_lazy("Project participations per country"),
    description=gettext_lazy(
        "Members during the period, how many of them took part in a project submitted in the "
        "period, and their participations."
    ),
    chart=ChartSpec("bar", values=(1, 2)),
)
def participations_per_country(period: Period) -> Table:
    led, as_partner = project_participations(period)
    members = list(members_during(period).values_list("pk", "country"))
    countries = ordered_countries(country for _pk, country in members)
    member_count, active_count, participations = Counter(), Counter(), Counter()
    for pk, country in members:
        member_count[country] += 1
        taken = led[pk] + as_partner[pk]
        active_count[country] += 1 if taken else 0
        participations[country] += taken
    rows = [
        (country_label(country), member_count[country], active_count[country], participations[country])
        for country in countries
    ]
    if not members:
        rows = []
    return Table(
        columns=[
            Column(_("Country")),
            Column(_("Members"), Kind.INT),
            Column(_("Members in projects"), Kind.INT),
            Column(_("Participations"), Kind.INT),
        ],
        rows=rows,
        total=(
            _("All countries"),
            sum(member_count.values()),
            sum(active_count.values()),
            sum(participations.values()),
        )
        if rows
        else None,
    )


@indicator(
    key="c-ideas-per-member",
    area="C",
    title=gettext_lazy("Project ideas and expressions of interest per member"),
    description=gettext_lazy(
        "Ideas each member started in the period, the interest it expressed in other members' "
        "ideas, and how much of it the leads accepted (members with at least one)."
    ),
    chart=ChartSpec("bar", values=(2, 3)),
)
def ideas_per_member(period: Period) -> Table:
    led, expressed, accepted = idea_engagement(period)
    members = members_during(period).filter(pk__in=list(set(led) | set(expressed)))
    rows = [
        (
            member.name,
            country_label(member.country),
            led[member.pk],
            expressed[member.pk],
            accepted[member.pk],
        )
        for member in members.only("pk", "name", "country")
    ]
    rows.sort(key=lambda row: (-(row[2] + row[3]), row[0]))
    return Table(
        columns=[
            Column(_("Member")),
            Column(_("Country")),
            Column(_("Ideas led"), Kind.INT),
            Column(_("Expressions of interest"), Kind.INT),
            Column(_("Accepted"), Kind.INT),
        ],
        rows=rows,
    )


@indicator(
    key="c-ideas-per-country",
    area="C",
    title=gettext_lazy("Project ideas and expressions of interest per country"),
    description=gettext_lazy(
        "Ideas started and interest expressed in the period by the members of each country."
    ),
    chart=ChartSpec("bar", values=(1, 2)),
)
def ideas_per_country(period: Period) -> Table:
    led, expressed, accepted = idea_engagement(period)
    members = list(members_during(period).values_list("pk", "country"))
    countries = ordered_countries(country for _pk, country in members)
    totals = {country: [0, 0, 0] for country in countries}
    for pk, country in members:
        totals[country][0] += led[pk]
        totals[country][1] += expressed[pk]
        totals[country][2] += accepted[pk]
    rows = [(country_label(country), *totals[country]) for country in countries]
    if not any(sum(values) for values in totals.values()):
        rows = []
    return Table(
        columns=[
            Column(_("Country")),
            Column(_("Ideas led"), Kind.INT),
            Column(_("Expressions of interest"), Kind.INT),
            Column(_("Accepted"), Kind.INT),
        ],
        rows=rows,
        total=(_("All countries"), *(sum(row[i] for row in rows) for i in (1, 2, 3))) if rows else None,
    )


@indicator(
    key="c-events-per-member",
    area="C",
    title=gettext_lazy("General Assembly and event attendance per member"),
    description=gettext_lazy(
        "General Assemblies and other events (trainings, peer reviews, seminars) of the period "
        "that each member attended with at least one person (members with at least one)."
    ),
    chart=ChartSpec("bar", values=(2, 3)),
)
def events_per_member(period: Period) -> Table:
    assemblies, others = event_attendance(period)
    members = members_during(period).filter(pk__in=list(set(assemblies) | set(others)))
    rows = [
        (member.name, country_label(member.country), assemblies[member.pk], others[member.pk])
        for member in members.only("pk", "name", "country")
    ]
    rows.sort(key=lambda row: (-(row[2] + row[3]), row[0]))
    return Table(
        columns=[
            Column(_("Member")),
            Column(_("Country")),
            Column(_("General Assemblies"), Kind.INT),
            Column(_("Other events"), Kind.INT),
        ],
        rows=rows,
    )


@indicator(
    key="c-events-per-country",
    area="C",
    title=gettext_lazy("General Assembly and event attendance per country"),
    description=gettext_lazy(
        "Members of each country during the period, how many attended a General Assembly, and how "
        "many attended other events."
    ),
    chart=ChartSpec("bar", values=(2, 3)),
)
def events_per_country(period: Period) -> Table:
    assemblies, others = event_attendance(period)
    members = list(members_during(period).values_list("pk", "country"))
    countries = ordered_countries(country for _pk, country in members)
    counts = {country: [0, 0, 0] for country in countries}
    for pk, country in members:
        counts[country][0] += 1
        counts[country][1] += 1 if assemblies[pk] else 0
        counts[country][2] += 1 if others[pk] else 0
    rows = [(country_label(country), *counts[country]) for country in countries]
    if not (assemblies or others):
        rows = []
    return Table(
        columns=[
            Column(_("Country")),
            Column(_("Members"), Kind.INT),
            Column(_("At a General Assembly"), Kind.INT),
            Column(_("At other events"), Kind.INT),
        ],
        rows=rows,
        total=(_("All countries"), *(sum(row[i] for row in rows) for i in (1, 2, 3))) if rows else None,
    )


@indicator(
    key="c-board-attendance",
    area="C",
    title=gettext_lazy("Board meeting attendance"),
    description=gettext_lazy(
        "Board meetings held in the period: seats on the Board that day, board members present, "
        "and the attendance rate."
    ),
    chart=ChartSpec("bar", values=(3,), max_value=1),
)
def board_attendance(period: Period) -> Table:
    meetings = board_attendance_per_meeting(period)
    rows = [(day, seats, present, rate(present, seats)) for day, seats, present, _orgs in meetings]
    seats, present = sum(row[1] for row in rows), sum(row[2] for row in rows)
    return Table(
        columns=[
            Column(_("Meeting"), Kind.DATE),
            Column(_("Seats"), Kind.INT),
            Column(_("Present"), Kind.INT),
            Column(_("Attendance"), Kind.PERCENT),
        ],
        rows=rows,
        total=(_("All meetings"), seats, present, rate(present, seats)) if rows else None,
    )


@indicator(
    key="c-members-without-activity",
    area="C",
    title=gettext_lazy("Members with no activity in the period"),
    description=gettext_lazy(
        "Members during the period who took part in none of the activities the portal records."
    ),
)
def members_without_activity(period: Period) -> Table:
    active: set[int] = set()
    for source in ACTIVITY_SOURCES:
        active |= source(period)
    members = (
        members_during(period).exclude(pk__in=list(active)).only("name", "country", "kind", "member_since")
    )
    rows = [
        (member.name, country_label(member.country), member.get_kind_display(), member.member_since)
        for member in members.order_by("country", "name")
    ]
    return Table(
        columns=[
            Column(_("Member")),
            Column(_("Country")),
            Column(_("Kind")),
            Column(_("Member since"), Kind.DATE),
        ],
        rows=rows,
    )

"""C. Member engagement: projects, ideas and interest, events and the General Assembly, the Board.

Per member and per country, and the members with no activity of any kind in the period (the
sources of activity are in activity.py).
"""

from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from evaluation.period import Period
from members.models import OrganisationKind

from .activity import (
    ACTIVITY_SOURCES,
    board_attendance_per_meeting,
    event_attendance,
    idea_engagement,
    project_participations,
)
from .common import (
    column_sums,
    country_label,
    members_during,
    per_country_table,
    per_member_table,
    rate,
    totals_per_country,
    untranslated,
)
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
    return per_member_table(
        period,
        [
            (_("Projects led"), led),
            (_("Projects as partner"), as_partner),
            (_("Participations"), led + as_partner),
        ],
        ranked_by=[led, as_partner],
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

    def member_in_projects(pk: int) -> tuple[int, int, int]:
        taken = led[pk] + as_partner[pk]
        return 1, 1 if taken else 0, taken

    totals = totals_per_country(period, member_in_projects)
    return per_country_table(
        [_("Members"), _("Members in projects"), _("Participations")],
        totals,
        empty=not totals,
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
    return per_member_table(
        period,
        [(_("Ideas led"), led), (_("Expressions of interest"), expressed), (_("Accepted"), accepted)],
        ranked_by=[led, expressed],
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
    totals = totals_per_country(period, lambda pk: (led[pk], expressed[pk], accepted[pk]))
    return per_country_table(
        [_("Ideas led"), _("Expressions of interest"), _("Accepted")],
        totals,
        empty=not any(any(sums) for sums in totals.values()),
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
    return per_member_table(period, [(_("General Assemblies"), assemblies), (_("Other events"), others)])


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
    totals = totals_per_country(period, lambda pk: (1, 1 if assemblies[pk] else 0, 1 if others[pk] else 0))
    return per_country_table(
        [_("Members"), _("At a General Assembly"), _("At other events")],
        totals,
        empty=not (assemblies or others),
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
    seats, present = column_sums(rows, (1, 2))
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
    # The active ones are left out here, not in SQL: "NOT IN" a list of thousands of ids is
    # compared row by row by the database; plain values, not model instances (issue 16).
    kinds = {value: str(label) for value, label in OrganisationKind.choices}
    members = members_during(period).order_by("country", "name")
    rows = [
        (name, country_label(country), kinds.get(kind, kind), member_since)
        for pk, name, country, kind, member_since in untranslated(members).values_list(
            "pk", "name", "country", "kind", "member_since"
        )
        if pk not in active
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

"""C. Member engagement.

Available: project participations (lead or partner of a project record submitted in the period)
per member and per country, and the members with no activity in the period.

A member is active when any of ``ACTIVITY_SOURCES`` names it; each source is a function
``(period) -> set of organisation ids``, so a new kind of activity is one function added there.
"""

from collections import Counter
from collections.abc import Callable

from django.db.models import F, Q
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from evaluation.period import Period
from events.models import EventKind, Registration
from projects.models import ProjectRecord

from .common import country_label, members_during, ordered_countries
from .registry import ChartSpec, indicator
from .tables import Column, Kind, Table


def _records(period: Period):
    return ProjectRecord.objects.filter(submitted_on__range=(period.start, period.end))


def project_participations(period: Period) -> tuple[Counter, Counter]:
    """(projects led, projects joined as a partner but not as lead) per organisation id."""
    led = Counter(_records(period).exclude(lead=None).values_list("lead_id", flat=True))
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


ACTIVITY_SOURCES: list[Callable[[Period], set[int]]] = [active_in_projects, active_at_events]


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

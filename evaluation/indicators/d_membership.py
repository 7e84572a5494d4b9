"""D. Impact of the strategy on the network: membership.

Available: members over time by country, members by kind and country, joins and leavers (from
the organisations' membership dates). One query each; the counting is done in Python so the
cost does not grow with the number of points.
"""

import datetime
from collections import Counter, defaultdict
from statistics import median

from django.db.models import Count, Min
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from billing.models import FeeState
from billing.selectors import year_totals
from evaluation.period import Period
from evaluation.regions import TILES, find_region
from members.models import ApplicationEvent, ApplicationState, Organisation, OrganisationKind

from .common import (
    column_sums,
    country_label,
    created_during,
    ordered_countries,
    per_country_table,
    rate,
    shared_in_pass,
    table_or_empty,
    untranslated,
)
from .registry import ChartSpec, indicator
from .tables import Column, Kind, Table, label_and_counts

MONTHLY_POINTS_UP_TO = 36
TILE_COUNTRY = {name: country for name, _code, country, *_place in TILES}


@shared_in_pass
def _memberships() -> list[tuple[str, str, datetime.date, datetime.date | None]]:
    """(country, kind, member since, member until) of every organisation that was ever a member:
    read once per pass, the four membership indicators count from it (10,000 rows, issue 16)."""
    return list(
        untranslated(Organisation.objects.filter(member_since__isnull=False)).values_list(
            "country", "kind", "member_since", "member_until"
        )
    )


def _is_member(since: datetime.date, until: datetime.date | None, day: datetime.date) -> bool:
    return since <= day and (until is None or until >= day)


def _last_known_day(period: Period) -> datetime.date:
    return min(period.end, timezone.localdate())


@indicator(
    key="d-members-over-time",
    area="D",
    title=gettext_lazy("Members over time by country"),
    description=gettext_lazy(
        "Members at the end of each month of the period (of each year for periods longer than "
        "three years), up to today."
    ),
    chart=ChartSpec("step", values=slice(1, None)),
)
def members_over_time(period: Period) -> Table:
    memberships = _memberships()
    last = _last_known_day(period)
    if last < period.start:
        days = []
    else:
        known = Period(period.start, last)
        days = known.month_ends()
        if len(days) > MONTHLY_POINTS_UP_TO:
            days = known.year_ends()
    countries = ordered_countries(country for country, *_rest in memberships)
    rows = []
    for day in days:
        counts = Counter(
            country for country, _kind, since, until in memberships if _is_member(since, until, day)
        )
        rows.append((day, *(counts[country] for country in countries), sum(counts.values())))
    return Table(
        columns=[
            Column(_("Date"), Kind.DATE),
            *(Column(country_label(country), Kind.INT) for country in countries),
            Column(_("All members"), Kind.INT),
        ],
        rows=rows,
    )


@indicator(
    key="d-members-by-kind",
    area="D",
    title=gettext_lazy("Members by kind and country"),
    description=gettext_lazy("Members on the last day of the period (or today), by kind of organisation."),
    chart=ChartSpec("bar", values=slice(1, -1)),
)
def members_by_kind(period: Period) -> Table:
    day = _last_known_day(period)
    memberships = [row for row in _memberships() if _is_member(row[2], row[3], day)]
    countries = ordered_countries(country for country, *_rest in memberships)
    counts = Counter((kind, country) for country, kind, *_dates in memberships)
    rows = [
        (
            label,
            *(counts[(kind, country)] for country in countries),
            sum(counts[(kind, country)] for country in countries),
        )
        for kind, label in OrganisationKind.choices
        if any(counts[(kind, country)] for country in countries)
    ]
    return Table(
        columns=label_and_counts(
            _("Kind of organisation"), *(country_label(country) for country in countries), _("All members")
        ),
        rows=rows,
        total=(_("All kinds"), *column_sums(rows, range(1, len(countries) + 2))) if rows else None,
    )


@indicator(
    key="d-joins-and-leavers",
    area="D",
    title=gettext_lazy("Members who joined and left"),
    description=gettext_lazy("Organisations whose membership began or ended in the period, by country."),
    chart=ChartSpec("bar", values=(1, 2)),
)
def joins_and_leavers(period: Period) -> Table:
    memberships = _memberships()
    joined = Counter(country for country, _kind, since, _until in memberships if period.contains(since))
    left = Counter(country for country, _kind, _since, until in memberships if period.contains(until))
    net = {
        country: [joined[country], left[country], joined[country] - left[country]]
        for country in [*joined, *left]
    }
    return per_country_table(
        [_("Joined"), _("Left"), _("Net change")],
        net,
        empty=not any(joined.values()) and not any(left.values()),
    )


@indicator(
    key="d-members-by-region",
    area="D",
    title=gettext_lazy("Members by region"),
    description=gettext_lazy(
        "Members on the last day of the period (or today) in each region of Sweden and Italy, on a "
        "schematic map with one square per region and the number of members on it."
    ),
    chart=ChartSpec("tilemap", values=(2,)),
)
def members_by_region(period: Period) -> Table:
    day = _last_known_day(period)
    on_the_map: Counter = Counter()
    elsewhere: Counter = Counter()
    # One row per region as the members wrote it, counted by the database (not one per member).
    written = (
        Organisation.objects.members(on=day)
        .order_by()
        .values_list("country", "region")
        .annotate(n=Count("pk"))
        .values_list("country", "region", "n")
    )
    for country, region, count in written:
        name = find_region(region)
        if name and TILE_COUNTRY[name] == country:
            on_the_map[name] += count
        else:
            elsewhere[country] += count
    rows = [
        (name, country_label(country), on_the_map[name])
        for name, _code, country, *_place in TILES
        if on_the_map[name]
    ]
    rows += [
        (_("Other or unknown region"), country_label(country), elsewhere[country])
        for country in ordered_countries(elsewhere)
        if elsewhere[country]
    ]
    everyone = sum(on_the_map.values()) + sum(elsewhere.values())
    return Table(
        columns=[Column(_("Region")), Column(_("Country")), Column(_("Members"), Kind.INT)],
        rows=rows,
        total=(_("All members"), "", everyone) if rows else None,
    )


COUNTED_STATES = [
    ApplicationState.SUBMITTED,
    ApplicationState.APPROVED,
    ApplicationState.REJECTED,
    ApplicationState.DEFERRED,
    ApplicationState.WITHDRAWN,
]
DECISIONS = [ApplicationState.APPROVED, ApplicationState.REJECTED]


@indicator(
    key="d-applications-by-outcome",
    area="D",
    title=gettext_lazy("Membership applications by outcome"),
    description=gettext_lazy(
        "Applications submitted in the period, and the Board's decisions, deferrals and the "
        "withdrawals recorded in the period."
    ),
    chart=ChartSpec("bar", values=(1,)),
)
def applications_by_outcome(period: Period) -> Table:
    counts = {
        row["to_state"]: row["n"]
        for row in created_during(ApplicationEvent, period)
        .filter(to_state__in=COUNTED_STATES)
        .values("to_state")
        .annotate(n=Count("application", distinct=True))
    }
    rows = [(ApplicationState(state).label, counts.get(state, 0)) for state in COUNTED_STATES]
    return table_or_empty(label_and_counts(_("Outcome"), _("Applications")), rows, empty=not counts)


@indicator(
    key="d-decision-time",
    area="D",
    title=gettext_lazy("Days from submission to the Board's decision"),
    description=gettext_lazy(
        "Median number of days from an application's first submission to the Board's decision, "
        "for the decisions taken in the period."
    ),
    chart=ChartSpec("bar", values=(2,)),
)
def decision_time(period: Period) -> Table:
    decisions = list(
        created_during(ApplicationEvent, period)
        .filter(to_state__in=DECISIONS)
        .values_list("application_id", "to_state", "created_at")
    )
    submitted = dict(
        ApplicationEvent.objects.filter(
            application_id__in=[application for application, *_rest in decisions],
            to_state=ApplicationState.SUBMITTED,
        )
        .values("application_id")
        .annotate(first=Min("created_at"))
        .values_list("application_id", "first")
    )
    days: dict[str, list[int]] = defaultdict(list)
    for application, state, decided_at in decisions:
        if application in submitted:
            days[state].append(
                (
                    timezone.localtime(decided_at).date() - timezone.localtime(submitted[application]).date()
                ).days
            )
    everything = [value for values in days.values() for value in values]
    rows = [
        (ApplicationState(state).label, len(days[state]), median(days[state]) if days[state] else None)
        for state in DECISIONS
    ]
    return Table(
        columns=label_and_counts(_("Decision"), _("Decisions"), _("Median days")),
        rows=rows if everything else [],
        total=(_("All decisions"), len(everything), median(everything)) if everything else None,
    )


@indicator(
    key="d-fees",
    area="D",
    title=gettext_lazy("Membership fees due and paid"),
    description=gettext_lazy(
        "Fees of the years in the period: how many and how much were due, and what is paid."
    ),
    chart=ChartSpec("bar", values=(3, 4)),
)
def fees_due_and_paid(period: Period) -> Table:
    # From the invoices (app billing), added up by the database one fee year at a time: what is due
    # is net of credit notes; fully credited invoices owe nothing and are not counted (they have
    # no payments either: a credit note only cancels what is not paid).
    years: dict[int, list] = {}
    for year in range(period.start.year, period.end.year + 1):
        totals = year_totals(year)
        counts = dict(totals["counts"])
        fees = totals["count"] - counts[FeeState.CREDITED]
        if fees:
            years[year] = [fees, counts[FeeState.PAID], totals["invoiced"], totals["paid"]]
    rows = [
        (str(year), fees, fees_paid, due, amount_paid, rate(amount_paid, due))
        for year, (fees, fees_paid, due, amount_paid) in sorted(years.items())
    ]
    sums = column_sums(rows, range(1, 5))  # fees, fees paid, due, paid
    return Table(
        columns=[
            Column(_("Year")),
            Column(_("Fees"), Kind.INT),
            Column(_("Fees paid"), Kind.INT),
            Column(_("Due"), Kind.EUR),
            Column(_("Paid"), Kind.EUR),
            Column(_("Share paid"), Kind.PERCENT),
        ],
        rows=rows,
        total=(_("All years"), *sums, rate(sums[3], sums[2])) if len(rows) > 1 else None,
    )

"""D. Impact of the strategy on the network: membership.

Available: members over time by country, members by kind and country, joins and leavers (from
the organisations' membership dates). One query each; the counting is done in Python so the
cost does not grow with the number of points.
"""

import datetime
from collections import Counter

from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from evaluation.period import Period
from evaluation.regions import TILES, find_region
from members.models import Organisation, OrganisationKind

from .common import country_label, ordered_countries
from .registry import ChartSpec, indicator
from .tables import Column, Kind, Table

MONTHLY_POINTS_UP_TO = 36
TILE_COUNTRY = {name: country for name, _code, country, *_place in TILES}


def _memberships() -> list[tuple[str, str, datetime.date, datetime.date | None]]:
    return list(
        Organisation.objects.filter(member_since__isnull=False).values_list(
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
        columns=[
            Column(_("Kind of organisation")),
            *(Column(country_label(country), Kind.INT) for country in countries),
            Column(_("All members"), Kind.INT),
        ],
        rows=rows,
        total=(_("All kinds"), *(sum(row[i + 1] for row in rows) for i in range(len(countries) + 1)))
        if rows
        else None,
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
    countries = ordered_countries([*joined, *left])
    rows = [
        (country_label(country), joined[country], left[country], joined[country] - left[country])
        for country in countries
    ]
    if not any(joined.values()) and not any(left.values()):
        rows = []
    return Table(
        columns=[
            Column(_("Country")),
            Column(_("Joined"), Kind.INT),
            Column(_("Left"), Kind.INT),
            Column(_("Net change"), Kind.INT),
        ],
        rows=rows,
        total=(
            _("All countries"),
            sum(joined.values()),
            sum(left.values()),
            sum(joined.values()) - sum(left.values()),
        )
        if rows
        else None,
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
    for country, region in Organisation.objects.members(on=day).values_list("country", "region"):
        name = find_region(region)
        if name and TILE_COUNTRY[name] == country:
            on_the_map[name] += 1
        else:
            elsewhere[country] += 1
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

"""Helpers shared by the indicator modules.

Many indicators show the same figures twice, once per member and once per country, or list
every priority or country with a total; the table-building halves of those live here so that
every such table is filtered, ordered, labelled, totalled and left empty the same way.
"""

import contextlib
import datetime
import functools
from collections import Counter
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from contextvars import ContextVar

from django.db.models import Model, Q, QuerySet
from django.utils import timezone
from django.utils.translation import get_language
from django.utils.translation import gettext as _

from evaluation.period import Period
from members.models import Country, Organisation
from strategy.models import Priority

from .tables import Column, Kind, Table, Value, label_and_counts

NETWORK_COUNTRIES = [Country.SWEDEN, Country.ITALY]


def members_during(period: Period) -> QuerySet[Organisation]:
    """Organisations that were members on at least one day of the period."""
    return Organisation.objects.filter(member_since__lte=period.end).filter(
        Q(member_until__isnull=True) | Q(member_until__gte=period.start)
    )


# The results of the functions marked ``@shared_in_pass`` while ``one_pass()`` is open: the
# dashboard computes every indicator at once, and the per-member and per-country tables of an
# area read the same figures (issue 16: read once, not twice, at 10,000 members).
_pass: ContextVar[dict | None] = ContextVar("evaluation_pass", default=None)


@contextlib.contextmanager
def one_pass() -> Iterator[None]:
    """Within it, each ``@shared_in_pass`` function is computed once per arguments."""
    token = _pass.set({})
    try:
        yield
    finally:
        _pass.reset(token)


def shared_in_pass(function: Callable) -> Callable:
    """Memoise ``function`` (hashable arguments, result never mutated) inside ``one_pass()``."""

    @functools.wraps(function)
    def wrapper(*args):
        memo = _pass.get()
        if memo is None:
            return function(*args)
        key = (function.__qualname__, args)
        if key not in memo:
            memo[key] = function(*args)
        return memo[key]

    return wrapper


def moments(period: Period) -> tuple[datetime.datetime, datetime.datetime]:
    """[first moment of the period's first day, first moment after its last day) in the site's time
    zone: compared with a timestamp column as it is (its index usable, no conversion per row)."""
    zone = timezone.get_current_timezone()
    start = datetime.datetime.combine(period.start, datetime.time.min, tzinfo=zone)
    end = datetime.datetime.combine(period.end + datetime.timedelta(days=1), datetime.time.min, tzinfo=zone)
    return start, end


def during(field: str, period: Period) -> Q:
    """``field`` (a timestamp) on a day of the period, in the site's time zone."""
    start, end = moments(period)
    return Q(**{f"{field}__gte": start, f"{field}__lt": end})


def created_during(model: type[Model], period: Period) -> QuerySet:
    """The rows of ``model`` created on a day of the period: ``created_at`` is a moment, the
    period whole days, so the moment's date (in the site's time zone) is what is compared."""
    return model._default_manager.filter(during("created_at", period))


def untranslated(queryset: QuerySet) -> QuerySet:
    """The queryset without django-modeltranslation's rewriting, for ``values()`` and
    ``values_list()`` of columns that are not translated (ids, names, countries, counts): the
    rewriting copies every row through two dicts to fill in translated fields that none of these
    rows select (issue 16: about 0.3 s of the dashboard's 40,000 member rows)."""
    return queryset.rewrite(False) if hasattr(queryset, "rewrite") else queryset


@shared_in_pass
def member_rows(period: Period) -> list[tuple[int, str, str]]:
    """(id, name, country) of every member of the period: plain values, read once per pass."""
    return list(untranslated(members_during(period)).values_list("pk", "name", "country"))


_COUNTRY_LABELS = dict(Country.choices)


@functools.lru_cache(maxsize=256)
def _country_label(code: str, language: str | None) -> str:
    return str(_COUNTRY_LABELS[code]) if code in _COUNTRY_LABELS else code


def country_label(code: str) -> str:
    """The country's name in the current language (looked up once per country and language:
    a per-member table names thousands of countries, issue 16)."""
    return _country_label(code, get_language())


def ordered_countries(codes: Iterable[str]) -> list[str]:
    """Sweden and Italy first (always), then any other country present, in code order."""
    others = sorted(set(codes) - set(NETWORK_COUNTRIES))
    return [*NETWORK_COUNTRIES, *others]


def rate(part: int, whole: int) -> float | None:
    return part / whole if whole else None


def priorities_in_order() -> QuerySet[Priority]:
    """The strategy's priorities as the strategy lists them: by area, then within the area."""
    return Priority.objects.order_by("area__order", "order", "code")


def column_sums(rows: Sequence[tuple[Value, ...]], columns: Iterable[int]) -> list:
    """The sum of each of ``columns`` over ``rows``: what a total row shows under them."""
    return [sum(row[index] for row in rows) for index in columns]


def table_or_empty(
    columns: list[Column],
    rows: list[tuple[Value, ...]],
    total: tuple[Value, ...] | None = None,
    *,
    empty: bool,
) -> Table:
    """The table, or when ``empty`` none of its rows and no total: the dashboard's empty state.

    An indicator listing every priority or country would otherwise show a table of zeros for a
    period in which nothing it counts happened; only the indicator knows what "nothing" is.
    """
    if empty:
        return Table(columns=columns, rows=[])
    return Table(columns=columns, rows=rows, total=total)


def per_member_table(
    period: Period,
    counts: Sequence[tuple[str, Counter[int]]],
    *,
    ranked_by: Sequence[Counter[int]] | None = None,
) -> Table:
    """One row per member of the period with any of the ``ranked_by`` activity: its name, its
    country and one column per ``(label, count per organisation id)`` of ``counts`` (Counters,
    so an organisation that did not do the thing counts 0).

    ``ranked_by`` (``counts``' own counters when not given) decides who is listed and in what
    order, most active first, then by name; it is separate because a column may be derived (a
    total) or a subset (accepted interest) that must not bring a member in on its own.
    One query, whatever the number of members.
    """
    ranked = [counter for _label, counter in counts] if ranked_by is None else ranked_by
    listed = set().union(*ranked)
    # Plain values, filtered here: thousands of members are listed in a large network (issue 16).
    members = [row for row in member_rows(period) if row[0] in listed]
    ordered = sorted(members, key=lambda member: (-sum(counter[member[0]] for counter in ranked), member[1]))
    # Each country named once, not once per member (the language lookup costs more than the row).
    countries = {country: country_label(country) for _pk, _name, country in members}
    return Table(
        columns=[
            Column(_("Member")),
            Column(_("Country")),
            *(Column(label, Kind.INT) for label, _counter in counts),
        ],
        rows=[
            (name, countries[country], *(counter[pk] for _label, counter in counts))
            for pk, name, country in ordered
        ],
    )


def totals_per_country(period: Period, per_member: Callable[[int], Sequence[int]]) -> dict[str, list[int]]:
    """The sums of ``per_member(organisation id)`` over the members of the period, per country.

    Every country with a member during the period is a key, even when its sums are zero, so a
    table of them also counts the members who did nothing. One query.
    """
    totals: dict[str, list[int]] = {}
    for pk, _name, country in member_rows(period):
        values = per_member(pk)
        sums = totals.setdefault(country, [0] * len(values))
        for index, value in enumerate(values):
            sums[index] += value
    return totals


def per_country_table(labels: Sequence[str], totals: Mapping[str, Sequence[int]], *, empty: bool) -> Table:
    """One row per country (Sweden and Italy always, see ``ordered_countries``) with a number
    per label, and an "All countries" total; no rows at all when ``empty`` (see ``table_or_empty``)."""
    zeros = [0] * len(labels)
    rows = [(country_label(country), *totals.get(country, zeros)) for country in ordered_countries(totals)]
    return table_or_empty(
        label_and_counts(_("Country"), *labels),
        rows,
        (_("All countries"), *column_sums(rows, range(1, len(labels) + 1))),
        empty=empty,
    )

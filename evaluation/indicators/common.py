"""Helpers shared by the indicator modules."""

from collections.abc import Iterable

from django.db.models import Q, QuerySet

from evaluation.period import Period
from members.models import Country, Organisation

NETWORK_COUNTRIES = [Country.SWEDEN, Country.ITALY]


def members_during(period: Period) -> QuerySet[Organisation]:
    """Organisations that were members on at least one day of the period."""
    return Organisation.objects.filter(member_since__lte=period.end).filter(
        Q(member_until__isnull=True) | Q(member_until__gte=period.start)
    )


def country_label(code: str) -> str:
    return str(Country(code).label) if code in Country.values else code


def ordered_countries(codes: Iterable[str]) -> list[str]:
    """Sweden and Italy first (always), then any other country present, in code order."""
    others = sorted(set(codes) - set(NETWORK_COUNTRIES))
    return [*NETWORK_COUNTRIES, *others]


def rate(part: int, whole: int) -> float | None:
    return part / whole if whole else None

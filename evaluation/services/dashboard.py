"""The dashboard's figures, cached per period and language until a figure changes (issue 16)."""

from django.conf import settings
from django.core.cache import cache
from django.utils.translation import get_language

from outbox.queue import enqueue
from sern_portal import versions

from ..hit_rate import HitRate, hit_rate
from ..indicators import Result, compute_all
from ..period import Period


def indicators_for(period) -> list[dict]:
    """Every indicator for the period, shared by everyone who opens the dashboard for
    ``EVALUATION_CACHE_SECONDS`` or until a figure they count changes (its tables hold
    translated labels: one entry per language). The key is versioned
    (``sern_portal.versions``): any save of a member, idea, call, news item, event… invalidates it.

    Computing them reads the whole network (seconds at 10,000 members, issue 16); the CSV
    exports and the report always compute them afresh.
    """
    seconds = getattr(settings, "EVALUATION_CACHE_SECONDS", 0)
    if not seconds:
        return shown_only(compute_all(period))
    key = versions.versioned_key(
        "evaluation", "dashboard", get_language(), period.start.isoformat(), period.end.isoformat()
    )
    return cache.get_or_set(key, lambda: shown_only(compute_all(period)), seconds)


def shown_only(areas: list[dict]) -> list[dict]:
    """The areas with each table cut to what the page shows (``Result.shown``: the first rows and
    the totals of all): what is cached and read back on every view stays small (issue 16: the
    per-member tables of 10,000 members made a 630 KB entry, read and unpickled each time)."""
    return [
        {**area, "results": [Result(result.indicator, result.shown) for result in area["results"]]}
        for area in areas
    ]


def hit_rate_for(period) -> HitRate:
    """Partner matching's hit rate for the period, cached like the indicators (a new suggestion,
    invitation, interest or dismissal saves a ``projects`` model: the ``evaluation`` group's
    version changes and the figures are counted again)."""
    seconds = getattr(settings, "EVALUATION_CACHE_SECONDS", 0)
    if not seconds:
        return hit_rate(period)
    key = versions.versioned_key(
        "evaluation", "hit-rate", get_language(), period.start.isoformat(), period.end.isoformat()
    )
    return cache.get_or_set(key, lambda: hit_rate(period), seconds)


def warm() -> None:
    """Compute the default period's figures (the current year, what the dashboard opens on) in
    the current language into the cache, unless they are there for the current version already.
    Side effect: cache writes."""
    period = Period.current_year()
    indicators_for(period)
    hit_rate_for(period)


def queue_dashboard_refresh() -> None:
    """A figure changed: queue one refresh of the dashboard's cached figures
    (``evaluation.tasks.refresh_dashboard``): computing them takes about a second at 10,000
    members, and the first reader after a change would wait for it (issue 16). Called inside the
    change's transaction (``sern_portal.versions.on_change``). Side effect: one outbox message,
    merged with a pending one. Nothing when the figures are not cached (``EVALUATION_CACHE_SECONDS``
    is 0, as in the tests)."""
    if getattr(settings, "EVALUATION_CACHE_SECONDS", 0):
        enqueue("evaluation.tasks.refresh_dashboard", key="evaluation:refresh-dashboard")

"""The member record's timeline: every app contributes the events it knows about one organisation.

Each app registers a source in its ``AppConfig.ready()``::

    from sern_portal import timeline
    timeline.register("billing", invoices_timeline)

A source is called with the organisation and a limit and returns at most ``limit`` entries,
newest first, in a bounded number of queries (it is called on every view of the record). The
registry keeps sern_portal free of imports from the apps built on it.
"""

import datetime
import heapq
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from typing import Any


@dataclass(frozen=True)
class TimelineEntry:
    when: datetime.datetime  # aware; a date-only event uses midnight of its day
    kind: str  # a short code of the source's choosing ("application", "invoice", "mailing", …)
    title: str  # plain text in the active language
    detail: str = ""
    url: str = ""  # a page the secretariat can open, or ""


TimelineSource = Callable[[Any, int], Iterable[TimelineEntry]]

_sources: dict[str, TimelineSource] = {}


def register(name: str, source: TimelineSource) -> None:
    """Add (or replace, on a second ``ready()``) the source called ``name``."""
    _sources[name] = source


def sources() -> dict[str, TimelineSource]:
    return dict(_sources)


def entries_for(organisation, limit: int = 200) -> list[TimelineEntry]:
    """The organisation's newest ``limit`` entries from every source, newest first."""
    streams = [
        sorted(source(organisation, limit), key=lambda e: e.when, reverse=True)
        for source in _sources.values()
    ]
    return list(heapq.merge(*streams, key=lambda e: e.when, reverse=True))[:limit]

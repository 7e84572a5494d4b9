"""Partner matching: hit rate (issue 15, point 5, "the loop"): what became of the suggestions.

For the chosen period, per strategy priority (the idea's priorities) and per country (the
suggested organisation's country):

- suggested: the stored suggestions computed in the period, plus the suggestions dismissed or
  invited in the period (a dismissal deletes its stored row; an organisation that answers is no
  longer suggested at the next recompute). The portal records no "shown" event and each recompute
  replaces an idea's suggestions, so this is what was on the lead's list, not what was read;
- invited: invitations to express interest sent in the period;
- interest: expressions of interest made in the period by an organisation that was invited to, or is
  suggested for, that idea;
- joined: those of them the lead accepted (the organisation joined the project group);
- dismissed: suggestions dismissed in the period, and their notes counted (the "why not").

Every figure is counted in SQL, a fixed number of queries whatever the number of rows
(``HIT_RATE_QUERIES``). Read-only (no side effects).
"""

from collections import defaultdict
from dataclasses import dataclass, field

from django.conf import settings
from django.db.models import Count, Exists, F, OuterRef, Q, QuerySet
from django.db.models.functions import Lower, Trim
from django.utils.translation import gettext as _

from members.models import Country
from projects.models import (
    ExpressionOfInterest,
    InterestStatus,
    PartnerSuggestion,
    SuggestionDismissal,
    SuggestionInvitation,
)
from strategy.models import Priority

from .indicators.common import during
from .period import Period

METRICS = ("suggested", "invited", "interest", "joined", "dismissed")
# The querysets whose rows add up to the suggestions (they are disjoint pairs).
SUGGESTED_FROM = ("stored", "invited_only", "dismissed")
# Five counts (the interest and the joined in one, and the invited without a stored suggestion)
# grouped two ways, the dismissal notes, the priorities' names.
HIT_RATE_QUERIES = 12


def rate(part: int, whole: int) -> int | None:
    """``part`` as a whole percent of ``whole`` (None when there is nothing to divide by)."""
    return round(100 * part / whole) if whole else None


@dataclass
class HitRateRow:
    """One line of the hit-rate tables: the counts of one priority, country or of all."""

    label: str
    suggested: int = 0
    invited: int = 0
    interest: int = 0
    joined: int = 0
    dismissed: int = 0

    @property
    def invited_rate(self) -> int | None:
        return rate(self.invited, self.suggested)

    @property
    def interest_rate(self) -> int | None:
        return rate(self.interest, self.invited)

    @property
    def joined_rate(self) -> int | None:
        return rate(self.joined, self.invited)


@dataclass
class HitRate:
    total: HitRateRow
    by_priority: list[HitRateRow] = field(default_factory=list)
    by_country: list[HitRateRow] = field(default_factory=list)
    reasons: list[tuple[str, int]] = field(default_factory=list)

    @property
    def is_empty(self) -> bool:
        return not any(getattr(self.total, metric) for metric in METRICS)


def _querysets(period: Period) -> dict[str, QuerySet]:
    stored = PartnerSuggestion.objects.filter(during("computed_at", period))
    dismissed = SuggestionDismissal.objects.filter(during("at", period))
    invited = SuggestionInvitation.objects.filter(during("at", period))
    same_pair = {"idea": OuterRef("idea"), "organisation": OuterRef("organisation")}
    # The interest of an invited or suggested organisation: found from the (fewer) invitations
    # and suggestions through the one-interest-per-organisation index, not by testing every
    # expression of interest of the period for a matching pair (issue 16: 100 ms -> 30 ms).
    interests = ExpressionOfInterest.objects.order_by()
    pairs = (
        interests.filter(idea__invitations__organisation=F("organisation"))
        .values("pk")
        .union(interests.filter(idea__suggestions__organisation=F("organisation")).values("pk"), all=True)
    )
    interest = ExpressionOfInterest.objects.filter(during("created_at", period), pk__in=pairs)
    return {
        "stored": stored,
        # Invited in the period, no longer (or not in the period) among the stored suggestions.
        "invited_only": invited.exclude(Exists(stored.filter(**same_pair))).exclude(
            Exists(dismissed.filter(**same_pair))
        ),
        "invited": invited,
        "interest": interest,
        "dismissed": dismissed,
    }


def _grouped(queryset: QuerySet, key: str) -> dict:
    return {row[key]: row["n"] for row in queryset.values(key).annotate(n=Count("pk")).order_by()}


def _grouped_with_joined(interest: QuerySet, key: str) -> tuple[dict, dict]:
    """The interest and, of it, the accepted ("joined") per ``key``, in one query: finding the
    interest that was invited or suggested is the costly part (issue 16: 100,000 expressions of
    interest), so it is done once for both counts."""
    rows = (
        interest.values(key)
        .annotate(n=Count("pk"), joined=Count("pk", filter=Q(status=InterestStatus.ACCEPTED)))
        .order_by()
    )
    counts = [(row[key], row["n"], row["joined"]) for row in rows]
    shown = {value: n for value, n, _joined in counts}
    return shown, {value: joined for value, _n, joined in counts if joined}


def _rows(counts: dict[str, dict], labels: dict, top: int) -> list[HitRateRow]:
    keys = set().union(*(counts[metric].keys() for metric in counts)) - {None}
    rows = []
    for key in keys:
        row = HitRateRow(label=str(labels.get(key, key)))
        row.suggested = sum(counts[name].get(key, 0) for name in SUGGESTED_FROM)
        for metric in ("invited", "interest", "joined", "dismissed"):
            setattr(row, metric, counts[metric].get(key, 0))
        rows.append(row)
    rows.sort(key=lambda row: (-row.suggested, -row.invited, row.label))
    return rows[:top]


def hit_rate(period: Period, top: int | None = None) -> HitRate:
    """The hit rate of the period: totals, the ``top`` priorities and countries with the most
    suggestions (``EVALUATION_HIT_RATE_ROWS``, 10 by default) and the ``top`` dismissal notes."""
    top = top or getattr(settings, "EVALUATION_HIT_RATE_ROWS", 10)
    querysets = _querysets(period)
    interest = querysets.pop("interest")
    by_priority = {name: _grouped(qs, "idea__priorities") for name, qs in querysets.items()}
    by_country = {name: _grouped(qs, "organisation__country") for name, qs in querysets.items()}
    by_priority["interest"], by_priority["joined"] = _grouped_with_joined(interest, "idea__priorities")
    by_country["interest"], by_country["joined"] = _grouped_with_joined(interest, "organisation__country")
    ids = set().union(*(counts.keys() for counts in by_priority.values())) - {None}
    # All eight priorities in one query, whether or not any was suggested: the same queries with
    # one row and with many (a filter on an empty id set would skip the query).
    priorities = {priority.pk: priority.name for priority in Priority.objects.all() if priority.pk in ids}
    countries = dict(Country.choices)

    total = HitRateRow(label=_("All"))
    for name, counts in by_country.items():  # one country per organisation: the countries add up
        value = sum(counts.values())
        if name in SUGGESTED_FROM:
            total.suggested += value
        if name in METRICS:
            setattr(total, name, value)

    notes = defaultdict(int)
    for row in (
        querysets["dismissed"]
        .annotate(reason=Lower(Trim("note")))
        .values("reason")
        .annotate(n=Count("pk"))
        .order_by("-n", "reason")[:top]
    ):
        notes[row["reason"] or _("No reason given")] += row["n"]
    reasons = sorted(notes.items(), key=lambda item: (-item[1], item[0]))
    return HitRate(
        total=total,
        by_priority=_rows(by_priority, priorities, top),
        by_country=_rows(by_country, countries, top),
        reasons=reasons,
    )

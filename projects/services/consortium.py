"""The consortium builder: an idea's gaps against its programme's partnership rules, and which
suggested partner fills which gap. Read-only (no side effects)."""

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import TypeVar

from django.utils.translation import gettext as _
from django.utils.translation import ngettext

from members.models import Organisation, OrganisationKind

from ..models import InterestStatus, PartnershipRule, ProjectIdea

# Reasons that show a track record: the lead's partner, its partners' partner, or an earlier
# participant of the idea's programme. A suggestion without any of them is a newcomer.
PROVEN_CODES = frozenset(
    {"past_partner_of_lead", "partner_of_lead_partner", "same_programme", "active_in_programme"}
)


def is_proven(reasons: list[dict]) -> bool:
    """A "proven partner" has worked with the lead or its partners, or in the programme."""
    return any(reason.get("code") in PROVEN_CODES for reason in reasons)


T = TypeVar("T")


def balance_shortlist(
    ranked: Sequence[T], is_newcomer: Callable[[T], bool], size: int, min_newcomers: int, pool: int
) -> list[T]:
    """The ``size`` items to show from ``ranked`` (best first), with at least ``min_newcomers``
    newcomers when the first ``pool`` items hold that many (fewer when they hold fewer).

    Only who is on the shortlist changes: the newcomers taken are the best-scored ones within the
    pool, the proven partners kept are the best-scored ones, and the shortlist stays in the
    ranking's order (so in score order within each label). Pure (no side effects).
    """
    candidates = list(ranked[: max(pool, size)])
    newcomers = [i for i, item in enumerate(candidates) if is_newcomer(item)]
    wanted = min(min_newcomers, len(newcomers), size)
    if sum(1 for i in newcomers if i < size) >= wanted:
        return candidates[:size]
    proven = [i for i in range(len(candidates)) if i not in set(newcomers)]
    chosen = set(newcomers[:wanted]) | set(proven[: size - wanted])
    return [item for i, item in enumerate(candidates) if i in chosen]


@dataclass
class Gap:
    code: str
    label: str
    filled_by: list[str] = field(default_factory=list)


@dataclass
class Builder:
    rule: PartnershipRule
    partners: int
    countries: int
    gaps: list[Gap]


def consortium_members(idea: ProjectIdea) -> list[Organisation]:
    """The lead and the organisations whose interest the lead accepted (joined the project)."""
    joined = Organisation.objects.filter(
        expressions_of_interest__idea=idea, expressions_of_interest__status=InterestStatus.ACCEPTED
    )
    return [idea.lead, *joined.exclude(pk=idea.lead_id)]


def consortium_builder(idea: ProjectIdea, rows: list[dict]) -> Builder | None:
    """The gaps of the idea's consortium for its programme's rule, or None without a rule.

    Each suggestion row gets ``fills``: the labels of the gaps its organisation would fill.
    """
    rule = PartnershipRule.objects.filter(programme=idea.target_programme).first()
    for row in rows:
        row["fills"] = []
    if rule is None:
        return None
    members = consortium_members(idea)
    countries = {member.country for member in members}
    kinds = {member.kind for member in members}
    gaps: list[Gap] = []
    missing_partners = rule.min_partners - len(members)
    if missing_partners > 0:
        label = ngettext("%(count)d more partner", "%(count)d more partners", missing_partners) % {
            "count": missing_partners
        }
        gaps.append(Gap("partners", label))
    missing_countries = rule.min_countries - len(countries)
    if missing_countries > 0:
        label = ngettext("%(count)d more country", "%(count)d more countries", missing_countries) % {
            "count": missing_countries
        }
        gaps.append(Gap("countries", label))
    kind_labels = dict(OrganisationKind.choices)
    for kind in rule.required_kinds:
        if kind not in kinds:
            label = _("a partner of the kind: %(kind)s") % {"kind": kind_labels.get(kind, kind)}
            gaps.append(Gap(f"kind:{kind}", label))
    for row in rows:
        organisation = row["suggestion"].organisation
        for gap in gaps:
            fills = (
                gap.code == "partners"
                or (gap.code == "countries" and organisation.country not in countries)
                or gap.code == f"kind:{organisation.kind}"
            )
            if fills:
                row["fills"].append(gap.label)
                gap.filled_by.append(organisation.name)
    return Builder(rule, len(members), len(countries), gaps)

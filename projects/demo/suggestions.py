"""Demo partner suggestions: the engine's answer for every demo idea open to interest.

Deterministic (the engine is, and ``computed_at`` is a fixed date, never now()) and idempotent:
``store_suggestions`` leaves an idea's rows alone when its ranking did not change.
"""

import datetime
from zoneinfo import ZoneInfo

from projects.models import PartnerSuggestion, ProjectIdea
from projects.services.matching import build_index, recompute_suggestions

COMPUTED_AT = datetime.datetime(2026, 1, 15, 9, 0, tzinfo=ZoneInfo("Europe/Rome"))


def seed_partner_suggestions() -> list[PartnerSuggestion]:
    index = build_index()
    for idea in ProjectIdea.objects.select_related("lead").order_by("pk"):
        recompute_suggestions(idea, index=index, computed_at=COMPUTED_AT)
    return list(PartnerSuggestion.objects.order_by("idea", "rank"))

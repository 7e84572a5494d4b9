"""Geography: country codes, neighbouring countries and NUTS proximity."""

from __future__ import annotations

import re

# EU statistics use EL for Greece and UK for the United Kingdom; ISO 3166 uses GR and GB.
_COUNTRY_ALIASES = {"EL": "GR", "UK": "GB"}

# Land borders between European countries, plus the fixed links and short sea crossings that
# cross-border cooperation programmes span (Øresund, Channel, Adriatic, Gulf of Finland...).
_BORDERS = """
AD:ES,FR AL:GR,ME,MK,XK AT:CH,CZ,DE,HU,IT,LI,SI,SK BA:HR,ME,RS BE:DE,FR,LU,NL BG:GR,MK,RO,RS,TR
BY:LT,LV,PL,RU,UA CH:DE,FR,IT,LI CY:GR CZ:DE,PL,SK DE:DK,FR,LU,NL,PL DK:NO,SE EE:FI,LV,RU
ES:FR,PT FI:NO,RU,SE FR:GB,IT,LU,MC GB:IE GR:IT,TR HR:HU,IT,ME,RS,SI HU:RO,RS,SI,SK,UA
IS:FO,GL,NO IT:MT,SI,SM,VA LT:LV,PL,RU LV:RU MD:RO,UA ME:RS,XK MK:RS,XK NO:RU,SE
PL:RU,SK,UA RO:RS,UA RS:XK SK:UA DK:FO,GL
"""


def _neighbour_table() -> dict[str, frozenset[str]]:
    table: dict[str, set[str]] = {}
    for entry in _BORDERS.split():
        country, others = entry.split(":")
        for other in others.split(","):
            table.setdefault(country, set()).add(other)
            table.setdefault(other, set()).add(country)
    return {country: frozenset(others) for country, others in table.items()}


NEIGHBOURS = _neighbour_table()
_NUTS_RE = re.compile(r"^([A-Z]{2}[0-9A-Z]{0,3})")


def normalise_country(code: str | None) -> str | None:
    if not code:
        return None
    code = code.strip().upper()
    return _COUNTRY_ALIASES.get(code, code) or None


def normalise_nuts(value: str | None) -> str | None:
    """ "SE110  / Stockholms län" -> "SE110"; Greek and British NUTS keep their EL/UK prefix."""
    if not value:
        return None
    match = _NUTS_RE.match(value.strip().upper())
    return match.group(1) if match else None


def nuts_prefixes(nuts: str | None) -> tuple[str | None, str | None, str | None]:
    """NUTS-1, NUTS-2 and NUTS-3 codes of a code (None where it is less precise)."""
    if not nuts:
        return None, None, None
    level1, level2, level3 = (nuts[:size] if len(nuts) >= size else None for size in (3, 4, 5))
    return level1, level2, level3

"""keep.eu Interreg export: loading, and the standard evaluation protocol of its README.

Protocol (shared/data/keep-interreg-2014-2020/README.md): queries are projects with >= 3
partners whose non-lead partners include at least one candidate (that gives the 500 queries);
candidates are organisations of projects that started strictly before the query project, minus
the lead; their profiles come only from those earlier projects; gold = non-lead partners that are
candidates. Organisations are identified by normalised name + country.
"""

from __future__ import annotations

import gzip
import json
import re
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Literal

TextMode = Literal["en", "national"]
SLICE_COUNTRIES = frozenset({"SE", "IT"})
MIN_PARTNERS = 3


@dataclass(frozen=True, slots=True)
class Partner:
    key: str
    name: str
    country: str
    is_lead: bool
    is_public: bool | None
    town: str | None
    nuts: str | None


@dataclass(frozen=True, slots=True)
class Project:
    id: str
    programme: str
    acronym: str
    title: str | None
    description_en: str | None
    description_national: tuple[str, ...]
    thematic: tuple[str, ...]
    specific_objective: str | None
    start: str | None
    partners: tuple[Partner, ...]

    @property
    def lead(self) -> Partner | None:
        """The first partner flagged as lead (a few records flag two)."""
        return next((partner for partner in self.partners if partner.is_lead), None)

    def texts(self, mode: TextMode = "en") -> list[str]:
        """Title, description, thematic fields and specific objective, one text per field.

        `national` prefers the national-language descriptions (description_1 and _2) and falls
        back to the English one; `en` prefers English and falls back to the national ones.
        """
        english = [self.description_en] if self.description_en else []
        national = list(self.description_national)
        descriptions = (national or english) if mode == "national" else (english or national)
        fields = [self.title, *descriptions, *self.thematic, self.specific_objective]
        return [text for text in fields if text]


def organisation_key(name: str, country: str | None) -> str:
    """Same organisation = same name (case and spaces normalised) in the same country."""
    return f"{(country or '').strip().upper()}|{' '.join(name.lower().split())}"


def slug(label: str) -> str:
    return re.sub(r"[^\w]+", "-", label.lower()).strip("-")


def _text(value: Any) -> str | None:
    if value is None:
        return None
    text = str(value).strip()
    return text or None


def _public(value: Any) -> bool | None:
    status = (_text(value) or "").lower()
    return {"public": True, "private": False}.get(status)


def parse_project(record: dict[str, Any]) -> Project:
    partners = []
    for raw in record.get("partners") or []:
        name = _text(raw.get("name"))
        if name is None:
            continue  # a participation without a name cannot be identified
        country = (_text(raw.get("country")) or "").upper()
        partners.append(
            Partner(
                key=organisation_key(name, country),
                name=name,
                country=country,
                is_lead=bool(raw.get("lead")),
                is_public=_public(raw.get("legal_status")),
                town=_text(raw.get("town")),
                nuts=_text(raw.get("nuts3")),
            )
        )
    national = tuple(
        text for text in (_text(record.get(f)) for f in ("description_1", "description_2")) if text
    )
    programme = _text(record.get("programme")) or ""
    acronym = _text(record.get("acronym")) or ""
    return Project(
        id=_text(record.get("id")) or f"{programme}||{acronym}",
        programme=programme,
        acronym=acronym,
        title=_text(record.get("title")),
        description_en=_text(record.get("description_en")),
        description_national=national,
        thematic=tuple(t for t in (_text(v) for v in record.get("thematic") or []) if t),
        specific_objective=_text(record.get("specific_objective")),
        start=_text(record.get("start")),
        partners=tuple(partners),
    )


def iter_records(path: str | Path) -> Iterator[dict[str, Any]]:
    path = Path(path)
    opener = gzip.open if path.suffix == ".gz" else open
    with opener(path, "rt", encoding="utf-8") as lines:
        for number, line in enumerate(lines, start=1):
            if not line.strip():
                continue
            try:
                yield json.loads(line)
            except json.JSONDecodeError as error:
                raise ValueError(f"{path}:{number}: not a JSON object ({error})") from error


def load_projects(path: str | Path) -> list[Project]:
    """All projects of a .jsonl or .jsonl.gz export, in file order."""
    return [parse_project(record) for record in iter_records(path)]


@dataclass(frozen=True, slots=True)
class ProtocolQuery:
    project: Project
    lead: Partner
    gold: frozenset[str]

    @property
    def in_slice(self) -> bool:
        """Swedish-or-Italian slice: any partner (lead included) from SE or IT."""
        return any(partner.country in SLICE_COUNTRIES for partner in self.project.partners)


def first_starts(projects: Iterable[Project]) -> dict[str, str]:
    """Each organisation's earliest project start."""
    first: dict[str, str] = {}
    for project in projects:
        if not project.start:
            continue
        for partner in project.partners:
            if partner.key not in first or project.start < first[partner.key]:
                first[partner.key] = project.start
    return first


def build_queries(
    projects: Sequence[Project], max_queries: int | None = None
) -> list[ProtocolQuery]:
    """The protocol's queries in file order; `max_queries` keeps an evenly spread subset."""
    first = first_starts(projects)
    queries = []
    for project in projects:
        lead = project.lead
        if lead is None or not project.start or len(project.partners) < MIN_PARTNERS:
            continue
        gold = frozenset(
            partner.key
            for partner in project.partners
            if not partner.is_lead and first.get(partner.key, "9999") < project.start
        ) - {lead.key}
        if gold:
            queries.append(ProtocolQuery(project, lead, gold))
    if max_queries is not None and max_queries < len(queries):
        step = len(queries) / max_queries
        queries = [queries[int(i * step)] for i in range(max_queries)]
    return queries

"""Turn keep.eu projects into the engine's plain inputs, using only the past of a date."""

from __future__ import annotations

from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from itertools import combinations

import numpy as np
import scipy.sparse as sp

from projects.matching.graph import PartnerGraph, programme_adjacency
from projects.matching.model import CandidateProfile, Collaboration, IdeaQuery
from projects.matching_lab.keep import Partner, Project, ProtocolQuery, TextMode, slug


@dataclass(slots=True)
class _Builder:
    """Accumulates one organisation's earlier projects (in start order)."""

    partner: Partner
    texts: list[str] = field(default_factory=list)
    priorities: set[str] = field(default_factory=set)
    programmes: set[str] = field(default_factory=set)
    projects: list[str] = field(default_factory=list)
    is_public: bool | None = None
    town: str | None = None
    nuts: str | None = None

    cached: CandidateProfile | None = None

    def add(self, project: Project, partner: Partner, mode: TextMode) -> None:
        self.cached = None
        self.texts.extend(project.texts(mode))
        self.priorities.update(slug(theme) for theme in project.thematic)
        self.programmes.add(project.programme)
        self.projects.append(project.acronym)
        # The latest known values win: organisations move and change status.
        self.is_public = partner.is_public if partner.is_public is not None else self.is_public
        self.town = partner.town or self.town
        self.nuts = partner.nuts or self.nuts

    def profile(self) -> CandidateProfile:
        if self.cached is None:
            self.cached = self._profile()
        return self.cached

    def _profile(self) -> CandidateProfile:
        return CandidateProfile(
            id=self.partner.key,
            name=self.partner.name,
            country=self.partner.country,
            is_public=self.is_public,
            nuts=self.nuts,
            town=self.town,
            texts=tuple(self.texts),
            priorities=frozenset(self.priorities),
            programmes=frozenset(self.programmes),
            projects=tuple(self.projects),
            engagement=float(len(self.projects)),
        )


def projects_before(projects: Sequence[Project], date: str) -> list[Project]:
    """Projects that started strictly before `date`, oldest first (stable on file order)."""
    earlier = [project for project in projects if project.start and project.start < date]
    return sorted(earlier, key=lambda project: project.start or "")


def build_inputs(
    projects: Sequence[Project], date: str, mode: TextMode = "en"
) -> tuple[list[CandidateProfile], list[Collaboration]]:
    """Profiles and the co-partner graph as they were known on `date` (nothing later)."""
    builders: dict[str, _Builder] = {}
    collaborations = []
    for project in projects_before(projects, date):
        for partner in project.partners:
            builders.setdefault(partner.key, _Builder(partner)).add(project, partner, mode)
        keys = sorted({partner.key for partner in project.partners})
        collaborations.extend(
            Collaboration(first, second, (project.acronym,), (project.programme,))
            for first, second in combinations(keys, 2)
        )
    profiles = [builders[key].profile() for key in sorted(builders)]
    return profiles, collaborations


class _PairLabels(Mapping[tuple[int, int], tuple[str, ...]]):
    """Shared project labels by (row, row) of one date, read from the timeline's global pairs."""

    def __init__(self, timeline: Timeline, global_of_row: np.ndarray):
        self.timeline = timeline
        self.global_of_row = global_of_row

    def __getitem__(self, pair: tuple[int, int]) -> tuple[str, ...]:
        first, second = (int(self.global_of_row[node]) for node in pair)
        slot = self.timeline.slot_of[(min(first, second), max(first, second))]
        return self.timeline.labels[slot]

    def __iter__(self) -> Iterator[tuple[int, int]]:
        raise NotImplementedError("not enumerable")

    def __len__(self) -> int:
        return len(self.timeline.labels)


class Timeline:
    """`build_inputs` for increasing dates, adding only the projects started since the last one.

    `inputs(date)` returns what `build_inputs(projects, date, mode)` returns (same profiles, same
    collaborations in the same order), for dates given in increasing order; `graph()` the
    co-partner graph the index would build from those collaborations, kept up to date
    incrementally (a collaboration is labelled by the project's acronym, or its id when it has
    none, so that projects without acronyms still count one each).
    """

    def __init__(self, projects: Sequence[Project], mode: TextMode = "en", *, pairs_only=False):
        self.mode = mode
        self.pairs_only = pairs_only  # skip Collaboration objects (graph() only)
        self.pending = [project for project in projects if project.start]
        self.pending.sort(key=lambda project: project.start or "")
        self.position = 0
        self.builders: dict[str, _Builder] = {}
        self.collaborations: list[Collaboration] = []
        self.date = ""
        self.global_of: dict[str, int] = {}
        self.slot_of: dict[tuple[int, int], int] = {}
        self.labels: list[tuple[str, ...]] = []
        self.firsts: list[int] = []
        self.seconds: list[int] = []
        self.keys: list[str] = []
        # Shared projects per programme: one (pair slot, programme block) per shared project.
        self.programme_block: dict[str, int] = {}
        self.programme_slots: list[int] = []
        self.programme_blocks: list[int] = []

    def _add_pairs(self, keys: list[str], label: str, programme: str = "") -> None:
        numbers = [self.global_of.setdefault(key, len(self.global_of)) for key in keys]
        block = (
            self.programme_block.setdefault(programme, len(self.programme_block))
            if programme
            else -1
        )
        for first, second in combinations(numbers, 2):
            pair = (min(first, second), max(first, second))
            slot = self.slot_of.get(pair)
            if slot is None:
                slot = self.slot_of[pair] = len(self.labels)
                self.labels.append((label,))
                self.firsts.append(pair[0])
                self.seconds.append(pair[1])
            elif label not in self.labels[slot]:
                self.labels[slot] += (label,)
            else:
                continue
            if block >= 0:
                self.programme_slots.append(slot)
                self.programme_blocks.append(block)

    def inputs(self, date: str) -> tuple[list[CandidateProfile], list[Collaboration]]:
        if date < self.date:
            raise ValueError("dates must not decrease")
        self.date = date
        while self.position < len(self.pending):
            project = self.pending[self.position]
            if (project.start or "") >= date:
                break
            self.position += 1
            for partner in project.partners:
                builder = self.builders.setdefault(partner.key, _Builder(partner))
                builder.add(project, partner, self.mode)
            keys = sorted({partner.key for partner in project.partners})
            self._add_pairs(keys, project.acronym or project.id, project.programme)
            if not self.pairs_only:
                self.collaborations.extend(
                    Collaboration(first, second, (project.acronym,), (project.programme,))
                    for first, second in combinations(keys, 2)
                )
        self.keys = sorted(self.builders)
        profiles = [self.builders[key].profile() for key in self.keys]
        return profiles, list(self.collaborations)

    def graph(self) -> PartnerGraph:
        """The co-partner graph of the last `inputs` date, rows = its profiles in order."""
        size = len(self.keys)
        row_of_global = np.empty(len(self.global_of), dtype=np.int64)
        global_of_row = np.fromiter(
            (self.global_of[key] for key in self.keys), dtype=np.int64, count=size
        )
        row_of_global[global_of_row] = np.arange(size)
        firsts = row_of_global[np.asarray(self.firsts, dtype=np.int64)]
        seconds = row_of_global[np.asarray(self.seconds, dtype=np.int64)]
        shared = np.fromiter((len(labels) for labels in self.labels), np.float32, len(self.labels))
        adjacency = sp.csr_matrix(
            (
                np.concatenate([shared, shared]),
                (np.concatenate([firsts, seconds]), np.concatenate([seconds, firsts])),
            ),
            shape=(size, size),
        )
        slots = np.asarray(self.programme_slots, dtype=np.int64)
        firsts_of = np.asarray(self.firsts, dtype=np.int64)[slots]
        seconds_of = np.asarray(self.seconds, dtype=np.int64)[slots]
        by_programme = programme_adjacency(
            row_of_global[firsts_of],
            row_of_global[seconds_of],
            np.asarray(self.programme_blocks, dtype=np.int64),
            size,
            len(self.programme_block),
        )
        node_of = {key: row for row, key in enumerate(self.keys)}
        return PartnerGraph.from_adjacency(
            node_of,
            size,
            adjacency,
            _PairLabels(self, global_of_row),
            dict(self.programme_block),
            by_programme,
        )


def idea_for(query: ProtocolQuery, mode: TextMode = "en") -> IdeaQuery:
    """What a member posting this project as an idea would give the portal."""
    project = query.project
    return IdeaQuery(
        text="\n".join(project.texts(mode)),
        lead_id=query.lead.key,
        programme=project.programme,
        priorities=frozenset(slug(theme) for theme in project.thematic),
        lead_country=query.lead.country,
        lead_nuts=query.lead.nuts,
        lead_town=query.lead.town,
    )

"""Turn keep.eu projects into the engine's plain inputs, using only the past of a date."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from itertools import combinations

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

    def add(self, project: Project, partner: Partner, mode: TextMode) -> None:
        self.texts.extend(project.texts(mode))
        self.priorities.update(slug(theme) for theme in project.thematic)
        self.programmes.add(project.programme)
        self.projects.append(project.acronym)
        # The latest known values win: organisations move and change status.
        self.is_public = partner.is_public if partner.is_public is not None else self.is_public
        self.town = partner.town or self.town
        self.nuts = partner.nuts or self.nuts

    def profile(self) -> CandidateProfile:
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
            Collaboration(first, second, (project.acronym,))
            for first, second in combinations(keys, 2)
        )
    profiles = [builders[key].profile() for key in sorted(builders)]
    return profiles, collaborations


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

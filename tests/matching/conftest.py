"""Fixtures for the matching tests (plain data, no database)."""

from __future__ import annotations

from pathlib import Path

import pytest

from projects.matching import Collaboration, IdeaQuery, MatchingIndex
from tests.matching.builders import profile
from tests.matching.keep_export import write_export


@pytest.fixture
def small_index() -> MatchingIndex:
    profiles = [
        profile("lead", texts=("Electric bus mobility for small towns",), country="IT"),
        profile("bus", texts=("Electric bus fleets and charging for public transport",)),
        profile("bike", texts=("Cycling lanes and bike sharing in cities",), country="IT"),
        profile("farm", texts=("Organic farming and rural food chains",), country="FI"),
        profile("heat", texts=("District heating and energy efficiency",), country="DE"),
    ]
    collaborations = [Collaboration("lead", "farm", ("MOBEC",))]
    return MatchingIndex.build(profiles, collaborations)


@pytest.fixture
def bus_idea() -> IdeaQuery:
    return IdeaQuery(text="Electric bus mobility", lead_id="lead", lead_country="IT")


@pytest.fixture
def export(tmp_path: Path) -> Path:
    """The small keep.eu export of keep_export.py, gzipped, with a trailing blank line."""
    return write_export(tmp_path / "projects.jsonl.gz")

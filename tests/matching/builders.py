"""Builders for plain matching data in tests."""

from __future__ import annotations

from projects.matching import CandidateProfile


def profile(candidate_id: str | int, **fields: object) -> CandidateProfile:
    defaults: dict[str, object] = {"name": f"Org {candidate_id}", "country": "SE"}
    defaults.update(fields)
    return CandidateProfile(id=candidate_id, **defaults)  # type: ignore[arg-type]

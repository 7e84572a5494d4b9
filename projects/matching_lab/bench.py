"""Benchmark: build time, per-idea latency of `suggest` and peak memory at a given scale."""

from __future__ import annotations

import gc
import resource
import sys
import time
from dataclasses import dataclass

import numpy as np

from projects.matching.index import MatchingIndex
from projects.matching_lab.synthetic import make_world


@dataclass(frozen=True, slots=True)
class BenchResult:
    orgs: int
    ideas: int
    generate_s: float
    build_s: float
    p50_ms: float
    p95_ms: float
    max_ms: float
    peak_mb: float

    def last_line(self) -> str:
        return (
            f"p50_ms={self.p50_ms:.2f} p95_ms={self.p95_ms:.2f} "
            f"build_s={self.build_s:.2f} peak_mb={self.peak_mb:.0f}"
        )


def peak_memory_mb() -> float:
    """Peak resident memory of this process (ru_maxrss is KiB on Linux, bytes on macOS)."""
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return peak / (1024 * 1024) if sys.platform == "darwin" else peak / 1024


def run_bench(n_orgs: int, n_ideas: int, k: int = 10, seed: int = 20240501) -> BenchResult:
    started = time.perf_counter()
    world = make_world(n_orgs, n_ideas, seed)
    generated = time.perf_counter()
    index = MatchingIndex.build(world.profiles, world.collaborations)
    built = time.perf_counter()
    gc.collect()
    index.suggest(world.ideas[0], k=k)  # first call warms caches (stems, lazy imports)
    latencies = []
    for idea in world.ideas:
        start = time.perf_counter()
        suggestions = index.suggest(idea, k=k)
        latencies.append((time.perf_counter() - start) * 1000.0)
        if not suggestions:
            raise RuntimeError("the benchmark index returned no suggestion")
    timings = np.asarray(latencies)
    return BenchResult(
        orgs=n_orgs,
        ideas=n_ideas,
        generate_s=generated - started,
        build_s=built - generated,
        p50_ms=float(np.percentile(timings, 50)),
        p95_ms=float(np.percentile(timings, 95)),
        max_ms=float(timings.max()),
        peak_mb=peak_memory_mb(),
    )


@dataclass(frozen=True, slots=True)
class ProfileEditResult:
    """One profile edit at a given scale, the old way (rebuild, rank every idea) and the new
    one (update in place, place the member for every idea, rank only the touched ideas)."""

    orgs: int
    ideas: int
    rebuild_s: float
    rank_all_s: float
    update_s: float
    standings_s: float
    touched: int
    rank_touched_s: float
    same: bool

    def lines(self) -> list[str]:
        before = self.rebuild_s + self.rank_all_s
        after = self.update_s + self.standings_s + self.rank_touched_s
        return [
            f"orgs={self.orgs} ideas={self.ideas}",
            f"before: rebuild_s={self.rebuild_s:.2f} rank_all_s={self.rank_all_s:.2f} "
            f"total_s={before:.2f}",
            f"after: update_s={self.update_s:.3f} standings_s={self.standings_s:.2f} "
            f"(touched={self.touched} ranked with their reasons from the same scores) "
            f"total_s={after:.2f}",
            f"touched ideas ranked as by a fresh index: {self.same}",
        ]


def run_profile_edit_bench(
    n_orgs: int, n_ideas: int, pool: int = 30, seed: int = 20240501
) -> ProfileEditResult:
    """Edit one synthetic member's profile (texts and priorities of another), single process.

    The member edited is the one most often in the ideas' pools; "stored" pools are the ranking
    before the edit."""
    from dataclasses import replace

    world = make_world(n_orgs, n_ideas, seed)
    index = MatchingIndex.build(world.profiles, world.collaborations)
    stored = {
        n: {s.candidate_id for s in index.suggest(q, k=pool)} for n, q in enumerate(world.ideas)
    }
    # The member suggested for the most ideas: its edit moves it out of some shortlists.
    counts: dict = {}
    for pool_ids in stored.values():
        for candidate in pool_ids:
            counts[candidate] = counts.get(candidate, 0) + 1
    row = index.row_of[max(sorted(counts, key=str), key=counts.__getitem__)]
    donor = world.profiles[(row + n_orgs // 3) % n_orgs]
    changed = replace(world.profiles[row], texts=donor.texts, priorities=donor.priorities)
    member = changed.id
    profiles = [changed if p.id == member else p for p in world.profiles]
    gc.collect()
    started = time.perf_counter()
    fresh = MatchingIndex.build(profiles, world.collaborations)
    rebuilt = time.perf_counter()
    for query in world.ideas:
        fresh.suggest(query, k=pool)
    ranked_all = time.perf_counter()
    index.update_profile(changed)
    updated = time.perf_counter()
    queries = dict(enumerate(world.ideas))
    was_in = {n for n, pool_ids in stored.items() if member in pool_ids}
    standings = index.standings(member, queries, k=pool, always=was_in)
    placed = time.perf_counter()
    new = {n: s.suggestions for n, s in standings.items() if s.suggestions is not None}
    touched = list(new)
    done = time.perf_counter()
    same = all(new[n] == fresh.suggest(queries[n], k=pool) for n in touched)
    return ProfileEditResult(
        orgs=n_orgs,
        ideas=n_ideas,
        rebuild_s=rebuilt - started,
        rank_all_s=ranked_all - rebuilt,
        update_s=updated - ranked_all,
        standings_s=placed - updated,
        touched=len(touched),
        rank_touched_s=done - placed,
        same=same,
    )

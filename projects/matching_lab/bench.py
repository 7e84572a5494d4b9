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

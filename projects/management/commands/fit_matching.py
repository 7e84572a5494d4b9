"""Fit the matching weights on the earlier queries of one or more real data sets together."""

from __future__ import annotations

import sys
import time
from pathlib import Path

from django.core.management.base import BaseCommand, CommandError, CommandParser

from projects.matching_lab.fitting import (
    FIRST,
    FIT_SHARE,
    FITTED,
    collect,
    cut_date,
    fit_from_starts,
    fit_part,
)
from projects.matching_lab.keep import load_projects


class Command(BaseCommand):
    help = (
        "Choose the matching weights by coordinate ascent on the queries that start before a "
        "cut date (the earliest share of each file's protocol queries), all files together; "
        "prints the cut dates, the weights and the graph boost. Reads nothing from the later "
        "projects; evaluate_matching --fit-share reports on them."
    )

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("file", nargs="+", help="projects.jsonl or projects.jsonl.gz")
        parser.add_argument("--text", choices=("en", "national"), default="en")
        parser.add_argument("--share", type=float, default=FIT_SHARE)
        parser.add_argument("--first", type=int, default=FIRST)
        parser.add_argument("--rounds", type=int, default=6)

    def handle(self, *args: object, **options: object) -> None:
        share = float(options["share"])  # type: ignore[arg-type]
        if not 0.0 < share < 1.0:
            raise CommandError("--share must lie between 0 and 1")
        paths = [Path(str(name)) for name in options["file"]]  # type: ignore[attr-defined]
        for path in paths:
            if not path.is_file():
                raise CommandError(f"no such file: {path}")
        started = time.monotonic()
        sets = {}
        for path in paths:
            projects = load_projects(path)
            cut = cut_date(projects, share, int(options["first"]))  # type: ignore[call-overload]
            earlier, queries = fit_part(projects, cut, int(options["first"]))  # type: ignore[call-overload]
            del projects
            name = path.parent.name or path.name
            sets[name] = collect(earlier, queries, options["text"])  # type: ignore[arg-type]
            self.stdout.write(f"{name}: fitting on {len(queries)} queries starting before {cut}")
        result = fit_from_starts(
            sets,
            rounds=int(options["rounds"]),  # type: ignore[call-overload]
            progress=lambda line: sys.stderr.write(line + "\n"),
        )
        for name in FITTED:
            self.stdout.write(f"{name} = {getattr(result.weights, name):g}")
        self.stdout.write(f"graph_boost = {result.graph_boost:g}")
        self.stdout.write(f"full_share = {result.full_share:g}")
        self.stdout.write(f"reform_boost = {result.reform_boost:g}")
        cells = " ".join(f"{name}={value:.4f}" for name, value in result.per_set.items())
        self.stdout.write(f"quality (recall@10 + MRR + nDCG@10) {result.quality:.4f}: {cells}")
        self.stdout.write(f"wall_s={time.monotonic() - started:.1f}")

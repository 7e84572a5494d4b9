"""Replay real keep.eu consortia through the matching engine and the reference baselines."""

from __future__ import annotations

import sys
import time
from pathlib import Path

from django.core.management.base import BaseCommand, CommandError, CommandParser

from projects.matching_lab.baselines import BASELINES, GRAPH_BASELINES
from projects.matching_lab.diagnostics import GoldBreakdown
from projects.matching_lab.evaluation import (
    DEPTH,
    ENGINE,
    FIRST,
    ablation_variants,
    best_baseline_line,
    evaluate,
    format_table,
    summary_line,
)
from projects.matching_lab.fitting import FIT_SHARE, cut_date
from projects.matching_lab.keep import load_projects


class Command(BaseCommand):
    help = (
        "Evaluate the partner-matching engine on a keep.eu projects export (jsonl or jsonl.gz) "
        "with the README's temporal protocol; prints recall@10, MRR and nDCG@10 for the engine "
        "and the baselines, overall and for the Swedish-or-Italian slice."
    )

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument(
            "file",
            nargs="+",
            help="projects.jsonl or projects.jsonl.gz; several files are evaluated in one run "
            "(e.g. keep-interreg-2014-2020 and h2020-consortia-graph), one table each",
        )
        parser.add_argument(
            "--first",
            type=int,
            default=FIRST,
            help=f"use the first N queries of each file in file order (default {FIRST}, the "
            "data sets' reference protocol; keep.eu has exactly 500)",
        )
        parser.add_argument(
            "--max-queries",
            type=int,
            default=None,
            help="evaluate an evenly spread subset of N queries",
        )
        parser.add_argument(
            "--text",
            choices=("en", "national"),
            default="en",
            help="English descriptions, or the national-language ones",
        )
        parser.add_argument(
            "--ablation",
            action="store_true",
            help="also rank with each signal switched off in turn",
        )
        parser.add_argument(
            "--fit-share",
            type=float,
            default=FIT_SHARE,
            help="also report the later queries alone: those starting on or after the date "
            f"that splits off the earliest share of them (default {FIT_SHARE}, the share "
            "fit_matching fits the weights on); 0 to skip",
        )
        parser.add_argument(
            "--breakdown",
            action="store_true",
            help="also show how many gold partners of each kind (past partner of the lead, "
            "in the programme, neither) the engine ranks in its first 10",
        )

    def handle(self, *args: object, **options: object) -> None:
        paths = [Path(str(name)) for name in options["file"]]  # type: ignore[attr-defined]
        for path in paths:
            if not path.is_file():
                raise CommandError(f"no such file: {path}")
        max_queries = options["max_queries"]
        if max_queries is not None and int(max_queries) <= 0:  # type: ignore[call-overload]
            raise CommandError("--max-queries must be positive")
        first = int(options["first"])  # type: ignore[call-overload]
        if first <= 0:
            raise CommandError("--first must be positive")
        started, started_cpu = time.monotonic(), time.process_time()
        for path in paths:
            self._evaluate(path, first, options)
        self.stdout.write(
            f"total wall_s={time.monotonic() - started:.1f} cpu_s={time.process_time() - started_cpu:.1f}"
        )

    def _evaluate(self, path: Path, first: int, options: dict[str, object]) -> None:
        started, started_cpu = time.monotonic(), time.process_time()
        projects = load_projects(path)
        variants = ablation_variants() if options["ablation"] else {}
        breakdown = GoldBreakdown() if options["breakdown"] else None

        def progress(done: int, total: int) -> None:
            if done % 50 == 0 or done == total:
                sys.stderr.write(f"\r{done}/{total} queries")
                if done == total:
                    sys.stderr.write("\n")

        share = float(options["fit_share"])  # type: ignore[arg-type]
        cut = cut_date(projects, share, first) if 0.0 < share < 1.0 else None
        results = evaluate(
            projects,
            cut=cut,
            mode=options["text"],  # type: ignore[arg-type]
            max_queries=options["max_queries"],  # type: ignore[arg-type]
            first=first,
            variants=variants,
            progress=progress,
            breakdown=breakdown,
        )
        name = path.parent.name or path.name
        self.stdout.write(
            f"{name} evaluation: {len(projects)} projects, text={options['text']}, "
            "MRR over the first 100 suggestions"
        )
        methods = [ENGINE, *(m for m in (*BASELINES, *GRAPH_BASELINES) if m in results.overall)]
        self.stdout.write(format_table(results, [*methods, *variants]))
        self.stdout.write(best_baseline_line(results))
        if breakdown is not None:
            self.stdout.write(f"Where the engine ranks the gold partners (first {DEPTH} suggestions):")
            self.stdout.write(breakdown.format(DEPTH))
        if results.later is not None:
            self.stdout.write(
                f"{name} later part (test): queries starting on or after {cut}, after the "
                "weights' fitting part"
            )
            self.stdout.write(format_table(results.later, [*methods, *variants]))
            self.stdout.write(best_baseline_line(results.later))
            self.stdout.write(f"{name} later part {summary_line(results.later)}")
        self.stdout.write(f"{name} {summary_line(results)}")
        self.stdout.write(
            f"{name} wall_s={time.monotonic() - started:.1f} cpu_s={time.process_time() - started_cpu:.1f}"
        )

"""Benchmark the matching engine on seeded synthetic organisations and ideas."""

from __future__ import annotations

from django.core.management.base import BaseCommand, CommandError, CommandParser

from projects.matching_lab.bench import run_bench


class Command(BaseCommand):
    help = (
        "Build a matching index over N synthetic organisations (English, Swedish, Italian) and "
        "time suggest() for M ideas; prints p50/p95 latency, build time and peak memory."
    )

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("--orgs", type=int, default=100_000)
        parser.add_argument("--ideas", type=int, default=200)
        parser.add_argument("--k", type=int, default=10, help="suggestions per idea")
        parser.add_argument("--seed", type=int, default=20240501)

    def handle(self, *args: object, **options: int) -> None:
        if options["orgs"] < 10 or options["ideas"] < 1:
            raise CommandError("--orgs must be >= 10 and --ideas >= 1")
        result = run_bench(options["orgs"], options["ideas"], options["k"], options["seed"])
        self.stdout.write(
            f"orgs={result.orgs} ideas={result.ideas} generate_s={result.generate_s:.2f} "
            f"max_ms={result.max_ms:.2f}"
        )
        self.stdout.write(result.last_line())

"""Measures suggestion recomputes at the database's size (issue 16); prints, never asserts.

- default: queues the secretariat's bulk recompute of every open idea (``start_bulk_recompute``)
  and follows its ``MatchingRun`` until the workers (``make worker`` or the Procfile's
  ``matching`` worker, e.g. with ``--concurrency 2``) finish it;
- ``--profile ORGANISATION_ID``: in this process, builds the index (a cold worker), then runs
  the recompute a change of that member's profile queues, and says which ideas it touched;
- ``--synthetic --orgs N --ideas M``: no database: one profile edit on ``bench_matching``'s
  synthetic data, timed the old way (rebuild the index, rank every idea) and the new way
  (``MatchingIndex.update_profile``, ``standings`` for every idea, rank only the touched ones).
"""

import threading
import time

from django.core.management.base import BaseCommand
from django.db import transaction

from projects.models import MatchingRun


class Command(BaseCommand):
    help = "Times the bulk recompute of all open ideas (needs workers) or one profile change's."

    def add_arguments(self, parser):
        parser.add_argument("--profile", type=int, help="An organisation id: time its profile change.")
        parser.add_argument("--timeout", type=float, default=1800)
        parser.add_argument("--synthetic", action="store_true", help="One profile edit, synthetic data.")
        parser.add_argument("--orgs", type=int, default=10_000)
        parser.add_argument("--ideas", type=int, default=2_000)

    def handle(self, *args, profile: int | None, timeout: float, **options) -> None:
        if options["synthetic"]:
            from projects.matching_lab.bench import run_profile_edit_bench

            result = run_profile_edit_bench(options["orgs"], options["ideas"])
            for line in result.lines():
                self.stdout.write(line)
        elif profile is not None:
            self.profile_change(profile)
        else:
            self.bulk(timeout)

    def profile_change(self, organisation_id: int) -> None:
        from projects.services.matching_batch import forget_index, shared_index
        from projects.tasks import recompute_after_profile_change

        forget_index()
        started = time.perf_counter()
        shared_index()
        built = time.perf_counter() - started
        started = time.perf_counter()
        touched = recompute_after_profile_change(organisation_id)
        took = time.perf_counter() - started
        self.stdout.write(
            f"index built in {built:.1f} s; profile change of organisation {organisation_id}: "
            f"{touched} ideas recomputed in {took:.1f} s (warm index)"
        )

    def bulk(self, timeout: float) -> None:
        from projects.services.recompute import start_bulk_recompute

        started = time.monotonic()
        with transaction.atomic():
            run = start_bulk_recompute(None)
        self.stdout.write(f"run {run.pk}: {run.total} open ideas queued")
        pause = threading.Event()
        while time.monotonic() - started < timeout:
            run = MatchingRun.objects.get(pk=run.pk)
            if run.finished_at:
                break
            self.stdout.write(f"  {time.monotonic() - started:6.0f} s: {run.done}/{run.total}")
            pause.wait(15)
        elapsed = time.monotonic() - started
        state = "finished" if run.finished_at else "NOT finished"
        self.stdout.write(
            f"{state}: {run.done}/{run.total} open ideas in {elapsed:.0f} s ({elapsed / 60:.1f} min)"
        )

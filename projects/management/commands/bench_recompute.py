"""Measures suggestion recomputes at the database's size (issue 16); prints, never asserts.

- default: queues the secretariat's bulk recompute of every open idea (``start_bulk_recompute``)
  and follows its ``MatchingRun`` until the workers (``make worker`` or the Procfile's
  ``matching`` worker, e.g. with ``--concurrency 2``) finish it;
- ``--profile ORGANISATION_ID``: in this process, builds the index (a cold worker), then runs
  the recompute a change of that member's profile queues, and says which ideas it touched;
- ``--edit-profile ORGANISATION_ID``: in this process, on the database: appends a sentence to the
  member's English description (an ``update``, no signal, restored at the end) and times the old
  way (rebuild the index, rank every idea the member can enter) and the new one (one profile
  read, ``update_profile``, ``suggestions_touched_by_profile``); stores nothing;
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
        parser.add_argument("--edit-profile", type=int, help="An organisation id: old vs new path.")
        parser.add_argument("--synthetic", action="store_true", help="One profile edit, synthetic data.")
        parser.add_argument("--orgs", type=int, default=10_000)
        parser.add_argument("--ideas", type=int, default=2_000)

    def handle(self, *args, profile: int | None, timeout: float, **options) -> None:
        if options["synthetic"]:
            from projects.matching_lab.bench import run_profile_edit_bench

            result = run_profile_edit_bench(options["orgs"], options["ideas"])
            for line in result.lines():
                self.stdout.write(line)
        elif options["edit_profile"] is not None:
            self.edit_profile(options["edit_profile"])
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

    def edit_profile(self, organisation_id: int) -> None:
        from members.models import Organisation
        from projects.services import matching, matching_batch

        organisation = Organisation.objects.get(pk=organisation_id)
        index = matching.build_index()  # the warm worker's index, before the edit
        ideas = matching_batch.ideas_for_matching(matching_batch.ideas_a_profile_can_enter(organisation_id))
        queries = matching_batch.idea_queries(ideas)
        edited = (organisation.description_en or "") + " Renewable energy communities and heat pumps."
        Organisation.objects.filter(pk=organisation_id).update(description_en=edited)
        try:
            started = time.perf_counter()
            fresh = matching.build_index()
            rebuilt = time.perf_counter()
            old = {pk: fresh.suggest(query, k=matching.SUGGESTION_POOL) for pk, query in queries.items()}
            ranked = time.perf_counter()
            members = Organisation.objects.filter(pk=organisation_id).prefetch_related("priorities")
            index.update_profile(matching.candidate_profiles(members)[0])
            updated = time.perf_counter()
            touched = matching_batch.suggestions_touched_by_profile(organisation_id, ideas, index)
            done = time.perf_counter()
        finally:
            Organisation.objects.filter(pk=organisation_id).update(description_en=organisation.description_en)
        self.stdout.write(
            f"organisation {organisation_id}, {len(queries)} open ideas it can enter\n"
            f"before: rebuild {rebuilt - started:.1f} s + rank every idea {ranked - rebuilt:.1f} s"
            f" = {ranked - started:.1f} s\n"
            f"after: profile read + update_profile {updated - ranked:.2f} s + standings"
            f" {done - updated:.1f} s = {done - ranked:.1f} s; {len(touched)} ideas touched, ranked as"
            f" by a fresh index: {all(touched[pk] == old[pk] for pk in touched)}"
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

"""Prints, per main page, its queries, server time and HTML size (issue 16's table).

Runs in-process with Django's test client (each role signed in with ``force_login``); one request
warms each page up, the next ``--repeat`` are measured (the median time is printed). "fresh" is
one more request after every versioned cache group was bumped (``sern_portal.versions``): the
page's cost just after any change to what it shows (the dashboard's target is ≤ 1 s so, issue 16).
"""

import statistics
import time

from django.conf import settings
from django.core.management.base import BaseCommand, CommandError
from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext

from members.models import User
from sern_portal import versions
from sern_portal.scale.pages import main_pages


class Command(BaseCommand):
    help = "Measures the main pages: number of queries, server time and HTML size."

    def add_arguments(self, parser):
        parser.add_argument("--repeat", type=int, default=3)
        parser.add_argument("--only", default="", help="Only pages whose label contains this text.")

    def handle(self, *args, repeat: int, only: str, **options) -> None:
        if "testserver" not in settings.ALLOWED_HOSTS and "*" not in settings.ALLOWED_HOSTS:
            settings.ALLOWED_HOSTS.append("testserver")
        # What drawing each page costs: a reader's kept page (sern_portal.reader_cache) would be
        # measured from the second request on, and costs about the same on every page.
        settings.READER_PAGE_CACHE_SECONDS = 0
        self.stdout.write("Pages drawn for every request (READER_PAGE_CACHE_SECONDS=0).")
        clients: dict[str | None, Client] = {}
        rows = []
        for page in main_pages():
            if only and only.lower() not in page.label.lower():
                continue
            if page.user not in clients:
                client = Client()
                if page.user:
                    client.force_login(User.objects.get(email=page.user))
                clients[page.user] = client
            client = clients[page.user]
            client.get(page.path)  # warm-up: caches, translations, templates
            times = []
            for _ in range(max(1, repeat)):
                with CaptureQueriesContext(connection) as queries:
                    started = time.perf_counter()
                    response = client.get(page.path)
                    times.append(time.perf_counter() - started)
            if response.status_code != 200:
                raise CommandError(f"{page.label}: {page.path} answered {response.status_code}")
            # Read before the next request: each request empties the connection's query log.
            count = len(queries.captured_queries)
            slowest = max(queries.captured_queries, key=lambda q: float(q["time"]), default=None)
            versions.bump(*versions.GROUPS)
            started = time.perf_counter()
            client.get(page.path)
            fresh = time.perf_counter() - started
            rows.append(
                (
                    page.label,
                    count,
                    statistics.median(times) * 1000,
                    fresh * 1000,
                    len(response.content) / 1024,
                    float(slowest["time"]) * 1000 if slowest else 0.0,
                )
            )
            self.stdout.write(f"  measured {page.label}", ending="\n")
            self.stdout.flush()
        self.stdout.write("| page | queries | server time | fresh | HTML size | slowest query |")
        self.stdout.write("|---|---:|---:|---:|---:|---:|")
        for label, count, ms, fresh_ms, kb, slowest_ms in rows:
            self.stdout.write(
                f"| {label} | {count} | {ms:.0f} ms | {fresh_ms:.0f} ms | {kb:.0f} KB | {slowest_ms:.0f} ms |"
            )

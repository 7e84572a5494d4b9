"""Measures the main pages under load against a running server (``make loadtest`` starts one).

Signs each demo role in through the real sign-in form, then requests every main page with 10
and 50 connections (``--connections``) for ``--seconds`` each, beside the anonymous public home
page and ``/loadtest/noop`` (Django without the database), and prints one table per level.
"""

from django.conf import settings
from django.core.management.base import BaseCommand

from sern_portal.scale.loadgen import Session, hammer, hammer_wrk, table, wrk_available
from sern_portal.scale.pages import main_pages


class Command(BaseCommand):
    help = "Load-tests the main pages of a running server (see make loadtest)."

    def add_arguments(self, parser):
        parser.add_argument("--host", default="127.0.0.1")
        parser.add_argument("--port", type=int, default=8180)
        parser.add_argument("--connections", default="10,50")
        parser.add_argument("--seconds", type=float, default=10)
        parser.add_argument("--only", default="", help="Only pages whose label contains this text.")
        parser.add_argument(
            "--generator",
            choices=["auto", "wrk", "python"],
            default="auto",
            help="wrk where installed (auto), else the standard library's threads.",
        )

    def handle(
        self,
        *args,
        host: str,
        port: int,
        connections: str,
        seconds: float,
        only: str,
        generator: str,
        **options,
    ):
        use_wrk = generator == "wrk" or (generator == "auto" and wrk_available())
        hammer_with = hammer_wrk if use_wrk else hammer
        self.stdout.write(f"Load generator: {'wrk' if use_wrk else 'Python threads'}")
        # Say whether a reader's pages are kept (sern_portal.reader_cache): with 0, every signed-in
        # request draws its page, and the table shows what drawing costs.
        self.stdout.write(f"READER_PAGE_CACHE_SECONDS={settings.READER_PAGE_CACHE_SECONDS}")
        pages = [page for page in main_pages() if not only or only.lower() in page.label.lower()]
        cookies: dict[str | None, str] = {None: ""}
        for user in sorted({page.user for page in pages if page.user}):
            session = Session(host, port)
            session.sign_in(user, settings.DEMO_PASSWORD)
            cookies[user] = session.header()
        # Steady state is measured: each page is read for a second first, so that every worker has
        # compiled its templates, filled the shared caches and frozen its start-up objects out of
        # the garbage collector (``sern_portal.gc_freeze``) before the clock runs.
        warm_up = [
            ("/loadtest/noop", ""),
            ("/en/", ""),
            *((page.path, cookies[page.user]) for page in pages if page.user),
        ]
        for path, cookie in warm_up:
            hammer_with(host, port, path, cookie, 6, 1, "warm-up")
        for level in [int(value) for value in connections.split(",") if value.strip()]:
            self.stdout.write(f"\n{level} connections, {seconds:.0f} s per page:")
            noop = hammer_with(host, port, "/loadtest/noop", "", level, seconds, "trivial view (no database)")
            home = hammer_with(host, port, "/en/", "", level, seconds, "public home (anonymous)")
            results = [noop, home]
            for page in pages:
                if page.user is None:
                    continue
                results.append(
                    hammer_with(host, port, page.path, cookies[page.user], level, seconds, page.label)
                )
                self.stdout.write(f"  {page.label}: {results[-1].rate:.1f} req/s")
            self.stdout.write(table(results, home))

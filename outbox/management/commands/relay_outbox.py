import time

from django.core.management.base import BaseCommand

from outbox.queue import prune_sent, relay_pending


class Command(BaseCommand):
    help = (
        "Hand the outbox's pending tasks to Celery, every few seconds (or once with --once); "
        "forget the ones sent more than a week ago."
    )

    def add_arguments(self, parser):
        parser.add_argument("--once", action="store_true", help="relay what is pending, then stop")
        parser.add_argument("--interval", type=float, default=5.0, help="seconds between passes")

    def handle(self, *args, once: bool = False, interval: float = 5.0, **options):
        while True:
            sent = relay_pending()
            prune_sent()
            if sent:
                self.stdout.write(f"relayed {sent} task(s)")
            if once:
                return
            time.sleep(interval)

import time

from django.core.management.base import BaseCommand

from sern_portal.scale.growth import grow


class Command(BaseCommand):
    help = (
        "Grows the demo network (run seed_demo first) to a large size for measuring pages: "
        "--scale 1 is 10,000 members, 50,000 ideas, 100,000 news and calls (issue 16)."
    )

    def add_arguments(self, parser):
        parser.add_argument("--scale", type=float, default=1.0, help="1 = the large network; 0.1 = a tenth.")

    def handle(self, *args, scale: float, **options) -> None:
        started = time.monotonic()
        counts = grow(scale, log=self.stdout.write)
        seconds = time.monotonic() - started
        self.stdout.write(self.style.SUCCESS(f"Grown ×{scale} in {seconds:.0f} s: {counts}"))

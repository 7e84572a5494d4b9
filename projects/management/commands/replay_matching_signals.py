"""Print what each portal signal adds, on the ideas members answered (the portal's history)."""

from django.core.management.base import BaseCommand, CommandParser

from projects.models import InterestStatus
from projects.services.group_replay import ANSWERED
from projects.services.signal_replay import replay_signals


class Command(BaseCommand):
    help = (
        "Replay the ideas members answered with interest over today's profiles, with the engine "
        "and with each portal signal left out in turn (profile texts, expertise pool, priorities, "
        "working groups, call, the lead's projects, place, activity, interest history, "
        "dismissals); prints recall@k, MRR, the mean rank of the answering organisations and how "
        "many answers each signal moves up or down. Writes nothing."
    )

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("--k", type=int, default=10)
        parser.add_argument("--accepted-only", action="store_true", help="only interests the lead accepted")

    def handle(self, *args, **options) -> None:
        statuses = (InterestStatus.ACCEPTED,) if options["accepted_only"] else ANSWERED
        for line in replay_signals(k=options["k"], statuses=statuses).lines():
            self.stdout.write(line)

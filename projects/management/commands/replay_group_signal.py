"""Print what the working-group interest signal changes for the ideas members answered."""

from django.core.management.base import BaseCommand, CommandParser

from projects.models import InterestStatus
from projects.services.group_replay import ANSWERED, replay_group_signal


class Command(BaseCommand):
    help = (
        "Replay the ideas members answered with interest over today's profiles, with and without "
        "the working-group signal; prints recall@k, MRR and the mean rank of the answering "
        "organisations. Writes nothing."
    )

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("--k", type=int, default=10)
        parser.add_argument("--accepted-only", action="store_true", help="only interests the lead accepted")

    def handle(self, *args, **options) -> None:
        statuses = (InterestStatus.ACCEPTED,) if options["accepted_only"] else ANSWERED
        result = replay_group_signal(k=options["k"], statuses=statuses)
        for line in result.lines():
            self.stdout.write(line)

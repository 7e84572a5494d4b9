from django.core.management.base import BaseCommand, CommandError

from mailings.services.mailings import record_bounce


class Command(BaseCommand):
    help = (
        "Records a bounce reported by the mail provider: marks the latest mailing delivered to the "
        "address (or that of --mailing) as bounced, shown in the mailing's send log."
    )

    def add_arguments(self, parser):
        parser.add_argument("address")
        parser.add_argument("--reason", default="")
        parser.add_argument("--mailing", type=int, default=None)

    def handle(self, *args, address: str, reason: str, mailing: int | None, **options) -> None:
        delivery = record_bounce(address, reason, mailing)
        if delivery is None:
            raise CommandError(f"No sent mailing to {address} was found.")
        self.stdout.write(f"Bounce recorded: mailing {delivery.mailing_id}, delivery {delivery.pk}.")

from django.core.management.base import BaseCommand
from django.db import transaction

from translations.services.states import sync_all


class Command(BaseCommand):
    help = (
        "Brings the translation states of every tracked text up to date (run once after deploying "
        "the translations app, and after any bulk import that bypassed the models' save)."
    )

    def handle(self, *args, **options) -> None:
        with transaction.atomic():
            count = sync_all()
        self.stdout.write(self.style.SUCCESS(f"Translation states checked for {count} objects."))

from importlib import import_module

from django.core.management.base import BaseCommand
from django.db import transaction

# Each app adds its part of the demo (its package `<app>/demo/`) here, in dependency order.
DEMO_SEEDERS = [
    "members.demo.seed_organisations",
    "members.demo.seed_accounts",
    "members.demo.seed_member_contacts",
    "members.demo.seed_fee_schedule",
    "members.demo.seed_meetings",
    "members.demo.seed_applications",
    "members.demo.seed_expertise",
    "members.demo.seed_board_paperwork",
    "members.demo.seed_member_record",
    "information.demo.seed_news",
    "information.demo.seed_calls",
    "events.demo.seed_events",
    "events.demo.seed_registrations",
    "projects.demo.seed_project_history",
    "projects.demo.seed_project_ideas",
    # Before the suggestions: group membership is one of the matching's signals.
    "workinggroups.demo.seed_working_groups",
    "projects.demo.seed_partner_suggestions",
    "evaluation.demo.seed_risks",
    "library.demo.seed_documents",
    "translations.demo.seed_translations",
    "billing.demo.seed_billing_details",
    "billing.demo.seed_invoices",
    "mailings.demo.seed_mailings",
]


class Command(BaseCommand):
    help = "Builds the deterministic demo network (safe to run again: it changes nothing)."

    def handle(self, *args, **options) -> None:
        with transaction.atomic():
            for dotted in DEMO_SEEDERS:
                module, name = dotted.rsplit(".", 1)
                result = getattr(import_module(module), name)()
                self.stdout.write(f"{dotted}: {len(result)}")
        self.stdout.write(self.style.SUCCESS("Demo data ready."))

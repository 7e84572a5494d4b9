from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class BillingConfig(AppConfig):
    name = "billing"
    verbose_name = _("Fees and invoices")

    def ready(self) -> None:
        from sern_portal import timeline

        from .timeline import billing_timeline

        timeline.register("billing", billing_timeline)

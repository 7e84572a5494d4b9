from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class MailingsConfig(AppConfig):
    name = "mailings"
    verbose_name = _("Mailings")

    def ready(self) -> None:
        from sern_portal import timeline

        from . import rules  # noqa: F401  (registers the permissions)
        from .selectors import mailings_timeline

        timeline.register("mailings", mailings_timeline)

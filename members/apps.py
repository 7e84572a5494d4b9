from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class MembersConfig(AppConfig):
    name = "members"
    verbose_name = _("Members")

    def ready(self) -> None:
        from sern_portal import timeline

        from . import record_tasks, rules_record, signals  # noqa: F401  (tasks, permissions, receivers)
        from .timeline import SOURCES

        for name, source in SOURCES.items():
            timeline.register(name, source)

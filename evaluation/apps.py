from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class EvaluationConfig(AppConfig):
    name = "evaluation"
    verbose_name = _("Strategy evaluation")

    def ready(self) -> None:
        from sern_portal import versions

        from .services.dashboard import queue_dashboard_refresh

        # Every change of a figure queues the dashboard's refresh (merged while one is pending).
        versions.on_change("evaluation", queue_dashboard_refresh)

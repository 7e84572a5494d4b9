from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class ProjectsConfig(AppConfig):
    name = "projects"
    verbose_name = _("Projects")

    def ready(self) -> None:
        from sern_portal import timeline

        from . import signals  # noqa: F401  (figures refresh, matching recomputes)
        from .timeline import ideas

        timeline.register("projects.ideas", ideas)

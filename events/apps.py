from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class EventsConfig(AppConfig):
    name = "events"
    verbose_name = _("Events")

    def ready(self) -> None:
        from sern_portal import timeline

        from .timeline import attended

        timeline.register("events.attended", attended)

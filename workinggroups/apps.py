from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class WorkingGroupsConfig(AppConfig):
    name = "workinggroups"
    verbose_name = _("Working groups")

    def ready(self) -> None:
        from sern_portal import timeline

        from .timeline import working_group_entries

        timeline.register("working_groups", working_group_entries)

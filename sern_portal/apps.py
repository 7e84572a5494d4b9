from django.apps import AppConfig, apps
from django.db.models.signals import post_migrate

# The portal's own apps (their models' choice labels are read once per language: choice_labels).
PORTAL_APPS = frozenset(
    {
        "billing",
        "evaluation",
        "events",
        "information",
        "library",
        "mailings",
        "members",
        "outbox",
        "projects",
        "strategy",
        "translations",
        "workinggroups",
    }
)


class SernPortalConfig(AppConfig):
    name = "sern_portal"
    verbose_name = "SERN Portal"

    def ready(self) -> None:
        from . import choice_labels, versions
        from .site import sync_site_record

        versions.connect()
        choice_labels.install(model for model in apps.get_models() if model._meta.app_label in PORTAL_APPS)
        # Connected for the sites app, after its own handler has created the default record.
        post_migrate.connect(
            sync_site_record, sender=apps.get_app_config("sites"), dispatch_uid="sern-sync-site-record"
        )

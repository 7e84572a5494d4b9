from pathlib import Path

from django.apps import AppConfig, apps
from django.db.models.signals import post_migrate


class SernPortalConfig(AppConfig):
    name = "sern_portal"
    verbose_name = "SERN Portal"

    def ready(self) -> None:
        from . import choice_labels, versions
        from .site import sync_site_record

        versions.connect()
        # The portal's own apps are the folders at the repository's root (the sern_portal package's
        # parent); installed libraries keep Django's own get_FOO_display.
        root = Path(self.path).parent
        choice_labels.install(
            model
            for config in apps.get_app_configs()
            if Path(config.path).parent == root
            for model in config.get_models()
        )
        # Connected for the sites app, after its own handler has created the default record.
        post_migrate.connect(
            sync_site_record, sender=apps.get_app_config("sites"), dispatch_uid="sern-sync-site-record"
        )

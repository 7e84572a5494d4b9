from django.apps import AppConfig, apps
from django.db.models.signals import post_migrate


class SernPortalConfig(AppConfig):
    name = "sern_portal"
    verbose_name = "SERN Portal"

    def ready(self) -> None:
        from . import versions
        from .site import sync_site_record

        versions.connect()
        # Connected for the sites app, after its own handler has created the default record.
        post_migrate.connect(
            sync_site_record, sender=apps.get_app_config("sites"), dispatch_uid="sern-sync-site-record"
        )

from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class TranslationsConfig(AppConfig):
    name = "translations"
    verbose_name = _("Translations of content")

    def ready(self) -> None:
        from django.db.models.signals import post_delete, post_save

        from .registry import tracked_models
        from .signals import forget_object, track_object

        for model in tracked_models():
            post_save.connect(
                track_object, sender=model, dispatch_uid=f"translations.track.{model._meta.label}"
            )
            post_delete.connect(
                forget_object, sender=model, dispatch_uid=f"translations.forget.{model._meta.label}"
            )

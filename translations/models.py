"""The state of each translation of each translatable field: missing, machine draft, checked, outdated."""

from django.conf import settings
from django.contrib.contenttypes.fields import GenericForeignKey
from django.contrib.contenttypes.models import ContentType
from django.core.exceptions import FieldDoesNotExist
from django.db import models
from django.utils.translation import gettext_lazy as _


class TranslationState(models.TextChoices):
    MISSING = "missing", _("Missing")
    MACHINE = "machine", _("Machine draft")
    CHECKED = "checked", _("Checked")
    # The source text changed after the translation was drafted or checked.
    OUTDATED = "outdated", _("Outdated")


UNCHECKED_STATES = (TranslationState.MISSING, TranslationState.MACHINE, TranslationState.OUTDATED)


class FieldTranslation(models.Model):
    """One field of one object in one target language, and how far its translation is.

    ``source_hash`` is the hash of the source text (the default language's) the translation was
    made from: when the source changes, a drafted or checked translation becomes outdated.
    """

    content_type = models.ForeignKey(ContentType, on_delete=models.CASCADE, verbose_name=_("kind of content"))
    object_id = models.PositiveBigIntegerField(_("object"))
    content_object = GenericForeignKey("content_type", "object_id")
    field = models.CharField(_("field"), max_length=60)
    language = models.CharField(_("language"), max_length=8, choices=settings.LANGUAGES)
    state = models.CharField(
        _("state"), max_length=10, choices=TranslationState.choices, default=TranslationState.MISSING
    )
    source_hash = models.CharField(_("source hash"), max_length=64, blank=True)
    machine_requested_at = models.DateTimeField(_("machine draft requested"), null=True, blank=True)
    machine_error = models.CharField(_("machine translation error"), max_length=500, blank=True)
    # The nonce of the pending asynchronous request (eTranslation): its callback must carry it.
    pending_nonce = models.CharField(max_length=64, blank=True, editable=False)
    checked_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("checked by"),
    )
    updated_at = models.DateTimeField(_("updated"), auto_now=True)

    class Meta:
        ordering = ["content_type", "object_id", "field", "language"]
        verbose_name = _("field translation")
        verbose_name_plural = _("field translations")
        constraints = [
            models.UniqueConstraint(
                fields=["content_type", "object_id", "field", "language"],
                name="one_state_per_field_and_language",
            )
        ]
        indexes = [models.Index(fields=["state", "language"], name="translation_state_language")]

    def __str__(self) -> str:
        return f"{self.content_type_id}:{self.object_id}.{self.field} [{self.language}] {self.state}"

    @property
    def field_label(self) -> str:
        """The field's name as people read it (no query: content types are cached)."""
        model = self.content_type.model_class()
        try:
            return str(model._meta.get_field(self.field).verbose_name).capitalize()
        except (AttributeError, FieldDoesNotExist):  # a model or field gone since: show its code
            return self.field

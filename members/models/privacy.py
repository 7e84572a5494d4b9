"""The record of every erasure of personal data: append-only, and without the data it erased."""

from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from sern_portal.append_only import AppendOnlyModel
from sern_portal.fields import acting_user


class ErasureKind(models.TextChoices):
    ACCOUNT = "account", _("Account erased at the person's request")
    APPLICATION = "application", _("Application's personal data erased (retention period over)")


class ErasureRecord(AppendOnlyModel):
    """That something was erased, when and by whom: what it was is gone, by design.

    ``subject_id`` is a number, not a foreign key: the record must outlive what it is about.
    """

    kind = models.CharField(_("kind"), max_length=20, choices=ErasureKind.choices)
    subject_id = models.PositiveBigIntegerField(_("id of the account or application"))
    # How many rows of each kind were erased or anonymised ({"e-mail addresses": 1, ...}).
    summary = models.JSONField(_("summary"), default=dict, blank=True)
    by = acting_user(_("by"))
    at = models.DateTimeField(_("when"), default=timezone.now)

    class Meta:
        ordering = ["at", "pk"]
        verbose_name = _("erasure record")
        verbose_name_plural = _("erasure records")

    def __str__(self) -> str:
        return f"{self.get_kind_display()} #{self.subject_id}"

"""The few models the whole portal shares (the apps' own models live in their packages)."""

from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _


class SentNotification(models.Model):
    """Marks an e-mail as sent, so a task that runs twice sends it once (``mail.send_once``)."""

    key = models.CharField(max_length=200, unique=True)
    sent_at = models.DateTimeField(default=timezone.now)

    class Meta:
        # The table was created by the members app, which kept this model until it moved here.
        db_table = "members_sentnotification"
        verbose_name = _("sent notification")
        verbose_name_plural = _("sent notifications")

    def __str__(self) -> str:
        return self.key

from django.db import models
from django.utils.translation import gettext as _


class AppendOnlyModel(models.Model):
    """A log record: written once, never changed or deleted (an audit trail, not a cache)."""

    class Meta:
        abstract = True

    def save(self, *args, **kwargs):
        if not self._state.adding:
            raise ValueError(_("Log records cannot be changed."))
        super().save(*args, **kwargs)

    def delete(self, *args, **kwargs):
        raise ValueError(_("Log records cannot be deleted."))

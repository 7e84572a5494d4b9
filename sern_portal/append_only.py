"""Append-only records: the audit trails of the workflows (written once, never changed or deleted).

Every way of changing a row through the ORM is refused: ``save`` of an existing row and
``delete`` of an instance, and the queryset's ``update``, ``delete`` and ``bulk_update`` (so
``IdeaPhaseChange.objects.filter(...).delete()`` raises too). Deleting the record a log belongs
to still cascades (Django's collector deletes with raw SQL), and an account's deletion still
clears ``changed_by`` (``SET_NULL``): the trail keeps what happened, not who, when the person
asked to be forgotten.
"""

from django.db import models
from django.utils.translation import gettext as _


class AppendOnlyError(ValueError):
    """Somebody tried to change or delete a log record."""


class AppendOnlyQuerySet(models.QuerySet):
    def update(self, **kwargs):
        raise AppendOnlyError(_("Log records cannot be changed."))

    def bulk_update(self, objs, fields, batch_size=None):
        raise AppendOnlyError(_("Log records cannot be changed."))

    def delete(self):
        raise AppendOnlyError(_("Log records cannot be deleted."))

    delete.queryset_only = True


class AppendOnlyModel(models.Model):
    """A log record: written once, never changed or deleted (an audit trail, not a cache)."""

    objects = AppendOnlyQuerySet.as_manager()

    class Meta:
        abstract = True

    def save(self, *args, **kwargs):
        if not self._state.adding:
            raise AppendOnlyError(_("Log records cannot be changed."))
        super().save(*args, **kwargs)

    def delete(self, *args, **kwargs):
        raise AppendOnlyError(_("Log records cannot be deleted."))

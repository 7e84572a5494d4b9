"""Model fields that several apps declare the same way."""

from django.conf import settings
from django.db import models
from django.utils.functional import Promise


def acting_user(verbose_name: str | Promise) -> models.ForeignKey:
    """The person who did something to a record (created, decided, dismissed it…).

    Deleting the account keeps the record and forgets the person (``SET_NULL``); there is no reverse
    accessor (``related_name="+"``) because nobody asks a user for everything they touched.
    The field deconstructs exactly as the spelled-out ForeignKey did, so no migration follows.
    """
    return models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=verbose_name,
    )

"""Keep the public figures fresh: any change to the records behind them queues a recompute."""

from django.db import connection, transaction
from django.db.models.signals import m2m_changed, post_delete, post_save
from django.dispatch import Signal, receiver

from members.models import Organisation

from .models import ProjectRecord


def _send_refresh_task() -> None:
    from strategy.tasks import refresh_network_figures

    refresh_network_figures.delay()


def queue_figures_refresh() -> None:
    """Queue one refresh per transaction, however many records it changed (debounce)."""
    if any(func is _send_refresh_task for _sids, func, *_rest in connection.run_on_commit):
        return
    transaction.on_commit(_send_refresh_task)


@receiver(post_save, sender=ProjectRecord)
@receiver(post_delete, sender=ProjectRecord)
@receiver(post_save, sender=Organisation)
@receiver(post_delete, sender=Organisation)
def records_changed(sender, **kwargs) -> None:
    if kwargs.get("raw"):
        return
    queue_figures_refresh()


@receiver(m2m_changed, sender=ProjectRecord.partners.through)
def partners_changed(sender, action: str, **kwargs) -> None:
    if action in {"post_add", "post_remove", "post_clear"}:
        queue_figures_refresh()


# Sent (on commit) whenever an idea or its phase changes: partner matching recomputes on it.
idea_changed = Signal()

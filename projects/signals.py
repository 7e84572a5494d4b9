"""Keep the public figures fresh: any change to the records behind them queues a recompute."""

from django.db.models.signals import m2m_changed, post_delete, post_save
from django.dispatch import Signal, receiver

from members.models import Organisation, StaffExpert
from outbox.queue import enqueue

from .models import ExpressionOfInterest, ProjectRecord


def queue_figures_refresh() -> None:
    """Queue one refresh, however many records the transaction changed (the outbox merges them)."""
    enqueue("strategy.tasks.refresh_network_figures", key="strategy:refresh-network-figures")


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


# Sent (inside the transaction) whenever an idea or its phase changes: partner matching recomputes on it.
idea_changed = Signal()


# --- Partner matching: recompute suggestions when an idea or a member's profile changes ---------


@receiver(idea_changed)
def recompute_changed_idea(sender, idea_id: int, **kwargs) -> None:
    from .services.recompute import queue_idea_recompute

    queue_idea_recompute(idea_id)


@receiver(post_save, sender=ExpressionOfInterest)
def recompute_answered_idea(sender, instance: ExpressionOfInterest, **kwargs) -> None:
    """Members who expressed interest (or were declined) leave the idea's suggestions."""
    if kwargs.get("raw"):
        return
    from .services.recompute import queue_idea_recompute

    queue_idea_recompute(instance.idea_id)


@receiver(post_save, sender=Organisation)
@receiver(post_save, sender=StaffExpert)
@receiver(post_delete, sender=StaffExpert)
def recompute_after_profile_change(sender, instance, **kwargs) -> None:
    """A profile (description, priorities, expertise) can change open ideas' suggestions: those
    that hold this member, before or after the change."""
    if kwargs.get("raw"):
        return
    from .services.recompute import queue_profile_recompute

    queue_profile_recompute(instance.pk if isinstance(instance, Organisation) else instance.organisation_id)


@receiver(m2m_changed, sender=Organisation.priorities.through)
@receiver(m2m_changed, sender=StaffExpert.areas.through)
def recompute_after_profile_tags_change(sender, instance, action: str, reverse: bool, **kwargs) -> None:
    if action not in {"post_add", "post_remove", "post_clear"}:
        return
    from .services.recompute import queue_open_ideas_recompute, queue_profile_recompute

    if reverse:  # a priority or an area changed its members: any of them
        queue_open_ideas_recompute()
    else:
        queue_profile_recompute(
            instance.pk if isinstance(instance, Organisation) else instance.organisation_id
        )

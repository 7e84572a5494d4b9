"""Keep the translation states in step with the content: every save of a tracked model."""

from .services.states import forget, sync_object


def track_object(sender, instance, raw=False, **kwargs) -> None:
    if not raw:
        sync_object(instance)


def forget_object(sender, instance, **kwargs) -> None:
    forget(instance)

from celery import shared_task

from .figures import store_network_figures


@shared_task(ignore_result=False)
def refresh_network_figures() -> int:
    """Recompute the public figures and store them as a new snapshot; returns its id."""
    return store_network_figures().pk

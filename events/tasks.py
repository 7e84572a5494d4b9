from celery import shared_task

from .services import _mail_promoted


@shared_task
def mail_place_confirmed(registration_id: int) -> bool:
    """Tell the person promoted from the waiting list that their place is confirmed (once only)."""
    return _mail_promoted(registration_id)

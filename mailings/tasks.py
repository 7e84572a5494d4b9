"""The mailing's sending task: takes the mailing's id, safe to run twice (see send_queued)."""

from celery import shared_task

from .services.mailings import mark_stalled_in_doubt, send_queued


@shared_task
def send_mailing(mailing_id: int) -> int:
    return send_queued(mailing_id)


@shared_task
def mark_stalled_deliveries() -> int:
    """Periodic: deliveries a stopped worker left "being sent" become "perhaps not sent"."""
    return mark_stalled_in_doubt()

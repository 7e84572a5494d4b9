"""The mailing's sending task: takes the mailing's id, safe to run twice (see send_queued)."""

from celery import shared_task

from .services.mailings import send_queued


@shared_task
def send_mailing(mailing_id: int) -> int:
    return send_queued(mailing_id)

import datetime

from celery import shared_task

from members.models import User

from .digest import digest_recipients, send_digest, week_end


@shared_task
def send_weekly_digests() -> int:
    """Queue one digest per recipient for the week that just ended (run by beat on Mondays)."""
    until = week_end().isoformat()
    count = 0
    for user_id in digest_recipients().values_list("pk", flat=True):
        send_weekly_digest.delay(user_id, until)
        count += 1
    return count


@shared_task
def send_weekly_digest(user_id: int, until: str) -> bool:
    """Idempotent: a second run for the same user and week sends nothing."""
    user = User.objects.filter(pk=user_id).first()
    if user is None:
        return False
    return send_digest(user, datetime.datetime.fromisoformat(until)) is not None

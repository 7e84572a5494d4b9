from celery import shared_task

from members.models import User
from sern_portal.mail import send_to_user

from .models import ExpressionOfInterest, InterestStatus


def _contacts_of(organisation_id: int):
    return User.objects.filter(
        organisation_contacts__organisation_id=organisation_id, is_active=True
    ).order_by("email")


def _interest(interest_id: int) -> ExpressionOfInterest | None:
    return (
        ExpressionOfInterest.objects.select_related("idea", "idea__lead", "organisation")
        .filter(pk=interest_id)
        .first()
    )


@shared_task
def notify_interest_expressed(interest_id: int, status: str = InterestStatus.PENDING) -> int:
    """E-mail the lead's contacts about a new expression of interest; returns how many were sent.

    Does nothing when the expression has meanwhile left the status it was queued for.
    """
    interest = _interest(interest_id)
    if interest is None or interest.status != status:
        return 0
    context = {"interest": interest, "idea": interest.idea}
    sent = 0
    for user in _contacts_of(interest.idea.lead_id):
        send_to_user(user, "projects/emails/interest_expressed", context)
        sent += 1
    return sent


@shared_task
def notify_interest_decided(interest_id: int, status: str) -> int:
    """E-mail the interested member's contacts that the lead accepted or declined; returns the count."""
    interest = _interest(interest_id)
    if interest is None or interest.status != status:
        return 0
    context = {"interest": interest, "idea": interest.idea, "accepted": status == InterestStatus.ACCEPTED}
    sent = 0
    for user in _contacts_of(interest.organisation_id):
        send_to_user(user, "projects/emails/interest_decided", context)
        sent += 1
    return sent

"""E-mails of the member record: the yearly request to confirm the contacts (imported by the
app's ``ready()``, so workers know the task)."""

from celery import shared_task
from django.utils import timezone

from sern_portal.mail import send_once

from .models import ContactConfirmationRequest
from .tasks import url_in


@shared_task
def send_contact_confirmation_requests(year: int) -> int:
    """E-mail each request of ``year`` not e-mailed yet, once per contact person and year (the
    ``send_once`` key), in the person's language; marks it e-mailed. Idempotent."""
    sent = 0
    pending = ContactConfirmationRequest.objects.filter(year=year, sent_at__isnull=True).select_related(
        "contact__user", "organisation"
    )
    for request in pending:
        user = request.contact.user
        if user.is_active:
            sent += send_once(
                f"contact-confirmation:{year}:{request.contact_id}",
                user,
                "members/emails/contact_confirmation",
                {
                    "organisation": request.organisation,
                    "year": year,
                    "link": url_in(user.language, "my_contacts"),
                },
            )
        ContactConfirmationRequest.objects.filter(pk=request.pk, sent_at__isnull=True).update(
            sent_at=timezone.now()
        )
    return sent

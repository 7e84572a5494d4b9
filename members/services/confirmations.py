"""The yearly "please confirm your contacts": the secretariat asks, each contact person answers."""

from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from outbox.queue import enqueue

from ..models import ContactConfirmationRequest, Organisation, OrganisationContact
from .errors import TransitionRefused

SEND_TASK = "members.record_tasks.send_contact_confirmation_requests"


def request_contact_confirmations(year: int, actor) -> int:
    """Ask every contact person of every current member to confirm its organisation's contacts.

    Side effects, in order: creates one ``ContactConfirmationRequest`` per contact person and
    year for the contacts not asked yet this year (a second click creates none: the database
    refuses a second request per contact and year too); queues one task through the outbox
    (``send_contact_confirmation_requests``) that e-mails each new request once, in the
    recipient's language. Returns the number of requests created.
    """
    with transaction.atomic():
        asked = ContactConfirmationRequest.objects.filter(year=year).values("contact_id")
        contacts = (
            OrganisationContact.objects.filter(
                organisation__in=Organisation.objects.members(), user__is_active=True
            )
            .exclude(pk__in=asked)
            .values_list("pk", "organisation_id")
        )
        new = ContactConfirmationRequest.objects.bulk_create(
            [
                ContactConfirmationRequest(
                    year=year, contact_id=pk, organisation_id=organisation_id, requested_by=actor
                )
                for pk, organisation_id in contacts
            ],
            ignore_conflicts=True,
        )
        if new:
            enqueue(SEND_TASK, year, key=f"members:contact-confirmations:{year}")
    return len(new)


def confirm_contacts(request: ContactConfirmationRequest, user) -> bool:
    """The contact person confirms its organisation's contacts and roles for the year.

    Side effects: refuses anybody but the person asked (the view answers 404 before); sets
    ``confirmed_at`` with a conditional ``UPDATE … WHERE confirmed_at IS NULL``, so a double
    submit confirms once. Returns whether this call confirmed it (False: it was already).
    """
    if request.contact.user_id != user.pk:
        raise TransitionRefused(_("Only the person asked can answer this request."))
    now = timezone.now()
    updated = ContactConfirmationRequest.objects.filter(pk=request.pk, confirmed_at__isnull=True).update(
        confirmed_at=now
    )
    if updated:
        request.confirmed_at = now
    return bool(updated)

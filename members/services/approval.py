"""What approval does: the organisation becomes a member, owes its first fee, its contacts get access."""

from allauth.account.models import EmailAddress

from outbox.queue import enqueue
from sern_portal.slugs import unique_slug

from ..models import (
    BoardMeeting,
    MembershipApplication,
    Organisation,
    OrganisationContact,
    User,
)


def admit_member(application: MembershipApplication, meeting: BoardMeeting) -> Organisation:
    """Create (or link) the organisation as a member from the meeting date, queue its first
    year's fee invoice (``billing.tasks.invoice_new_member`` issues it from the fee table after the
    commit), and give Member access to every contact person (new accounts for addresses without
    one). Invitation e-mails are queued (outbox, sent after the commit).
    """
    fields = {
        "name": application.name,
        "kind": application.kind,
        "is_public": application.is_public,
        "country": application.country,
        "region": application.region,
        "town": application.town,
        "inhabitants": application.inhabitants,
        "employees": application.employees,
        "annual_budget_eur": application.annual_budget_eur,
        "website": application.website,
        "address": application.address,
        "member_since": meeting.date,
        "member_until": None,
    }
    organisation = application.organisation
    if organisation is None:
        organisation = Organisation.objects.create(
            slug=unique_slug(Organisation, application.name, fallback="member"), **fields
        )
        MembershipApplication.objects.filter(pk=application.pk).update(organisation=organisation)
    else:
        for name, value in fields.items():
            setattr(organisation, name, value)
        organisation.save()
    organisation.priorities.add(*application.priorities.all())

    # The fee state is computed from invoices (app billing): the invoice is issued by its task,
    # queued by name so that members never imports billing.
    enqueue("billing.tasks.invoice_new_member", organisation.pk, meeting.date.year)

    people = [(application.applicant.email, application.applicant.name, "")]
    people += [(c.email, c.name, c.job_title) for c in application.contacts.all()]
    seen = set()
    for email, name, job_title in people:
        email = email.strip().lower()
        if email in seen:
            continue
        seen.add(email)
        user = User.objects.filter(email=email).first()
        if user is None:
            # No password yet: the invitation leads to allauth's "set your password" page.
            user = User.objects.create_user(email, None, name=name, language=application.applicant.language)
            EmailAddress.objects.create(user=user, email=email, verified=True, primary=True)
        contact, _created = OrganisationContact.objects.get_or_create(
            organisation=organisation,
            user=user,
            defaults={"job_title": job_title, "is_primary": user.pk == application.applicant_id},
        )
        enqueue("members.tasks.send_member_invitation", contact.pk)
    return organisation

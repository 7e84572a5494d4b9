"""Demo data of the member record: contact roles (every member has a legal representative and a
billing contact), a few notes by the secretariat, one member resigning at the end of the year, and
this year's contact confirmation, partly answered.

Deterministic (fixed dates; the confirmation round and the resignation belong to the current
year, like the demo's Board meetings, so the desk shows them) and idempotent (rows are created
only when missing; nothing is saved again).
"""

import datetime

from django.utils import timezone

from sern_portal.demo import stable_number

from ..models import (
    ContactConfirmationRequest,
    ContactRole,
    ContactRoleAssignment,
    MembershipEnd,
    MembershipEndReason,
    Organisation,
    OrganisationContact,
    OrganisationNote,
    User,
)
from .organisations import DEMO_ACCOUNTS

R = ContactRole
# The demo accounts' organisations stay members, and their contacts have the year's request
# still to answer, so whoever tries the demo can answer it.
ACCOUNT_ORGANISATIONS = {slug for *_rest, slug in DEMO_ACCOUNTS if slug}
ACCOUNT_EMAILS = {email for email, *_rest in DEMO_ACCOUNTS}
NOTES = [
    (
        "lulea-kommun",
        datetime.datetime(2025, 3, 12, 10, 30),
        "Phoned Anna: the municipality wants to lead an idea on school mobility; sent her the Erasmus+ call.",
    ),
    (
        "lulea-kommun",
        datetime.datetime(2025, 11, 4, 15, 0),
        "The new billing address arrives with the 2026 budget (December).",
    ),
    (
        "comune-di-parma",
        datetime.datetime(2025, 6, 2, 9, 15),
        "Hosting the General Assembly in 2026 is agreed in principle; the Mayor's office "
        "confirms by the end of June.",
    ),
]


def aware(moment: datetime.datetime) -> datetime.datetime:
    return timezone.make_aware(moment)


def seed_contact_roles() -> list[ContactRoleAssignment]:
    """The first contact person is legal representative and billing contact; a second one, where
    there is one, communication and project contact; one member shows an ended role."""
    assignments = []
    for organisation in Organisation.objects.members().order_by("slug"):
        contacts = list(OrganisationContact.objects.filter(organisation=organisation).order_by("pk")[:2])
        if not contacts:
            continue
        since = organisation.member_since
        wanted = [(contacts[0], R.LEGAL_REPRESENTATIVE), (contacts[0], R.BILLING)]
        if len(contacts) > 1:
            wanted += [(contacts[1], R.COMMUNICATION), (contacts[1], R.PROJECT)]
        for contact, role in wanted:
            assignment, _created = ContactRoleAssignment.objects.get_or_create(
                contact=contact, role=role, starts_on=since
            )
            assignments.append(assignment)
        if organisation.slug == "lulea-kommun":  # a role that ended: the record keeps its history
            assignment, _created = ContactRoleAssignment.objects.get_or_create(
                contact=contacts[0],
                role=R.COMMUNICATION,
                starts_on=since,
                defaults={"ends_on": datetime.date(2024, 12, 31)},
            )
            assignments.append(assignment)
    return assignments


def secretariat_author() -> User | None:
    return User.objects.filter(is_secretariat=True).order_by("pk").first()


def seed_notes() -> list[OrganisationNote]:
    author = secretariat_author()
    notes = []
    for slug, moment, text in NOTES:
        organisation = Organisation.objects.filter(slug=slug).first()
        if organisation is None:
            continue
        note = OrganisationNote.objects.filter(organisation=organisation, text=text).first()
        if note is None:
            note = OrganisationNote.objects.create(
                organisation=organisation, text=text, author=author, created_at=aware(moment)
            )
        notes.append(note)
    return notes


def resigning_member() -> Organisation | None:
    """A Swedish member without a demo account, the same on every machine."""
    candidates = Organisation.objects.filter(country="SE", member_since__isnull=False).exclude(
        slug__in=ACCOUNT_ORGANISATIONS
    )
    return min(candidates, key=lambda o: stable_number(o.slug), default=None)


def seed_resignation() -> list[MembershipEnd]:
    """One member resigns at the end of the current year (still a member until then, so the other
    seeders, run again, see the same members)."""
    organisation = resigning_member()
    if organisation is None:
        return []
    year = timezone.localdate().year
    end = MembershipEnd.objects.filter(organisation=organisation).first()
    if end is None:
        end = MembershipEnd.objects.create(
            organisation=organisation,
            ends_on=datetime.date(year, 12, 31),
            reason=MembershipEndReason.RESIGNED,
            explanation="Letter of resignation from the municipal council: membership ends with the year.",
            recorded_by=secretariat_author(),
            recorded_at=aware(datetime.datetime(year, 1, 15, 11, 0)),
        )
        Organisation.objects.filter(pk=organisation.pk).update(member_until=end.ends_on)
        OrganisationNote.objects.create(
            organisation=organisation,
            text="Resignation received; the contacts keep the Members Area until 31 December.",
            author=end.recorded_by,
            created_at=aware(datetime.datetime(year, 1, 15, 11, 5)),
        )
    return [end]


def seed_contact_confirmations() -> list[ContactConfirmationRequest]:
    """This year's round, e-mailed on 10 January; about half answered (never the demo accounts)."""
    year = timezone.localdate().year
    asked_on = aware(datetime.datetime(year, 1, 10, 9, 0))
    requests = []
    contacts = OrganisationContact.objects.filter(
        organisation__in=Organisation.objects.members()
    ).select_related("user", "organisation")
    for contact in contacts.order_by("pk"):
        answered = (
            contact.user.email not in ACCOUNT_EMAILS and stable_number(contact.organisation.slug) % 2 == 0
        )
        request, _created = ContactConfirmationRequest.objects.get_or_create(
            year=year,
            contact=contact,
            defaults={
                "organisation": contact.organisation,
                "requested_at": asked_on,
                "requested_by": secretariat_author(),
                "sent_at": asked_on,
                "confirmed_at": aware(datetime.datetime(year, 1, 20, 14, 0)) if answered else None,
            },
        )
        requests.append(request)
    return requests


def seed_member_record() -> list:
    return [*seed_contact_roles(), *seed_notes(), *seed_resignation(), *seed_contact_confirmations()]

"""The secretariat's member record: the timeline of every source, notes, roles from the desk and
from the member's own page, permissions for the whole cast, and a query count that does not grow."""

import datetime

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import timezone

from events.models import Registration, RegistrationStatus
from members.models import (
    ApplicationEvent,
    ContactRole,
    ContactRoleAssignment,
    OrganisationContact,
    OrganisationNote,
)
from members.services.contact_roles import start_role
from members.services.record import add_note
from tests.factories import (
    EventFactory,
    ExpressionOfInterestFactory,
    MemberContactFactory,
    ProjectIdeaFactory,
    organisation_of,
)

from .conftest import make_application

pytestmark = pytest.mark.django_db


def record_url(organisation) -> str:
    return reverse("desk_member_record", args=[organisation.slug])


def fill_history(organisation, secretariat, n: int) -> None:
    """n of everything every source reads: contacts with roles, notes, ideas, events attended."""
    for i in range(n):
        user = MemberContactFactory(organisation=organisation)
        contact = OrganisationContact.objects.get(user=user, organisation=organisation)
        start_role(contact, ContactRole.PROJECT, datetime.date(2024, 1, 1 + i), secretariat)
        add_note(organisation, f"Called about the fee, time {i}", secretariat)
        ProjectIdeaFactory(lead=organisation, title=f"Green schools {i}")
        ExpressionOfInterestFactory(organisation=organisation, status="accepted", decided_at=timezone.now())
        Registration.objects.create(
            event=EventFactory(starts_at=timezone.now() - datetime.timedelta(days=30 + i)),
            user=user,
            organisation=organisation,
            status=RegistrationStatus.CONFIRMED,
            attended=True,
        )


def test_the_record_shows_a_timeline_of_every_source(client, secretariat, member, applicant):
    organisation = organisation_of(member)
    application = make_application(applicant, state="approved", organisation=organisation)
    ApplicationEvent.objects.create(
        application=application, from_state="draft", to_state="submitted", actor=applicant
    )
    fill_history(organisation, secretariat, 1)
    client.force_login(secretariat)
    response = client.get(record_url(organisation))
    assert response.status_code == 200
    kinds = {entry.kind for entry in response.context["entries"]}
    assert {"application", "role", "note", "idea", "event", "membership"} <= kinds
    page = response.content.decode()
    assert "Membership application: Submitted" in page
    assert "Leads the project idea “Green schools 0”" in page
    assert "Called about the fee, time 0" in page
    assert "attended" in page


def test_the_record_costs_the_same_queries_with_1_and_with_many_rows(
    client, secretariat, member, django_assert_num_queries
):
    organisation = organisation_of(member)
    fill_history(organisation, secretariat, 1)
    client.force_login(secretariat)
    url = record_url(organisation)
    client.get(url)
    with CaptureQueriesContext(connection) as one:
        client.get(url)
    fill_history(organisation, secretariat, 6)
    with django_assert_num_queries(len(one.captured_queries)):
        response = client.get(url)
    assert len(response.context["contacts"]) == 8  # the member and seven more
    assert len([e for e in response.context["entries"] if e.kind == "note"]) == 7


def test_the_timeline_is_capped(secretariat, member):
    from members.views.record import TIMELINE_LIMIT
    from sern_portal import timeline

    organisation = organisation_of(member)
    for i in range(TIMELINE_LIMIT + 5):
        OrganisationNote.objects.create(organisation=organisation, text=f"note {i}", author=secretariat)
    entries = timeline.entries_for(organisation, TIMELINE_LIMIT)
    assert len(entries) == TIMELINE_LIMIT
    assert entries == sorted(entries, key=lambda e: e.when, reverse=True)


@pytest.mark.parametrize(
    ("who", "status"),
    [("secretariat", 200), ("owner", 403), ("other_member", 403), ("outsider", 403)],
)
def test_only_the_secretariat_opens_a_record(client, request, member, who, status):
    person = member if who == "owner" else request.getfixturevalue(who)
    client.force_login(person)
    assert client.get(record_url(organisation_of(member))).status_code == status
    assert client.get(reverse("desk_members")).status_code == status


def test_an_anonymous_visitor_is_sent_to_sign_in(client, member):
    response = client.get(record_url(organisation_of(member)))
    assert response.status_code == 302 and "login" in response["Location"]


def test_the_secretariat_adds_a_note_and_nobody_else_can(client, secretariat, member):
    organisation = organisation_of(member)
    url = reverse("desk_member_note", args=[organisation.slug])
    client.force_login(member)
    assert client.post(url, {"text": "Mine"}).status_code == 403
    client.force_login(secretariat)
    response = client.post(url, {"text": "Agreed a call in March."}, follow=True)
    assert "Agreed a call in March." in response.content.decode()
    assert list(OrganisationNote.objects.values_list("text", "author")) == [
        ("Agreed a call in March.", secretariat.pk)
    ]


def role_post(client, organisation, contact, role="billing", starts_on="2026-01-01", back="record"):
    return client.post(
        reverse("contact_role_start", args=[organisation.slug, contact.pk]),
        {f"start-{contact.pk}-role": role, f"start-{contact.pk}-starts_on": starts_on, "back": back},
    )


@pytest.mark.parametrize(
    ("who", "status"),
    [("secretariat", 302), ("owner", 302), ("other_member", 403), ("outsider", 403)],
)
def test_roles_are_managed_by_the_secretariat_and_the_members_own_contacts(
    client, request, member, who, status
):
    organisation = organisation_of(member)
    contact = OrganisationContact.objects.get(user=member)
    client.force_login(member if who == "owner" else request.getfixturevalue(who))
    assert role_post(client, organisation, contact).status_code == status
    assert ContactRoleAssignment.objects.filter(contact=contact).exists() == (status == 302)


def test_the_member_ends_a_role_from_its_contacts_page_and_it_stays_as_history(client, member):
    organisation = organisation_of(member)
    contact = OrganisationContact.objects.get(user=member)
    client.force_login(member)
    assert role_post(client, organisation, contact, back="contacts")["Location"].endswith(
        reverse("my_contacts")
    )
    assignment = ContactRoleAssignment.objects.get(contact=contact)
    response = client.post(
        reverse("contact_role_end", args=[organisation.slug, assignment.pk]),
        {f"end-{assignment.pk}-ends_on": "2026-03-31", "back": "contacts"},
        follow=True,
    )
    assert "it stays in the history" in response.content.decode()
    assignment.refresh_from_db()
    assert assignment.ends_on == datetime.date(2026, 3, 31)


def test_an_end_before_the_start_is_refused_with_a_message(client, secretariat, member):
    organisation = organisation_of(member)
    contact = OrganisationContact.objects.get(user=member)
    assignment = ContactRoleAssignment.objects.create(
        contact=contact, role="billing", starts_on=datetime.date(2026, 5, 1)
    )
    client.force_login(secretariat)
    response = client.post(
        reverse("contact_role_end", args=[organisation.slug, assignment.pk]),
        {f"end-{assignment.pk}-ends_on": "2026-04-30"},
        follow=True,
    )
    assert "A role cannot end before it starts." in response.content.decode()
    assignment.refresh_from_db()
    assert assignment.ends_on is None


def test_a_contact_of_another_organisation_is_not_found_through_this_one(
    client, secretariat, member, other_member
):
    organisation = organisation_of(member)
    stranger = OrganisationContact.objects.get(user=other_member)
    client.force_login(secretariat)
    assert role_post(client, organisation, stranger).status_code == 404


def test_the_members_contacts_page_lists_its_contacts_and_roles(client, member, outsider):
    contact = OrganisationContact.objects.get(user=member)
    ContactRoleAssignment.objects.create(
        contact=contact, role="legal_representative", starts_on=datetime.date(2025, 1, 1)
    )
    client.force_login(member)
    page = client.get(reverse("my_contacts")).content.decode()
    assert member.name in page and "Legal representative" in page
    client.force_login(outsider)
    assert client.get(reverse("my_contacts")).status_code == 403

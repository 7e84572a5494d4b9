"""The member record in a browser: the secretariat opens a member's record and reads its
timeline; a member contact confirms its organisation's contacts for the year, in Swedish."""

import datetime
import re

import pytest
from django.utils import timezone

from members.models import (
    ContactConfirmationRequest,
    ContactRoleAssignment,
    OrganisationContact,
    OrganisationNote,
)
from tests.browser.helpers import login
from tests.factories import PASSWORD, MemberContactFactory, OrganisationFactory, SecretariatFactory

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True, serialized_rollback=True)]


def a_member_with_history():
    organisation = OrganisationFactory(
        name="Piteå kommun", slug="pitea-kommun", country="SE", region="Norrbotten"
    )
    person = MemberContactFactory(
        organisation=organisation, name="Karin Nilsson", email="karin@pitea.example", language="sv"
    )
    contact = OrganisationContact.objects.get(user=person)
    ContactRoleAssignment.objects.create(
        contact=contact, role="legal_representative", starts_on=datetime.date(2024, 1, 1)
    )
    ContactRoleAssignment.objects.create(contact=contact, role="billing", starts_on=datetime.date(2024, 1, 1))
    return organisation, person, contact


def test_the_secretariat_opens_a_members_record_and_sees_its_timeline(page, live_server, axe_check, visit):
    organisation, _person, _contact = a_member_with_history()
    office = SecretariatFactory(email="office@sern.example")
    OrganisationNote.objects.create(
        organisation=organisation, text="Phoned about the 2027 fee.", author=office
    )

    login(page, live_server, office.email, PASSWORD)
    axe_check(page)
    page.get_by_role("navigation", name="Main menu").get_by_role("link", name="Secretariat desk").click()
    page.wait_for_url("**/desk/applications/")
    axe_check(page)
    page.get_by_role("link", name="Member records").first.click()
    page.wait_for_url("**/desk/members/")
    axe_check(page)
    page.get_by_role("link", name="Piteå kommun").click()
    page.wait_for_url("**/desk/members/pitea-kommun/")
    axe_check(page)
    assert page.get_by_role("heading", level=1).inner_text() == "Record of Piteå kommun"
    timeline = page.locator("ol.timeline")
    assert "Karin Nilsson became Legal representative" in timeline.inner_text()
    assert "Note by" in timeline.inner_text()
    assert "Became a member" in timeline.inner_text()

    page.get_by_label("New note").fill("Agreed to host the peer review in May.")
    page.get_by_role("button", name="Add the note").click()
    page.wait_for_url("**/desk/members/pitea-kommun/")
    axe_check(page)
    assert "Agreed to host the peer review in May." in page.locator("ol.timeline").inner_text()

    visit("/en/desk/contact-confirmations/")
    page.get_by_role("button", name=f"Ask the contacts not asked yet in {timezone.localdate().year}").click()
    page.wait_for_url("**/desk/contact-confirmations/")
    axe_check(page)
    assert "Karin Nilsson" in page.get_by_role("table").inner_text()


def test_a_member_contact_confirms_its_contacts_in_swedish(page, live_server, axe_check, visit):
    organisation, person, contact = a_member_with_history()
    year = timezone.localdate().year
    ContactConfirmationRequest.objects.create(
        year=year, contact=contact, organisation=organisation, sent_at=timezone.now()
    )

    login(page, live_server, person.email, PASSWORD)
    visit("/sv/members-area/")
    page.get_by_role("navigation", name="Medlemsområdet").get_by_role("link", name="Våra kontakter").click()
    page.wait_for_url("**/sv/members-area/contacts/")
    axe_check(page)
    assert page.get_by_role("heading", level=1).inner_text() == "Våra kontakter"
    roles = page.get_by_role("table", name="Roller för Karin Nilsson")
    assert "Juridisk företrädare" in roles.inner_text()

    # A correction first: Karin is also the communication contact from today.
    page.get_by_label(re.compile(r"^Roll:?$")).select_option("communication")
    page.get_by_role("button", name="Lägg till en roll för Karin Nilsson").click()
    page.wait_for_url("**/sv/members-area/contacts/")
    axe_check(page)
    assert ContactRoleAssignment.objects.filter(
        contact=contact, role="communication", ends_on__isnull=True
    ).exists()

    page.get_by_role("button", name=f"Bekräfta våra kontakter för {year}").click()
    page.wait_for_url("**/sv/members-area/contacts/")
    axe_check(page)
    assert f"Tack: er organisations kontakter är bekräftade för {year}." in page.content()
    assert page.get_by_role("button", name=f"Bekräfta våra kontakter för {year}").count() == 0
    assert ContactConfirmationRequest.objects.get(contact=contact).confirmed_at is not None

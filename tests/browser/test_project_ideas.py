"""A member creates an idea; another member finds it and expresses interest; the lead accepts."""

import pytest

from tests.browser.helpers import login
from tests.factories import PASSWORD, MemberContactFactory, OrganisationFactory

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True, serialized_rollback=True)]


def test_an_idea_gets_a_partner_from_the_other_country(page, live_server, visit, axe_check):
    lulea = OrganisationFactory(name="Luleå kommun", slug="lulea", country="SE", region="Norrbotten")
    parma = OrganisationFactory(name="Comune di Parma", slug="parma", country="IT")
    lead = MemberContactFactory(email="anna@lulea.example", organisation=lulea)
    partner = MemberContactFactory(email="luca@parma.example", organisation=parma)

    # The lead publishes an idea.
    login(page, live_server, lead.email, PASSWORD)
    visit("/en/members-area/ideas/")
    page.get_by_role("link", name="New project idea").click()
    axe_check(page)
    page.get_by_label("Title").fill("Green school routes")
    page.get_by_label("Summary").fill("Pupils map safe walking and cycling routes to school.")
    page.get_by_label("Target programme").select_option("erasmus_plus")
    page.get_by_label("Italy").check()
    page.get_by_label("Deadline for expressions of interest").fill("2099-03-31")
    page.get_by_role("button", name="Publish the idea").click()
    page.wait_for_url("**/members-area/ideas/*/")
    axe_check(page)
    assert page.get_by_role("heading", level=1).inner_text() == "Green school routes"
    idea_url = page.url
    page.context.clear_cookies()

    # A member in Italy finds it among the ideas looking for partners and expresses interest.
    login(page, live_server, partner.email, PASSWORD)
    visit("/en/members-area/ideas/?looking_for_partners=on&q=school")
    page.get_by_role("link", name="Green school routes").click()
    page.wait_for_url(idea_url)
    axe_check(page)
    page.get_by_label("Your message to the lead").fill("Two of our schools already run a walking bus.")
    page.get_by_role("button", name="Express interest").click()
    page.wait_for_url(idea_url)
    axe_check(page)
    assert "Your interest is sent to the lead" in page.get_by_role("status").inner_text()
    page.context.clear_cookies()

    # The lead accepts: the project group shows both organisations.
    login(page, live_server, lead.email, PASSWORD)
    visit(idea_url.removeprefix(live_server.url))
    page.get_by_role("button", name="Accept Comune di Parma").click()
    page.wait_for_url(idea_url)
    axe_check(page)
    group = page.locator(".project-group").inner_text()
    assert "Luleå kommun" in group
    assert "Comune di Parma" in group

"""With a reader's pages kept (``sern_portal.reader_cache``, on in production), nobody sees a page
that is out of date: people go back to pages they have read, after their own change and after
somebody else's, as they would in a browser (issue 16)."""

import pytest

from tests.browser.helpers import login
from tests.factories import PASSWORD, MemberContactFactory, OrganisationFactory, ProjectIdeaFactory

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True, serialized_rollback=True)]


def test_pages_read_before_a_change_show_it_when_people_come_back(page, live_server, settings, fresh_cache):
    settings.READER_PAGE_CACHE_SECONDS = 60
    lulea = OrganisationFactory(name="Luleå kommun", slug="lulea", country="SE")
    parma = OrganisationFactory(name="Comune di Parma", slug="parma", country="IT")
    lead = MemberContactFactory(email="anna@lulea.example", organisation=lulea)
    partner = MemberContactFactory(email="luca@parma.example", organisation=parma)
    idea = ProjectIdeaFactory(lead=lulea, title="Green school routes")
    idea_url = f"{live_server.url}/en/members-area/ideas/{idea.pk}/"

    # The lead reads the idea's page: nobody has expressed interest yet.
    login(page, live_server, lead.email, PASSWORD)
    page.goto(idea_url)
    assert page.get_by_role("button", name="Accept Comune di Parma").count() == 0
    lead_cookies = page.context.cookies()
    page.context.clear_cookies()

    # A member in Italy reads the idea twice (the second time from the kept page), then expresses
    # interest: the page says so once, and the form is gone on every later visit.
    login(page, live_server, partner.email, PASSWORD)
    page.goto(idea_url)
    page.goto(idea_url)
    page.get_by_label("Your message to the lead").fill("Two of our schools already run a walking bus.")
    page.get_by_role("button", name="Express interest").click()
    page.wait_for_url(idea_url)
    assert "Your interest is sent to the lead" in page.get_by_role("status").inner_text()
    page.reload()
    assert page.get_by_text("Your interest is sent to the lead").count() == 0
    assert page.get_by_label("Your message to the lead").count() == 0
    page.context.clear_cookies()

    # The lead, in the same session as before, comes back to the page they had read.
    page.context.add_cookies(lead_cookies)
    page.goto(idea_url)
    page.get_by_role("button", name="Accept Comune di Parma").click()
    page.wait_for_url(idea_url)
    assert "Comune di Parma" in page.locator(".project-group").inner_text()
    page.goto(f"{live_server.url}/en/members-area/ideas/")
    page.goto(idea_url)
    assert page.get_by_role("button", name="Accept Comune di Parma").count() == 0
    assert "Comune di Parma" in page.locator(".project-group").inner_text()

"""The Members Area's acceptance journey (issue 4), in three languages, axe on every page.

A Swedish member filters the EU calls by a priority, opens one and starts an idea linked to it
from the call's page; an Italian member (in Italian) finds the idea and expresses interest; the
lead (in Swedish) accepts; the project group shows both organisations.
"""

import datetime

import pytest
from django.utils import timezone, translation
from django.utils.translation import gettext

from projects.models import ProjectIdea
from strategy.models import Priority
from tests.browser.helpers import login
from tests.factories import PASSWORD, EuCallFactory, MemberContactFactory, OrganisationFactory

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True, serialized_rollback=True)]


def in_language(lang: str, text: str) -> str:
    """The portal's translation of a UI string, as the browser shows it in that language."""
    with translation.override(lang):
        return gettext(text)


def test_a_call_becomes_an_idea_with_partners_from_both_countries(page, live_server, visit, axe_check):
    climate = Priority.objects.get(code="climate-action")
    lulea = OrganisationFactory(name="Luleå kommun", slug="lulea-kommun", country="SE", region="Norrbotten")
    lulea.priorities.set([climate])
    parma = OrganisationFactory(name="Comune di Parma", slug="comune-di-parma", country="IT")
    parma.priorities.set([climate])
    anna = MemberContactFactory(email="member@demo.sern.test", name="Anna Lind", organisation=lulea)
    luca = MemberContactFactory(email="member.it@demo.sern.test", name="Luca Bianchi", organisation=parma)
    call = EuCallFactory(
        programme="LIFE",
        identifier="LIFE-2027-CLIMA-CCA",
        title="Climate change adaptation",
        deadline=timezone.now() + datetime.timedelta(days=60),
    )
    call.priorities.set([climate])
    EuCallFactory(title="Youth participation", identifier="ERASMUS-2027-YOUTH")

    # 1. The Swedish member signs in and opens the Members Area.
    login(page, live_server, anna.email, PASSWORD)
    axe_check(page)
    page.get_by_role("navigation", name="Main menu").get_by_role("link", name="Members Area").click()
    page.wait_for_url("**/en/members-area/")
    axe_check(page)
    assert page.get_by_role("heading", name="Next Board meetings").count() == 1

    # 2. She filters the EU calls by a priority and opens one.
    page.get_by_role("navigation", name="Members Area").get_by_role("link", name="EU calls").click()
    page.wait_for_url("**/en/members-area/calls/")
    axe_check(page)
    page.get_by_label("Priority").select_option(label=climate.name)
    page.get_by_role("button", name="Filter").click()
    page.wait_for_url("**priority=climate-action**")
    axe_check(page)
    table = page.get_by_role("table")
    assert table.get_by_role("link", name="Youth participation").count() == 0
    table.get_by_role("link", name="Climate change adaptation").click()
    page.wait_for_url(f"**{call.get_absolute_url()}")
    axe_check(page)

    # 3. From the call's page she starts an idea: the call and its programme are preselected.
    page.get_by_role("link", name="Start a project idea for this call").click()
    page.wait_for_url(f"**/en/members-area/ideas/new/?call={call.pk}")
    axe_check(page)
    assert page.get_by_label("EU call in the portal").input_value() == str(call.pk)
    assert page.get_by_label("Target programme").input_value() == "life"
    page.get_by_label("Title").fill("Heat-proof schoolyards")
    page.get_by_label("Summary").fill("Schools turn asphalt yards into green, shaded places.")
    page.get_by_role("group", name="Strategy").get_by_label(climate.name).check()
    page.get_by_role("group", name="Partners sought").get_by_label("Italy").check()
    page.get_by_label("Deadline for expressions of interest").fill("2099-03-31")
    page.get_by_role("button", name="Publish the idea").click()
    page.wait_for_url("**/en/members-area/ideas/*/")
    axe_check(page)
    idea = ProjectIdea.objects.get(title_en="Heat-proof schoolyards")
    assert idea.target_call == call and idea.lead == lulea
    assert page.get_by_role("link", name="LIFE-2027-CLIMA-CCA — Climate change adaptation").count() == 1
    idea_path = f"/members-area/ideas/{idea.pk}/"
    # The call's page now lists the idea.
    visit(call.get_absolute_url())
    assert page.get_by_role("link", name="Heat-proof schoolyards").count() == 1
    page.context.clear_cookies()

    # 4. The Italian member, in Italian, finds the idea with the list's filters.
    login(page, live_server, luca.email, PASSWORD)
    visit("/it/members-area/ideas/")
    page.get_by_role("searchbox", name=in_language("it", "Search")).fill("schoolyards")
    page.get_by_label(in_language("it", "Only ideas looking for partners")).check()
    page.get_by_role("button", name=in_language("it", "Filter")).click()
    page.wait_for_url("**/it/members-area/ideas/?**q=schoolyards**")
    axe_check(page)
    page.get_by_role("link", name="Heat-proof schoolyards").click()
    page.wait_for_url(f"**/it{idea_path}")
    axe_check(page)

    # 5. He expresses interest.
    page.get_by_label(in_language("it", "Your message to the lead")).fill(
        "Le nostre scuole hanno già progettato due cortili verdi."
    )
    page.get_by_role("button", name=in_language("it", "Express interest")).click()
    page.wait_for_url(f"**/it{idea_path}")
    axe_check(page)
    sent = in_language("it", "Your interest is sent to the lead, who will answer you by e-mail.")
    assert sent in page.get_by_role("status").inner_text()
    page.context.clear_cookies()

    # 6. The lead, in Swedish, accepts: the project group shows both organisations.
    login(page, live_server, anna.email, PASSWORD)
    visit(f"/sv{idea_path}")
    accept = in_language("sv", "Accept %(organisation)s") % {"organisation": "Comune di Parma"}
    page.get_by_role("button", name=accept).click()
    page.wait_for_url(f"**/sv{idea_path}")
    axe_check(page)
    group = page.locator(".project-group").inner_text()
    assert "Luleå kommun" in group
    assert "Comune di Parma" in group
    assert {"/en/", "/it/", "/sv/"} <= {url.removeprefix(live_server.url)[:4] for url in axe_check.checked}

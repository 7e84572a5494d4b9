"""A member's journey in the Members Area: sign in, filter the EU calls by a priority, open one."""

import pytest

from strategy.models import Priority, ThematicArea
from tests.browser.helpers import login
from tests.factories import PASSWORD, EuCallFactory, MemberContactFactory

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True, serialized_rollback=True)]


def climate_action() -> Priority:
    """The priority, also when an earlier transactional test flushed the seeded strategy."""
    area, _ = ThematicArea.objects.get_or_create(code="green-societies", defaults={"name": "Green societies"})
    priority, _ = Priority.objects.get_or_create(
        code="climate-action", defaults={"name": "Climate action", "area": area}
    )
    return priority


def test_a_member_filters_calls_by_a_priority_and_opens_one(page, live_server, axe_check, visit):
    member = MemberContactFactory(email="anna@lulea.example")
    climate = climate_action()
    call = EuCallFactory(title="Climate change adaptation", identifier="LIFE-2027-CLIMA-CCA")
    call.priorities.set([climate])
    EuCallFactory(title="Youth participation", identifier="ERASMUS-2027-YOUTH")

    login(page, live_server, member.email, PASSWORD)
    axe_check(page)
    page.get_by_role("navigation", name="Main menu").get_by_role("link", name="Members Area").click()
    page.wait_for_url("**/en/members-area/")
    axe_check(page)
    page.get_by_role("navigation", name="Members Area").get_by_role("link", name="EU calls").click()
    page.wait_for_url("**/members-area/calls/")
    axe_check(page)

    page.get_by_label("Priority").select_option(label=climate.name)
    page.get_by_role("button", name="Filter").click()
    page.wait_for_url("**priority=climate-action**")
    axe_check(page)
    table = page.get_by_role("table")
    assert table.get_by_role("link", name="Climate change adaptation").count() == 1
    assert table.get_by_role("link", name="Youth participation").count() == 0

    table.get_by_role("link", name="Climate change adaptation").click()
    page.wait_for_url(f"**{call.get_absolute_url()}")
    axe_check(page)
    assert page.get_by_role("heading", level=1).inner_text() == "Climate change adaptation"
    assert "LIFE-2027-CLIMA-CCA" in page.content()


@pytest.mark.parametrize(
    "path",
    [
        "members-area/directory/",
        "members-area/news/",
        "members-area/calls/archive/",
        "members-area/events/",
        "members-area/events/past/",
        "account/",
    ],
)
def test_the_members_area_pages_are_accessible(page, live_server, visit, path):
    member = MemberContactFactory()
    login(page, live_server, member.email, PASSWORD)
    page = visit(f"/en/{path}")
    assert page.locator("main h1").count() == 1

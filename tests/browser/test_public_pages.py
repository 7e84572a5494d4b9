import pytest

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True, serialized_rollback=True)]


@pytest.mark.parametrize("lang", ["en", "sv", "it"])
def test_home_strategy_and_become_a_member_are_accessible_in_each_language(visit, lang):
    for path in ("", "strategy/", "become-a-member/", "contact/"):
        page = visit(f"/{lang}/{path}")
        assert page.locator("html").get_attribute("lang") == lang
        assert page.locator("main h1").count() == 1


def test_the_language_switcher_keeps_the_page(visit, axe_check):
    page = visit("/en/strategy/")
    page.get_by_role("navigation", name="Choose language").get_by_role("link", name="Svenska").click()
    page.wait_for_url("**/sv/strategy/")
    axe_check(page)
    assert page.get_by_role("heading", level=1).inner_text() == "Strategi 2021–2027"


def test_the_skip_link_moves_focus_to_the_main_content(visit):
    page = visit("/en/")
    page.keyboard.press("Tab")
    assert page.evaluate("document.activeElement.textContent").strip() == "Skip to main content"
    page.keyboard.press("Enter")
    page.wait_for_url("**#main")

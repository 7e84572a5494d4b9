import pytest

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True, serialized_rollback=True)]


@pytest.mark.parametrize(("lang", "sign_in"), [("en", "Sign In"), ("sv", "Logga in"), ("it", "Accedi")])
def test_the_account_pages_are_translated_accessible_and_in_the_site_layout(visit, lang, sign_in):
    for path in ("accounts/login/", "accounts/signup/", "accounts/password/reset/"):
        page = visit(f"/{lang}/{path}")
        assert page.locator(".skip-link").count() == 1
        assert page.locator("footer address").count() == 1
    page = visit(f"/{lang}/accounts/login/")
    assert sign_in in page.locator("main").inner_text()

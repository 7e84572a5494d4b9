"""Steps browser tests share."""

from members.mfa import requires_mfa
from members.models import User
from tests.mfa import give_totp, totp_code


def login(page, live_server, email: str, password: str, lang: str = "en"):
    """Sign in through the real login form and wait until the portal has redirected.

    Staff must use a second factor: they have an authenticator app (set up here if missing) and
    type its current code on allauth's second page, as a person would.
    """
    user = User.objects.filter(email=email).first()
    needs_code = user is not None and requires_mfa(user)
    if needs_code:
        give_totp(user)
    page.goto(f"{live_server.url}/{lang}/accounts/login/")
    page.get_by_label("Email").fill(email)
    page.get_by_label("Password").fill(password)
    page.get_by_role("button", name="Sign In").click()
    page.wait_for_url(lambda url: "/accounts/login/" not in url)
    if needs_code:
        enter_second_factor(page)
    return page


def prepare_second_factor(email: str) -> None:
    """Staff have set up an authenticator app before they sign in (no-op for other people)."""
    user = User.objects.get(email=email)
    if requires_mfa(user):
        give_totp(user)


def enter_second_factor(page) -> None:
    """On allauth's second sign-in page, type the authenticator's current code."""
    page.wait_for_url("**/2fa/authenticate/")
    page.get_by_label("Code").fill(totp_code())
    page.get_by_role("button", name="Sign In").click()
    page.wait_for_url(lambda url: "/2fa/authenticate/" not in url)

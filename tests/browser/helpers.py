"""Steps browser tests share."""


def login(page, live_server, email: str, password: str, lang: str = "en"):
    """Sign in through the real login form and wait until the portal has redirected."""
    page.goto(f"{live_server.url}/{lang}/accounts/login/")
    page.get_by_label("Email").fill(email)
    page.get_by_label("Password").fill(password)
    page.get_by_role("button", name="Sign In").click()
    page.wait_for_url(lambda url: "/accounts/login/" not in url)
    return page

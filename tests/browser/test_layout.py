"""Every page each role can reach fits a phone (390 px) and a desktop (1280 px): no page is wider
than its window, and axe finds nothing serious. Screenshots of the main pages go to
test-artifacts/ (not committed) for a person to look at."""

from io import StringIO
from pathlib import Path
from urllib.parse import parse_qsl, urldefrag, urlparse

import pytest
from django.conf import settings
from django.core.management import call_command
from django.urls import Resolver404, resolve

from members.models import User
from tests.mfa import SignInClient

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True, serialized_rollback=True)]

ROLES = {
    "anonymous": None,
    "applicant": "applicant@demo.sern.eu",
    "member": "member@demo.sern.eu",
    "secretariat": "secretariat@demo.sern.eu",
    "board member": "board@demo.sern.eu",
    "chair": "chair@demo.sern.eu",
}
WIDTHS = (390, 1280)
# Not pages: signing out, files, feeds, the Django admin (its own layout).
NOT_CRAWLED = (
    "/accounts/logout/",
    "/admin/",
    "/static/",
    ".pdf",
    ".csv",
    ".xlsx",
    ".ics",
    ".rss",
    ".atom",
    ".json",
    "/download/",
    "/pdf/",
)
# Each view is visited once, by the first role that reaches it (its layout is the same for the
# others but for the menu, which every role's first pages show); axe runs there, in the phone's
# width (where the layout changes most). The whole crawl stays a few minutes long in CI.
PER_VIEW = 1
EVERY_ROLE_SEES = 4  # a role's first pages are checked even when another role saw their view
MAX_PAGES_PER_ROLE = 80
ARTIFACTS = Path(settings.BASE_DIR) / "test-artifacts"


@pytest.fixture
def demo():
    call_command("seed_demo", stdout=StringIO())


def signed_in_context(browser, live_server, email: str | None, locale: str = "en-GB"):
    context = browser.new_context(locale=locale, viewport={"width": WIDTHS[-1], "height": 900})
    if email:
        client = SignInClient()
        client.force_login(User.objects.get(email=email))
        cookie = client.cookies[settings.SESSION_COOKIE_NAME]
        context.add_cookies([{"name": cookie.key, "value": cookie.value, "url": live_server.url}])
    return context


def view_key(href: str) -> tuple | None:
    """The view and the query's parameter names: addresses that differ only in ids count as one."""
    parsed = urlparse(href)
    try:
        match = resolve(parsed.path)
    except Resolver404:
        return None
    return match.view_name, tuple(sorted({name for name, _ in parse_qsl(parsed.query)}))


def page_width(page) -> tuple[int, int]:
    return page.evaluate("[document.documentElement.scrollWidth, window.innerWidth]")


def crawl_and_check(
    page, live_server, axe_check, per_view: dict, start: str = "/en/"
) -> tuple[list[str], list[str]]:
    """Visit every page reachable from `start` (bounded per view, over all roles by `per_view`);
    return the pages seen and the problems found (too wide at some width, or an axe violation)."""
    queue, seen, problems = [start], [], []
    while queue and len(seen) < MAX_PAGES_PER_ROLE:
        path = queue.pop(0)
        key = view_key(path)
        if path in seen or key is None:
            continue
        if per_view.get(key, 0) >= PER_VIEW and len(seen) >= EVERY_ROLE_SEES:
            continue
        per_view[key] = per_view.get(key, 0) + 1
        seen.append(path)
        for width in WIDTHS:
            page.set_viewport_size({"width": width, "height": 900})
            response = page.goto(live_server.url + path)
            if (
                response is None
                or response.status >= 400
                or "text/html" not in response.headers.get("content-type", "")
            ):
                break
            scroll_width, window_width = page_width(page)
            if scroll_width > window_width:
                problems.append(f"{path} is {scroll_width} px wide in a {window_width} px window")
            if width == WIDTHS[0] and per_view[key] == 1:
                try:
                    axe_check(page)
                except AssertionError as violation:
                    problems.append(f"{path} at {width} px: {str(violation).splitlines()[:3]}")
        for href in page.eval_on_selector_all("a[href]", "links => links.map(a => a.getAttribute('href'))"):
            href = urldefrag(href.replace("&amp;", "&"))[0]
            if href.startswith(start) and not any(part in href for part in NOT_CRAWLED) and href not in seen:
                queue.append(href)
    return seen, problems


def test_no_page_any_role_reaches_is_wider_than_a_phone_or_a_desktop_window(
    demo, browser, live_server, axe_check
):
    per_view: dict = {}
    report = []
    for role, email in ROLES.items():
        context = signed_in_context(browser, live_server, email)
        page = context.new_page()
        page.set_default_timeout(15_000)
        seen, problems = crawl_and_check(page, live_server, axe_check, per_view)
        context.close()
        assert len(seen) >= EVERY_ROLE_SEES, (role, seen)
        report += [f"{role}: {problem}" for problem in problems]
    assert len(per_view) > 30, sorted(per_view)
    assert not report, "\n".join(report)


def test_screenshots_of_the_main_pages_in_swedish_and_italian(demo, browser, live_server):
    """Not an assertion of looks: pictures for a person to check (test-artifacts/), and the main
    pages at both widths, in sv and it, fit their window."""
    from projects.models import PartnerSuggestion

    idea = PartnerSuggestion.objects.values_list("idea_id", flat=True).first()
    pages = {
        "directory": "members-area/directory/",
        "ideas": "members-area/ideas/",
        "idea": f"members-area/ideas/{idea}/",
        "desk": "desk/applications/",
        "history": "members-area/project-history/",
        "matching": "members-area/matching/",
    }
    ARTIFACTS.mkdir(exist_ok=True)
    too_wide = []
    for lang in ("sv", "it"):
        context = signed_in_context(browser, live_server, ROLES["secretariat"], locale=lang)
        page = context.new_page()
        for width in WIDTHS:
            page.set_viewport_size({"width": width, "height": 900})
            for name, path in pages.items():
                response = page.goto(f"{live_server.url}/{lang}/{path}")
                assert response is not None and response.status == 200, path
                scroll_width, window_width = page_width(page)
                if scroll_width > window_width:
                    too_wide.append(f"/{lang}/{path} at {width} px: {scroll_width} px")
                page.screenshot(path=str(ARTIFACTS / f"{name}-{lang}-{width}.png"), full_page=True)
        context.close()
    assert not too_wide

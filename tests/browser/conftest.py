"""Playwright driving Debian's Chromium against Django's live server, with axe on every page."""

import os
import shutil

import pytest
from axe_playwright_python.sync_playwright import Axe

CHROMIUM_FLAGS = [
    "--headless=new",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]
BLOCKING_IMPACTS = {"serious", "critical"}


@pytest.fixture(scope="session")
def browser():
    chromium = shutil.which("chromium") or shutil.which("chromium-browser")
    if not chromium:
        if os.environ.get("SERN_REQUIRE_BROWSER"):
            pytest.fail("Chromium is required in CI (Debian package 'chromium').")
        pytest.skip("Chromium is not installed (Debian package 'chromium'); `make test` installs it as root.")
    from django.db import connections
    from playwright.sync_api import sync_playwright

    # Django keeps the migrated data (strategy, network profile) serialized on each connection to
    # restore it after every flush (serialized_rollback). Playwright's event loop gives the tests
    # new connection objects without it, so the restore would be skipped: carry it over.
    serialized = {
        alias: connections[alias]._test_serialized_contents
        for alias in connections
        if hasattr(connections[alias], "_test_serialized_contents")
    }
    with sync_playwright() as playwright:
        for alias, contents in serialized.items():
            if not hasattr(connections[alias], "_test_serialized_contents"):
                connections[alias]._test_serialized_contents = contents
        browser = playwright.chromium.launch(executable_path=chromium, args=CHROMIUM_FLAGS)
        yield browser
        browser.close()


@pytest.fixture
def page(browser):
    context = browser.new_context(locale="en-GB")
    page = context.new_page()
    page.set_default_timeout(15_000)
    yield page
    context.close()


class AccessibilityChecker:
    def __init__(self):
        self.axe = Axe()
        self.checked: list[str] = []

    def __call__(self, page) -> None:
        results = self.axe.run(page)
        violations = [v for v in results.response["violations"] if v["impact"] in BLOCKING_IMPACTS]
        self.checked.append(page.url)
        details = [
            f"{v['id']} ({v['impact']}): {v['help']} — {[n['target'] for n in v['nodes']][:5]}"
            for v in violations
        ]
        assert not violations, f"axe on {page.url}:\n" + "\n".join(details)


@pytest.fixture
def axe_check():
    """Call with a page after each navigation: zero serious or critical axe violations."""
    return AccessibilityChecker()


@pytest.fixture
def visit(page, live_server, axe_check):
    def go(path: str):
        response = page.goto(live_server.url + path)
        assert response is not None and response.status < 400, f"{path}: {response and response.status}"
        axe_check(page)
        return page

    return go

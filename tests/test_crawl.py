"""Crawl the demo portal as each role: no page may answer with a server error."""

import re
from io import StringIO
from urllib.parse import urldefrag, urlparse

import pytest
from django.core.management import call_command

from members.demo import DEMO_ACCOUNTS
from members.models import User

LINK = re.compile(r'href="([^"]+)"')
MAX_PAGES = 400
# Admin object pages repeat the same views for every row: one of each is crawled.
ADMIN_OBJECT = re.compile(r"^/admin/\w+/\w+/\d+/")
NOT_CRAWLED = ("/static/", "mailto:", "tel:", "/accounts/logout/")


def crawl(client, start: str = "/en/") -> dict[str, int]:
    seen: dict[str, int] = {}
    queue = [start]
    admin_objects = set()
    while queue and len(seen) < MAX_PAGES:
        url = queue.pop(0)
        if url in seen:
            continue
        response = client.get(url)
        seen[url] = response.status_code
        if response.status_code != 200 or "text/html" not in response.get("Content-Type", ""):
            continue
        for href in LINK.findall(response.content.decode()):
            href = urldefrag(href.replace("&amp;", "&"))[0]
            parsed = urlparse(href)
            if parsed.netloc or not href.startswith("/") or href.startswith(NOT_CRAWLED):
                continue
            match = ADMIN_OBJECT.match(href)
            if match:
                model = href.rsplit("/", 3)[0]
                if model in admin_objects:
                    continue
                admin_objects.add(model)
            if href not in seen:
                queue.append(href)
    return seen


@pytest.fixture
def demo(db):
    call_command("seed_demo", stdout=StringIO())


@pytest.mark.parametrize("email", [None] + [account[0] for account in DEMO_ACCOUNTS])
def test_no_page_answers_with_a_server_error_for_any_role(demo, client, email):
    if email:
        client.force_login(User.objects.get(email=email))
    pages = crawl(client)
    errors = {url: status for url, status in pages.items() if status >= 500}
    assert len(pages) > 5
    assert not errors

"""``manage.py page_cost`` prints what drawing each main page costs (issue 16), even where a
reader's page would be kept (``sern_portal.reader_cache``): a kept page costs about the same on
every page and would hide the drawing cost from the second request on."""

import re
from io import StringIO

import pytest
from django.core.management import call_command
from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext

from members.models import User
from sern_portal.scale.pages import MEMBER

pytestmark = pytest.mark.django_db


def test_page_cost_measures_the_drawn_page_even_with_kept_pages_on(settings, fresh_cache):
    call_command("seed_demo", stdout=StringIO())
    settings.READER_PAGE_CACHE_SECONDS = 0
    client = Client()
    client.force_login(User.objects.get(email=MEMBER))
    client.get("/en/members-area/")
    with CaptureQueriesContext(connection) as drawn:
        response = client.get("/en/members-area/")
    assert response.status_code == 200
    drawn_queries = len(drawn)  # read now: every request empties the connection's query log
    settings.READER_PAGE_CACHE_SECONDS = 60

    output = StringIO()
    call_command("page_cost", only="Members Area home", repeat=2, stdout=output)

    row = re.search(r"^\| Members Area home \| (\d+) \|", output.getvalue(), re.M)
    assert row is not None, output.getvalue()
    assert int(row.group(1)) == drawn_queries

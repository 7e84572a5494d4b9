"""On a phone the main lists stack each row, and every cell names its column in the reader's
language: the calls' deadline and days left, an invoice's amount and state were cut off or out of
sight in a scrolling box (review of 2026-11-30)."""

from io import StringIO
from pathlib import Path

import pytest
from django.conf import settings
from django.core.management import call_command

from tests.browser.helpers import login

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True, serialized_rollback=True)]

ARTIFACTS = Path(settings.BASE_DIR) / "test-artifacts" / "stacked"
PASSWORD = settings.DEMO_PASSWORD


@pytest.mark.parametrize(
    ("email", "path", "labels"),
    [
        ("member@demo.sern.eu", "/it/members-area/calls/", ["Scadenza:", "Giorni rimasti:", "Priorità:"]),
        ("member@demo.sern.eu", "/it/members-area/events/", ["Quando:", "Dove:", "Posti:"]),
        ("secretariat@demo.sern.eu", "/it/desk/billing/2026/", ["Importo (EUR):", "Stato:"]),
        ("secretariat@demo.sern.eu", "/it/members-area/matching/", ["Perché:"]),
    ],
)
def test_a_phone_shows_every_cell_of_the_list_inside_the_screen_with_its_column_s_name(
    page, live_server, email, path, labels
):
    call_command("seed_demo", stdout=StringIO())
    page.set_viewport_size({"width": 390, "height": 800})
    login(page, live_server, email, PASSWORD)
    page.goto(f"{live_server.url}{path}")

    cells = page.locator("table.stacked tbody td[data-label]")
    assert cells.count() > 0
    widest = page.evaluate(
        "Math.max(...[...document.querySelectorAll('table.stacked td, table.stacked th')]"
        ".map(cell => cell.getBoundingClientRect().right))"
    )
    assert widest <= 390
    labels_shown = page.evaluate(
        "[...document.querySelectorAll('table.stacked tbody td[data-label]')]"
        ".map(cell => getComputedStyle(cell, '::before').content)"
    )
    for label in labels:
        assert f'"{label} "' in labels_shown
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    page.screenshot(path=str(ARTIFACTS / f"{path.strip('/').replace('/', '-')}-390.png"), full_page=True)

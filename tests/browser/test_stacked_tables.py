"""On a phone the main lists stack each row, and every cell names its column in the reader's
language: the calls' deadline and days left, an invoice's amount and state were cut off or out of
sight in a scrolling box (review of 2026-11-30). So were the project history, an idea's submissions,
an organisation's experts and projects, the audit trail, the risk register and a library folder's
documents (second review at 390 px)."""

from io import StringIO
from pathlib import Path

import pytest
from django.conf import settings
from django.core.management import call_command

from projects.models import ProjectIdea
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
        (
            "member@demo.sern.eu",
            "/it/members-area/project-history/",
            ["Titolo:", "Programma:", "Anno:", "Capofila:", "Esito:", "Contributo UE (EUR):", "Verificato:"],
        ),
        ("member@demo.sern.eu", "/it/members-area/ideas/{idea}/", ["Programma:", "Presentato il:", "Esito:"]),
        (
            "member@demo.sern.eu",
            "/it/members-area/directory/comune-di-parma/",
            ["Ruolo:", "Aree di competenza:", "Programma UE:", "Esito:"],
        ),
        ("secretariat@demo.sern.eu", "/it/desk/audit/", ["Da:", "Cosa:", "Riguarda:", "Dettagli:"]),
        (
            "secretariat@demo.sern.eu",
            "/it/evaluation/risks/",
            ["Probabilità:", "Impatto:", "Responsabile:", "Mitigazione:", "Individuato il:"],
        ),
        ("member@demo.sern.eu", "/it/library/folders/minutes/", ["Lingue:", "Aggiornato:"]),
        (
            "secretariat@demo.sern.eu",
            "/it/library/folders/minutes/",
            ["Lingue:", "Aggiornato:", "Chi può aprirlo:", "Stato:"],
        ),
    ],
)
def test_a_phone_shows_every_cell_of_the_list_inside_the_screen_with_its_column_s_name(
    page, live_server, email, path, labels
):
    call_command("seed_demo", stdout=StringIO())
    page.set_viewport_size({"width": 390, "height": 800})
    login(page, live_server, email, PASSWORD)
    # The idea page of the demo's idea with a submission to an EU programme.
    idea = ProjectIdea.objects.get(title="Climate-neutral public procurement")
    page.goto(f"{live_server.url}{path.format(idea=idea.pk)}")

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
    name = f"{path.strip('/').replace('/', '-').replace('{idea}', 'idea')}-{email.split('@')[0]}"
    page.screenshot(path=str(ARTIFACTS / f"{name}-390.png"), full_page=True)

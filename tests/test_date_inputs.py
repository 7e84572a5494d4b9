"""Every date field of the portal sends its value as a browser's date picker reads it.

``<input type="date">`` takes only ``yyyy-mm-dd``; a value in the page's language format
(``30/11/2026`` in Italian) is dropped by the browser, and the person submits an empty field:
the payment form lost its date in Italian (review of 2026-11-30)."""

import ast
from pathlib import Path

import pytest
from django.conf import settings

ROOT = Path(settings.BASE_DIR)
APPS = [
    "billing",
    "evaluation",
    "events",
    "information",
    "library",
    "mailings",
    "members",
    "projects",
    "sern_portal",
    "strategy",
    "workinggroups",
]


def date_inputs_without_iso_format() -> list[str]:
    found = []
    for app in APPS:
        for path in (ROOT / app).rglob("*.py"):
            if "migrations" in path.parts:
                continue
            for node in ast.walk(ast.parse(path.read_text(), str(path))):
                if not (
                    isinstance(node, ast.Call)
                    and getattr(node.func, "attr", "") in ("DateInput", "DateTimeInput")
                ):
                    continue
                keywords = {keyword.arg: keyword.value for keyword in node.keywords}
                if "format" not in keywords:
                    found.append(f"{path.relative_to(ROOT)}:{node.lineno}")
    return found


def test_every_date_input_of_the_portal_names_an_iso_format():
    assert date_inputs_without_iso_format() == []


@pytest.mark.django_db
def test_the_payment_form_offers_today_s_date_in_italian_as_the_date_picker_reads_it(client, secretariat):
    import datetime

    import time_machine

    from tests.billing.helpers import make_invoice
    from tests.factories import OrganisationFactory

    invoice = make_invoice(OrganisationFactory())
    with time_machine.travel(datetime.datetime(2027, 2, 10, 10), tick=False):
        client.force_login(secretariat)
        response = client.get(f"/it/desk/billing/invoices/{invoice.pk}/")
    assert response.status_code == 200
    italian = response.content.decode()
    assert 'value="2027-02-10"' in italian and "10/02/2027" not in italian

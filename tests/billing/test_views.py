"""The billing pages: who may see what, the forms' errors, the exports, query counts."""

import datetime
from decimal import Decimal

import pytest
import time_machine
from django.urls import reverse

from billing.models import BillingDetails, FeeState, Invoice, Payment
from billing.selectors import year_totals
from billing.services.issuing import issue_fee_year
from billing.services.payments import record_payment
from tests.factories import OrganisationFactory

from .helpers import DUE, ISSUED, YEAR, make_invoice

pytestmark = pytest.mark.usefixtures("mid_february_2027")


@pytest.fixture
def comune_invoice(members, billing_contacts, secretariat):
    return issue_fee_year(YEAR, secretariat, issued_on=ISSUED, due_on=DUE)[2]


# --- permissions: owner contact / other member / outsider / secretariat -----------------------
def test_the_owner_contact_downloads_its_invoice_pdf(client, billing_contacts, comune_invoice):
    client.force_login(billing_contacts["comune"])
    response = client.get(reverse("billing:invoice_pdf", args=[comune_invoice.pk]))
    assert response.status_code == 200
    assert response["Content-Type"] == "application/pdf"
    assert response["Content-Disposition"] == 'attachment; filename="2027-0003.pdf"'


def test_another_member_gets_403_for_the_pdf(client, billing_contacts, comune_invoice):
    client.force_login(billing_contacts["kommun"])
    assert client.get(reverse("billing:invoice_pdf", args=[comune_invoice.pk])).status_code == 403


def test_an_outsider_gets_403_and_an_anonymous_visitor_signs_in(client, outsider, comune_invoice):
    url = reverse("billing:invoice_pdf", args=[comune_invoice.pk])
    assert client.get(url).status_code == 302
    client.force_login(outsider)
    assert client.get(url).status_code == 403
    assert client.get(reverse("billing:my_invoices")).status_code == 403


def test_a_missing_invoice_is_404(client, secretariat, db):
    client.force_login(secretariat)
    assert client.get(reverse("billing:invoice_pdf", args=[999])).status_code == 404


@pytest.mark.parametrize("name", ["year", "issue", "export_csv", "export_xlsx"])
def test_desk_pages_are_for_the_secretariat_only(client, billing_contacts, secretariat, name):
    url = reverse(f"billing:{name}", args=[YEAR])
    client.force_login(billing_contacts["comune"])
    assert client.get(url).status_code == 403
    client.force_login(secretariat)
    assert client.get(url).status_code == 200


def test_the_member_sees_only_its_own_invoices(client, billing_contacts, comune_invoice):
    client.force_login(billing_contacts["comune"])
    page = client.get(reverse("billing:my_invoices")).content.decode()
    assert "2027-0003" in page and "2027-0001" not in page


def test_the_secretariat_and_the_contact_edit_billing_details_others_do_not(
    client, billing_contacts, secretariat, members
):
    url = reverse("billing:details", args=[members["comune"].slug])
    client.force_login(billing_contacts["kommun"])
    assert client.get(url).status_code == 403
    client.force_login(billing_contacts["comune"])
    response = client.post(url, {"ipa_code": "ufabcd", "cig": "Z1234567AB"})
    assert response.status_code == 302
    assert BillingDetails.objects.get(organisation=members["comune"]).ipa_code == "UFABCD"
    client.force_login(secretariat)
    assert client.get(url).status_code == 200


# --- identifiers -------------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("data", "field"),
    [
        ({"ipa_code": "UFAB"}, "ipa_code"),
        ({"ipa_code": "UFAB-D"}, "ipa_code"),
        ({"swedish_organisation_number": "2120001355"}, "swedish_organisation_number"),
        ({"swedish_organisation_number": "212000-1356"}, "swedish_organisation_number"),
        ({"peppol_id": "2120001355"}, "peppol_id"),
    ],
)
def test_bad_identifiers_are_refused(client, secretariat, members, data, field):
    client.force_login(secretariat)
    response = client.post(reverse("billing:details", args=[members["kommun"].slug]), data)
    assert response.status_code == 200
    assert field in response.context["form"].errors
    assert not BillingDetails.objects.exists()


def test_good_identifiers_are_printed_on_the_next_invoice(client, secretariat, members):
    client.force_login(secretariat)
    data = {"swedish_organisation_number": "212000-1355", "peppol_id": "0007:2120001355"}
    assert client.post(reverse("billing:details", args=[members["kommun"].slug]), data).status_code == 302
    invoice = issue_fee_year(YEAR, secretariat, issued_on=ISSUED, due_on=DUE)[0]
    assert invoice.organisation == members["kommun"]
    assert invoice.identifiers == {
        "swedish_organisation_number": "212000-1355",
        "peppol_id": "0007:2120001355",
    }


# --- the desk ----------------------------------------------------------------------------------
def test_issuing_needs_the_confirm_step_and_a_double_submit_issues_once(client, secretariat, members):
    client.force_login(secretariat)
    url = reverse("billing:issue", args=[YEAR])
    page = client.get(url).content.decode()
    assert "3 members will be invoiced, EUR 1750.00 in all." in page
    assert client.post(url, {"due_on": "2027-03-17"}).status_code == 200  # not confirmed
    assert not Invoice.objects.exists()
    client.post(url, {"due_on": "2027-03-17", "confirm": "on"})
    client.post(url, {"due_on": "2027-03-17", "confirm": "on"})
    assert Invoice.objects.count() == 3


def test_a_bad_payment_shows_a_form_error_and_writes_nothing(client, secretariat, comune_invoice):
    client.force_login(secretariat)
    url = reverse("billing:invoice", args=[comune_invoice.pk])
    data = {"payment-amount_eur": "1500.00", "payment-paid_on": "2027-02-15", "payment-reference": "T-1"}
    response = client.post(url, data)
    assert "more than is left to pay (EUR 1000.00)" in str(response.context["payment_form"].errors)
    data["payment-amount_eur"] = "-5"
    response = client.post(url, data)
    assert "more than zero" in str(response.context["payment_form"].errors)
    assert not Payment.objects.exists()
    data["payment-amount_eur"] = "400"
    assert client.post(url, data).status_code == 302
    response = client.post(url, data | {"payment-amount_eur": "100"})
    assert "already recorded" in str(response.context["payment_form"].errors)
    assert Payment.objects.count() == 1


def test_a_credit_note_from_the_desk(client, secretariat, comune_invoice):
    client.force_login(secretariat)
    url = reverse("billing:invoice", args=[comune_invoice.pk])
    assert client.post(url, {"credit-amount_eur": "", "credit-reason": "Left"}).status_code == 302
    page = client.get(url).content.decode()
    assert "NC-2027-0001" in page and "Credited" in page


def test_the_year_page_shows_the_totals(client, secretariat, comune_invoice):
    record_payment(comune_invoice.pk, Decimal("400.00"), ISSUED, "T-1", secretariat)
    client.force_login(secretariat)
    totals = client.get(reverse("billing:year", args=[YEAR])).context["totals"]
    assert (totals["invoiced"], totals["paid"], totals["outstanding"]) == (
        Decimal(1750),
        Decimal(400),
        Decimal(1350),
    )
    later = year_totals(YEAR, today=datetime.date(2027, 4, 1))
    assert later["overdue"] == Decimal(1350)
    assert dict(later["counts"])[FeeState.OVERDUE] == 3


def test_the_csv_export_is_safe(client, secretariat, members):
    members["comune"].name = "=HYPERLINK(1)"
    members["comune"].save()
    issue_fee_year(YEAR, secretariat, issued_on=ISSUED, due_on=DUE)
    client.force_login(secretariat)
    text = client.get(reverse("billing:export_csv", args=[YEAR])).content.decode("utf-8-sig")
    assert "2027-0001,'=HYPERLINK(1)" in text
    assert "2027-0002,Ale kommun" in text


def test_the_xlsx_export_keeps_numbers_and_dates_and_never_writes_a_formula(client, secretariat, members):
    import io

    from openpyxl import load_workbook

    members["comune"].name = "=HYPERLINK(1)"
    members["comune"].save()
    issue_fee_year(YEAR, secretariat, issued_on=ISSUED, due_on=DUE)
    client.force_login(secretariat)
    response = client.get("/it" + reverse("billing:export_xlsx", args=[YEAR])[3:])
    assert response["Content-Type"].startswith("application/vnd.openxmlformats")
    sheet = load_workbook(io.BytesIO(response.content)).active
    rows = {row[1].value: row for row in sheet.iter_rows(min_row=2)}
    assert sheet.title == "Fatture 2027"
    assert sheet["A1"].value == "Numero"
    ale = rows["Ale kommun"]
    assert [ale[2].value, ale[3].value, ale[6].value] == ["SE", 2027, 500.0]
    assert ale[5].value == datetime.datetime(2027, 3, 3)
    assert rows["=HYPERLINK(1)"][1].data_type == "s"


def test_the_it_csv_uses_semicolons(client, secretariat, members):
    issue_fee_year(YEAR, secretariat, issued_on=ISSUED, due_on=DUE)
    client.force_login(secretariat)
    text = client.get("/it" + reverse("billing:export_csv", args=[YEAR])[3:]).content.decode("utf-8-sig")
    assert "2027-0001;Ale kommun;SE;2027;2027-02-01;2027-03-03;500,00" in text


# --- query counts: 1 vs many rows --------------------------------------------------------------
@pytest.mark.parametrize("name", ["year", "my_invoices"])
def test_lists_cost_the_same_queries_with_one_and_many_rows(client, secretariat, fee_table, name):
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    from .helpers import contact

    first = OrganisationFactory(name="Comune 00")
    user = contact(first, "it")
    viewer = secretariat if name == "year" else user
    url = reverse(f"billing:{name}", **({"args": [YEAR]} if name == "year" else {}))
    make_invoice(first)
    client.force_login(viewer)
    client.get(url)
    with CaptureQueriesContext(connection) as one:
        client.get(url)
    for n in range(1, 8):
        organisation = OrganisationFactory(name=f"Comune {n:02d}")
        invoice = make_invoice(
            organisation if name == "year" else first, fee_year=YEAR if name == "year" else 2000 + n
        )
        record_payment(invoice.pk, Decimal("100.00"), ISSUED, f"T-{n}", secretariat)
    with CaptureQueriesContext(connection) as many:
        client.get(url)
    assert len(many) == len(one), [q["sql"] for q in many.captured_queries]


# --- a large network (issue 16) ---------------------------------------------------------------
def test_the_secretariat_exempts_a_member_typed_by_its_name(client, secretariat, members):
    from billing.models import Exemption

    client.force_login(secretariat)
    url = reverse("billing:exempt", args=[YEAR])
    client.post(url, {"exempt-organisation": "  arci PARMA ", "exempt-reason": "Flooded office"})
    exemption = Exemption.objects.get(fee_year=YEAR)
    assert (exemption.organisation, exemption.reason) == (members["association"], "Flooded office")
    client.post(url, {"exempt-organisation": "Nobody at all", "exempt-reason": "No one"})
    assert Exemption.objects.count() == 1


def test_the_fee_year_page_does_not_grow_with_the_number_of_members(client, secretariat, members):
    client.force_login(secretariat)
    url = reverse("billing:year", args=[YEAR])
    with_three = len(client.get(url).content)
    OrganisationFactory.create_batch(200)
    with_many = len(client.get(url).content)
    assert with_many - with_three < 1000  # a list of every member would add ~60 bytes each


def test_the_fee_year_page_names_the_first_overdue_invoices_and_counts_them_all(
    client, secretariat, comune_invoice, monkeypatch
):
    from billing.views import desk

    monkeypatch.setattr(desk, "OVERDUE_SHOWN", 2)
    with time_machine.travel(datetime.datetime(2027, 4, 1, 10), tick=False):
        client.force_login(secretariat)
        page = client.get(reverse("billing:year", args=[YEAR])).content.decode()
    overdue = page.split("Overdue invoices</caption>")[1].split("</table>")[0]
    assert overdue.count("<tr>") == 1 + 2  # the header and two invoices
    assert "The first 2 of 3 overdue invoices" in page


@pytest.mark.parametrize("year", ["0", "999", "99999", "99999999999999999999"])
def test_a_fee_year_that_cannot_be_one_is_no_page(client, secretariat, year):
    client.force_login(secretariat)
    for page in ("", "invoices.csv", "invoices.xlsx"):
        assert client.get(f"/en/desk/billing/{year}/{page}").status_code == 404


def test_the_first_fee_year_links_only_the_next_one(client, secretariat):
    client.force_login(secretariat)
    page = client.get("/en/desk/billing/1000/").content.decode()
    assert 'href="/en/desk/billing/1001/"' in page and "/en/desk/billing/999/" not in page


def test_the_fee_year_writes_amounts_as_italian_and_swedish_readers_write_them(
    client, secretariat, comune_invoice
):
    client.force_login(secretariat)
    italian = client.get(f"/it/desk/billing/{YEAR}/").content.decode()
    swedish = client.get(f"/sv/desk/billing/{YEAR}/").content.decode()
    assert "EUR 1.750,00" in italian and "EUR 1750.00" not in italian
    assert "EUR 1\xa0750,00" in swedish
    # On a phone each invoice is a block whose cells name their column.
    assert '<table class="stacked">' in italian and 'data-label="Importo (EUR)"' in italian


def test_italian_states_agree_with_an_invoice_and_an_application(client, secretariat, comune_invoice):
    from django.utils import translation

    from billing.models import FeeState
    from members.models import ApplicationState

    with translation.override("it"):
        assert str(FeeState.PAID.label) == "Pagata" and str(FeeState.OVERDUE.label) == "Scaduta"
        assert [str(state.label) for state in (ApplicationState.SUBMITTED, ApplicationState.APPROVED)] == [
            "Presentata",
            "Approvata",
        ]

"""The fee year in the browser, axe on every page.

The secretariat issues the year's invoices; an Italian member contact downloads its invoice, in
Italian; the secretariat downloads the FatturaPA file for it, records a partial and then a full
payment; the overdue reminder (30 days after the due day) goes only to the member still unpaid.
"""

import datetime
from pathlib import Path

import pytest
import time_machine
from django.core import mail
from django.utils import translation
from django.utils.translation import gettext
from pypdf import PdfReader

from billing.models import BillingDetails, Invoice
from billing.tasks import send_invoice_reminders
from members.models import ContactRole, ContactRoleAssignment, FeeBand, OrganisationContact
from strategy.models import NetworkProfile
from tests.browser.helpers import login
from tests.factories import PASSWORD, MemberContactFactory, OrganisationFactory, SecretariatFactory

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True, serialized_rollback=True)]

ISSUING = datetime.datetime(2027, 2, 1, 10, 0)
PAYING = datetime.datetime(2027, 2, 20, 10, 0)
OVERDUE = datetime.datetime(2027, 4, 5, 9, 0)  # 30 days after the due day 2027-03-03


def t(lang: str, text: str) -> str:
    with translation.override(lang):
        return gettext(text)


def billing_contact(organisation, email, language):
    user = MemberContactFactory(email=email, organisation=organisation, language=language)
    contact = OrganisationContact.objects.get(user=user)
    ContactRoleAssignment.objects.create(
        contact=contact, role=ContactRole.BILLING, starts_on=datetime.date(2020, 1, 1)
    )
    return user


def signed_in_desk(browser, live_server, secretariat):
    """A fresh sign-in for the secretariat (the clock jumps weeks ahead between the steps)."""
    desk = browser.new_context(locale="en-GB").new_page()
    desk.set_default_timeout(30_000)
    login(desk, live_server, secretariat.email, PASSWORD)
    return desk


def test_a_fee_year_from_issue_to_the_overdue_reminder(browser, live_server, axe_check):
    with time_machine.travel(ISSUING, tick=True) as clock:
        FeeBand.objects.create(year=2027, is_public=True, min_size=0, amount_eur=500)
        FeeBand.objects.create(year=2027, is_public=True, min_size=10_000, amount_eur=1000)
        parma = OrganisationFactory(name="Comune di Parma", slug="comune-di-parma", inhabitants=195_000)
        ale = OrganisationFactory(name="Ale kommun", slug="ale-kommun", country="SE", inhabitants=8_000)
        giulia = billing_contact(parma, "ragioneria@parma.example", "it")
        billing_contact(ale, "ekonomi@ale.example", "sv")
        secretariat = SecretariatFactory(email="segreteria@sern.example", language="en")
        NetworkProfile.objects.update(vat_number="12345670017", iban="IT60X0542811101000000123456")
        BillingDetails.objects.create(
            organisation=parma,
            ipa_code="UFABCD",
            invoice_address="Strada della Repubblica 1, 43121 Parma (PR)",
        )

        # 1. The secretariat issues the year's invoices from the desk, after the confirm step.
        desk = signed_in_desk(browser, live_server, secretariat)
        desk.goto(f"{live_server.url}/en/desk/applications/")
        axe_check(desk)
        desk.get_by_role("link", name="Fees and invoices").click()
        desk.wait_for_url("**/en/desk/billing/2027/")
        axe_check(desk)
        desk.get_by_role("link", name="Issue the 2027 invoices").click()
        desk.wait_for_url("**/issue/")
        axe_check(desk)
        assert desk.get_by_text("2 members will be invoiced, EUR 1500.00 in all.").count() == 1
        desk.get_by_label("Due on").fill("2027-03-03")
        desk.get_by_role("button", name="Issue the invoices").click()  # not confirmed: stays
        axe_check(desk)
        assert not Invoice.objects.exists()
        desk.get_by_label("Yes, issue these invoices now").check()
        desk.get_by_role("button", name="Issue the invoices").click()
        desk.wait_for_url("**/en/desk/billing/2027/")
        axe_check(desk)
        assert desk.get_by_text("2 invoices issued, 2027-0001 to 2027-0002.").count() == 1
        parma_invoice = Invoice.objects.get(organisation=parma)
        assert (parma_invoice.number, parma_invoice.language) == ("2027-0002", "it")

        # 2. The Italian billing contact finds the invoice in the Members Area and downloads it, in Italian.
        member = browser.new_context(locale="it-IT", accept_downloads=True).new_page()
        member.set_default_timeout(30_000)
        login(member, live_server, giulia.email, PASSWORD)
        member.goto(f"{live_server.url}/it/members-area/")
        axe_check(member)
        member.get_by_role("link", name=t("it", "Invoices and billing details")).click()
        member.wait_for_url("**/it/members-area/invoices/")
        axe_check(member)
        assert member.get_by_text("2027-0001").count() == 0  # Ale's invoice is not shown
        with member.expect_download() as download:
            member.get_by_role("link", name="Scarica 2027-0002").click()
        text = PdfReader(download.value.path()).pages[0].extract_text()
        assert "Fattura 2027-0002" in text and "Quota associativa annuale 2027" in text

        # 3. The secretariat records a partial payment, then the rest.
        clock.move_to(PAYING)
        desk = signed_in_desk(browser, live_server, secretariat)
        desk.goto(f"{live_server.url}/en/desk/billing/invoices/{parma_invoice.pk}/")
        axe_check(desk)
        with desk.expect_download() as download:  # the file Parma's ragioneria must receive
            desk.get_by_role("link", name="Download the FatturaPA (XML)").click()
        assert download.value.suggested_filename.startswith("IT12345670017_")
        assert b"<CodiceDestinatario>UFABCD</CodiceDestinatario>" in Path(download.value.path()).read_bytes()
        record = desk.locator("form", has=desk.get_by_role("button", name="Record the payment"))
        record.get_by_label("Amount (EUR)").fill("400")
        record.get_by_label("Paid on").fill("2027-02-19")
        record.get_by_label("Payment reference").fill("CRO-0001")
        record.get_by_role("button", name="Record the payment").click()
        desk.wait_for_load_state()
        axe_check(desk)
        assert desk.get_by_text("Partially paid").count() >= 1
        record = desk.locator("form", has=desk.get_by_role("button", name="Record the payment"))
        record.get_by_label("Amount (EUR)").fill("700")  # more than is left: refused, nothing written
        record.get_by_label("Paid on").fill("2027-02-20")
        record.get_by_label("Payment reference").fill("CRO-0002")
        record.get_by_role("button", name="Record the payment").click()
        desk.wait_for_load_state()
        axe_check(desk)
        assert desk.get_by_text("more than is left to pay (EUR 600.00)").count() == 1
        record = desk.locator("form", has=desk.get_by_role("button", name="Record the payment"))
        record.get_by_label("Amount (EUR)").fill("600")
        record.get_by_role("button", name="Record the payment").click()
        desk.wait_for_load_state()
        axe_check(desk)
        assert desk.get_by_text("Paid", exact=True).count() == 1
        assert sum(p.amount_eur for p in parma_invoice.payments.all()) == 1000

        # 4. Thirty days after the due day the overdue reminder goes only to the member still unpaid.
        clock.move_to(OVERDUE)
        mail.outbox.clear()
        send_invoice_reminders()
        assert [(m.to, m.subject) for m in mail.outbox] == [
            (["ekonomi@ale.example"], "Förfallen: faktura 2027-0001")
        ]
        send_invoice_reminders()
        assert len(mail.outbox) == 1
        desk = signed_in_desk(browser, live_server, secretariat)
        desk.goto(f"{live_server.url}/en/desk/billing/2027/")
        axe_check(desk)
        overdue = desk.get_by_role("region", name="Overdue invoices")
        assert overdue.get_by_text("Ale kommun").count() == 1
        assert overdue.get_by_text("Comune di Parma").count() == 0

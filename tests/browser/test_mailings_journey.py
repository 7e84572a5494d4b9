"""The secretariat sends a mailing to the Swedish contacts of "Climate action" (previewed in each
language, sent, progress complete); a recipient leaves the list with one click without signing in.
axe on every page."""

import re

import pytest
from django.core import mail
from django.utils import translation
from django.utils.translation import gettext

from mailings.models import ListOptOut, MailingDelivery
from members.models import OrganisationContact
from strategy.models import Priority
from tests.browser.helpers import login
from tests.factories import PASSWORD, OrganisationFactory, SecretariatFactory, UserFactory

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True, serialized_rollback=True)]


def label(text: str) -> re.Pattern:
    return re.compile(rf"^{re.escape(text)}:?( \*)?$")


def contact_of(organisation, email: str, language: str):
    user = UserFactory(email=email, name=email.split("@")[0].capitalize(), language=language)
    OrganisationContact.objects.create(organisation=organisation, user=user)
    return user


def test_the_secretariat_sends_a_mailing_and_a_recipient_leaves_the_list_with_one_click(
    browser, page, live_server, visit, axe_check
):
    climate = Priority.objects.get(code="climate-action")
    lulea = OrganisationFactory(name="Luleå kommun", country="SE")
    lulea.priorities.set([climate])
    kiruna = OrganisationFactory(name="Kiruna kommun", country="SE")  # another priority
    parma = OrganisationFactory(name="Comune di Parma", country="IT")
    parma.priorities.set([climate])
    contact_of(lulea, "anna@lulea.example", "sv")
    contact_of(kiruna, "lars@kiruna.example", "sv")
    contact_of(parma, "giulia@parma.example", "it")
    secretariat = SecretariatFactory(language="en")

    login(page, live_server, secretariat.email, PASSWORD)
    visit("/en/desk/applications/")
    page.get_by_role("link", name="Mailings", exact=True).first.click()
    page.wait_for_url("**/desk/mailings/")
    axe_check(page)
    page.get_by_role("link", name="Write a new mailing").click()
    page.wait_for_url("**/desk/mailings/new/")
    axe_check(page)

    page.get_by_label(label("List")).select_option(label="Network news")
    texts = {
        "English": ("Climate Pact meeting", "Dear colleagues, join us in April."),
        "Swedish": ("Möte om klimatpakten", "Kära kollegor, välkomna i april."),
        "Italian": (
            "Incontro sul Patto per il clima",
            "Care colleghe e cari colleghi, vi aspettiamo ad aprile.",
        ),
    }
    for language, (subject, body) in texts.items():
        page.get_by_label(label(f"Subject ({language})")).fill(subject)
        page.get_by_label(label(f"Text ({language})")).fill(body)
    page.get_by_label("Climate action", exact=True).check()
    page.get_by_label(label("Only contacts of members in these countries")).select_option("SE")
    page.get_by_role("button", name="Save and count the recipients").click()
    page.wait_for_url(re.compile(r".*/desk/mailings/\d+/$"))
    axe_check(page)
    assert page.get_by_text("1 recipient", exact=True).is_visible()
    detail_url = page.url

    for language, (subject, body) in texts.items():
        page.get_by_role("link", name=f"Preview in {language}").click()
        page.wait_for_load_state()
        axe_check(page)
        assert page.get_by_text(subject, exact=True).is_visible()
        assert body in page.locator("pre").inner_text()
        page.get_by_role("link", name="Back to the mailing").click()
        page.wait_for_url(detail_url)

    page.get_by_role("button", name="Send to 1 recipient").click()
    page.wait_for_url(detail_url)
    axe_check(page)
    for _attempt in range(20):
        if page.get_by_text("Sending is complete.").count():
            break
        page.get_by_role("link", name="Refresh").click()
        page.wait_for_load_state()
    assert page.get_by_text("Sending is complete.").is_visible()
    assert page.get_by_text("Sent: 1 of 1").is_visible()
    axe_check(page)
    page.get_by_role("link", name="Send log").click()
    page.wait_for_load_state()
    axe_check(page)
    assert page.get_by_role("cell", name="anna@lulea.example").is_visible()

    # Anna reads the mail (in Swedish) and leaves the list from it, not signed in.
    (message,) = [m for m in mail.outbox if m.to == ["anna@lulea.example"]]
    assert message.subject == "Möte om klimatpakten"
    assert message.extra_headers["List-Unsubscribe-Post"] == "List-Unsubscribe=One-Click"
    link = message.extra_headers["List-Unsubscribe"].strip("<>")
    assert link in message.body
    path = "/" + link.split("/", 3)[3]
    assert path.startswith("/sv/mailings/unsubscribe/network-news/")
    reader = browser.new_context(locale="sv-SE").new_page()
    reader.goto(live_server.url + path)
    axe_check(reader)
    with translation.override("sv"):
        unsubscribe, done = gettext("Unsubscribe"), gettext("You have been unsubscribed")
    reader.get_by_role("button", name=unsubscribe).click()
    reader.get_by_role("heading", name=done).wait_for()
    axe_check(reader)
    assert ListOptOut.objects.filter(
        user__email="anna@lulea.example", mailing_list__slug="network-news"
    ).exists()
    assert MailingDelivery.objects.filter(state="sent").count() == 1
    reader.context.close()

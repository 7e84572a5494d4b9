"""The document library in a browser (axe on every page), and the accessibility feedback in Italian."""

import importlib

import pytest
from django.apps import apps as django_apps

from library.models import Access, Document, Folder
from library.services.filing import add_version
from library.services.samples import simple_pdf
from strategy.models import AccessibilityFeedback
from tests.browser.helpers import login
from tests.factories import PASSWORD, ApplicantFactory, MemberContactFactory, SecretariatFactory

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True, serialized_rollback=True)]


@pytest.fixture(autouse=True)
def library(settings, tmp_path):
    """Private files in a temporary folder; the standard folders, also after an earlier flush."""
    settings.PRIVATE_MEDIA_ROOT = tmp_path
    importlib.import_module("library.migrations.0002_standard_folders").create_folders(django_apps, None)


def minutes() -> Document:
    document = Document.objects.create(
        folder=Folder.objects.get(slug="minutes"),
        title="Board minutes, 12 March 2026",
        title_en="Board minutes, 12 March 2026",
        access=Access.MEMBERS,
    )
    add_version(document, content=simple_pdf("Minutes v1"), filename="m.pdf", content_type="application/pdf")
    return document


def test_a_member_opens_minutes_that_a_non_member_cannot(page, live_server, axe_check, browser):
    document = minutes()
    member = MemberContactFactory(email="anna@lulea.example")
    login(page, live_server, member.email, PASSWORD)
    page.get_by_role("navigation", name="Main menu").get_by_role("link", name="Members Area").click()
    page.wait_for_url("**/en/members-area/")
    page.get_by_role("navigation", name="Members Area").get_by_role("link", name="Document library").click()
    page.wait_for_url("**/en/library/")
    axe_check(page)
    page.get_by_role("link", name="Board minutes").click()
    page.wait_for_url("**/library/folders/minutes/")
    axe_check(page)
    page.get_by_role("link", name=document.title).click()
    page.wait_for_url(f"**/library/documents/{document.pk}/")
    axe_check(page)
    with page.expect_download() as download:
        page.get_by_role("link", name="Download", exact=True).click()
    assert download.value.suggested_filename == "board-minutes-12-march-2026-v1.pdf"

    outsider = ApplicantFactory(email="someone@example.org")
    context = browser.new_context(locale="en-GB")
    other = context.new_page()
    login(other, live_server, outsider.email, PASSWORD)
    response = other.goto(f"{live_server.url}/en/library/documents/{document.pk}/")
    assert response.status == 403
    axe_check(other)
    assert other.get_by_role("heading", level=1).inner_text() == "You cannot open this document"
    assert "can be opened by: Members" in other.content()
    other.goto(f"{live_server.url}/en/library/folders/minutes/")
    axe_check(other)
    assert other.get_by_role("link", name=document.title).count() == 0
    context.close()


def test_the_secretariat_uploads_a_new_version_and_the_old_one_is_still_listed(page, live_server, axe_check):
    document = minutes()
    secretariat = SecretariatFactory(email="desk@sern.example")
    login(page, live_server, secretariat.email, PASSWORD)
    page.goto(f"{live_server.url}/en/desk/library/")
    axe_check(page)
    page.get_by_role("link", name=document.title).click()
    page.wait_for_url(f"**/library/documents/{document.pk}/")
    page.get_by_role("link", name="Upload a new version").click()
    page.wait_for_url("**/version/")
    axe_check(page)
    page.get_by_label("File:", exact=True).set_input_files(
        {"name": "minutes-v2.pdf", "mimeType": "application/pdf", "buffer": simple_pdf("Minutes v2")}
    )
    page.get_by_role("button", name="Upload").click()
    page.wait_for_url(f"**/library/documents/{document.pk}/")
    axe_check(page)
    assert "Version 2 is uploaded" in page.content()
    history = page.get_by_role("region", name="Version history")
    assert history.get_by_role("link", name="Download version 1").count() == 1
    assert history.get_by_role("link", name="Download version 2").count() == 1
    with page.expect_download() as download:
        history.get_by_role("link", name="Download version 1").click()
    assert download.value.suggested_filename == "board-minutes-12-march-2026-v1.pdf"


def test_the_accessibility_feedback_form_works_in_italian(page, live_server, axe_check):
    page.goto(f"{live_server.url}/it/")
    page.get_by_role("contentinfo").get_by_role("link", name="Dichiarazione di accessibilità").click()
    page.wait_for_url("**/it/accessibility/")
    axe_check(page)
    page.get_by_label("Che cosa non ha funzionato per te?").fill("Il menu non si apre con la tastiera.")
    page.get_by_label("Pagina interessata (indirizzo o nome)").fill("/it/")
    page.get_by_role("button", name="Invia").click()
    page.get_by_text("Grazie: il tuo messaggio è arrivato alla segreteria.").wait_for()
    axe_check(page)
    feedback = AccessibilityFeedback.objects.get()
    assert (feedback.language, feedback.page) == ("it", "/it/")
    page.get_by_role("contentinfo").get_by_role("link", name="Note legali").click()
    page.wait_for_url("**/it/legal-notice/")
    axe_check(page)

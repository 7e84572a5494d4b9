"""The secretariat's uploads: the type read from the content, the size bounded, no active content."""

import io
import zipfile

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse

from library.models import Document, DocumentState, Folder
from library.services.samples import simple_docx, simple_pdf
from tests.members.test_pdf_active_content import with_javascript, with_launch_on_page_open, with_open_action

from .conftest import make_document

pytestmark = pytest.mark.django_db


def upload(client, content: bytes, name: str = "minutes.pdf", **data):
    form = {
        "folder": Folder.objects.get(slug="minutes").pk,
        "title_en": "Minutes of 3 May",
        "title_sv": "Protokoll 3 maj",
        "access": "members",
        "state": "published",
        "language": "",
        "file": SimpleUploadedFile(name, content, content_type="application/pdf"),
        **data,
    }
    return client.post(reverse("desk_library_upload"), form)


def macro_docx() -> bytes:
    buffer = io.BytesIO(simple_docx("x"))
    with zipfile.ZipFile(buffer, "a") as archive:
        archive.writestr("word/vbaProject.bin", b"macro")
    return buffer.getvalue()


def test_the_secretariat_uploads_a_pdf_and_the_type_comes_from_the_content(client, secretariat):
    client.force_login(secretariat)
    response = upload(client, simple_pdf("Minutes"), name="minutes.exe")
    document = Document.objects.get()
    assert response.status_code == 302
    version = document.versions.get()
    assert (version.content_type, version.file.name.endswith(".pdf")) == ("application/pdf", True)
    assert (document.title_sv, document.state) == ("Protokoll 3 maj", DocumentState.PUBLISHED)


def test_an_office_document_is_accepted(client, secretariat):
    client.force_login(secretariat)
    assert upload(client, simple_docx("Template"), name="t.docx").status_code == 302
    assert Document.objects.get().versions.get().content_type.endswith("wordprocessingml.document")


@pytest.mark.parametrize(
    ("content", "message"),
    [
        (b"just some text, not a document", "This type of file is not accepted"),
        (b"MZ\x90\x00 a windows program", "This file is a program"),
        (b"<html><script>alert(1)</script></html>", "This type of file is not accepted"),
        (with_javascript(), "contains scripts, automatic actions or embedded files"),
        (with_open_action(), "contains scripts, automatic actions or embedded files"),
        (with_launch_on_page_open(), "contains scripts, automatic actions or embedded files"),
        (b"%PDF-1.4 broken", "This PDF cannot be read"),
        (macro_docx(), "contains macros"),
    ],
)
def test_wrong_or_dangerous_files_are_refused_with_a_clear_message(client, secretariat, content, message):
    client.force_login(secretariat)
    response = upload(client, content)
    assert response.status_code == 200
    assert message in response.content.decode()
    assert not Document.objects.exists()


def test_a_file_over_the_limit_is_refused(client, secretariat, settings):
    settings.SERN_MAX_UPLOAD_BYTES = 2000
    client.force_login(secretariat)
    response = upload(client, simple_pdf("x" * 40, *["more text"] * 200))
    assert "a document may be at most" in response.content.decode()
    assert not Document.objects.exists()


def test_a_new_version_through_the_desk_keeps_the_old_one(client, secretariat):
    document = make_document()
    client.force_login(secretariat)
    response = client.post(
        reverse("desk_library_version", args=[document.pk]),
        {"language": "", "file": SimpleUploadedFile("v2.pdf", simple_pdf("v2"))},
        follow=True,
    )
    assert "Version 2 is uploaded" in response.content.decode()
    assert sorted(document.versions.values_list("number", flat=True)) == [1, 2]
    bad = client.post(
        reverse("desk_library_version", args=[document.pk]),
        {"language": "", "file": SimpleUploadedFile("v3.pdf", with_javascript())},
    )
    assert "contains scripts" in bad.content.decode()
    assert document.versions.count() == 2


def test_the_settings_page_publishes_a_draft(client, secretariat):
    document = make_document(state=DocumentState.DRAFT)
    client.force_login(secretariat)
    client.post(
        reverse("desk_library_settings", args=[document.pk]), {"access": "public", "state": "published"}
    )
    document.refresh_from_db()
    assert (document.access, document.state) == ("public", "published")


@pytest.mark.parametrize("who", ["member", "board_member", "outsider"])
def test_only_the_secretariat_reaches_the_desk_pages(client, request, who):
    document = make_document()
    client.force_login(request.getfixturevalue(who))
    for url in (
        reverse("desk_library"),
        reverse("desk_library_upload"),
        reverse("desk_library_version", args=[document.pk]),
        reverse("desk_library_settings", args=[document.pk]),
    ):
        assert client.get(url).status_code == 403
    assert client.post(reverse("desk_library_withdraw", args=[document.pk])).status_code == 403


def test_the_desk_list_shows_drafts_and_filters_by_state(client, secretariat):
    make_document("A draft", state=DocumentState.DRAFT)
    make_document("Published one")
    client.force_login(secretariat)
    page = client.get(reverse("desk_library"), {"state": "draft"}).content.decode()
    assert "A draft" in page and "Published one" not in page

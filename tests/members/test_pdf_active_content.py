"""A signed form with scripts, automatic actions or embedded files is refused with a clear message."""

import io

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse
from pypdf import PdfWriter
from pypdf.generic import ArrayObject, DictionaryObject, NameObject, TextStringObject

from members.forms import check_signed_form
from members.models import MembershipApplication

from .conftest import pdf_bytes

REFUSAL = "contains scripts, automatic actions or embedded files"


def written(writer: PdfWriter) -> bytes:
    buffer = io.BytesIO()
    writer.write(buffer)
    return buffer.getvalue()


def blank() -> PdfWriter:
    writer = PdfWriter()
    writer.add_blank_page(width=200, height=200)
    return writer


def with_javascript() -> bytes:
    """A document-level script: /Names → /JavaScript → a JavaScript action."""
    writer = blank()
    action = DictionaryObject(
        {NameObject("/S"): NameObject("/JavaScript"), NameObject("/JS"): TextStringObject("app.alert(1)")}
    )
    tree = DictionaryObject(
        {NameObject("/Names"): ArrayObject([TextStringObject("hello"), writer._add_object(action)])}
    )
    writer._root_object[NameObject("/Names")] = DictionaryObject({NameObject("/JavaScript"): tree})
    return written(writer)


def with_open_action() -> bytes:
    writer = blank()
    action = DictionaryObject(
        {NameObject("/S"): NameObject("/JavaScript"), NameObject("/JS"): TextStringObject("app.alert(1)")}
    )
    writer._root_object[NameObject("/OpenAction")] = writer._add_object(action)
    return written(writer)


def with_launch_on_page_open() -> bytes:
    writer = blank()
    launch = DictionaryObject(
        {NameObject("/S"): NameObject("/Launch"), NameObject("/F"): TextStringObject("calc")}
    )
    writer.pages[0][NameObject("/AA")] = DictionaryObject({NameObject("/O"): writer._add_object(launch)})
    return written(writer)


def with_embedded_file() -> bytes:
    writer = blank()
    writer.add_attachment("invoice.exe", b"MZ not really")
    return written(writer)


def with_hex_escaped_name() -> bytes:
    # "/J#61vaScript" is "/JavaScript" to a PDF reader.
    return with_javascript().replace(b"/JavaScript", b"/J#61vaScript")


@pytest.mark.parametrize(
    "make",
    [with_javascript, with_open_action, with_launch_on_page_open, with_embedded_file, with_hex_escaped_name],
)
def test_a_pdf_with_active_content_is_refused_by_the_check(make):
    from django import forms

    with pytest.raises(forms.ValidationError) as refused:
        check_signed_form(SimpleUploadedFile("form.pdf", make(), content_type="application/pdf"))
    assert REFUSAL in str(refused.value)


def test_a_plain_pdf_passes_the_check():
    check_signed_form(SimpleUploadedFile("form.pdf", pdf_bytes(), content_type="application/pdf"))


def test_the_applicant_is_told_why_a_pdf_with_javascript_is_refused_and_it_is_not_stored(client, applicant):
    client.force_login(applicant)
    client.post(reverse("apply"))
    draft = MembershipApplication.objects.get(applicant=applicant)
    data = {
        "signed_form": SimpleUploadedFile("form.pdf", with_javascript(), content_type="application/pdf"),
        "consent": "on",
    }
    response = client.post(reverse("application_step", args=[draft.pk, "documents"]), data)
    assert REFUSAL in response.content.decode()
    draft.refresh_from_db()
    assert not draft.signed_form


def test_the_refusal_is_in_swedish_for_a_swedish_reader(client, applicant):
    client.force_login(applicant)
    client.post(reverse("apply"))
    draft = MembershipApplication.objects.get(applicant=applicant)
    data = {"signed_form": SimpleUploadedFile("form.pdf", with_javascript(), content_type="application/pdf")}
    response = client.post(f"/sv{reverse('application_step', args=[draft.pk, 'documents'])[3:]}", data)
    assert "innehåller skript, automatiska åtgärder eller inbäddade filer" in response.content.decode()

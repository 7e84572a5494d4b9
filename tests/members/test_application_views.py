"""The applicant's steps: drafts, bad input, uploads, the fee, and a submit that counts once."""

import pytest
from django.core import mail
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse

from members.models import ApplicationEvent, MembershipApplication

from .conftest import pdf_bytes


def step_url(application, step):
    return reverse("application_step", args=[application.pk, step])


@pytest.fixture
def draft(client, applicant):
    client.force_login(applicant)
    client.post(reverse("apply"))
    return MembershipApplication.objects.get(applicant=applicant)


def test_starting_twice_opens_the_same_draft(client, draft):
    response = client.post(reverse("apply"))
    assert response.url == step_url(draft, "organisation")
    assert MembershipApplication.objects.count() == 1


def test_an_unverified_user_cannot_apply(client, applicant):
    applicant.emailaddress_set.update(verified=False)
    client.force_login(applicant)
    assert client.get(reverse("apply")).status_code == 403


def test_each_step_is_saved_as_a_draft(client, draft):
    response = client.post(
        step_url(draft, "organisation"),
        {
            "name": "Kiruna kommun",
            "kind": "municipality",
            "is_public": "on",
            "country": "SE",
            "town": "Kiruna",
            "inhabitants": "22000",
        },
    )
    assert response.url == step_url(draft, "people")
    draft.refresh_from_db()
    assert (draft.name, draft.inhabitants, draft.state) == ("Kiruna kommun", 22_000, "draft")


def test_bad_input_is_explained_at_the_field_and_nothing_is_lost(client, draft):
    response = client.post(
        step_url(draft, "organisation"),
        {
            "name": "Kiruna kommun",
            "kind": "municipality",
            "is_public": "on",
            "country": "SE",
            "town": "Kiruna",
            "website": "not a url",
        },
    )
    assert response.status_code == 200
    assert "A public authority gives its number of inhabitants." in response.content.decode()
    assert response.context["form"].errors["website"]
    assert 'value="Kiruna kommun"' in response.content.decode()


def test_the_message_is_in_the_users_language(client, draft):
    response = client.post(
        step_url(draft, "organisation").replace("/en/", "/it/"),
        {"name": "X", "kind": "municipality", "is_public": "on", "country": "IT", "town": "Y"},
    )
    assert "abitanti" in response.content.decode()


def upload(client, application, content: bytes, name="form.pdf", consent=True):
    data = {"signed_form": SimpleUploadedFile(name, content, content_type="application/pdf")}
    if consent:
        data["consent"] = "on"
    return client.post(step_url(application, "documents"), data)


@pytest.mark.parametrize(
    ("content", "message"),
    [
        (b"Hello, this is a text file", "not a PDF document"),
        (b"MZ\x90\x00\x03" + b"\x00" * 200, "is a program"),
        (b"\x7fELF\x02\x01\x01" + b"\x00" * 200, "is a program"),
        (b"%PDF-1.7\n garbage that no reader can parse", "cannot be read"),
    ],
    ids=["text", "windows-executable", "linux-executable", "broken-pdf"],
)
def test_a_file_that_is_not_a_readable_pdf_is_refused(client, draft, content, message):
    response = upload(client, draft, content)
    assert message in response.content.decode()
    draft.refresh_from_db()
    assert not draft.signed_form


def test_a_file_over_10_mb_is_refused(client, draft):
    big = pdf_bytes() + b"%" + b"0" * (10 * 1024 * 1024)
    response = upload(client, draft, big)
    assert "at most 10" in response.content.decode()


def test_a_good_pdf_is_stored_even_when_consent_is_missing_and_then_kept(client, draft):
    response = upload(client, draft, pdf_bytes(), consent=False)
    assert response.status_code == 200
    draft.refresh_from_db()
    assert draft.signed_form
    stored = draft.signed_form.name
    # A wrong file later does not replace the stored one.
    upload(client, draft, b"not a pdf")
    draft.refresh_from_db()
    assert draft.signed_form.name == stored
    # Consent alone now completes the step.
    response = client.post(step_url(draft, "documents"), {"consent": "on"})
    assert response.url == step_url(draft, "review")


def test_the_signed_form_is_served_as_an_attachment_to_its_applicant(client, draft):
    upload(client, draft, pdf_bytes())
    response = client.get(reverse("application_signed_form", args=[draft.pk]))
    assert response.status_code == 200
    assert response["Content-Disposition"].startswith("attachment")
    assert b"".join(response.streaming_content).startswith(b"%PDF-")


def test_the_applicant_sees_the_fee_before_submitting(client, applicant, application_factory, fee_schedule):
    client.force_login(applicant)
    application = application_factory(applicant)
    response = client.get(step_url(application, "review"))
    assert "EUR 1000" in response.content.decode()


def test_submitting_twice_makes_one_submission(
    client, applicant, secretariat, application_factory, django_capture_on_commit_callbacks
):
    client.force_login(applicant)
    application = application_factory(applicant)
    url = reverse("application_submit", args=[application.pk])
    with django_capture_on_commit_callbacks(execute=True):
        first = client.post(url, follow=True)
        second = client.post(url, follow=True)
    assert first.status_code == second.status_code == 200
    assert ApplicationEvent.objects.filter(application=application, to_state="submitted").count() == 1
    assert "already been sent" in second.content.decode()
    assert [m.to for m in mail.outbox].count([secretariat.email]) == 1


def test_an_incomplete_application_cannot_be_submitted(client, draft):
    response = client.post(reverse("application_submit", args=[draft.pk]), follow=True)
    assert "Please complete" in response.content.decode()
    draft.refresh_from_db()
    assert draft.state == "draft"


def test_a_submitted_application_can_no_longer_be_edited(client, applicant, application_factory):
    client.force_login(applicant)
    application = application_factory(applicant, state="submitted")
    assert client.get(step_url(application, "organisation")).status_code == 403

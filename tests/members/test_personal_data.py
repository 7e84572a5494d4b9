"""Personal data: download my data, delete my account (anonymised, records kept), retention of
rejected and withdrawn applications, and the privacy notice."""

import datetime
import json

import pytest
import time_machine
from allauth.account.models import EmailAddress
from django.contrib.auth import get_user_model
from django.urls import reverse
from django.utils import timezone

from members.models import (
    ApplicationEvent,
    ErasureRecord,
    MembershipApplication,
    OrganisationContact,
)
from members.services.applications import transition
from members.services.personal_data import apply_application_retention, erase_account
from members.tasks import apply_application_retention as retention_task
from sern_portal.append_only import AppendOnlyError
from tests.factories import PASSWORD, OrganisationFactory

from .conftest import make_application

User = get_user_model()


def test_download_my_data_gives_everything_about_me_as_json(client, applicant):
    make_application(applicant, state="submitted", name="Comune di Fornovo")
    client.force_login(applicant)
    response = client.get(reverse("account_data_export"))
    assert response["Content-Disposition"] == 'attachment; filename="sern-my-data.json"'
    data = json.loads(response.content)
    assert data["account"]["email"] == applicant.email
    assert data["email_addresses"][0]["email"] == applicant.email
    assert data["applications"][0]["name"] == "Comune di Fornovo"
    assert data["applications"][0]["contacts"][0]["email"] == "paolo@collecchio.example"


def test_my_account_links_to_the_download_and_the_deletion(client, applicant):
    client.force_login(applicant)
    page = client.get(reverse("account")).content.decode()
    assert reverse("account_data_export") in page and reverse("account_delete") in page


def test_deleting_my_account_needs_my_password_and_a_post(client, applicant):
    client.force_login(applicant)
    assert client.get(reverse("account_delete")).status_code == 200
    response = client.post(reverse("account_delete"), {"password": "wrong password"})
    assert "This is not your password." in response.content.decode()
    applicant.refresh_from_db()
    assert applicant.erased_at is None and applicant.is_active


def test_a_person_who_applied_and_was_decided_on_can_be_erased_and_reads_as_a_former_contact(
    client, applicant, secretariat, chair, held_meeting
):
    application = make_application(applicant, state="ready", meeting=held_meeting)
    transition(application, "rejected", chair, comment="Not a local authority.")
    organisation = OrganisationFactory()
    OrganisationContact.objects.create(organisation=organisation, user=applicant)
    client.force_login(applicant)
    response = client.post(reverse("account_delete"), {"password": PASSWORD})
    assert response.status_code == 302
    applicant.refresh_from_db()
    assert applicant.erased_at is not None
    assert applicant.email.endswith("@erased.invalid") and applicant.name == ""
    assert not applicant.is_active and not applicant.has_usable_password()
    assert str(applicant) == "a former contact"
    assert not EmailAddress.objects.filter(user=applicant).exists()
    assert not OrganisationContact.objects.filter(user=applicant).exists()
    # The decision stays, readable, without the people's data of the application.
    event = ApplicationEvent.objects.get(application=application, to_state="rejected")
    assert event.comment == "Not a local authority."
    application.refresh_from_db()
    assert application.legal_representative_email == "" and not application.contacts.exists()
    assert not application.signed_form
    client.force_login(secretariat)
    page = client.get(reverse("desk_application", args=[application.pk])).content.decode()
    assert "a former contact" in page
    assert ErasureRecord.objects.filter(kind="account", subject_id=applicant.pk).exists()
    # Signed out, and the old password no longer opens anything.
    assert not client.login(email=applicant.email, password=PASSWORD)


def test_an_admin_can_erase_a_person_who_applied(admin_client, applicant, chair, held_meeting):
    application = make_application(applicant, state="ready", meeting=held_meeting)
    transition(application, "approved", chair)
    response = admin_client.post(
        reverse("admin:members_user_changelist"),
        {"action": "erase_personal_data", "_selected_action": [applicant.pk]},
    )
    assert response.status_code == 302
    applicant.refresh_from_db()
    assert applicant.erased_at is not None
    assert MembershipApplication.objects.get(pk=application.pk).state == "approved"


def test_an_application_under_review_must_be_withdrawn_before_erasure(client, applicant):
    make_application(applicant, state="submitted")
    client.force_login(applicant)
    response = client.post(reverse("account_delete"), {"password": PASSWORD})
    assert "withdraw it first" in response.content.decode()
    applicant.refresh_from_db()
    assert applicant.erased_at is None


def test_erasing_deletes_the_drafts(applicant):
    make_application(applicant, state="draft")
    erase_account(applicant, by=applicant)
    assert not MembershipApplication.objects.filter(applicant=applicant).exists()


def test_the_erasure_record_is_append_only(applicant):
    record = erase_account(applicant, by=None)
    with pytest.raises(AppendOnlyError):
        record.save()
    with pytest.raises(AppendOnlyError):
        record.delete()
    with pytest.raises(AppendOnlyError):
        type(record).objects.filter(pk=record.pk).delete()


def test_rejected_and_withdrawn_applications_lose_personal_data_after_the_retention_period(
    settings, applicant
):
    settings.SERN_APPLICATION_RETENTION_DAYS = 30
    start = timezone.now()
    with time_machine.travel(start, tick=False):
        old = make_application(applicant, state="draft")
        transition(old, "withdrawn", applicant)
    with time_machine.travel(start + datetime.timedelta(days=29), tick=False):
        assert apply_application_retention() == 0
        recent = make_application(applicant, state="submitted", name="Comune Recente")
        transition(recent, "withdrawn", applicant)
    with time_machine.travel(start + datetime.timedelta(days=31), tick=False):
        assert retention_task.delay().get() == 1
        assert apply_application_retention() == 0  # done once
    old.refresh_from_db()
    recent.refresh_from_db()
    assert old.personal_data_erased_at and old.legal_representative_name == "" and not old.contacts.exists()
    assert old.state == "withdrawn" and old.name == "Comune di Collecchio"
    assert recent.personal_data_erased_at is None and recent.legal_representative_name == "Maria Sindaco"


def test_the_retention_runs_daily_and_its_setting_is_parsed(settings):
    assert settings.CELERY_BEAT_SCHEDULE["application-retention"]["task"] == (
        "members.tasks.apply_application_retention"
    )
    assert isinstance(settings.SERN_APPLICATION_RETENTION_DAYS, int)


@pytest.mark.parametrize(
    ("language", "heading"),
    [("en", "Privacy notice"), ("sv", "Integritetspolicy"), ("it", "Informativa sulla privacy")],
)
def test_the_privacy_notice_is_public_in_three_languages_and_linked_from_every_page(
    db, client, language, heading
):
    response = client.get(f"/{language}/privacy/")
    assert response.status_code == 200
    assert f"<h1>{heading}</h1>" in response.content.decode()
    assert f'href="/{language}/privacy/"' in client.get(f"/{language}/").content.decode()

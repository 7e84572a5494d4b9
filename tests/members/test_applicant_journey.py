"""The application as an applicant lives it: required fields marked, the size figure that fits the
organisation, their own name, sign-in in their language, what happens next, an amendment note, and a
withdrawal that asks first."""

import datetime

import pytest
from django.urls import reverse
from django.utils import timezone

from members.models import ApplicationEvent, BoardMeeting, MembershipApplication
from members.services.applications import transition

from .conftest import make_application


def step_url(application, step):
    return reverse("application_step", args=[application.pk, step])


@pytest.fixture
def draft(client, applicant):
    client.force_login(applicant)
    client.post(reverse("apply"))
    return MembershipApplication.objects.get(applicant=applicant)


ORGANISATION = {"name": "Föreningen Norr", "country": "SE", "town": "Kiruna"}


def test_required_fields_are_marked(client, draft):
    page = client.get(step_url(draft, "organisation")).content.decode()
    assert "Fields marked with * are required." in page
    assert '<label for="id_name" class="required">' in page
    assert '<label for="id_website">' in page  # optional: not marked


def test_an_association_gives_employees_not_inhabitants(client, draft):
    response = client.post(
        step_url(draft, "organisation"), {**ORGANISATION, "kind": "civil_society", "inhabitants": "22000"}
    )
    assert response.status_code == 200
    assert "Give the number of employees or the annual budget." in response.content.decode()
    client.post(step_url(draft, "organisation"), {**ORGANISATION, "kind": "civil_society", "employees": "12"})
    draft.refresh_from_db()
    assert (draft.is_public, draft.employees, draft.inhabitants) == (False, 12, None)


def test_a_municipality_is_a_public_authority_with_inhabitants_whatever_the_form_says(client, draft):
    response = client.post(
        step_url(draft, "organisation"), {**ORGANISATION, "kind": "municipality", "employees": "800"}
    )
    assert "A public authority gives its number of inhabitants." in response.content.decode()
    client.post(
        step_url(draft, "organisation"),
        {**ORGANISATION, "kind": "municipality", "inhabitants": "22000", "employees": "800"},
    )
    draft.refresh_from_db()
    assert (draft.is_public, draft.inhabitants, draft.employees) == (True, 22_000, None)


def test_the_applicants_own_name_is_asked_and_shown_on_the_desk(client, draft, applicant, secretariat):
    applicant.name = ""
    applicant.save()
    response = client.post(
        step_url(draft, "people"),
        {
            "applicant_name": "Sara Kontaktperson",
            "legal_representative_name": "Mats Kommunalråd",
            "legal_representative_role": "Chair",
            "legal_representative_email": "mats@kiruna.example",
            "contacts-TOTAL_FORMS": "1",
            "contacts-INITIAL_FORMS": "0",
            "contacts-MIN_NUM_FORMS": "1",
            "contacts-MAX_NUM_FORMS": "5",
            "contacts-0-name": "Lena",
            "contacts-0-email": "lena@kiruna.example",
        },
    )
    assert response.status_code == 302
    applicant.refresh_from_db()
    assert applicant.name == "Sara Kontaktperson"
    client.force_login(secretariat)
    desk = client.get(reverse("desk_application", args=[draft.pk])).content.decode()
    assert "Sara Kontaktperson" in desk


def test_signing_in_lands_in_the_users_language(client, applicant):
    applicant.set_password("a-long-and-new-password-2026")
    applicant.language = "sv"
    applicant.save()
    response = client.post(
        "/en/accounts/login/", {"login": applicant.email, "password": "a-long-and-new-password-2026"}
    )
    assert response.status_code == 302
    assert response.url.startswith("/sv/")


def test_after_submitting_the_page_says_what_happens_next_and_which_meeting(client, applicant, settings):
    settings.SERN_AGENDA_CUTOFF_DAYS = 14
    meeting = BoardMeeting.objects.create(date=timezone.localdate() + datetime.timedelta(days=40))
    application = make_application(applicant, state="submitted")
    client.force_login(applicant)
    response = client.get(reverse("application_detail", args=[application.pk]))
    page = response.content.decode()
    assert "What happens next" in page
    assert response.context["reachable_meeting"] == meeting
    assert "it can reach the Board meeting of" in page


def test_an_amendment_takes_a_note_the_secretariat_reads(client, applicant, secretariat):
    application = make_application(applicant, state="submitted")
    transition(application, "more_information_requested", secretariat, comment="Add the website.")
    client.force_login(applicant)
    organisation = {
        "name": application.name,
        "kind": application.kind,
        "country": application.country,
        "town": application.town,
        "region": application.region,
        "inhabitants": application.inhabitants,
        "website": "https://kiruna.se",
    }
    assert client.post(step_url(application, "organisation"), organisation).status_code == 302
    review = client.get(step_url(application, "review")).content.decode()
    assert "What did you change?" in review
    response = client.post(reverse("application_submit", args=[application.pk]), {"note": ""}, follow=True)
    assert "Please tell the secretariat what you changed." in response.content.decode()
    application.refresh_from_db()
    assert application.state == "more_information_requested"
    client.post(reverse("application_submit", args=[application.pk]), {"note": "Added https://kiruna.se"})
    application.refresh_from_db()
    assert application.state == "amended"
    assert ApplicationEvent.objects.get(to_state="amended").comment == "Added https://kiruna.se"
    client.force_login(secretariat)
    assert (
        "Added https://kiruna.se"
        in client.get(reverse("desk_application", args=[application.pk])).content.decode()
    )


def test_withdrawing_asks_for_confirmation_first(client, applicant):
    application = make_application(applicant, state="submitted")
    client.force_login(applicant)
    url = reverse("application_withdraw", args=[application.pk])
    detail = client.get(reverse("application_detail", args=[application.pk])).content.decode()
    assert f'href="{url}"' in detail
    confirm = client.get(url)
    assert confirm.status_code == 200
    assert "Do you really want to withdraw" in confirm.content.decode()
    application.refresh_from_db()
    assert application.state == "submitted"
    client.post(url)
    application.refresh_from_db()
    assert application.state == "withdrawn"


def test_after_verifying_the_email_the_person_returns_to_the_application(client, db):
    import re

    from django.core import mail

    response = client.get("/en/apply/")
    assert response.status_code == 302 and "next=/en/apply/" in response.url
    signup = client.get("/en/accounts/signup/?next=/en/apply/").content.decode()
    assert 'value="/en/apply/"' in signup  # the sign-up form carries where the person was going
    client.post(
        "/en/accounts/signup/",
        {
            "email": "sara@kiruna.example",
            "password1": "a-long-and-new-password-2026",
            "password2": "a-long-and-new-password-2026",
            "next": "/en/apply/",
        },
    )
    link = re.search(r"https?://\S+(/en/accounts/confirm-email/\S+)", mail.outbox[-1].body).group(1)
    response = client.post(link)
    assert response.status_code == 302
    assert response.url == "/en/apply/"

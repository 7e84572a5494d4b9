"""Staff (secretariat, Board, chair, admin users) need a second factor before any staff page
opens (issue 11, point 4). These tests use a plain `Client`: the suite's `client` fixture signs
staff in with their second factor, as allauth would."""

import time

import pytest
from allauth.mfa.models import Authenticator
from allauth.mfa.totp.internal.auth import format_hotp_value, hotp_value
from django.test import Client
from django.urls import reverse

from tests.factories import (
    PASSWORD,
    BoardMemberFactory,
    ChairFactory,
    MemberContactFactory,
    SecretariatFactory,
)
from tests.mfa import give_totp, totp_code


@pytest.fixture(autouse=True)
def _fast_passwords(settings):
    settings.PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]


def signed_in_with_password_only(user) -> Client:
    client = Client()
    client.force_login(user)
    return client


STAFF = {
    "secretariat": (SecretariatFactory, "desk"),
    "board member": (BoardMemberFactory, "board_meetings"),
    "chair": (ChairFactory, "board_meetings"),
}


def test_mfa_is_required_in_test_mode(settings):
    assert settings.SERN_STAFF_MFA_REQUIRED


@pytest.mark.parametrize("role", STAFF)
def test_staff_without_a_second_factor_are_sent_to_set_one_up(db, role):
    factory, page = STAFF[role]
    client = signed_in_with_password_only(factory())
    response = client.get(reverse(page))
    assert response.status_code == 302
    assert response["Location"] == reverse("mfa_index")


@pytest.mark.parametrize("path", ["/en/desk/applications/", "/en/evaluation/", "/admin/", "/en/account/"])
def test_no_page_opens_for_the_secretariat_before_mfa_is_set_up(db, path):
    client = signed_in_with_password_only(SecretariatFactory(is_staff=True))
    response = client.get(path)
    assert response.status_code == 302
    assert response["Location"] == reverse("mfa_index")


def test_a_staff_person_without_mfa_can_still_reach_the_set_up_and_sign_out(db):
    client = signed_in_with_password_only(SecretariatFactory())
    assert client.get(reverse("mfa_index")).status_code == 200
    # Setting up asks for the password again first (allauth's reauthentication): reachable too.
    assert client.get(reverse("mfa_activate_totp"), follow=True).status_code == 200
    assert client.get(reverse("account_reauthenticate")).status_code == 200
    assert client.post(reverse("account_logout")).status_code == 302


def test_a_member_contact_is_not_asked_for_a_second_factor(db):
    client = signed_in_with_password_only(MemberContactFactory())
    assert client.get(reverse("members_area")).status_code == 200


def test_with_an_authenticator_but_a_session_opened_without_it_the_code_is_asked_first(db):
    secretariat = SecretariatFactory()
    give_totp(secretariat)
    client = signed_in_with_password_only(secretariat)
    response = client.get(reverse("desk"))
    assert response.status_code == 302
    assert response["Location"].startswith(reverse("mfa_reauthenticate"))
    response = client.post(response["Location"], {"code": totp_code()})
    assert response.status_code == 302 and response["Location"] == reverse("desk")
    assert client.get(reverse("desk")).status_code == 200


@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_a_secretariat_signing_in_sets_up_totp_and_then_reaches_the_desk():
    """Transactional: allauth announces the new factor on commit, inside the request, as in production."""
    secretariat = SecretariatFactory()
    client = Client()
    response = client.post(reverse("account_login"), {"login": secretariat.email, "password": PASSWORD})
    assert response.status_code == 302
    assert client.get(reverse("desk"))["Location"] == reverse("mfa_index")
    # allauth asks for the password again before a factor is added, then shows the secret.
    client.post(reverse("account_reauthenticate"), {"password": PASSWORD})
    assert client.get(reverse("mfa_activate_totp")).status_code == 200
    secret = client.session["mfa.totp.secret"]  # what the QR code holds
    code = format_hotp_value(hotp_value(secret, int(time.time()) // 30))
    response = client.post(reverse("mfa_activate_totp"), {"code": code})
    assert response.status_code == 302
    assert Authenticator.objects.filter(user=secretariat, type=Authenticator.Type.TOTP).exists()
    assert Authenticator.objects.filter(user=secretariat, type=Authenticator.Type.RECOVERY_CODES).exists()
    assert client.get(reverse("desk")).status_code == 200


def test_removing_the_last_second_factor_closes_the_staff_pages_again(client, db):
    secretariat = SecretariatFactory()
    client.force_login(secretariat)
    assert client.get(reverse("desk")).status_code == 200
    Authenticator.objects.filter(user=secretariat).delete()
    assert client.get(reverse("desk"))["Location"] == reverse("mfa_index")


def test_recovery_codes_alone_are_not_a_second_factor(db):
    from allauth.mfa.recovery_codes.internal.auth import RecoveryCodes

    secretariat = SecretariatFactory()
    RecoveryCodes.activate(secretariat)
    client = signed_in_with_password_only(secretariat)
    assert client.get(reverse("desk"))["Location"] == reverse("mfa_index")


def test_development_may_turn_enforcement_off_but_production_may_not():
    from tests.test_settings import PRODUCTION_ENV, run_manage

    show = "from django.conf import settings; print(settings.SERN_STAFF_MFA_REQUIRED)"
    assert run_manage("shell", "-c", show, DJANGO_ENV="development").stdout.strip().endswith("False")
    assert run_manage("shell", "-c", show, **PRODUCTION_ENV).stdout.strip().endswith("True")
    refused = run_manage("check", SERN_STAFF_MFA_REQUIRED="0", **PRODUCTION_ENV)
    assert refused.returncode != 0
    assert "SERN_STAFF_MFA_REQUIRED cannot be turned off" in refused.stderr

"""Every sign-in goes through allauth: the admin's login has no way around the second factor or
the rate limits, and the limits count the real client behind the proxy (issue 11, points 1–3)."""

import pytest
from django.test import Client
from django.urls import reverse

from tests.factories import PASSWORD, ApplicantFactory, ChairFactory, SecretariatFactory
from tests.mfa import give_totp, totp_code

ADMIN_LOGIN = "/admin/login/"


@pytest.fixture(autouse=True)
def _fast_passwords(settings):
    # Dozens of sign-ins: a fast hash keeps the test about the limits, not about PBKDF2.
    settings.PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]


@pytest.fixture
def rate_limits(settings):
    """allauth's default limits (the suite turns them off elsewhere); a fresh cache for counting."""
    from django.core.cache import cache

    settings.ACCOUNT_RATE_LIMITS = {}
    cache.clear()
    yield
    cache.clear()


def sign_in(client, email, password=PASSWORD, **extra):
    return client.post(reverse("account_login"), {"login": email, "password": password}, **extra)


def test_the_admins_login_sends_to_the_portals_sign_in_keeping_where_to_go(client):
    response = client.get(ADMIN_LOGIN, {"next": "/admin/members/user/"})
    assert response.status_code == 302
    assert response["Location"].startswith(reverse("account_login"))
    assert "next=%2Fadmin%2Fmembers%2Fuser%2F" in response["Location"]


def test_the_admins_login_does_not_forward_to_another_site(client):
    response = client.get(ADMIN_LOGIN, {"next": "https://evil.example/"})
    assert "evil.example" not in response["Location"]


def test_a_password_alone_posted_to_the_admins_login_opens_neither_the_admin_nor_staff_pages(db):
    secretariat = SecretariatFactory(is_staff=True, is_superuser=True)
    give_totp(secretariat)
    client = Client()
    response = client.post(
        ADMIN_LOGIN, {"username": secretariat.email, "password": PASSWORD, "next": "/admin/"}
    )
    assert response.status_code == 302
    assert "_auth_user_id" not in client.session
    assert client.get("/admin/").status_code == 302
    assert client.get(reverse("desk")).status_code == 302
    assert client.get(reverse("board_meetings")).status_code == 302


def test_signing_in_through_allauth_with_totp_asks_for_the_code_before_the_admin_opens(db):
    secretariat = SecretariatFactory(is_staff=True, is_superuser=True)
    give_totp(secretariat)
    client = Client()
    response = sign_in(client, secretariat.email)
    assert response.status_code == 302 and reverse("mfa_authenticate") in response["Location"]
    assert client.get("/admin/").status_code == 302
    client.post(reverse("mfa_authenticate"), {"code": totp_code()})
    assert client.get("/admin/").status_code == 200


def test_thirty_wrong_passwords_at_the_admins_login_are_refused_after_allauths_limit(rate_limits, db):
    secretariat = SecretariatFactory(is_staff=True)
    client = Client()
    refused = 0
    for _attempt in range(30):
        # What a guesser does: post the admin's form, follow it to the sign-in that counts.
        response = client.post(ADMIN_LOGIN, {"username": secretariat.email, "password": "wrong"})
        response = sign_in(client, secretariat.email, "wrong")
        body = response.content.decode()
        if response.status_code == 429 or "Too many failed login attempts" in body:
            refused += 1
    assert refused >= 25
    # Even the right password is now refused from that address for a while.
    assert "_auth_user_id" not in client.session


def test_behind_the_proxy_failed_sign_ins_of_one_client_do_not_lock_out_another(rate_limits, settings, db):
    settings.ALLAUTH_TRUSTED_PROXY_COUNT = 1
    guesser, chair_person = Client(), Client()
    chair = ChairFactory()
    other = ApplicantFactory()
    proxy = {"REMOTE_ADDR": "10.0.0.1"}
    for _attempt in range(12):
        sign_in(guesser, other.email, "wrong", HTTP_X_FORWARDED_FOR="203.0.113.7", **proxy)
    assert (
        "Too many"
        in sign_in(
            guesser, other.email, "wrong", HTTP_X_FORWARDED_FOR="203.0.113.7", **proxy
        ).content.decode()
    )
    response = sign_in(chair_person, chair.email, HTTP_X_FORWARDED_FOR="198.51.100.2", **proxy)
    assert response.status_code == 302
    assert "_auth_user_id" in chair_person.session


def test_a_forged_forwarded_for_header_does_not_escape_the_limit(rate_limits, settings, db):
    """The proxy appends the real address: only the right-most one is trusted."""
    settings.ALLAUTH_TRUSTED_PROXY_COUNT = 1
    guesser = Client()
    person = ApplicantFactory()
    responses = [
        sign_in(
            guesser,
            person.email,
            "wrong",
            HTTP_X_FORWARDED_FOR=f"192.0.2.{n}, 203.0.113.7",
            REMOTE_ADDR="10.0.0.1",
        )
        for n in range(12)
    ]
    assert "Too many" in responses[-1].content.decode()


def test_nobody_can_lock_the_chair_out_by_failing_to_sign_in_as_the_chair(rate_limits, settings, db):
    settings.ALLAUTH_TRUSTED_PROXY_COUNT = 1
    chair = ChairFactory()
    for n in range(20):
        attacker = Client()
        sign_in(attacker, chair.email, "wrong", HTTP_X_FORWARDED_FOR=f"203.0.113.{n}", REMOTE_ADDR="10.0.0.1")
    the_chair = Client()
    response = sign_in(the_chair, chair.email, HTTP_X_FORWARDED_FOR="198.51.100.2", REMOTE_ADDR="10.0.0.1")
    assert response.status_code == 302
    assert "_auth_user_id" in the_chair.session


def test_failed_sign_ins_of_one_account_from_one_address_are_throttled(rate_limits, settings, db):
    person = ApplicantFactory()
    client = Client()
    bodies = [sign_in(client, person.email, "wrong").content.decode() for _ in range(6)]
    assert "Too many failed login attempts" not in bodies[0]
    assert "Too many failed login attempts" in bodies[-1]


def test_the_number_of_trusted_proxies_comes_from_the_environment_and_is_parsed_strictly():
    from tests.test_settings import run_manage

    show = "from django.conf import settings; print(settings.ALLAUTH_TRUSTED_PROXY_COUNT)"
    assert run_manage("shell", "-c", show).stdout.strip().endswith("0")
    assert run_manage("shell", "-c", show, TRUSTED_PROXY_COUNT="1").stdout.strip().endswith("1")
    bad = run_manage("check", TRUSTED_PROXY_COUNT="one")
    assert bad.returncode != 0 and "TRUSTED_PROXY_COUNT='one' is not an integer" in bad.stderr


def test_a_code_taken_in_the_last_seconds_of_its_window_is_the_next_windows_code(monkeypatch):
    """The tests' authenticator waits for a fresh code instead of typing one about to expire
    (a code that crossed the boundary on its way to the server made a browser sign-in flaky)."""
    import tests.mfa as mfa

    now = [1_800_000_000 + 28.0]  # two seconds before a 30-second boundary
    slept = []
    monkeypatch.setattr(mfa.time, "time", lambda: now[0])

    def sleep(seconds):
        slept.append(seconds)
        now[0] += seconds

    monkeypatch.setattr(mfa.time, "sleep", sleep)
    code = mfa.totp_code()
    assert slept and slept[0] >= 2.0
    assert code == mfa.format_hotp_value(mfa.hotp_value(mfa.TEST_TOTP_SECRET, int(now[0]) // 30))
    assert int(now[0]) // 30 == (1_800_000_000 + 28) // 30 + 1

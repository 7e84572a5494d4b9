"""The whole membership journey in a real browser, with axe on every page, in three languages."""

import re

import pytest
from django.contrib.auth import BACKEND_SESSION_KEY, HASH_SESSION_KEY, SESSION_KEY
from django.contrib.sessions.backends.db import SessionStore
from django.core import mail
from django.urls import reverse
from django.utils import timezone

from members.models import BoardMeeting, MeetingStatus, MembershipApplication, User
from members.rules import is_member_contact
from members.services.meetings import create_year_meetings, next_open_meeting
from strategy.models import Priority, ThematicArea
from tests.factories import BoardMemberFactory, ChairFactory, SecretariatFactory
from tests.members.conftest import pdf_bytes
from tests.mfa import signed_in_with_second_factor

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True, serialized_rollback=True)]
PASSWORD = "a-long-and-new-password-2026"


def signed_in_page(browser, live_server, user):
    """A browser context with a session for ``user`` (the login form is tested for the applicant)."""
    session = SessionStore()
    session[SESSION_KEY] = str(user.pk)
    session[BACKEND_SESSION_KEY] = "django.contrib.auth.backends.ModelBackend"
    session[HASH_SESSION_KEY] = user.get_session_auth_hash()
    signed_in_with_second_factor(session, user)  # staff sign in with their authenticator's code
    session.save()
    context = browser.new_context(locale="en-GB")
    context.add_cookies([{"name": "sessionid", "value": session.session_key, "url": live_server.url}])
    page = context.new_page()
    page.set_default_timeout(15_000)
    return page


def test_a_new_member_from_registration_to_the_members_area(browser, page, live_server, axe_check):
    # The strategy's priorities come from a data migration; a transactional test run earlier in the
    # session may have flushed them (see the report on serialized rollback), so make sure of one.
    if not Priority.objects.exists():
        area = ThematicArea.objects.create(code="green", name="Green and sustainable societies")
        Priority.objects.create(code="climate-action", name="Climate action", area=area)
    year = timezone.localdate().year
    create_year_meetings(year)
    create_year_meetings(year + 1)
    expected_meeting = next_open_meeting()
    secretariat = SecretariatFactory(language="it")
    board_member = BoardMemberFactory(language="sv", name="Erik Styrelse")
    chair = ChairFactory(name="Marco Presidente")

    def go(p, path):
        response = p.goto(live_server.url + path)
        assert response.status < 400, path
        axe_check(p)
        return p

    # 1. Registration, with the verification link from the e-mail.
    go(page, "/en/accounts/signup/")
    page.fill("input[name=email]", "sara@kiruna.example")
    page.fill("input[name=password1]", PASSWORD)
    page.fill("input[name=password2]", PASSWORD)
    page.locator("main form button[type=submit]").click()
    page.wait_for_load_state()
    axe_check(page)
    link = re.search(r"https?://\S+/accounts/confirm-email/\S+", mail.outbox[-1].body).group(0)
    go(page, link.replace("http://testserver", live_server.url).split(live_server.url)[-1])
    page.locator("main form button[type=submit]").click()
    page.wait_for_load_state()
    go(page, "/en/accounts/login/")
    page.fill("input[name=login]", "sara@kiruna.example")
    page.fill("input[name=password]", PASSWORD)
    page.locator("main form button[type=submit]").click()
    page.wait_for_load_state()

    # 2. The application, step by step.
    go(page, "/en/apply/")
    page.get_by_role("button", name="Start an application").click()
    page.wait_for_url("**/step/organisation/")
    axe_check(page)
    page.fill("#id_name", "Kiruna kommun")
    page.select_option("#id_kind", "municipality")
    page.select_option("#id_country", "SE")
    page.fill("#id_region", "Norrbotten")
    page.fill("#id_town", "Kiruna")
    page.fill("#id_inhabitants", "22000")
    page.get_by_role("button", name="Save and continue").click()
    page.wait_for_url("**/step/people/")
    axe_check(page)
    page.fill("#id_legal_representative_name", "Mats Kommunalråd")
    page.fill("#id_legal_representative_role", "Chair of the municipal executive board")
    page.fill("#id_legal_representative_email", "mats@kiruna.example")
    page.fill("#id_contacts-0-name", "Lena Kontakt")
    page.fill("#id_contacts-0-email", "lena@kiruna.example")
    page.get_by_role("button", name="Save and continue").click()
    page.wait_for_url("**/step/interests/")
    axe_check(page)
    page.locator("#id_priorities input[type=checkbox]").first.check()
    page.fill("#id_presentation_letter", "Dear Chair, Kiruna would like to join the network.")
    page.get_by_role("button", name="Save and continue").click()
    page.wait_for_url("**/step/documents/")
    axe_check(page)
    # A program renamed .pdf is refused with a clear message; the retry works.
    exe = {"name": "form.pdf", "mimeType": "application/pdf", "buffer": b"MZ\x90\x00" + b"\x00" * 500}
    page.set_input_files("#id_signed_form", files=[exe])
    page.check("#id_consent")
    page.get_by_role("button", name="Save and continue").click()
    page.wait_for_load_state()
    axe_check(page)
    assert "This file is a program, not a PDF document" in page.content()
    good = {"name": "signed.pdf", "mimeType": "application/pdf", "buffer": pdf_bytes()}
    page.set_input_files("#id_signed_form", files=[good])
    page.check("#id_consent")
    page.get_by_role("button", name="Save and continue").click()
    page.wait_for_url("**/step/review/")
    axe_check(page)
    page.get_by_role("button", name="Submit the application").click()
    page.wait_for_load_state()
    axe_check(page)
    application = MembershipApplication.objects.get(name="Kiruna kommun")
    assert application.state == "submitted"

    # 3. The secretariat (in Italian) asks for more information.
    office = signed_in_page(browser, live_server, secretariat)
    go(office, f"/it/desk/applications/{application.pk}/")
    office.fill("#id_ask_comment", "Aggiungete il sito web, per favore.")
    office.get_by_role("button", name="Chiedi più informazioni").click()
    office.wait_for_load_state()
    axe_check(office)
    assert "Richieste più informazioni" in office.content()

    # 4. The applicant amends.
    go(page, f"/en/applications/{application.pk}/")
    assert "Aggiungete il sito web" in page.content()
    page.get_by_role("link", name="Amend the application").click()
    page.wait_for_url("**/step/organisation/")
    page.fill("#id_website", "https://kiruna.se")
    page.get_by_role("button", name="Save and continue").click()
    page.wait_for_url("**/step/people/")
    go(page, f"/en/applications/{application.pk}/step/review/")
    page.get_by_role("button", name="Send the amended application").click()
    page.wait_for_load_state()
    axe_check(page)
    application.refresh_from_db()
    assert application.state == "amended"

    # 5. The secretariat makes it ready: it lands on the next meeting whose agenda is open.
    go(office, f"/it/desk/applications/{application.pk}/")
    office.get_by_role("button", name="Pronta per il Consiglio direttivo").click()
    office.wait_for_load_state()
    axe_check(office)
    application.refresh_from_db()
    assert application.state == "ready" and application.meeting == expected_meeting

    # 6. A board member (in Swedish) records a position.
    board = signed_in_page(browser, live_server, board_member)
    go(board, f"/sv/board/meetings/{expected_meeting.pk}/")
    assert "Kiruna kommun" in board.content()
    board.get_by_label("Bifall").first.check()
    board.get_by_role("button", name="Registrera min ståndpunkt").click()
    board.wait_for_load_state()
    axe_check(board)
    assert "Erik Styrelse: Bifall" in board.content()

    # 7. The meeting day comes; the chair records the approval.
    BoardMeeting.objects.filter(pk=expected_meeting.pk).update(
        date=timezone.localdate(), status=MeetingStatus.HELD
    )
    chair_page = signed_in_page(browser, live_server, chair)
    go(chair_page, f"/en/board/meetings/{expected_meeting.pk}/")
    chair_page.get_by_label("Approve").last.check()
    chair_page.get_by_role("button", name="Record the decision").click()
    chair_page.wait_for_load_state()
    axe_check(chair_page)
    application.refresh_from_db()
    assert application.state == "approved"

    # 8. The new member signs in and reaches the Members Area.
    member_page = browser.new_context(locale="en-GB").new_page()
    go(member_page, "/en/accounts/login/")
    member_page.fill("input[name=login]", "sara@kiruna.example")
    member_page.fill("input[name=password]", PASSWORD)
    member_page.locator("main form button[type=submit]").click()
    member_page.wait_for_load_state()
    user = User.objects.get(email="sara@kiruna.example")
    assert is_member_contact(user)
    go(member_page, reverse("members_area"))
    assert member_page.get_by_role("heading", level=1).count() == 1
    assert "/members-area/" in member_page.url  # not redirected away: the Members Area is theirs
    assert any(m.to == ["lena@kiruna.example"] for m in mail.outbox)  # the contact's invitation

"""A real Board cycle in a real browser, with the clock moving: a person signs up from the sign-in
page and applies in March 2027, the secretariat puts the application on the May agenda, the May
meeting is held, the chair decides on the meeting day and the new member reaches the Members Area
the same minute. In English, Swedish and Italian; axe on every page.

The live server runs in a thread of this process, so time-machine moves its clock too.
"""

import datetime
import re
import zoneinfo

import pytest
import time_machine
from django.contrib.auth import BACKEND_SESSION_KEY, HASH_SESSION_KEY, SESSION_KEY
from django.contrib.sessions.backends.db import SessionStore
from django.core import mail
from django.utils import translation
from django.utils.translation import gettext

from members.models import BoardMeeting, MeetingStatus, MembershipApplication, User
from members.services.meetings import create_year_meetings
from tests.factories import BoardMemberFactory, ChairFactory, SecretariatFactory
from tests.members.conftest import pdf_bytes
from tests.mfa import signed_in_with_second_factor

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True, serialized_rollback=True)]
PASSWORD = "a-long-and-new-password-2026"
ROME = zoneinfo.ZoneInfo("Europe/Rome")
APPLYING = datetime.datetime(2027, 3, 10, 10, 0, tzinfo=ROME)
MEETING_DAY = datetime.datetime(2027, 5, 20, 9, 30, tzinfo=ROME)  # third Thursday of May 2027


def t(language: str, text: str) -> str:
    """The visible text in the page's language (the portal's own catalogue)."""
    with translation.override(language):
        return gettext(text)


def field(lang: str, text: str) -> re.Pattern:
    """A form control's label as a person reads it (capitalised, a required field's " *" after)."""
    return re.compile(rf"^{re.escape(t(lang, text))}:?( \*)?$", re.IGNORECASE)


def signed_in_page(browser, live_server, user, language):
    """A browser context with a session for ``user`` (the applicant signs in through the forms)."""
    session = SessionStore()
    session[SESSION_KEY] = str(user.pk)
    session[BACKEND_SESSION_KEY] = "sern_portal.auth_backends.StaffPermissionsBackend"
    session[HASH_SESSION_KEY] = user.get_session_auth_hash()
    signed_in_with_second_factor(session, user)  # staff sign in with their authenticator's code
    session.save()
    context = browser.new_context(locale=language)
    context.add_cookies([{"name": "sessionid", "value": session.session_key, "url": live_server.url}])
    page = context.new_page()
    page.set_default_timeout(30_000)
    return page


def submit(page, axe_check, name: str):
    page.get_by_role("button", name=name, exact=True).click()
    page.wait_for_load_state()
    axe_check(page)


def sign_in(page, live_server, axe_check, lang, email):
    page.goto(f"{live_server.url}/{lang}/accounts/login/")
    page.get_by_label(field(lang, "Email")).fill(email)
    page.get_by_label(field(lang, "Password")).fill(PASSWORD)
    submit(page, axe_check, t(lang, "Sign In"))


@pytest.mark.parametrize("lang", ["en", "sv", "it"])
def test_a_board_cycle_from_sign_up_to_the_members_area_on_the_meeting_day(
    browser, live_server, axe_check, lang
):
    email = f"sara.{lang}@kiruna.example"
    with time_machine.travel(APPLYING, tick=True) as clock:
        february, may, _november = create_year_meetings(2027)
        BoardMeeting.objects.filter(pk=february.pk).update(status=MeetingStatus.MINUTES_APPROVED)
        secretariat = SecretariatFactory(language=lang)
        board_member = BoardMemberFactory(language=lang, name="Erik Styrelse")
        chair = ChairFactory(language=lang, name="Marco Presidente")
        page = browser.new_context(locale=lang).new_page()
        page.set_default_timeout(30_000)

        # 1. March 2027: from the sign-in page to sign-up, then the link of the verification e-mail.
        page.goto(f"{live_server.url}/{lang}/apply/")
        page.wait_for_url("**/accounts/login/**")
        axe_check(page)
        page.locator("main a[href*='/accounts/signup/']").first.click()
        page.wait_for_url("**/accounts/signup/**")
        axe_check(page)
        page.get_by_label(field(lang, "Email")).fill(email)
        page.get_by_label(field(lang, "Password")).fill(PASSWORD)
        page.get_by_label(field(lang, "Password (again)")).fill(PASSWORD)
        submit(page, axe_check, t(lang, "Sign Up"))
        link = re.search(r"https?://\S+/accounts/confirm-email/\S+", mail.outbox[-1].body).group(0)
        page.goto(live_server.url + "/" + link.split("/", 3)[3])
        axe_check(page)
        submit(page, axe_check, t(lang, "Confirm"))
        # Confirmed and signed in, the person is back where they were going.
        assert page.url == f"{live_server.url}/{lang}/apply/"
        assert User.objects.get(email=email).language == lang

        # 2. The application, step by step, found by its labels.
        submit(page, axe_check, t(lang, "Start an application"))
        page.get_by_label(field(lang, "name of the organisation")).fill("Kiruna kommun")
        page.get_by_label(field(lang, "kind")).select_option("municipality")
        page.get_by_label(field(lang, "country")).select_option("SE")
        page.get_by_label(field(lang, "town")).fill("Kiruna")
        page.get_by_label(field(lang, "inhabitants")).fill("22000")
        submit(page, axe_check, t(lang, "Save and continue"))
        page.get_by_label(field(lang, "Your name")).fill("Sara Kontakt")
        page.get_by_label(field(lang, "legal representative's name")).fill("Mats Kommunalråd")
        page.get_by_label(field(lang, "legal representative's role")).fill("Kommunstyrelsens ordförande")
        page.get_by_label(field(lang, "legal representative's e-mail")).fill("mats@kiruna.example")
        contact = page.locator("fieldset.contact").first
        contact.get_by_label(field(lang, "name")).fill("Lena Kontakt")
        contact.get_by_label(field(lang, "e-mail")).fill("lena@kiruna.example")
        submit(page, axe_check, t(lang, "Save and continue"))
        page.locator("#id_priorities input[type=checkbox]").first.check()
        page.get_by_label(field(lang, "presentation letter to the Board chair")).fill(
            "Kiruna would like to join."
        )
        submit(page, axe_check, t(lang, "Save and continue"))
        good = {"name": "signed.pdf", "mimeType": "application/pdf", "buffer": pdf_bytes()}
        page.get_by_label(field(lang, "Signed application form (PDF, at most 10 MB)")).set_input_files(
            files=[good]
        )
        consent = "I agree that SERN processes these data to handle the application and the membership."
        page.get_by_label(field(lang, consent)).check()
        submit(page, axe_check, t(lang, "Save and continue"))
        submit(page, axe_check, t(lang, "Submit the application"))
        application = MembershipApplication.objects.get(name="Kiruna kommun")
        assert application.state == "submitted"
        # What happens next, and which meeting it can reach: May, not the February one.
        assert page.get_by_role("heading", name=t(lang, "What happens next")).is_visible()
        assert "2027" in page.locator("#next-heading + p + p").inner_text()

        # 3. The secretariat sees the applicant's name and offers only May and November.
        office = signed_in_page(browser, live_server, secretariat, lang)
        office.goto(f"{live_server.url}/{lang}/desk/applications/{application.pk}/")
        axe_check(office)
        assert "Sara Kontakt" in office.locator("main").inner_text()
        options = office.get_by_label(field(lang, "Board meeting")).locator("option").all_inner_texts()
        assert len(options) == 3  # "the next open meeting", May, November: never February
        submit(office, axe_check, t(lang, "Ready for the Board"))
        application.refresh_from_db()
        assert application.state == "ready" and application.meeting == may

        # 4. A board member records a position: the page stays at it and shows it chosen.
        board = signed_in_page(browser, live_server, board_member, lang)
        board.goto(f"{live_server.url}/{lang}/board/meetings/{may.pk}/")
        axe_check(board)
        item = board.locator(f"#application-{application.pk}")
        item.get_by_label(t(lang, "Approve"), exact=True).first.check()
        item.get_by_role("button", name=t(lang, "Record my position")).click()
        board.wait_for_load_state()
        axe_check(board)
        assert board.url.endswith(f"#application-{application.pk}")
        assert (
            board.locator(f"#application-{application.pk}")
            .get_by_label(t(lang, "Approve"), exact=True)
            .first.is_checked()
        )

        # Before the day, the chair cannot decide: the meeting has not been held.
        chair_page = signed_in_page(browser, live_server, chair, lang)
        chair_page.goto(f"{live_server.url}/{lang}/board/meetings/{may.pk}/")
        axe_check(chair_page)
        assert chair_page.get_by_role("button", name=t(lang, "Record the decision")).count() == 0

        # 5. The clock moves to the meeting day: the secretariat records it as held, with attendance.
        clock.move_to(MEETING_DAY)
        office = signed_in_page(browser, live_server, secretariat, lang)
        office.goto(f"{live_server.url}/{lang}/board/meetings/{may.pk}/")
        axe_check(office)
        office.get_by_label("Erik Styrelse").check()
        office.get_by_label("Marco Presidente").check()
        submit(office, axe_check, t(lang, "Record the meeting as held"))
        may.refresh_from_db()
        assert may.status == MeetingStatus.HELD and may.attendees.count() == 2

        # 6. The chair decides on the meeting day.
        chair_page = signed_in_page(browser, live_server, chair, lang)
        chair_page.goto(f"{live_server.url}/{lang}/board/meetings/{may.pk}/")
        axe_check(chair_page)
        decision = chair_page.locator(f"#application-{application.pk} form").last
        decision.get_by_label(t(lang, "Approve"), exact=True).check()
        submit(chair_page, axe_check, t(lang, "Record the decision"))
        application.refresh_from_db()
        assert application.state == "approved"
        assert application.organisation.member_since == MEETING_DAY.date()

        # 7. The same minute, the new member signs in and reaches the Members Area.
        member_page = browser.new_context(locale=lang).new_page()
        sign_in(member_page, live_server, axe_check, lang, email)
        assert member_page.url.startswith(f"{live_server.url}/{lang}/")  # signed in in their language
        response = member_page.goto(f"{live_server.url}/{lang}/members-area/")
        assert response.status == 200
        axe_check(member_page)
        assert "/members-area/" in member_page.url
        assert any(m.to == ["lena@kiruna.example"] for m in mail.outbox)  # the contact's invitation

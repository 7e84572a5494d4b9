"""The Board's paperwork in a real browser, with the clock moving (axe on every page):

the secretariat convenes the May meeting (agenda item, uploaded paper) and the Board receives the
pack by e-mail and on its page; on the day the attendance is recorded and the quorum shown; the
February minutes are drafted, circulated, approved at the May meeting, frozen and filed in the
library; the chair puts a written procedure to the Board, three members answer, and at the
deadline the result is recorded.
"""

import datetime
import zoneinfo

import pytest
import time_machine
from django.core import mail

from library.models import Document
from members.models import (
    BoardMeeting,
    MeetingStatus,
    Minutes,
    MinutesState,
    Outcome,
    ProcedureResult,
    WrittenProcedure,
)
from members.services.meetings import create_year_meetings
from members.tasks import close_expired_procedures
from tests.factories import BoardMemberFactory, ChairFactory, SecretariatFactory

from .test_membership_journey import signed_in_page

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True, serialized_rollback=True)]
ROME = zoneinfo.ZoneInfo("Europe/Rome")
PREPARING = datetime.datetime(2027, 5, 3, 10, 0, tzinfo=ROME)
MEETING_DAY = datetime.datetime(2027, 5, 20, 9, 30, tzinfo=ROME)  # third Thursday of May 2027
AFTER_DEADLINE = datetime.datetime(2027, 5, 28, 12, 30, tzinfo=ROME)


def go(page, live_server, axe_check, path):
    response = page.goto(live_server.url + path)
    assert response is not None and response.status < 400, f"{path}: {response and response.status}"
    axe_check(page)
    return page


def click(page, axe_check, name):
    with page.expect_navigation():
        page.get_by_role("button", name=name, exact=True).click()
    page.wait_for_load_state()
    axe_check(page)


def test_the_boards_paperwork_from_convocation_to_written_procedure(browser, live_server, axe_check):
    with time_machine.travel(PREPARING, tick=True) as clock:
        february, may, _november = create_year_meetings(2027)
        BoardMeeting.objects.filter(pk=february.pk).update(status=MeetingStatus.HELD)
        secretariat = SecretariatFactory(name="Giulia Segreteria")
        chair = ChairFactory(name="Anna Chair")
        members = [BoardMemberFactory(name=name) for name in ("Bo Berg", "Carla Conti", "Dag Dahl")]

        # 1. The secretariat convenes the May meeting with its pack.
        desk = signed_in_page(browser, live_server, secretariat, "en")
        go(desk, live_server, axe_check, f"/en/board/meetings/{may.pk}/papers/")
        desk.get_by_label("Agenda item").fill("Budget 2028")
        click(desk, axe_check, "Add to the agenda")
        desk.get_by_label("Document title").fill("Draft budget 2028")
        desk.get_by_label("File").set_input_files(
            {"name": "budget.pdf", "mimeType": "application/pdf", "buffer": b"%PDF-1.4 budget"}
        )
        click(desk, axe_check, "Upload to the papers")
        messages = desk.locator(".messages, [role=alert], [role=status]").all_inner_texts()
        assert "The document has been added to the meeting papers." in " ".join(messages), messages
        mail.outbox.clear()
        click(desk, axe_check, "Send the convocation to the Board")
        assert desk.get_by_text("Convocation sent:").is_visible()
        assert sorted(m.to[0] for m in mail.outbox) == sorted(p.email for p in [chair, *members])
        assert "Budget 2028" in mail.outbox[0].body
        # the button now sends again, explicitly; the first one is gone
        assert desk.get_by_role("button", name="Send the convocation to the Board").count() == 0

        # The Board receives the pack: the e-mail's link opens the papers page.
        link = next(line for line in mail.outbox[0].body.splitlines() if "/papers/" in line)
        board_page = signed_in_page(browser, live_server, members[0], "en")
        go(board_page, live_server, axe_check, link[link.index("/en/") :].strip())
        assert board_page.get_by_text("Budget 2028", exact=True).is_visible()
        assert board_page.get_by_role("link", name="Draft budget 2028").is_visible()
        # and sees the meeting in the Board page's navigation
        go(board_page, live_server, axe_check, "/en/board/meetings/")

        # 2. On the day: the attendance, the quorum shown before any decision.
        clock.move_to(MEETING_DAY)  # seventeen days on: sessions have expired, sign in again
        desk = signed_in_page(browser, live_server, secretariat, "en")
        board_page = signed_in_page(browser, live_server, members[0], "en")
        go(desk, live_server, axe_check, f"/en/board/meetings/{may.pk}/attendance/")
        desk.get_by_label("Presence of Anna Chair").select_option("present")
        desk.get_by_label("Presence of Bo Berg").select_option("present")
        desk.get_by_label("How Bo Berg attends").select_option("online")
        desk.get_by_label("Presence of Carla Conti").select_option("excused")
        desk.get_by_label("Presence of Dag Dahl").select_option("absent")
        click(desk, axe_check, "Record the attendance")
        assert desk.get_by_text("Quorum not reached").is_visible()
        assert desk.get_by_text("2 of 4 Board members present (3 required for the quorum).").is_visible()
        desk.get_by_label("Presence of Carla Conti").select_option("present")
        click(desk, axe_check, "Record the attendance")
        assert desk.get_by_text("Quorum reached").first.is_visible()
        go(desk, live_server, axe_check, f"/en/board/meetings/{may.pk}/")
        click(desk, axe_check, "Record the meeting as held")
        assert desk.get_by_text("3 of 4 Board members present (3 required for the quorum).").is_visible()
        may.refresh_from_db()
        assert may.status == MeetingStatus.HELD and may.attendees.count() == 3

        # 3. The February minutes: drafted, circulated, approved at the May meeting, frozen, filed.
        go(desk, live_server, axe_check, f"/en/board/meetings/{february.pk}/minutes/draft/")
        desk.get_by_label("Text of the minutes").fill("The Board met in Parma and adopted the work plan.")
        click(desk, axe_check, "Save the draft")
        click(desk, axe_check, "Circulate to the Board")
        go(board_page, live_server, axe_check, f"/en/board/meetings/{february.pk}/minutes/draft/")
        assert board_page.get_by_text("adopted the work plan").is_visible()
        desk.get_by_label("Approved by the Board").select_option(label=str(may))
        click(desk, axe_check, "Record the approval")
        minutes = Minutes.objects.get(meeting=february)
        assert minutes.state == MinutesState.FROZEN
        assert desk.get_by_text("Approved and filed").first.is_visible()
        document = Document.objects.get(source_key=f"minutes:{february.pk}")
        assert document.folder.slug == "minutes" and document.versions.count() == 3
        assert desk.get_by_role("button", name="Save the draft").count() == 0

        # 4. A written procedure: the chair asks, three members answer, the deadline closes it.
        chair_page = signed_in_page(browser, live_server, chair, "en")
        go(chair_page, live_server, axe_check, "/en/board/written-procedures/")
        chair_page.get_by_label("Question put to the Board").fill("Join the Eurocities network?")
        chair_page.get_by_label("Deadline").fill("2027-05-27T12:00")
        click(chair_page, axe_check, "Open the written procedure")
        procedure = WrittenProcedure.objects.get()
        for person, vote in zip(members, ["Yes", "Yes", "No"], strict=True):
            voter = signed_in_page(browser, live_server, person, "en")
            go(voter, live_server, axe_check, f"/en/board/written-procedures/{procedure.pk}/")
            voter.get_by_label(vote, exact=True).check()
            click(voter, axe_check, "Record my vote")
            assert voter.get_by_text("Your vote has been recorded.").is_visible()
        clock.move_to(AFTER_DEADLINE)
        assert close_expired_procedures() == 1
        go(chair_page, live_server, axe_check, f"/en/board/written-procedures/{procedure.pk}/")
        assert chair_page.get_by_text("Result: Adopted").is_visible()
        assert chair_page.get_by_text("3 of 4 Board members voted (3 required for the quorum).").is_visible()
        result = ProcedureResult.objects.get(procedure=procedure)
        assert (result.yes, result.no, result.outcome) == (2, 1, Outcome.ADOPTED)

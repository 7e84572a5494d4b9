"""Minutes drafted in the portal: draft → circulated → approved → frozen, filed in the library,
and never changed after approval (the service, the model's save, bulk updates)."""

import contextlib
import datetime

import pytest
from django.utils import timezone

from library.models import Access, Document
from members.models import (
    ApprovalRoute,
    BoardMeeting,
    MeetingStatus,
    Minutes,
    MinutesChange,
    MinutesLocked,
    MinutesState,
)
from members.services.errors import TransitionRefused
from members.services.minutes import MINUTES_WORKFLOW, change_minutes_state, save_draft

N = MinutesState


@pytest.fixture
def meetings(db):
    today = timezone.localdate()
    first = BoardMeeting.objects.create(
        date=today - datetime.timedelta(days=90), place="Parma", status=MeetingStatus.HELD
    )
    second = BoardMeeting.objects.create(date=today, place="Luleå", status=MeetingStatus.HELD)
    return first, second


@pytest.fixture
def circulated(meetings, secretariat):
    minutes = save_draft(meetings[0], secretariat, "The Board met in Parma.\nIt welcomed two members.")
    return change_minutes_state(minutes, N.CIRCULATED, secretariat)


@pytest.mark.parametrize(("from_state", "to_state"), sorted(MINUTES_WORKFLOW.edges))
def test_every_edge_of_the_table_goes_through_the_transition_function(
    from_state, to_state, meetings, secretariat
):
    minutes = Minutes.objects.create(meeting=meetings[0], text="Text", state=from_state)
    kwargs = {"at_meeting": meetings[1]} if to_state == N.APPROVED else {}
    by = None if to_state == N.FROZEN else secretariat
    change_minutes_state(minutes, to_state, by, **kwargs)
    assert Minutes.objects.get(pk=minutes.pk).state == to_state
    assert MinutesChange.objects.filter(minutes=minutes, from_state=from_state, to_state=to_state).exists()


@pytest.mark.parametrize("from_state", N.values)
@pytest.mark.parametrize("to_state", N.values)
def test_pairs_outside_the_table_are_refused(from_state, to_state, meetings, secretariat):
    if MINUTES_WORKFLOW.allows(from_state, to_state):
        pytest.skip("in the table")
    minutes = Minutes.objects.create(meeting=meetings[0], text="Text", state=from_state)
    with pytest.raises(TransitionRefused, match="cannot become"):
        change_minutes_state(minutes, to_state, secretariat, at_meeting=meetings[1])


def test_only_the_secretariat_drafts_and_circulates(meetings, board_member, chair):
    for person in (board_member, chair):
        with pytest.raises(TransitionRefused, match="not allowed"):
            save_draft(meetings[0], person, "Text")


def test_minutes_are_drafted_once_the_meeting_is_held(db, secretariat):
    planned = BoardMeeting.objects.create(date=timezone.localdate() + datetime.timedelta(days=9))
    with pytest.raises(TransitionRefused, match="once the meeting has been held"):
        save_draft(planned, secretariat, "Text")


def test_approval_names_a_later_held_meeting(circulated, meetings, secretariat):
    with pytest.raises(TransitionRefused, match="Say how"):
        change_minutes_state(circulated, N.APPROVED, secretariat)
    with pytest.raises(TransitionRefused, match="later meeting"):
        change_minutes_state(circulated, N.APPROVED, secretariat, at_meeting=meetings[0])


def test_approved_minutes_are_filed_in_the_library_and_frozen(
    circulated, meetings, secretariat, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        minutes = change_minutes_state(circulated, N.APPROVED, secretariat, at_meeting=meetings[1])
    # the filing task ran after the commit
    minutes.refresh_from_db()
    assert minutes.state == N.FROZEN
    assert minutes.approval_route == ApprovalRoute.MEETING
    document = Document.objects.get(source_key=f"minutes:{meetings[0].pk}")
    assert document.folder.slug == "minutes"
    assert document.access == Access.MEMBERS
    assert set(document.versions.values_list("language", flat=True)) == {"en", "sv", "it"}
    assert all(v.file.read(4) == b"%PDF" for v in document.versions.all())
    assert document.title_sv and document.title_it and document.title_sv != document.title_en


def test_a_failed_filing_does_not_lose_the_approval(
    circulated, meetings, secretariat, monkeypatch, django_capture_on_commit_callbacks
):
    import library.services.filing as filing

    def broken(**kwargs):
        raise OSError("disk full")

    monkeypatch.setattr(filing, "file_document", broken)
    # eager tasks may propagate in tests; in production the outbox keeps the row for a retry
    with contextlib.suppress(OSError), django_capture_on_commit_callbacks(execute=True):
        change_minutes_state(circulated, N.APPROVED, secretariat, at_meeting=meetings[1])
    minutes = Minutes.objects.get(pk=circulated.pk)
    assert minutes.state == N.APPROVED
    assert not Document.objects.filter(source_key=f"minutes:{meetings[0].pk}").exists()


@pytest.mark.parametrize("state", [N.APPROVED, N.FROZEN])
def test_approved_minutes_cannot_be_edited_by_the_service_save_or_bulk_update(state, meetings, secretariat):
    minutes = Minutes.objects.create(meeting=meetings[0], text="Final text")
    Minutes.objects.move_state(minutes.pk, N.DRAFT, state=state)
    with pytest.raises(TransitionRefused, match="only a draft"):
        save_draft(meetings[0], secretariat, "Rewritten")
    stale = Minutes.objects.get(pk=minutes.pk)
    stale.text = "Rewritten"
    stale.state = N.DRAFT  # even a copy claiming to be a draft
    with pytest.raises(MinutesLocked):
        stale.save()
    with pytest.raises(MinutesLocked):
        Minutes.objects.filter(pk=minutes.pk).update(text="Rewritten")
    with pytest.raises(MinutesLocked):
        Minutes.objects.all().update(state=N.DRAFT)
    with pytest.raises(MinutesLocked):
        Minutes.objects.bulk_update([stale], ["text"])
    assert Minutes.objects.get(pk=minutes.pk).text == "Final text"


def test_a_draft_can_still_be_edited(meetings, secretariat):
    save_draft(meetings[0], secretariat, "First")
    minutes = save_draft(meetings[0], secretariat, "Second", language="it")
    assert (minutes.text, minutes.language) == ("Second", "it")
    Minutes.objects.filter(pk=minutes.pk).update(text="Third")  # drafts are not locked

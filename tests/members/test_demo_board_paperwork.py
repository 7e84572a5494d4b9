"""The demo's Board paperwork: past meetings' minutes approved and filed, a written procedure closed."""

import pytest
from django.utils import timezone

from library.models import Document
from members.demo import seed_accounts, seed_board_paperwork, seed_meetings, seed_organisations
from members.models import BoardMeeting, MeetingStatus, Minutes, MinutesState, Outcome, WrittenProcedure


@pytest.fixture(autouse=True)
def _private_media(settings, tmp_path):
    settings.PRIVATE_MEDIA_ROOT = tmp_path / "private"


@pytest.mark.django_db
def test_the_demo_files_the_minutes_of_past_meetings_and_closes_a_written_procedure():
    seed_organisations()
    seed_accounts()
    seed_meetings()
    first = seed_board_paperwork()
    past = BoardMeeting.objects.filter(date__lt=timezone.localdate(), status=MeetingStatus.MINUTES_APPROVED)
    assert past.exists() and len(first) == past.count()
    assert set(Minutes.objects.values_list("state", flat=True)) == {MinutesState.FROZEN}
    for meeting in past:
        document = Document.objects.get(source_key=f"minutes:{meeting.pk}")
        assert document.folder.slug == "minutes" and document.versions.count() == 3
        assert meeting.attendance.count() == 2
    procedure = WrittenProcedure.objects.get()
    assert procedure.closed_at is not None and procedure.result.outcome == Outcome.ADOPTED
    versions = sum(d.versions.count() for d in Document.objects.all())
    seed_board_paperwork()  # a second run changes nothing
    assert sum(d.versions.count() for d in Document.objects.all()) == versions
    assert WrittenProcedure.objects.count() == 1

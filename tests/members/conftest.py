import datetime
import io

import pytest
from django.core.files.base import ContentFile
from django.utils import timezone
from pypdf import PdfWriter

from members.models import ApplicationContact, BoardMeeting, FeeBand, MeetingStatus, MembershipApplication


def pdf_bytes() -> bytes:
    writer = PdfWriter()
    writer.add_blank_page(width=200, height=200)
    buffer = io.BytesIO()
    writer.write(buffer)
    return buffer.getvalue()


@pytest.fixture(autouse=True)
def _private_media(settings, tmp_path):
    settings.MEDIA_ROOT = tmp_path / "private"
    settings.PRIVATE_MEDIA_ROOT = settings.MEDIA_ROOT


@pytest.fixture
def open_meeting(db):
    """A planned meeting whose agenda is still open."""
    return BoardMeeting.objects.create(date=timezone.localdate() + datetime.timedelta(days=60), place="Parma")


@pytest.fixture
def later_meeting(db):
    return BoardMeeting.objects.create(
        date=timezone.localdate() + datetime.timedelta(days=150), place="Luleå"
    )


@pytest.fixture
def held_meeting(db):
    """Today's meeting, being held: decisions are recorded now."""
    return BoardMeeting.objects.create(date=timezone.localdate(), status=MeetingStatus.HELD, place="Parma")


@pytest.fixture
def fee_schedule(db):
    year = timezone.localdate().year
    FeeBand.objects.create(year=year, is_public=True, min_size=0, amount_eur=500)
    FeeBand.objects.create(year=year, is_public=True, min_size=10_000, amount_eur=1000)
    FeeBand.objects.create(year=year, is_public=False, min_size=0, amount_eur=250)
    FeeBand.objects.create(year=year, is_public=False, min_size=20, min_budget_eur=1_000_000, amount_eur=600)


def make_application(applicant, state="draft", meeting=None, name="Comune di Collecchio", **extra):
    application = MembershipApplication.objects.create(
        applicant=applicant,
        state=state,
        name=name,
        kind="municipality",
        is_public=True,
        country="IT",
        region="Emilia-Romagna",
        town="Collecchio",
        inhabitants=14_000,
        legal_representative_name="Maria Sindaco",
        legal_representative_role="Mayor",
        legal_representative_email="sindaco@collecchio.example",
        presentation_letter="Dear Chair, we would like to join.",
        consent=True,
        meeting=meeting,
        **extra,
    )
    application.signed_form.save("form.pdf", ContentFile(pdf_bytes()), save=True)
    ApplicationContact.objects.create(
        application=application,
        name="Paolo Contatto",
        email="paolo@collecchio.example",
        job_title="EU officer",
    )
    return application


@pytest.fixture
def application_factory(db):
    return make_application

"""The demo's texts that are not translated fields are not English on Italian and Swedish pages:
written in the reader's languages (the written procedure), in the organisation's language (an
applicant's letter, what the secretariat writes to it) or language-neutral (a risk's owner)."""

from io import StringIO

import pytest
from django.core.management import call_command
from django.urls import reverse
from django.utils import translation

from billing.models import Invoice, Series
from evaluation.models import Risk
from members.models import ApplicationEvent, MembershipApplication, StaffExpert, User, WrittenProcedure

# The written procedure is in all three languages (English included); these are English only.
ENGLISH_DEMO_TEXTS = [
    "Please upload the form signed by the mayor.",
    "A consultancy company is not a local or regional actor.",
    "Dear Chair of the Board",
    "Legal Representative",
    "Membership ended before the fee year",
    "Secretariat",
    "Youth worker",
]


@pytest.fixture
def demo(db):
    call_command("seed_demo", stdout=StringIO())


def test_the_demo_writes_single_language_texts_for_its_readers(demo, client):
    procedure = WrittenProcedure.objects.get()
    assert procedure.question.startswith("Godkänns protokollet från styrelsemötet den ")
    assert " / Si approva il verbale della riunione del Consiglio direttivo del " in procedure.question
    assert "Protokollsutkastet" in procedure.explanation and "La bozza di verbale" in procedure.explanation

    langhirano = MembershipApplication.objects.get(name="Comune di Langhirano")
    assert langhirano.presentation_letter.startswith("Gentile Presidente")
    assert langhirano.legal_representative_role == "Sindaco"
    assert ApplicationEvent.objects.filter(
        application=langhirano, comment__startswith="Vi chiediamo"
    ).exists()
    kiruna = MembershipApplication.objects.get(name="Kiruna kommun")
    assert kiruna.presentation_letter.startswith("Bästa ordförande")
    assert ApplicationEvent.objects.filter(
        application=kiruna, comment="Lägg till en andra kontaktperson."
    ).exists()

    assert set(Risk.objects.values_list("owner", flat=True)) == {"Giulia Rossi", "Marco Bianchi"}
    credit_note = Invoice.objects.get(series=Series.CREDIT_NOTE)
    assert "Membership" not in credit_note.reason

    stored = [
        *MembershipApplication.objects.values_list("presentation_letter", flat=True),
        *MembershipApplication.objects.values_list("legal_representative_name", flat=True),
        *ApplicationEvent.objects.values_list("comment", flat=True),
        *Risk.objects.values_list("owner", flat=True),
        *StaffExpert.objects.values_list("job_title", flat=True),
        credit_note.reason,
    ]
    for english in ENGLISH_DEMO_TEXTS:
        assert not [text for text in stored if english in text], english

    client.force_login(User.objects.get(email="chair@demo.sern.eu"))
    with translation.override("it"):
        page = client.get(reverse("board_procedure", args=[procedure.pk])).content.decode()
        risks = client.get(reverse("evaluation:risk_list")).content.decode()
    assert "Si approva il verbale" in page and "Approve the minutes of the Board meeting of" in page
    assert "Giulia Rossi" in risks and "<td>Secretariat</td>" not in risks

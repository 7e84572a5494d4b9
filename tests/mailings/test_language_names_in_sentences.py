"""Inside a sentence or a label, Italian and Swedish write a language's name in lower case
("Oggetto (inglese)", "Ämne (engelska)"); English capitalises it. Standing alone (a tab, a
choice) every language capitalises it."""

import pytest
from django.urls import reverse
from django.utils import translation

from evaluation.models import ReportRun
from mailings.forms import MailingForm
from workinggroups.forms import GroupCreateForm, GroupTextForm

from .conftest import make_mailing

pytestmark = pytest.mark.django_db

LABELS = {
    "it": ("Oggetto (inglese)", "Testo (svedese)", "Testo della pagina (italiano)", "Nome (inglese)"),
    "sv": ("Ämne (engelska)", "Text (svenska)", "Sidans text (italienska)", "Namn (engelska)"),
    "en": ("Subject (English)", "Text (Swedish)", "Page text (Italian)", "Name (English)"),
}


@pytest.mark.parametrize("language", ["it", "sv", "en"])
def test_form_labels_write_the_language_as_inside_a_sentence(language):
    subject, text, page_text, name = LABELS[language]
    with translation.override(language):
        mailing = MailingForm()
        assert mailing.fields["subject_en"].label == subject
        assert mailing.fields["body_sv"].label == text
        assert GroupTextForm().fields["description_it"].label == page_text
        assert GroupCreateForm().fields["name_en"].label == name


@pytest.mark.parametrize(
    ("language", "link", "heading", "fallback", "tab"),
    [
        ("it", "Anteprima in svedese", "Anteprima in italiano", "lo ricevono in inglese.", ">Inglese</a>"),
        (
            "sv",
            "Förhandsvisning på svenska",
            "Förhandsvisning på italienska",
            "får det på engelska.",
            ">Engelska</a>",
        ),
    ],
)
def test_the_mailing_preview_names_languages_in_sentences_in_lower_case(
    client, network, language, link, heading, fallback, tab
):
    mailing = make_mailing(network.news, texts={"subject_en": "News", "body_en": "Text"})
    client.force_login(network.secretariat)
    with translation.override(language):
        detail = client.get(reverse("mailings:detail", args=[mailing.pk])).content.decode()
        preview = client.get(reverse("mailings:preview", args=[mailing.pk, "it"])).content.decode()
    assert link in detail
    assert heading in preview and fallback in preview
    assert tab in preview  # the tabs stand alone: capitalised


@pytest.mark.parametrize(
    ("language", "expected"), [("it", "in svedese."), ("sv", "på svenska."), ("en", "in Swedish.")]
)
def test_the_report_status_names_its_language_inside_the_sentence(client, board_member, language, expected):
    run = ReportRun.objects.create(
        requested_by=board_member, period_start="2025-01-01", period_end="2025-12-31", language="sv"
    )
    client.force_login(board_member)
    with translation.override(language):
        page = client.get(reverse("evaluation:report_status", args=[run.pk])).content.decode()
    assert expected in page

"""The Board's page as a board member uses it: the page stays at the application just positioned on,
shows the recorded choice, and speaks of positions and decisions with nouns in every language."""

import re

import pytest
from django.urls import reverse
from django.utils import translation

from members.forms import DecisionForm
from members.models import Position
from tests.factories import ApplicantFactory

from .conftest import make_application


def test_recording_a_position_comes_back_to_that_application(client, board_member, open_meeting):
    make_application(ApplicantFactory(), state="ready", meeting=open_meeting, name="Comune di Bardi")
    application = make_application(ApplicantFactory(), state="ready", meeting=open_meeting)
    client.force_login(board_member)
    response = client.post(
        reverse("board_position", args=[application.pk]), {"position": "reject", "comment": "Too early."}
    )
    assert response.status_code == 302
    assert response.url == reverse("board_meeting", args=[open_meeting.pk]) + f"#application-{application.pk}"
    page = client.get(response.url).content.decode()
    assert f'id="application-{application.pk}"' in page


def test_the_page_shows_the_position_recorded_chosen(client, board_member, open_meeting):
    application = make_application(ApplicantFactory(), state="ready", meeting=open_meeting)
    client.force_login(board_member)
    client.post(
        reverse("board_position", args=[application.pk]), {"position": "abstain", "comment": "Conflict."}
    )
    page = client.get(reverse("board_meeting", args=[open_meeting.pk])).content.decode()
    assert "Your recorded position: Abstain" in page
    checked = re.search(rf'<input[^>]*id="position-{application.pk}-position_\d"[^>]*checked[^>]*>', page)
    assert checked and 'value="abstain"' in checked.group(0)
    assert ">Conflict.</textarea>" in page


@pytest.mark.parametrize(
    ("language", "expected"),
    [
        ("it", {"approve": "Approvazione", "reject": "Rigetto", "abstain": "Astensione"}),
        ("sv", {"approve": "Bifall", "reject": "Avslag", "abstain": "Nedlagd röst"}),
    ],
)
def test_positions_are_named_with_nouns(language, expected):
    with translation.override(language):
        assert {choice.value: str(choice.label) for choice in Position} == expected


def test_the_decisions_are_named_with_nouns_in_italian():
    with translation.override("it"):
        labels = [str(label) for _value, label in DecisionForm().fields["decision"].choices]
    assert labels == ["Approvazione", "Rigetto", "Rinvio"]
    assert not any(label.endswith(("are", "ere", "ire")) for label in labels)

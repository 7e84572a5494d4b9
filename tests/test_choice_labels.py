"""Choice labels are read once per field and language, not rebuilt (and translated) on every
``get_FOO_display`` call (issue 16), and still follow the page's language."""

import pytest
from django.db.models import base as model_base
from django.utils import translation

from members.models import Country, Organisation
from projects.models import ProjectIdea

pytestmark = pytest.mark.django_db


def test_a_country_and_a_phase_are_shown_in_the_readers_language():
    organisation = Organisation(country=Country.ITALY, name="Comune")
    idea = ProjectIdea(phase="formulation")

    shown = {}
    for language in ("en", "sv", "it"):
        with translation.override(language):
            shown[language] = (organisation.get_country_display(), idea.get_phase_display())

    assert shown["en"][0] == "Italy" and shown["sv"][0] == "Italien" and shown["it"][0] == "Italia"
    assert len({phase for _country, phase in shown.values()}) == 3


def test_a_value_without_a_label_is_shown_as_it_is():
    assert Organisation(country="XX").get_country_display() == "XX"


def test_showing_many_countries_does_not_rebuild_the_choices_each_time(monkeypatch):
    rebuilt = []
    real = model_base.make_hashable
    monkeypatch.setattr(model_base, "make_hashable", lambda value: rebuilt.append(1) or real(value))

    with translation.override("it"):
        labels = [Organisation(country=Country.SWEDEN).get_country_display() for _ in range(50)]

    assert labels == ["Svezia"] * 50
    assert rebuilt == []

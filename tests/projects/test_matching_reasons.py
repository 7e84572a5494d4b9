"""Reasons in the reader's language: every code of docs/matching.md, and a fallback."""

import pytest
from django.utils import translation

from projects.matching import Reason, explain
from projects.reason_sentences import RENDERERS, ReasonRenderer

# One example per code of the table in docs/matching.md.
EXAMPLES = {
    "similar_text": {"terms": ["mobil", "school"]},
    "shared_priorities": {"priorities": ["smart-mobility", "climate-action"]},
    "same_programme": {"programme": "erasmus_plus"},
    "active_in_programme": {"programme": "interreg"},
    "country_in_programme": {"country": "SE", "programme": "interreg"},
    "past_partner_of_lead": {"projects": ["MOBEC"]},
    "partner_of_lead_partner": {"partners": ["Region Norrbotten", "Comune di Parma"]},
    "same_country": {"country": "IT"},
    "neighbouring_country": {"country": "FI"},
    "same_region": {"nuts": "SE33"},
    "same_town": {"town": "Luleå"},
    "wanted_country": {"country": "SE"},
    "wanted_kind": {"kind": "municipality"},
    "active_member": {"engagement": 4.0},
    "working_group": {"groups": ["working-group-green-societies"]},
}
NAMES = {"smart-mobility": "Smart mobility", "climate-action": "Climate action"}
GROUPS = {"working-group-green-societies": "Working group Green societies"}  # no database here


def test_every_code_of_the_engine_has_a_renderer():
    from projects.matching.reason_codes import TEMPLATES

    assert set(TEMPLATES) == set(RENDERERS) == set(EXAMPLES)


@pytest.mark.parametrize("language", ["en", "sv", "it"])
@pytest.mark.parametrize("code", sorted(EXAMPLES))
def test_every_code_renders_a_non_empty_fragment_that_is_not_the_fallback(code, language):
    with translation.override(language):
        renderer = ReasonRenderer(NAMES, group_names=GROUPS)
        text = renderer.render(code, EXAMPLES[code])
        assert text.strip()
        assert text != renderer.render("no_such_code", {})


def test_the_example_of_the_issue_reads_naturally_in_english():
    with translation.override("en"):
        text = ReasonRenderer(NAMES).sentence(
            [
                {"code": "shared_priorities", "params": EXAMPLES["shared_priorities"]},
                {"code": "wanted_country", "params": {"country": "SE"}},
                {"code": "past_partner_of_lead", "params": {"projects": ["MOBEC"]}},
            ]
        )
    assert text == (
        "shares Smart mobility and Climate action · in a country you look for: Sweden"
        " · partner of yours in MOBEC"
    )


def test_labels_are_the_portals_in_the_readers_language():
    with translation.override("sv"):
        renderer = ReasonRenderer(NAMES)
        assert "Italien" in renderer.render("wanted_country", {"country": "IT"})
        assert "Kommun" in renderer.render("wanted_kind", {"kind": "municipality"})
        assert "Grekland" in renderer.render("same_country", {"country": "EL"})
    with translation.override("it"):
        assert "Svezia" in ReasonRenderer(NAMES).render("wanted_country", {"country": "SE"})


def test_priority_names_come_from_the_strategy_in_the_active_language(db):
    from strategy.models import Priority

    priority = Priority.objects.order_by("order").first()
    with translation.override("it"):
        text = ReasonRenderer().render("shared_priorities", {"priorities": [priority.code]})
    assert priority.name_it in text


@pytest.mark.parametrize("language", ["en", "sv", "it"])
def test_an_unknown_code_or_broken_params_give_a_translated_generic_fragment(language):
    with translation.override(language):
        renderer = ReasonRenderer(NAMES)
        fallback = renderer.render("brand_new_signal", {"x": 1})
        assert fallback.strip()
        assert renderer.render("same_programme", {}) == fallback
    if language != "en":
        assert fallback != "matches what the idea looks for"


def test_the_engines_plain_english_explanation_still_works_for_the_cli():
    assert explain(Reason("past_partner_of_lead", {"projects": ["MOBEC"]})) == "worked with the lead in MOBEC"


# --- Readable reasons (issue 10, point 14) --------------------------------------------------------
def test_near_duplicate_reasons_are_given_once():
    reasons = [
        {"code": "active_in_programme", "params": {"programme": "horizon_europe"}},
        {"code": "same_programme", "params": {"programme": "horizon_europe"}},
        {"code": "country_in_programme", "params": {"country": "IT", "programme": "horizon_europe"}},
        {"code": "wanted_country", "params": {"country": "IT"}},
        {"code": "same_country", "params": {"country": "IT"}},
    ]
    with translation.override("en"):
        assert ReasonRenderer(NAMES).render_all(reasons) == [
            "has been active in Horizon Europe",
            "in a country you look for: Italy",
        ]


def test_generic_and_short_words_are_not_reasons():
    generic = {"code": "similar_text", "params": {"terms": ["italiani", "comuni", "opened", "of"]}}
    telling = {"code": "similar_text", "params": {"terms": ["comuni", "cycling"]}}
    with translation.override("en"):
        assert ReasonRenderer(NAMES).render_all([generic]) == ["matches what the idea looks for"]
        assert ReasonRenderer(NAMES).render_all([telling]) == ["its profile talks about “cycling”"]


def test_at_most_three_reasons_are_shown_first():
    reasons = [{"code": code, "params": EXAMPLES[code]} for code in sorted(EXAMPLES)]
    with translation.override("en"):
        shown, more = ReasonRenderer(NAMES, group_names=GROUPS).split(reasons)
    assert len(shown) == 3 and more
    assert len(set(shown + more)) == len(shown + more)


@pytest.mark.parametrize("language", ["en", "sv", "it"])
def test_the_network_perspective_speaks_of_the_lead_not_of_you(language):
    from projects.reason_sentences import LEAD, NETWORK

    for code in (
        "past_partner_of_lead",
        "partner_of_lead_partner",
        "same_country",
        "same_region",
        "same_town",
        "wanted_country",
        "wanted_kind",
    ):
        with translation.override(language):
            yours = ReasonRenderer(NAMES, perspective=LEAD).render(code, EXAMPLES[code])
            theirs = ReasonRenderer(NAMES, perspective=NETWORK).render(code, EXAMPLES[code])
        assert yours != theirs, (code, language)
    with translation.override("en"):
        assert (
            ReasonRenderer(NAMES, perspective=NETWORK).render(
                "past_partner_of_lead", EXAMPLES["past_partner_of_lead"]
            )
            == "partner of the lead in MOBEC"
        )

"""Language-aware analysis: Swedish, Italian and English stems and stop words."""

from __future__ import annotations

from collections import Counter

from projects.matching import IdeaQuery, MatchingIndex
from projects.matching.text import Analyzer, detect_language, tokenize
from tests.matching.builders import profile


def stems(text: str) -> set[str]:
    return set(Analyzer().analyse(text)[0])


def test_swedish_inflections_share_one_stem() -> None:
    assert stems("Kommunerna och regionerna samarbetar") & stems("en kommun i regionen") == {
        "kommun",
        "region",
    }


def test_italian_mobilita_and_mobile_share_one_stem() -> None:
    assert stems("la mobilità sostenibile dei comuni") >= {"mobil", "comun"}
    assert stems("un servizio mobile per il comune") >= {"mobil", "comun"}


def test_english_municipalities_and_municipality_share_one_stem() -> None:
    assert stems("the municipalities") == stems("a municipality") == {"municip"}


def test_stop_words_of_the_detected_language_are_dropped() -> None:
    assert "och" not in stems("kommunerna och regionerna samarbetar för att")
    assert "della" not in stems("il progetto della regione per la mobilità")


def test_the_language_is_detected_from_its_function_words() -> None:
    assert detect_language(Counter(tokenize("det är en kommun som och att"))) == "swedish"
    assert detect_language(Counter(tokenize("il comune della regione per le"))) == "italian"
    assert detect_language(Counter(tokenize("the city and the region of"))) == "english"
    assert detect_language(Counter(tokenize("xyz")), default="english") == "english"


def test_a_swedish_idea_finds_a_swedish_profile_through_stemming() -> None:
    index = MatchingIndex.build(
        [
            profile("kommun", texts=("Kommunen arbetar med kollektivtrafik och bussar",)),
            profile("skola", texts=("Skolan undervisar barn i matematik",)),
        ]
    )
    best = index.suggest(IdeaQuery(text="Kommunerna vill utveckla kollektivtrafiken"), k=1)[0]
    assert best.candidate_id == "kommun"

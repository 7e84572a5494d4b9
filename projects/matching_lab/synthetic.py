"""Seeded synthetic organisations and ideas in English, Swedish and Italian, for benchmarks.

Texts mix each language's real function words with pseudo-words drawn from a Zipf-like
distribution, so the analyser, stop words, stemmers and postings lists work as hard as on real
text. Same seed, same data.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from projects.matching.model import CandidateProfile, Collaboration, IdeaQuery
from projects.matching.stopwords import ITALIAN, SWEDISH

LANGUAGE_FUNCTION_WORDS = {
    "en": ("the", "and", "of", "to", "for", "with", "is", "will", "this", "by"),
    "sv": tuple(sorted(SWEDISH))[:40],
    "it": tuple(sorted(ITALIAN))[:40],
}
SYLLABLES = {
    "en": ("tra", "mo", "bil", "ity", "en", "er", "gy", "port", "dis", "com", "net", "work"),
    "sv": ("kom", "mun", "er", "na", "sam", "ar", "bet", "hål", "lig", "trafik", "ens", "and"),
    "it": ("mo", "bi", "li", "tà", "co", "mu", "ne", "so", "ste", "ni", "zio", "ri"),
}
COUNTRIES = ("SE", "IT", "FI", "DE", "FR", "ES", "PL", "AT", "NO", "DK", "EE", "LV", "LT", "SI")
KINDS = ("municipality", "region", "university", "company", "ngo", "agency")
PRIORITIES = tuple(f"priority-{number}" for number in range(24))
WORDS_PER_LANGUAGE = 30_000


@dataclass(slots=True)
class SyntheticWorld:
    profiles: list[CandidateProfile]
    collaborations: list[Collaboration]
    ideas: list[IdeaQuery]


def _vocabulary(rng: np.random.Generator, language: str) -> np.ndarray:
    syllables = np.asarray(SYLLABLES[language])
    words = set()
    while len(words) < WORDS_PER_LANGUAGE:
        length = rng.integers(2, 6)
        words.add("".join(rng.choice(syllables, size=length)))
    return np.asarray(sorted(words))


def _texts(
    rng: np.random.Generator, vocabulary: np.ndarray, language: str, count: int, length: int
) -> list[str]:
    # Zipf-like ranks: a few words are everywhere, most are rare (like real topic words).
    ranks = np.minimum(rng.zipf(1.3, size=(count, length)) - 1, vocabulary.size - 1)
    topic = rng.integers(0, vocabulary.size, size=(count, 1))
    picks = (ranks + topic) % vocabulary.size
    function_words = np.asarray(LANGUAGE_FUNCTION_WORDS[language])
    fillers = rng.choice(function_words, size=(count, length // 4))
    return [
        " ".join([*vocabulary[row].tolist(), *filler.tolist()])
        for row, filler in zip(picks, fillers, strict=True)
    ]


def make_world(n_orgs: int, n_ideas: int, seed: int = 20240501) -> SyntheticWorld:
    rng = np.random.default_rng(seed)
    languages = ("en", "sv", "it")
    vocabularies = {language: _vocabulary(rng, language) for language in languages}
    language_of = rng.integers(0, 3, size=n_orgs)
    texts = np.empty(n_orgs, dtype=object)
    for code, language in enumerate(languages):
        rows = np.flatnonzero(language_of == code)
        texts[rows] = _texts(rng, vocabularies[language], language, rows.size, 120)
    n_programmes = max(4, n_orgs // 2000)
    country_of = rng.integers(0, len(COUNTRIES), size=n_orgs)
    profiles = []
    for row in range(n_orgs):
        country = COUNTRIES[country_of[row]]
        programmes = rng.integers(0, n_programmes, size=rng.integers(0, 4))
        profiles.append(
            CandidateProfile(
                id=row,
                name=f"Organisation {row}",
                country=country,
                kind=KINDS[rng.integers(0, len(KINDS))],
                is_public=bool(rng.integers(0, 2)),
                nuts=f"{country}{rng.integers(1, 4)}{rng.integers(1, 6)}{rng.integers(1, 9)}",
                town=f"Town {rng.integers(0, 5000)}",
                texts=(texts[row],),
                priorities=frozenset(rng.choice(PRIORITIES, size=rng.integers(0, 4)).tolist()),
                programmes=frozenset(f"programme-{p}" for p in programmes.tolist()),
                projects=(),
                engagement=float(rng.poisson(2.0)),
            )
        )
    collaborations = _collaborations(rng, n_orgs, n_programmes)
    ideas = _ideas(rng, vocabularies, n_ideas, n_orgs, n_programmes)
    return SyntheticWorld(profiles, collaborations, ideas)


def _collaborations(
    rng: np.random.Generator, n_orgs: int, n_programmes: int
) -> list[Collaboration]:
    """Projects of 3-8 partners; a third of the organisations have taken part in one. Project
    number n belongs to programme n mod n_programmes (no extra random draws: the same world)."""
    collaborations = []
    for number in range(n_orgs // 10):
        partners = rng.choice(n_orgs, size=rng.integers(3, 9), replace=False).tolist()
        label = f"P{number}"
        programme = f"programme-{number % n_programmes}"
        collaborations.extend(
            Collaboration(first, second, (label,), (programme,))
            for position, first in enumerate(partners)
            for second in partners[position + 1 :]
        )
    return collaborations


def _ideas(
    rng: np.random.Generator,
    vocabularies: dict[str, np.ndarray],
    n_ideas: int,
    n_orgs: int,
    n_programmes: int,
) -> list[IdeaQuery]:
    ideas = []
    for number in range(n_ideas):
        language = ("en", "sv", "it")[number % 3]
        text = _texts(rng, vocabularies[language], language, 1, 200)[0]
        lead = int(rng.integers(0, n_orgs))
        country = COUNTRIES[rng.integers(0, len(COUNTRIES))]
        ideas.append(
            IdeaQuery(
                text=f"Idea {number}\n{text}",
                lead_id=lead,
                programme=f"programme-{rng.integers(0, n_programmes)}",
                priorities=frozenset(rng.choice(PRIORITIES, size=2).tolist()),
                lead_country=country,
                lead_nuts=f"{country}{rng.integers(1, 4)}{rng.integers(1, 6)}",
                lead_town=f"Town {rng.integers(0, 5000)}",
                wanted_countries=frozenset({"SE"}) if number % 2 else frozenset(),
                wanted_kinds=frozenset({"municipality"}) if number % 4 == 1 else frozenset(),
                exclude_ids=frozenset(rng.integers(0, n_orgs, size=3).tolist()),
            )
        )
    return ideas

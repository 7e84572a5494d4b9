"""The README's reference baselines, computed on the same candidates as the engine.

- popularity: most earlier projects first;
- tfidf: scikit-learn TF-IDF (English stop words) cosine between the query text and each
  profile's texts;
- tfidf_copartners: the lead's earlier co-partners first (by TF-IDF among themselves), then
  everybody else by TF-IDF;
- tfidf_full / tfidf_full_copartners: the same two, on the widest reading of the README's
  wording that uses nothing from the future or from the answer. A profile's document is its
  texts plus its own name, town, NUTS-3 (code and region name), country and programmes, plus
  the names and places of its earlier co-partners (once per shared project); the query is the
  idea text plus the lead's name, town, NUTS-3, country and the idea's programme. Place and
  programme words make TF-IDF geographic. This is the strongest reading we found; it still
  stays well below the README's TF-IDF numbers (see docs/matching.md).
"""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np
from sklearn.feature_extraction.text import TfidfVectorizer

from projects.matching.model import CandidateId, CandidateProfile, Collaboration, IdeaQuery

BASELINES = ("popularity", "tfidf", "tfidf_copartners", "tfidf_full", "tfidf_full_copartners")


def _place_words(*parts: str | None) -> str:
    return " ".join(part for part in parts if part)


def profile_place(profile: CandidateProfile) -> str:
    """Name, town, NUTS (as exported: code and region name) and country of a profile."""
    return _place_words(profile.name, profile.town, profile.nuts, profile.country)


class Baselines:
    def __init__(
        self, profiles: Sequence[CandidateProfile], collaborations: Sequence[Collaboration]
    ):
        self.ids: list[CandidateId] = [profile.id for profile in profiles]
        self.row_of = {candidate: row for row, candidate in enumerate(self.ids)}
        self.names = [profile.name for profile in profiles]
        self.vectorizer = TfidfVectorizer(stop_words="english", dtype=np.float32)
        self.matrix = self.vectorizer.fit_transform(" ".join(p.texts) for p in profiles)
        self.popularity = np.asarray([p.engagement for p in profiles], dtype=np.float64)
        self.partners: dict[CandidateId, set[CandidateId]] = {}
        co_places: dict[CandidateId, list[str]] = {}
        places = {profile.id: profile_place(profile) for profile in profiles}
        for collaboration in collaborations:
            first, second = collaboration.first, collaboration.second
            self.partners.setdefault(first, set()).add(second)
            self.partners.setdefault(second, set()).add(first)
            for one, other in ((first, second), (second, first)):
                if other in places:
                    shared = max(len(collaboration.projects), 1)
                    co_places.setdefault(one, []).extend([places[other]] * shared)
        self.full_vectorizer = TfidfVectorizer(stop_words="english", dtype=np.float32)
        self.full_matrix = self.full_vectorizer.fit_transform(
            " ".join(
                [
                    *profile.texts,
                    places[profile.id],
                    *sorted(profile.programmes),
                    *co_places.get(profile.id, ()),
                ]
            )
            for profile in profiles
        )
        # Ties broken by id, like the engine.
        self.id_order = np.argsort(np.argsort(np.asarray(self.ids, dtype=object)))

    def _top(self, scores: np.ndarray, query: IdeaQuery, depth: int) -> list[CandidateId]:
        scores = scores.astype(np.float64, copy=True)
        excluded = set(query.exclude_ids) | {query.lead_id}
        for candidate in excluded:
            if candidate in self.row_of:
                scores[self.row_of[candidate]] = -np.inf
        order = np.lexsort((self.id_order, -scores))[:depth]
        return [self.ids[row] for row in order if np.isfinite(scores[row])]

    def _full_query(self, query: IdeaQuery) -> str:
        lead = self.row_of.get(query.lead_id) if query.lead_id is not None else None
        lead_name = self.names[lead] if lead is not None else None
        place = _place_words(lead_name, query.lead_town, query.lead_nuts, query.lead_country)
        return "\n".join(part for part in (query.text, place, query.programme) if part)

    def _copartners_first(self, scores: np.ndarray, query: IdeaQuery) -> np.ndarray:
        boost = np.zeros(len(self.ids))
        for partner in self.partners.get(query.lead_id, ()):
            if partner in self.row_of:
                boost[self.row_of[partner]] = 2.0  # cosine <= 1: partners come first
        return scores + boost

    def rank(self, method: str, query: IdeaQuery, depth: int = 100) -> list[CandidateId]:
        if method == "popularity":
            return self._top(self.popularity, query, depth)
        if method in ("tfidf", "tfidf_copartners"):
            vector, matrix = self.vectorizer.transform([query.text]), self.matrix
        elif method in ("tfidf_full", "tfidf_full_copartners"):
            vector = self.full_vectorizer.transform([self._full_query(query)])
            matrix = self.full_matrix
        else:
            raise ValueError(f"unknown baseline {method!r}")
        text_scores = np.asarray((matrix @ vector.T).todense()).ravel()
        if method.endswith("_copartners"):
            text_scores = self._copartners_first(text_scores, query)
        return self._top(text_scores, query, depth)

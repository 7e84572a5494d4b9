"""The README's reference baselines, computed on the same candidates as the engine.

- popularity: most earlier projects first;
- tfidf: scikit-learn TF-IDF (English stop words) cosine between the query text and each
  profile's texts;
- tfidf_copartners: the lead's earlier co-partners first (by TF-IDF among themselves), then
  everybody else by TF-IDF.
"""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np
from sklearn.feature_extraction.text import TfidfVectorizer

from projects.matching.model import CandidateId, CandidateProfile, Collaboration, IdeaQuery

BASELINES = ("popularity", "tfidf", "tfidf_copartners")


class Baselines:
    def __init__(
        self, profiles: Sequence[CandidateProfile], collaborations: Sequence[Collaboration]
    ):
        self.ids: list[CandidateId] = [profile.id for profile in profiles]
        self.row_of = {candidate: row for row, candidate in enumerate(self.ids)}
        self.vectorizer = TfidfVectorizer(stop_words="english", dtype=np.float32)
        self.matrix = self.vectorizer.fit_transform(" ".join(p.texts) for p in profiles)
        self.popularity = np.asarray([p.engagement for p in profiles], dtype=np.float64)
        self.partners: dict[CandidateId, set[CandidateId]] = {}
        for collaboration in collaborations:
            self.partners.setdefault(collaboration.first, set()).add(collaboration.second)
            self.partners.setdefault(collaboration.second, set()).add(collaboration.first)
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

    def rank(self, method: str, query: IdeaQuery, depth: int = 100) -> list[CandidateId]:
        if method == "popularity":
            return self._top(self.popularity, query, depth)
        text_scores = np.asarray(
            (self.matrix @ self.vectorizer.transform([query.text]).T).todense()
        ).ravel()
        if method == "tfidf":
            return self._top(text_scores, query, depth)
        if method == "tfidf_copartners":
            boost = np.zeros(len(self.ids))
            for partner in self.partners.get(query.lead_id, ()):
                if partner in self.row_of:
                    boost[self.row_of[partner]] = 2.0  # cosine <= 1: partners come first
            return self._top(text_scores + boost, query, depth)
        raise ValueError(f"unknown baseline {method!r}")

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
import scipy.sparse as sp
from sklearn.feature_extraction.text import TfidfVectorizer

from projects.matching.index import MatchingIndex
from projects.matching.model import CandidateId, CandidateProfile, Collaboration, IdeaQuery
from projects.matching.scoring import excluded_rows

BASELINES = ("popularity", "tfidf", "tfidf_copartners", "tfidf_full", "tfidf_full_copartners")
# Text baselines, left out on a data set without any text (their vocabulary would be empty).
TEXT_BASELINES = BASELINES[1:]


def _place_words(*parts: str | None) -> str:
    return " ".join(part for part in parts if part)


def profile_place(profile: CandidateProfile) -> str:
    """Name, town, NUTS (as exported: code and region name) and country of a profile."""
    return _place_words(profile.name, profile.town, profile.nuts, profile.country)


class TfidfFit:
    """scikit-learn `TfidfVectorizer(stop_words="english")` semantics, fitted from parts.

    A document is a sequence of parts (texts, places, programme names); sklearn's analyzer on
    parts joined by spaces gives the sum of the parts' token counts, so every distinct part is
    analysed once per process (`PartCache`) and a fit is two sparse products instead of a
    re-tokenisation of every profile at every evaluation date. Same vocabulary (terms of the
    fitted documents), smooth IDF, raw counts, l2 rows: the same cosine scores as
    `TfidfVectorizer.fit_transform` / `transform`.
    """

    def __init__(self, cache: PartCache, documents: Sequence[Sequence[int]]):
        """`documents`: per document, its parts as `cache.part(...)` numbers (repeats count)."""
        self.cache = cache
        cols = [part for parts in documents for part in parts]
        rows = np.repeat(np.arange(len(documents)), [len(parts) for parts in documents])
        n_docs = len(documents)
        part_matrix = cache.matrix()
        by_part = sp.csr_matrix(
            (np.ones(len(rows), dtype=np.float64), (rows, cols)),
            shape=(n_docs, part_matrix.shape[0]),
        )
        counts = (by_part @ part_matrix).tocsr()
        counts.eliminate_zeros()
        doc_freq = np.bincount(counts.indices, minlength=counts.shape[1])
        self.known = doc_freq > 0
        self.idf = np.log((1.0 + n_docs) / (1.0 + doc_freq)) + 1.0
        self.matrix = _l2_rows(counts @ sp.diags(self.idf)).astype(np.float32)

    def transform(self, text: str) -> sp.csr_matrix:
        counts = self.cache.counts(text)
        counts = counts[:, : self.idf.size].multiply(self.known[: counts.shape[1]])
        padded = sp.csr_matrix(counts, shape=(1, self.idf.size))
        return _l2_rows(padded.multiply(self.idf).tocsr()).astype(np.float32)


def _l2_rows(matrix: sp.spmatrix) -> sp.csr_matrix:
    matrix = sp.csr_matrix(matrix, dtype=np.float64)
    norms = np.sqrt(np.asarray(matrix.multiply(matrix).sum(axis=1)).ravel())
    norms[norms == 0] = 1.0
    return sp.csr_matrix(sp.diags(1.0 / norms) @ matrix)


class PartCache:
    """Token counts of every distinct part, analysed once with sklearn's English analyzer."""

    def __init__(self) -> None:
        self.analyze = TfidfVectorizer(stop_words="english").build_analyzer()
        self.vocabulary: dict[str, int] = {}
        self.part_of: dict[str, int] = {}
        self._rows: list[np.ndarray] = []
        self._cols: list[np.ndarray] = []
        self._vals: list[np.ndarray] = []
        self._matrix: sp.csr_matrix | None = None

    def _count(self, text: str) -> tuple[np.ndarray, np.ndarray]:
        counted: dict[int, int] = {}
        for token in self.analyze(text):
            column = self.vocabulary.setdefault(token, len(self.vocabulary))
            counted[column] = counted.get(column, 0) + 1
        return (
            np.fromiter(counted.keys(), np.int64, len(counted)),
            np.fromiter(counted.values(), np.float64, len(counted)),
        )

    def part(self, text: str) -> int:
        row = self.part_of.get(text)
        if row is None:
            row = self.part_of[text] = len(self.part_of)
            cols, vals = self._count(text)
            self._rows.append(np.full(cols.size, row, np.int64))
            self._cols.append(cols)
            self._vals.append(vals)
            self._matrix = None
        return row

    def matrix(self) -> sp.csr_matrix:
        if self._matrix is None or self._matrix.shape != (len(self.part_of), len(self.vocabulary)):
            shape = (len(self.part_of), max(len(self.vocabulary), 1))
            joined = [
                np.concatenate(x) if x else np.empty(0)
                for x in (self._vals, self._rows, self._cols)
            ]
            self._matrix = sp.csr_matrix((joined[0], (joined[1], joined[2])), shape=shape)
        return self._matrix

    def counts(self, text: str) -> sp.csr_matrix:
        """A query's counts (its terms may be new: they get columns no document has)."""
        cols, vals = self._count(text)
        width = max(len(self.vocabulary), 1)
        return sp.csr_matrix((vals, (np.zeros(cols.size, np.int64), cols)), shape=(1, width))


class Baselines:
    def __init__(
        self,
        profiles: Sequence[CandidateProfile],
        collaborations: Sequence[Collaboration],
        cache: PartCache | None = None,
        *,
        text: bool = True,
    ):
        """`text=False`: only popularity (no TF-IDF fit, no co-partner places)."""
        cache = cache or PartCache()
        self.ids: list[CandidateId] = [profile.id for profile in profiles]
        self.row_of = {candidate: row for row, candidate in enumerate(self.ids)}
        self.names = [profile.name for profile in profiles]
        self.popularity = np.asarray([p.engagement for p in profiles], dtype=np.float64)
        self.partners: dict[CandidateId, set[CandidateId]] = {}
        self.id_order = np.argsort(np.argsort(np.asarray(self.ids, dtype=object)))
        if not text:
            return
        co_places: dict[CandidateId, list[int]] = {}
        places = {profile.id: cache.part(profile_place(profile)) for profile in profiles}
        for collaboration in collaborations:
            first, second = collaboration.first, collaboration.second
            self.partners.setdefault(first, set()).add(second)
            self.partners.setdefault(second, set()).add(first)
            for one, other in ((first, second), (second, first)):
                if other in places:
                    shared = max(len(collaboration.projects), 1)
                    co_places.setdefault(one, []).extend([places[other]] * shared)
        self.has_text = any(profile.texts for profile in profiles)
        texts = [[cache.part(text) for text in profile.texts] for profile in profiles]
        self.text = TfidfFit(cache, texts)
        self.full = TfidfFit(
            cache,
            [
                [
                    *own_texts,
                    places[profile.id],
                    *(cache.part(programme) for programme in sorted(profile.programmes)),
                    *co_places.get(profile.id, ()),
                ]
                for profile, own_texts in zip(profiles, texts, strict=True)
            ],
        )

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
            vector, matrix = self.text.transform(query.text), self.text.matrix
        elif method in ("tfidf_full", "tfidf_full_copartners"):
            vector, matrix = self.full.transform(self._full_query(query)), self.full.matrix
        else:
            raise ValueError(f"unknown baseline {method!r}")
        text_scores = np.asarray((matrix @ vector.T).todense()).ravel()
        if method.endswith("_copartners"):
            text_scores = self._copartners_first(text_scores, query)
        return self._top(text_scores, query, depth)


GRAPH_BASELINES = ("copartners_popularity", "copartners_2hop", "copartners_programme")


def graph_baseline(
    index: MatchingIndex, method: str, query: IdeaQuery, depth: int = 100
) -> list[CandidateId]:
    """Baselines without text, from the index's own graph and programme membership.

    - copartners_popularity: the lead's earlier co-partners (most shared projects first), then
      everybody by number of earlier projects (the text-free "TF-IDF + lead's co-partners");
    - copartners_2hop: co-partners, then their partners (most paths first), then popularity;
    - copartners_programme: co-partners, then earlier members of the idea's programme by
      number of projects, then everybody else by number of projects.
    """
    size = len(index)
    popularity = np.asarray(index.engagement, dtype=np.float64)
    neighbours, shared = index.graph.partners(query.lead_id)
    partner = np.zeros(index.graph.adjacency.shape[0], np.float64)
    partner[neighbours] = shared
    partner = partner[:size]
    second = np.zeros(size)
    programme = np.zeros(size)
    if method == "copartners_2hop":
        second = index.graph.second_degree(neighbours, shared).astype(np.float64)
    elif method == "copartners_programme":
        code = index.programme_book.lookup(query.programme)
        if code >= 0:
            start, end = index.programmes.indptr[code : code + 2]
            programme[index.programmes.indices[start:end]] = 1.0
    elif method != "copartners_popularity":
        raise ValueError(f"unknown baseline {method!r}")
    eligible = np.ones(size, dtype=bool)
    eligible[excluded_rows(index, query)] = False
    order = np.lexsort((index.columns.id_rank, -popularity, -programme, -second, -partner))
    order = order[eligible[order]][:depth]
    return [index.ids[row] for row in order]

"""BM25 text index over candidate profiles, stored as scipy sparse matrices.

A profile is one document: all its texts together. Scores for a query are one sparse column
slice and one matrix-vector product, so a query touches only the postings of its own terms.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence

import numpy as np
import scipy.sparse as sp

from projects.matching.text import Analyzer

# Usual BM25 constants; b=0.75 stops organisations with many earlier projects (long profiles)
# from matching everything.
K1 = 1.2
B = 0.75
# A long idea keeps only its most telling terms (by weight x IDF): the frequent rest would
# touch most postings for little change in the ranking.
MAX_QUERY_TERMS = 48


class TextIndex:
    def __init__(self, analyzer: Analyzer, documents: Sequence[Iterable[str]]):
        self.analyzer = analyzer
        # Set once a document was replaced: stems left without postings are then skipped by
        # queries, as a fresh index (with its own analyzer) would not know them at all.
        self.replaced = False
        lengths, columns, values = [], [], []
        for texts in documents:
            length = 0
            for text in texts:
                if text:
                    text_columns, text_counts = analyzer.term_counts(text)
                    columns.append(text_columns)
                    values.append(text_counts)
                    length += text_columns.size
            lengths.append(length)
        self.n_terms = len(analyzer.vocabulary)
        shape = (len(documents), self.n_terms)
        rows = np.repeat(np.arange(len(documents), dtype=np.int32), lengths)
        counts = sp.csr_matrix(
            (_joined(values, np.float32), (rows, _joined(columns, np.int32))),
            shape=shape,
        )
        counts.sum_duplicates()  # a stem in several texts of one profile adds up
        self.counts = counts  # raw term counts, kept so one document can be replaced
        self.weights_by_doc: sp.csr_matrix = self._bm25(counts)
        self.weights_by_term: sp.csc_matrix = self.weights_by_doc.tocsc()

    def replace_document(self, row: int, texts: Iterable[str]) -> None:
        """Replace one document's texts in place: only its texts are analysed; the BM25
        statistics (IDF, average length) are then recomputed over the kept counts (vectorised),
        so every weight equals that of an index built afresh with the new document."""
        columns, values = [], []
        for text in texts:
            if text:
                text_columns, text_counts = self.analyzer.term_counts(text)
                columns.append(text_columns)
                values.append(text_counts)
        self.n_terms = len(self.analyzer.vocabulary)
        n_docs = self.counts.shape[0]
        joined = _joined(columns, np.int32)
        new_row = sp.csr_matrix(
            (_joined(values, np.float32), (np.zeros(joined.size, np.int32), joined)),
            shape=(1, self.n_terms),
        )
        new_row.sum_duplicates()
        old = self.counts
        old.resize((n_docs, self.n_terms))
        counts = sp.vstack([old[:row], new_row, old[row + 1 :]], format="csr", dtype=np.float32)
        counts.sum_duplicates()
        self.counts = counts
        self.replaced = True
        self.weights_by_doc = self._bm25(counts)
        self.weights_by_term = self.weights_by_doc.tocsc()

    def _bm25(self, counts: sp.csr_matrix) -> sp.csr_matrix:
        n_docs = counts.shape[0]
        self.idf = np.zeros(counts.shape[1], dtype=np.float32)
        self.doc_freq = np.zeros(counts.shape[1], dtype=np.float32)
        if counts.nnz == 0:
            return counts
        lengths = np.asarray(counts.sum(axis=1), dtype=np.float32).ravel()
        average = float(lengths.mean()) or 1.0
        doc_freq = np.bincount(counts.indices, minlength=counts.shape[1]).astype(np.float32)
        self.doc_freq = doc_freq
        idf = np.log1p((n_docs - doc_freq + 0.5) / (doc_freq + 0.5)).astype(np.float32)
        self.idf = idf
        row_lengths = np.repeat(lengths, np.diff(counts.indptr))
        tf = counts.data
        norm = K1 * (1.0 - B + B * row_lengths / average)
        weighted = counts.copy()
        weighted.data = (idf[counts.indices] * tf * (K1 + 1.0) / (tf + norm)).astype(np.float32)
        return weighted

    def query_terms(self, text: str) -> tuple[np.ndarray, np.ndarray, dict[int, str]]:
        """Vocabulary columns of the query's stems, their weights and a word to show for each."""
        counts, surface = self.analyzer.analyse(text)
        columns, weights, words = [], [], {}
        for stem, count in counts.items():
            column = self.analyzer.vocabulary.get(stem)
            # Stems first seen after this index was built have no postings here.
            if column is not None and column < self.n_terms:
                if self.replaced and not self.doc_freq[column]:
                    continue  # only a replaced document had it (see replace_document)
                columns.append(column)
                # Repeating a word in an idea should count, but less than linearly.
                weights.append(1.0 + np.log(count))
                words[column] = surface.get(stem, stem)
        column_array = np.asarray(columns, dtype=np.int64)
        weight_array = np.asarray(weights, np.float32)
        if column_array.size > MAX_QUERY_TERMS:
            telling = weight_array * self.idf[column_array]
            keep = np.sort(np.argsort(-telling, kind="stable")[:MAX_QUERY_TERMS])
            column_array, weight_array = column_array[keep], weight_array[keep]
        return column_array, weight_array, words

    def scores(self, columns: np.ndarray, weights: np.ndarray) -> np.ndarray:
        n_docs = self.weights_by_doc.shape[0]
        if columns.size == 0:
            return np.zeros(n_docs, dtype=np.float32)
        return np.asarray(self.weights_by_term[:, columns] @ weights).ravel()

    def top_terms(
        self, row: int, columns: np.ndarray, weights: np.ndarray, words: dict[int, str], limit: int
    ) -> list[str]:
        """The query words that contribute most to one candidate's text score."""
        start, end = self.weights_by_doc.indptr[row], self.weights_by_doc.indptr[row + 1]
        doc_columns = self.weights_by_doc.indices[start:end]
        doc_weights = self.weights_by_doc.data[start:end]
        shared, doc_pos, query_pos = np.intersect1d(doc_columns, columns, return_indices=True)
        if shared.size == 0:
            return []
        contribution = doc_weights[doc_pos] * weights[query_pos]
        # Stable order: biggest contribution first, then the word itself.
        ranked = sorted(
            zip(contribution.tolist(), shared.tolist(), strict=True),
            key=lambda item: (-item[0], words[item[1]]),
        )
        return [words[column] for _, column in ranked[:limit]]


def _joined(parts: list[np.ndarray], dtype: type) -> np.ndarray:
    return np.concatenate(parts).astype(dtype, copy=False) if parts else np.empty(0, dtype)

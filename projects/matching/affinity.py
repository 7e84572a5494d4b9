"""Which places work with which: co-partnership counts aggregated by region and by country.

Cooperation is geographic (cross-border programmes pair neighbouring regions, transnational
ones pair whole sea basins), so "organisations from the lead's region have often partnered
organisations from region X" is a strong, general prior for new partnerships.
"""

from __future__ import annotations

import numpy as np
import scipy.sparse as sp


def _one_hot(codes: np.ndarray, size: int) -> sp.csr_matrix:
    known = codes >= 0
    rows = np.flatnonzero(known)
    return sp.csr_matrix(
        (np.ones(rows.size, np.float32), (rows, codes[known])), shape=(codes.size, max(size, 1))
    )


class PlaceAffinity:
    """places x places co-partnership counts, read for one lead place at a time."""

    def __init__(self, adjacency: sp.csr_matrix, codes: np.ndarray, n_places: int):
        n = codes.size
        members = _one_hot(codes, n_places)
        among_candidates = adjacency[:n, :n]
        self.pairs: sp.csr_matrix = (members.T @ among_candidates @ members).tocsr()

    def table_for(self, place: int) -> np.ndarray:
        """Per place: log of how often it partnered `place`, scaled to [0, 1]. A trailing 0
        makes unknown places (code -1) read 0 when the table is indexed with place codes."""
        size = self.pairs.shape[0] + 1
        if place < 0 or place >= self.pairs.shape[0]:
            return np.zeros(size, np.float32)
        counts = np.log1p(self.pairs[place].toarray().ravel())
        peak = float(counts.max())
        if peak <= 0:
            return np.zeros(size, np.float32)
        return np.append(counts / peak, 0.0).astype(np.float32)


def membership_share(membership: sp.csc_matrix, codes: np.ndarray, n_places: int) -> np.ndarray:
    """groups x places: share of each group's (e.g. programme's) members in each place, scaled
    so the group's most common place is 1. A trailing 0 column makes unknown places read 0."""
    counts = np.asarray((membership.T @ _one_hot(codes, n_places)).todense(), dtype=np.float32)
    peak = counts.max(axis=1, keepdims=True)
    shares = np.divide(counts, peak, out=np.zeros_like(counts), where=peak > 0)
    return np.hstack([shares, np.zeros((shares.shape[0], 1), np.float32)])

"""Co-partner graph: who worked with whom, in which projects."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from functools import cached_property

import numpy as np
import scipy.sparse as sp

from projects.matching.model import CandidateId, Collaboration


class PartnerGraph:
    """Symmetric sparse adjacency; weight = number of shared projects.

    Nodes are the index's candidates (same row numbers) followed by organisations that appear
    only in collaborations (e.g. a lead who is not a candidate), so the lead's partners are
    known even when the lead is not suggestible.
    """

    def __init__(
        self,
        row_of: dict[CandidateId, int],
        n_candidates: int,
        collaborations: Iterable[Collaboration],
    ):
        self.n_candidates = n_candidates
        self.node_of: dict[CandidateId, int] = dict(row_of)
        self.labels: dict[tuple[int, int], tuple[str, ...]] = {}
        self.programme_block: dict[str, int] = {}
        # (node, node, programme block) once per shared project whose programme is known.
        entries: list[tuple[int, int, int]] = []
        for collaboration in collaborations:
            first = self._node(collaboration.first)
            second = self._node(collaboration.second)
            if first == second:
                continue
            pair = (min(first, second), max(first, second))
            known = self.labels.get(pair, ())
            added = tuple(label for label in collaboration.projects if label not in known)
            self.labels[pair] = known + added
            programmes = dict(zip(collaboration.projects, collaboration.programmes, strict=False))
            entries.extend(
                (*pair, self.programme_block.setdefault(programme, len(self.programme_block)))
                for label in dict.fromkeys(added)
                if (programme := programmes.get(label))
            )
        size = len(self.node_of)
        pairs = np.asarray(list(self.labels), dtype=np.int64).reshape(-1, 2)
        # A pair passed without project labels still counts as one collaboration.
        shared = np.asarray([max(len(labels), 1) for labels in self.labels.values()], np.float32)
        rows = np.concatenate([pairs[:, 0], pairs[:, 1]])
        cols = np.concatenate([pairs[:, 1], pairs[:, 0]])
        self.adjacency = sp.csr_matrix(
            (np.concatenate([shared, shared]), (rows, cols)), shape=(size, size)
        )
        triples = np.asarray(entries, dtype=np.int64).reshape(-1, 3)
        self.programme_adjacency = programme_adjacency(
            triples[:, 0], triples[:, 1], triples[:, 2], size, len(self.programme_block)
        )

    @classmethod
    def from_adjacency(
        cls,
        node_of: dict[CandidateId, int],
        n_candidates: int,
        adjacency: sp.csr_matrix,
        labels: Mapping[tuple[int, int], tuple[str, ...]],
        programme_block: dict[str, int] | None = None,
        by_programme: sp.csr_matrix | None = None,
    ) -> PartnerGraph:
        """A graph kept up to date elsewhere (e.g. an evaluation replaying time): nodes,
        symmetric adjacency and, per (smaller, larger) node pair, the shared project labels;
        optionally the shared projects per programme (see `programme_adjacency`)."""
        graph = cls.__new__(cls)
        graph.n_candidates = n_candidates
        graph.node_of = node_of
        graph.adjacency = adjacency
        graph.labels = labels  # type: ignore[assignment]
        graph.programme_block = programme_block or {}
        size = adjacency.shape[0]
        graph.programme_adjacency = (
            by_programme
            if by_programme is not None
            else sp.csr_matrix((size, size * max(len(graph.programme_block), 1)), dtype=np.float32)
        )
        return graph

    @cached_property
    def repeat_share(self) -> float:
        """Share of the collaborating pairs that worked together in two or more projects: how
        much consortia re-form in this data (about 1 % of keep.eu's Interreg pairs, 10 % of
        h2020's research pairs), so how much the lead's past partners say about the next
        consortium. Computed once per graph."""
        data = self.adjacency.data
        return float(np.count_nonzero(data >= 2) / data.size) if data.size else 0.0

    def _node(self, candidate_id: CandidateId) -> int:
        node = self.node_of.get(candidate_id)
        if node is None:
            node = self.node_of[candidate_id] = len(self.node_of)
        return node

    def partners(self, candidate_id: CandidateId | None) -> tuple[np.ndarray, np.ndarray]:
        """Neighbour nodes of an organisation and the number of projects shared with each."""
        node = self.node_of.get(candidate_id) if candidate_id is not None else None
        if node is None or node >= self.adjacency.shape[0]:
            return np.empty(0, dtype=np.int32), np.empty(0, dtype=np.float32)
        start, end = self.adjacency.indptr[node], self.adjacency.indptr[node + 1]
        return self.adjacency.indices[start:end], self.adjacency.data[start:end]

    def programme_partners(
        self, candidate_id: CandidateId | None, programme: str | None
    ) -> tuple[np.ndarray, np.ndarray]:
        """Neighbour nodes of an organisation and the number of projects of `programme` shared
        with each (only those with at least one)."""
        block = self.programme_block.get(programme) if programme else None
        node = self.node_of.get(candidate_id) if candidate_id is not None else None
        matrix = self.programme_adjacency
        if block is None or node is None or node >= matrix.shape[0]:
            return np.empty(0, dtype=np.int32), np.empty(0, dtype=np.float32)
        start, end = matrix.indptr[node], matrix.indptr[node + 1]
        columns = matrix.indices[start:end]
        size = self.adjacency.shape[0]
        inside = columns // size == block
        return columns[inside] % size, matrix.data[start:end][inside]

    def second_degree(self, neighbours: np.ndarray, shared: np.ndarray) -> np.ndarray:
        """Per candidate: number of (weighted) paths through the given neighbours."""
        if neighbours.size == 0:
            return np.zeros(self.n_candidates, dtype=np.float32)
        paths = np.asarray(shared @ self.adjacency[neighbours]).ravel()
        return paths[: self.n_candidates]

    def shared_projects(self, first: int, second: int) -> tuple[str, ...]:
        return self.labels.get((min(first, second), max(first, second)), ())

    def links_to(self, node: int, others: np.ndarray) -> np.ndarray:
        """Which of `others` worked with `node` (returned as the subset of `others`)."""
        start, end = self.adjacency.indptr[node], self.adjacency.indptr[node + 1]
        return np.intersect1d(self.adjacency.indices[start:end], others)


def programme_adjacency(
    firsts: np.ndarray, seconds: np.ndarray, blocks: np.ndarray, size: int, n_blocks: int
) -> sp.csr_matrix:
    """Shared projects per programme, one (node, block x size + node) entry per shared project
    of that programme and pair (both ways; duplicates add up): a node's row holds all its
    programmes' partners, so one idea's programme is one row slice and a filter, and the
    matrix has only `size` rows however many programmes there are."""
    ones = np.ones(2 * firsts.size, np.float32)
    rows = np.concatenate([firsts, seconds])
    cols = np.concatenate([blocks * size + seconds, blocks * size + firsts])
    return sp.csr_matrix((ones, (rows, cols)), shape=(size, size * max(n_blocks, 1)))

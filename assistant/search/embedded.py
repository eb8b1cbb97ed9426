"""The embedded backend: BM25 (scipy) and dense (faiss) in this process.

The default. It ranks with the BM25 matrix and the faiss index of the build
and fuses the two lists (convex by default, or weighted reciprocal rank
fusion); convex fusion weighs BM25 more when its best passage holds most of
the question's rare words (``Settings.covered_share``).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

import numpy as np

from assistant.config import Settings
from assistant.search.base import QueryVector, Where
from assistant.search.fusion import best_of, convex, rrf
from assistant.search.sparse import tokenize_query

if TYPE_CHECKING:
    from assistant.search.store import IndexData


class EmbeddedBackend:
    """BM25 (scipy) and dense (faiss) in this process, fused (convex or weighted RRF).

    A filter arrives as ``allowed``, the mask of the chunks that pass it.
    """

    name = "embedded"

    def __init__(self, data: IndexData, settings: Settings) -> None:
        self.data = data
        self.settings = settings

    def rank(
        self,
        query: str,
        vector: QueryVector,
        *,
        k: int,
        mode: str,
        where: Where | None,
        allowed: np.ndarray | None,
    ) -> list[tuple[int, float]]:
        s = self.settings
        n = max(k, s.fusion_candidates) if mode == "hybrid" else k
        lists: list[tuple[np.ndarray, np.ndarray]] = []
        if mode in ("bm25", "hybrid"):
            tokens = tokenize_query(query, stem=s.stemming)
            lists.append(self.data.bm25.top_k(tokens, n, allowed=allowed))
        if mode in ("dense", "hybrid"):
            lists.append(self._dense(vector(query), n, allowed))
        if mode != "hybrid":
            ids, scores = lists[0]
            return [(int(i), float(sc)) for i, sc in zip(ids[:k], scores[:k], strict=True)]
        if s.fusion == "convex":
            pairs = [([int(i) for i in ids], scores.tolist()) for ids, scores in lists]
            fused = convex(pairs, weights=self._convex_weights(tokens, lists[0][0]))
        else:
            weights = [s.bm25_weight, s.dense_weight]
            fused = rrf([[int(i) for i in ids] for ids, _ in lists], weights=weights, k=s.rrf_k)
        return fused[:k]

    def _convex_weights(self, tokens: list[str], bm25_ids: np.ndarray) -> list[float]:
        """BM25's and dense's weights for this question.

        ``covered_bm25_weight`` when BM25's best passage holds at least
        ``covered_share`` of the question's IDF weight (the rare words asked
        about were found: the exact match orders better), else the fixed ones.
        """
        s = self.settings
        share = s.covered_share
        if share is not None and len(bm25_ids) and self.data.bm25.coverage(tokens, int(bm25_ids[0])) >= share:
            return [s.covered_bm25_weight, 1.0 - s.covered_bm25_weight]
        return [s.bm25_weight, s.dense_weight]

    def _dense(
        self, vectors: np.ndarray, n: int, allowed: np.ndarray | None
    ) -> tuple[np.ndarray, np.ndarray]:
        """The ``n`` nearest chunks to the query's vector, or to the nearest of its rows."""
        if vectors.ndim == 1:
            return self.data.dense.top_k(vectors, n, allowed=allowed)
        hits = []
        for v in vectors:
            ids, scores = self.data.dense.top_k(v, n, allowed=allowed)
            hits.append([(int(i), float(sc)) for i, sc in zip(ids, scores, strict=True)])
        best = best_of(hits, n)
        ids = np.array([i for i, _ in best], dtype=np.int64)
        return ids, np.array([sc for _, sc in best], dtype=np.float32)


__all__ = ["EmbeddedBackend"]

"""Fusing ranked lists: reciprocal rank fusion (weighted), convex combination, best of several.

Pure functions over plain values: they test in microseconds.

>>> rrf([[3, 1, 2], [1, 4]], k=60)[0][0]
1
"""

from __future__ import annotations

from collections.abc import Hashable, Sequence
from typing import TypeVar

T = TypeVar("T", bound=Hashable)


def rrf(
    rankings: Sequence[Sequence[T]],
    *,
    weights: Sequence[float] | None = None,
    k: int = 60,
) -> list[tuple[T, float]]:
    """Reciprocal rank fusion: ``sum_i w_i / (k + rank_i)``, best first.

    ``rankings`` are lists of ids, best first; ranks start at 1. Ties keep
    the order in which ids were first seen, so results are deterministic.
    """
    if weights is None:
        weights = [1.0] * len(rankings)
    if len(weights) != len(rankings):
        raise ValueError(f"{len(weights)} weights for {len(rankings)} rankings; pass one per ranking")
    scores: dict[T, float] = {}
    for ranking, w in zip(rankings, weights, strict=True):
        for rank, item in enumerate(ranking, start=1):
            scores[item] = scores.get(item, 0.0) + w / (k + rank)
    order = {item: i for i, item in enumerate(scores)}
    return sorted(scores.items(), key=lambda kv: (-kv[1], order[kv[0]]))


def convex(
    results: Sequence[tuple[Sequence[T], Sequence[float]]],
    *,
    weights: Sequence[float],
) -> list[tuple[T, float]]:
    """Convex combination of min-max normalised scores, best first.

    ``results`` are (ids, scores) per retriever, best first. Each list's
    scores are scaled to [0, 1] over its own candidates; an id missing from a
    list scores 0 there. Unlike RRF this keeps how far apart the scores are:
    a passage far ahead on one side stays ahead.

    >>> convex([([1, 2], [10.0, 5.0]), ([2, 3], [0.9, 0.1])], weights=[0.4, 0.6])
    [(2, 0.6), (1, 0.4), (3, 0.0)]
    """
    if len(weights) != len(results):
        raise ValueError(f"{len(weights)} weights for {len(results)} rankings; pass one per ranking")
    scores: dict[T, float] = {}
    for (ids, values), w in zip(results, weights, strict=True):
        if not len(ids):
            continue
        hi, lo = max(values), min(values)
        span = hi - lo
        for item, value in zip(ids, values, strict=True):
            share = (value - lo) / span if span > 0 else 1.0
            scores[item] = scores.get(item, 0.0) + w * share
        for item in ids:
            scores.setdefault(item, 0.0)
    order = {item: i for i, item in enumerate(scores)}
    return sorted(scores.items(), key=lambda kv: (-kv[1], order[kv[0]]))


def best_of(results: Sequence[Sequence[tuple[T, float]]], k: int) -> list[tuple[T, float]]:
    """The ``k`` best ids of several searches of one index, each by its best score.

    For one question searched with several vectors (the question, and the
    question with the glossary's words): a passage near either is near.

    >>> best_of([[(1, 0.9), (2, 0.5)], [(2, 0.7), (3, 0.6)]], k=3)
    [(1, 0.9), (2, 0.7), (3, 0.6)]
    """
    scores: dict[T, float] = {}
    for hits in results:
        for item, value in hits:
            if item not in scores or value > scores[item]:
                scores[item] = value
    order = {item: i for i, item in enumerate(scores)}
    return sorted(scores.items(), key=lambda kv: (-kv[1], order[kv[0]]))[:k]

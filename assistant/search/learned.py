"""Re-ranking the best passages with a small model learned on the dev questions.

The fused search finds the right report for most questions and misses the
passage: on the Ofsted dev split, 112 of the 131 questions whose answer was
not in the top 5 had the right document there. Re-ranking by the best
sentence alone (``assistant/search/sentences.py``) moved few of them, because
which signal should win depends on the question: the exact words when the
question uses the report's terms, the sentence's meaning when it paraphrases,
the summary at the front of a report when it asks for a verdict.

So the best ``Settings.learned_depth`` passages of a hybrid search within the
councils a question names (where it was fitted) are scored
by 100 small regression trees (gradient boosting) over ``FEATURES``, signals
that cost nothing beyond what the search has: the fused score and rank, each
half's score and rank, the share of the question's rare words a passage holds
(with and without the glossary's), the best sentences' cosines through the
static word-piece vectors, the section heading's words and meaning, where in
the report the passage is and how much of the top it shares with its report.

The trees are fitted on the Ofsted dev split by ``evals/fit_order.py``,
which writes ``order_model.json`` beside this module and prints its
cross-validated figures (councils held out five ways); the test split is never
read. Evaluating them is a few array look-ups per tree: no model runs and no
package beyond numpy is needed. See docs/decisions.md, "Stop 32".
"""

from __future__ import annotations

import json
import math
import threading
from collections import OrderedDict
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Any

import numpy as np

from assistant.search.sentences import sentences
from assistant.search.sparse import BM25Index, tokenize_query

MODEL_PATH = Path(__file__).with_name("order_model.json")

# What each candidate passage is described by, in the model's column order.
FEATURES = (
    "fused",  # the fused score over the best one's
    "rank",  # log(1 + place in the fused order)
    "best_sentence",  # cosine of the nearest sentence to the question
    "second_sentence",  # ... of the next nearest (one sentence: the nearest again)
    "mean_sentence",  # ... of all its sentences on average
    "dense",  # cosine of the passage's own vector (the nearer question vector)
    "bm25",  # BM25 score (with the glossary's words) over the best candidate's
    "coverage_glossed",  # share of the IDF of the question and glossary words it holds
    "coverage",  # ... of the question's own words
    "heading_words",  # share of the question's words in its section heading
    "position",  # where in its document: 0 the first passage, 1 the last
    "length",  # its tokens over 256
    "doc_share",  # share of the candidates from its document
    "top_doc",  # 1 when its document is the first candidate's
    "sentences",  # how many sentences it has
    "heading_meaning",  # cosine of its section heading to the question
    "bm25_rank",  # log(1 + place among the candidates by BM25)
    "dense_rank",  # log(1 + place among the candidates by dense)
    "best_gap",  # its best sentence's cosine less the best of all candidates
    "best_rank",  # log(1 + candidates with a nearer best sentence)
)


@dataclass(frozen=True)
class Candidate:
    """What the features read of one passage: its text, heading and place in its document."""

    text: str
    heading: str
    doc_id: str
    position: float
    tokens: int


def candidate_features(
    ranked: Sequence[tuple[int, float]],
    candidates: Sequence[Candidate],
    *,
    tokens: Sequence[str],
    glossed_tokens: Sequence[str],
    bm25: BM25Index,
    dense: np.ndarray,
    question: np.ndarray,
    vectors: Callable[[Sequence[str]], np.ndarray],
    passages: Callable[[Sequence[str]], list[np.ndarray]] | None = None,
) -> np.ndarray:
    """One row of ``FEATURES`` per passage of ``ranked`` (chunk, fused score), best first.

    ``dense`` holds each candidate's cosine to the question; ``question`` is
    the question's vector in the space of ``vectors`` (the static sentence
    vectors); ``passages`` gives a passage's sentences' vectors
    (``PassageSentences`` over ``vectors`` when None).
    """
    passages = passages or PassageSentences(vectors)
    ids = [i for i, _ in ranked]
    top = max(score for _, score in ranked) or 1.0
    bm, covered_glossed = bm25.of_rows(glossed_tokens, ids)
    covered = bm25.of_rows(tokens, ids)[1]
    bm_top = float(bm.max()) or 1.0
    cos = _sentence_cosines([c.text for c in candidates], question, passages)
    bests = np.array([c[0] if len(c) else 0.0 for c in cos])
    heads = _cosines(sorted({c.heading for c in candidates}), question, vectors)
    asked = set(tokens)
    docs = [c.doc_id for c in candidates]
    by_bm25, by_dense = _places(bm), _places(np.asarray(dense))
    rows = []
    for place, ((_, score), c, cs) in enumerate(zip(ranked, candidates, cos, strict=True)):
        best = float(bests[place])
        rows.append(
            [
                score / top,
                math.log1p(place),
                best,
                float(cs[1]) if len(cs) > 1 else best,
                float(cs.mean()) if len(cs) else 0.0,
                float(dense[place]),
                float(bm[place]) / bm_top,
                float(covered_glossed[place]),
                float(covered[place]),
                len(asked & set(tokenize_query(c.heading))) / max(1, len(asked)),
                c.position,
                c.tokens / 256,
                docs.count(c.doc_id) / len(docs),
                float(c.doc_id == docs[0]),
                float(len(cs)),
                heads[c.heading],
                math.log1p(by_bm25[place]),
                math.log1p(by_dense[place]),
                best - float(bests.max()),
                math.log1p(int((bests > best).sum())),
            ]
        )
    return np.asarray(rows, dtype=np.float64)


def _sentence_cosines(
    texts: Sequence[str], question: np.ndarray, passages: Callable[[Sequence[str]], list[np.ndarray]]
) -> list[np.ndarray]:
    """Each text's sentences' cosines to ``question``, nearest first (empty without sentences)."""
    q = np.asarray(question, dtype=np.float32).T
    out = []
    for rows in passages(texts):
        cosines = (rows @ q).reshape(len(rows), -1).max(axis=1) if len(rows) else np.zeros(0)
        out.append(np.sort(cosines)[::-1].astype(np.float64))
    return out


class PassageSentences:
    """The vectors of a passage's sentences (``sentences.sentences``), the last ``size`` remembered.

    A passage's sentences do not depend on the question, and a council's
    passages come back question after question; safe across the chat's threads.
    """

    def __init__(self, vectors: Callable[[Sequence[str]], np.ndarray], size: int = 4096) -> None:
        self.vectors, self.size = vectors, size
        self._cache: OrderedDict[str, np.ndarray] = OrderedDict()
        self._lock = threading.Lock()

    def __call__(self, texts: Sequence[str]) -> list[np.ndarray]:
        """Each text's sentences' vectors, one row a sentence; those not remembered made in one call."""
        with self._lock:
            known = {t: self._cache[t] for t in texts if t in self._cache}
            for t in known:
                self._cache.move_to_end(t)
        new = {t: sentences(t) for t in dict.fromkeys(texts) if t not in known}
        flat = [s for said in new.values() for s in said]
        if flat:
            rows, i = np.asarray(self.vectors(flat), dtype=np.float32), 0
            for t, said in new.items():
                known[t], i = rows[i : i + len(said)], i + len(said)
        known.update((t, np.zeros((0, 0), np.float32)) for t, said in new.items() if not said)
        with self._lock:
            self._cache.update((t, known[t]) for t in new)
            while len(self._cache) > self.size:
                self._cache.popitem(last=False)
        return [known[t] for t in texts]


def _cosines(
    texts: Sequence[str], question: np.ndarray, vectors: Callable[[Sequence[str]], np.ndarray]
) -> dict[str, float]:
    """Each text's cosine to ``question`` (0 for a blank one), in one call to ``vectors``."""
    said = [t for t in texts if t.strip()]
    out = dict.fromkeys(texts, 0.0)
    if said:
        cosines = vectors(said) @ np.asarray(question, dtype=np.float32).T
        out.update(zip(said, cosines.reshape(len(said), -1).max(axis=1).tolist(), strict=True))
    return out


def _places(scores: np.ndarray) -> np.ndarray:
    """Each score's place, 0 for the highest (ties by order).

    >>> _places(np.array([0.2, 0.9, 0.5])).tolist()
    [2, 0, 1]
    """
    order = np.argsort(-scores, kind="stable")
    places = np.empty(len(scores), dtype=np.int64)
    places[order] = np.arange(len(scores))
    return places


@dataclass(frozen=True)
class Trees:
    """Gradient-boosted regression trees: a passage's score is ``base`` plus one leaf per tree.

    Each tree is parallel arrays over its nodes: ``feature`` and ``threshold``
    send a row left when ``row[feature] <= threshold``; ``leaf`` marks the
    nodes whose ``value`` is added.

    >>> t = Trees(("x",), 0.5, ({"feature": [0, 0, 0], "threshold": [1.0, 0, 0], "left": [1, 0, 0],
    ...     "right": [2, 0, 0], "leaf": [False, True, True], "value": [0, -1.0, 2.0]},))
    >>> t.score(np.array([[0.5], [3.0]])).tolist()
    [-0.5, 2.5]
    """

    features: tuple[str, ...]
    base: float
    trees: tuple[dict[str, list[Any]], ...]

    def score(self, rows: np.ndarray) -> np.ndarray:
        """The model's score of each row (higher: more likely the passage that answers)."""
        total = np.full(len(rows), self.base, dtype=np.float64)
        at = np.arange(len(rows))
        for tree in self.trees:
            feature, threshold = np.asarray(tree["feature"]), np.asarray(tree["threshold"], dtype=np.float64)
            left, right = np.asarray(tree["left"]), np.asarray(tree["right"])
            leaf, value = np.asarray(tree["leaf"], dtype=bool), np.asarray(tree["value"], dtype=np.float64)
            node = np.zeros(len(rows), dtype=np.int64)
            while not leaf[node].all():
                go_left = rows[at, feature[node]] <= threshold[node]
                node = np.where(leaf[node], node, np.where(go_left, left[node], right[node]))
            total += value[node]
        return total

    @classmethod
    def load(
        cls, path: Path = MODEL_PATH, features: tuple[str, ...] = FEATURES, refit: str = "evals/fit_order.py"
    ) -> Trees:
        """The trees in ``path``; a ``ValueError`` if they were fitted on other ``features``."""
        raw = json.loads(path.read_text(encoding="utf-8"))
        if tuple(raw["features"]) != features:
            raise ValueError(f"{path} was fitted on other features; refit it with {refit}")
        return cls(features, float(raw["base"]), tuple(raw["trees"]))


# How both models are fitted (scikit-learn's HistGradientBoostingClassifier; evals/fit_order.py
# and evals/fit_quotes.py). On 1,400 dev questions 50 x 7 against 100-300 trees of 7-31 leaves
# gave the same hit@5 within 0.006 of MRR@10 for the passages, and the same support within 0.002
# for the quotes. On 2,163 (stop 40), 100 x 7 gave the passages MRR@10 +0.011 over 50 x 7 on the
# questions the old model never saw (councils held out), the quotes the same; 15 leaves no better.
TREE_SETTINGS = {
    "max_iter": 100,
    "learning_rate": 0.1,
    "max_leaf_nodes": 7,
    "early_stopping": False,  # every tree fitted on every row, none set aside to stop on
    "random_state": 0,
}


def council_folds(councils: Sequence[str], folds: int = 5) -> dict[str, int]:
    """Each council's fold, for cross-validation with councils held out (the same on every run)."""
    return {c: i % folds for i, c in enumerate(np.random.default_rng(0).permutation(sorted(set(councils))))}


def checked_export(model: Any, features: Sequence[str], rows: np.ndarray) -> dict[str, Any]:
    """``export_trees``, after checking that ``Trees`` scores ``rows`` as the model does."""
    raw = export_trees(model, features)
    trees = Trees(tuple(features), raw["base"], tuple(raw["trees"]))
    if not np.allclose(trees.score(rows), model.decision_function(rows), atol=1e-9):
        raise ValueError("the exported trees do not score as scikit-learn does")
    return raw


def export_trees(model: Any, features: Sequence[str]) -> dict[str, Any]:
    """A fitted scikit-learn ``HistGradientBoostingClassifier`` as ``Trees.load`` reads it."""
    trees = []
    for (predictor,) in model._predictors:
        nodes = predictor.nodes
        trees.append(
            {
                "feature": nodes["feature_idx"].tolist(),
                "threshold": nodes["num_threshold"].tolist(),
                "left": nodes["left"].tolist(),
                "right": nodes["right"].tolist(),
                "leaf": nodes["is_leaf"].astype(bool).tolist(),
                "value": nodes["value"].tolist(),
            }
        )
    base = float(np.ravel(model._baseline_prediction)[0])
    return {"features": list(features), "base": base, "trees": trees}


@cache
def shipped_trees() -> Trees:
    """The model that ships with the package, read once."""
    return Trees.load()


def by_learned_order(
    ranked: Sequence[tuple[int, float]], rows: np.ndarray, trees: Trees
) -> list[tuple[int, float]]:
    """``ranked`` ordered by the trees' score of its ``rows``, ties in the fused order."""
    scores = trees.score(rows)
    order = np.argsort(-scores, kind="stable")
    return [(ranked[j][0], float(scores[j])) for j in order]


__all__ = [
    "FEATURES",
    "MODEL_PATH",
    "TREE_SETTINGS",
    "Candidate",
    "PassageSentences",
    "Trees",
    "by_learned_order",
    "candidate_features",
    "checked_export",
    "council_folds",
    "export_trees",
    "shipped_trees",
]

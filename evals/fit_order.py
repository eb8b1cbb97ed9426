"""Fit the learned order of a hybrid search's best passages on the dev questions.

For every answerable question of the dev split, runs ``Assistant.search`` as
the eval does, takes the best ``Settings.learned_depth`` passages the fusion
hands to the re-ranking, describes each by ``assistant.search.learned.FEATURES``
and labels it by whether it holds a gold quote (``evaluation.relevant_chunks``).
Then:

1. five-fold cross-validation with the councils held out (no council's
   questions are in both the fitted and the scored folds), printing hit@1,
   hit@5 and MRR@10 over those passages for the fused order, the sentence
   re-ranking and the learned order;
2. one fit on every dev question, written as JSON to
   ``assistant/search/order_model.json`` (with ``--write``), after checking
   that ``learned.Trees`` scores every row as scikit-learn does.

The test split is never read. scikit-learn comes with sentence-transformers;
the product itself needs only numpy to use the trees.

    python evals/fit_order.py evals/ofsted_questions.jsonl --index-dir /work/idx-l12 [--write]
"""

from __future__ import annotations

import argparse
import dataclasses
import json
from collections.abc import Sequence

import numpy as np
from sklearn.ensemble import HistGradientBoostingClassifier

from assistant import Assistant
from assistant.evaluation import Question, load_questions, relevant_chunks
from assistant.search.learned import FEATURES, MODEL_PATH, TREE_SETTINGS, checked_export, council_folds

FOLDS = 5


@dataclasses.dataclass
class Rows:
    features: list[np.ndarray] = dataclasses.field(default_factory=list)
    labels: list[np.ndarray] = dataclasses.field(default_factory=list)
    councils: list[str] = dataclasses.field(default_factory=list)


def collect(assistant: Assistant, questions: Sequence[Question]) -> Rows:
    """Each question's candidates' features and labels, as the search hands them on."""
    retriever = assistant.retriever
    seen: list[np.ndarray] = []
    chunk_ids: list[list[str]] = []

    def capture(query: str, ranked: list[tuple[int, float]]) -> list[tuple[int, float]]:
        head = ranked[: retriever.settings.learned_depth]
        if len(head) < 2:  # as ``Retriever.by_learned``: nothing to order
            return ranked
        seen.append(retriever.learned_rows(query, head))
        chunk_ids.append([retriever.chunks[i].chunk_id for i, _ in head])
        return ranked

    retriever.by_learned = capture  # type: ignore[method-assign]
    rows = Rows()
    for q in questions:
        seen.clear()
        chunk_ids.clear()
        assistant.search(q.question, k=10, mode="hybrid")
        if not seen:  # fewer than two passages, or a grade table's rows
            continue
        relevant = relevant_chunks(assistant, q)
        rows.features.append(seen[-1])
        rows.labels.append(np.array([c in relevant for c in chunk_ids[-1]], dtype=np.int64))
        rows.councils.append(q.authority or "")
    return rows


def scores(ranked: np.ndarray) -> tuple[float, float, float]:
    """hit@1, hit@5 and reciprocal rank within 10 of labels in ranked order."""
    hits = np.flatnonzero(ranked[:10])
    return float(ranked[0]), float(ranked[:5].any()), (1.0 / (hits[0] + 1) if len(hits) else 0.0)


def sentence_order(rows: np.ndarray, depth: int = 10, weight: float = 0.5) -> np.ndarray:
    """The sentence re-ranking's score (``search/sentences.py``) from the same features."""
    fused, best = rows[:, FEATURES.index("fused")], rows[:, FEATURES.index("best_sentence")]
    out = -np.arange(len(rows), dtype=np.float64)
    head = min(depth, len(rows))
    out[:head] = 10 + (1 - weight) * fused[:head] + weight * best[:head]
    return out


def cross_validate(rows: Rows) -> dict[str, np.ndarray]:
    fold_of = council_folds(rows.councils, FOLDS)
    out: dict[str, list[tuple[float, float, float]]] = {"fused": [], "sentences": [], "learned": []}
    for fold in range(FOLDS):
        held = [fold_of[c] == fold for c in rows.councils]
        fit = [r for r, h in zip(rows.features, held, strict=True) if not h]
        labels = [r for r, h in zip(rows.labels, held, strict=True) if not h]
        model = HistGradientBoostingClassifier(**TREE_SETTINGS).fit(np.vstack(fit), np.concatenate(labels))
        for x, y, h in zip(rows.features, rows.labels, held, strict=True):
            if not h:
                continue
            for name, s in (
                ("fused", -np.arange(len(y), dtype=np.float64)),
                ("sentences", sentence_order(x)),
                ("learned", model.decision_function(x)),
            ):
                out[name].append(scores(y[np.argsort(-s, kind="stable")]))
    return {k: np.mean(v, axis=0) for k, v in out.items()}


def main() -> None:
    p = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    p.add_argument("questions")
    p.add_argument("--index-dir", required=True)
    p.add_argument("--write", action="store_true", help=f"write the fitted model to {MODEL_PATH}")
    args = p.parse_args()
    assistant = Assistant.load(args.index_dir)
    assistant.retriever.settings = dataclasses.replace(assistant.retriever.settings, learned_order=True)
    questions = [q for q in load_questions(args.questions) if q.answerable and q.split == "dev"]
    rows = collect(assistant, questions)
    n = len(rows.labels)
    found = sum(bool(y.any()) for y in rows.labels)
    print(f"{n} dev questions, {found} with a gold passage in the best {assistant.settings.learned_depth}")
    print(f"cross-validated, {FOLDS} folds of councils; over the {n} questions:")
    print(f"{'order':10} {'hit@1':>6} {'hit@5':>6} {'MRR@10':>7}")
    for name, (h1, h5, mrr) in cross_validate(rows).items():
        print(f"{name:10} {h1:6.3f} {h5:6.3f} {mrr:7.3f}")
    x, y = np.vstack(rows.features), np.concatenate(rows.labels)
    model = HistGradientBoostingClassifier(**TREE_SETTINGS).fit(x, y)
    raw = checked_export(model, FEATURES, x)
    if args.write:
        MODEL_PATH.write_text(json.dumps(raw, separators=(",", ":")) + "\n", encoding="utf-8")
        nodes = sum(len(t["leaf"]) for t in raw["trees"])
        print(f"wrote {MODEL_PATH} ({len(raw['trees'])} trees, {nodes} nodes)")


if __name__ == "__main__":
    main()

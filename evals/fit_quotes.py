"""Fit the learned order of an answer's sentences on the dev questions.

For every answerable question of the dev split, asks the question as the eval
does and, where the answer is made of the passages' sentences, takes the
sentences ``extract.score_candidates`` scored, describes each by
``assistant.answers.quote_order.QUOTE_FEATURES`` and labels it by whether it
is part of a gold quote (or holds one). Then:

1. five-fold cross-validation with the councils held out (no council's
   questions are in both the fitted and the scored folds), printing, for the
   hand score's order and the learned order, how often the first quote is
   part of a gold quote and how often some quote comes from a passage that
   holds one (the eval's answer support), choosing the quotes as
   ``extract.select_quotes`` does: those within ``Settings.answer_relative``
   of the best hand score, one per passage, at most
   ``Settings.answer_max_quotes`` (near-duplicates are not merged here);
2. one fit on every dev question, written as JSON to
   ``assistant/answers/quote_model.json`` (with ``--write``), after checking
   that ``learned.Trees`` scores every row as scikit-learn does.

The test split is never read. scikit-learn comes with sentence-transformers;
the product itself needs only numpy to use the trees.

    python evals/fit_quotes.py evals/ofsted_questions.jsonl --index-dir /work/idx-l12 [--write]
"""

from __future__ import annotations

import argparse
import dataclasses
import json
from collections.abc import Callable, Sequence

import numpy as np
from sklearn.ensemble import HistGradientBoostingClassifier

import assistant.answers.ask as ask
from assistant import Assistant
from assistant.answers.extract import Candidate
from assistant.answers.quote_order import QUOTE_FEATURES, QUOTE_MODEL_PATH, quote_features
from assistant.config import Settings
from assistant.evaluation import Question, is_relevant, load_questions, match_key
from assistant.search.learned import TREE_SETTINGS, checked_export, council_folds

FOLDS = 5


@dataclasses.dataclass
class Answers:
    features: list[np.ndarray] = dataclasses.field(default_factory=list)
    quoted: list[np.ndarray] = dataclasses.field(default_factory=list)  # part of a gold quote
    supports: list[np.ndarray] = dataclasses.field(default_factory=list)  # from a passage holding one
    hand: list[np.ndarray] = dataclasses.field(default_factory=list)  # the hand score
    passages: list[list[str]] = dataclasses.field(default_factory=list)
    councils: list[str] = dataclasses.field(default_factory=list)


def part_of_gold(q: Question, c: Candidate) -> bool:
    """Whether the sentence is part of a gold quote, or holds one (a short gold quote)."""
    key = match_key(c.text)
    for g in q.sources:
        if g.doc is not None and g.doc != c.passage.doc_id:
            continue
        gold = match_key(g.quote)
        if key in gold or (len(key) > 20 and gold in key):
            return True
    return False


def collect(assistant: Assistant, questions: Sequence[Question]) -> Answers:
    """Each extractive answer's scored sentences: features and labels, in the hand score's order."""
    seen: list[tuple[Sequence[Candidate], str, Callable[[str], float]]] = []

    def capture(scored: Sequence[Candidate], question: str, idf: Callable[[str], float]) -> list[Candidate]:
        seen.append((list(scored), question, idf))
        return list(scored)  # the hand order, as the features were read in

    ask.by_learned_quotes = capture  # type: ignore[assignment]
    out = Answers()
    for q in questions:
        seen.clear()
        answer = assistant.ask(q.question)
        if not seen or not answer.answered or len(seen[-1][0]) < 2:
            continue
        scored, question, idf = seen[-1]
        out.features.append(quote_features(scored, question, idf))
        out.quoted.append(np.array([part_of_gold(q, c) for c in scored], dtype=np.int64))
        out.supports.append(np.array([is_relevant(q, c.passage.doc_id, c.passage.text) for c in scored]))
        out.hand.append(np.array([c.score for c in scored]))
        out.passages.append([c.passage.chunk_id for c in scored])
        out.councils.append(q.authority or "")
    return out


def chosen(order: np.ndarray, hand: np.ndarray, passages: list[str], settings: Settings) -> list[int]:
    """The sentences ``select_quotes`` would quote, taking them in ``order``."""
    floor = hand.max() * settings.answer_relative
    out: list[int] = []
    taken: dict[str, int] = {}
    for j in order:
        if hand[j] < floor:
            continue
        seen = taken.get(passages[j], 0)
        taken[passages[j]] = seen + 1
        if seen >= settings.answer_per_passage:
            continue
        out.append(int(j))
        if len(out) == settings.answer_max_quotes:
            break
    return out


def cross_validate(answers: Answers, settings: Settings) -> dict[str, np.ndarray]:
    fold_of = council_folds(answers.councils, FOLDS)
    out: dict[str, list[tuple[float, float, float]]] = {"hand score": [], "learned": []}
    for fold in range(FOLDS):
        held = [fold_of[c] == fold for c in answers.councils]
        x = np.vstack([f for f, h in zip(answers.features, held, strict=True) if not h])
        y = np.concatenate([f for f, h in zip(answers.quoted, held, strict=True) if not h])
        model = HistGradientBoostingClassifier(**TREE_SETTINGS).fit(x, y)
        for i, h in enumerate(held):
            if not h:
                continue
            hand = answers.hand[i]
            for name, s in (("hand score", hand), ("learned", model.decision_function(answers.features[i]))):
                picked = chosen(np.argsort(-s, kind="stable"), hand, answers.passages[i], settings)
                first = picked[0]
                out[name].append(
                    (float(answers.quoted[i][first]), float(answers.supports[i][picked].any()), len(picked))
                )
    return {k: np.mean(v, axis=0) for k, v in out.items()}


def main() -> None:
    p = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    p.add_argument("questions")
    p.add_argument("--index-dir", required=True)
    p.add_argument("--write", action="store_true", help=f"write the fitted model to {QUOTE_MODEL_PATH}")
    args = p.parse_args()
    assistant = Assistant.load(args.index_dir)
    questions = [q for q in load_questions(args.questions) if q.answerable and q.split == "dev"]
    answers = collect(assistant, questions)
    n = len(answers.councils)
    reach = sum(bool(s.any()) for s in answers.supports)
    print(f"{len(questions)} answerable dev questions; {n} answered from sentences,")
    print(f"{reach} of them reading a passage that holds a gold quote")
    print(f"cross-validated, {FOLDS} folds of councils; over the {n} answers:")
    print(f"{'order':11} {'first quote gold':>16} {'support':>8} {'quotes':>7}")
    for name, (first, support, quotes) in cross_validate(answers, assistant.settings).items():
        print(f"{name:11} {first:16.3f} {support:8.3f} {quotes:7.2f}")
    x, y = np.vstack(answers.features), np.concatenate(answers.quoted)
    model = HistGradientBoostingClassifier(**TREE_SETTINGS).fit(x, y)
    raw = checked_export(model, QUOTE_FEATURES, x)
    if args.write:
        QUOTE_MODEL_PATH.write_text(json.dumps(raw, separators=(",", ":")) + "\n", encoding="utf-8")
        nodes = sum(len(t["leaf"]) for t in raw["trees"])
        print(f"wrote {QUOTE_MODEL_PATH} ({len(raw['trees'])} trees, {nodes} nodes)")


if __name__ == "__main__":
    main()

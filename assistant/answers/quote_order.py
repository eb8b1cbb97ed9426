"""Which of the scored sentences to quote first: a small model learned on the dev questions.

``extract.score_candidates`` scores every sentence of the passages an answer
reads by five hand-set weights (the sentence's cosine, its overlap with the
question's words, its passage's place) and a few penalties. That score decides
whether the passages answer at all (``answer_confidence`` against
``Settings.answer_threshold``) and how many sentences are near enough the best
to quote (``Settings.answer_relative``). Which of them come first, and so
which passage the four quotes reach, is decided here: by 100 small regression
trees (gradient boosting) over ``QUOTE_FEATURES``, what the scoring already
knows of each sentence (its score and parts, each as given and against the
best of the answer), where it sits in its passage, the share of the question's
rare words it holds, whether it is its passage's nearest sentence, and how
much of the answer its report holds.

The trees are fitted on the Ofsted dev split by ``evals/fit_quotes.py``,
which writes ``quote_model.json`` beside this module and prints its
cross-validated figures (councils held out five ways); the test split is never
read. See docs/decisions.md, "Stop 33".
"""

from __future__ import annotations

import math
from collections.abc import Callable, Sequence
from functools import cache
from pathlib import Path

import numpy as np

from assistant.answers.earlier import earlier_judgement
from assistant.answers.extract import Candidate, candidate_polarity, echo, is_prose
from assistant.answers.polarity import question_polarity
from assistant.answers.scope import states_method
from assistant.search.learned import Trees
from assistant.search.sparse import tokenize_query

QUOTE_MODEL_PATH = Path(__file__).with_name("quote_model.json")

# What each scored sentence is described by, in the model's column order.
QUOTE_FEATURES = (
    "score",  # the hand-weighted score (extract.score_candidates)
    "score_gap",  # ... less the best sentence's
    "dense",  # cosine to the question (the nearer question vector)
    "dense_gap",  # ... less the nearest sentence's
    "lexical",  # share of the question's words it holds
    "lexical_gap",  # ... less the most any sentence holds
    "passage_rank",  # log(1 + its passage's place among those read)
    "in_passage",  # where in its passage it starts: 0 the start, 1 the end
    "sentences_before",  # sentences of its passage before it (". " counted)
    "length",  # characters over 200
    "echo",  # how much it only repeats the question (extract.echo)
    "polarity",  # agreement with the strengths or weaknesses asked for
    "asks_polarity",  # 1 if the question asks for strengths or weaknesses
    "earlier",  # 1 if it reports an earlier inspection's judgement
    "method",  # 1 if it says what the inspectors looked at
    "top_document",  # 1 if its report is the best sentence's
    "document_share",  # share of the sentences from its report
    "passage_sentences",  # sentences scored from its passage
    "prose",  # 1 if it reads as a sentence, not a heading or a table row
    "chunk",  # log(1 + its passage's place in its document)
    "coverage",  # share of the IDF of the question's words it holds
    "coverage_gap",  # ... less the most any sentence holds
    "dense_place",  # log(1 + its place by cosine among all sentences)
    "score_place",  # log(1 + its place by the hand score)
    "nearest_in_passage",  # 1 if it is its passage's nearest sentence to the question
    "passage_place",  # its place by cosine within its passage
)


def quote_features(scored: Sequence[Candidate], question: str, idf: Callable[[str], float]) -> np.ndarray:
    """One row of ``QUOTE_FEATURES`` per candidate of ``scored`` (best hand score first).

    ``question`` is the text the sentences were scored against; ``idf`` gives
    a stemmed word's inverse document frequency in the index.
    """
    if not scored:
        return np.zeros((0, len(QUOTE_FEATURES)))
    words = set(tokenize_query(question))
    weights = {w: idf(w) for w in words}
    total = sum(weights.values()) or 1.0
    coverage = [sum(weights[w] for w in words & set(tokenize_query(c.text))) / total for c in scored]
    wanted = question_polarity(question)
    by_dense = sorted(range(len(scored)), key=lambda j: -scored[j].dense)
    dense_place = {j: place for place, j in enumerate(by_dense)}
    passage_place: dict[int, int] = {}
    seen: dict[str, int] = {}
    for j in by_dense:
        chunk = scored[j].passage.chunk_id
        passage_place[j] = seen.get(chunk, 0)
        seen[chunk] = passage_place[j] + 1
    documents: dict[str, int] = {}
    for c in scored:
        documents[c.passage.doc_id] = documents.get(c.passage.doc_id, 0) + 1
    top = scored[0]
    best_dense, best_lexical, best_coverage = (
        max(c.dense for c in scored),
        max(c.lexical for c in scored),
        max(coverage),
    )
    rows = []
    for j, c in enumerate(scored):
        before = c.passage.text[: max(0, c.start - c.passage.start)]
        rows.append(
            [
                c.score,
                c.score - top.score,
                c.dense,
                c.dense - best_dense,
                c.lexical,
                c.lexical - best_lexical,
                math.log1p(c.rank),
                (c.start - c.passage.start) / max(1, len(c.passage.text)),
                before.count(". "),
                len(c.text) / 200.0,
                echo(words, c.text),
                wanted * candidate_polarity(c) if wanted else 0.0,
                float(wanted != 0),
                float(earlier_judgement(c.text)),
                float(states_method(c.text)),
                float(c.passage.doc_id == top.passage.doc_id),
                documents[c.passage.doc_id] / len(scored),
                seen[c.passage.chunk_id],
                float(is_prose(c.text)),
                math.log1p(c.passage.chunk_index),
                coverage[j],
                coverage[j] - best_coverage,
                math.log1p(dense_place[j]),
                math.log1p(j),
                float(passage_place[j] == 0),
                float(passage_place[j]),
            ]
        )
    return np.asarray(rows, dtype=np.float64)


@cache
def shipped_quote_trees() -> Trees:
    """The model that ships with the package, read once."""
    return Trees.load(QUOTE_MODEL_PATH, QUOTE_FEATURES, refit="evals/fit_quotes.py")


def by_learned_quotes(
    scored: Sequence[Candidate], question: str, idf: Callable[[str], float], trees: Trees | None = None
) -> list[Candidate]:
    """``scored`` ordered by the trees, ties in the hand score's order; each keeps its hand score."""
    if len(scored) < 2:
        return list(scored)
    model = trees if trees is not None else shipped_quote_trees()
    order = np.argsort(-model.score(quote_features(scored, question, idf)), kind="stable")
    return [scored[j] for j in order]


__all__ = ["QUOTE_FEATURES", "QUOTE_MODEL_PATH", "by_learned_quotes", "quote_features", "shipped_quote_trees"]

"""evaluation.py: metrics agree with ranx; every gold quote is in its corpus."""

from __future__ import annotations

import dataclasses
import random
from pathlib import Path
from typing import Any

import pytest

from assistant import Answer, Assistant
from assistant.answers import check_citations
from assistant.documents import Document, iter_documents, read_document
from assistant.evaluation import (
    evaluate_mode,
    format_table,
    hit_at,
    is_relevant,
    load_questions,
    match_key,
    mrr_at,
    ndcg_at,
    recall_at,
)
from tests.conftest import CORPUS, OFSTED, ROOT


def test_metrics_match_ranx() -> None:
    ranx = pytest.importorskip("ranx")
    rng = random.Random(7)
    qrels, run = {}, {}
    ours: dict[str, list[float]] = {
        m: [] for m in ("hit_rate@1", "hit_rate@5", "mrr@10", "ndcg@10", "recall@10")
    }
    for q in range(40):
        docs = [f"d{i}" for i in range(30)]
        relevant = set(rng.sample(docs, rng.randint(1, 4)))
        ranked = rng.sample(docs, 15)
        qrels[f"q{q}"] = {d: 1 for d in relevant}
        run[f"q{q}"] = {d: 100.0 - i for i, d in enumerate(ranked)}
        ours["hit_rate@1"].append(hit_at(ranked, relevant, 1))
        ours["hit_rate@5"].append(hit_at(ranked, relevant, 5))
        ours["mrr@10"].append(mrr_at(ranked, relevant, 10))
        ours["ndcg@10"].append(ndcg_at(ranked, relevant, 10))
        ours["recall@10"].append(recall_at(ranked, relevant, 10))
    reference = ranx.evaluate(ranx.Qrels(qrels), ranx.Run(run), list(ours))
    for metric, values in ours.items():
        assert sum(values) / len(values) == pytest.approx(reference[metric], abs=1e-9), metric


def test_match_key_folds_pdf_artefacts() -> None:
    assert match_key("Stoke-\non-Trent’s “front door” – multi- agency") == match_key(
        'stoke-on-trent\'s "front door" - multiagency'
    )


def test_table_prints_one_row_per_mode() -> None:
    table = format_table({"bm25": {"hit@5": 0.5, "latency_p50_ms": 12.3}, "dense": {"hit@5": 0.25}})
    lines = table.splitlines()
    assert lines[0].split() == ["mode", "hit@5", "latency_p50_ms"] and len(lines) == 4


def _check_gold(path: Path, docs: dict[str, Document]) -> None:
    questions = load_questions(path)
    for q in questions:
        assert q.answerable == bool(q.sources), q.id
        for g in q.sources:
            candidates = [docs[g.doc]] if g.doc else list(docs.values())
            assert g.doc is None or g.doc in docs, f"{q.id}: unknown doc {g.doc}"
            assert any(
                is_relevant(q, d.doc_id, d.text) and match_key(g.quote) in match_key(d.text)
                for d in candidates
            ), f"{q.id}: gold quote not found: {g.quote!r}"


def test_bundled_questions_gold_quotes_occur_in_the_corpus() -> None:
    docs = {d.doc_id: d for d in iter_documents([CORPUS]) if isinstance(d, Document)}
    path = ROOT / "evals" / "questions.jsonl"
    questions = load_questions(path)
    assert len(questions) >= 50 and sum(not q.answerable for q in questions) >= 6
    assert len({q.id for q in questions}) == len(questions)
    _check_gold(path, docs)


@pytest.mark.slow
def test_ofsted_questions_gold_quotes_occur_in_the_collection() -> None:
    if not OFSTED.is_dir():
        pytest.skip("../shared/ofsted is not beside the project")
    path = ROOT / "evals" / "ofsted_questions.jsonl"
    questions = load_questions(path)
    assert len(questions) >= 40
    assert len({q.authority for q in questions if q.authority and q.answerable}) >= 15
    needed = {g.doc for q in questions for g in q.sources if g.doc}
    docs = {d: read_document(OFSTED / d, root=OFSTED) for d in sorted(needed)}
    _check_gold(path, docs)


class _MiscitingAssistant:
    """The real assistant, except that every answer's first citation is shifted by one character.

    ``ask`` runs the real invariant check on the shifted citation, so it
    raises ``CitationError`` as a bug in the answerer would.
    """

    def __init__(self, real: Assistant) -> None:
        self.real = real
        self.index = real.index
        self.search = real.search
        self.document_text = real.document_text

    def ask(self, question: str, **kwargs: Any) -> Answer:
        answer = self.real.ask(question, **kwargs)
        if answer.citations:
            first = answer.citations[0]
            shifted = dataclasses.replace(first, start=first.start + 1, end=first.end + 1)
            check_citations([shifted, *answer.citations[1:]], self.real.document_text)
        return answer


def test_invalid_citations_are_counted_not_hidden(fake_assistant: Assistant) -> None:
    questions = load_questions(ROOT / "evals" / "questions.jsonl")[:12]
    honest = evaluate_mode(fake_assistant, questions, mode="bm25")
    assert honest.metrics["citation_validity"] == 1.0
    broken = evaluate_mode(_MiscitingAssistant(fake_assistant), questions, mode="bm25")
    assert broken.metrics["citation_validity"] < 1.0
    assert broken.metrics["answer_support"] < honest.metrics["answer_support"]
    assert any("citation_error" in row for row in broken.questions)

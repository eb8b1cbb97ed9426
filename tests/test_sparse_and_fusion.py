"""BM25 scores equal rank-bm25's BM25Okapi; fusion is reciprocal rank fusion or a convex combination."""

from __future__ import annotations

import re
from pathlib import Path

import numpy as np
import pytest
from rank_bm25 import BM25Okapi

from assistant import Assistant, Settings
from assistant.chunking import chunk_document
from assistant.documents import Document, iter_documents
from assistant.glossary import expand_query
from assistant.search.fusion import convex, rrf
from assistant.search.sparse import BM25Index, tokenize, top_k_positive
from tests.conftest import CORPUS

QUERIES = [
    "supervision of social workers",
    "caseloads too high",
    "clinical psychologist life coach",
    "care leavers",
    "front door MASH consent",
    "private fostering",
    "care care care",
    "zzz-not-a-word",
]


@pytest.fixture(scope="module")
def tokenized() -> list[list[str]]:
    docs = [d for d in iter_documents([CORPUS]) if isinstance(d, Document)]
    return [tokenize(c.lexical_text) for d in docs for c in chunk_document(d)]


@pytest.mark.parametrize("params", [dict(k1=1.5, b=0.75, epsilon=0.25), dict(k1=0.9, b=0.4, epsilon=0.5)])
def test_scores_equal_rank_bm25(tokenized: list[list[str]], params: dict[str, float]) -> None:
    ours = BM25Index.build(tokenized, **params)
    reference = BM25Okapi(tokenized, **params)
    for q in QUERIES:
        tokens = tokenize(q)
        np.testing.assert_allclose(ours.scores(tokens), reference.get_scores(tokens), rtol=1e-5, atol=1e-5)


def test_a_common_term_gets_the_epsilon_floor() -> None:
    corpus = [["care", "a"], ["care", "b"], ["care", "c"], ["d"]]
    ours, ref = BM25Index.build(corpus), BM25Okapi(corpus)
    np.testing.assert_allclose(ours.scores(["care"]), ref.get_scores(["care"]), rtol=1e-6)


def test_save_load_round_trip(tmp_path, tokenized) -> None:  # type: ignore[no-untyped-def]
    bm = BM25Index.build(tokenized)
    bm.save(tmp_path)
    loaded = BM25Index.load(tmp_path)
    np.testing.assert_array_equal(loaded.scores(tokenize("supervision")), bm.scores(tokenize("supervision")))


def test_top_k_positive_orders_and_drops_zeros() -> None:
    ids, scores = top_k_positive(np.array([0.0, 3.0, 1.0, 0.0, 2.0]), 10)
    assert ids.tolist() == [1, 4, 2] and scores.tolist() == [3.0, 2.0, 1.0]
    assert top_k_positive(np.array([0.0, 5.0, 4.0]), 1)[0].tolist() == [1]


def test_rrf_fuses_by_rank() -> None:
    fused = rrf([["a", "b", "c"], ["c", "a"]], k=60)
    assert [x for x, _ in fused] == ["a", "c", "b"]
    assert fused[0][1] == pytest.approx(1 / 61 + 1 / 62)


def test_rrf_weights_and_ids_come_from_the_inputs() -> None:
    fused = rrf([["a", "b"], ["b", "c"]], weights=[1.0, 0.0], k=1)
    assert [x for x, _ in fused][:2] == ["a", "b"]
    assert {x for x, _ in fused} == {"a", "b", "c"}
    with pytest.raises(ValueError, match="weights"):
        rrf([["a"]], weights=[1.0, 2.0])
    assert rrf([]) == []


def test_convex_keeps_score_gaps_that_rrf_loses() -> None:
    """A passage far ahead on BM25 and just behind on dense wins; under RRF it ties."""
    bm25 = (["a", "b", "c"], [30.0, 3.0, 2.0])
    dense = (["b", "a", "c"], [0.61, 0.60, 0.20])
    fused = convex([bm25, dense], weights=[0.5, 0.5])
    assert [x for x, _ in fused] == ["a", "b", "c"]
    assert fused[0][1] == pytest.approx(0.5 + 0.5 * 0.40 / 0.41)
    assert rrf([bm25[0], dense[0]])[0][1] == rrf([bm25[0], dense[0]])[1][1]
    with pytest.raises(ValueError, match="weights"):
        convex([bm25], weights=[1.0, 1.0])
    assert convex([([], []), (["x"], [0.3])], weights=[1.0, 1.0]) == [("x", 1.0)]


def test_the_glossary_adds_report_words_to_bm25_and_a_second_vector(tmp_path: Path) -> None:
    """ "children who run away" finds "return home interviews"; the model sees the question as asked,
    and the question with the reports' words as a second vector."""
    (tmp_path / "a.md").write_text(
        "# Missing children\n\nReturn home interviews are offered to every child missing from care.\n"
    )
    (tmp_path / "b.md").write_text("# Holidays\n\nChildren who go away on holiday see their families.\n")
    for name, text in [("c", "Caseloads are manageable."), ("d", "Leaders know their services well.")]:
        (tmp_path / f"{name}.md").write_text(f"# {name}\n\n{text}\n")  # BM25 needs rarer words
    settings = Settings(embedding_model="hashing-64")
    assistant = Assistant.from_corpus([tmp_path], index_dir=tmp_path / "index", settings=settings)
    encoded: list[str] = []
    encode = assistant.embedder.encode
    assistant.embedder.encode = lambda texts, **kw: encoded.extend(texts) or encode(texts, **kw)  # type: ignore[method-assign]
    question = "What happens to children who run away?"
    assert [p.doc_id for p in assistant.search(question, k=2, mode="bm25")] == ["a.md", "b.md"]
    assistant.search(question, k=2, mode="hybrid")
    # then the passages' sentences, to order them by their best one (assistant/search/sentences.py)
    sentences = {s for c in assistant.index.chunks for s in re.split(r"(?<=\.) |\n", c.text)}
    assert encoded[:2] == [question, expand_query(question)] and set(encoded[2:]) <= sentences
    encoded.clear()
    one = Assistant.load(tmp_path / "index", settings=settings.replace(glossary_vector=False))
    one.embedder.encode = lambda texts, **kw: encoded.extend(texts) or encode(texts, **kw)  # type: ignore[method-assign]
    one.search(question, k=2, mode="hybrid")
    assert encoded[:1] == [question] and set(encoded[1:]) <= sentences
    plain = Assistant.load(tmp_path / "index", settings=settings.replace(glossary=False))
    assert [p.doc_id for p in plain.search(question, k=2, mode="bm25")] == ["b.md"]


def test_coverage_is_the_share_of_the_querys_idf_weight_found() -> None:
    bm = BM25Index.build([["care", "leaver", "advis"], ["care"], ["worker"], ["worker"], ["worker"]])
    idf = {t: np.log(5 - df + 0.5) - np.log(df + 0.5) for t, df in [("care", 2), ("leaver", 1), ("advis", 1)]}
    assert bm.coverage(["care", "leaver"], 0) == pytest.approx(1.0)
    assert bm.coverage(["care", "leaver"], 1) == pytest.approx(idf["care"] / (idf["care"] + idf["leaver"]))
    # Repeated and unknown words count once and not at all; a word in most documents counts nothing.
    assert bm.coverage(["leaver", "leaver", "unknown", "advis"], 0) == pytest.approx(1.0)
    assert bm.coverage(["worker"], 2) == 0.0
    assert bm.coverage(["unknown"], 0) == 0.0


def test_hybrid_weighs_bm25_more_when_its_best_passage_holds_the_rare_words(tmp_path: Path) -> None:
    texts = {
        "a": "Return home interviews are offered to every child missing from care in Sefton.",
        "b": "Children who go away on holiday see their families.",
        "c": "Caseloads are manageable for most social workers.",
        "d": "Leaders know their services well and children are safe.",
    }
    for name, text in texts.items():
        (tmp_path / f"{name}.md").write_text(f"# {name}\n\n{text}\n")
    settings = Settings(embedding_model="hashing-64", glossary=False)
    assistant = Assistant.from_corpus([tmp_path], index_dir=tmp_path / "index", settings=settings)
    retriever = assistant.retriever

    def fused(query: str, weights: list[float]) -> list[tuple[int, float]]:
        sides = [retriever.rank(query, k=100, mode=mode) for mode in ("bm25", "dense")]
        return rounded(convex([([i for i, _ in s], [v for _, v in s]) for s in sides], weights=weights)[:3])

    def rounded(ranked: list[tuple[int, float]]) -> list[tuple[int, float]]:
        return [(i, round(score, 6)) for i, score in ranked]

    covered = "return home interviews in Sefton"  # every word in passage a: BM25 at 0.8
    assert fused(covered, [0.8, 0.2]) != fused(covered, [0.5, 0.5])
    assert rounded(retriever.rank(covered, k=3, mode="hybrid")) == fused(covered, [0.8, 0.2])
    fixed = Assistant.load(tmp_path / "index", settings=settings.replace(covered_share=None)).retriever
    assert rounded(fixed.rank(covered, k=3, mode="hybrid")) == fused(covered, [0.5, 0.5])
    partly = "holiday families, caseloads and leaders"  # no passage holds most of it: 0.5 each
    top = retriever.data.bm25.top_k(tokenize(partly), 1)[0][0]
    assert retriever.data.bm25.coverage(tokenize(partly), int(top)) < settings.covered_share
    assert rounded(retriever.rank(partly, k=3, mode="hybrid")) == fused(partly, [0.5, 0.5])

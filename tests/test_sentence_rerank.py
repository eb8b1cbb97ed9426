"""Re-ranking a search's best passages by their best sentence (assistant/search/sentences.py)."""

from __future__ import annotations

import dataclasses
from pathlib import Path

import numpy as np
import pytest

from assistant import Assistant, Settings
from assistant.search.sentences import SentenceVectors, by_best_sentence, sentences
from tests.fakes import HashingEmbedder


class CountingEmbedder(HashingEmbedder):
    """The hashing stand-in, counting the texts it is asked to embed."""

    def __init__(self) -> None:
        super().__init__(64)
        self.embedded: list[str] = []

    def encode(self, texts, *, show_progress=False):  # type: ignore[no-untyped-def]
        self.embedded += list(texts)
        return super().encode(texts)


def test_sentences_are_read_line_by_line_and_short_cells_left_out() -> None:
    text = "Overall effectiveness Good\nCaseloads are too high. Leaders know it well.\nStaff morale is high."
    assert sentences(text) == ["Caseloads are too high.", "Leaders know it well.", "Staff morale is high."]


def test_a_passage_whose_one_sentence_answers_rises_over_one_that_shares_only_words() -> None:
    embedder = HashingEmbedder(64)
    query = embedder.encode(["personal advisers visit care leavers at home"])[0]
    texts = [
        "Leaders visit often. Partners meet monthly. Plans are reviewed.",
        "Plans are reviewed. Personal advisers visit care leavers at home. Leaders visit often.",
    ]
    ranked = [(10, 1.0), (11, 0.8)]
    again = by_best_sentence(ranked, texts, query, SentenceVectors(embedder), weight=0.5)
    assert [chunk for chunk, _ in again] == [11, 10]
    # with no weight on the sentences, the fused order stands
    assert by_best_sentence(ranked, texts, query, SentenceVectors(embedder), weight=0.0) == ranked


def test_a_sentence_is_embedded_once_however_often_it_is_ranked() -> None:
    embedder = CountingEmbedder()
    vectors = SentenceVectors(embedder, size=10)
    first = vectors(["Caseloads are high.", "Morale is strong today."])
    again = vectors(["Morale is strong today.", "Caseloads are high.", "Caseloads are high."])
    assert embedder.embedded == ["Caseloads are high.", "Morale is strong today."]
    np.testing.assert_array_equal(again[1], first[0])
    np.testing.assert_array_equal(again[0], first[1])


def test_the_cache_keeps_only_the_most_recent_sentences() -> None:
    embedder = CountingEmbedder()
    vectors = SentenceVectors(embedder, size=2)
    vectors(["one two three four", "five six seven eight", "nine ten eleven twelve"])
    vectors(["one two three four"])
    assert embedder.embedded.count("one two three four") == 2


@pytest.fixture()
def reranking(tmp_path: Path, fake_assistant: Assistant) -> Assistant:
    """The bundled corpus on the hashing stand-in, re-ranked by sentences the stand-in embeds."""
    index_dir = tmp_path / "index"
    settings = Settings(embedding_model="hashing-64", rerank_weight=0.5, rerank_vectors="model")
    return Assistant.load(index_dir, settings=settings)


def test_the_re_ranking_is_on_by_default_with_static_vectors_and_set_from_the_command_line() -> None:
    from assistant.cli import build_parser
    from assistant.config import settings_from_args

    default = Settings()
    assert (default.rerank_weight, default.rerank_vectors, default.rerank_depth) == (0.5, "static", 10)
    args = build_parser().parse_args(["search", "caseloads", "--rerank", "0", "--rerank-vectors", "model"])
    assert settings_from_args(args) == {"rerank_weight": 0.0, "rerank_vectors": "model"}


def test_a_stand_in_embedder_without_a_model_folder_has_no_static_vectors(fake_assistant: Assistant) -> None:
    retriever = fake_assistant.retriever
    assert retriever.settings.rerank_weight > 0 and retriever.static_sentences() is None
    assert not retriever.reranks("hybrid")
    query = "children who go missing from home"
    fused = [p.chunk_id for p in retriever.search(query, k=10, mode="hybrid")]
    assert [p.chunk_id for p in retriever.search(query, k=10, mode="hybrid", rerank=True)] == fused


@pytest.mark.parametrize("mode", ["bm25", "dense"])
def test_only_a_hybrid_search_is_reranked(reranking: Assistant, mode: str) -> None:
    retriever = reranking.retriever
    query = "supervision of social workers"
    plain = [p.chunk_id for p in retriever.search(query, k=8, mode=mode, rerank=False)]
    assert [p.chunk_id for p in retriever.search(query, k=8, mode=mode, rerank=True)] == plain


def test_a_hybrid_search_reorders_its_best_passages_and_only_when_asked(
    reranking: Assistant, fake_assistant: Assistant
) -> None:
    retriever = reranking.retriever
    query = "children who go missing from home"
    fused = [p.chunk_id for p in retriever.search(query, k=20, mode="hybrid")]
    reranked = [p.chunk_id for p in retriever.search(query, k=20, mode="hybrid", rerank=True)]
    depth = retriever.settings.rerank_depth
    assert sorted(reranked[:depth]) == sorted(fused[:depth]) and reranked != fused  # the best, reordered
    assert reranked[depth:] == fused[depth:]  # the rest as they were
    assert [p.chunk_id for p in reranking.search(query, k=20, mode="hybrid")] == reranked  # the API asks
    off = dataclasses.replace(retriever.settings, rerank_weight=0.0)
    retriever.settings = off
    try:
        assert [p.chunk_id for p in retriever.search(query, k=20, mode="hybrid", rerank=True)] == fused
    finally:
        retriever.settings = dataclasses.replace(off, rerank_weight=0.5)


def test_a_small_k_is_the_head_of_the_reranked_twenty(reranking: Assistant) -> None:
    retriever = reranking.retriever
    query = "the quality of supervision"
    twenty = [p.chunk_id for p in retriever.search(query, k=20, mode="hybrid", rerank=True)]
    assert [p.chunk_id for p in retriever.search(query, k=5, mode="hybrid", rerank=True)] == twenty[:5]


def test_module_examples() -> None:
    """The examples in the docstrings of the stop-28 modules hold (pytest reads ``tests/`` only)."""
    import doctest

    import assistant.answers.topic
    import assistant.search.sentences
    import assistant.search.static
    import assistant.spelling

    for module in (
        assistant.search.sentences,
        assistant.search.static,
        assistant.spelling,
        assistant.answers.topic,
    ):
        failed, tried = doctest.testmod(module, optionflags=doctest.NORMALIZE_WHITESPACE)
        assert tried and not failed, module.__name__

"""Sentence vectors from the model's own word pieces (assistant/search/static.py), on the real model."""

from __future__ import annotations

import numpy as np
import pytest

from assistant import Assistant
from assistant.search.static import StaticSentences, token_table
from assistant.search.wordpieces import WordPieces


@pytest.fixture(scope="module")
def static(bundled: Assistant) -> StaticSentences:
    vectors = bundled.retriever.static_sentences()
    assert vectors is not None
    return vectors


def test_the_table_is_one_centred_row_per_word_piece_of_the_packaged_model(bundled: Assistant) -> None:
    path = bundled.embedder.path  # type: ignore[attr-defined]
    table = token_table(path, bundled.embedder.name)
    assert table.shape == (WordPieces(path).tokenizer.get_vocab_size(), 384) and table.dtype == np.float16
    assert np.abs(table.astype(np.float32).mean(axis=0)).max() < 1e-3  # the shared direction is taken out
    assert np.isfinite(table).all() and (np.linalg.norm(table.astype(np.float32), axis=1) > 0).mean() > 0.99


def test_the_sentence_that_answers_is_nearest_the_question(static: StaticSentences) -> None:
    question = static(["do personal advisers keep in touch with care leavers"])[0]
    candidates = [
        "Personal advisers stay in regular contact with young people leaving care.",
        "The local authority's budget was set in March.",
        "Inspectors met the chief executive and the lead member.",
        "Private fostering arrangements are assessed promptly.",
    ]
    cosines = static(candidates) @ question
    assert int(np.argmax(cosines)) == 0 and cosines[0] > cosines[1:].max() + 0.1


def test_words_are_cut_into_the_pieces_the_model_reads(static: StaticSentences, bundled: Assistant) -> None:
    tokenizer = bundled.embedder.word_pieces.tokenizer  # type: ignore[attr-defined]
    text = "Children's social workers' caseloads (in 2019) weren't manageable; MASH-led re-referrals rose."
    pieces: list[int] = []
    static.pieces(text, pieces)
    assert pieces == tokenizer.encode(text, add_special_tokens=False).ids


def test_an_empty_or_wordless_text_gives_a_zero_vector(static: StaticSentences) -> None:
    vectors = static(["", "   ", "Caseloads are high."])
    assert not vectors[0].any() and not vectors[1].any()
    assert vectors[2] == pytest.approx(vectors[2] / np.linalg.norm(vectors[2]))


def test_a_hybrid_search_reorders_only_its_best_passages_by_static_vectors(bundled: Assistant) -> None:
    retriever = bundled.retriever
    assert retriever.reranks("hybrid") and not retriever.reranks("bm25")
    query = "how quickly are children seen after a referral"
    depth = retriever.settings.rerank_depth
    fused = [p.chunk_id for p in retriever.search(query, k=depth + 5, mode="hybrid")]
    reranked = [p.chunk_id for p in bundled.search(query, k=depth + 5, mode="hybrid")]
    assert sorted(reranked[:depth]) == sorted(fused[:depth]) and reranked[depth:] == fused[depth:]

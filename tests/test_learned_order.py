"""The learned order of a hybrid search's best passages (assistant/search/learned.py)."""

from __future__ import annotations

import dataclasses
import doctest
import json
import math
from pathlib import Path

import numpy as np
import pytest

import assistant.search.learned as learned
from assistant import Assistant, Settings
from assistant.search.learned import FEATURES, Candidate, Trees, candidate_features, shipped_trees
from assistant.search.sparse import BM25Index, tokenize_query
from tests.scripts import load_script


def test_exported_trees_score_every_row_as_scikit_learn_does() -> None:
    from sklearn.ensemble import HistGradientBoostingClassifier

    rng = np.random.default_rng(3)
    x = rng.normal(size=(600, len(FEATURES)))
    y = (x[:, 0] + x[:, 2] * x[:, 5] + rng.normal(scale=0.5, size=600) > 0.4).astype(int)
    model = HistGradientBoostingClassifier(**learned.TREE_SETTINGS).fit(x, y)
    raw = json.loads(json.dumps(learned.checked_export(model, FEATURES, x)))  # what the file holds
    trees = Trees(FEATURES, raw["base"], tuple(raw["trees"]))
    fresh = rng.normal(size=(200, len(FEATURES)))
    np.testing.assert_allclose(trees.score(fresh), model.decision_function(fresh), atol=1e-9)
    other = HistGradientBoostingClassifier(**{**learned.TREE_SETTINGS, "random_state": 1, "max_iter": 5})
    other.fit(x, 1 - y)
    with pytest.raises(ValueError, match="do not score as scikit-learn does"):
        learned.checked_export(_Swapped(model, other), FEATURES, x)


class _Swapped:
    """A model whose trees are one fit's and whose scores are another's: an export that went wrong."""

    def __init__(self, trees: object, scores: object) -> None:
        self._predictors = trees._predictors  # type: ignore[attr-defined]
        self._baseline_prediction = trees._baseline_prediction  # type: ignore[attr-defined]
        self.decision_function = scores.decision_function  # type: ignore[attr-defined]


def test_both_fitting_scripts_fit_with_the_shared_settings_and_council_folds() -> None:
    for script in ("evals/fit_order.py", "evals/fit_quotes.py"):
        assert load_script(script).TREE_SETTINGS is learned.TREE_SETTINGS
    folds = learned.council_folds(["Leeds", "Hull", "Leeds", "York", "Kent", "Bury"], 3)
    assert sorted(folds) == ["Bury", "Hull", "Kent", "Leeds", "York"]
    assert sorted(folds.values()) == [0, 0, 1, 1, 2]
    assert folds == learned.council_folds(["York", "Kent", "Bury", "Hull", "Leeds"], 3)  # order-free


def test_the_shipped_model_is_fitted_on_the_features_the_retriever_makes(tmp_path: Path) -> None:
    trees = shipped_trees()
    assert trees.features == FEATURES and len(trees.trees) == learned.TREE_SETTINGS["max_iter"]
    used = {f for t in trees.trees for f, leaf in zip(t["feature"], t["leaf"], strict=True) if not leaf}
    assert len(used) >= 10  # not a stub: most signals take part
    raw = json.loads(learned.MODEL_PATH.read_text(encoding="utf-8"))
    other = tmp_path / "model.json"
    other.write_text(json.dumps({**raw, "features": raw["features"][:-1]}), encoding="utf-8")
    with pytest.raises(ValueError, match="fitted on other features"):
        Trees.load(other)


def _vectors(texts: list[str] | tuple[str, ...]) -> np.ndarray:
    """Unit vectors that tell three topics apart, for sentences and headings."""
    rows = []
    for t in texts:
        t = t.lower()
        v = np.array([t.count("missing"), t.count("adviser"), t.count("budget"), 0.1])
        rows.append(v / np.linalg.norm(v))
    return np.asarray(rows, dtype=np.float32)


def test_each_passage_is_described_by_its_scores_places_sentences_heading_and_report() -> None:
    texts = [
        "The budget is balanced this year. Leaders plan the budget well.",
        "Children who go missing are seen on return. Personal advisers keep in touch.",
        "Personal advisers visit care leavers often. The budget is reviewed monthly.",
    ]
    bm25 = BM25Index.build([tokenize_query(t) for t in texts])
    ranked = [(0, 2.0), (1, 1.5), (2, 1.0)]
    candidates = [
        Candidate(texts[0], "Leadership", "a.pdf", 0.0, 64),
        Candidate(texts[1], "Children missing from home", "b.pdf", 0.5, 128),
        Candidate(texts[2], "Care leavers", "a.pdf", 1.0, 256),
    ]
    question = "children missing from home"
    rows = candidate_features(
        ranked,
        candidates,
        tokens=tokenize_query(question),
        glossed_tokens=tokenize_query(question + " return home interviews"),
        bm25=bm25,
        dense=np.array([0.2, 0.6, 0.4]),
        question=_vectors([question])[0],
        vectors=_vectors,
    )
    col = {name: rows[:, i] for i, name in enumerate(FEATURES)}
    assert rows.shape == (3, len(FEATURES))
    np.testing.assert_allclose(col["fused"], [1.0, 0.75, 0.5])
    np.testing.assert_allclose(col["rank"], [0.0, math.log(2), math.log(3)])
    np.testing.assert_allclose(col["position"], [0.0, 0.5, 1.0])
    np.testing.assert_allclose(col["length"], [0.25, 0.5, 1.0])
    np.testing.assert_allclose(col["doc_share"], [2 / 3, 1 / 3, 2 / 3])
    np.testing.assert_allclose(col["top_doc"], [1.0, 0.0, 1.0])
    # the passage about children missing holds the question's words, its best sentence and heading
    assert col["coverage"].argmax() == 1 and col["bm25"].max() == 1.0 == col["bm25"][1]
    assert col["best_sentence"].argmax() == 1 and col["best_gap"][1] == 0.0 and (col["best_gap"] <= 0).all()
    assert col["best_rank"][1] == 0.0 and col["dense_rank"][1] == 0.0 and col["bm25_rank"][1] == 0.0
    assert col["heading_meaning"].argmax() == 1 and col["heading_words"][1] == 1.0
    assert (col["second_sentence"] <= col["best_sentence"]).all()


def test_a_search_within_a_council_orders_its_fused_thirty_again_and_keeps_the_rest(
    bundled: Assistant,
) -> None:
    retriever = bundled.retriever
    assert retriever.learns("hybrid") and not retriever.learns("bm25")
    query = "children who go missing from home in Stoke-on-Trent"
    depth = retriever.settings.learned_depth
    fused = [p.chunk_id for p in retriever.search(query, k=depth + 10, mode="hybrid")]
    assert len(fused) > depth and all("stoke" in c.lower() for c in fused)
    found = retriever.search(query, k=depth + 10, mode="hybrid", rerank=True)
    learned_ids = [p.chunk_id for p in found]
    assert sorted(learned_ids[:depth]) == sorted(fused[:depth]) and learned_ids != fused
    assert learned_ids[depth:] == fused[depth:]
    scores = [p.score for p in found[:depth]]
    assert scores == sorted(scores, reverse=True) and all(0 < s < 1 for s in scores)
    assert [p.chunk_id for p in bundled.search(query, k=5, mode="hybrid")][:5] == learned_ids[:5]


def test_a_search_about_no_council_keeps_the_sentence_re_ranking(bundled: Assistant) -> None:
    """The model was fitted within councils; a claim or a question about no council is not that."""
    retriever = bundled.retriever
    query = "children who go missing from home"
    fused = [p.chunk_id for p in retriever.search(query, k=20, mode="hybrid")]
    again = [p.chunk_id for p in retriever.search(query, k=20, mode="hybrid", rerank=True)]
    assert sorted(again[:10]) == sorted(fused[:10]) and again[10:] == fused[10:]


def test_without_the_learned_order_the_sentences_reorder_the_best_ten(bundled: Assistant) -> None:
    retriever = bundled.retriever
    query = "children who go missing from home in Stoke-on-Trent"
    fused = [p.chunk_id for p in retriever.search(query, k=20, mode="hybrid")]
    settings = retriever.settings
    retriever.settings = dataclasses.replace(settings, learned_order=False)
    try:
        assert not retriever.learns("hybrid")
        again = [p.chunk_id for p in retriever.search(query, k=20, mode="hybrid", rerank=True)]
    finally:
        retriever.settings = settings
    assert sorted(again[:10]) == sorted(fused[:10]) and again[10:] == fused[10:]


def test_a_stand_in_embedder_falls_back_to_the_sentence_re_ranking(fake_assistant: Assistant) -> None:
    assert Settings().learned_order and not fake_assistant.retriever.learns("hybrid")


def test_module_examples() -> None:
    failed, tried = doctest.testmod(learned, optionflags=doctest.NORMALIZE_WHITESPACE)
    assert tried and not failed

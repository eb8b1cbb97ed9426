"""The same searches on both backends: embedded (BM25 + faiss here) and Milvus (milvus-lite).

Every API guarantee holds on each (a passage's text is the document's text
at its span; filters return only matching passages; a council with no
documents abstains), and the two rank alike. Results are compared by rank
(top-k overlap, top-1 agreement, hit@5), never by score: milvus-lite
negates BM25 scores and computes IDF per segment, and Milvus's BM25 reads
unstemmed words.
"""

from __future__ import annotations

import re
import statistics
from pathlib import Path
from typing import Any

import pytest

pytest.importorskip(
    "pymilvus", reason="the milvus backend needs pymilvus: pip install 'ofsted-assistant[milvus]'"
)
pytest.importorskip(
    "milvus_lite", reason="local Milvus needs milvus-lite: pip install 'ofsted-assistant[milvus]'"
)

from assistant import Assistant, Settings
from assistant.errors import SearchBackendError
from assistant.evaluation import evaluate_mode, load_questions
from assistant.filters import Filters, resolve
from assistant.retrieval import Passage
from assistant.search import milvus, store
from assistant.search.milvus import MilvusBackend
from tests.conftest import CORPUS, ROOT

MODES = ("bm25", "dense", "hybrid")
QUERIES = [
    "What did Ofsted say about Stoke's supervision?",
    "Which council hired a clinical psychologist as a life coach?",
    "caseloads of social workers",
    "agency staff at the front door",
    "How did Leicester improve to good?",
    "placement moves for children in care",
]
FILTERS: list[dict[str, Any]] = [
    {"authority": "Stoke"},
    {"doc_type": "news article"},
    {"doc_type": "monitoring visit letter"},
    {"date_from": "2021", "date_to": "2022-01"},
    {"years": [2019]},
    {"authority": ["Norfolk", "Leicester"], "date_from": "2021-06"},
    {"doc_ids": ["2019-staffordshire-impressive-progress.txt"]},
]


def _milvus(index_dir: Path, settings: Settings) -> Assistant:
    return Assistant.from_corpus(CORPUS, index_dir=index_dir, settings=settings.replace(backend="milvus"))


def _passes(a: Assistant, p: Passage, filters: dict[str, Any]) -> bool:
    """Whether a passage meets ``filters``, checked on its document alone (no mask, no expression)."""
    doc = a.document(p.doc_id)
    date = doc.date or ""
    councils = Filters(authority=filters.get("authority")).authorities()
    lo, hi = filters.get("date_from"), filters.get("date_to")
    doc_type = filters.get("doc_type")
    return (
        (not councils or p.authority in councils)
        and (doc_type is None or doc.doc_type == doc_type)
        and (lo is None or (date != "" and date >= lo))
        and (hi is None or (date != "" and date[: len(hi)] <= hi))
        and (not filters.get("years") or bool(doc.years & set(filters["years"])))
        and ("doc_ids" not in filters or doc.doc_id in filters["doc_ids"])
    )


# --------------------------------------------------------------------------
# Fast: the hashing embedder, where the model is not the point


@pytest.fixture()
def fake_pair(tmp_path: Path, fake_settings: Settings) -> tuple[Assistant, Assistant]:
    embedded = Assistant.from_corpus(CORPUS, index_dir=tmp_path / "embedded", settings=fake_settings)
    return embedded, _milvus(tmp_path / "milvus", fake_settings)


def test_milvus_build_is_recorded_and_loaded_back(fake_pair: tuple[Assistant, Assistant]) -> None:
    _, m = fake_pair
    built = m.index.manifest["backend"]
    assert built["name"] == "milvus" and built["uri"].endswith("milvus.db")
    assert isinstance(m.retriever.backend, MilvusBackend)
    again = Assistant.load(m.index_dir)  # no settings: the manifest says where to search
    assert isinstance(again.retriever.backend, MilvusBackend)
    assert again.retriever.backend.collection == built["collection"]


@pytest.mark.parametrize("filters", FILTERS)
def test_filter_expression_selects_exactly_the_masked_chunks(
    fake_pair: tuple[Assistant, Assistant], filters: dict[str, Any]
) -> None:
    """Dense search with k = every chunk returns all that pass: the expression equals the mask."""
    e, m = fake_pair
    mask = e.retriever.mask_of(resolve(Filters(**filters), doc_types=e.retriever.doc_types))
    assert mask is not None and mask.any()
    expected = {e.index.chunks[i].chunk_id for i in mask.nonzero()[0]}
    for a in (e, m):
        got = a.search("children", k=len(a.index.chunks), mode="dense", filters=filters, infer=False)
        assert {p.chunk_id for p in got} == expected


def test_modes_agree_on_the_hashing_embedder(fake_pair: tuple[Assistant, Assistant]) -> None:
    e, m = fake_pair
    for query in QUERIES:
        for mode in MODES:
            got = m.search(query, k=5, mode=mode)
            for p in got:
                assert m.document_text(p.doc_id)[p.start : p.end] == p.text
            if mode == "dense":  # the same vectors: HNSW over 56 finds the exact neighbours
                assert [p.chunk_id for p in got] == [p.chunk_id for p in e.search(query, k=5, mode=mode)]


def test_rebuild_replaces_the_collection(tmp_path: Path, fake_settings: Settings) -> None:
    a = _milvus(tmp_path / "index", fake_settings)
    first = a.index.manifest["backend"]["collection"]
    (tmp_path / "extra.txt").write_text("Kirklees caseloads were manageable, inspectors found.\n")
    a.add_documents([tmp_path / "extra.txt"])
    second = a.index.manifest["backend"]["collection"]
    client = milvus.connect(a.index.manifest["backend"]["uri"])
    prefix = milvus.collection_prefix(tmp_path / "index")
    assert second != first
    assert [c for c in client.list_collections() if c.startswith(prefix)] == [second]
    assert any(p.doc_id == "extra.txt" for p in a.search("Kirklees caseloads manageable", k=3, mode="bm25"))


def test_unreachable_milvus_leaves_the_previous_build(tmp_path: Path, fake_settings: Settings) -> None:
    index = tmp_path / "index"
    Assistant.from_corpus(CORPUS, index_dir=index, settings=fake_settings)
    before = store.current_build(index)
    unreachable = fake_settings.replace(backend="milvus", milvus_uri="http://127.0.0.1:9")
    with pytest.raises(SearchBackendError, match=re.escape("cannot connect to Milvus at http://127.0.0.1:9")):
        Assistant.from_corpus(CORPUS, index_dir=index, settings=unreachable)
    assert store.current_build(index) == before
    assert not [p for p in index.iterdir() if p.name.startswith(".build-")]
    assert Assistant.load(index).search("supervision", k=1)


def test_failed_insertion_drops_the_collection_and_says_why(
    tmp_path: Path, fake_settings: Settings, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Milvus refusing a batch half-way: the error names the reason, nothing is left behind."""
    index = tmp_path / "index"
    first = _milvus(index, fake_settings)
    uri = first.index.manifest["backend"]["uri"]
    before = store.current_build(index)
    rows = milvus._rows

    def refuse_second_batch(data: object, start: int, stop: int) -> list[dict[str, object]]:
        out = rows(data, start, stop)  # type: ignore[arg-type]
        if start > 0:
            out[0]["vector"] = [0.0]  # the wrong dimension: Milvus refuses the batch
        return out

    monkeypatch.setattr(milvus, "INSERT_BATCH", 20)
    monkeypatch.setattr(milvus, "_rows", refuse_second_batch)
    (tmp_path / "extra.txt").write_text("Kirklees caseloads were manageable, inspectors found.\n")
    with pytest.raises(SearchBackendError, match=r"inserting the chunks into Milvus .* failed"):
        first.add_documents([tmp_path / "extra.txt"])
    assert store.current_build(index) == before
    client = milvus.connect(uri)
    prefix = milvus.collection_prefix(index)
    assert [c for c in client.list_collections() if c.startswith(prefix)] == [
        first.index.manifest["backend"]["collection"]
    ]
    assert Assistant.load(index).search("supervision", k=1)


def test_a_file_uri_must_end_in_db(tmp_path: Path) -> None:
    with pytest.raises(SearchBackendError, match=r"ending in \.db"):
        milvus.resolve_uri(str(tmp_path / "milvus"), tmp_path)


# --------------------------------------------------------------------------
# The real model on the bundled corpus


@pytest.fixture(scope="session")
def bundled_milvus(tmp_path_factory: pytest.TempPathFactory) -> Assistant:
    return _milvus(tmp_path_factory.mktemp("milvus-index"), Settings())


def test_every_passage_is_the_document_text_at_its_span(bundled_milvus: Assistant) -> None:
    for query in QUERIES:
        for mode in MODES:
            for p in bundled_milvus.search(query, k=10, mode=mode):
                assert bundled_milvus.document_text(p.doc_id)[p.start : p.end] == p.text
        for c in bundled_milvus.ask(query).citations:
            assert bundled_milvus.document_text(c.doc_id)[c.start : c.end] == c.quote


@pytest.mark.parametrize("filters", FILTERS)
def test_filters_return_only_matching_passages_on_both(
    bundled: Assistant, bundled_milvus: Assistant, filters: dict[str, Any]
) -> None:
    for a in (bundled, bundled_milvus):
        for mode in MODES:
            got = a.search("social workers and their caseloads", k=8, mode=mode, filters=filters)
            assert got, (a.retriever.backend.name, mode, filters)
            assert all(_passes(a, p, filters) for p in got), (a.retriever.backend.name, mode, filters)


@pytest.mark.parametrize(
    "question",
    [
        "What did Ofsted say about Cardiff's children's services?",
        "What did Ofsted say about Manchester's adoption services?",
    ],
)
def test_a_council_not_in_the_corpus_abstains_on_both(
    bundled: Assistant, bundled_milvus: Assistant, question: str
) -> None:
    for a in (bundled, bundled_milvus):
        ans = a.ask(question)
        assert not ans.answered and not ans.citations, a.retriever.backend.name
    assert bundled_milvus.search("adoption", k=5, filters={"authority": "Manchester"}) == []


@pytest.mark.slow
def test_backends_rank_alike_on_the_bundled_questions(bundled: Assistant, bundled_milvus: Assistant) -> None:
    """Top-5 overlap per mode (printed), dense top-1 agreement and hit@5 within a tolerance.

    Dense search reads the same vectors (HNSW against exact faiss), so it
    should agree almost everywhere. BM25 differs on purpose: Milvus's
    analyser neither stems nor drops stopwords, and its IDF has no epsilon
    floor; hybrid inherits half of that.
    """
    questions = load_questions(ROOT / "evals" / "questions.jsonl")
    overlap: dict[str, list[float]] = {m: [] for m in MODES}
    top1_agree: list[bool] = []
    for q in questions:
        for mode in MODES:
            a = [p.chunk_id for p in bundled.search(q.question, k=5, mode=mode)]
            b = [p.chunk_id for p in bundled_milvus.search(q.question, k=5, mode=mode)]
            if a or b:
                overlap[mode].append(len(set(a) & set(b)) / max(len(a), len(b)))
            if mode == "dense" and a:
                top1_agree.append(bool(b) and a[0] == b[0])
    hit5 = {
        name: {mode: evaluate_mode(a, questions, mode=mode, answers=False).metrics["hit@5"] for mode in MODES}
        for name, a in (("embedded", bundled), ("milvus", bundled_milvus))
    }
    means = {m: statistics.fmean(v) for m, v in overlap.items()}
    print(f"\ntop-5 overlap: {means}; dense top-1 agreement {statistics.fmean(top1_agree):.3f}; hit@5 {hit5}")
    assert statistics.fmean(top1_agree) >= 0.95
    assert means["dense"] >= 0.9
    assert means["bm25"] >= 0.6 and means["hybrid"] >= 0.7
    for mode, tolerance in (("dense", 0.02), ("bm25", 0.08), ("hybrid", 0.05)):
        assert abs(hit5["milvus"][mode] - hit5["embedded"][mode]) <= tolerance, (mode, hit5)

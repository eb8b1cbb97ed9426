"""retrieval.py: cited passages, council and date awareness, validation."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from assistant import Assistant, Filters, Settings
from assistant.errors import InvalidQueryError, UnknownAuthorityError
from assistant.filters import resolve

STOKE = "What did Ofsted say about Stoke's supervision?"
NO_SUPERVISION = "No social workers were having one-to-one case supervision with a manager"
DIP_SAMPLING = "Team managers assure the quality of contacts through dip sampling and supervision"


@pytest.mark.parametrize(("mode", "k"), [("bm25", 5), ("hybrid", 8)])
def test_stoke_supervision_finding_is_in_what_the_answer_reads(bundled: Assistant, mode: str, k: int) -> None:
    """BM25's top 5 holds the 2019 finding and the 2021 letter's passage. Under
    convex fusion (the default, chosen on the Ofsted dev split and SciFact) the
    2019 finding is 6th, within the 8 passages an answer reads, and the letter's
    passage below 10th (it was in RRF's top 5): see docs/decisions.md."""
    passages = bundled.search(STOKE, k=k, mode=mode)
    texts = [p.text for p in passages]
    assert any(NO_SUPERVISION in t for t in texts)
    assert any(DIP_SAMPLING in t for t in texts) == (mode == "bm25")
    assert {p.authority for p in passages} == {"Stoke-on-Trent"}


@pytest.mark.parametrize("mode", ["bm25", "dense", "hybrid"])
def test_every_passage_is_the_document_text_at_its_span(bundled: Assistant, mode: str) -> None:
    for q in [STOKE, "caseloads", "care leavers", "life coach", "Leicester direct work"]:
        for p in bundled.search(q, k=8, mode=mode):
            assert bundled.document_text(p.doc_id)[p.start : p.end] == p.text
            assert p.page >= 1 and p.title and p.doc_type and p.source


def test_council_filter_and_inference(bundled: Assistant) -> None:
    got = bundled.search("supervision", k=5, filters={"authority": "Kirklees"})
    assert got and {p.authority for p in got} == {"Kirklees"}
    inferred = bundled.search("What did Ofsted say about supervision in Cheshire West?", k=3)
    assert {p.authority for p in inferred} == {"Cheshire West and Chester"}
    explicit = bundled.search("supervision at the front door", k=3, filters=Filters(authority="Leicester"))
    assert {p.authority for p in explicit} == {"Leicester"}
    # A filter on another council than the question names is reported, never applied silently.
    with pytest.raises(InvalidQueryError, match=r"asks about Cheshire West and Chester.*set to Leicester"):
        bundled.search("supervision in Cheshire West", k=3, filters=Filters(authority="Leicester"))


def test_date_filters(bundled: Assistant) -> None:
    in_2019 = bundled.search("inadequate inspection", k=5, filters={"date_from": "2019", "date_to": "2019"})
    assert in_2019 and all(p.date and p.date.startswith("2019") for p in in_2019)
    since = bundled.search("Stoke progress since 2021", k=5)
    assert since and all(p.date and p.date >= "2021" for p in since)
    assert bundled.search("supervision", k=3, filters={"date_from": "2030"}) == []


def test_doc_type_filter(bundled: Assistant) -> None:
    got = bundled.search("supervision", k=3, filters={"doc_type": "monitoring visit letter"})
    assert got and {p.doc_type for p in got} == {"monitoring visit letter"}


@pytest.mark.parametrize(
    ("query", "kwargs", "error", "match"),
    [
        ("", {}, InvalidQueryError, "empty"),
        ("   \t\n", {}, InvalidQueryError, "empty"),
        ("x" * 100_000, {}, InvalidQueryError, "characters long"),
        ("care", {"k": 0}, InvalidQueryError, "at least 1"),
        ("care", {"k": -3}, InvalidQueryError, "at least 1"),
        ("care", {"mode": "semantic"}, InvalidQueryError, "unknown mode"),
        ("care", {"filters": {"authority": "Atlantis"}}, UnknownAuthorityError, "Atlantis"),
        ("care", {"filters": {"colour": "red"}}, InvalidQueryError, "unknown filter"),
    ],
)
def test_bad_queries_raise_specific_errors(
    bundled: Assistant, query: str, kwargs: dict, error: type, match: str
) -> None:  # type: ignore[type-arg]
    with pytest.raises(error, match=match):
        bundled.search(query, **kwargs)


def test_odd_but_valid_queries_do_not_crash(bundled: Assistant) -> None:
    for q in ["\x00\x07care\x1b", "😀 social workers 😀", "児童養護 سوشل ورکر", "?!", "a"]:
        bundled.search(q, k=3)


def test_document_viewer_serves_indexed_ids_only(bundled: Assistant) -> None:
    for bad in ["../../etc/passwd", "/etc/passwd", "corpus/../README.md", "nope.txt"]:
        with pytest.raises(InvalidQueryError, match="no indexed document"):
            bundled.document_text(bad)


@pytest.mark.parametrize(
    "filters",
    [
        Filters(authority="Stoke-on-Trent"),
        Filters(authority=["Stoke-on-Trent", "Leicester"], date_from="2019"),
        Filters(date_from="2019-03", date_to="2022-01-31"),
        Filters(years=[2019, 2024]),
        Filters(doc_type="news article", years=[2019]),
    ],
)
def test_filter_masks_match_each_chunk_checked_alone(fake_assistant: Assistant, filters: Filters) -> None:
    """The mask is computed per document and spread to chunks; it must equal a per-chunk check."""
    r = fake_assistant.retriever
    docs = fake_assistant.index.documents

    def passes(c: object) -> bool:
        doc = docs[c.doc_id]  # type: ignore[attr-defined]
        date = doc.date or ""
        return (
            (not filters.authorities() or c.authority in filters.authorities())  # type: ignore[attr-defined]
            and (not filters.doc_type or doc.doc_type == filters.doc_type)
            and (not filters.date_from or (date != "" and date >= filters.date_from))
            and (not filters.date_to or (date != "" and date[: len(filters.date_to)] <= filters.date_to))
            and (not filters.years or bool(doc.years & set(filters.years)))
        )

    expected = [passes(c) for c in r.chunks]
    got = r.mask_of(resolve(filters, doc_types=r.doc_types))
    assert got is not None and list(got) == expected
    assert any(expected)  # each case keeps something, so the comparison means something


def test_the_passage_at_an_offset_is_the_one_that_holds_it(fake_assistant: Assistant) -> None:
    r = fake_assistant.retriever
    for doc_id in list(fake_assistant.index.documents)[:3]:
        passages = r.passages_of(doc_id)
        for p in passages:
            for offset in (p.start, p.end - 1):
                got = r.passage_at(doc_id, offset)
                assert got is not None and got.start <= offset < got.end and got.doc_id == doc_id
        assert r.passage_at(doc_id, passages[-1].end + 10**6) is None
    assert r.passage_at("no such document", 0) is None


def _report(folder: Path, name: str, date: str, text: str, council: str = "Kent") -> None:
    (folder / f"{name}.txt").write_text(text, encoding="utf-8")
    side = {"title": name, "doc_type": "inspection report", "date": date, "authorities": [council]}
    (folder / f"{name}.txt.meta.json").write_text(json.dumps(side), encoding="utf-8")


def test_a_question_about_now_favours_the_councils_newest_report(tmp_path: Path) -> None:
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    _report(
        corpus,
        "kent-2016",
        "2016-03-01",
        "Children wait too long for a permanent home, and wait for permanence.",
    )
    _report(corpus, "kent-2024", "2024-06-01", "Some children in care wait for a permanent home.")
    others = ["Supervision is regular.", "Caseloads are manageable.", "Leaders are stable."]
    for n, topic in enumerate(others):
        _report(corpus, f"leeds-{n}", "2020-01-01", topic, council="Leeds")
    kent = Assistant.from_corpus(
        corpus, index_dir=tmp_path / "index", settings=Settings(embedding_model="hashing-64")
    )
    question = "do children in Kent wait too long for a permanent home?"
    where = Filters(authority="Kent")
    first = kent.retriever.search(question, k=2, mode="bm25", filters=where, infer=False)
    now = kent.retriever.search(question, k=2, mode="bm25", filters=where, infer=False, prefer_newest=True)
    assert [p.doc_id for p in first] == ["kent-2016.txt", "kent-2024.txt"]
    assert [p.doc_id for p in now] == ["kent-2024.txt", "kent-2016.txt"]
    # Assistant.search does not (measured and left off: docs/decisions.md, "Stop 42")
    assert [p.doc_id for p in kent.search(question, k=2, mode="bm25")] == ["kent-2016.txt", "kent-2024.txt"]

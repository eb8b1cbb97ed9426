"""A folder's metadata CSV (sources.csv, Ofsted's CSV) sets documents' URL, title, date and council."""

from __future__ import annotations

import csv
import shutil
from dataclasses import replace
from pathlib import Path

import pytest

from assistant import Assistant, Settings
from assistant.documents import Document, discover, read_document
from assistant.errors import DocumentError
from assistant.sidecar import Entry, apply_entry, as_read, read_ofsted_csv, sidecar_entries
from tests.conftest import CORPUS, OFSTED, OFSTED_SAMPLE

LETTER = "ofsted-2022-01-31-stoke-monitoring-visit-letter.txt"
ARTICLE = "community-care-2021-leicester-good-direct-work.txt"
COLUMNS = ["path", "url", "title", "publisher", "date", "council"]


def _corpus(tmp_path: Path) -> Path:
    dst = tmp_path / "corpus"
    shutil.copytree(CORPUS, dst)
    return dst


def _write_sources(folder: Path, rows: list[dict[str, str]]) -> None:
    with open(folder / "sources.csv", "w", encoding="utf-8", newline="") as f:
        w = csv.DictWriter(f, fieldnames=COLUMNS)
        w.writeheader()
        w.writerows(rows)


# With the title in what is embedded (off by default), so that a title kept out of it is tested.
PREFIXED = Settings(embedding_model="hashing-64", contextual_prefix=True)


def _build(corpus: Path, tmp_path: Path, settings: Settings) -> Assistant:
    return Assistant.from_corpus(corpus, index_dir=tmp_path / "ix", settings=settings)


def test_sources_csv_sets_url_title_date_and_council(tmp_path: Path) -> None:
    corpus = _corpus(tmp_path)
    _write_sources(
        corpus,
        [
            {"path": LETTER, "url": "https://example.org/letter", "title": "Stoke letter", "publisher": ""},
            {"path": ARTICLE, "url": "https://example.org/cc", "date": "2021-11-26", "council": "Leicester"},
        ],
    )
    a = _build(corpus, tmp_path, PREFIXED)
    letter, article = a.documents[LETTER], a.documents[ARTICLE]
    assert (letter.url, letter.title) == ("https://example.org/letter", "Stoke letter")
    assert letter.date == "2022-01-31" and letter.publisher == "Ofsted", "blank columns change nothing"
    assert (article.url, article.date, article.authority) == (
        "https://example.org/cc",
        "2021-11-26",
        "Leicester",
    )
    assert "sources.csv" not in a.documents and not any("sources.csv" in s.path for s in a.last_build.skipped)
    # What is embedded keeps the title the text gives: editing the CSV never re-embeds.
    read = read_document(corpus / LETTER, root=corpus)
    contexts = {c.context.split(" | ")[0] for c in a.index.chunks if c.doc_id == LETTER}
    assert contexts == {read.title}
    # Passages and citations carry the link; a document without one has none.
    passages = a.search("one-to-one case supervision in Stoke", k=10, mode="bm25")
    assert {(p.doc_id, p.url) for p in passages if p.doc_id == LETTER} == {
        (LETTER, "https://example.org/letter")
    }
    assert all(p.url is None for p in passages if p.doc_id not in (LETTER, ARTICLE))
    answer = a.ask("What did the January 2022 monitoring visit find about dip sampling and supervision?")
    assert answer.citations and all(c.url == a.documents[c.doc_id].url for c in answer.citations)
    assert {"https://example.org/letter", "https://example.org/cc"} & {c.url for c in answer.citations}


def test_editing_the_csv_updates_metadata_and_re_embeds_nothing(tmp_path: Path) -> None:
    fake_settings = PREFIXED
    corpus = _corpus(tmp_path)
    _write_sources(corpus, [{"path": LETTER, "url": "https://example.org/old", "title": "Old title"}])
    first = _build(corpus, tmp_path, fake_settings)
    assert first.documents[LETTER].url == "https://example.org/old"

    _write_sources(corpus, [{"path": LETTER, "url": "https://example.org/new", "title": "New title"}])
    again = _build(corpus, tmp_path, fake_settings)
    r = again.last_build
    assert r is not None and not r.unchanged
    assert (r.parsed, r.embedded, r.metadata_updated) == (0, 0, 1)
    assert (again.documents[LETTER].url, again.documents[LETTER].title) == (
        "https://example.org/new",
        "New title",
    )
    assert again.search("supervision", k=3)[0].title in {d.title for d in again.documents.values()}

    # Removing the row restores what the text (and the .meta.json) said, exactly.
    (corpus / "sources.csv").unlink()
    gone = _build(corpus, tmp_path, fake_settings)
    assert gone.last_build is not None and gone.last_build.embedded == 0
    as_read_now = read_document(corpus / LETTER, root=corpus)
    assert gone.documents[LETTER] == replace(as_read_now, content_hash=gone.documents[LETTER].content_hash)
    unchanged = _build(corpus, tmp_path, fake_settings)
    assert unchanged.last_build is not None and unchanged.last_build.unchanged


def test_text_is_kept_where_it_is_more_exact() -> None:
    doc = Document(
        "a.txt",
        "Text",
        "Text",
        date="2021-03-04",
        extra={"inspection_start": "2019-07-08", "inspection_end": "2019-08-08"},
    )
    new = apply_entry(
        doc,
        Entry("x.csv:2", date="2021", inspection_start="2019-07-08", inspection_end="2019-07-12"),
    )
    assert new is doc, "a year-only date and a first-period-only inspection add nothing"
    later = apply_entry(doc, Entry("x.csv:2", date="2021-05-01", council="stoke-on-trent"))
    assert (later.date, later.authorities) == ("2021-05-01", ("Stoke-on-Trent",))
    assert as_read(later) == doc
    assert apply_entry(later, None) == doc


@pytest.mark.parametrize(
    ("content", "message"),
    [
        ("path,url,colour\na.txt,,red\n", "unknown column 'colour'"),
        ("url,title\nhttps://x.org,T\n", "no path column"),
        ("path,date\na.txt,31/31/2020\n", "line 2: date '31/31/2020' is not a date"),
        ("path,url\na.txt,ftp://x.org/a\n", "line 2: url 'ftp://x.org/a' does not start with http"),
        ("path,url\na.txt,https://x.org/a\na.txt,https://x.org/b\n", "line 3: a.txt is listed twice"),
    ],
)
def test_a_bad_csv_is_a_clear_error_and_the_index_stays(
    tmp_path: Path, fake_settings: Settings, content: str, message: str
) -> None:
    corpus = _corpus(tmp_path)
    before = _build(corpus, tmp_path, fake_settings)
    (corpus / "sources.csv").write_text(content, encoding="utf-8")
    with pytest.raises(DocumentError, match=message):
        _build(corpus, tmp_path, fake_settings)
    kept = Assistant.load(tmp_path / "ix", settings=fake_settings)
    assert kept.documents.keys() == before.documents.keys()


def test_the_nearer_sidecar_wins_and_a_file_given_alone_finds_its_own(tmp_path: Path) -> None:
    sub = tmp_path / "top" / "sub"
    sub.mkdir(parents=True)
    (sub / "a.txt").write_text("Some text about Leeds.", encoding="utf-8")
    _write_sources(tmp_path / "top", [{"path": "sub/a.txt", "url": "https://x.org/outer", "title": "Outer"}])
    _write_sources(sub, [{"path": "a.txt", "url": "https://x.org/inner"}])
    (entry,) = sidecar_entries(discover([tmp_path / "top"])).values()
    assert (entry.url, entry.title) == ("https://x.org/inner", "Outer")
    alone = sidecar_entries(discover([sub / "a.txt"]))
    assert alone["a.txt"].url == "https://x.org/inner"


def _ofsted_csv() -> Path:
    path = OFSTED / "ofsted_csc_ilacs_history.csv"
    if not path.is_file():
        pytest.skip("../shared/ofsted is not beside the project")
    return path


def test_the_ofsted_csv_names_every_report_in_the_real_folder() -> None:
    _ofsted_csv()
    entries = sidecar_entries(discover([OFSTED]))
    reports = sorted((OFSTED / "reports").glob("*/*.pdf"))
    with_url = [p for p in reports if (e := entries.get(p.relative_to(OFSTED).as_posix())) and e.url]
    assert len(with_url) == len(reports) == 497
    assert not any(k.startswith("focused-visits/") for k in entries), "the CSV lists reports only"
    assert all(e.url and e.url.startswith("https://files.ofsted.gov.uk/") for e in entries.values())


def test_real_reports_indexed_with_the_ofsted_csv_carry_its_links(
    tmp_path: Path, fake_settings: Settings
) -> None:
    source = _ofsted_csv()
    folder = tmp_path / "ofsted"
    for rel in OFSTED_SAMPLE[:3]:
        (folder / rel).parent.mkdir(parents=True, exist_ok=True)
        shutil.copy(OFSTED / rel, folder / rel)
    shutil.copy(source, folder / source.name)
    a = Assistant.from_corpus(folder, index_dir=tmp_path / "ix", settings=fake_settings)
    rows = read_ofsted_csv(folder / source.name)
    assert len(a.documents) == 3
    for doc_id, doc in a.documents.items():
        entry = rows[(folder / doc_id).resolve()]
        assert doc.url == entry.url and doc.url
        assert doc.date == entry.date and doc.authority == read_document(folder / doc_id).authority
        assert doc.extra["sidecar"]["source"].startswith("ofsted_csc_ilacs_history.csv:")


def test_an_incremental_build_after_an_edit_equals_a_fresh_one(tmp_path: Path) -> None:
    corpus = _corpus(tmp_path)
    _write_sources(corpus, [{"path": LETTER, "title": "Old", "council": "Leeds"}])
    _build(corpus, tmp_path, PREFIXED)
    _write_sources(corpus, [{"path": LETTER, "title": "New", "council": "Stoke-on-Trent", "date": "2022"}])
    incremental = _build(corpus, tmp_path, PREFIXED)
    fresh = Assistant.from_corpus(corpus, index_dir=tmp_path / "fresh", settings=PREFIXED)
    assert incremental.documents == fresh.documents
    assert [c.to_record() for c in incremental.index.chunks] == [c.to_record() for c in fresh.index.chunks]
    assert incremental.index.chunk_hashes == fresh.index.chunk_hashes

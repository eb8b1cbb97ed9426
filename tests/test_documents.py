"""documents.py: reading files into Documents, on the real corpus and PDFs."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from assistant.dates import parse_date
from assistant.documents import iter_documents, read_document
from assistant.errors import DocumentError
from assistant.formats import normalise_text, pdf_pages_to_text
from tests.conftest import CORPUS, OFSTED, ofsted_sample


def test_bundled_corpus_reads_with_sidecar_metadata() -> None:
    docs = {d.doc_id: d for d in iter_documents([CORPUS])}
    assert len(docs) == 5, "README.md and the .meta.json sidecars are not documents"
    letter = docs["ofsted-2022-01-31-stoke-monitoring-visit-letter.txt"]
    assert letter.date == "2022-01-31"
    assert letter.doc_type == "monitoring visit letter"
    assert letter.publisher == "Ofsted"
    assert letter.authorities == ("Stoke-on-Trent",)
    roundup = docs["community-care-2021-leicester-good-direct-work.txt"]
    assert roundup.authorities[0] == "Leicester"
    assert set(roundup.authorities) >= {"Trafford", "Blackpool", "Norfolk", "Kirklees"}


def test_text_keeps_the_documents_own_words() -> None:
    raw = (CORPUS / "community-care-2022-stoke-front-door-agency-staff.txt").read_text(encoding="utf-8")
    doc = read_document(CORPUS / "community-care-2022-stoke-front-door-agency-staff.txt")
    for line in raw.splitlines():
        if line.strip():
            assert " ".join(line.split()) in doc.text  # typographic quotes and dashes kept


def test_letter_date_is_derived_without_a_sidecar(tmp_path: Path) -> None:
    src = CORPUS / "ofsted-2022-01-31-stoke-monitoring-visit-letter.txt"
    copy = tmp_path / "letter.txt"
    copy.write_bytes(src.read_bytes())
    doc = read_document(copy)
    assert doc.date == "2022-01-31"
    assert doc.authority == "Stoke-on-Trent"
    assert doc.doc_type == "monitoring visit letter"


def test_sidecar_overrides_derived_metadata(tmp_path: Path) -> None:
    f = tmp_path / "note.txt"
    f.write_text("31 January 2022\n\nSome text about Warrington.", encoding="utf-8")
    (tmp_path / "note.txt.meta.json").write_text(json.dumps({"date": "2020-05", "title": "Mine"}))
    doc = read_document(f)
    assert (doc.date, doc.title, doc.authority) == ("2020-05", "Mine", "Warrington")


def test_markdown_and_html(tmp_path: Path) -> None:
    md = tmp_path / "a.md"
    md.write_text("# Heading\n\nSome **bold** [link](http://x) text.\n", encoding="utf-8")
    assert read_document(md).text == "Heading\n\nSome bold link text."
    page = tmp_path / "b.html"
    page.write_text(
        "<html><head><title>T</title><script>var x=1;</script></head>"
        "<body><h1>Title here</h1><p>First &amp; para.</p><p>Second</p></body></html>",
        encoding="utf-8",
    )
    doc = read_document(page)
    assert doc.title == "Title here"
    assert doc.text == "Title here\n\nFirst & para.\n\nSecond"


@pytest.mark.parametrize(
    ("content", "reason"),
    [(b"", "empty"), (b"\x00\x01\x02binary", "binary"), (b"%PDF-1.4 truncated", "PDF")],
)
def test_bad_files_raise_a_clear_error(tmp_path: Path, content: bytes, reason: str) -> None:
    name = "x.pdf" if reason == "PDF" else "x.txt"
    f = tmp_path / name
    f.write_bytes(content)
    with pytest.raises(DocumentError, match=reason if reason != "PDF" else "PDF"):
        read_document(f)


def test_a_broken_file_is_skipped_and_the_rest_read(tmp_path: Path) -> None:
    (tmp_path / "good.txt").write_text("Ofsted praised Bristol.", encoding="utf-8")
    (tmp_path / "bad.pdf").write_bytes(b"not a pdf at all")
    (tmp_path / "data.csv").write_text("a,b\n", encoding="utf-8")
    results = list(iter_documents([tmp_path]))
    docs = [r for r in results if hasattr(r, "text")]
    skipped = {r.path: r.reason for r in results if not hasattr(r, "text")}
    assert [d.doc_id for d in docs] == ["good.txt"]
    assert set(skipped) == {"bad.pdf", "data.csv"}
    assert "unsupported" in skipped["data.csv"]


def test_windows_1252_text_decodes(tmp_path: Path) -> None:
    f = tmp_path / "w.txt"
    f.write_bytes("Council’s “plan” – 2019".encode("cp1252"))
    assert read_document(f).text == "Council’s “plan” – 2019"


def test_normalise_text() -> None:
    assert normalise_text("a\u00a0\u00a0b\r\n\r\n\r\n\r\nc\u200b ") == "a b\n\nc"
    assert parse_date("Published 3rd March 2021") == "2021-03-03"


def test_pdf_joining_keeps_real_hyphens_and_rejoins_broken_words() -> None:
    pages = [
        "Header line\nThe council in Stoke-\non-Trent has a multi-\nagency hub for safe-\nguarding work.\n1",
        "Header line\nSafeguarding is a priority and the\nmulti-agency team meets daily.\n2",
        "Header line\nThe end of the report.\n3",
    ]
    text, starts = pdf_pages_to_text(pages)
    assert "Stoke-on-Trent" in text
    assert "multi-agency hub" in text
    assert "safeguarding work" in text  # "safeguarding" is spelt whole elsewhere
    assert "Header line" not in text
    assert "\n1" not in text and "daily. 2" not in text
    assert text[starts[1] :].startswith("Safeguarding is a priority and the multi-agency")


def test_a_short_wrapped_line_is_not_a_heading_when_its_sentence_goes_on() -> None:
    # PDF lines of twelve words or fewer look like headings; the next line
    # starting in lower case says the sentence runs on.
    pages = [
        "This letter summarises the findings of a focused visit to Warrington children's\n"
        "services on 31 January and 1 February 2018.\n"
        "Headline findings\n"
        "Social workers visit children regularly.",
    ]
    text, _ = pdf_pages_to_text(pages)
    assert "Warrington children's services on 31 January" in text
    assert "2018.\n\nHeadline findings\n\nSocial workers" in text


# ---------------------------------------------------------------- real PDFs


@pytest.fixture(scope="module")
def sample_docs():  # type: ignore[no-untyped-def]
    return [read_document(p, root=OFSTED) for p in ofsted_sample()]


def test_a_letterhead_drawn_last_does_not_cut_the_pages_last_sentence() -> None:
    folder = OFSTED / "focused-visits" / "80575_warrington"
    letter = folder / "children's services focused visit - 31 january 2022.pdf"
    if not letter.exists():
        pytest.skip("../shared/ofsted is not beside the project")
    text = read_document(letter, root=OFSTED).text
    assert "a recognition from senior leaders of the impact of the pandemic on the emotional" in text
    # The address block now comes before the letter, where it is printed.
    assert text.index("Piccadilly Gate") < text.index("Dear ")


def test_real_pdfs_drop_running_headers_and_page_numbers(sample_docs) -> None:  # type: ignore[no-untyped-def]
    leicester = next(d for d in sample_docs if "leicester" in d.doc_id)
    header = (
        "Inspection of Leicester City Council local authority children’s services 23 to 27 September 2024"
    )
    assert leicester.text.count(header) == 0
    assert len(leicester.page_starts) >= 10
    # Paragraph 6 starts on page 3 after a sentence carried over from page 2.
    i = leicester.text.index("6. Responses by the CASP")
    assert leicester.page_at(i) == 3
    assert "support that is needed. While there is a waiting list" in leicester.text


def test_real_pdfs_keep_hyphenated_names(sample_docs) -> None:  # type: ignore[no-untyped-def]
    text = " ".join(d.text for d in sample_docs)
    assert "Stoke-on-Trent" in text and "Stoke- on" not in text and "Stokeon" not in text
    assert "multi-agency" in text and "multiagency" not in text


def test_real_pdf_metadata(sample_docs) -> None:  # type: ignore[no-untyped-def]
    by_id = {d.doc_id: d for d in sample_docs}
    leicester = by_id["reports/80482_leicester/children's services inspection - 29 january 2025.pdf"]
    assert leicester.authority == "Leicester"
    assert leicester.doc_type == "inspection report"
    assert leicester.date == "2025-01-29"
    old = by_id["reports/80564_stoke-on-trent/children's services inspection - 12 august 2015.pdf"]
    assert old.authority == "Stoke-on-Trent"
    assert old.doc_type == "inspection report"
    for d in sample_docs:
        assert d.publisher == "Ofsted" and d.authority, d.doc_id


def test_page_starts_are_increasing_offsets(sample_docs) -> None:  # type: ignore[no-untyped-def]
    for d in sample_docs:
        assert d.page_starts[0] == 0
        assert list(d.page_starts) == sorted(d.page_starts)
        assert d.page_starts[-1] <= len(d.text)


def test_naming_ofsted_does_not_make_a_document_ofsteds(tmp_path: Path) -> None:
    """An uploaded article about Ofsted is not cited as "Ofsted document"; Ofsted's own letters are."""
    article = tmp_path / "article.txt"
    article.write_text(
        "Council rated inadequate\n\n"
        "Ofsted inspectors found that social workers in Leeds had high caseloads.\n",
        encoding="utf-8",
    )
    assert read_document(article).publisher is None
    letter = tmp_path / "letter.txt"
    letter.write_text(
        "Dear Ms Smith\n\nMonitoring visit to Leeds children's services\n\n"
        "This letter summarises the visit.\n\n"
        "Yours sincerely\n\nAnn Smith\nHis Majesty's Inspector\n",
        encoding="utf-8",
    )
    assert read_document(letter).publisher == "Ofsted"


@pytest.mark.parametrize(
    ("name", "title"),
    [
        (
            "80431_blackpool/children's services inspection - 17 january 2019.pdf",
            "Blackpool: Inspection of children’s social care services",
        ),
        (
            "80418_norfolk/children's services inspection - 19 january 2018.pdf",
            "Norfolk: Re-inspection of services for children in need of help and protection, "
            "children looked after and care leavers",
        ),
        (
            "80418_norfolk/children's services inspection,  pdf - 16 august 2013.pdf",
            "Norfolk: Inspection of looked after children services",
        ),
        (
            "80449_bradford/children's services inspection - 21 may 2026.pdf",
            "Inspection of Bradford Children and Families Trust",
        ),
        (
            "2733698_westmorland and furness/children's services inspection - 12 july 2024.pdf",
            "Inspection of Westmorland and Furness local authority children’s services",
        ),
    ],
)
def test_every_report_layout_is_typed_an_inspection_report(name: str, title: str) -> None:
    """Titles in each framework's wording, wrapped anywhere, make an inspection report with its council."""
    path = OFSTED / "reports" / name
    if not path.exists():
        pytest.skip("../shared/ofsted is not beside the project")
    doc = read_document(path, root=OFSTED)
    assert (doc.doc_type, doc.publisher, doc.title) == ("inspection report", "Ofsted", title)
    assert doc.authorities and doc.authorities[0] in title


@pytest.mark.parametrize(
    ("name", "council", "title"),
    [
        (
            "80564_stoke-on-trent/children's services focused visit - 13 november 2020.pdf",
            "Stoke-on-Trent",
            "Focused visit to Stoke-on-Trent children’s services",
        ),
        (
            "80573_trafford/children's services focused visit - 01 august 2024.pdf",
            "Trafford",
            "Focused visit to Trafford children’s services",
        ),
    ],
)
def test_a_letter_is_its_addressees_not_ofsteds_office(name: str, council: str, title: str) -> None:
    """Ofsted's letterhead (Piccadilly Gate, Manchester) opens these letters, or the date and addressee."""
    path = OFSTED / "focused-visits" / name
    if not path.exists():
        pytest.skip("../shared/ofsted is not beside the project")
    doc = read_document(path, root=OFSTED)
    assert (doc.authorities, doc.title, doc.doc_type) == ((council,), title, "focused visit letter")


def test_an_abbreviated_month_gives_the_inspection_period() -> None:
    """Bradford 2014: "Inspection date: 18 Feb 2014 – 12 March 2014"."""
    path = OFSTED / "reports" / "80449_bradford" / "children's services inspection - 23 may 2014.pdf"
    if not path.exists():
        pytest.skip("../shared/ofsted is not beside the project")
    doc = read_document(path, root=OFSTED)
    assert (doc.extra["inspection_start"], doc.extra["inspection_end"]) == ("2014-02-18", "2014-03-12")

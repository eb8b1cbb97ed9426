"""The original page in the chat's viewer (assistant/ui/pages.py, viewer.py), copied sources,
tables as CSV and uploads' dates: without a browser.

The quote's boxes are checked on real Ofsted PDFs (``../shared/ofsted``; skipped
without it) by geometry: the characters PDFium places inside the boxes drawn,
read in order, are the quote's.
"""

from __future__ import annotations

import csv
import io
import json
import random
import re
import shutil
from pathlib import Path

import pytest

from assistant import Assistant, Settings, ui
from assistant.answers import Answer, Citation, Table
from assistant.documents import Document, read_document
from assistant.ui.pages import Box, PageImages, align
from tests.conftest import CORPUS, ofsted_sample
from tests.test_bad_files import text_pdf

FAKE = Settings(embedding_model="hashing-64")
PDF_LINES = [
    "Quillbeck fostering panel minutes",
    "The panel met on 3 March 2021.",
    "Carers said the zephyrine allowance was paid late.",
    "The panel agreed to review the allowance in April.",
]


def _fold(text: str) -> str:
    import unicodedata

    return "".join(c for c in unicodedata.normalize("NFKC", text).casefold() if c.isalnum())


# -- align: the quote's characters on the page --------------------------------


def test_align_matches_across_line_breaks_hyphens_and_ligatures() -> None:
    page = list("Leaders have a clear\r\nunder-\r\nstanding of the eﬀective work.")
    hit = align(page, "a clear understanding of the effective work.")
    assert "".join(page[i] for i in hit) == "a clear\r\nunder-\r\nstanding of the eﬀective work."


def test_align_takes_the_occurrence_nearest_the_expected_place() -> None:
    page = list("Good. " * 3 + "filler " * 40 + "Good. end")
    early, late = align(page, "Good.", near=0.0), align(page, "Good.", near=1.0)
    assert early[0] == 0 and late[0] == len(page) - len("Good. end")


def test_align_is_empty_when_the_quote_is_not_on_the_page() -> None:
    assert align(list("Something else entirely."), "The zephyrine allowance was paid late.") == []
    assert align(list("abc"), "") == []


def _chars_inside(pdf_path: Path, page: int, boxes: tuple[Box, ...]) -> str:
    """The characters PDFium places inside ``boxes`` on ``page``, in reading order, folded."""
    import pypdfium2 as pdfium
    import pypdfium2.raw as raw

    pdf = pdfium.PdfDocument(str(pdf_path))
    try:
        p = pdf[page - 1]
        width, height = p.get_size()
        tp = p.get_textpage()
        out = []
        for i in range(tp.count_chars()):
            left, bottom, right, top = tp.get_charbox(i)
            x, y = (left + right) / 2 / width, 1 - (bottom + top) / 2 / height
            if any(b.left <= x <= b.left + b.width and b.top <= y <= b.top + b.height for b in boxes):
                out.append(chr(raw.FPDFText_GetUnicode(tp.raw, i)))
        tp.close()
    finally:
        pdf.close()
    return _fold("".join(out))


@pytest.mark.slow
def test_boxes_cover_the_quote_on_real_ofsted_pdfs(tmp_path: Path) -> None:
    rng = random.Random(17)
    pages = PageImages(tmp_path / "pages")
    checked = 0
    for path in ofsted_sample():
        doc = read_document(path)
        sentences = list(re.finditer(r"[A-Z][^.\n]{40,300}\.", doc.text))
        for m in rng.sample(sentences, min(6, len(sentences))):
            hits = pages.quote_hits(doc, m.start(), m.end())
            assert hits, (path.name, m.group(0))
            covered = "".join(_chars_inside(path, h.page, h.boxes) for h in hits)
            assert covered == _fold(m.group(0)), (path.name, m.group(0))
            checked += 1
    assert checked >= 20


# -- the page view ---------------------------------------------------------------


@pytest.fixture(scope="module")
def pdf_corpus(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("pdf-corpus")
    (folder / "quillbeck-minutes.pdf").write_bytes(text_pdf(PDF_LINES))
    side = {"url": "https://example.org/quillbeck-minutes.pdf"}
    (folder / "quillbeck-minutes.pdf.meta.json").write_text(json.dumps(side), encoding="utf-8")
    return folder


@pytest.fixture(scope="module")
def pdf_assistant(pdf_corpus: Path, tmp_path_factory: pytest.TempPathFactory) -> Assistant:
    index = tmp_path_factory.mktemp("pdf-index")
    return Assistant.from_corpus([CORPUS, pdf_corpus], index_dir=index, settings=FAKE)


def test_page_png_is_rendered_once_and_kept(pdf_assistant: Assistant, tmp_path: Path) -> None:
    from PIL import Image

    pages = PageImages(tmp_path)
    doc = pdf_assistant.document("quillbeck-minutes.pdf")
    png = pages.page_png(doc, 1)
    assert png is not None and png.parent.parent == tmp_path.resolve()
    with Image.open(png) as im:
        assert im.format == "PNG" and im.size == (1224, 1584)  # 612 x 792 points at 2x
    stamp = png.stat().st_mtime_ns
    assert pages.page_png(doc, 1) == png and png.stat().st_mtime_ns == stamp
    assert pages.page_png(doc, 2) is None and pages.page_png(doc, 0) is None


def test_viewer_shows_the_page_with_the_quote_boxed_a_download_and_the_link(
    pdf_assistant: Assistant, tmp_path: Path
) -> None:
    pages = PageImages(tmp_path)
    doc = pdf_assistant.document("quillbeck-minutes.pdf")
    start = doc.text.index("the zephyrine allowance")
    end = start + len("the zephyrine allowance was paid late.")
    out = ui.document_html(pdf_assistant, doc.doc_id, start, end, pages=pages)
    assert '<section class="page-view"' in out and 'alt="Page 1 of 1 of ' in out
    img = re.search(r'<img src="gradio_api/file=([^"]+)"', out)
    assert img is not None and Path(img.group(1)).is_file()
    boxes = re.findall(r'<span class="hl"[^>]*style="left:([\d.]+)%;top:([\d.]+)%', out)
    assert len(boxes) == 1  # one line of the page
    (hit,) = pages.quote_hits(doc, start, end)
    assert _chars_inside(pdf_corpus_file(pdf_assistant), 1, hit.boxes) == _fold(doc.text[start:end])
    download = re.search(r'<a class="pdf-download" href="gradio_api/file=([^"]+)" download="([^"]+)"', out)
    assert download is not None and download.group(2) == "quillbeck-minutes.pdf"
    assert Path(download.group(1).replace("%20", " ")).read_bytes() == Path(doc.path).read_bytes()
    assert 'href="https://example.org/quillbeck-minutes.pdf"' in out
    assert '<mark class="quote" id="doc-quote">the zephyrine allowance was paid late.</mark>' in out


def pdf_corpus_file(a: Assistant) -> Path:
    return Path(a.document("quillbeck-minutes.pdf").path)


def test_viewer_has_no_page_for_text_documents_or_changed_pdfs(
    pdf_assistant: Assistant, pdf_corpus: Path, tmp_path: Path
) -> None:
    pages = PageImages(tmp_path / "pages")
    text_doc = next(d for d in pdf_assistant.documents if d.endswith(".txt"))
    assert "page-view" not in ui.document_html(pdf_assistant, text_doc, pages=pages)
    doc = pdf_assistant.document("quillbeck-minutes.pdf")
    copy = tmp_path / "changed.pdf"
    shutil.copyfile(doc.path, copy)
    changed = Document(**{**doc.__dict__, "path": str(copy)})
    assert pages.has_pdf(changed)
    copy.write_bytes(text_pdf(["Another text altogether."]))
    assert not PageImages(tmp_path / "other").has_pdf(changed)  # the indexed content is gone


# -- copied sources, tables as CSV ---------------------------------------------------


def _citation(source: str, doc_id: str) -> Citation:
    return Citation(
        n=1,
        doc_id=doc_id,
        title="Stoke-on-Trent: Inspection of children's services",
        quote="Supervision is not regular.",
        start=0,
        end=27,
        page=4,
        date="2019-03-18",
        doc_type="inspection report",
        authority="Stoke-on-Trent",
        source=source,
        publisher="Ofsted",
    )


def test_copied_sources_give_the_url_or_the_file_name_never_a_server_path() -> None:
    path = "/home/someone/shared/ofsted/reports/80564_stoke-on-trent/inspection - 18 march 2019.pdf"
    doc_id = "reports/80564_stoke-on-trent/inspection - 18 march 2019.pdf"
    local = Answer("q", "“Supervision is not regular.” [1]", (_citation(path, doc_id),), True)
    text = local.plain_text()
    assert "/home/someone" not in text and "80564_stoke-on-trent" not in text
    assert text.rstrip().endswith("page 4. inspection - 18 march 2019.pdf")
    url = "https://reports.ofsted.gov.uk/provider/44/80564"
    online = Answer("q", "“Supervision is not regular.” [1]", (_citation(url, doc_id),), True)
    assert online.plain_text().rstrip().endswith(f"page 4. {url}")


def test_table_csv_holds_the_header_and_rows() -> None:
    table = Table(("Council", "Overall effectiveness", "Source"), (("Stoke-on-Trent", "Inadequate", "[1]"),))
    answer = Answer("q", "x", (), True, table=table)
    rows = list(csv.reader(io.StringIO(answer.table_csv() or "")))
    assert rows == [list(table.columns), list(table.rows[0])]
    assert Answer("q", "x", (), True).table_csv() is None


# -- uploads read like any document -------------------------------------------------


def test_an_upload_takes_its_date_from_its_name_or_its_text(tmp_path: Path) -> None:
    a = Assistant.from_corpus(CORPUS, index_dir=tmp_path / "index", settings=FAKE)
    named = tmp_path / "panel minutes - 12 august 2015.txt"
    named.write_text("Quillbeck panel minutes\n\nThe panel met and agreed the plan.\n", encoding="utf-8")
    letter = tmp_path / "letter.txt"
    letter.write_text(
        "22 June 2023 Theresa Leavy\n\nExecutive Director of People\n\nDear Ms Leavy\n\n"
        "Focused visit to Dorset children’s services\n\nThe visit found strong support for care leavers.\n",
        encoding="utf-8",
    )
    result = ui.add_uploads(a, [named, letter], tmp_path / "uploads")
    assert not result.rejected
    docs = {Path(d.doc_id).name: d for d in a.documents.values() if d.doc_id.count("/") == 1}
    assert docs["panel minutes - 12 august 2015.txt"].date == "2015-08-12"
    assert docs["panel minutes - 12 august 2015.txt"].title == "Quillbeck panel minutes"
    assert docs["letter.txt"].date == "2023-06-22"

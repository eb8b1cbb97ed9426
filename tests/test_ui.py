"""The functions behind the browser chat (assistant/ui/), without a browser.

The assistant is built once, on the bundled corpus, into a temporary index.
Answers' wording is not asserted (the answerer is being tuned): only their
structure: [n] markers, citations, the councils of the sources, escaping.
"""

from __future__ import annotations

import itertools
import re
from pathlib import Path

import pytest

from assistant import Assistant, ui
from assistant.documents import read_document
from assistant.errors import AssistantError, InvalidQueryError
from assistant.retrieval import Filters

CORPUS = Path(__file__).resolve().parents[1] / "corpus"
STOKE_QUESTION = "What did Ofsted say about Stoke's supervision?"
HOSTILE_TEXT = (
    "Marrowfield note <script>window.__xss=1</script>\n\n"
    "The Marrowfield safeguarding review says <script>window.__xss=1</script> and "
    '<img src=x onerror="window.__xss=2"> were found in the Marrowfield case recording system.\n'
)


@pytest.fixture(scope="module")
def workdir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return tmp_path_factory.mktemp("ui")


@pytest.fixture(scope="module")
def assistant(workdir: Path) -> Assistant:
    return Assistant.from_corpus(CORPUS, index_dir=workdir / "index")


@pytest.fixture(scope="module")
def hostile_doc(assistant: Assistant, workdir: Path) -> str:
    """A document holding markup, uploaded and indexed; its doc id."""
    src = workdir / "marrowfield-note.txt"
    src.write_text(HOSTILE_TEXT, encoding="utf-8")
    result = ui.add_uploads(assistant, [src], workdir / "uploads")
    assert [name for name, _ in result.indexed] == ["marrowfield-note.txt"], result.rejected
    (doc_id,) = [d for d, doc in assistant.documents.items() if "Marrowfield" in doc.text]
    return doc_id


def _no_markup_from(text: str, html_out: str) -> None:
    """None of the hostile markup reaches the HTML as markup."""
    assert "<script" not in html_out
    assert "<img" not in html_out
    assert 'onerror="' not in html_out


# -- escaping ---------------------------------------------------------------


def test_answer_html_escapes_document_text_and_links_markers() -> None:
    text = '**Letter** (Stoke): “<script>window.__xss=1</script> <img src=x onerror="window.__xss=2">” [1][2]'
    out = ui.answer_html(text, {1, 2})
    _no_markup_from(text, out)
    assert "&lt;script&gt;window.__xss=1&lt;/script&gt;" in out
    assert "&lt;img src=x onerror=&quot;window.__xss=2&quot;&gt;" in out
    assert '<a class="cite" href="#source-1-1"' in out and '<a class="cite" href="#source-1-2"' in out
    assert "<strong>Letter</strong>" in out


def test_answer_html_leaves_unknown_markers_as_text() -> None:
    out = ui.answer_html("“a quote with a footnote [7]” [1]", {1})
    assert 'href="#source-1-7"' not in out and "[7]" in out
    assert 'href="#source-1-1"' in out


def test_answer_steps_grow_quote_by_quote_to_the_whole_text() -> None:
    text = "**A**: “one.” [1] “two.” [2]\n\n**B**: “three.” [3]"
    steps = ui.answer_steps(text)
    assert steps[-1] == text
    assert len(steps) >= 3
    assert all(b.startswith(a) for a, b in itertools.pairwise(steps))


def test_markup_in_a_document_is_shown_as_text(assistant: Assistant, hostile_doc: str) -> None:
    doc = assistant.document(hostile_doc)
    start = doc.text.index("<img")
    out = ui.document_html(assistant, hostile_doc, start, start + len('<img src=x onerror="window.__xss=2">'))
    _no_markup_from(doc.text, out)
    assert "&lt;script&gt;window.__xss=1&lt;/script&gt;" in out
    marked = '<mark class="quote" id="doc-quote">&lt;img src=x onerror=&quot;window.__xss=2&quot;&gt;</mark>'
    assert marked in out


def test_chat_about_a_hostile_document_escapes_it(assistant: Assistant, hostile_doc: str) -> None:
    turns = list(ui.chat_turn(assistant, "What did the Marrowfield safeguarding review find?", [], []))
    last = turns[-1]
    assert last.sources is not None
    assert "Marrowfield" in last.sources
    for html_out in (last.sources, last.chat[-1]["content"]):
        _no_markup_from(HOSTILE_TEXT, html_out)
    assert "&lt;script&gt;" in last.sources


def test_a_hostile_question_is_escaped(assistant: Assistant) -> None:
    turns = list(ui.chat_turn(assistant, '<img src=x onerror="window.__xss=3"> supervision', [], []))
    for t in turns:
        _no_markup_from("", t.chat[0]["content"])
        assert t.chat[0]["content"].startswith("<p>&lt;img")


# -- the document viewer ----------------------------------------------------


@pytest.mark.parametrize(
    "doc_id",
    [
        "../../etc/passwd",
        "/etc/passwd",
        "corpus/../../../etc/passwd",
        str(CORPUS / "README.md"),
        "no-such-document.txt",
        "",
        None,
        42,
    ],
)
def test_document_viewer_refuses_anything_but_an_indexed_id(assistant: Assistant, doc_id: object) -> None:
    out = ui.document_html(assistant, doc_id)
    assert out.startswith('<div class="notice" role="alert">')
    assert "root:" not in out and "doc-text" not in out


def test_document_viewer_highlights_the_quote(assistant: Assistant) -> None:
    answer = assistant.ask(STOKE_QUESTION)
    c = answer.citations[0]
    out = ui.document_html(assistant, c.doc_id, c.start, c.end)
    assert out.count("<mark") == 1
    marked = re.search(r"<mark[^>]*>(.*?)</mark>", out, re.S)
    assert marked is not None and marked.group(1) == ui.esc(c.quote)
    # offsets out of range open the document without a highlight
    assert "<mark" not in ui.document_html(assistant, c.doc_id, -5, 10**9)


def test_open_span_checks_the_index(assistant: Assistant) -> None:
    doc_id = next(iter(assistant.documents))
    spans = [(doc_id, 0, 10)]
    assert "<mark" in ui.open_span(assistant, spans, 0)
    for bad in (1, -1, "x", None, "../../etc/passwd"):
        assert ui.open_span(assistant, spans, bad).startswith('<div class="notice"')


# -- uploads -----------------------------------------------------------------


@pytest.mark.parametrize(
    ("name", "content", "reason"),
    [
        ("report.pdf", b"this is not a pdf at all", "does not start with %PDF"),
        ("notes.txt", b"text with a \x00 NUL byte", "NUL"),
        ("notes.md", b"%PDF-1.7 binary", "is a PDF"),
        ("notes.txt", bytes(range(1, 32)) * 50, "control characters"),
        ("tool.exe", b"MZ\x90\x00", "unsupported file type .exe"),
        ("noext", b"hello there", "unsupported file type (none)"),
        ("empty.txt", b"", "empty"),
        ("blank.html", b"   \n\n  ", "no text"),
    ],
)
def test_check_upload_rejects_by_content(tmp_path: Path, name: str, content: bytes, reason: str) -> None:
    path = tmp_path / name
    path.write_bytes(content)
    got = ui.check_upload(path)
    assert got is not None and reason in got


@pytest.mark.parametrize(
    ("name", "content"),
    [
        ("report.pdf", b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n"),
        ("notes.txt", "Café — children’s services\n".encode()),
        ("notes.md", "# Heading\n\nText in Windows-1252: caf\xe9".encode("cp1252")),
        ("page.html", b"<html><body><p>Text</p></body></html>"),
    ],
)
def test_check_upload_accepts_real_types(tmp_path: Path, name: str, content: bytes) -> None:
    path = tmp_path / name
    path.write_bytes(content)
    assert ui.check_upload(path) is None


def test_check_upload_accepts_what_the_reader_reads(tmp_path: Path) -> None:
    """Text that is neither UTF-8 nor Windows-1252 (0x81, 0x90 are undefined there) reads as Latin-1."""
    path = tmp_path / "notes.txt"
    path.write_bytes(b"Caf\xe9 notes \x81 from the \x90 panel\n")
    assert ui.check_upload(path) is None
    assert "panel" in read_document(path).text


def test_check_upload_limits_size(tmp_path: Path) -> None:
    path = tmp_path / "big.txt"
    with open(path, "wb") as f:
        f.truncate(ui.MAX_UPLOAD_BYTES + 1)
    assert "limit" in (ui.check_upload(path) or "")


def test_add_uploads_indexes_good_files_and_says_why_others_are_not(
    assistant: Assistant, tmp_path: Path, workdir: Path
) -> None:
    good = tmp_path / "quillbeck.txt"
    good.write_text(
        "Quillbeck panel minutes\n\nThe Quillbeck fostering panel raised the zephyrine "
        "allowance for kinship carers to 417 pounds a week.\n",
        encoding="utf-8",
    )
    fake = tmp_path / "fake.pdf"
    fake.write_bytes(b"<html>not a pdf</html>")
    broken = tmp_path / "broken.pdf"
    broken.write_bytes(b"%PDF-1.4\nthis is not really a PDF\n")
    uploads = workdir / "uploads"
    seen: list[str] = []
    result = ui.add_uploads(
        assistant, [good, fake, broken], uploads, progress=lambda stage, done, total: seen.append(stage)
    )
    assert [n for n, _ in result.indexed] == ["quillbeck.txt"]
    rejected = dict(result.rejected)
    assert set(rejected) == {"fake.pdf", "broken.pdf"}
    assert "%PDF" in rejected["fake.pdf"]
    assert rejected["broken.pdf"]  # the reader's own reason
    assert "embed" in seen
    # each kept under its own name in a folder of a generated name; rejected files are not kept
    kept = [p.relative_to(uploads).as_posix() for p in uploads.rglob("*") if p.is_file()]
    assert any(re.fullmatch(r"[0-9a-f]{12}/quillbeck\.txt", k) for k in kept)
    assert all(re.fullmatch(r"[0-9a-f]{12}/[\w.-]+\.txt", k) for k in kept), kept
    assert all(any(d.iterdir()) for d in uploads.iterdir())  # no empty folder left behind
    # searchable at once
    passages = assistant.search("zephyrine allowance kinship carers", k=3)
    assert any("zephyrine" in p.text for p in passages)
    assert "quillbeck.txt" in result.html() and "fake.pdf" in result.html()


def test_add_uploads_limits_the_count(assistant: Assistant, tmp_path: Path) -> None:
    paths = []
    for i in range(ui.MAX_UPLOAD_FILES + 1):
        p = tmp_path / f"n{i}.txt"
        p.write_text(f"note {i}")
        paths.append(p)
    result = ui.add_uploads(assistant, paths, tmp_path / "uploads")
    assert not result.indexed and "at most" in result.rejected[0][1]
    assert not (tmp_path / "uploads").exists() or not any((tmp_path / "uploads").iterdir())


# -- the chat ----------------------------------------------------------------


def test_chat_turn_streams_an_answer_with_citations(assistant: Assistant) -> None:
    turns = list(ui.chat_turn(assistant, STOKE_QUESTION, [], []))
    assert len(turns) >= 3  # the pending message, then the answer growing
    assert "pending" in turns[0].chat[-1]["content"]
    last = turns[-1]
    assert last.answer is not None and last.answer.citations
    numbers = [c.n for c in last.answer.citations]
    content = last.chat[-1]["content"]
    for n in numbers:
        assert f'href="#source-1-{n}"' in content
        assert f'id="source-1-{n}"' in (last.sources or "")
    assert len(last.spans or []) == len(numbers)
    assert (last.sources or "").count("<mark>") == len(numbers)
    assert last.questions == [STOKE_QUESTION]
    assert "Sources:" in (last.plain or "") and "[1]" in (last.plain or "")
    assert {c.authority for c in last.answer.citations} == {"Stoke-on-Trent"}


def test_chat_turn_passes_earlier_questions_as_history(assistant: Assistant) -> None:
    first = list(ui.chat_turn(assistant, STOKE_QUESTION, [], []))[-1]
    follow = list(
        ui.chat_turn(
            assistant,
            "and what about in 2022?",
            first.chat,
            first.questions,
            sections=first.sections,
            spans=first.spans,
        )
    )[-1]
    assert follow.answer is not None
    assert follow.answer.authorities == ("Stoke-on-Trent",)
    assert follow.questions == [STOKE_QUESTION, "and what about in 2022?"]
    assert len(follow.chat) == 4
    # Both answers' markers link to their own answer's cards, all kept in the panel;
    # the newest answer's are shown, each under the question it answers.
    assert first.answer is not None
    panel = follow.sources or ""
    for c in first.answer.citations:
        assert f'href="#source-1-{c.n}"' in follow.chat[1]["content"]
        assert f'id="source-1-{c.n}"' in panel
    for c in follow.answer.citations:
        assert f'href="#source-2-{c.n}"' in follow.chat[3]["content"]
        assert f'id="source-2-{c.n}"' in panel
    assert '<section class="answer-sources" id="answer-1-sources" data-answer="1" hidden>' in panel
    assert '<section class="answer-sources" id="answer-2-sources" data-answer="2">' in panel
    assert panel.index("and what about in 2022?") > panel.index("answer-2-sources")
    # each card's button opens its own span of the conversation's list of spans
    assert follow.spans is not None and len(follow.spans) == len(first.answer.citations) + len(
        follow.answer.citations
    )
    last_card = follow.answer.citations[-1]
    assert follow.spans[-1] == (last_card.doc_id, last_card.start, last_card.end)
    assert f'data-i="{len(follow.spans) - 1}"' in panel


def test_chat_turn_applies_the_council_filter(assistant: Assistant) -> None:
    last = list(
        ui.chat_turn(
            assistant, "What did inspectors say about social work assessments?", [], [], council="Warrington"
        )
    )[-1]
    assert last.answer is not None
    councils = {c.authority for c in last.answer.citations} or {p.authority for p in last.answer.passages}
    assert councils == {"Warrington"}
    assert "council Warrington" in (last.sources or "")


@pytest.mark.parametrize(
    ("kwargs", "message"),
    [
        ({"council": "Narnia"}, "Narnia"),
        ({"date_from": "yesterday"}, "YYYY"),
        ({"mode": "psychic"}, "psychic"),
    ],
)
def test_chat_turn_shows_user_errors_in_the_chat(assistant: Assistant, kwargs: dict, message: str) -> None:
    last = list(ui.chat_turn(assistant, STOKE_QUESTION, [], [], **kwargs))[-1]
    content = last.chat[-1]["content"]
    assert 'class="error"' in content and message in content and "Traceback" not in content
    assert last.questions == []


def test_a_refused_question_is_kept_with_its_reason(assistant: Assistant) -> None:
    question = "How do councils supervise social workers? " * 60  # over the 2,000-character limit
    last = list(ui.chat_turn(assistant, question, [], []))[-1]
    assert last.keep_question and last.answer is None
    assert "limit" in last.chat[-1]["content"] and 'class="error"' in last.chat[-1]["content"]
    assert last.questions == [] and last.sections is None  # the conversation is unchanged
    ok = list(ui.chat_turn(assistant, STOKE_QUESTION, [], []))[-1]
    assert not ok.keep_question


def test_sources_panel_shows_the_newest_answer_and_keeps_the_others() -> None:
    assert ui.sources_panel([]) == ui.render.EMPTY_SOURCES
    panel = ui.sources_panel(["<p>first</p>", "<p>second</p>"])
    assert panel.count("<section") == 2 and panel.count(" hidden>") == 1
    assert '<section class="answer-sources" id="answer-1-sources" data-answer="1" hidden>' in panel
    assert "Answer 2 of 2</p>" in panel and panel.endswith("<p>second</p></section>")
    # each section has buttons to the others' sources; its own is marked current
    assert panel.count('class="show-answer"') == 4 and panel.count("aria-current") == 2
    assert ui.sources_panel(["<p>only</p>"]).count("show-answer") == 0


def test_unanswered_question_lists_related_passages(assistant: Assistant) -> None:
    answer = assistant.ask("What did Ofsted say about Birmingham's caseloads?")
    assert not answer.answered, "the bundled corpus has no report on Birmingham: expected an abstention"
    panel, spans = ui.sources_html(assistant, answer)
    assert "No source states an answer" in panel
    assert len(spans) == len(answer.passages)


# -- API, filters, app -----------------------------------------------------------


def test_ask_json_and_search_json(assistant: Assistant) -> None:
    out = ui.ask_json(
        assistant, "Which council hired a clinical psychologist as a life coach?", council="Warrington"
    )
    assert out["answered"] and out["citations"]
    assert "[1]" in out["plain_text"] and "Sources:" in out["plain_text"]
    assert {c["authority"] for c in out["citations"]} == {"Warrington"}
    hits = ui.search_json(assistant, "supervision", k=3, council="Stoke")
    assert len(hits) == 3 and {h["authority"] for h in hits} == {"Stoke-on-Trent"}
    assert {"doc_id", "title", "text", "start", "end", "page", "date"} <= set(hits[0])


def test_ui_filters() -> None:
    assert ui.ui_filters("", "", " ", None) is None
    assert ui.ui_filters(" Warrington", "news article", "2021", "2022-02 ") == Filters(
        authority="Warrington", doc_type="news article", date_from="2021", date_to="2022-02"
    )
    # checked by Filters itself: the same message as the library's and the CLI's
    with pytest.raises(InvalidQueryError, match="date_to '2022/01/01' is not a date"):
        ui.ui_filters(date_to="2022/01/01")


def test_parse_auth() -> None:
    assert ui.parse_auth(None) is None
    assert ui.parse_auth("ofsted:s3cret:x") == ("ofsted", "s3cret:x")
    for bad in ("nopassword", ":x", "user:"):
        with pytest.raises(AssistantError):
            ui.parse_auth(bad)


def test_build_app_names_its_api_endpoints(assistant: Assistant, workdir: Path) -> None:
    demo = ui.build_app(assistant, upload_dir=workdir / "uploads")
    public = {f.api_name for f in demo.fns.values() if f.api_visibility == "public"}
    assert public == {"ask", "search"}
    # the upload handler has a name (for bench/load.py) but stays out of the API docs
    undocumented = {f.api_name for f in demo.fns.values() if f.api_visibility == "undocumented"}
    assert undocumented == {"add_documents"}


# -- judgements across reports, shown as a table ------------------------------


def _report_text(council: str, dates: str, grade: str) -> str:
    return (
        f"Inspection of {council} local authority children’s services\n\n"
        f"Inspection dates: {dates}\n\nLead inspector: Ann <b>Smith</b> HMI\n\n"
        f"Judgement Grade\n\nOverall effectiveness {grade}\n\n{council} has work to do.\n"
    )


def test_judgement_answers_are_a_table_in_the_chat(tmp_path: Path) -> None:
    from assistant import Settings

    corpus = tmp_path / "reports"
    corpus.mkdir()
    (corpus / "stoke-2019.txt").write_text(
        _report_text("Stoke-on-Trent", "4 to 15 February 2019", "Inadequate"), encoding="utf-8"
    )
    (corpus / "leeds-2019.txt").write_text(
        _report_text("Leeds", "1 to 5 April 2019", "Outstanding"), encoding="utf-8"
    )
    a = Assistant.from_corpus(
        corpus, index_dir=tmp_path / "ix", settings=Settings(embedding_model="hashing-64")
    )
    turns = list(ui.chat_turn(a, "Which councils were rated inadequate in 2019?", [], []))
    final = turns[-1]
    assert final.answer is not None and final.answer.table is not None
    out = final.chat[-1]["content"]
    assert out.count('<table class="judgements">') == 1
    assert "<td>Stoke-on-Trent</td>" in out and "Leeds" not in out
    assert '<a class="cite" href="#source-1-1"' in out
    assert "Overall effectiveness Inadequate" in out  # the row as the report words it
    assert len(turns) == 2  # "Searching…", then the whole table: not streamed row by row
    # A lead inspector's name is document text: escaped in the table like everywhere else.
    turns = list(ui.chat_turn(a, "Who was the lead inspector at Stoke-on-Trent?", [], []))
    out = turns[-1].chat[-1]["content"]
    assert "&lt;b&gt;Smith&lt;/b&gt;" in out and "<b>Smith" not in out

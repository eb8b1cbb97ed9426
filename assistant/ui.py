"""``assistant ui``: the chat in the browser (Gradio 6).

The page is a chat whose answers are the documents' own words, each quote
followed by [n] markers that link to its source. Beside the chat, the
*Sources* tab shows for each [n] the title, publisher, document type,
council, date and page, with the quote highlighted inside its passage; the
*Document* tab opens the whole document with the quote highlighted and
scrolled to. Filters (council, document type, dates, retrieval mode) apply
to the next question; uploaded files (txt, md, html, pdf) are indexed at once
and rejected ones say why; the answer and its sources can be copied as plain
text for a report. Two API endpoints, ``/ask`` and ``/search``, serve
``gradio_client`` (see docs/ui.md).

Safety: every piece of document text put into HTML goes through
``html.escape`` (``esc``), so a document holding ``<script>`` shows those
characters as text; the chat renders our HTML without Markdown; the viewer
serves only indexed documents, by id, through ``Assistant.document``.

This module only calls the ``Assistant`` API; it holds no retrieval logic.
Gradio is imported inside ``build_app`` and ``launch`` only, so that
``launch`` can load the index and the embedding model while Gradio imports.
"""

import html
import ipaddress
import itertools
import logging
import os
import re
import shutil
import threading
import time
import uuid
from collections.abc import Callable, Iterator, Sequence
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from assistant.answers import Answer, Table
from assistant.api import Assistant
from assistant.authorities import GAZETTEER
from assistant.config import MODES, Settings
from assistant.dates import format_date
from assistant.errors import AssistantError, InvalidQueryError
from assistant.retrieval import Passage, validate_k

if TYPE_CHECKING:  # imported lazily at run time (see the module docstring)
    import gradio as gr

log = logging.getLogger("assistant.ui")

TITLE = "Ofsted inspection documents assistant"
EXAMPLES: tuple[str, ...] = (
    "What did Ofsted say about Stoke's supervision?",
    "Which council hired a clinical psychologist as a life coach?",
    "What did the January 2022 monitoring visit find at Stoke-on-Trent's front door?",
    "Why did Leicester improve to good?",
)
UPLOAD_SUFFIXES: tuple[str, ...] = (".txt", ".md", ".markdown", ".html", ".htm", ".pdf")
MAX_UPLOAD_BYTES = 20 * 2**20  # per file; Gradio refuses larger uploads too (launch's max_file_size)
MAX_UPLOAD_FILES = 20  # per click of "Index these files"
MAX_STORED_UPLOADS = 1_000  # uploaded files kept in all; more is a job for `assistant index`
QUESTION_SHOWN_CHARS = 500  # a longer question is shortened where the chat echoes it
STREAM_DELAY = 0.04  # seconds between streamed quotes
CONTEXT_CHARS = 300  # passage text shown either side of a quote in a source card
RELATED_CHARS = 600  # passage text shown for a "possibly related" passage
_ISO_PREFIX = re.compile(r"\d{4}(-\d{2}(-\d{2})?)?")
_MARKERS = re.compile(r"(?:\[\d+\])+")
_BOLD = re.compile(r"\*\*(.+?)\*\*")

Span = tuple[str, int, int]  # (doc_id, start, end) a source card can open
Progress = Callable[[str, int, int], None]

EMPTY_SOURCES = (
    '<div class="empty-panel"><p><strong>Sources appear here.</strong></p>'
    "<p>Each [n] in an answer has a card: the document's title, publisher, type, council, date and "
    "page, and the quote highlighted in its passage. <em>Open the document at this quote</em> shows "
    "the whole document.</p></div>"
)
EMPTY_VIEWER = (
    '<div class="empty-panel"><p><strong>No document open.</strong></p>'
    "<p>Open one from a source card, or choose an indexed document above.</p></div>"
)
CHAT_PLACEHOLDER = (
    "<strong>Ask about Ofsted inspections of children's services.</strong><br>"
    "Answers quote the indexed documents word for word; each [n] leads to its source."
)


# --------------------------------------------------------------------------
# Escaping and the answer as HTML


def esc(text: object) -> str:
    """``text`` escaped for HTML text and attribute values (``None`` -> "")."""
    return html.escape("" if text is None else str(text), quote=True)


def _markers_html(group: str, numbers: set[int]) -> str:
    nums = [int(n) for n in re.findall(r"\d+", group)]
    if not nums or any(n not in numbers for n in nums):
        return group  # not one of this answer's markers: leave the (escaped) text
    return "".join(f'<a class="cite" href="#source-{n}" title="Source {n}">[{n}]</a>' for n in nums)


def _inline_html(line: str, numbers: set[int]) -> str:
    out = _BOLD.sub(r"<strong>\1</strong>", esc(line))
    return _MARKERS.sub(lambda m: _markers_html(m.group(0), numbers), out)


def answer_html(text: str, numbers: set[int] | Sequence[int] = ()) -> str:
    """The answer's Markdown as safe HTML.

    All text is escaped; only ``**bold**``, ``- `` list lines, paragraphs and
    the [n] markers of ``numbers`` (links to ``#source-n``) become markup.

    >>> answer_html('**Letter**: “<b>x</b>” [1]', {1})  # doctest: +NORMALIZE_WHITESPACE
    '<p><strong>Letter</strong>: “&lt;b&gt;x&lt;/b&gt;”
     <a class="cite" href="#source-1" title="Source 1">[1]</a></p>'
    """
    nums = set(numbers)
    return "".join(_block_html(block, nums) for block in re.split(r"\n\s*\n", text.strip()))


def _block_html(block: str, numbers: set[int]) -> str:
    """One paragraph of the answer: lines joined by <br>, ``- `` lines as a list."""
    out: list[str] = []
    run: list[str] = []  # consecutive lines of one kind
    in_list = False
    for line in (ln.strip() for ln in block.split("\n")):
        if not line:
            continue
        is_item = line.startswith(("- ", "* "))
        if run and is_item != in_list:
            out.append(_run_html(run, in_list))
            run = []
        in_list = is_item
        run.append(_inline_html(line[2:] if is_item else line, numbers))
    if run:
        out.append(_run_html(run, in_list))
    return "".join(out)


def _run_html(run: list[str], as_list: bool) -> str:
    if as_list:
        return "<ul>" + "".join(f"<li>{item}</li>" for item in run) + "</ul>"
    return "<p>" + "<br>".join(run) + "</p>"


def table_html(table: Table, numbers: set[int] | Sequence[int] = ()) -> str:
    """An answer's table (judgements across reports) as safe HTML.

    Every cell is escaped; [n] markers of ``numbers`` become links.

    >>> out = table_html(Table(("Council", "Source"), (("<Leeds>", "[1]"),), caption="Good"), {1})
    >>> out.count("<tr>"), "<td>&lt;Leeds&gt;</td>" in out, '<a class="cite" href="#source-1"' in out
    (2, True, True)
    """
    nums = set(numbers)
    caption = f"<caption>{esc(table.caption)}</caption>" if table.caption else ""
    head = "".join(f"<th>{esc(c)}</th>" for c in table.columns)
    body = "".join(
        "<tr>" + "".join(f"<td>{_inline_html(str(cell), nums)}</td>" for cell in row) + "</tr>"
        for row in table.rows
    )
    return f'<table class="judgements">{caption}<thead><tr>{head}</tr></thead><tbody>{body}</tbody></table>'


def table_answer_html(answer: Answer) -> str:
    """A judgements answer in the chat: the table, then the rows quoted as the reports word them."""
    assert answer.table is not None
    numbers = {c.n for c in answer.citations}
    return (
        table_html(answer.table, numbers)
        + '<details class="quoted-rows"><summary>The rows as the reports word them</summary>'
        + answer_html(answer.text, numbers)
        + "</details>"
    )


def answer_steps(text: str) -> list[str]:
    """Growing prefixes of ``text``, one more quote (or line) each: what the chat streams."""
    cuts = {m.end() for m in _MARKERS.finditer(text)}
    cuts |= {m.start() for m in re.finditer(r"\n", text)}
    cuts.add(len(text))
    return [text[:c] for c in sorted(c for c in cuts if c > 0)]


# --------------------------------------------------------------------------
# Sources and the document viewer


def _trim_left(text: str, limit: int) -> str:
    if len(text) <= limit:
        return text
    cut = text[-limit:]
    space = cut.find(" ")
    return "…" + (cut[space + 1 :] if 0 <= space < 40 else cut)


def _trim_right(text: str, limit: int) -> str:
    if len(text) <= limit:
        return text
    cut = text[:limit]
    space = cut.rfind(" ")
    return (cut[:space] if space > limit - 40 else cut) + "…"


def quote_context(
    assistant: Assistant, doc_id: str, start: int, end: int, passages: Sequence[Passage] = ()
) -> tuple[str, str, str]:
    """(before, quote, after): the quote with its passage around it, trimmed."""
    text = assistant.document_text(doc_id)
    lo, hi = max(0, start - CONTEXT_CHARS), min(len(text), end + CONTEXT_CHARS)
    for p in passages:
        if p.doc_id == doc_id and p.start <= start and end <= p.end:
            lo, hi = p.start, p.end
            break
    return (
        _squeeze(_trim_left(text[lo:start], CONTEXT_CHARS)),
        text[start:end],
        _squeeze(_trim_right(text[end:hi], CONTEXT_CHARS)),
    )


def _squeeze(text: str) -> str:
    """Blank lines as single line breaks: a passage reads compactly in a card."""
    return re.sub(r"\n\s*\n", "\n", text)


def _meta_html(
    publisher: str | None, doc_type: str | None, council: str | None, date: str | None, page: str | None
) -> str:
    rows = [
        ("Publisher", publisher or "unknown"),
        ("Type", doc_type or "document"),
        ("Council", council or "not stated"),
        ("Date", format_date(date)),
    ]
    if page:
        rows.append(("Page", page))
    return '<dl class="meta">' + "".join(f"<dt>{k}</dt><dd>{esc(v)}</dd>" for k, v in rows) + "</dl>"


def _link_html(source: str | None) -> str:
    if source and re.match(r"https?://", source):
        return (
            f'<a class="source-link" href="{esc(source)}" target="_blank" '
            f'rel="noopener noreferrer nofollow">{esc(source)}</a>'
        )
    return ""


def _open_button(i: int, doc_id: str, label: str) -> str:
    return f'<button type="button" class="open-doc" data-i="{i}" data-doc="{esc(doc_id)}">{label}</button>'


def filters_summary(filters: dict[str, Any] | None, mode: str | None) -> str:
    """'council Warrington, from 2021' -style text of the filters used."""
    f = filters or {}
    parts = []
    if f.get("authority"):
        parts.append(f"council {f['authority']}")
    if f.get("doc_type"):
        parts.append(f"type {f['doc_type']}")
    if f.get("date_from"):
        parts.append(f"from {f['date_from']}")
    if f.get("date_to"):
        parts.append(f"to {f['date_to']}")
    if mode:
        parts.append(f"{mode} retrieval")
    return ", ".join(parts)


def sources_html(assistant: Assistant, answer: Answer, *, filters: str = "") -> tuple[str, list[Span]]:
    """The Sources panel for ``answer`` and the spans its buttons open (by index)."""
    spans: list[Span] = []
    head = f'<p class="sources-for">Sources for <q>{esc(answer.question)}</q>'
    head += f' <span class="filters">({esc(filters)})</span></p>' if filters else "</p>"
    cards = [head]
    for c in answer.citations:
        before, quote, after = quote_context(assistant, c.doc_id, c.start, c.end, answer.passages)
        spans.append((c.doc_id, c.start, c.end))
        cards.append(
            f'<article class="source" id="source-{c.n}">'
            f'<h4><span class="n">[{c.n}]</span> {esc(c.title)}</h4>'
            + _meta_html(c.publisher, c.doc_type, c.authority, c.date, str(c.page))
            + f'<blockquote class="passage">{esc(before)}<mark>{esc(quote)}</mark>{esc(after)}</blockquote>'
            + '<div class="actions">'
            + _open_button(len(spans) - 1, c.doc_id, "Open the document at this quote")
            + _link_html(c.source)
            + "</div></article>"
        )
    if not answer.citations:
        cards.append('<p class="no-sources">No source states an answer to this question.</p>')
        if answer.passages:
            cards.append('<p class="related-head">Possibly related passages:</p>')
        for i, p in enumerate(answer.passages, start=1):
            spans.append((p.doc_id, p.start, p.end))
            pages = str(p.page) if p.page == (p.page_end or p.page) else f"{p.page}–{p.page_end}"
            cards.append(
                f'<article class="source related" id="related-{i}">'
                f"<h4>{esc(p.title)}</h4>"
                + _meta_html(p.publisher, p.doc_type, p.authority, p.date, pages)
                + f'<blockquote class="passage">{esc(_trim_right(p.text, RELATED_CHARS))}</blockquote>'
                + '<div class="actions">'
                + _open_button(len(spans) - 1, p.doc_id, "Open the document here")
                + _link_html(p.source)
                + "</div></article>"
            )
    return "".join(cards), spans


def notice_html(message: str) -> str:
    """A visible message in a panel (escaped)."""
    return f'<div class="notice" role="alert">{esc(message)}</div>'


def document_html(
    assistant: Assistant, doc_id: object, start: int | None = None, end: int | None = None
) -> str:
    """The whole indexed document ``doc_id``, escaped, with ``[start:end]`` in <mark>.

    Only ids of indexed documents are served (``Assistant.document``); a path
    or any other string gets a visible refusal, never a file's contents.
    """
    if not isinstance(doc_id, str) or not doc_id.strip():
        return notice_html("Choose a document to open.")
    try:
        doc = assistant.document(doc_id)
    except AssistantError as e:
        return notice_html(f"Cannot open this document: {e}")
    text = doc.text
    quote = _span_in(start, end, len(text))
    pages = len(doc.page_starts)
    cuts = sorted({0, len(text), *(s for s in doc.page_starts if 0 < s < len(text)), *(quote or ())})
    page_number = {s: i + 1 for i, s in enumerate(doc.page_starts)}
    body: list[str] = []
    marked = False
    for a, b in itertools.pairwise(cuts):
        if pages > 1 and a > 0 and a in page_number:
            body.append(f'<span class="page-break">Page {page_number[a]}</span>')
        piece = esc(text[a:b])
        if quote is not None and quote[0] <= a and b <= quote[1]:
            anchor = "" if marked else ' id="doc-quote"'
            piece = f'<mark class="quote"{anchor}>{piece}</mark>'
            marked = True
        body.append(piece)
    where = f"{doc.page_at(quote[0])} of {pages}" if quote is not None else f"{pages} in all"
    return (
        f'<article class="document" data-doc="{esc(doc.doc_id)}">'
        f"<h3>{esc(doc.title)}</h3>"
        + _meta_html(doc.publisher, doc.doc_type, ", ".join(doc.authorities) or None, doc.date, where)
        + _link_html(doc.url)
        + f'<div class="doc-text">{"".join(body)}</div></article>'
    )


def _span_in(start: object, end: object, length: int) -> tuple[int, int] | None:
    """``(start, end)`` if both are offsets of a non-empty span of a text of ``length``."""
    if not all(isinstance(v, int) and not isinstance(v, bool) for v in (start, end)):
        return None
    assert isinstance(start, int) and isinstance(end, int)
    return (start, end) if 0 <= start < end <= length else None


def open_span(assistant: Assistant, spans: Sequence[Span] | None, index: object) -> str:
    """The viewer for the ``index``-th span of the Sources panel (checked)."""
    spans = list(spans or [])
    try:
        i = int(index)  # type: ignore[call-overload]
    except (TypeError, ValueError):
        return notice_html("That source cannot be opened.")
    if not 0 <= i < len(spans):
        return notice_html("That source is no longer shown; ask the question again.")
    doc_id, start, end = spans[i]
    return document_html(assistant, doc_id, start, end)


def document_choices(assistant: Assistant) -> list[tuple[str, str]]:
    """(label, doc_id) of every indexed document, by title."""
    docs = sorted(assistant.documents.values(), key=lambda d: (d.title.lower(), d.doc_id))
    return [(f"{d.title} ({format_date(d.date)})", d.doc_id) for d in docs]


def document_types(assistant: Assistant) -> list[str]:
    """The document types present in the index."""
    return sorted({d.doc_type for d in assistant.documents.values() if d.doc_type})


def index_status_html(assistant: Assistant) -> str:
    n = len(assistant.documents)
    return f'<p class="index-status">{n} document{"s" * (n != 1)} indexed.</p>'


# --------------------------------------------------------------------------
# Filters and the chat turn


def ui_filters(
    council: str | None = None,
    doc_type: str | None = None,
    date_from: str | None = None,
    date_to: str | None = None,
) -> dict[str, Any] | None:
    """The Filters dict for the UI's fields (blank fields: no filter)."""
    f: dict[str, Any] = {}
    if council and council.strip():
        f["authority"] = council.strip()
    if doc_type and doc_type.strip():
        f["doc_type"] = doc_type.strip()
    for key, label, value in (("date_from", "From", date_from), ("date_to", "To", date_to)):
        value = (value or "").strip()
        if not value:
            continue
        if not _ISO_PREFIX.fullmatch(value):
            raise InvalidQueryError(
                f"{label} date {value!r} is not a date: write YYYY, YYYY-MM or YYYY-MM-DD"
            )
        f[key] = value
    return f or None


def ui_mode(mode: str | None) -> str | None:
    """The retrieval mode chosen (None: the index's default)."""
    if not mode:
        return None
    if mode not in MODES:
        raise InvalidQueryError(f"unknown retrieval mode {mode!r}; use one of {', '.join(MODES)}")
    return mode


@dataclass
class Turn:
    """One streamed state of a chat turn; ``None`` fields are left as they are."""

    chat: list[dict[str, str]]
    questions: list[str]
    sources: str | None = None
    plain: str | None = None
    spans: list[Span] | None = None
    answer: Answer | None = None


def _message(role: str, content: str) -> dict[str, str]:
    return {"role": role, "content": content}


_CITE_LINK = re.compile(r'<a class="cite" href="#source-(\d+)" title="Source \d+">\[\d+\]</a>')


def retire_links(message: dict[str, str]) -> dict[str, str]:
    """An earlier answer's [n] markers as plain text: the Sources panel now shows a newer answer's."""
    content = _CITE_LINK.sub(r'<span class="cite-old">[\1]</span>', message["content"])
    return {**message, "content": content}


def chat_turn(
    assistant: Assistant,
    question: str | None,
    chat: Sequence[dict[str, str]] | None,
    questions: Sequence[str] | None,
    *,
    council: str | None = None,
    doc_type: str | None = None,
    date_from: str | None = None,
    date_to: str | None = None,
    mode: str | None = None,
    delay: float = 0.0,
) -> Iterator[Turn]:
    """Answer ``question`` in the chat, streaming the answer quote by quote.

    The user's earlier questions are the ``history`` of the follow-up. A
    user-fixable error (an unknown council, a bad date) is shown in the chat
    as its message; the app keeps serving.
    """
    chat = list(chat or [])
    questions = list(questions or [])
    if question is None:  # no question was sent
        return
    question = question.strip()
    if not question:  # an empty or blank box: say so, add nothing to the conversation
        chat.append(_message("assistant", '<p class="error">Type a question about the documents first.</p>'))
        yield Turn(chat, questions)
        return
    chat = [
        *chat,
        _message("user", f"<p>{esc(_trim_right(question, QUESTION_SHOWN_CHARS))}</p>"),
        _message("assistant", '<p class="pending">Searching the documents…</p>'),
    ]
    yield Turn(chat, questions)
    try:
        filters = ui_filters(council, doc_type, date_from, date_to)
        chosen = ui_mode(mode)
        answer = assistant.ask(question, history=questions, filters=filters, mode=chosen)
        panel, spans = sources_html(assistant, answer, filters=filters_summary(filters, chosen))
        chat = [*(retire_links(m) for m in chat[:-2]), *chat[-2:]]
    except AssistantError as e:
        chat[-1] = _message("assistant", f'<p class="error">{esc(e)}</p>')
        yield Turn(chat, questions)
        return
    except Exception:  # a bug: logged with its traceback on the server, never shown
        log.exception("answering %r failed", question)
        chat[-1] = _message(
            "assistant",
            '<p class="error">Something went wrong answering this; '
            "the error was logged. Try rephrasing the question.</p>",
        )
        yield Turn(chat, questions)
        return
    numbers = {c.n for c in answer.citations}
    if answer.table is not None and answer.table.rows:  # a table is shown whole, not streamed
        steps, shown = [answer.text], lambda _: table_answer_html(answer)
    else:
        steps, shown = answer_steps(answer.text) or [answer.text], lambda s: answer_html(s, numbers)
    for i, step in enumerate(steps):
        chat = [*chat[:-1], _message("assistant", shown(step))]
        last = i == len(steps) - 1
        yield Turn(
            chat,
            [*questions, question] if last else questions,
            sources=panel if i == 0 or last else None,
            plain=answer.plain_text() if last else None,
            spans=spans if i == 0 or last else None,
            answer=answer if last else None,
        )
        if delay and not last:
            time.sleep(delay)


# --------------------------------------------------------------------------
# Uploads


def default_upload_dir(index_dir: str | Path) -> Path:
    """Where uploads are kept: ``uploads`` beside the index folder."""
    return Path(index_dir).resolve().parent / "uploads"


def check_upload(path: str | Path, name: str | None = None) -> str | None:
    """Why the file cannot be indexed, or None if it may be.

    The type is checked by content, not only by name: a PDF must start with
    ``%PDF-``; a text file (txt, md, html) must decode as UTF-8 (or
    Windows-1252) and hold no NUL or other binary control bytes.
    """
    p = Path(path)
    name = name or p.name
    suffix = Path(name).suffix.lower()
    if suffix not in UPLOAD_SUFFIXES:
        return f"unsupported file type {suffix or '(none)'}; upload txt, md, html or pdf files"
    try:
        size = p.stat().st_size
        if size == 0:
            return "the file is empty"
        if size > MAX_UPLOAD_BYTES:
            return f"{size / 2**20:.1f} MB is over the {MAX_UPLOAD_BYTES // 2**20} MB limit"
        data = p.read_bytes()
    except OSError as e:
        return f"cannot be read ({e.strerror or e})"
    if suffix == ".pdf":
        return None if data.startswith(b"%PDF-") else "not a PDF: its content does not start with %PDF"
    if data.startswith(b"%PDF-"):
        return "its content is a PDF, not text: upload it with the .pdf extension"
    if b"\x00" in data:
        return "holds NUL bytes: a binary file, not text"
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError:
        try:
            text = data.decode("cp1252")
        except UnicodeDecodeError:
            return "is not text: it does not decode as UTF-8 or Windows-1252"
    control = sum(1 for ch in text if ord(ch) < 32 and ch not in "\t\n\r\f")
    if control > max(8, len(text) // 200):
        return "looks binary: it holds many control characters"
    if not text.strip():
        return "holds no text"
    return None


@dataclass
class UploadResult:
    """Which uploaded files were indexed (name, title) and which not (name, reason)."""

    indexed: list[tuple[str, str]] = field(default_factory=list)
    rejected: list[tuple[str, str]] = field(default_factory=list)

    def html(self) -> str:
        out = []
        if self.indexed:
            out.append(
                f"<p><strong>Indexed {len(self.indexed)} file{'s' * (len(self.indexed) != 1)}"
                "</strong>, searchable now:</p><ul>"
            )
            out += [f"<li>{esc(n)} — <q>{esc(t)}</q></li>" for n, t in self.indexed]
            out.append("</ul>")
        if self.rejected:
            out.append(f'<p class="error"><strong>Not indexed: {len(self.rejected)}</strong></p><ul>')
            out += [f"<li>{esc(n)}: {esc(r)}</li>" for n, r in self.rejected]
            out.append("</ul>")
        return "".join(out) or "<p>Choose files to upload first.</p>"


def add_uploads(
    assistant: Assistant,
    paths: Sequence[str | Path] | None,
    upload_dir: str | Path,
    *,
    progress: Progress | None = None,
    max_files: int = MAX_UPLOAD_FILES,
    max_stored: int = MAX_STORED_UPLOADS,
) -> UploadResult:
    """Check, store (generated names) and index uploaded files; searchable on return.

    Files are kept in ``upload_dir`` as ``<uuid><suffix>``; the folder is one
    of the index's sources, and files the index rejects are removed from it.
    At most ``max_files`` files are taken at a time, and ``max_stored`` kept
    in all; a batch over either limit is refused whole, with the reason.
    """
    result = UploadResult()
    files = [Path(p) for p in (paths or [])]
    folder = Path(upload_dir)
    stored_before = sum(1 for f in folder.iterdir() if f.is_file()) if folder.is_dir() else 0
    if len(files) > max_files:
        result.rejected.append(
            (f"{len(files)} files", f"at most {max_files} files at a time; upload them in smaller batches")
        )
        return result
    if stored_before + len(files) > max_stored:
        result.rejected.append(
            (
                f"{len(files)} file{'s' * (len(files) != 1)}",
                f"this app keeps at most {max_stored} uploaded files and holds {stored_before}; "
                "whoever runs it can index more with `assistant index`",
            )
        )
        return result
    folder.mkdir(parents=True, exist_ok=True)
    staged: dict[str, str] = {}  # stored name -> name uploaded as
    for p in files:
        reason = check_upload(p, p.name)
        if reason:
            result.rejected.append((p.name, reason))
            continue
        stored = f"{uuid.uuid4().hex}{p.suffix.lower()}"
        try:
            shutil.copyfile(p, folder / stored)
        except OSError as e:
            result.rejected.append((p.name, f"could not be stored ({e.strerror or e})"))
            continue
        staged[stored] = p.name
    if not staged:
        return result
    try:
        report = assistant.add_documents([folder], progress=progress)
    except AssistantError as e:
        for stored, name in staged.items():
            (folder / stored).unlink(missing_ok=True)
            result.rejected.append((name, str(e)))
        return result
    skipped = {s.path: s.reason for s in report.skipped}
    for stored, name in staged.items():
        doc = assistant.documents.get(stored)
        if doc is not None:
            result.indexed.append((name, doc.title))
            continue
        (folder / stored).unlink(missing_ok=True)
        reason = skipped.get(stored, "it was not indexed")
        result.rejected.append((name, reason.replace(f"{stored}: ", "").replace(stored, name)))
    return result


# --------------------------------------------------------------------------
# The API endpoints' work (the endpoints themselves are in build_app)


def ask_json(
    assistant: Assistant,
    question: str,
    *,
    council: str = "",
    doc_type: str = "",
    date_from: str = "",
    date_to: str = "",
    mode: str = "",
    history: Sequence[str] | None = None,
) -> dict[str, Any]:
    """``/ask``: the answer as plain text (``plain_text``) with its citations."""
    answer = assistant.ask(
        question,
        history=list(history or []) or None,
        filters=ui_filters(council, doc_type, date_from, date_to),
        mode=ui_mode(mode),
    )
    return {
        "question": answer.question,
        "plain_text": answer.plain_text(),
        "text": answer.text,
        "answered": answer.answered,
        "kind": answer.kind,
        "notes": list(answer.notes),
        "authorities": list(answer.authorities),
        "citations": [asdict(c) for c in answer.citations],
    }


def search_json(
    assistant: Assistant,
    query: str,
    *,
    k: int = 5,
    council: str = "",
    doc_type: str = "",
    date_from: str = "",
    date_to: str = "",
    mode: str = "",
) -> list[dict[str, Any]]:
    """``/search``: the ``k`` best passages as JSON objects."""
    passages = assistant.search(
        query, k=ui_k(k), mode=ui_mode(mode), filters=ui_filters(council, doc_type, date_from, date_to)
    )
    return [asdict(p) for p in passages]


def ui_k(k: object) -> int:
    """``k`` as sent by a client (JSON may give 5.0 or "5"); raise unless a whole number of at least 1."""
    if isinstance(k, float) and k.is_integer():
        k = int(k)
    elif isinstance(k, str) and k.strip().lstrip("-").isdigit():
        k = int(k.strip())
    return validate_k(k)


# --------------------------------------------------------------------------
# Page assets

CSS = """
#header h1 { font-size: 1.45rem; margin: 0 0 .15rem 0; }
#header p { margin: 0; color: var(--body-text-color-subdued); }
#chat .message-content p { margin: 0 0 .55em 0; }
#chat .message-content p:last-child { margin-bottom: 0; }
#chat a.cite, #chat a.cite:visited { text-decoration: none; font-weight: 600; font-size: .85em;
  color: var(--color-accent); padding: 0 .1em; border-radius: 3px; }
#chat a.cite:hover { background: var(--color-accent-soft); }
#chat .cite-old { font-size: .85em; color: var(--body-text-color-subdued); }
#chat .pending { color: var(--body-text-color-subdued); font-style: italic; }
#chat .error, #upload-status .error { color: var(--error-text-color, #b91c1c); }
#examples button { flex: 1 1 45%; font-weight: 400; white-space: normal; text-align: left; }
#side { position: sticky; top: .5rem; align-self: flex-start; }
#sources, #viewer { font-size: .92rem; line-height: 1.45; }
#sources { max-height: calc(100vh - 190px); overflow-y: auto !important; padding-right: .3rem; }
#header { align-items: flex-end; margin-bottom: .2rem; }
#index-status { text-align: right; }
#sources .sources-for { margin: 0 0 .6rem 0; color: var(--body-text-color-subdued); }
#sources .sources-for q { color: var(--body-text-color); font-style: italic; }
#sources .source { border: 1px solid var(--border-color-primary); border-radius: 8px;
  padding: .65rem .8rem; margin: 0 0 .75rem 0; background: var(--background-fill-secondary);
  scroll-margin-top: 1rem; transition: box-shadow .3s; }
#sources .source:target, #sources .source.flash { box-shadow: 0 0 0 3px var(--color-accent); }
#sources .source h4, #viewer h3 { margin: 0 0 .35rem 0; font-size: 1rem; line-height: 1.3; }
#sources .source .n { color: var(--color-accent); }
dl.meta { display: grid; grid-template-columns: max-content 1fr max-content 1fr; gap: .1rem .6rem;
  margin: 0 0 .5rem 0; font-size: .85rem; }
dl.meta dt { font-weight: 600; color: var(--body-text-color-subdued); margin: 0; }
dl.meta dd { margin: 0; }
#sources blockquote.passage { margin: 0 0 .5rem 0; padding: .4rem .65rem; border-left: 3px solid
  var(--border-color-accent, #93c5fd); background: var(--background-fill-primary); white-space: pre-line;
  color: var(--body-text-color); font-style: normal; }
mark { background: #fde68a; color: #111827; padding: 0 .1em; border-radius: 2px; }
#sources .actions { display: flex; gap: .75rem; align-items: center; flex-wrap: wrap; }
#sources button.open-doc { border: 1px solid var(--button-secondary-border-color, #d1d5db);
  background: var(--button-secondary-background-fill); color: var(--button-secondary-text-color);
  border-radius: 6px; padding: .2rem .6rem; font-size: .85rem; cursor: pointer; }
#sources button.open-doc:hover { background: var(--button-secondary-background-fill-hover); }
#sources .source-link { font-size: .8rem; word-break: break-all; }
#viewer .doc-text { position: relative; white-space: pre-wrap; max-height: 62vh; overflow-y: auto;
  border: 1px solid var(--border-color-primary); border-radius: 8px; padding: .7rem .85rem;
  background: var(--background-fill-primary); }
#viewer .page-break { display: block; margin: .6rem 0; border-top: 1px dashed var(--border-color-primary);
  font-size: .75rem; color: var(--body-text-color-subdued); }
.notice { border: 1px solid #f59e0b; background: #fffbeb; color: #78350f; border-radius: 8px;
  padding: .6rem .8rem; }
.empty-panel { color: var(--body-text-color-subdued); padding: .5rem .25rem; }
.empty-panel p { margin: 0 0 .5rem 0; }
.index-status { margin: 0; font-size: .85rem; color: var(--body-text-color-subdued); }
#chat table.judgements { border-collapse: collapse; margin: .2rem 0 .5rem 0; font-size: .9rem; }
#chat table.judgements caption { caption-side: top; text-align: left; font-weight: 600;
  padding: 0 0 .3rem 0; }
#chat table.judgements th, #chat table.judgements td { border: 1px solid var(--border-color-primary);
  padding: .2rem .45rem; text-align: left; vertical-align: top; }
#chat table.judgements th { background: var(--background-fill-secondary); }
#chat details.quoted-rows summary { cursor: pointer; color: var(--body-text-color-subdued);
  font-size: .85rem; }
"""

# Buttons in the Sources panel ask the server to open span ``data-i``.
SOURCES_JS = """
element.addEventListener('click', (event) => {
  const button = event.target.closest('button.open-doc');
  if (!button) return;
  trigger('select', {index: Number(button.dataset.i), value: button.dataset.doc || ''});
});
"""

# The viewer scrolls its text box to the highlighted quote whenever it changes.
VIEWER_JS = """
const show = () => {
  const mark = element.querySelector('mark.quote');
  const box = element.querySelector('.doc-text');
  if (!mark || !box || !box.clientHeight) return;
  box.scrollTop = Math.max(0, mark.offsetTop - box.clientHeight / 3);
  const side = document.getElementById('side') || element;
  const top = side.getBoundingClientRect().top;
  if (top < 0 || top > window.innerHeight - 120) window.scrollBy({top: top - 8});
};
const soon = () => { [30, 200, 600].forEach((ms) => setTimeout(show, ms)); };
watch('value', soon);
soon();
"""

# A click on an [n] in the chat shows the Sources tab and brings card n into view.
PAGE_JS = """
() => {
  document.addEventListener('click', (event) => {
    const link = event.target.closest ? event.target.closest('a.cite') : null;
    if (!link) return;
    event.preventDefault();
    const id = (link.getAttribute('href') || '').slice(1);
    const tab = Array.from(document.querySelectorAll('#side-tabs button[role="tab"]'))
      .find((b) => b.textContent.trim().startsWith('Sources'));
    if (tab && tab.getAttribute('aria-selected') !== 'true') tab.click();
    const go = () => {
      const card = document.getElementById(id);
      if (!card) return false;
      card.scrollIntoView({block: 'nearest', behavior: 'smooth'});
      card.classList.add('flash');
      setTimeout(() => card.classList.remove('flash'), 1600);
      return true;
    };
    if (!go()) setTimeout(go, 150);
  });
}
"""


def theme() -> Any:
    """Gradio's default theme with system fonts (no font requests to third parties)."""
    import gradio as gr

    return gr.themes.Default(
        primary_hue="blue",
        font=["system-ui", "-apple-system", "Segoe UI", "Roboto", "Helvetica Neue", "Arial", "sans-serif"],
        font_mono=["ui-monospace", "SFMono-Regular", "Menlo", "Consolas", "monospace"],
    )


# --------------------------------------------------------------------------
# The app


def build_app(
    assistant: Assistant, *, upload_dir: str | Path | None = None, stream_delay: float = STREAM_DELAY
) -> "gr.Blocks":
    """The Gradio app over ``assistant`` (not launched; see ``launch``)."""
    import gradio as gr

    uploads = Path(upload_dir) if upload_dir is not None else default_upload_dir(assistant.index_dir)
    default_mode = assistant.settings.mode
    skip = gr.skip

    def or_skip(value: Any) -> Any:
        return skip() if value is None else value

    # delete_cache: Gradio's own copies of uploaded files (its temp folder) go
    # after an hour; the files indexed were copied to ``uploads`` already.
    with gr.Blocks(title=TITLE, analytics_enabled=False, fill_width=True, delete_cache=(3600, 3600)) as demo:
        chat_state = gr.State([])
        questions_state = gr.State([])
        spans_state = gr.State([])
        with gr.Row(elem_id="header", equal_height=True):
            gr.HTML(
                f"<h1>{esc(TITLE)}</h1><p>Answers in the documents' own words; each [n] leads to "
                "its source.</p>",
                scale=4,
            )
            index_status = gr.HTML(
                index_status_html(assistant), elem_id="index-status", scale=1, min_width=180
            )
        with gr.Row(equal_height=False):
            with gr.Column(scale=6, min_width=420):
                chatbot = gr.Chatbot(
                    value=[],
                    elem_id="chat",
                    label="Chat",
                    show_label=False,
                    height=560,
                    render_markdown=False,
                    sanitize_html=True,
                    latex_delimiters=[],
                    allow_tags=False,
                    buttons=[],
                    feedback_options=None,
                    placeholder=CHAT_PLACEHOLDER,
                )
                with gr.Row():
                    question = gr.Textbox(
                        show_label=False,
                        placeholder="Ask a question, e.g. What did Ofsted say about Stoke's supervision?",
                        scale=6,
                        lines=1,
                        max_lines=4,
                        elem_id="question",
                        autofocus=True,
                    )
                    ask_btn = gr.Button("Ask", variant="primary", scale=1, min_width=90, elem_id="ask")
                    clear_btn = gr.Button("Clear chat", scale=1, min_width=130, elem_id="clear")
                with gr.Row(elem_id="examples"):
                    example_btns = [gr.Button(q, size="sm", variant="secondary") for q in EXAMPLES]
                with gr.Accordion("Filters: they apply to the next question", open=True, elem_id="filters"):
                    with gr.Row():
                        council = gr.Dropdown(
                            choices=[("Any council", ""), *((a, a) for a in GAZETTEER.authorities)],
                            value="",
                            label="Council",
                            filterable=True,
                            elem_id="council",
                        )
                        doc_type = gr.Dropdown(
                            choices=[("Any type", ""), *((t, t) for t in document_types(assistant))],
                            value="",
                            label="Document type",
                            elem_id="doc-type",
                        )
                        mode = gr.Radio(
                            choices=list(MODES), value=default_mode, label="Retrieval", elem_id="mode"
                        )
                    with gr.Row():
                        date_from = gr.Textbox(
                            label="From date", placeholder="e.g. 2021 or 2021-09", elem_id="date-from"
                        )
                        date_to = gr.Textbox(
                            label="To date", placeholder="e.g. 2022 or 2022-03-31", elem_id="date-to"
                        )
                        reset_btn = gr.Button("Reset filters", size="sm", elem_id="reset-filters")
                with gr.Accordion(
                    "Copy the answer with its sources (plain text for a report)", open=False, elem_id="copy"
                ):
                    copy_box = gr.Textbox(
                        label="Answer and sources",
                        lines=8,
                        max_lines=24,
                        interactive=False,
                        buttons=["copy"],
                        elem_id="copy-text",
                    )
                with gr.Accordion("Add documents", open=False, elem_id="add-documents"):
                    files = gr.File(
                        label=f"txt, md, html or pdf; up to {MAX_UPLOAD_FILES} files of "
                        f"{MAX_UPLOAD_BYTES // 2**20} MB each",
                        file_count="multiple",
                        type="filepath",
                        elem_id="upload",
                    )
                    index_btn = gr.Button("Index these files", variant="primary", elem_id="index-files")
                    upload_status = gr.HTML("", elem_id="upload-status")
            with (
                gr.Column(scale=5, min_width=380, elem_id="side"),
                gr.Tabs(elem_id="side-tabs", selected="sources-tab") as tabs,
            ):
                with gr.Tab("Sources", id="sources-tab"):
                    sources = gr.HTML(EMPTY_SOURCES, elem_id="sources", js_on_load=SOURCES_JS)
                with gr.Tab("Document", id="document-tab"):
                    doc_pick = gr.Dropdown(
                        choices=document_choices(assistant),
                        value=None,
                        label="Open an indexed document",
                        filterable=True,
                        elem_id="doc-pick",
                    )
                    viewer = gr.HTML(EMPTY_VIEWER, elem_id="viewer", js_on_load=VIEWER_JS)

        # -- chat ------------------------------------------------------------
        def respond(
            q: str, chat: list, asked: list, council_v: str, type_v: str, from_v: str, to_v: str, mode_v: str
        ) -> Iterator[tuple]:
            turns = chat_turn(
                assistant,
                q,
                chat,
                asked,
                council=council_v,
                doc_type=type_v,
                date_from=from_v,
                date_to=to_v,
                mode=mode_v,
                delay=stream_delay,
            )
            for t in turns:
                new_panel = t.sources is not None
                yield (
                    t.chat,
                    t.chat,
                    t.questions,
                    or_skip(t.sources),
                    or_skip(t.plain),
                    or_skip(t.spans),
                    gr.Tabs(selected="sources-tab") if new_panel else skip(),
                    "",
                )

        chat_inputs = [question, chat_state, questions_state, council, doc_type, date_from, date_to, mode]
        chat_outputs = [chatbot, chat_state, questions_state, sources, copy_box, spans_state, tabs, question]
        events: dict[str, Any] = {
            "fn": respond,
            "inputs": chat_inputs,
            "outputs": chat_outputs,
            "api_visibility": "private",
            "concurrency_id": "chat",
        }
        question.submit(**events)
        ask_btn.click(**events)
        for btn, text in zip(example_btns, EXAMPLES, strict=True):
            btn.click(_constant(text), None, question, api_visibility="private", queue=False).then(**events)

        def clear() -> tuple:
            return [], [], [], EMPTY_SOURCES, "", [], EMPTY_VIEWER, None

        cleared = [chatbot, chat_state, questions_state, sources, copy_box, spans_state, viewer, doc_pick]
        clear_btn.click(clear, None, cleared, api_visibility="private", queue=False)
        chatbot.clear(clear, None, cleared, api_visibility="private", queue=False)

        def reset() -> tuple:
            return "", "", default_mode, "", ""

        reset_btn.click(
            reset, None, [council, doc_type, mode, date_from, date_to], api_visibility="private", queue=False
        )

        # -- sources and the viewer -------------------------------------------
        def open_selected(spans: list, evt: gr.SelectData) -> tuple:
            spans = spans or []
            i = evt.index if isinstance(evt.index, int) else -1
            pick = spans[i][0] if 0 <= i < len(spans) else skip()
            return open_span(assistant, spans, evt.index), gr.Tabs(selected="document-tab"), pick

        sources.select(open_selected, [spans_state], [viewer, tabs, doc_pick], api_visibility="private")
        doc_pick.input(lambda d: document_html(assistant, d), [doc_pick], [viewer], api_visibility="private")

        # -- uploads ----------------------------------------------------------
        def index_files(paths: list | None, progress: gr.Progress = gr.Progress()) -> tuple:  # noqa: B008
            labels = {
                "read": "Reading files",
                "chunk": "Splitting into passages",
                "embed": "Embedding passages",
            }

            def report(stage: str, done: int, total: int) -> None:
                progress((done, total), desc=labels.get(stage, stage), unit="items")

            progress(0, desc="Checking files")
            result = add_uploads(assistant, paths or [], uploads, progress=report)
            types = [("Any type", ""), *((t, t) for t in document_types(assistant))]
            docs = document_choices(assistant)
            return (
                result.html(),
                gr.Dropdown(choices=types),
                gr.Dropdown(choices=docs),
                None,
                index_status_html(assistant),
            )

        # Undocumented rather than private: the page calls it either way (by
        # its number), and a name lets gradio_client drive it (bench/load.py).
        index_btn.click(
            index_files,
            [files],
            [upload_status, doc_type, doc_pick, files, index_status],
            api_name="add_documents",
            api_visibility="undocumented",
            concurrency_limit=1,
            concurrency_id="index",
        )

        # -- API (gradio_client) ----------------------------------------------
        def ask(
            question: str,
            council: str = "",
            doc_type: str = "",
            date_from: str = "",
            date_to: str = "",
            mode: str = "",
        ) -> dict:
            """Answer a question from the documents: plain_text (answer and sources), text, citations."""
            return _api_call(
                lambda: ask_json(
                    assistant,
                    question,
                    council=council,
                    doc_type=doc_type,
                    date_from=date_from,
                    date_to=date_to,
                    mode=mode,
                )
            )

        def search(
            query: str,
            k: int = 5,
            council: str = "",
            doc_type: str = "",
            date_from: str = "",
            date_to: str = "",
            mode: str = "",
        ) -> list:
            """The k best passages for a query, each with its citation fields."""
            return _api_call(
                lambda: search_json(
                    assistant,
                    query,
                    k=k,
                    council=council,
                    doc_type=doc_type,
                    date_from=date_from,
                    date_to=date_to,
                    mode=mode,
                )
            )

        gr.api(ask, api_name="ask", concurrency_id="chat")
        gr.api(search, api_name="search", concurrency_id="chat")
    return demo


def _constant(value: str) -> Callable[[], str]:
    def fill() -> str:
        return value

    return fill


def _api_call(fn: Callable[[], Any]) -> Any:
    """Run an API endpoint's work; a user-fixable error becomes its message, a bug a generic one."""
    import gradio as gr

    try:
        return fn()
    except AssistantError as e:
        # gr.Error's message is rendered as HTML in the page's alert: escape it.
        raise gr.Error(html.escape(str(e), quote=False), print_exception=False) from None
    except Exception:
        log.exception("API call failed")
        raise gr.Error("internal error; it was logged on the server", print_exception=False) from None


# --------------------------------------------------------------------------
# Launching


def is_loopback(host: str) -> bool:
    """True when ``host`` is this machine only (127.0.0.0/8, ::1, localhost)."""
    if host.strip().lower() == "localhost":
        return True
    try:
        return ipaddress.ip_address(host.strip().strip("[]")).is_loopback
    except ValueError:  # a host name, or "" (every interface)
        return False


def exposure_warning(host: str, *, auth: tuple[str, str] | None, share: bool = False) -> str | None:
    """The warning to print when the app is reachable by others without a login, else None."""
    if auth is not None:
        return None
    if share:
        return (
            "warning: --share without --auth: anyone with the public gradio.live link can ask "
            "questions, read every indexed document and upload files; set ASSISTANT_AUTH=user:password"
        )
    if not is_loopback(host):
        return (
            f"warning: serving on {host or 'every interface'} without --auth: anyone who can reach "
            "this port can ask questions, read every indexed document and upload files; set "
            "ASSISTANT_AUTH=user:password and put a TLS reverse proxy in front (README: Exposing the chat)"
        )
    return None


def parse_auth(value: str | None) -> tuple[str, str] | None:
    """``"user:password"`` -> ``("user", "password")``; None when unset."""
    if not value:
        return None
    user, sep, password = value.partition(":")
    if not sep or not user or not password:
        raise AssistantError("--auth (or ASSISTANT_AUTH) must be user:password, both non-empty")
    return user, password


class _Loader(threading.Thread):
    """Loads (or builds) the index, then warms the model up, while Gradio imports and starts.

    ``result()`` returns as soon as the index is loaded; the app can start
    while the model loads. A question arriving before the model is ready
    waits for it (the embedder loads once, under a lock).
    """

    def __init__(self, paths: list[str], index_dir: str, settings: Settings | None, started: float) -> None:
        super().__init__(name="assistant-loader", daemon=True)
        self.paths, self.index_dir, self.settings, self.started = paths, index_dir, settings, started
        self.assistant: Assistant | None = None
        self.error: BaseException | None = None
        self.loaded = threading.Event()

    def run(self) -> None:
        try:
            self.assistant = Assistant.from_corpus(
                self.paths, index_dir=self.index_dir, settings=self.settings
            )
        except BaseException as e:  # re-raised in the main thread by result()
            self.error = e
        finally:
            self.loaded.set()
        if self.assistant is None:
            return
        try:
            self.assistant.search(EXAMPLES[0], k=1)  # loads the model and runs it once
        except AssistantError as e:  # every question will show the same message
            log.error("the embedding model is not usable: %s", e)
            return
        log.info("model ready %.1f s after start", time.perf_counter() - self.started)

    def result(self) -> Assistant:
        """The loaded assistant (re-raising the loader's error, if any)."""
        self.loaded.wait()
        if self.error is not None:
            raise self.error
        assert self.assistant is not None
        return self.assistant


def _settings(args: Any) -> Settings | None:
    precision, model = getattr(args, "precision", None), getattr(args, "model", None)
    backend = getattr(args, "backend", None)
    if not precision and not model and not backend:
        return None
    s = Settings(backend=backend or "embedded", milvus_uri=getattr(args, "uri", None))
    if precision:
        s = s.replace(precision=precision)
    if model:
        s = s.replace(embedding_model=model)
    return s


def launch(args: Any) -> None:
    """Start the app (``assistant ui``): index the corpus if needed, then serve.

    ``args``: host, port, share, auth, corpus, index_dir, precision, model
    (see ``assistant ui --help``). Uploads kept from earlier runs are indexed
    with the corpus.
    """
    if not log.handlers:
        handler = logging.StreamHandler()
        handler.setFormatter(logging.Formatter("assistant ui: %(message)s"))
        log.addHandler(handler)
        log.setLevel(logging.INFO)
        log.propagate = False
    started = time.perf_counter()
    auth = parse_auth(getattr(args, "auth", None) or os.environ.get("ASSISTANT_AUTH"))
    index_dir = str(getattr(args, "index_dir", None) or "index")
    uploads = default_upload_dir(index_dir)
    paths = [str(p) for p in (getattr(args, "corpus", None) or ["corpus"])]
    if uploads.is_dir() and any(uploads.iterdir()):
        paths.append(str(uploads))
    loader = _Loader(paths, index_dir, _settings(args), started)
    loader.start()
    import gradio as gr  # noqa: F401 - imported while the loader works

    assistant = loader.result()
    host = getattr(args, "host", None) or "127.0.0.1"
    share = bool(getattr(args, "share", False))
    warning = exposure_warning(host, auth=auth, share=share)
    if warning:
        log.warning("%s", warning)
    demo = build_app(assistant, upload_dir=uploads)
    demo.queue(default_concurrency_limit=2)
    log.info(
        "%d documents indexed; serving %.1f s after start",
        len(assistant.documents),
        time.perf_counter() - started,
    )
    port = int(getattr(args, "port", None) or 7860)
    try:
        demo.launch(
            server_name=host,
            server_port=port,
            share=share,
            auth=auth,
            inbrowser=False,
            max_file_size=MAX_UPLOAD_BYTES,
            css=CSS,
            js=PAGE_JS,
            theme=theme(),
            footer_links=["api"],
            run_history=False,
        )
    except OSError as e:  # the port is taken, or the host is not this machine's
        raise AssistantError(f"cannot serve on {host}:{port} ({e}); choose another --port or --host") from e

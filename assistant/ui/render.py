"""The chat's HTML: answers, tables, source cards and the document viewer.

Every piece of document text put into HTML goes through ``html.escape``
(``esc``), so a document holding ``<script>`` shows those characters as
text. The viewer serves only indexed documents, by id, through
``Assistant.document``. Everything here is a pure function of the
``Assistant`` and its answers: no Gradio.
"""

import html
import itertools
import re
from collections.abc import Sequence

from assistant.answers import Answer, Table
from assistant.api import Assistant
from assistant.dates import format_date
from assistant.errors import AssistantError
from assistant.filters import Filters
from assistant.retrieval import Passage

CONTEXT_CHARS = 300  # passage text shown either side of a quote in a source card
RELATED_CHARS = 600  # passage text shown for a "possibly related" passage
_MARKERS = re.compile(r"(?:\[\d+\])+")
_BOLD = re.compile(r"\*\*(.+?)\*\*")
_CITE_LINK = re.compile(r'<a class="cite" href="#source-(\d+)" title="Source \d+">\[\d+\]</a>')

Span = tuple[str, int, int]  # (doc_id, start, end) a source card can open

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


def retire_links(message: dict[str, str]) -> dict[str, str]:
    """An earlier answer's [n] markers as plain text: the Sources panel now shows a newer answer's."""
    content = _CITE_LINK.sub(r'<span class="cite-old">[\1]</span>', message["content"])
    return {**message, "content": content}


# --------------------------------------------------------------------------
# Sources and the document viewer


def _trim_left(text: str, limit: int) -> str:
    if len(text) <= limit:
        return text
    cut = text[-limit:]
    space = cut.find(" ")
    return "…" + (cut[space + 1 :] if 0 <= space < 40 else cut)


def trim_right(text: str, limit: int) -> str:
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
        _squeeze(trim_right(text[end:hi], CONTEXT_CHARS)),
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


def filters_summary(filters: Filters | None, mode: str | None) -> str:
    """'council Warrington, from 2021' -style text of the filters used."""
    f = filters or Filters()
    parts = []
    if f.authority:
        parts.append(f"council {f.authority}")
    if f.doc_type:
        parts.append(f"type {f.doc_type}")
    if f.date_from:
        parts.append(f"from {f.date_from}")
    if f.date_to:
        parts.append(f"to {f.date_to}")
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
        cards += _related_cards(answer.passages, spans)
    return "".join(cards), spans


def _related_cards(passages: Sequence[Passage], spans: list[Span]) -> list[str]:
    """Cards of an unanswered question's passages; their spans are appended to ``spans``."""
    cards = ['<p class="no-sources">No source states an answer to this question.</p>']
    if passages:
        cards.append('<p class="related-head">Possibly related passages:</p>')
    for i, p in enumerate(passages, start=1):
        spans.append((p.doc_id, p.start, p.end))
        pages = str(p.page) if p.page == (p.page_end or p.page) else f"{p.page}–{p.page_end}"
        cards.append(
            f'<article class="source related" id="related-{i}">'
            f"<h4>{esc(p.title)}</h4>"
            + _meta_html(p.publisher, p.doc_type, p.authority, p.date, pages)
            + f'<blockquote class="passage">{esc(trim_right(p.text, RELATED_CHARS))}</blockquote>'
            + '<div class="actions">'
            + _open_button(len(spans) - 1, p.doc_id, "Open the document here")
            + _link_html(p.source)
            + "</div></article>"
        )
    return cards


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
    """How many documents the index holds, for the page's header."""
    n = len(assistant.documents)
    return f'<p class="index-status">{n} document{"s" * (n != 1)} indexed.</p>'

"""The chat's HTML: answers, tables and source cards (the document viewer is in ``viewer``).

Every piece of document text put into HTML goes through ``html.escape``
(``esc``), so a document holding ``<script>`` shows those characters as
text. The viewer serves only indexed documents, by id, through
``Assistant.document``. Everything here is a pure function of the
``Assistant`` and its answers: no Gradio.
"""

import html
import re
from collections.abc import Sequence

from assistant.answers import Answer, Table
from assistant.api import Assistant
from assistant.dates import format_date
from assistant.filters import Filters
from assistant.retrieval import Passage

CONTEXT_CHARS = 300  # passage text shown either side of a quote in a source card
RELATED_CHARS = 600  # passage text shown for a "possibly related" passage
_MARKERS = re.compile(r"(?:\[\d+\])+")
_BOLD = re.compile(r"\*\*(.+?)\*\*")

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


def card_id(answer_no: int, n: int) -> str:
    """The id of source card [n] of the conversation's ``answer_no``-th answer."""
    return f"source-{answer_no}-{n}"


def _markers_html(group: str, numbers: set[int], answer_no: int) -> str:
    nums = [int(n) for n in re.findall(r"\d+", group)]
    if not nums or any(n not in numbers for n in nums):
        return group  # not one of this answer's markers: leave the (escaped) text
    return "".join(
        f'<a class="cite" href="#{card_id(answer_no, n)}" title="Source {n} of answer {answer_no}">[{n}]</a>'
        for n in nums
    )


def _inline_html(line: str, numbers: set[int], answer_no: int = 1) -> str:
    out = _BOLD.sub(r"<strong>\1</strong>", esc(line))
    return _MARKERS.sub(lambda m: _markers_html(m.group(0), numbers, answer_no), out)


def answer_html(text: str, numbers: set[int] | Sequence[int] = (), *, answer_no: int = 1) -> str:
    """The answer's Markdown as safe HTML.

    All text is escaped; only ``**bold**``, ``- `` list lines, paragraphs and
    the [n] markers of ``numbers`` (links to card n of answer ``answer_no``,
    which stay usable after later answers) become markup.

    >>> answer_html('**Letter**: “<b>x</b>” [1]', {1}, answer_no=2)  # doctest: +NORMALIZE_WHITESPACE
    '<p><strong>Letter</strong>: “&lt;b&gt;x&lt;/b&gt;”
     <a class="cite" href="#source-2-1" title="Source 1 of answer 2">[1]</a></p>'
    """
    nums = set(numbers)
    return "".join(_block_html(block, nums, answer_no) for block in re.split(r"\n\s*\n", text.strip()))


def _block_html(block: str, numbers: set[int], answer_no: int) -> str:
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
        run.append(_inline_html(line[2:] if is_item else line, numbers, answer_no))
    if run:
        out.append(_run_html(run, in_list))
    return "".join(out)


def _run_html(run: list[str], as_list: bool) -> str:
    if as_list:
        return "<ul>" + "".join(f"<li>{item}</li>" for item in run) + "</ul>"
    return "<p>" + "<br>".join(run) + "</p>"


def table_html(table: Table, numbers: set[int] | Sequence[int] = (), *, answer_no: int = 1) -> str:
    """An answer's table (judgements across reports) as safe HTML.

    Every cell is escaped; [n] markers of ``numbers`` become links.

    >>> out = table_html(Table(("Council", "Source"), (("<Leeds>", "[1]"),), caption="Good"), {1})
    >>> out.count("<tr>"), "<td>&lt;Leeds&gt;</td>" in out, '<a class="cite" href="#source-1-1"' in out
    (2, True, True)
    """
    nums = set(numbers)
    caption = f"<caption>{esc(table.caption)}</caption>" if table.caption else ""
    head = "".join(f"<th>{esc(c)}</th>" for c in table.columns)
    body = "".join(
        "<tr>" + "".join(f"<td>{_inline_html(str(cell), nums, answer_no)}</td>" for cell in row) + "</tr>"
        for row in table.rows
    )
    return (
        f'<div class="table-wrap"><table class="judgements">{caption}<thead><tr>{head}</tr></thead>'
        f"<tbody>{body}</tbody></table></div>"
    )


def table_answer_html(answer: Answer, *, answer_no: int = 1) -> str:
    """A judgements answer in the chat: the table, then the rows quoted as the reports word them."""
    assert answer.table is not None
    numbers = {c.n for c in answer.citations}
    return (
        table_html(answer.table, numbers, answer_no=answer_no)
        + '<details class="quoted-rows"><summary>The rows as the reports word them</summary>'
        + answer_html(answer.text, numbers, answer_no=answer_no)
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


def meta_html(
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


def link_html(source: str | None) -> str:
    """A link to the document's public copy, if ``source`` is a web address (never a file path)."""
    if source and re.match(r"https?://", source):
        return (
            f'<a class="source-link" href="{esc(source)}" target="_blank" '
            f'rel="noopener noreferrer nofollow">Open the original: {esc(source)}</a>'
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


def sources_html(
    assistant: Assistant,
    answer: Answer,
    *,
    filters: str = "",
    answer_no: int = 1,
    first_span: int = 0,
) -> tuple[str, list[Span]]:
    """The source cards of the conversation's ``answer_no``-th answer, and the spans they open.

    A card's button opens span ``first_span + i`` of the conversation's list
    of spans (the cards of every answer stay on the page; see ``sources_panel``).
    """
    spans: list[Span] = []
    head = f'<h2 class="sources-for">Sources for <q>{esc(answer.question)}</q>'
    head += f' <span class="filters">({esc(filters)})</span></h2>' if filters else "</h2>"
    cards = [head]
    for c in answer.citations:
        before, quote, after = quote_context(assistant, c.doc_id, c.start, c.end, answer.passages)
        spans.append((c.doc_id, c.start, c.end))
        cards.append(
            f'<article class="source" id="{card_id(answer_no, c.n)}">'
            f'<h3><span class="n">[{c.n}]</span> {esc(c.title)}</h3>'
            + meta_html(c.publisher, c.doc_type, c.authority, c.date, str(c.page))
            + f'<blockquote class="passage">{esc(before)}<mark>{esc(quote)}</mark>{esc(after)}</blockquote>'
            + '<div class="actions">'
            + _open_button(first_span + len(spans) - 1, c.doc_id, "Open the document at this quote")
            + link_html(c.source)
            + f'<a class="back-to-answer" href="#{card_id(answer_no, c.n)}">Back to the answer</a>'
            + "</div></article>"
        )
    if not answer.citations:
        cards += _related_cards(answer.passages, spans, answer_no, first_span)
    return "".join(cards), spans


def sources_panel(sections: Sequence[str]) -> str:
    """The Sources panel: every answer's cards, the newest shown (an [n] of another shows its own)."""
    if not sections:
        return EMPTY_SOURCES
    total = len(sections)
    out = []
    for k, section in enumerate(sections, start=1):
        hidden = "" if k == total else " hidden"
        out.append(
            f'<section class="answer-sources" id="answer-{k}-sources" data-answer="{k}"{hidden}>'
            f'<p class="answer-no">Answer {k} of {total}</p>{_answer_nav(k, total)}{section}</section>'
        )
    return "".join(out)


def _answer_nav(k: int, total: int) -> str:
    """Buttons showing the sources of the conversation's other answers (none for a single answer)."""
    if total < 2:
        return ""
    buttons = "".join(
        f'<button type="button" class="show-answer" data-answer="{i}"'
        + (' aria-current="true" disabled' if i == k else "")
        + f' aria-label="Sources of answer {i}">{i}</button>'
        for i in range(1, total + 1)
    )
    return (
        f'<nav class="answer-nav" aria-label="The sources of each answer">Sources of answer {buttons}</nav>'
    )


def _related_cards(passages: Sequence[Passage], spans: list[Span], answer_no: int, first: int) -> list[str]:
    """Cards of an unanswered question's passages; their spans are appended to ``spans``."""
    cards = ['<p class="no-sources">No source states an answer to this question.</p>']
    if passages:
        cards.append('<p class="related-head">Possibly related passages:</p>')
    for i, p in enumerate(passages, start=1):
        spans.append((p.doc_id, p.start, p.end))
        pages = str(p.page) if p.page == (p.page_end or p.page) else f"{p.page}–{p.page_end}"
        cards.append(
            f'<article class="source related" id="related-{answer_no}-{i}">'
            f"<h3>{esc(p.title)}</h3>"
            + meta_html(p.publisher, p.doc_type, p.authority, p.date, pages)
            + f'<blockquote class="passage">{esc(trim_right(p.text, RELATED_CHARS))}</blockquote>'
            + '<div class="actions">'
            + _open_button(first + len(spans) - 1, p.doc_id, "Open the document here")
            + link_html(p.source)
            + "</div></article>"
        )
    return cards


def notice_html(message: str) -> str:
    """A visible message in a panel (escaped)."""
    return f'<div class="notice" role="alert">{esc(message)}</div>'


def document_choices(assistant: Assistant) -> list[tuple[str, str]]:
    """(label, doc_id) of every indexed document, by title."""
    docs = sorted(assistant.documents.values(), key=lambda d: (d.title.lower(), d.doc_id))
    return [(f"{d.title} ({format_date(d.date)})", d.doc_id) for d in docs]


def type_choices(assistant: Assistant) -> list[tuple[str, str]]:
    """(label, value) of the document type picker: any type, then each type in the index."""
    return [("Any type", ""), *((t, t) for t in document_types(assistant))]


def document_types(assistant: Assistant) -> list[str]:
    """The document types present in the index."""
    return sorted({d.doc_type for d in assistant.documents.values() if d.doc_type})


def index_status_html(assistant: Assistant) -> str:
    """How many documents the index holds, for the page's header."""
    n = len(assistant.documents)
    return f'<p class="index-status">{n} document{"s" * (n != 1)} indexed.</p>'

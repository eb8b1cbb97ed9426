"""The document viewer: the whole text with the quote marked, beside the original page.

For a PDF, the viewer shows the page the quote is on as published (rendered
by ``pages.PageImages``) with the quote's characters boxed, a download of the
PDF and, when the document has a public URL, a link to it. The text view
holds the document's normalised text, escaped, the quote in <mark>.
Only indexed documents are served, by id, through ``Assistant.document``.
"""

import itertools
from collections.abc import Sequence
from pathlib import Path
from urllib.parse import quote as url_quote

from assistant.api import Assistant
from assistant.documents import Document
from assistant.errors import AssistantError
from assistant.ui.pages import PageHit, PageImages
from assistant.ui.render import Span, esc, link_html, meta_html, notice_html

MAX_PAGES_SHOWN = 3  # a quote over more pages shows its first ones


def file_url(path: Path) -> str:
    """The app's URL of a file it may serve (one in ``PageImages.folder``), relative to the page."""
    return "gradio_api/file=" + url_quote(str(path))


def document_html(
    assistant: Assistant,
    doc_id: object,
    start: int | None = None,
    end: int | None = None,
    *,
    pages: PageImages | None = None,
) -> str:
    """The whole indexed document ``doc_id``, escaped, with ``[start:end]`` in <mark>.

    Only ids of indexed documents are served (``Assistant.document``); a path
    or any other string gets a visible refusal, never a file's contents.
    With ``pages``, a PDF's page is shown beside the text (``page_view_html``).
    """
    if not isinstance(doc_id, str) or not doc_id.strip():
        return notice_html("Choose a document to open.")
    try:
        doc = assistant.document(doc_id)
    except AssistantError as e:
        return notice_html(f"Cannot open this document: {e}")
    quote = _span_in(start, end, len(doc.text))
    page_count = len(doc.page_starts)
    where = f"{doc.page_at(quote[0])} of {page_count}" if quote is not None else f"{page_count} in all"
    original = page_view_html(doc, quote, pages) if pages is not None else ""
    return (
        f'<article class="document" data-doc="{esc(doc.doc_id)}">'
        f"<h2>{esc(doc.title)}</h2>"
        + meta_html(doc.publisher, doc.doc_type, ", ".join(doc.authorities) or None, doc.date, where)
        + f'<div class="doc-links">{link_html(doc.url)}{_download_html(doc, pages)}</div>'
        + f'<div class="doc-views">{original}'
        + '<section class="text-view" aria-label="The document\'s text">'
        + f'<div class="doc-text" tabindex="0">{_text_html(doc, quote)}</div></section></div></article>'
    )


def _text_html(doc: Document, quote: tuple[int, int] | None) -> str:
    """The document's text, escaped, page breaks marked, the quote in <mark id="doc-quote">."""
    text = doc.text
    cuts = sorted({0, len(text), *(s for s in doc.page_starts if 0 < s < len(text)), *(quote or ())})
    page_number = {s: i + 1 for i, s in enumerate(doc.page_starts)}
    body: list[str] = []
    marked = False
    for a, b in itertools.pairwise(cuts):
        if len(doc.page_starts) > 1 and a > 0 and a in page_number:
            body.append(f'<span class="page-break">Page {page_number[a]}</span>')
        piece = esc(text[a:b])
        if quote is not None and quote[0] <= a and b <= quote[1]:
            anchor = "" if marked else ' id="doc-quote"'
            piece = f'<mark class="quote"{anchor}>{piece}</mark>'
            marked = True
        body.append(piece)
    return "".join(body)


def _download_html(doc: Document, pages: PageImages | None) -> str:
    pdf = pages.pdf_file(doc) if pages is not None else None
    if pdf is None:
        return ""
    return (
        f'<a class="pdf-download" href="{esc(file_url(pdf))}" download="{esc(pdf.name)}">'
        f"Download the PDF ({pdf.stat().st_size / 2**20:.1f} MB)</a>"
    )


def page_view_html(doc: Document, quote: tuple[int, int] | None, pages: PageImages) -> str:
    """The original page(s) of a PDF with the quote's characters boxed; "" for other formats."""
    if not pages.has_pdf(doc):
        return ""
    hits = pages.quote_hits(doc, *quote) if quote is not None else []
    if not hits:
        hits = [PageHit(doc.page_at(quote[0]) if quote is not None else 1, ())]
    shown = [_page_html(doc, hit, pages, first=k == 0) for k, hit in enumerate(hits[:MAX_PAGES_SHOWN])]
    return (
        '<section class="page-view" aria-label="The original page">'
        + "".join(shown)
        + '<p class="page-note">The page as published; the quote\'s words are boxed in yellow.</p>'
        + "</section>"
    )


def _page_html(doc: Document, hit: PageHit, pages: PageImages, *, first: bool) -> str:
    png = pages.page_png(doc, hit.page)
    if png is None:
        return ""
    anchor = ' id="page-quote"'
    boxes = "".join(
        f'<span class="hl"{anchor if first and i == 0 else ""} style="left:{b.left:.3%};'
        f'top:{b.top:.3%};width:{b.width:.3%};height:{b.height:.3%}"></span>'
        for i, b in enumerate(hit.boxes)
    )
    described = "; the quote is highlighted" if hit.boxes else ""
    alt = f"Page {hit.page} of {len(doc.page_starts)} of {doc.title}, as published{described}"
    return (
        f'<figure class="page" data-page="{hit.page}"><div class="page-frame">'
        f'<img src="{esc(file_url(png))}" alt="{esc(alt)}">{boxes}</div>'
        f"<figcaption>Page {hit.page} of {len(doc.page_starts)} · "
        f'<a href="{esc(file_url(png))}" target="_blank" rel="noopener">the page full size</a>'
        "</figcaption></figure>"
    )


def _span_in(start: object, end: object, length: int) -> tuple[int, int] | None:
    """``(start, end)`` if both are offsets of a non-empty span of a text of ``length``."""
    if not all(isinstance(v, int) and not isinstance(v, bool) for v in (start, end)):
        return None
    assert isinstance(start, int) and isinstance(end, int)
    return (start, end) if 0 <= start < end <= length else None


def open_span(
    assistant: Assistant, spans: Sequence[Span] | None, index: object, *, pages: PageImages | None = None
) -> str:
    """The viewer for the ``index``-th span of the Sources panel (checked)."""
    spans = list(spans or [])
    try:
        i = int(index)  # type: ignore[call-overload]
    except (TypeError, ValueError):
        return notice_html("That source cannot be opened.")
    if not 0 <= i < len(spans):
        return notice_html("That source is no longer shown; ask the question again.")
    doc_id, start, end = spans[i]
    return document_html(assistant, doc_id, start, end, pages=pages)

"""Citations of document spans: made in one place, checked in one place.

Every answer (extractive, generated or from the judgement tables) cites a
span ``[start:end]`` of a document. ``cite_span`` is the one constructor: the
quote is always sliced from the document's text, never copied from what a
sentence splitter or a model produced. ``check_citations`` is the one check
of the invariant every answer keeps,
``document_text(c.doc_id)[c.start:c.end] == c.quote``.

>>> from assistant.documents import Document
>>> doc = Document("d.txt", "Caseloads are manageable. Supervision is regular.", "Letter")
>>> c = citation_for(doc, 1, 26, 49)
>>> c.quote, c.page
('Supervision is regular.', 1)
>>> check_citations([c], {"d.txt": doc.text})
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from typing import Protocol

from assistant.answers.types import Citation, source_label
from assistant.chunking import Span
from assistant.documents import Document
from assistant.errors import CitationError

DocumentText = Callable[[str], str] | Mapping[str, str]


class CitedSource(Protocol):
    """What a citation takes from its source: a ``Document`` or a ``Passage`` of one."""

    @property
    def doc_id(self) -> str: ...
    @property
    def title(self) -> str: ...
    @property
    def date(self) -> str | None: ...
    @property
    def doc_type(self) -> str: ...
    @property
    def authority(self) -> str | None: ...
    @property
    def source(self) -> str: ...
    @property
    def publisher(self) -> str | None: ...
    @property
    def url(self) -> str | None: ...


def cite_span(source: CitedSource, n: int, start: int, end: int, *, text: str, page: int) -> Citation:
    """Citation ``n`` of ``text[start:end]``, where ``text`` is the document's whole text.

    ``source`` gives the title, type, date and council: the ``Document``, or
    the ``Passage`` the span was found in (whose council is that part's own).
    """
    return Citation(
        n=n,
        doc_id=source.doc_id,
        title=source.title,
        quote=text[start:end],
        start=start,
        end=end,
        page=page,
        date=source.date,
        doc_type=source.doc_type,
        authority=source.authority,
        source=source.source,
        publisher=source.publisher,
        url=source.url,
    )


def citation_for(doc: Document, n: int, start: int, end: int) -> Citation:
    """Citation ``n`` of ``doc.text[start:end]``, on the page where the span starts."""
    return cite_span(doc, n, start, end, text=doc.text, page=doc.page_at(start))


def quoted_section(
    doc: Document, spans: Sequence[Span], *, first: int = 1, after_label: str = ""
) -> tuple[str, list[Citation]]:
    """``doc``'s ``spans`` cited (numbered from ``first``) and quoted under its label:
    '**Ofsted inspection report, July 2025** (Leeds): “...” [1] “...” [2]'."""
    citations = [citation_for(doc, n, s.start, s.end) for n, s in enumerate(spans, start=first)]
    quotes = " ".join(f"“{' '.join(c.quote.split())}” [{c.n}]" for c in citations)
    where = f" ({citations[0].authority})" if citations and citations[0].authority else ""
    label = source_label(doc.publisher, doc.doc_type, doc.date)
    return f"**{label}**{where}{after_label}: {quotes}", citations


def text_getter(document_text: DocumentText) -> Callable[[str], str]:
    """``document_text`` as a function of a doc_id (it may be a mapping)."""
    if callable(document_text):
        return document_text
    return document_text.__getitem__


def check_citations(citations: Sequence[Citation], document_text: DocumentText) -> None:
    """The invariant, checked on every answer: each quote is its document's text at its span.

    Raises ``CitationError`` naming the first citation that breaks it.
    """
    text_of = text_getter(document_text)
    bad = [c for c in citations if text_of(c.doc_id)[c.start : c.end] != c.quote]
    if bad:
        c = bad[0]
        raise CitationError(
            f"citation [{c.n}] does not match {c.doc_id}[{c.start}:{c.end}]",
            citations=citations,
            invalid=len(bad),
        )

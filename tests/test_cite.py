"""answers/cite.py: citations made from document spans, and the one check of their quotes."""

from __future__ import annotations

import dataclasses

import pytest

from assistant import Assistant, AssistantError
from assistant.answers.cite import check_citations, citation_for, cite_span
from assistant.documents import Document
from assistant.errors import CitationError


def test_citation_for_a_document_span() -> None:
    text = "Page one of the letter.\fManagers provide effective oversight of casework."
    doc = Document(
        "letter.pdf",
        text,
        "Monitoring visit",
        doc_type="monitoring visit letter",
        publisher="Ofsted",
        date="2022-01-31",
        authorities=("Stoke-on-Trent", "Staffordshire"),
        page_starts=(0, 24),
    )
    start = text.index("Managers")
    c = citation_for(doc, 3, start, start + 36)
    assert (c.n, c.quote, c.page) == (3, "Managers provide effective oversight", 2)
    assert (c.doc_id, c.title, c.date, c.authority, c.source, c.publisher) == (
        "letter.pdf",
        "Monitoring visit",
        "2022-01-31",
        "Stoke-on-Trent",
        "letter.pdf",
        "Ofsted",
    )
    check_citations([c], {doc.doc_id: text})  # a mapping
    check_citations([c], lambda doc_id: text)  # or a function


def test_cite_span_of_a_passage_takes_its_council_and_the_page_given(fake_assistant: Assistant) -> None:
    p = fake_assistant.search("What did Ofsted say about Stoke's supervision?", k=1)[0]
    text = fake_assistant.document_text(p.doc_id)
    c = cite_span(p, 1, p.start, p.start + 20, text=text, page=7)
    assert c.quote == text[p.start : p.start + 20] == p.text[:20]
    assert (c.authority, c.page, c.publisher, c.doc_type) == (p.authority, 7, p.publisher, p.doc_type)


def test_a_quote_that_is_not_the_span_raises_citation_error(fake_assistant: Assistant) -> None:
    doc = next(iter(fake_assistant.documents.values()))
    good = citation_for(doc, 1, 0, 30)
    bad = dataclasses.replace(good, n=2, quote=good.quote.upper() + "!")
    with pytest.raises(CitationError, match=rf"citation \[2\] does not match {doc.doc_id}\[0:30\]") as e:
        check_citations([good, bad], fake_assistant.document_text)
    assert isinstance(e.value, AssistantError) and not isinstance(e.value, AssertionError)

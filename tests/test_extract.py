"""answers/extract.py: sentences scored, chosen and composed, on plain values (no model)."""

from __future__ import annotations

import dataclasses

import pytest

from assistant import Assistant
from assistant.answers import source_label
from assistant.answers.ask import with_history
from assistant.answers.cite import check_citations
from assistant.answers.extract import (
    compose,
    score_candidates,
    select_quotes,
    sentences_of,
    states_type,
    wanted_type,
)
from assistant.dates import MONTHS, format_date
from assistant.query import parse_query


def test_labels_and_types() -> None:
    assert format_date("2022-01-31") == "31 January 2022" and format_date("2021-11") == "November 2021"
    assert source_label("Ofsted", "monitoring visit letter", "2022-01-31") == (
        "Ofsted monitoring visit letter, January 2022"
    )
    assert wanted_type("Who led the inspection?") == "person"
    assert wanted_type("When was the visit?") == "date"
    q = with_history(parse_query("what about caseloads?"), ["Tell me about Norfolk"])
    assert q.authorities == ("Norfolk",) and "caseloads" in q.search_text


@pytest.mark.parametrize("month", list(MONTHS))
def test_every_month_states_a_date_and_names_no_one(month: str) -> None:
    assert states_type(f"Inspectors returned in {month}.", "date")
    assert states_type(f"Inspectors returned in {month.capitalize()}.", "date")
    assert not states_type(f"Inspectors visited in {month.capitalize()} Ofsted said.", "person")


def test_a_name_is_a_person_and_a_council_is_not() -> None:
    assert states_type("The lead inspector was Jane Smith, HMI.", "person")
    assert not states_type("Stoke-on-Trent City Council appointed a new team.", "person")
    assert not states_type("The council improved.", "date") and states_type("It hired 12.", "number")


def test_composed_quotes_are_spans_of_their_documents(fake_assistant: Assistant) -> None:
    passages = fake_assistant.search("What did Ofsted say about Stoke's supervision?", k=8)
    candidates = sentences_of(passages, fake_assistant.document_text)
    assert candidates
    for c in candidates:
        assert fake_assistant.document_text(c.passage.doc_id)[c.start : c.end] == c.text
    scored = score_candidates(
        candidates, "supervision", fake_assistant.embedder, weights=fake_assistant.settings.answer_weights
    )
    assert [c.score for c in scored] == sorted((c.score for c in scored), reverse=True)
    quotes = select_quotes(scored, max_quotes=3, relative=0.0, duplicate=0.9)
    assert 1 <= len(quotes) <= 3
    text, citations = compose(
        quotes,
        chronological=True,
        newest_first=False,
        document_text=fake_assistant.document_text,
        page_at=lambda doc_id, offset: fake_assistant.document(doc_id).page_at(offset),
    )
    check_citations(citations, fake_assistant.document_text)
    assert [c.n for c in citations] == list(range(1, len(citations) + 1))
    for cited in citations:
        page = fake_assistant.document(cited.doc_id).page_at(cited.start)
        assert f"[{cited.n}]" in text and cited.page == page


def test_a_fact_in_two_sources_is_quoted_once_citing_both(fake_assistant: Assistant) -> None:
    passages = fake_assistant.search("supervision", k=4)
    first = sentences_of(passages, fake_assistant.document_text)[0]
    twin = dataclasses.replace(first, passage=dataclasses.replace(first.passage, doc_id="other.txt"))
    quotes = select_quotes(
        [dataclasses.replace(first, score=1.0), dataclasses.replace(twin, score=0.9)],
        max_quotes=3,
        relative=0.5,
        duplicate=0.9,
    )
    assert len(quotes) == 1 and [a.passage.doc_id for a in quotes[0].also] == ["other.txt"]

"""Which councils had a focused or monitoring visit: the visit letters listed, each quoted."""

from __future__ import annotations

import doctest

import assistant.answers.visit_list as visit_list_module
from assistant.answers.across import route
from assistant.answers.visit_list import answer_visit_list, asks_visit_list
from assistant.documents import Document
from assistant.query import parse_query

LETTER = (
    "{date}\n\nDear Director\n\nFocused visit to {council} children’s services\n\n"
    "This letter summarises the findings of the focused visit to {council} children’s services "
    "on {visit}. His Majesty’s Inspectors for this visit were Ann Smith and Bo Lee.\n\n"
    "Inspectors looked at the local authority’s arrangements for {topic}.\n\n"
    "Headline findings\n\nChildren are seen regularly."
)


def _letter(council: str, date: str, visit: str, start: str, end: str, topic: str) -> Document:
    text = LETTER.format(date=date, council=council, visit=visit, topic=topic)
    return Document(
        doc_id=f"{council.lower()}-{end}.pdf",
        text=text,
        title=f"Focused visit to {council} children’s services",
        doc_type="focused visit letter",
        publisher="Ofsted",
        date=date,
        authorities=(council,),
        extra={"inspection_start": start, "inspection_end": end},
    )


DOCS = {
    d.doc_id: d
    for d in (
        _letter("Leeds", "2023-03-01", "1 and 2 February 2023", "2023-02-01", "2023-02-02", "care leavers"),
        _letter(
            "Wigan", "2023-11-20", "10 and 11 October 2023", "2023-10-10", "2023-10-11", "the front door"
        ),
        _letter(
            "Bury", "2024-06-01", "1 and 2 May 2024", "2024-05-01", "2024-05-02", "care leavers aged 18 to 25"
        ),
    )
}


def _ask(question: str):  # type: ignore[no-untyped-def]
    parsed = parse_query(question)
    return answer_visit_list(question, parsed, parsed.authorities, DOCS, lambda doc_id: ())


def test_module_examples() -> None:
    assert doctest.testmod(visit_list_module).failed == 0


def test_which_councils_had_a_visit_lists_the_letters_of_the_period() -> None:
    answer = _ask("Which councils had a focused visit in 2023?")
    assert answer.answered and answer.kind == "visits" and answer.table is not None
    assert answer.text.startswith(
        "2 councils had a focused visit that ended in 2023, in the index (2 letters):"
    )
    assert [r[0] for r in answer.table.rows] == ["Leeds", "Wigan"]
    for c in answer.citations:  # every row quotes its letter's own statement of what it looked at
        assert DOCS[c.doc_id].text[c.start : c.end] == c.quote
        assert c.quote.startswith("Inspectors looked at")
    assert [r.inspection_end for r in answer.table.records] == ["2023-02-02", "2023-10-11"]


def test_a_topic_keeps_the_visits_that_looked_at_it() -> None:
    answer = _ask("How many focused visits looked at care leavers since 2023?")
    assert answer.table is not None
    assert [r[0] for r in answer.table.rows] == ["Bury", "Leeds"]
    by_date = _ask("List the focused visits that looked at care leavers, newest first")
    assert by_date.table is not None and [r[0] for r in by_date.table.rows] == ["Bury", "Leeds"]
    oldest = _ask("List the focused visits that looked at care leavers in date order")
    assert oldest.table is not None and [r[0] for r in oldest.table.rows] == ["Leeds", "Bury"]
    assert answer.text.startswith(
        "2 councils had a focused visit that looked at care leavers and ended in 2023"
    )


def test_no_visit_of_the_kind_is_said_plainly() -> None:
    answer = _ask("List Ofsted's monitoring visits in 2019")
    assert (
        not answer.answered
        and answer.text == "No council had a monitoring visit that ended in 2019, in the index."
    )


def test_visit_lists_are_routed_apart_from_findings_and_grades() -> None:
    for question, expected in [
        ("Which councils had a focused visit in 2023?", "visits"),
        ("Which councils did Ofsted visit in March 2023?", "visits"),
        ("Which councils were praised in focused visits for their front door?", "findings"),
        ("What did the focused visit to Leeds find about supervision?", "passages"),
        ("Which councils did Ofsted inspect in 2023?", "grades"),
        # One council's visits are told by its letters: "This was the fifth monitoring visit".
        ("How many monitoring visits had Ofsted made to Stoke-on-Trent since 2019?", "passages"),
    ]:
        parsed = parse_query(question)
        assert route(question, parsed, parsed.authorities) == expected, question
    assert not asks_visit_list("What was the focus of Leeds's focused visit?")

"""What a council needs to improve on one topic: its report's list items on the topic, else its
sentences that find fault with it (``assistant/answers/topic_list.py``)."""

from __future__ import annotations

import doctest

import pytest

import assistant.answers.topic_list as topic_list_module
from assistant.answers.overview import asks_improvement_on_topic, asks_list
from assistant.answers.polarity import asks_improvement
from assistant.answers.topic_list import names_topic, topic_spans, topic_stems
from assistant.query import parse_query
from tests.conftest import read_ofsted


def test_doctests() -> None:
    assert doctest.testmod(topic_list_module).failed == 0


@pytest.mark.parametrize(
    ("question", "ways"),
    [
        ("What needs to improve for care leavers in Leeds?", [("care", "leaver")]),
        ("where is Kent falling short on supervision?", [("supervis",)]),
        ("what needed improving re supervision in peterborough's work, june 2021 visit", [("supervis",)]),
        ("Where is Wandsworth weak on permanence for looked after children?", [("perman",)]),
        ("How good are East Riding's social work assessments and what needs fixing?", [("assess",)]),
        ("What needs to improve in Leeds?", []),  # no topic: the whole list answers
    ],
)
def test_the_topic_is_what_is_left_of_the_asking(question: str, ways: list[tuple[str, ...]]) -> None:
    assert topic_stems(parse_query(question).search_text)[:1] == ways


def test_an_item_holds_every_word_of_the_topic_but_whom_it_is_for() -> None:
    ways = topic_stems("What needed to improve about apprenticeships for care leavers?")
    assert not names_topic(ways, "• Develop links with adult mental health services for care leavers.")
    assert names_topic(ways, "• Apprenticeships taken up and completed.")
    assert names_topic(
        topic_stems("What needs to improve for care leavers?"), "• Care leavers' pathway plans."
    )
    assert not names_topic(topic_stems("What needs to improve for care leavers?"), "• Children in care.")


def test_a_report_word_the_question_already_says_is_no_other_way_of_saying_it() -> None:
    # the glossary gives "care leavers" for "personal adviser": it is no way of saying the topic alone
    ways = topic_stems("what did inspectors criticise about when care leavers get a personal adviser?")
    assert ("care", "leaver") not in ways
    assert not names_topic(ways, "• More could be done to engage care leavers in participation activities.")


@pytest.mark.parametrize(
    ("question", "improvement"),
    [
        ("the Feb 2022 focused visit to Slough - what needed to get better in early help?", True),
        ("Is Leeds getting better at permanence?", False),
    ],
)
def test_what_needed_to_get_better_in_a_topic_asks_what_needs_to_improve(
    question: str, improvement: bool
) -> None:
    assert asks_improvement(question) is improvement


@pytest.mark.slow
def test_the_lists_item_on_the_topic_is_quoted() -> None:
    doc = read_ofsted("reports/80564_stoke-on-trent/children's services inspection - 15 july 2025.pdf")
    said = topic_spans("What does need to improve about supervision?", doc.text)
    assert said is not None and said.kind == "items" and said.heading.startswith("What needs to improve")
    assert [doc.text[s.start : s.end][:39] for s in said.spans] == ["• Management oversight and supervision,"]


@pytest.mark.slow
def test_without_an_item_on_the_topic_its_sentences_that_find_fault_are_quoted() -> None:
    doc = read_ofsted("reports/80476_kent/children's services inspection - 02 february 2026.pdf")
    said = topic_spans("where is falling short on supervision?", doc.text)
    assert said is not None and said.kind == "faults"
    quotes = [doc.text[s.start : s.end] for s in said.spans]
    assert 1 <= len(quotes) <= topic_list_module.CRITICAL_QUOTES
    assert any("gaps in supervision" in q for q in quotes)
    assert all("supervision" in q.lower() for q in quotes)


@pytest.mark.slow
def test_a_topic_written_but_neither_listed_nor_faulted_is_said_to_be_unlisted() -> None:
    # Leeds 2025: care leavers' services outstanding; "vulnerable care leavers at risk of not being
    # in education" is whom a service is for, no fault
    doc = read_ofsted("reports/80481_leeds/children's services inspection - 12 august 2025.pdf")
    said = topic_spans("What needs to improve for care leavers?", doc.text)
    assert said is not None and said.kind == "unlisted" and said.topic == "care leavers"
    assert said.spans and all("care leaver" not in doc.text[s.start : s.end].lower() for s in said.spans)


@pytest.mark.slow
def test_a_topic_the_document_never_writes_leaves_the_question_to_the_sentences() -> None:
    doc = read_ofsted("reports/80564_stoke-on-trent/children's services inspection - 15 july 2025.pdf")
    assert topic_spans("What does need to improve about vaping?", doc.text) is None


@pytest.mark.parametrize(
    ("question", "on_topic"),
    [
        ("where is Kent falling short on supervision?", True),
        ("What did Ofsted say Stoke had to do to improve supervision?", True),
        ("what needed improving re supervision in peterborough, june 2021 visit", True),
        ("What is Kent doing to improve supervision?", False),  # what is done, not what is needed
        ("What are Leeds's plans to improve its front door?", False),
    ],
)
def test_what_is_done_to_improve_is_no_question_for_the_list(question: str, on_topic: bool) -> None:
    assert asks_improvement_on_topic(question) is on_topic


@pytest.mark.parametrize(
    "question",
    [
        "Where does Leeds fall short?",
        "What are Leeds's weak spots?",
        "Is there room for improvement in Leeds?",
        "What criticisms did Ofsted make of Kent?",
        "Where is Kent falling short?",
    ],
)
def test_weaknesses_in_other_words_on_no_topic_ask_for_the_whole_list(question: str) -> None:
    assert asks_list(question, parse_query(question).search_text)
    assert topic_stems(parse_query(question).search_text) == []


def test_a_question_with_a_topic_is_no_question_for_the_whole_list() -> None:
    question = "What needs to improve for care leavers in Leeds?"
    assert not asks_list(question, parse_query(question).search_text)


@pytest.mark.parametrize(
    "question",
    [
        "After looking at Warrington's front door in December 2021, what did they say needed to get better?",
        "After examining the front door, what needs to improve?",
        "When inspectors had a look at the front door, what needed to improve?",
    ],
)
def test_what_inspectors_did_is_not_the_topic(question: str) -> None:
    assert topic_stems(parse_query(question).search_text)[0] == ("front", "door")

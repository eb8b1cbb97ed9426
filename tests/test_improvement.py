"""A question asking what needs to improve reads the report's own list of it."""

from __future__ import annotations

import dataclasses

from assistant.answers.extract import Candidate
from assistant.answers.improvement import (
    answers_from_its_list,
    improvement_lists_first,
    with_improvement_lists,
)
from assistant.answers.polarity import improvement_headings
from assistant.retrieval import Passage

# Paragraph 27 of North Lincolnshire's 2026 report, as the reader gives it: the
# heading run into the end of the paragraph before the list.
_RUN_IN = (
    "Leaders know the service's strengths and challenges. What needs to improve?\n\n"
    "• The consistency of approach in respect of the lifelong offer for care leavers in custody.\n"
)
_BODY = "Since the last inspection, leaders have continued to make improvements.\n"


def _p(
    text: str, i: int, doc_id: str = "report.pdf", heading: str = "", authority: str = "Anytown"
) -> Passage:
    return Passage(
        doc_id,
        "Report",
        text,
        100 * i,
        100 * i + len(text),
        1.0,
        1,
        "2026-04-30",
        "report",
        authority,
        "x",
        heading=heading,
        chunk_index=i,
    )


class _Retriever:
    def __init__(self, passages: list[Passage]) -> None:
        self.passages = passages

    def passages_of(self, doc_id: str) -> list[Passage]:
        return [p for p in self.passages if p.doc_id == doc_id]


def test_a_run_in_heading_is_read_as_the_lists_heading() -> None:
    assert improvement_headings(_RUN_IN) == ["What needs to improve?"]
    assert improvement_headings(_BODY) == []


# Hartlepool's 2022 focused visit letter: the visit's own heading, run in, then its one item.
_VISIT_RUN_IN = (
    "Strong partnerships help care leavers achieve their ambitions. What needs to improve in this area "
    "of social work practice?\n\n• The voice and influence of care leavers in developing their plan.\n"
)


def test_a_visits_run_in_heading_is_read_as_its_lists_heading() -> None:
    assert improvement_headings(_VISIT_RUN_IN) == [
        "What needs to improve in this area of social work practice?"
    ]


def _candidate(passage: Passage, sentence: str) -> Candidate:
    start = passage.text.index(sentence)
    return Candidate(passage, 0, passage.start + start, passage.start + start + len(sentence), sentence)


def test_an_item_of_the_councils_own_list_answers_what_it_must_improve() -> None:
    listed = _p(_VISIT_RUN_IN, 1, authority="Hartlepool")
    item = _candidate(listed, "• The voice and influence of care leavers in developing their plan.")
    body = _candidate(listed, "Strong partnerships help care leavers achieve their ambitions.")
    asked = "Was there anything Ofsted said Hartlepool still needed to work on?"
    assert answers_from_its_list(asked, ("Hartlepool",), item)
    assert not answers_from_its_list(asked, ("Hartlepool",), body)  # not an item of the list
    assert not answers_from_its_list(asked, ("Leeds",), item)  # another council's list
    assert not answers_from_its_list(
        "How do Hartlepool's care leavers shape their plans?", ("Hartlepool",), item
    )


def test_the_first_documents_list_joins_an_improvement_questions_passages() -> None:
    body, listed = _p(_BODY, 5), _p(_RUN_IN, 1)
    other = dataclasses.replace(_p(_RUN_IN, 2), doc_id="other.pdf")
    r = _Retriever([listed, body, other])
    out = with_improvement_lists("What did Anytown still need to improve?", [body], r)  # type: ignore[arg-type]
    assert out == [body, listed]  # after the search's own, and only the first document's
    assert with_improvement_lists("How has Anytown improved?", [body], r) == [body]  # type: ignore[arg-type]
    assert with_improvement_lists("What needs to improve?", [], r) == []  # type: ignore[arg-type]


def test_a_passage_under_the_heading_by_its_chunks_heading_counts() -> None:
    body = _p(_BODY, 5)
    continued = _p("• The timeliness of visits.\n", 2, heading="What needs to improve?")
    r = _Retriever([continued, body])
    assert with_improvement_lists("What needs to improve?", [body], r) == [body, continued]  # type: ignore[arg-type]


def test_what_still_needs_sorting_asks_for_what_needs_to_improve() -> None:
    from assistant.answers.polarity import asks_improvement, question_polarity

    question = "care leaver here. when ofsted came in may 2024, what did they say still needs sorting?"
    assert asks_improvement(question) and question_polarity(question) == -1
    assert not asks_improvement("What did they say about how care leavers are sorted into housing?")
    # "needed to get better" on its own asks it; "need to get better housing" asks about housing
    assert asks_improvement(
        "After looking at the front door in 2021, what did they say needed to get better?"
    )
    assert not asks_improvement("Do care leavers in Kent need to get better housing?")


def test_a_search_for_what_one_council_must_improve_puts_the_list_first() -> None:
    body, listed = _p(_BODY, 5, authority="Leeds"), _p(_RUN_IN, 1, authority="Leeds")
    more = _p("Managers are visible and staff like working here.\n", 6, authority="Leeds")
    body, more = dataclasses.replace(body, score=0.8), dataclasses.replace(more, score=0.5)
    r = _Retriever([listed, body, more])
    out = improvement_lists_first("What did Leeds still need to improve?", [body, more], r, 2)  # type: ignore[arg-type]
    assert [p.chunk_id for p in out] == [listed.chunk_id, body.chunk_id]  # k at most
    assert out[0].score == 0.8  # ranked with the search's best


def test_other_searches_keep_their_order() -> None:
    body, listed = _p(_BODY, 5, authority="Leeds"), _p(_RUN_IN, 1, authority="Leeds")
    r = _Retriever([listed, body])
    for question in (
        "How has Leeds improved?",  # progress, not the list
        "What did Leeds conclude about its capacity to improve?",  # a judgement's name
        "What do councils still need to improve?",  # no one council's report
        "What did Bradford still need to improve?",  # the first passage is not Bradford's
    ):
        assert improvement_lists_first(question, [body], r, 5) == [body], question  # type: ignore[arg-type]

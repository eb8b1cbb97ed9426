"""Finding lists: a question's words of difficulty and its evaluative pairs are not the topic.

The cases are the wordings of the blind dev lists written at the start of
stop 20 (`list9-*` in evals/cross_council_questions.jsonl), read with the
reports' own sentences.
"""

from __future__ import annotations

import pytest

from assistant.answers.finding_topic import document_kind
from assistant.answers.findings import finding_question, states
from assistant.query import parse_query

CONTINGENCY = (
    "Which councils were criticised for weak or missing contingency planning for children, "
    "in inspections since 2023?"
)
DENTAL = (
    "Where did Ofsted find children in care or care leavers struggling to get dental care "
    "or timely dental checks, in inspections since 2023?"
)
RECORDING = (
    "Which councils' reports since 2023 say problems with the electronic case recording system "
    "hamper social work practice?"
)
LETTERS = (
    "Which councils were criticised for unclear or poor-quality letters before proceedings to parents, "
    "in inspections since 2023?"
)


def _q(question: str):  # type: ignore[no-untyped-def]
    return finding_question(question, parse_query(question).search_text)


@pytest.mark.parametrize(
    ("question", "absent"),
    [
        # An evaluative word's partner in "weak or missing" says how it is, as "weak" does.
        (CONTINGENCY, {"miss"}),
        # "struggling to get", "problems with", "hamper" word the criticism, not the topic.
        (DENTAL, {"struggl", "get"}),
        (RECORDING, {"problem", "hamper"}),
        # "poor-quality" is one evaluative word, not "poor" and a topic word "quality".
        (LETTERS, {"qualiti", "unclear"}),
    ],
)
def test_words_of_difficulty_and_evaluative_pairs_leave_the_topic(question: str, absent: set[str]) -> None:
    q = _q(question)
    terms = {t for a in (q, *q.alternatives) for t in a.terms}
    assert not terms & absent
    assert q.polarity == -1


def test_children_missing_from_care_keep_missing() -> None:
    q = _q("Which councils were criticised for their response to children missing from care since 2023?")
    assert q.terms == ("miss", "care")


def test_letters_before_proceedings_are_no_visit_letters() -> None:
    assert document_kind(LETTERS) == "inspection"
    assert document_kind("Which councils' letters since 2023 say plans are weak?") == "visit"


@pytest.mark.parametrize(
    ("question", "sentence", "expected"),
    [
        (CONTINGENCY, "Most child protection plans do not have clear contingency plans.", True),
        (CONTINGENCY, "A lack of contingency planning does not support families to understand it.", True),
        (CONTINGENCY, "Contingency plans are agreed from the outset, to avoid drift and delay.", False),
        (DENTAL, "The vast majority of children have annual dental assessments.", False),
        (
            RECORDING,
            "However, workers have been significantly hindered by the inaccurate data produced by the "
            "current electronic recording system, which is cumbersome and inefficient.",
            True,
        ),
    ],
)
def test_the_reports_sentences_under_those_wordings(question: str, sentence: str, expected: bool) -> None:
    assert states(_q(question), sentence, weights={}) is expected

"""Finding lists: the question's grammar (whom it is about, a negated pair of verbs, what a practice
is for) and the reports' words for difficulty and praise.

The cases are the wordings of the blind dev lists of stop 20 (`list9-*` in
evals/cross_council_questions.jsonl), read with the reports' own sentences.
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
ENTITLEMENTS = (
    "Which councils' reports since 2023 say care leavers do not know or understand their entitlements "
    "or the local offer?"
)
LETTERS = (
    "Which councils were criticised for unclear or poor-quality letters before proceedings to parents, "
    "in inspections since 2023?"
)
PARALLEL = (
    "Which councils did Ofsted praise for parallel or concurrent planning for children's permanence, "
    "in inspections since 2023?"
)
RECORDING = (
    "Which councils' reports since 2023 say problems with the electronic case recording system "
    "hamper social work practice?"
)


def _q(question: str):  # type: ignore[no-untyped-def]
    return finding_question(question, parse_query(question).search_text)


def test_a_group_named_as_alternatives_does_not_keep_the_topic_from_its_own() -> None:
    assert [a.topic for a in _q(DENTAL).alternatives] == ["dental care", "dental checks"]


def test_whom_a_negated_wording_is_about_is_not_what_they_do_not_know() -> None:
    q = _q(ENTITLEMENTS)
    assert q.predicate == "not know or understand"
    assert [a.terms for a in q.alternatives] == [("entitl",), ("local", "offer")]


def test_a_councils_own_letters_are_its_topic() -> None:
    assert "letter" in _q(LETTERS).terms
    assert "letter" not in _q("Which councils' letters since 2023 say plans are weak?").terms


def test_what_a_practice_is_for_is_not_the_practice() -> None:
    assert [a.topic for a in _q(PARALLEL).alternatives] == ["parallel planning", "concurrent planning"]
    # ... but the thing asked about is kept: "care leavers' access to their health histories"
    q = _q("Which councils were criticised for care leavers' access to their health histories since 2023?")
    assert "histori" in q.terms


@pytest.mark.parametrize(
    ("question", "sentence", "expected"),
    [
        (ENTITLEMENTS, "Most young people are not aware of Halton’s local offer.", True),
        (ENTITLEMENTS, "Some care leavers did not know about all of their entitlements.", True),
        (ENTITLEMENTS, "Care leavers benefit from a developed local offer in Sutton.", False),
        (DENTAL, "Not all children are getting access to dental care as they should be.", True),
        (
            DENTAL,
            "For most children, health needs are met, although dental care is not always prioritised.",
            True,
        ),
        (DENTAL, "Dental care needs to be prioritised for children in care.", False),
        (LETTERS, "Letters before proceedings sent to parents include too much legal jargon.", True),
        (
            PARALLEL,
            "Social workers use parallel planning well to ensure that alternative arrangements are "
            "ready, should the primary plan not succeed.",
            True,
        ),
        (
            PARALLEL,
            "Sensible parallel planning reduces delay, and children are supported to exit care.",
            True,
        ),
        (PARALLEL, "Parallel planning is not yet embedded in practice.", False),
        (
            RECORDING,
            "This is caused and compounded by difficulties with the electronic case recording system.",
            True,
        ),
        (RECORDING, "The electronic case recording system has no issues with access.", False),
    ],
)
def test_the_reports_sentences_under_those_wordings(question: str, sentence: str, expected: bool) -> None:
    assert states(_q(question), sentence, weights={}) is expected


# Words of difficulty and evaluative pairs (the first fixes for these wordings)


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
def test_the_reports_sentences_under_difficulty_words(question: str, sentence: str, expected: bool) -> None:
    assert states(_q(question), sentence, weights={}) is expected

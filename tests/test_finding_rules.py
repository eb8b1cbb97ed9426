"""Finding lists, third pass: the rules that decide whether a sentence states a finding.

Each case is a sentence from an inspection report (some shortened), read
under the question it was a false positive or a miss for on the dev split.
"""

from __future__ import annotations

import pytest

from assistant.answers.findings import finding_question, states
from assistant.answers.senses import in_topic_sense
from assistant.query import parse_query

ADVOCACY = "Which councils were criticised for their advocacy services in inspections since 2023?"
HEALTH = "Which councils' reports since 2023 say health assessments are not timely?"
HIGH = "Which councils were criticised for high caseloads in inspections since 2023?"


def _states(question: str, sentence: str, heading: str = "") -> bool:
    q = finding_question(question, parse_query(question).search_text)
    return states(q, sentence, weights={}, heading=heading)


# --------------------------------------------------------------------------
# A topic word in another sense


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # The verb is the worker's job, not the advocacy service.
        ("Not all children have a social worker who can advocate on their behalf.", False),
        ("Personal advisers do not always sufficiently advocate for care leavers in custody.", False),
        ("Workers are not advocating for children's needs to be met.", False),
        # The noun, singular or plural, is the service.
        ("Not all children have access to advocates and independent visitors.", True),
        ("Not all children are offered an advocate when they come into care.", True),
    ],
)
def test_a_verb_of_the_topics_family_is_not_the_topic(sentence: str, expected: bool) -> None:
    assert _states(ADVOCACY, sentence) is expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Some children wait too long for mental health assessments.", False),
        ("There are delays in emotional health assessments for children in care.", False),
        ("There are delays in initial health assessments for children in care.", True),
    ],
)
def test_a_qualifier_that_names_another_field_is_not_the_topic(sentence: str, expected: bool) -> None:
    assert _states(HEALTH, sentence) is expected


def test_a_qualifier_the_question_names_is_the_topic() -> None:
    assert in_topic_sense(("mental", "health"), "Mental health assessments") == "Mental health assessments"


# --------------------------------------------------------------------------
# A hedged wording


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Caseloads are slightly higher in some teams than others, but are gradually reducing.", False),
        ("Caseloads are a little higher in the assessment service.", False),
        ("Caseloads are higher in the assessment service, and this limits direct work.", True),
    ],
)
def test_a_slight_difference_is_not_the_wording(sentence: str, expected: bool) -> None:
    assert _states(HIGH, sentence) is expected

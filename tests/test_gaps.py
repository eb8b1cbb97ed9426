"""answers/gaps.py: questions the collection cannot answer, named before anything is quoted."""

from __future__ import annotations

import pytest

from assistant.answers.gaps import outside_remit, place_names
from assistant.places import former_councils, outside_england


def test_places_after_in_or_at() -> None:
    assert place_names("How are care leavers supported in Gotham City?") == ["Gotham"]
    assert place_names("What did Ofsted find in Springfield in 2019?") == ["Springfield"]
    assert place_names("How are children in care supported in May?") == []
    assert place_names("Are reports published in England?") == []


@pytest.mark.parametrize(
    "question",
    [
        "What did Ofsted say about library closures in Southend?",
        "How quickly does Reading Borough Council fix broken street lights?",
        "How good are Westminster's parks?",
        "Where can I park? What does parking cost in Camden?",
    ],
)
def test_other_council_services_are_outside_the_remit(question: str) -> None:
    assert outside_remit(question)


def test_children_keep_a_service_in_the_remit() -> None:
    assert outside_remit("Do children in care in Leeds get library cards?") == []
    assert outside_remit("Are care leavers in Wirral exempt from council tax?") == []


def test_crown_dependencies_are_outside_england() -> None:
    assert outside_england("What did Ofsted say about children's services in Jersey?") == ["Jersey"]
    assert outside_england("How are care leavers in Guernsey or the Isle of Man supported?") == [
        "Guernsey",
        "Isle of Man",
    ]


@pytest.mark.parametrize(
    ("question", "former"),
    [
        ("How did Northamptonshire do in its 2019 inspection?", ["Northamptonshire"]),
        ("what about cumbria's care leavers", ["Cumbria"]),
        ("How are care leavers in Cheshire supported?", ["Cheshire"]),
        ("What about North Northamptonshire, west northamptonshire or Cheshire East?", []),
        ("Cheshire West and Chester's front door", []),
        ("Central Bedfordshire or Bedford?", []),
    ],
)
def test_former_councils(question: str, former: list[str]) -> None:
    assert former_councils(question) == former

"""Towns someone lives or works in name the council whose children's services they have."""

from __future__ import annotations

import pytest

from assistant.answers.no_council import not_a_council_reason
from assistant.authorities import GAZETTEER
from assistant.query import parse_query
from assistant.towns import _BY_COUNCIL, TOWNS


@pytest.mark.parametrize(
    ("question", "council"),
    [
        ("my cousin fosters in Birkenhead - what did ofsted say about care leavers?", "Wirral"),
        ("We live in Crewe and are thinking about adopting. How was adoption graded?", "Cheshire East"),
        ("I'm from Taunton. Did Ofsted say the top bosses kept changing?", "Somerset"),
        ("thinking of taking a social work job in Scunthorpe - any staff turnover?", "North Lincolnshire"),
        # the town's own council where that is the one with children's services
        ("What grade did the South Shields council's adoption service get in 2017?", "South Tyneside"),
        ("Weston-super-Mare council, ofsted visit spring 2019 - unallocated children?", "North Somerset"),
    ],
)
def test_a_town_someone_is_in_names_its_council(question: str, council: str) -> None:
    parsed = parse_query(question)
    assert parsed.authorities == (council,)
    town = next(t for t in TOWNS if t in question)
    assert town not in parsed.search_text  # taken out of the search, as a council's name is


@pytest.mark.parametrize(
    "question",
    [
        # the town's services asked about as if it had its own: "not a council" says whose they are
        "What did Ofsted say about children in care in Skegness?",
        "What did Ofsted say about children's social care in Weston-super-Mare?",
        # a two-tier county's town: its own council is a district's or a parish's
        "what did ofsted say about skegness council's children's services?",
        # a town named for another reason
        "which bus goes from ashton-under-lyne to the town hall?",
    ],
)
def test_a_town_named_for_its_services_or_in_passing_names_no_council(question: str) -> None:
    assert GAZETTEER.find_in_query(question) == []


def test_no_town_is_a_council_or_in_two() -> None:
    assert not [t for t in TOWNS if GAZETTEER.resolve(t)]
    listed = [t for towns in _BY_COUNCIL.values() for t in towns]
    assert len(listed) == len(set(listed))


def test_a_town_asked_about_as_a_council_is_told_whose_services_it_has() -> None:
    reason = not_a_council_reason("what did ofsted say about skegness council's children's services?", {})
    assert reason == (
        "Skegness is not an English council: it is a town in Lincolnshire, whose council runs its "
        "children's services; ask about Lincolnshire"
    )


def test_a_misspelt_name_of_two_words_is_its_council_but_a_real_name_is_not() -> None:
    assert GAZETTEER.find_in_query("How did Ofsted grade adoption at St Hellens council in 2014?") == [
        "St Helens"
    ]
    assert GAZETTEER.find_in_query("Do children in care get support from St Helena Hospice?") == []
    assert GAZETTEER.find_in_query("east rising of yorkshire: worst area for care leavers?") == [
        "East Riding of Yorkshire"
    ]

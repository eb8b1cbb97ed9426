"""Towns someone lives or works in name the council whose children's services they have."""

from __future__ import annotations

import pytest

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

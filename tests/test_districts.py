"""districts.py: England's district councils and the councils that run their children's services."""

from __future__ import annotations

from assistant.authorities import GAZETTEER
from assistant.districts import DISTRICTS, districts_named


def test_a_district_is_named_in_any_case_with_its_county() -> None:
    assert districts_named("we're moving to maidstone - what about the council?") == [("Maidstone", "Kent")]
    assert districts_named("How did Tunbridge Wells do?") == [("Tunbridge Wells", "Kent")]
    assert districts_named("Harrogate council's children's services") == [("Harrogate", "North Yorkshire")]


def test_ordinary_words_count_only_with_their_capital() -> None:
    assert districts_named("a rugby club and a hart") == []
    assert districts_named("Rugby and Hart") == [("Rugby", "Warwickshire"), ("Hart", "Hampshire")]


def test_a_longer_name_wins_over_a_shorter_one_inside_it() -> None:
    assert districts_named("Basingstoke and Deane's services") == [("Basingstoke and Deane", "Hampshire")]
    assert districts_named("Wyre Forest") == [("Wyre Forest", "Worcestershire")]


def test_every_district_lies_in_a_council_the_gazetteer_knows_and_is_none_itself() -> None:
    for district, council in DISTRICTS.items():
        assert GAZETTEER.resolve(council) == council, council
        assert GAZETTEER.resolve(district) is None, district

"""authorities.py: the gazetteer and who a passage is about."""

from __future__ import annotations

import csv

import pytest

from assistant.authorities import GAZETTEER, attribute_sections
from tests.conftest import OFSTED


@pytest.mark.parametrize(
    ("name", "official"),
    [
        ("Stoke", "Stoke-on-Trent"),
        ("stoke-on-trent", "Stoke-on-Trent"),
        ("Hull", "Kingston upon Hull"),
        ("Cheshire West", "Cheshire West and Chester"),
        ("telford & wrekin", "Telford and Wrekin"),
        ("Leicester City Council", "Leicester"),
        ("bournemouth, christchurch & poole", "Bournemouth, Christchurch and Poole"),
        ("london corporation", "City of London"),
        ("Manchester", "Manchester"),
    ],
)
def test_resolve(name: str, official: str) -> None:
    assert GAZETTEER.resolve(name) == official


def test_unknown_names_do_not_resolve() -> None:
    assert GAZETTEER.resolve("Glasgow") is None
    assert GAZETTEER.resolve("") is None


def test_every_council_in_the_ofsted_csv_is_known() -> None:
    path = OFSTED / "ofsted_csc_ilacs_history.csv"
    if not path.exists():
        pytest.skip("../shared/ofsted is not beside the project")
    with open(path, encoding="utf-8") as f:
        names = {r["local_authority"] for r in csv.DictReader(f)}
    assert len(names) == 153
    assert all(GAZETTEER.resolve(n) for n in names), [n for n in names if not GAZETTEER.resolve(n)]
    assert len(GAZETTEER.authorities) == 153


def test_find_in_text_is_strict_about_common_words() -> None:
    found = [
        m.authority
        for m in GAZETTEER.find("Reading the files, inspectors visited Reading and North Yorkshire.")
    ]
    assert found == ["Reading", "North Yorkshire"]
    assert [m.authority for m in GAZETTEER.find("Newcastle-under-Lyme is not Newcastle.")] == [
        "Newcastle upon Tyne"
    ]


def test_find_in_query_is_case_insensitive() -> None:
    assert GAZETTEER.find_in_query("what about stoke's caseloads in hull?") == [
        "Stoke-on-Trent",
        "Kingston upon Hull",
    ]


def test_sections_keep_their_own_council() -> None:
    sections = [
        "Stoke has improved. Stoke recruited 77 social workers.",
        "Lyons was interim DCS at Sefton before joining Stoke.",
        "Stoke was one of several. Ofsted praised Warrington. Warrington hired a coach.",
        "Ofsted praised Cheshire West and Chester. Warrington's strategy helped.",
        "Leaders were acting on this.",
    ]
    covered = ["Stoke-on-Trent", "Warrington", "Cheshire West and Chester"]
    assert attribute_sections(sections, covered=covered) == [
        "Stoke-on-Trent",
        "Stoke-on-Trent",
        "Warrington",
        "Cheshire West and Chester",
        "Cheshire West and Chester",
    ]
    assert attribute_sections(sections, covered=["Stoke-on-Trent"]) == ["Stoke-on-Trent"] * 5

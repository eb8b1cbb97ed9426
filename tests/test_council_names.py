"""Every council, by every name a question may use, is parsed as that council and no other.

Wrong-council citations on a question about one council come from a name
the parser misses (nothing filters to the council) or reads as another
("New York" as York, "Reading's" at the start of a question as nothing).
These tests phrase ordinary questions for all 153 councils, by their
official names, with and without "Council" and its kinds, by their
everyday names, in several positions and cases; then the names that are
ordinary words or parts of other places.
"""

from __future__ import annotations

import csv
from collections.abc import Iterator

import pytest

from assistant.answers.no_council import unknown_council_names
from assistant.authorities import _AUTHORITIES, EVERYDAY_NAMES, GAZETTEER
from assistant.places import NOT_COUNCILS
from assistant.query import parse_query
from assistant.subjects import subject_councils
from tests.conftest import OFSTED

# Names that are ordinary words: a council when capitalised, possessive or
# called a council, never as a lower-case word.
WORDS = {"Reading", "Bury", "Bath", "Barking", "Hove", "Bucks", "Staffs", "Wilts", "Wolves"}

TEMPLATES = (
    "What did Ofsted say about {x}'s care leavers?",
    "What did Ofsted say about {x}’s care leavers?",
    "In {x}, how are children in care supported?",
    "how good is {x} at private fostering",
    "{x}'s 2019 inspection: what about caseloads?",
    "{x} children's services: were they good?",
    "Tell me about the focused visit to {x} in 2021",
    "What did inspectors find in {x}?",
    "Was {x} rated inadequate?",
    "Compare nothing, just {x}: how are its social workers supervised?",
)
# Where a template puts the name first, or after "In": the first word of a sentence.
_MARKED = {0, 1, 4, 5}  # possessive or "children's services" after the name


def _forms(official: str) -> Iterator[tuple[str, bool]]:
    """(name, usable in any case) for every name of ``official`` a question may use."""
    entry = next(e for e in _AUTHORITIES if e[0] == official)
    for form in entry:
        anycase = form not in WORDS
        yield form, anycase
        if form.isupper():
            continue
        bare = form.removeprefix("City of ").removeprefix("County ")
        if GAZETTEER.resolve(bare) != official:
            bare = form  # "London" is not the City of London
        for suffix in (" Council", " City Council", " County Council", " Borough Council"):
            yield bare + suffix, True
        yield "Metropolitan Borough of " + bare, True
        yield "London Borough of " + bare, True
        yield "Royal Borough of " + bare, True
        yield "the City of " + bare, True
    for everyday, council in EVERYDAY_NAMES.items():
        if council == official:
            yield everyday, everyday not in WORDS


def _cases(form: str, anycase: bool) -> set[str]:
    return {form, form.lower(), form.upper(), form.title()} if anycase else {form}


def _wrongly_parsed(official: str) -> list[tuple[str, list[str]]]:
    wrong = []
    for form, anycase in _forms(official):
        for i, template in enumerate(TEMPLATES):
            for x in _cases(form, anycase):
                if not anycase and x in WORDS and template.startswith(("{x}", "In {x}")) and i not in _MARKED:
                    continue  # "Reading" at the start of a question: the word, unless marked
                question = template.format(x=x)
                found = GAZETTEER.find_in_query(question)
                if found != [official]:
                    wrong.append((question, found))
    return wrong


@pytest.mark.parametrize("official", GAZETTEER.authorities)
def test_every_council_by_every_name(official: str) -> None:
    wrong = _wrongly_parsed(official)
    assert not wrong, wrong[:5]


@pytest.mark.parametrize("official", GAZETTEER.authorities)
def test_every_council_leaves_the_search_text(official: str) -> None:
    """The council's name is a filter, not search words: the search text keeps the question's topic."""
    q = parse_query(f"What did Ofsted say about {official} Council's care leavers?")
    assert q.authorities == (official,)
    assert "care leavers" in q.search_text
    assert "Council" not in q.search_text


def test_every_name_in_the_ofsted_csv_is_parsed_as_its_council() -> None:
    path = OFSTED / "ofsted_csc_ilacs_history.csv"
    if not path.exists():
        pytest.skip("../shared/ofsted is not beside the project")
    with open(path, encoding="utf-8") as f:
        names = {r["local_authority"] for r in csv.DictReader(f)}
    wrong = []
    for name in sorted(names):
        official = GAZETTEER.resolve(name)
        for x in {name, name.title()}:
            if x.lower() in ("reading", "bury") and x.islower():
                x = x.title()
            found = GAZETTEER.find_in_query(f"What did Ofsted say about {x}'s care leavers?")
            if found != [official]:
                wrong.append((x, found))
    assert not wrong


@pytest.mark.parametrize(
    ("question", "councils"),
    [
        ("How do foster carers support reading at bath time?", []),
        ("Did leaders try to bury bad news about barking dogs?", []),
        ("Reading the 2019 report, what did inspectors say about Stoke?", ["Stoke-on-Trent"]),
        ("Bury's 2021 inspection: was it inadequate?", ["Bury"]),
        ("how did reading borough council's 2024 inspection go", ["Reading"]),
        ("What did the London Borough of Sutton's inspection find?", ["Sutton"]),
        ("What did Ofsted say about New York's children's services?", []),
        ("What did Ofsted say about Sutton Coldfield?", []),
        ("Is Stoke Newington in Hackney?", ["Hackney"]),
        ("What about Newcastle-under-Lyme, or newcastle under lyme?", []),
        ("How are care leavers in Bury St Edmunds supported?", []),
        ("North Yorkshire's care leavers", ["North Yorkshire"]),
        ("york and north yorkshire", ["York", "North Yorkshire"]),
        ("Bristol and South Gloucestershire", ["Bristol", "South Gloucestershire"]),
        ("derby and derbyshire", ["Derby", "Derbyshire"]),
        ("What about Derbyshire?", ["Derbyshire"]),
        ("the Wirral's front door", ["Wirral"]),
        ("Kingston upon Hull, then Kingston", ["Kingston upon Hull", "Kingston upon Thames"]),
        ("What about City of York Council?", ["York"]),
        ("Manc children's services got a glowing Ofsted in autumn 2025", ["Manchester"]),
        ("n somerset - ofsted checked on their looked after kids in oct 2025", ["North Somerset"]),
        ("saint helens or st. helens", ["St Helens"]),
        ("Do staffs shortages matter?", []),
        ("Was Halton or poole better?", ["Halton", "Bournemouth, Christchurch and Poole"]),
        # short forms of held-out-55 and -57
        ("Nottm City - what was the overall verdict?", ["Nottingham"]),
        ("has the W&F children's services had its own inspection?", ["Westmorland and Furness"]),
    ],
)
def test_words_and_places_that_are_not_councils(question: str, councils: list[str]) -> None:
    assert GAZETTEER.find_in_query(question) == councils


def test_a_place_that_contains_a_council_is_no_council() -> None:
    assert unknown_council_names("What did Ofsted say about New York's children's services?") == ["New York"]
    assert "New York" in NOT_COUNCILS


def test_only_the_council_word_goes_with_the_name() -> None:
    """ "Stoke-on-Trent councillor" keeps "councillor": it is what the question asks for."""
    q = parse_query("Which Stoke-on-Trent councillor responded to the 2019 judgement?")
    assert q.authorities == ("Stoke-on-Trent",)
    assert "councillor responded" in q.search_text


@pytest.mark.parametrize(
    ("short", "council"),
    [
        ("South Glos", "South Gloucestershire"),
        ("North Lincs", "North Lincolnshire"),
        ("NE Lincs", "North East Lincolnshire"),
        ("East Yorkshire", "East Riding of Yorkshire"),
    ],
)
def test_a_direction_before_a_countys_short_form_names_the_other_council(short: str, council: str) -> None:
    # "Glos" and "Lincs" are the counties; with "South" or "North" before them they are not.
    assert GAZETTEER.find_in_query(f"How are care leavers doing in {short}?") == [council]


def test_a_short_form_that_is_no_opening_word_counts_first_too() -> None:
    # "Bucks care leavers ...": no question opens with the verb; "Reading the report ..." does.
    assert parse_query("Bucks care leavers over 21: any help?").authorities == ("Buckinghamshire",)
    assert parse_query("Reading the report, what did Ofsted say?").authorities == ()


@pytest.mark.parametrize(
    ("question", "subjects"),
    [
        ("Greenwich is next door, but I mean Bexley: what was its early help service called?", ("Bexley",)),
        (
            "Stockport next door seems to do alright, but how did Tameside's children's services come out "
            "of the autumn 2016 inspection?",
            ("Tameside",),
        ),
        ("Notts county, not Nottingham city: were care leavers given a worker early?", ("Nottinghamshire",)),
        ("Compare Stockport and Tameside on care leavers", ("Stockport", "Tameside")),
        # the question after a statement says whom it asks about
        (
            "Medway and Kent both had Ofsted in to look at their looked after children in July 2013. "
            "What grade did Kent get overall?",
            ("Kent",),
        ),
        (
            "My sister's a social worker over in Stockport. She says Tameside got inadequate in 2023 - was "
            "anything working?",
            ("Tameside",),
        ),
        # where the asker is, lives, rents or fosters is no subject; the council whose care they
        # grew up in is
        (
            "I'm in Bristol but my nephew is in care with North Somerset. Are they still using hotels?",
            ("North Somerset",),
        ),
        (
            "I'm a childminder just over the border in Cornwall and keep hearing Devon had problems. "
            "At the May 2019 visit, how soon were children on plans seen?",
            ("Devon",),
        ),
        (
            "I foster for Middlesbrough and a mate reckons Stockton's IROs are snowed under.",
            ("Stockton-on-Tees",),
        ),
        (
            "I grew up in Southwark's care but I rent in Lewisham now - do I get free council tax?",
            ("Southwark",),
        ),
        ("I'm asking about Leeds, not Bradford: what did the 2019 inspection say?", ("Leeds",)),
        # a comparison in the scene-setting; the question after the dash names one council
        (
            "Comparing with Portsmouth for a uni project - at Southampton's July 2014 inspection, how many "
            "care leavers were at university?",
            ("Southampton",),
        ),
        ("Compare Leeds and Bradford - which had more care leavers in work?", ("Leeds", "Bradford")),
        # where the asker came from is an aside
        (
            "We moved from Brent to Brighton last year and asked for family support. Did Ofsted's "
            "March 2024 inspection flag waiting times?",
            ("Brighton and Hove",),
        ),
        # where the asker works is an aside; a job "over the border in" a council is what is asked about
        (
            "I'm a social worker in Liverpool weighing up a job over the border in Sefton. At their "
            "2022 inspection, what did Ofsted say about staffing?",
            ("Sefton",),
        ),
        # someone the asker knows, and where they are, after a dash
        (
            "Westminster got top marks at its November 2024 inspection - a colleague in Kensington "
            "and Chelsea wants to know, was there anything at all they were told to fix?",
            ("Westminster",),
        ),
        ("LBTH care leavers offer - can you get it in other languages?", ("Tower Hamlets",)),
        # a council in brackets beside the question is named in passing; alone, it is the subject
        (
            "I'm a safeguarding lead at a primary in Westminster (we used to be under the same "
            "tri-borough setup as Kensington). When we report a worry about a member of staff, how "
            "well does the council handle it?",
            ("Westminster",),
        ),
        ("How did the council (Stoke-on-Trent) do on supervision in 2019?", ("Stoke-on-Trent",)),
        # "different" that compares nothing; a relative's place named in passing
        (
            "Sunderland: any known issue? We moved up from Durham and it was different there.",
            ("Sunderland",),
        ),
        (
            "I'm a nan in Norfolk. What did it say? My sister in Suffolk had a totally different experience.",
            ("Norfolk",),
        ),
        ("How does Stoke's supervision differ from Derby's?", ("Stoke-on-Trent", "Derby")),
        ("Are Devon and Cornwall different to each other on care leavers?", ("Devon", "Cornwall")),
    ],
)
def test_a_council_named_as_a_neighbour_or_turned_from_is_no_subject(question: str, subjects: tuple) -> None:
    assert subject_councils(question) == subjects


@pytest.mark.parametrize(
    ("question", "council"),
    [
        ("b&d council - did the may 2021 visit say anything about smacking?", "Barking and Dagenham"),
        ("What did Ofsted say about B&H care leavers?", "Brighton and Hove"),
        ("Reading care leavers focused visit - what did Ofsted say?", "Reading"),
        ("bury ofsted 2019", "Bury"),
        # judged or inspected, an opening word is the council
        ("Reading was rated inadequate in 2016 - was every area inadequate?", "Reading"),
        ("Square Mile children's services - who did they research neglect with?", "City of London"),
        # an opening name, a comma, then the inspection asked about
        (
            "Barking, 2019 inspection - when kids first go into care, how long do they wait?",
            "Barking and Dagenham",
        ),
        # the people the services work with "in" it, in a question about the services
        ("did kids in reading keep getting new social workers? thinking of the 2019 inspection", "Reading"),
    ],
)
def test_short_forms_and_a_search_boxs_opening_name(question: str, council: str) -> None:
    assert parse_query(question).authorities == (council,)


@pytest.mark.parametrize(
    "question",
    [
        "Do children in reading groups at school get extra help?",
        "Reading, writing and maths: do children in care get tutoring?",
        "How do social workers help children in reading recovery? Ofsted",
    ],
)
def test_reading_as_a_word_is_no_council(question: str) -> None:
    assert parse_query(question).authorities == ()


@pytest.mark.parametrize(
    ("question", "council"),
    [
        ("do teenage asylum seekers in care in sheffeild get their paperwork translated?", "Sheffield"),
        ("I'm a care leaver in Peterbrough. What grade did the leaving care side get?", "Peterborough"),
        ("sunderlnd - when kids who've run away come back, does anyone talk to them?", "Sunderland"),
        ("Foster carer in Southamton. Do the kids wait ages for the dentist?", "Southampton"),
        ("How old are kids in care in Darlinton when they get a leaving-care worker?", "Darlington"),
        # a possessive typed without its apostrophe, wherever it stands
        ("summarise warringtons 2019 ilacs inspection for me", "Warrington"),
    ],
)
def test_a_council_misspelt_where_a_place_stands_is_that_council(question: str, council: str) -> None:
    assert GAZETTEER.find_in_query(question) == [council]


@pytest.mark.parametrize(
    "question",
    [
        "Were managers wavering on decisions about children?",  # Havering, one letter off
        "Is anyone heading the front door?",  # Reading is a word
        "Is the council dealing with neglect?",  # Ealing is too short to guess at
        "Did children move southward to placements?",  # Southwark
        "What about Arlington?",  # Darlington: a real place elsewhere
    ],
)
def test_words_one_letter_from_a_council_are_no_council(question: str) -> None:
    assert GAZETTEER.find_in_query(question) == []


def test_hertfordshire_is_no_misspelt_herefordshire() -> None:
    assert GAZETTEER.find_in_query("How did Hertfordshire do?") == ["Hertfordshire"]

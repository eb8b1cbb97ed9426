"""Whose document it is: a letter's council from its subject and addressee, never Ofsted's address.

The quick tests use letters written here in the layouts the real ones have;
the check over every file reads the whole Ofsted collection (slow) or the
fixed 203-file subset (quick) and compares each document's council with its
folder's.
"""

from __future__ import annotations

import os
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path

import pytest

from assistant.authorities import GAZETTEER
from assistant.documents import read_document
from assistant.errors import DocumentError
from assistant.ofsted import derive_metadata, ofsted_address_spans, without_ofsted_address
from tests.conftest import OFSTED

CORE_LIST = OFSTED.parent / "ofsted-core-203.txt"

PICCADILLY = (
    "Ofsted\n\nPiccadilly Gate\n\nStore Street\n\nManchester\n\nM1 2WD\n\nT 0300 123 1231\n\n"
    "Textphone 0161 618 8524\n\nenquiries@ofsted.gov.uk www.gov.uk/ofsted "
)
BODY = (
    "This letter summarises the findings of the focused visit to {council} children’s services "
    "on 2 and 3 July 2024. His Majesty’s Inspectors for this visit were Ann Smith and Bob Jones.\n\n"
)


def _letter(head: str, council: str = "Stoke-on-Trent") -> dict[str, object]:
    return derive_metadata(head + BODY.format(council=council), "letter.pdf")


# ---------------------------------------------------------------- layouts


def test_ofsteds_letterhead_is_not_the_council() -> None:
    """The Stoke-on-Trent letter of 13 November 2020 was Manchester's."""
    meta = _letter(
        PICCADILLY + "13 November 2020 Sarah Parker\n\nDirector – Children and Family Services\n\n"
        "City of Stoke-on-Trent\n\nCivic Centre\n\nGlebe Street\n\nStoke-on-Trent\n\nST4 1HH\n\n"
        "Dear Ms Parker, Focused visit to Stoke-on-Trent children’s services\n\n"
    )
    assert meta["authorities"] == ["Stoke-on-Trent"]
    assert meta["title"] == "Focused visit to Stoke-on-Trent children’s services"
    assert meta["doc_type"] == "focused visit letter"


def test_a_letter_that_opens_with_its_date_is_titled_by_its_subject() -> None:
    meta = _letter(
        "1 August 2024 Jill McGregor Director of Children’s Services\n\nTrafford Council\n\n"
        "Trafford Town Hall\n\nTalbot Road\n\nStretford\n\nM32 0TH\n\n"
        "Dear Ms McGregor Focused visit to Trafford children’s services\n\n",
        "Trafford",
    )
    assert meta["title"] == "Focused visit to Trafford children’s services"
    assert meta["authorities"] == ["Trafford"]


def test_a_subject_that_wraps_or_runs_on_is_cut_at_its_end() -> None:
    wrapped = _letter(
        "Dear Ms Smith\n\nFocused visit to the Royal Borough of Kingston-upon-Thames local\n\n"
        "authority children’s services\n\n",
        "Kingston",
    )
    assert wrapped["title"] == (
        "Focused visit to the Royal Borough of Kingston-upon-Thames local authority children’s services"
    )
    assert wrapped["authorities"] == ["Kingston upon Thames"]
    run_on = _letter("Dear Sally, Focused visit to Sandwell Children’s Trust This letter summarises", "it")
    assert (run_on["title"], run_on["authorities"]) == (
        "Focused visit to Sandwell Children’s Trust",
        ["Sandwell"],
    )


def test_a_subject_without_a_council_takes_it_from_the_first_sentence() -> None:
    meta = _letter(
        "5 December 2023 Tim Aldridge\n\nCamden Council\n\n"
        "Dear Tim, Focused visit to children’s services\n\n",
        "Camden",
    )
    assert meta["authorities"] == ["Camden"]
    assert meta["title"] == "Focused visit to Camden children’s services"


def test_the_subject_outranks_the_addressees_postal_town() -> None:
    """County Hall, West Bridgford, Nottingham is Nottinghamshire's address."""
    meta = _letter(
        "22 February 2018 Mr Colin Pettigrew\n\nCounty Hall\n\nWest Bridgford\n\nNottingham\n\nNG2 7QP\n\n"
        "Dear Colin, Focused visit to Nottinghamshire County Council children’s services\n\n",
        "Nottinghamshire County",
    )
    assert meta["authorities"] == ["Nottinghamshire"]


def test_without_a_subject_the_addressee_block_names_the_council() -> None:
    text = (
        PICCADILLY
        + "17 August 2018 Karen Dolton\n\nExecutive Director\n\nBury Council\n\nBury\n\nBL9 0EJ\n\n"
    )
    meta = derive_metadata(
        text + "Dear Ms Dolton\n\nThank you for your letter.", "children's services focused visit.pdf"
    )
    assert meta["authorities"] == ["Bury"]
    assert meta["title"] == "Focused visit to Bury children’s services"


def test_ofsteds_address_is_found_by_its_structure_in_any_city() -> None:
    """No office is listed: Nottingham, London and Bristol blocks are found as Manchester's are."""
    for office, town in [
        ("Agora\n\n6 Cumberland Place\n\nNottingham\n\nNG1 6HJ", "Nottingham"),
        ("Aviation House\n\n125 Kingsway London WC2B 6SE", "London"),
        ("Ofsted\n\n2 Rivergate, Temple Quay, Bristol BS1 6EH", "Bristol"),
    ]:
        text = (
            f"{office}\n\nT 0300 123 1231\n\n"
            "enquiries@ofsted.gov.uk www.gov.uk/ofsted 9 May 2018 Ann Smith\n\n"
            "Civic Centre\n\nGateshead\n\nNE8 1HH\n\n"
            "Dear Ann, Focused visit to Gateshead children’s services\n\n"
        )
        plain = without_ofsted_address(text)
        assert len(plain) == len(text)
        assert town not in plain and "Agora" not in plain, office
        assert "9 May 2018 Ann Smith" in plain and "Civic Centre" in plain and "NE8 1HH" in plain
        assert GAZETTEER.find(plain)[0].authority == "Gateshead"


def test_a_sentence_that_gives_ofsteds_email_is_not_a_letterhead() -> None:
    text = (
        "Social workers enjoy working in Brighton and Hove. For a copy in large print, "
        "email enquiries@ofsted.gov.uk.\n\nManchester City Council replied."
    )
    assert ofsted_address_spans(text) == []


def test_an_article_about_a_visit_is_not_a_letter() -> None:
    meta = derive_metadata(
        "Council praised\n\nOfsted's focused visit to Leeds children’s services found progress.", "news.txt"
    )
    assert "doc_type" not in meta and meta["authorities"][0] == "Leeds"


# ---------------------------------------------------------------- every file


def _folder_council(path: Path) -> str | None:
    return GAZETTEER.resolve(path.parent.name.split("_", 1)[1])


def _misattributed(path: Path) -> list[str]:
    """What is wrong with one file's council, title or period, or [] (or ["skip"] for a non-PDF).

    Every report and letter knows when its inspection or visit took place,
    and that is before it was published.
    """
    try:
        doc = read_document(path, root=OFSTED)
    except DocumentError:
        return ["skip"]
    want = _folder_council(path)
    problems = []
    if doc.authority != want:
        problems.append(f"{doc.doc_id}: council {doc.authority!r}, its folder's is {want!r}")
    if doc.doc_id.startswith("focused-visits/"):
        named = {m.authority for m in GAZETTEER.find(doc.title)}
        if want not in named or " visit " not in doc.title:
            problems.append(f"{doc.doc_id}: title {doc.title!r} does not name {want!r} and the visit")
    start, end = doc.extra.get("inspection_start"), doc.extra.get("inspection_end")
    if not (start and end and start <= end <= (doc.date or "9999")):
        problems.append(f"{doc.doc_id}: period {start!r} to {end!r}, published {doc.date!r}")
    return problems


def _check(paths: list[Path]) -> None:
    if not paths:
        pytest.skip("../shared/ofsted is not beside the project")
    assert all(_folder_council(p) for p in paths), "every folder names a council the gazetteer knows"
    with ProcessPoolExecutor(max_workers=min(2, os.cpu_count() or 1)) as pool:
        results = list(pool.map(_misattributed, paths, chunksize=8))
    skipped = sum(r == ["skip"] for r in results)
    problems = [p for r in results if r != ["skip"] for p in r]
    assert skipped <= 4, "only the four HTML pages saved as .pdf are not read"
    assert not problems, f"{len(problems)} problems:\n" + "\n".join(problems)


def test_every_core_document_is_its_folders_council() -> None:
    """The fixed 203-file subset (24 letters among them), in the quick run."""
    if not CORE_LIST.exists():
        pytest.skip("../shared/ofsted-core-203.txt is not beside the project")
    names = [ln.strip() for ln in CORE_LIST.read_text(encoding="utf-8").splitlines() if ln.strip()]
    _check([OFSTED / n for n in names if (OFSTED / n).exists()])


@pytest.mark.slow
def test_every_document_is_its_folders_council() -> None:
    """All 864 readable PDFs of the collection: reports and letters."""
    _check(sorted(OFSTED.glob("reports/*/*.pdf")) + sorted(OFSTED.glob("focused-visits/*/*.pdf")))

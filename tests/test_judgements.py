"""judgements.py: Ofsted grade tables as data, on the real reports."""

from __future__ import annotations

import doctest
import re
from collections import Counter
from functools import cache
from types import ModuleType

import pytest

import assistant.judgements as judgements_module
from assistant.answers.in_words import table_end
from assistant.documents import Document, iter_documents, read_document
from assistant.judgements import GRADES, Inspection, extract_inspection, lead_inspectors, normalise_grade
from tests.conftest import CORPUS, OFSTED
from tests.scripts import load_script

REPORTS = OFSTED / "reports"
STOKE_2015 = "80564_stoke-on-trent/children's services inspection - 12 august 2015.pdf"
STOKE_2019 = "80564_stoke-on-trent/children's services inspection - 18 march 2019.pdf"
STOKE_2022 = "80564_stoke-on-trent/children's services inspection - 25 november 2022.pdf"
DORSET_2025 = "2532283_dorset/children's services inspection - 09 may 2025.pdf"
DEVON_2025 = "80461_devon/children's services inspection - 13 may 2025.pdf"
NORTH_NORTHANTS_2026 = "2637539_north northamptonshire/children's services inspection - 07 july 2026.pdf"
NORFOLK_2013 = "80418_norfolk/children's services inspection,  pdf - 16 august 2013.pdf"
# A letter that names "the previous inspection of services for children in
# need of help and protection", the SIF report's title, in its text.
NORFOLK_FOCUSED_2019 = "80418_norfolk/children's services focused visit - 31 october 2019.pdf"
# A review of the Local Safeguarding Children Board on its own: it judges the
# board, not the council's services, and is not an inspection here.
SURREY_LSCB_2015 = "80567_surrey/children's services inspection - 03 august 2015.pdf"
# The four HTML error pages the scraper saved under a .pdf name.
HTML_PAGES = {
    "80429_birmingham/children's services inspection - 19 october 2012.pdf",
    "80431_blackpool/children's services inspection - 13 july 2012.pdf",
    "80490_bromley/children's services inspection - 17 august 2012.pdf",
    "80543_rotherham/children's services inspection - 10 august 2012.pdf",
}
# SIF tables with a "Not judged" row (no adoption in the City of London; no
# children looked after on the Isles of Scilly).
NOT_JUDGED = {
    "80450_london corporation/children's services inspection - 20 september 2016.pdf": "adoption",
    "80455_isles of scilly/children's services inspection - 27 june 2016.pdf": (
        "looked_after, adoption, care_leavers"
    ),
}

# The grade words each normalised grade stands for in a row's text.
GRADE_WORDS = {
    "outstanding": r"outstanding",
    "good": r"good",
    "requires_improvement": r"requires? improvement( to be good)?",
    "adequate": r"adequate",
    "inadequate": r"inadequate",
}


@cache
def _report(name: str) -> Document:
    path = REPORTS / name
    if not path.exists():
        pytest.skip(f"{path} is not here (../shared/ofsted beside the project)")
    return read_document(path, root=OFSTED)


def _inspection(name: str) -> Inspection:
    insp = extract_inspection(_report(name))
    assert insp is not None, name
    return insp


def _check_spans(doc: Document, insp: Inspection) -> None:
    """Every row's span is the document's text: its label, then its grade, and no more."""
    for j in insp.judgements:
        row = " ".join(doc.text[j.start : j.end].split())
        assert j.label in row, (j, row)
        assert re.search(rf"\b{GRADE_WORDS[j.grade]}$", row, re.I), (j, row)
        assert len(row) <= len(j.label) + len("Requires improvement to be good") + 6, row
        assert doc.page_at(j.start) == j.page
    if insp.lead_inspector_span:
        s, e = insp.lead_inspector_span
        for name in insp.lead_inspectors:
            assert name in doc.text[s:e]


def test_module_examples() -> None:
    flags = doctest.NORMALIZE_WHITESPACE | doctest.ELLIPSIS
    result = doctest.testmod(judgements_module, optionflags=flags)
    assert result.attempted >= 5 and result.failed == 0


def test_stoke_2019_ilacs_all_inadequate() -> None:
    doc = _report(STOKE_2019)
    insp = _inspection(STOKE_2019)
    assert insp.framework == "ILACS"
    assert insp.council == "Stoke-on-Trent"
    assert insp.overall == "inadequate"
    assert {j.area: j.grade for j in insp.judgements} == {
        "leaders": "inadequate",
        "help_and_protection": "inadequate",
        "in_care_and_care_leavers": "inadequate",
        "overall": "inadequate",
    }
    assert insp.grade("in_care") is None and insp.grade("care_leavers") is None
    assert insp.lead_inspectors == ("Neil Penswick",)
    assert (insp.inspection_start, insp.inspection_end) == ("2019-02-04", "2019-02-15")
    assert insp.published == "2019-03-18"
    overall = next(j for j in insp.judgements if j.area == "overall")
    assert doc.text[overall.start : overall.end] == "Overall effectiveness Inadequate"
    assert overall.page == 1
    assert insp.lead_inspector_span is not None
    s, e = insp.lead_inspector_span
    assert doc.text[s:e] == "Lead inspector: Neil Penswick HMI"
    leaders = next(j for j in insp.judgements if j.area == "leaders")
    assert leaders.label == "The impact of leaders on social work practice with children and families"
    _check_spans(doc, insp)


def test_stoke_2015_sif_headline_and_rows() -> None:
    doc = _report(STOKE_2015)
    insp = _inspection(STOKE_2015)
    assert insp.framework == "SIF"
    assert insp.overall == "requires_improvement"
    assert insp.grade("adoption") == "good"
    assert insp.grade("looked_after") == "requires_improvement"
    assert insp.grade("leadership") == "requires_improvement"
    assert insp.lead_inspectors == ("Peter McEntee",)
    assert (insp.inspection_start, insp.inspection_end) == ("2015-06-01", "2015-06-25")
    headline = next(j for j in insp.judgements if j.area == "overall")
    quote = " ".join(doc.text[headline.start : headline.end].split())
    assert quote == "Children’s services in Stoke-on-Trent require improvement to be good"
    adoption = next(j for j in insp.judgements if j.area == "adoption")
    assert doc.text[adoption.start : adoption.end] == "2.1 Adoption performance Good"
    _check_spans(doc, insp)


def test_dorset_2025_outstanding_with_separate_care_leavers() -> None:
    doc = _report(DORSET_2025)
    insp = _inspection(DORSET_2025)
    assert insp.framework == "ILACS"
    assert insp.overall == "outstanding"
    assert insp.grade("in_care") == "outstanding"
    assert insp.grade("care_leavers") == "good"
    assert insp.grade("in_care_and_care_leavers") is None
    assert insp.lead_inspectors == ("Sarah Canto",)
    care_leavers = next(j for j in insp.judgements if j.area == "care_leavers")
    # The table cell's two lines are one: "leavers" carries on its row (parser version 11).
    row = doc.text[care_leavers.start : care_leavers.end]
    assert row == "The experiences and progress of care leavers Good"
    _check_spans(doc, insp)


def test_2026_report_has_area_grades_and_no_overall() -> None:
    doc = _report(NORTH_NORTHANTS_2026)
    insp = _inspection(NORTH_NORTHANTS_2026)
    assert insp.framework == "ILACS 2026"
    assert insp.overall is None
    assert [j.area for j in insp.judgements] == ["leaders", "help_and_protection", "in_care", "care_leavers"]
    assert insp.grade("leaders") == "outstanding"
    assert insp.grade("care_leavers") == "good"
    _check_spans(doc, insp)


def test_two_part_inspection_dates_and_two_lead_inspectors() -> None:
    devon = _inspection(DEVON_2025)
    assert (devon.inspection_start, devon.inspection_end) == ("2024-09-30", "2025-01-16")
    assert devon.lead_inspectors == () and devon.lead_inspector_span is None  # the report names none
    stoke = _inspection(STOKE_2022)
    assert stoke.lead_inspectors == ("Rebecca Quested", "Matthew Reed")


def test_2013_looked_after_children_inspection() -> None:
    doc = _report(NORFOLK_2013)
    insp = _inspection(NORFOLK_2013)
    assert insp.framework == "LAC"
    assert insp.overall == "inadequate"
    assert insp.lead_inspectors == ("Gary Lamb",)
    assert all(j.page == len(doc.page_starts) for j in insp.judgements)  # the closing table
    _check_spans(doc, insp)


def test_focused_visit_letters_are_not_inspections() -> None:
    path = OFSTED / "focused-visits" / NORFOLK_FOCUSED_2019
    if not path.exists():
        pytest.skip(f"{path} is not here")
    assert extract_inspection(read_document(path)) is None
    for letter in sorted((OFSTED / "focused-visits").glob("*/*.pdf"))[:6]:
        assert extract_inspection(read_document(letter)) is None, letter.name


def test_bundled_corpus_documents_are_not_inspections() -> None:
    docs = [d for d in iter_documents([CORPUS]) if isinstance(d, Document)]
    assert len(docs) == 5
    for doc in docs:
        assert extract_inspection(doc) is None, doc.doc_id


# Older and odder layouts, each read from its first page: (report, framework,
# the grades of its rows in text order, the overall row's text collapsed).
SIF_RI = ["requires_improvement"] * 3
LAYOUTS = [
    (  # the title follows the council's name on its line; "area" before the grade
        "80541_redcar and cleveland/children's services inspection - 07 april 2017.pdf",
        ["requires_improvement", "requires_improvement", "good", "good", "good", "requires_improvement"],
        "Children’s services in the Borough of Redcar and Cleveland area require improvement to be Good",
    ),
    (  # "Reinspection", no hyphen
        "80555_somerset/children's services inspection - 29 january 2018.pdf",
        [*SIF_RI, "good", "requires_improvement", "requires_improvement"],
        "Children’s services in Somerset require improvement to be good",
    ),
    (  # a headline without the council's name; the table, not the summary's wording
        "80520_luton/children's services inspection - 29 march 2016.pdf",
        [*SIF_RI, "requires_improvement", "good", "requires_improvement"],
        "Children’s services require improvement to be good",
    ),
    (  # a grade descriptor above the table starts like the leadership row
        "80535_oldham/children's services inspection - 03 august 2015.pdf",
        [*SIF_RI, "good", "requires_improvement", "requires_improvement"],
        "Children’s services in Oldham require improvement to be good",
    ),
    (  # "Care Leavers" capitalised
        "80553_slough/children's services inspection - 14 february 2014.pdf",
        ["inadequate", "inadequate", "inadequate", "requires_improvement", "inadequate", "inadequate"],
        "The overall judgement is inadequate",
    ),
    (  # the council's name wraps over lines
        "80545_kingston upon thames/children's services inspection - 03 august 2015.pdf",
        ["good"] * 6,
        "Children’s services in the Royal Borough of Kingston upon Thames are good",
    ),
    (  # "children's service requires improvement", singular
        "80511_newham/children's services inspection - 08 august 2014.pdf",
        [*SIF_RI, "good", "good", "requires_improvement"],
        "The overall judgement is that children’s service requires improvement",
    ),
]


@pytest.mark.parametrize(("name", "grades", "overall"), LAYOUTS, ids=lambda v: str(v)[:30])
def test_older_sif_layouts(name: str, grades: list[str], overall: str) -> None:
    doc = _report(name)
    insp = _inspection(name)
    assert insp.framework == "SIF"
    areas = ["overall", "help_and_protection", "looked_after", "adoption", "care_leavers", "leadership"]
    rows = [j for j in insp.judgements if j.area != "lscb"]  # the board's review: a sentence further on
    assert [j.area for j in rows] == areas
    assert [j.grade for j in rows] == grades
    first = rows[0]
    assert " ".join(doc.text[first.start : first.end].split()) == overall
    assert all(doc.text[j.start].isdigit() for j in rows[1:])  # the numbered rows
    _check_spans(doc, insp)


def test_ilacs_label_ending_in_a_full_stop() -> None:
    name = "80447_cheshire east/children's services inspection - 09 january 2020.pdf"
    doc = _report(name)
    insp = _inspection(name)
    leaders = next(j for j in insp.judgements if j.area == "leaders")
    assert leaders.grade == "requires_improvement"
    assert " ".join(doc.text[leaders.start : leaders.end].split()) == (
        "The impact of leaders on social work practice with children and families. "
        "Requires improvement to be good"
    )
    assert len(insp.judgements) == 4
    _check_spans(doc, insp)


def test_not_judged_rows_are_left_out() -> None:
    insp = _inspection("80455_isles of scilly/children's services inspection - 27 june 2016.pdf")
    assert [(j.area, j.grade) for j in insp.judgements if j.area != "lscb"] == [
        ("overall", "good"),
        ("help_and_protection", "good"),
        ("leadership", "good"),
    ]


@pytest.mark.parametrize(
    ("name", "grade", "quote"),
    [
        (
            "80553_slough/children's services inspection - 17 february 2016.pdf",
            "inadequate",
            "The Local Safeguarding Children Board is inadequate",
        ),
        (
            "80418_norfolk/children's services inspection - 20 october 2015.pdf",
            "requires_improvement",
            "The Local Safeguarding Children Board requires improvement",
        ),
    ],
)
def test_a_sif_report_grades_its_safeguarding_board_in_a_sentence(name: str, grade: str, quote: str) -> None:
    doc = _report(name)
    insp = _inspection(name)
    board = next(j for j in insp.judgements if j.area == "lscb")
    assert board.grade == grade and " ".join(doc.text[board.start : board.end].split()) == quote
    assert table_end(insp) < board.start  # the prose on each row is read from the table on
    _check_spans(doc, insp)


def test_a_safeguarding_board_review_is_not_an_inspection() -> None:
    assert extract_inspection(_report(SURREY_LSCB_2015)) is None


@pytest.mark.parametrize(
    ("line", "names"),
    [
        ("Lead inspector: Helen Cawston HMI.", ("Helen Cawston",)),
        ("Lead inspector: Karen Wareing (HMI)", ("Karen Wareing",)),
        ("Lead inspector on site: Pietro Battista\n\nReport author: Sean Tarpey", ("Pietro Battista",)),
        (
            "Lead inspector: Lorna Schlechte, Her Majesty’s Inspector Deputy lead inspector: "
            "Sue Myers, Her Majesty’s Inspector Team inspectors: Janet Fraser HMI",
            ("Lorna Schlechte",),
        ),
    ],
)
def test_lead_inspector_lines_of_sif_reports(line: str, names: tuple[str, ...]) -> None:
    found, span = lead_inspectors(line)
    assert found == names and span is not None
    assert all(n in line[span[0] : span[1]] for n in names)
    assert "Deputy" not in line[span[0] : span[1]]


def test_grade_vocabulary() -> None:
    assert normalise_grade("Requires Improvement") == "requires_improvement"
    assert normalise_grade("Requires improvement\n\nto be good") == "requires_improvement"
    assert normalise_grade("Adequate") == "adequate" and "adequate" in GRADES
    with pytest.raises(ValueError, match="not a grade"):
        normalise_grade("Satisfactory")


# --------------------------------------------------------------------------
# The whole collection


def _agreement_script() -> ModuleType:
    return load_script("evals/judgements_agreement.py")


# Measured on the whole collection, 493 readable reports (docs/decisions.md,
# "Judgements as data"): (compared, agreed) per field. Every disagreement
# was read in the PDF text and the report supports our reading; the floors
# are these figures, so one more disagreement fails.
AGREEMENT = {
    "overall": (308, 308),
    "leaders": (321, 321),
    "help_and_protection": (319, 318),
    "in_care": (321, 318),
    "care_leavers": (158, 156),
    "lead_inspector": (316, 316),
    "start_date": (319, 319),
    "end_date": (319, 316),
}
FRAMEWORKS = {"LAC": 4, "SIF": 167, "ILACS": 310, "ILACS 2026": 11}


@pytest.mark.slow
def test_every_report_is_read_and_agrees_with_the_csv() -> None:
    if not REPORTS.is_dir():
        pytest.skip("../shared/ofsted is not beside the project")
    script = _agreement_script()
    seen: list[str] = []
    result = script.compare(
        OFSTED, progress=seen.append, read=lambda pdf: _report(pdf.relative_to(REPORTS).as_posix())
    )
    assert len(seen) >= 497
    assert set(result.unreadable) == HTML_PAGES
    assert all("not a readable PDF" in why for why in result.unreadable.values())
    assert list(result.not_extracted) == [SURREY_LSCB_2015] and result.unmatched == []
    assert result.incomplete == {k: f"{v}; the table says 'Not judged'" for k, v in NOT_JUDGED.items()}
    frameworks: Counter[str] = Counter()
    for name in seen:
        if name in HTML_PAGES or name == SURREY_LSCB_2015:
            continue
        doc = _report(name)
        insp = extract_inspection(doc)
        assert insp is not None, name
        frameworks[insp.framework] += 1
        assert insp.overall is not None or insp.framework == "ILACS 2026", name
        assert len(insp.judgements) >= (3 if name in NOT_JUDGED else 4), name
        _check_spans(doc, insp)
    assert frameworks == FRAMEWORKS
    assert script.UNEXPLAINED not in result.classes(), result.disagreements
    for field, (compared, agreed) in AGREEMENT.items():
        tally = result.tallies[field]
        assert tally.compared >= compared, (field, tally)
        assert tally.compared - tally.agreed <= compared - agreed, (field, tally, result.disagreements)

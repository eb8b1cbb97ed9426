"""The report's own words: an area's sentence for a grade answer, and a visit's scope.

Fast tests use small texts written here; the slow ones read real Ofsted PDFs
(``../shared/ofsted``) and check the sentence found on each layout.
"""

from __future__ import annotations

import doctest

import pytest

import assistant.answers.in_words as in_words_module
import assistant.answers.scope as scope_module
from assistant.answers.in_words import area_sentence, overall_sentence, table_end
from assistant.answers.scope import asks_scope, scope_spans
from assistant.chunking import Span
from assistant.judgements import Inspection, Judgement, extract_inspection
from tests.conftest import read_ofsted


@pytest.mark.parametrize("module", [in_words_module, scope_module])
def test_module_examples(module: object) -> None:
    result = doctest.testmod(module)  # type: ignore[arg-type]
    assert result.attempted >= 1 and result.failed == 0


# --------------------------------------------------------------------------
# An area's sentence

_ROW = "The experiences and progress of care leavers Good"
_HEADING = "The experiences and progress of care leavers: good"


def _text(summary: str, opening: str) -> str:
    return f"Judgement Grade\n\n{_ROW}\n\n{summary}\n\n{_HEADING}\n\n12. {opening} More follows.\n"


def _sentence(text: str) -> str | None:
    start = text.index(_ROW)
    row = Judgement("care_leavers", _ROW[:-5], "good", start, start + len(_ROW), 1)
    span = area_sentence(text, row, after=row.end)
    return text[span.start : span.end] if span is not None else None


def test_the_sections_opening_when_it_states_the_grade() -> None:
    text = _text("Care leavers get a good service.", "Care leavers receive good support from their advisers.")
    assert _sentence(text) == "Care leavers receive good support from their advisers."


def test_the_summarys_sentence_when_the_opening_does_not_state_the_grade() -> None:
    text = _text("Leaders are ambitious. Care leavers get a good service.", "Advisers know them well.")
    assert _sentence(text) == "Care leavers get a good service."


def test_a_pair_of_grades_or_an_earlier_inspection_is_no_statement_of_this_one() -> None:
    summary = (
        "Practice for children in care and care leavers is good and outstanding. "
        "At the last inspection, services for care leavers were judged good."
    )
    assert _sentence(_text(summary, "Advisers know them well.")) == "Advisers know them well."


def test_the_last_inspections_list_of_grades_heads_no_section() -> None:
    # A re-inspection lists the grades before: "• The experiences and progress of care leavers: good".
    summary = (
        "At the last inspection:\n\n• The experiences and progress of care leavers: good\n\n"
        "• Leadership, management and governance: inadequate."
    )
    assert _sentence(_text(summary, "Advisers know them well.")) == "Advisers know them well."


def test_the_summary_gives_the_grade_as_a_verdict() -> None:
    summary = "Care leavers have particularly good advisers. Care leavers receive a good service."
    assert _sentence(_text(summary, "Advisers know them well.")) == "Care leavers receive a good service."


def test_no_sentence_when_neither_rule_finds_one() -> None:
    assert _sentence(f"Judgement Grade\n\n{_ROW}\n\nLeaders are ambitious.\n") is None


# --------------------------------------------------------------------------
# The overall judgement's sentence

_OVERALL_ROW = "Children’s services in Brent require improvement to be good"


def _overall(text: str, grade: str = "requires_improvement") -> str | None:
    start = text.index(_OVERALL_ROW)
    row = Judgement("overall", "Children’s services in Brent", grade, start, start + len(_OVERALL_ROW), 1)
    inspection = Inspection("brent.pdf", "Brent", "SIF", None, None, None, (), None, (row,))
    span = overall_sentence(text, inspection, besides=[(row.start, row.end)])
    return text[span.start : span.end] if span is not None else None


def test_the_overall_sentence_names_the_council_and_gives_the_tables_grade() -> None:
    text = (
        f"{_OVERALL_ROW}\n\nServices for children in need of adoption require improvement.\n\n"
        "Executive summary\n\nServices for children in Brent require improvement to be good. More follows."
    )
    # The row itself is quoted already; a sentence of one area does not name the council.
    assert _overall(text) == "Services for children in Brent require improvement to be good."


def test_no_overall_sentence_with_another_grade_two_grades_or_none() -> None:
    base = f"{_OVERALL_ROW}\n\n"
    assert _overall(base + "Services for children in Brent are good.") is None
    assert _overall(base + "Services in Brent are good or require improvement.") is None
    assert _overall(base + "Leaders in Brent are ambitious.") is None
    assert _overall(base + "Services in Brent are good.", grade="good") == "Services in Brent are good."


# --------------------------------------------------------------------------
# A visit's scope


@pytest.mark.parametrize(
    "question",
    [
        "Which areas did Ofsted's December 2018 focused visit to Redcar examine?",
        "What did Ofsted's 2018 focused visit to Telford look at?",
        "What did Ofsted's July 2021 focused visit to Lancashire particularly focus on?",
        "What was the specific focus of Ofsted's second focused visit to Sheffield in 2018?",
        "What did the focused visit to Hillingdon in 2020 consider?",
        "What was Ofsted looking at when it visited Leeds in autumn 2019, and how did it go?",
    ],
)
def test_scope_questions(question: str) -> None:
    assert asks_scope(question)


@pytest.mark.parametrize(
    "question",
    [
        "What did the focused visit find about care leavers in Halton?",
        "What did inspectors say about the front door in Leeds?",
        "Which areas of Lambeth's front door work did inspectors judge to need improvement in 2026?",
        "How did Ofsted rate help and protection in Derbyshire's 2019 inspection?",
    ],
)
def test_other_questions_are_not_scope_questions(question: str) -> None:
    assert not asks_scope(question)


def _scopes(text: str, furniture: tuple[Span, ...] = ()) -> list[str]:
    return [text[s.start : s.end] for s in scope_spans(text, furniture=furniture)]


def test_the_focus_of_this_visit_states_its_scope() -> None:
    text = "This letter summarises the findings. The focus of this visit was on planning for permanence."
    assert _scopes(text) == ["The focus of this visit was on planning for permanence."]


def test_specifically_they_considered_states_scope_after_inspectors_considered() -> None:
    text = (
        "Inspectors considered the arrangements for children who need help and protection. "
        "Specifically, they considered contacts, referrals and decision-making within the MASH. "
        "Specifically, they were concerned about delay."
    )
    assert _scopes(text)[1:] == [
        "Specifically, they considered contacts, referrals and decision-making within the MASH."
    ]


def test_scope_is_what_was_looked_at_not_the_evidenceread_ofsted() -> None:
    text = (
        "This letter summarises the findings of a focused visit. Inspectors looked at the "
        "arrangements for care leavers. Inspectors looked at a range of evidence, including "
        "case records. Inspectors reviewed children's records. This visit had a particular "
        "focus on housing."
    )
    assert _scopes(text) == [
        "Inspectors looked at the arrangements for care leavers.",
        "This visit had a particular focus on housing.",
    ]


def test_a_scope_sentence_may_wrap_over_lines_but_must_start_a_sentence() -> None:
    text = (
        "Inspectors considered the arrangements for protecting vulnerable\n\nadolescents. "
        "Managers said that inspectors looked at plans."
    )
    wrapped = "Inspectors considered the arrangements for protecting vulnerable\n\nadolescents."
    assert _scopes(text) == [wrapped]


def test_a_scope_sentence_with_furniture_inside_is_not_quoted() -> None:
    text = "Inspectors looked at the front door and Ofsted Piccadilly Gate Manchester early help."
    inside = text.index("Ofsted")
    assert _scopes(text, (Span(inside, inside + 31),)) == []


# --------------------------------------------------------------------------
# On the real reports and letters


@pytest.mark.slow
@pytest.mark.parametrize(
    ("name", "area", "expected"),
    [
        # ILACS 2023 on: the section's heading restates the row; its first sentence states the grade.
        (
            "reports/80506_lambeth/children's services inspection - 10 march 2026.pdf",
            "care_leavers",
            "Care leavers in Lambeth benefit from an outstanding service, receiving exceptional "
            "support from personal advisers (PAs).",
        ),
        # ILACS 2018: the summary states it; the section's opening does not.
        (
            "reports/80444_calderdale/children's services inspection - 19 december 2018.pdf",
            "in_care_and_care_leavers",
            "Children in care and care leavers receive an outstanding service.",
        ),
        # SIF: "The graded judgement for adoption performance is that it is good", then the section.
        (
            "reports/80443_bury/children's services inspection - 16 may 2016.pdf",
            "adoption",
            "The local authority gives high priority to promoting permanence for all children and "
            "young people that is underpinned by an integrated strategy and clear routes to permanence.",
        ),
        # Headings without "The", or with the first paragraph's number on their line.
        (
            "reports/80508_lewisham/children's services inspection - 31 january 2024.pdf",
            "leaders",
            "Ambitious and determined senior leaders know their services well.",
        ),
        (
            "reports/80539_portsmouth/children's services inspection - 03 july 2023.pdf",
            "leaders",
            "The stability of the senior leadership team and a determination to get things right "
            "for children have underpinned the ongoing progress.",
        ),
        # SIF: "... adoption performance is that it requires\n\nimprovement."
        (
            "reports/80560_st helens/children's services inspection - 20 january 2015.pdf",
            "adoption",
            "Some children have waited, and continue to wait, too long between becoming looked after "
            "and being placed with their adopters.",
        ),
        # A re-inspection's list of the grades before ("• Leadership, management and governance:
        # inadequate.") heads no section.
        (
            "reports/80521_manchester/children's services inspection - 21 december 2017.pdf",
            "care_leavers",
            "The externally commissioned leaving care team maintains good contact with most care leavers.",
        ),
        # SIF's care leavers heading: "the experience and progress of care leavers".
        (
            "reports/80553_slough/children's services inspection - 17 february 2016.pdf",
            "care_leavers",
            "The effectiveness of support for care leavers by social workers and personal advisers "
            "is inconsistent and too often poor; this accords with the trust’s own audits.",
        ),
    ],
)
def test_area_sentences_of_real_reports(name: str, area: str, expected: str) -> None:
    doc = read_ofsted(name)
    inspection = extract_inspection(doc)
    assert inspection is not None
    (row,) = [j for j in inspection.judgements if j.area == area]
    span = area_sentence(doc.text, row, after=table_end(inspection))
    assert span is not None
    assert " ".join(doc.text[span.start : span.end].split()) == expected


@pytest.mark.slow
@pytest.mark.parametrize(
    ("name", "expected"),
    [
        (
            "reports/80478_kirklees/children's services inspection - 25 november 2016.pdf",
            "Services for vulnerable children in Kirklees are inadequate, due to serious and widespread "
            "failures which result in some children not being protected or having their needs met.",
        ),
        # "require improvement" is the verdict's verb itself.
        (
            "reports/80547_rutland/children's services inspection - 13 february 2017.pdf",
            "Children’s services in Rutland require improvement to be good.",
        ),
    ],
)
def test_overall_sentences_of_real_reports(name: str, expected: str) -> None:
    doc = read_ofsted(name)
    inspection = extract_inspection(doc)
    assert inspection is not None
    rows = [(j.start, j.end) for j in inspection.judgements]
    span = overall_sentence(doc.text, inspection, besides=rows)
    assert span is not None
    assert " ".join(doc.text[span.start : span.end].split()) == expected


@pytest.mark.slow
@pytest.mark.parametrize(
    ("name", "expected"),
    [
        (
            "focused-visits/80541_redcar and cleveland/"
            "children's services focused visit - 17 january 2019.pdf",
            "Inspectors looked at the local authority’s arrangements for the ‘front door’, the initial",
        ),
        (
            "focused-visits/80562_stockport/children's services focused visit - 11 march 2019.pdf",
            "Inspectors looked at the local authority’s arrangements for contact, referral and assessment",
        ),
    ],
)
def test_scope_of_real_letters(name: str, expected: str) -> None:
    doc = read_ofsted(name)
    spans = scope_spans(doc.text, end=doc.page_starts[2] if len(doc.page_starts) > 2 else None)
    assert spans
    assert " ".join(doc.text[spans[0].start : spans[0].end].split()).startswith(expected)
    assert not any("evidence" in doc.text[s.start : s.end] for s in spans)

"""Questions over many reports, answered from their judgement tables.

Fast tests use small reports written here; the slow ones ask the real Ofsted
collection (a hashing embedder: these answers do not come from retrieval).
"""

from __future__ import annotations

import csv
import doctest

import pytest

import assistant.answers.grade_periods as jq_module
import assistant.answers.grade_questions as gq_module
from assistant import Assistant, Settings
from assistant.answers import Answer, citation_for
from assistant.answers.grades import (
    JudgementQuestion,
    answer_from_judgements,
    classify,
    transitions,
)
from assistant.documents import Document
from assistant.judgements import Inspection, Judgement, extract_inspection
from assistant.query import parse_query
from tests.conftest import OFSTED


def _report(council: str, dates: str, published: str, overall: str, lead: str = "Ann Smith") -> Document:
    text = (
        f"Inspection of {council} local authority children’s services\n\n"
        f"Inspection dates: {dates}\n\n"
        f"Lead inspector: {lead} HMI\n\n"
        "Judgement Grade\n\n"
        f"The experiences and progress of children who need help and protection {overall}\n\n"
        f"Overall effectiveness {overall}\n\n"
        f"{council} has work to do on supervision."
    )
    doc_id = f"{council.lower()}-{published}.pdf"
    return Document(doc_id=doc_id, text=text, title=f"{council} inspection", date=published)


DOCS = {
    d.doc_id: d
    for d in (
        _report("Stoke-on-Trent", "4 to 15 February 2019", "2019-03-18", "Inadequate", "Neil Penswick"),
        _report("Stoke-on-Trent", "3 to 14 October 2022", "2022-11-25", "Requires improvement to be good"),
        _report("Stoke-on-Trent", "12 to 23 May 2025", "2025-06-30", "Good"),
        _report("Leeds", "1 to 5 April 2019", "2019-05-20", "Outstanding"),
        _report("Trafford", "4 to 8 March 2019", "2019-04-10", "Inadequate"),
        _report("Trafford", "10 to 21 July 2023", "2023-09-01", "Requires improvement to be good"),
    )
}


def _inspections() -> list[Inspection]:
    found = [extract_inspection(d) for d in DOCS.values()]
    assert all(found)
    return [i for i in found if i is not None]


def _ask(question: str, authorities: tuple[str, ...] = ()) -> Answer | None:
    q = classify(question, parse_query(question), authorities)
    assert q is not None, question
    return answer_from_judgements(
        question, q, _inspections(), lambda doc_id, n, s, e: citation_for(DOCS[doc_id], n, s, e)
    )


def _assert_verbatim(answer: Answer, text_of: dict[str, str]) -> None:
    assert answer.citations
    for c in answer.citations:
        assert text_of[c.doc_id][c.start : c.end] == c.quote
        assert " ".join(c.quote.split()) in answer.text


@pytest.mark.parametrize("module", [jq_module, gq_module])
def test_module_examples(module: object) -> None:
    result = doctest.testmod(module)  # type: ignore[arg-type]
    assert result.attempted >= 1 and result.failed == 0


@pytest.mark.parametrize(
    ("question", "authorities", "intent"),
    [
        ("Which councils were rated inadequate in 2019?", (), "list"),
        ("Which councils were judged outstanding?", (), "list"),
        ("How has Stoke-on-Trent's rating changed?", ("Stoke-on-Trent",), "history"),
        ("Which councils improved from inadequate to good?", (), "transition"),
        ("Which councils' ratings declined?", (), "transition"),
        ("Who was the lead inspector at Stoke-on-Trent in 2019?", ("Stoke-on-Trent",), "lead_inspector"),
        ("How was Leeds rated?", ("Leeds",), "lookup"),
        ("What overall judgement did Ofsted give Leeds in 2019?", ("Leeds",), "lookup"),
        ("how did leeds do in its 2016 ofsted inspection overall?", ("Leeds",), "lookup"),
        ("did leeds hold on to its good rating at the spring 2022 inspection?", ("Leeds",), "lookup"),
        ("what did leeds get overall when ofsted inspected them in spring 2018?", ("Leeds",), "lookup"),
        ("what did leeds get from ofsted at the may 2024 inspection?", ("Leeds",), "lookup"),
        ("is it right that leeds got top marks at their 2018 ofsted?", ("Leeds",), "lookup"),
        ("leeds's ofsted from october 2025 - which bit didn't make it to good?", ("Leeds",), "lookup"),
        (
            "Leeds went up to good in October 2025, but one bit still wasn't good. Which part?",
            ("Leeds",),
            "lookup",
        ),
        (
            "how did leeds do at its october 2019 inspection compared with the time before?",
            ("Leeds",),
            "history",
        ),
        ("What was the outcome of Ofsted's inspection of Leeds in autumn 2022?", ("Leeds",), "lookup"),
        ("Was Leeds rated outstanding?", ("Leeds",), "lookup"),
        ("Leeds was judged good in 2019; which area still required improvement?", ("Leeds",), "lookup"),
        ("Which parts of Leeds's services were rated outstanding in 2019?", ("Leeds",), "lookup"),
        ("Which areas did Ofsted judge inadequate in Leeds's 2014 inspection?", ("Leeds",), "lookup"),
        ("What did the 2013 inspection of Leeds conclude about overall effectiveness?", ("Leeds",), "lookup"),
        ("Which councils did Ofsted judge inadequate in 2019?", (), "list"),
        # Which councils were inspected: a list of inspections, whatever their grade.
        ("Which councils did Ofsted inspect in 2023?", (), "list"),
        ("How many councils were inspected in 2024?", (), "list"),
        ("Where did Ofsted go in 2023?", (), "list"),
        ("Which councils had an inspection that ended in 2023?", (), "list"),
        ("List the inspections that took place in 2025", (), "list"),
        (
            "how did reading borough council's 2024 inspection judge services for children in care",
            ("Reading",),
            "lookup",
        ),
        ("How did Ofsted rate help and protection in Leeds's 2019 inspection?", ("Leeds",), "lookup"),
        ("Which area stood out as the best in Leeds's 2019 inspection?", ("Leeds",), "lookup"),
        ("Which areas were weakest in Leeds's 2019 inspection?", ("Leeds",), "lookup"),
        # Asked in the question's second sentence; a council's everyday name is no topic.
        (
            "Ofsted inspected Leeds in November 2024. Did it stay outstanding, and was any area rated lower?",
            ("Leeds",),
            "lookup",
        ),
        ("Notts was inspected in May 2024. Which area came out best?", ("Nottinghamshire",), "lookup"),
        # a grade in every area
        ("bexley ofsted july 2018 - was it outstanding across the board or not?", ("Bexley",), "lookup"),
        # every area's grade, or one area's against the rest (held-out-54 and -55)
        ("Was every single part of it outstanding, or did any area score lower?", ("Rotherham",), "lookup"),
        ("blackpool - did they get outstanding across the board in june 2026?", ("Blackpool",), "lookup"),
        (
            "how did B&D do for young people leaving care in 2023? better or worse than the rest?",
            ("Barking and Dagenham",),
            "lookup",
        ),
        # a search box's rating, and a grade got
        ("Hull ofsted 2026 rating?", ("Kingston upon Hull",), "lookup"),
        ("stoke ofsted rating", ("Stoke-on-Trent",), "lookup"),
        ("Did Bury get inadequate in 2021?", ("Bury",), "lookup"),
        # how a council is doing, and nothing else: its latest verdict
        ("How is Tower Hamlets doing?", ("Tower Hamlets",), "lookup"),
        ("what is hull like now?", ("Kingston upon Hull",), "lookup"),
        ("did knowsley get good?", ("Knowsley",), "lookup"),
        # an area said to have a grade, asked which; a grade asked after a dash
        (
            "redcar got good overall in dec 2025 but one bit was only RI - which and why?",
            ("Redcar and Cleveland",),
            "lookup",
        ),
        (
            "Greenwich got outstanding in June 2024 - was any area rated lower than that?",
            ("Greenwich",),
            "lookup",
        ),
        # what Ofsted rated, an inspection's result, the ratings asked for, a grade kept or left
        ("What did Ofsted rate care leavers' services in Hull in 2026?", ("Kingston upon Hull",), "lookup"),
        ("Was Croydon's 2020 inspection result good or outstanding?", ("Croydon",), "lookup"),
        ("Tell me the ratings from Lambeth's inspection in 2022 on each area.", ("Lambeth",), "lookup"),
        (
            "Herefordshire summer 2018 inspection - was it across the board inadequate?",
            ("Herefordshire",),
            "lookup",
        ),
        ("Did Cornwall stay outstanding at its 2024 inspection?", ("Cornwall",), "lookup"),
        ("haringey got outstanding in jan 2026 - which bits were only good?", ("Haringey",), "lookup"),
        # one area against the rest is no change over time
        (
            "BCP ofsted december 2021 - what were the grades? was the children in care side any better "
            "than the rest?",
            ("Bournemouth, Christchurch and Poole",),
            "lookup",
        ),
        ("did boro come off inadequate at the march 2023 ofsted?", ("Middlesbrough",), "lookup"),
        # where it ended up, how it came out
        (
            "solihull got absolutely slated a few years back. where did they end up at the november 2025 "
            "inspection?",
            ("Solihull",),
            "lookup",
        ),
        ("How did Swindon's LSCB come out of the spring 2014 inspection?", ("Swindon",), "lookup"),
        ("how did North Tyneside do overall in its 2017 inspection?", ("North Tyneside",), "lookup"),
        (
            "Bromley got slated a few years back. Where does it stand after the November 2023 inspection?",
            ("Bromley",),
            "lookup",
        ),
        # the area's own support, in everyday words, after a preamble naming another council
        (
            "Peterborough shares a fair bit of its children's services setup with Cambs, I think. At the "
            "inspection at the end of 2023, how did Ofsted rate the support for young people who'd "
            "left care?",
            ("Peterborough", "Cambridgeshire"),
            "lookup",
        ),
        # "capacity to improve" is a LAC area, not a change of grade.
        (
            "What did the 2013 inspection of Leeds conclude about overall effectiveness and "
            "capacity to improve?",
            ("Leeds",),
            "lookup",
        ),
    ],
)
def test_ratings_questions_are_recognised(question: str, authorities: tuple[str, ...], intent: str) -> None:
    q = classify(question, parse_query(question), authorities)
    assert q is not None and q.intent == intent


@pytest.mark.parametrize(
    ("question", "authorities"),
    [
        ("What did Ofsted say about Stoke's supervision?", ("Stoke-on-Trent",)),
        ("Is practice good in Leeds?", ("Leeds",)),  # a finding, not a grade
        ("Who was the lead inspector?", ()),  # no council: passages may say
        ("How do councils support care leavers?", ()),
        # Grades mentioned, findings asked for.
        ("What weakness remained in Leeds despite it being judged good in 2019?", ("Leeds",)),
        ("Why was Stoke-on-Trent rated inadequate?", ("Stoke-on-Trent",)),
        # what a visit's letters said, whatever grade is mentioned
        ("What did the monitoring visits say after Westminster was rated inadequate?", ("Westminster",)),
        # A court's judge is no rating.
        ("What did the judge say about Stoke's court work?", ("Stoke-on-Trent",)),
        ("How did the judge view Stoke's court work?", ("Stoke-on-Trent",)),
        ("Which parts of Leeds's front door did the judge praise?", ("Leeds",)),
        # Best, worst and "rate" about a topic, not about the judged areas.
        ("What did Ofsted say was the best thing about support for care leavers in Leeds?", ("Leeds",)),
        ("Which areas of practice were weakest for care leavers in Leeds?", ("Leeds",)),
        ("How did Leeds's inspection rate its service for children at risk of exploitation?", ("Leeds",)),
        ("Which areas of Leeds's front door work did inspectors judge to need improvement?", ("Leeds",)),
        # A score of a topic, and a count of one council's visits, are no grades.
        ("How did children in care in Leeds score in their GCSEs?", ("Leeds",)),
        ("How did Leeds score on early help?", ("Leeds",)),
        ("How did Leeds do for care leavers' housing?", ("Leeds",)),
        ("How did Leeds do overall on care leavers' housing?", ("Leeds",)),
        ("How many monitoring visits did Hampshire have after being judged inadequate?", ("Hampshire",)),
        (
            "How many times had Ofsted been back to check on Bradford since it was rated inadequate?",
            ("Bradford",),
        ),
        ("What did care leavers in Leeds get from the council, according to Ofsted?", ("Leeds",)),
        # a topic after how it is doing, or a grade word that is no verdict
        ("How is Leeds doing on care leavers?", ("Leeds",)),
        ("did leeds children get good support?", ("Leeds",)),
        # how things stood at a visit, which grades nothing
        (
            "Leeds was rated inadequate for adoption in 2018 - "
            "had it got any better by the april 2019 focused visit?",
            ("Leeds",),
        ),
        # An earlier grade as the point progress is measured from.
        (
            "Derby city, not Derbyshire: what did the May 2025 inspection say about progress since "
            "its previous outstanding judgement?",
            ("Derby",),
        ),
        # Inspected, about a topic: a finding.
        ("Which councils inspected in 2023 had high caseloads?", ()),
        ("Where did Ofsted find children going missing in 2023?", ()),
    ],
)
def test_other_questions_go_to_the_passages(question: str, authorities: tuple[str, ...]) -> None:
    assert classify(question, parse_query(question), authorities) is None


@pytest.mark.parametrize(
    ("question", "area"),
    [
        ("How did East Sussex score for looking after the children in their care?", "in_care"),
        ("How did Bracknell Forest score on keeping at-risk kids safe in 2022?", "help_and_protection"),
        ("What grade did Hull get for young people leaving care?", "care_leavers"),
        ("How did Blackburn do for care leavers in its 2025 inspection?", "care_leavers"),
        ("glos 2025 ofsted grade care leavers", "care_leavers"),
        ("Halton care leavers grade", "care_leavers"),
        # A search box's "ofsted rating" with no area: the overall grade, of the year it ends with.
        ("wolves childrens services ofsted rating 2017?", "overall"),
        (
            "my mate left care in Cornwall. how did ofsted grade the support for young people leaving care "
            "at the inspection in summer 2024?",
            "care_leavers",
        ),
    ],
)
def test_a_grade_asked_in_everyday_words(question: str, area: str) -> None:
    q = classify(question, parse_query(question), parse_query(question).authorities)
    assert q is not None and q.intent == "lookup" and q.area == area


def test_area_and_grades_are_read_from_the_question() -> None:
    q = "Which councils were rated requires improvement for help and protection in 2022?"
    got = classify(q, parse_query(q), ())
    assert got == JudgementQuestion(
        "list", area="help_and_protection", grades=("requires_improvement",), years=(2022,)
    )


def test_a_safeguarding_board_is_its_own_area_not_the_overall_grade() -> None:
    q = "Which councils' Local Safeguarding Children Boards were judged inadequate between 2015 and 2017?"
    got = classify(q, parse_query(q), ())
    assert got is not None and got.area == "lscb" and got.grades == ("inadequate",)


def test_an_overall_grade_asked_of_a_2026_inspection_says_there_is_none() -> None:
    text = (
        "Inspection of Lancashire local authority children’s services\n\n"
        "Inspection dates: 11 to 22 May 2026\n\nLead inspector: Ann Smith HMI\n\nJudgement Grade\n\n"
        "The experiences and progress of children who need help and protection Good\n\n"
        "The experiences and progress of care leavers Outstanding\n\n"
    )
    doc = Document(doc_id="lancashire-2026.pdf", text=text, title="Lancashire inspection", date="2026-08-20")
    insp = extract_inspection(doc)
    assert insp is not None and insp.framework == "ILACS 2026"
    question = "what overall grade did lancashire get at the may 2026 inspection? someone told me outstanding"
    q = classify(question, parse_query(question), ("Lancashire",))
    assert q is not None
    answer = answer_from_judgements(question, q, [insp], lambda d, n, s, e: citation_for(doc, n, s, e))
    assert answer is not None and "no overall effectiveness grade" in answer.text
    _assert_verbatim(answer, {doc.doc_id: text})


def test_inadequate_in_2019_lists_each_report_with_its_own_row() -> None:
    answer = _ask("Which councils were rated inadequate in 2019?")
    assert answer is not None and answer.answered and answer.kind == "judgements"
    assert answer.table is not None
    assert [r[0] for r in answer.table.rows] == ["Stoke-on-Trent", "Trafford"]
    assert {r[2] for r in answer.table.rows} == {"Inadequate"}
    assert [c.quote for c in answer.citations] == ["Overall effectiveness Inadequate"] * 2
    _assert_verbatim(answer, {k: d.text for k, d in DOCS.items()})


def test_which_councils_were_inspected_lists_every_inspection_in_the_period() -> None:
    answer = _ask("How many councils were inspected in 2019?")
    assert answer is not None and answer.answered and answer.table is not None
    assert answer.text.startswith("3 councils had an inspection held in 2019, in the index:")
    assert [r[0] for r in answer.table.rows] == ["Leeds", "Stoke-on-Trent", "Trafford"]
    assert [r[2] for r in answer.table.rows] == ["Outstanding", "Inadequate", "Inadequate"]
    _assert_verbatim(answer, {k: d.text for k, d in DOCS.items()})


def test_history_lists_every_inspection_in_order() -> None:
    answer = _ask("How has Stoke-on-Trent's rating changed?", ("Stoke-on-Trent",))
    assert answer is not None and answer.table is not None
    assert [r[2] for r in answer.table.rows] == ["Inadequate", "Requires improvement", "Good"]
    assert answer.table.rows[0][1] == "4 February 2019 to 15 February 2019"


def test_a_history_asked_by_a_year_runs_to_that_years_inspection() -> None:
    answer = _ask("Had Stoke-on-Trent's rating improved by its 2022 inspection?", ("Stoke-on-Trent",))
    assert answer is not None and answer.table is not None
    assert [r[2] for r in answer.table.rows] == ["Inadequate", "Requires improvement"]
    assert "to 2022" in answer.text.splitlines()[0]
    for asked in ("since 2022", "since its 2022 inspection"):
        since = _ask(f"How has Stoke-on-Trent's rating changed {asked}?", ("Stoke-on-Trent",))
        assert since is not None and since.table is not None, asked
        assert [r[2] for r in since.table.rows] == ["Requires improvement", "Good"], asked


def test_transitions_from_grade_to_grade_allow_inspections_between() -> None:
    answer = _ask("Which councils improved from inadequate to good?")
    assert answer is not None and answer.table is not None
    (row,) = answer.table.rows  # Stoke went inadequate, RI, good; Trafford only to RI
    assert row[0] == "Stoke-on-Trent" and (row[2], row[4]) == ("Inadequate", "Good")
    assert row[1].endswith("2019") and row[3].endswith("2025")


def test_transitions_up_and_down_without_grades() -> None:
    up = JudgementQuestion("transition", direction="up")
    down = JudgementQuestion("transition", direction="down")
    pairs = transitions(_inspections(), up)
    # Each council's latest rise: Stoke RI -> good, Trafford inadequate -> RI.
    assert [(a.council, a.overall, b.overall) for a, b in pairs] == [
        ("Trafford", "inadequate", "requires_improvement"),
        ("Stoke-on-Trent", "requires_improvement", "good"),
    ]
    assert transitions(_inspections(), down) == []


def test_lead_inspector_quotes_the_reports_line() -> None:
    answer = _ask("Who was the lead inspector at Stoke-on-Trent in 2019?", ("Stoke-on-Trent",))
    assert answer is not None and answer.table is not None
    assert [c.quote for c in answer.citations] == ["Lead inspector: Neil Penswick HMI"]
    assert answer.table.rows[0][2] == "Neil Penswick"


def test_lookup_gives_every_row_of_the_latest_report() -> None:
    answer = _ask("How was Stoke-on-Trent rated?", ("Stoke-on-Trent",))
    assert answer is not None and answer.table is not None
    assert {c.doc_id for c in answer.citations} == {"stoke-on-trent-2025-06-30.pdf"}
    assert [r[3] for r in answer.table.rows] == ["Good", "Good"]


def test_which_areas_had_a_grade_is_read_apart_from_the_whole() -> None:
    q = "Kirklees was judged good overall in 2024; which area still required improvement?"
    asked = classify(q, parse_query(q), ("Kirklees",))
    assert asked is not None and asked.of_areas == ("requires_improvement",)
    q = "Which areas did Ofsted judge outstanding in Trafford in 2015?"
    asked = classify(q, parse_query(q), ("Trafford",))
    assert asked is not None and asked.of_areas == ("outstanding",)


@pytest.mark.parametrize(
    "question",
    [
        "Wolves council was rated good by Ofsted in 2017 but which bit still needed improving?",
        "Notts county council got rated good by ofsted in 2015 - was there any part of children's "
        "services that wasn't good?",
    ],
)
def test_the_areas_below_the_overall_grade_are_asked_for_in_everyday_words(question: str) -> None:
    parsed = parse_query(question)
    asked = classify(question, parsed, parsed.authorities)
    assert asked is not None and asked.intent == "lookup"
    assert asked.of_areas == ("requires_improvement", "inadequate")


def test_the_inspection_before_the_latest_is_the_newest_but_one() -> None:
    question = "How was Stoke-on-Trent rated at the inspection before its latest one?"
    answer = _ask(question, ("Stoke-on-Trent",))
    assert answer is not None and answer.table is not None
    latest = _ask("How was Stoke-on-Trent rated?", ("Stoke-on-Trent",))
    assert latest is not None
    assert {c.doc_id for c in answer.citations}.isdisjoint({c.doc_id for c in latest.citations})


def test_rank_and_area_are_read_from_one_councils_question() -> None:
    q = "Which area stood out as the best in Leeds's 2019 inspection?"
    assert classify(q, parse_query(q), ("Leeds",)).rank == "best"  # type: ignore[union-attr]
    q = "What was the lowest-rated area in Leeds's 2019 inspection?"
    assert classify(q, parse_query(q), ("Leeds",)).rank == "worst"  # type: ignore[union-attr]
    q = "Notts was inspected in May 2024. Which area came out best?"
    assert classify(q, parse_query(q), ("Nottinghamshire",)).rank == "best"  # type: ignore[union-attr]
    q = "Which area came out badly in Leeds's 2019 inspection?"
    assert classify(q, parse_query(q), ("Leeds",)) is None
    q = "How did Ofsted rate help and protection in Leeds?"
    assert classify(q, parse_query(q), ("Leeds",)).area == "help_and_protection"  # type: ignore[union-attr]


def _ask_in_words(question: str, authorities: tuple[str, ...]) -> Answer:
    """``_ask`` with the area's own sentence: the report's last sentence stands for it."""
    q = classify(question, parse_query(question), authorities)
    assert q is not None, question

    def words_for(inspection: Inspection, judgement: Judgement) -> tuple[int, int]:
        text = DOCS[inspection.doc_id].text
        return text.rindex(f"{inspection.council} has"), len(text)

    answer = answer_from_judgements(
        question,
        q,
        _inspections(),
        lambda doc_id, n, s, e: citation_for(DOCS[doc_id], n, s, e),
        words_for=words_for,
    )
    assert answer is not None
    _assert_verbatim(answer, {d: doc.text for d, doc in DOCS.items()})
    return answer


def test_a_lookup_naming_an_area_leads_with_its_row_then_the_reports_words() -> None:
    answer = _ask_in_words("How was help and protection judged in Trafford's 2019 inspection?", ("Trafford",))
    first, words, other = answer.text.split("\n\n")
    assert "children who need help and protection Inadequate” [1]" in first
    assert words == "In the report's words: “Trafford has work to do on supervision.” [2]"
    assert other.startswith("The other judgements: “Overall effectiveness Inadequate” [3]")
    assert answer.table is not None and answer.table.rows[0][2].endswith("help and protection")


def test_the_best_area_leads_every_row_with_the_top_grade() -> None:
    answer = _ask_in_words("Which area stood out as the best in Leeds's 2019 inspection?", ("Leeds",))
    first = answer.text.split("\n\n")[0]
    # Overall effectiveness is no area: the best area is help and protection.
    assert "help and protection Outstanding” [1]" in first and "Overall" not in first


def test_nothing_matching_is_said_plainly() -> None:
    answer = _ask("Which councils were rated outstanding in 2022?")
    assert answer is not None and not answer.answered and not answer.citations
    assert "none of the inspection reports" in answer.text


def test_a_council_without_reports_falls_back_to_passages() -> None:
    assert _ask("How has Bristol's rating changed?", ("Bristol",)) is None


# --------------------------------------------------------------------------
# Through ask(), on the real collection


# The whole collection: the transitions and lists below span every
# inspection of every council, 2013-2026 (the reader's tests check the
# tables themselves); four HTML error pages among the reports are skipped.
@pytest.fixture(scope="module")
def ofsted(tmp_path_factory: pytest.TempPathFactory) -> Assistant:
    if not (OFSTED / "reports").is_dir():
        pytest.skip("../shared/ofsted is not beside the project")
    return Assistant.from_corpus(
        OFSTED / "reports",
        index_dir=tmp_path_factory.mktemp("ofsted-index"),
        settings=Settings(embedding_model="hashing-64"),
    )


def _csv_rows() -> list[dict[str, str]]:
    with (OFSTED / "ofsted_csc_ilacs_history.csv").open(encoding="utf-8") as f:
        return list(csv.DictReader(f))


def _report_name(doc_id: str) -> str:
    """'<urn>_<council>/<file>.pdf', however the index roots its ids."""
    return "/".join(doc_id.split("/")[-2:])


def _quotes_grade(quote: str, grade: str) -> bool:
    """Does a cited row or SIF headline end with ``grade`` ("Good", "Inadequate")?

    An ILACS row ends "Overall effectiveness Good", a SIF headline
    "Children’s services in West Berkshire are good"; "... require
    improvement to be good" ends with "good" but is not good.
    """
    words = " ".join(quote.split()).lower()
    return words.endswith(grade.lower()) and not words.endswith("to be good")


def _check(assistant: Assistant, answer: Answer) -> None:
    assert answer.kind == "judgements" and answer.answered and answer.table is not None
    for c in answer.citations:
        assert assistant.document_text(c.doc_id)[c.start : c.end] == c.quote
        assert c.page == assistant.document(c.doc_id).page_at(c.start)


@pytest.mark.slow
def test_stoke_on_trent_history_on_the_real_reports(ofsted: Assistant) -> None:
    answer = ofsted.ask("How has Stoke-on-Trent's rating changed?")
    _check(ofsted, answer)
    assert answer.table is not None
    got = [(r[1][-4:], r[2]) for r in answer.table.rows]
    assert got == [
        ("2015", "Requires improvement"),
        ("2019", "Inadequate"),
        ("2022", "Requires improvement"),
        ("2025", "Requires improvement"),
    ]
    assert "Children’s services in Stoke-on-Trent require improvement" in answer.citations[0].quote


@pytest.mark.slow
def test_inadequate_in_2019_on_the_real_reports(ofsted: Assistant) -> None:
    answer = ofsted.ask("Which councils were rated inadequate in 2019?")
    _check(ofsted, answer)
    assert answer.table is not None
    councils = {r[0] for r in answer.table.rows}
    assert "Stoke-on-Trent" in councils
    assert all(_quotes_grade(c.quote, "Inadequate") for c in answer.citations)
    # "In 2019" is the inspection's end: every report the CSV grades inadequate
    # whose inspection ended in 2019 is listed (East Riding and Middlesbrough
    # were published in 2020), and Blackpool's, which ended in December 2018
    # and was published in January 2019, is not.
    expected = {
        f"{r['urn']}_{r['local_authority']}/{r['pdf_filename']}"
        for r in _csv_rows()
        if r["overall_effectiveness_grade"] == "inadequate" and r["inspection_end_date"].endswith("/2019")
    }
    cited = {_report_name(c.doc_id) for c in answer.citations}
    assert len(expected) == 9 and expected == cited
    assert not any("blackpool" in name for name in cited)
    assert "inspections that ended in 2019, in the index (9 inspections)" in answer.text


@pytest.mark.slow
def test_inadequate_to_good_on_the_real_reports(ofsted: Assistant) -> None:
    answer = ofsted.ask("Which councils improved from inadequate to good?")
    _check(ofsted, answer)
    assert answer.table is not None and len(answer.table.rows) >= 36  # 36 on the whole collection
    for row in answer.table.rows:
        assert (row[2], row[4]) == ("Inadequate", "Good")
    # A grade is quoted from an ILACS table row or a SIF headline: West
    # Berkshire went from SIF to SIF, Bromley from SIF to ILACS, Wakefield
    # from ILACS to ILACS.
    quoted = {}
    for before, after in zip(answer.citations[::2], answer.citations[1::2], strict=True):
        assert _quotes_grade(before.quote, "Inadequate") and _quotes_grade(after.quote, "Good")
        assert before.date is not None and after.date is not None and before.date < after.date
        council = _report_name(after.doc_id).split("/")[0]
        quoted[council] = (" ".join(before.quote.split()), " ".join(after.quote.split()))
    assert quoted["80577_west berkshire"][1] == "Children’s services in West Berkshire are good"
    assert quoted["80490_bromley"] == (
        "Children’s services in Bromley are inadequate",
        "Overall effectiveness Good",
    )
    assert quoted["80451_wakefield"] == ("Overall effectiveness Inadequate", "Overall effectiveness Good")


@pytest.mark.slow
def test_an_area_question_leads_with_its_row_and_the_reports_sentence(ofsted: Assistant) -> None:
    answer = ofsted.ask("How were services for care leavers in Lambeth judged at its most recent inspection?")
    _check(ofsted, answer)
    row, words = answer.citations[0], answer.citations[1]
    assert " ".join(row.quote.split()) == "The experiences and progress of care leavers Outstanding"
    assert words.quote.startswith("Care leavers in Lambeth benefit from an outstanding service")
    assert answer.text.index(words.quote[:40]) < answer.text.index("The other judgements")


@pytest.mark.slow
def test_the_areas_with_the_grade_asked_lead_on_the_real_reports(ofsted: Assistant) -> None:
    answer = ofsted.ask("Which areas did Ofsted judge outstanding in Trafford in 2015?")
    _check(ofsted, answer)
    row = " ".join(answer.citations[0].quote.split())
    assert row == "2.2 Experiences and progress of care leavers Outstanding"
    answer = ofsted.ask("Which areas of Trafford's 2015 inspection were judged inadequate?")
    assert "no area was judged inadequate" in answer.text


@pytest.mark.slow
def test_the_best_area_of_one_inspection_on_the_real_reports(ofsted: Assistant) -> None:
    answer = ofsted.ask("Which area stood out as the best in Calderdale's 2018 inspection?")
    _check(ofsted, answer)
    row = " ".join(answer.citations[0].quote.split())
    assert row.endswith("children in care and care leavers Outstanding")
    assert answer.citations[1].quote == "Children in care and care leavers receive an outstanding service."


@pytest.mark.slow
def test_findings_questions_still_quote_passages(ofsted: Assistant) -> None:
    answer = ofsted.ask("What did Ofsted say about Stoke's supervision?")
    assert answer.kind != "judgements" and answer.table is None


def test_the_asking_sentence_names_the_area_before_an_aside_on_the_overall_grade() -> None:
    from assistant.answers.grade_questions import area_of

    question = (
        "Warwickshire inspection, June 2025: what grade did young people leaving care get on their own? "
        "(I know the overall was requires improvement)"
    )
    assert area_of(question) == "care_leavers"
    assert area_of("What was the overall grade? Care leavers were good, I know.") == "overall"


def test_a_grade_asked_without_apostrophes_is_still_a_grade_question() -> None:
    from assistant.spelling import with_apostrophes

    question = with_apostrophes("blackpool ofsted from june 2026 - and whats the overall grade")
    assert question.endswith("what's the overall grade")
    q = classify(question, parse_query(question), ("Blackpool",))
    assert q is not None and q.intent == "lookup"

"""Questions across councils: routing, grade counts and periods, comparisons, finding lists, CSV.

The routing and the per-sentence decisions are pure and tested on their
own; comparisons and finding lists are asked of a small index of real
Ofsted reports (a hashing embedder: the decisions are lexical, and the
chunks chosen per report come from BM25 and the stored vectors alike).
"""

from __future__ import annotations

import csv
import io
import json

import pytest

from assistant import Assistant, Settings
from assistant.answers import Answer, citation_for
from assistant.answers.across import route
from assistant.answers.finding_nearest import HEADING, NEAREST
from assistant.answers.findings import finding_question, states
from assistant.answers.grades import answer_from_judgements, classify
from assistant.answers.types import CSV_COLUMNS, Record, Table
from assistant.cross_eval import first_number, load_cross_questions, run_cross, summarise_cross
from assistant.documents import Document
from assistant.judgements import Inspection, extract_inspection
from assistant.query import parse_query
from tests.conftest import OFSTED, ROOT

QUESTIONS = ROOT / "evals" / "cross_council_questions.jsonl"


# --------------------------------------------------------------------------
# Routing: what a question asks, not the words it happens to hold


def _routing_cases() -> list[tuple[str, str]]:
    return [(q["question"], q["route"]) for q in load_cross_questions(QUESTIONS)]


@pytest.mark.parametrize(("question", "expected"), _routing_cases())
def test_every_eval_question_takes_its_route(question: str, expected: str) -> None:
    parsed = parse_query(question)
    assert route(question, parsed, parsed.authorities) == expected


@pytest.mark.parametrize(
    "question",
    [
        # The misroutes of issue 16: a finding with "found ... not ... well enough" and
        # "from 2018"; an area whose name holds "progress"; "since" is a period, not a change.
        "Which councils did Ofsted find were not good enough at supporting care leavers from 2018?",
        "Which councils had good early help according to Ofsted since 2023?",
    ],
)
def test_findings_questions_are_never_grade_tables(question: str) -> None:
    assert classify(question, parse_query(question), ()) is None


def test_a_count_of_one_grade_for_one_area_in_one_year_is_a_count_not_a_change() -> None:
    q = "How many councils were rated good for the experiences and progress of care leavers since 2023?"
    got = classify(q, parse_query(q), ())
    assert got is not None
    assert (got.intent, got.area, got.grades, got.count, got.date_from) == (
        "list",
        "care_leavers",
        ("good",),
        True,
        "2023",
    )


# --------------------------------------------------------------------------
# Grade lists: which date decides the period, headings, counts first


def _report(council: str, dates: str, published: str, grade: str) -> Document:
    text = (
        f"Inspection of {council} local authority children’s services\n\n"
        f"Inspection dates: {dates}\n\nLead inspector: Ann Smith HMI\n\nJudgement Grade\n\n"
        f"Overall effectiveness {grade}\n\n{council} has work to do."
    )
    return Document(doc_id=f"{council}-{published}.pdf", text=text, title=council, date=published)


DOCS = {
    d.doc_id: d
    for d in (
        # Ended in December 2018, published in January 2019 (as Blackpool's was).
        _report("Blackpool", "26 November to 7 December 2018", "2019-01-31", "Inadequate"),
        _report("Trafford", "4 to 8 March 2019", "2019-04-10", "Inadequate"),
        _report("Leeds", "1 to 5 April 2019", "2019-05-20", "Outstanding"),
    )
}


def _inspections() -> list[Inspection]:
    return [i for i in (extract_inspection(d) for d in DOCS.values()) if i is not None]


def _ask_grades(question: str) -> Answer:
    q = classify(question, parse_query(question), ())
    assert q is not None
    answer = answer_from_judgements(
        question,
        q,
        _inspections(),
        lambda doc_id, n, s, e: citation_for(DOCS[doc_id], n, s, e),
        url_of=lambda doc_id: f"https://example.org/{doc_id}",
    )
    assert answer is not None
    return answer


def _councils(answer: Answer) -> list[str]:
    assert answer.table is not None
    return [r[0] for r in answer.table.rows]


def test_in_a_year_means_the_inspection_ended_in_it_by_default() -> None:
    answer = _ask_grades("Which councils were judged inadequate in 2019?")
    assert _councils(answer) == ["Trafford"]
    assert "inspections that ended in 2019" in answer.text and "in the index" in answer.text
    assert "4 March 2019 to 8 March 2019" in answer.text  # the dates shown are the deciding ones


def test_published_in_and_inspected_in_are_obeyed() -> None:
    published = _ask_grades("Which councils were judged inadequate in reports published in 2019?")
    assert _councils(published) == ["Blackpool", "Trafford"]
    assert "reports published in 2019" in published.text
    inspected = _ask_grades("Which councils were judged inadequate when inspected in 2018?")
    assert _councils(inspected) == ["Blackpool"]


def test_how_many_starts_with_the_number() -> None:
    answer = _ask_grades("How many councils were judged inadequate in 2019?")
    assert answer.text.startswith("1 council judged inadequate for overall effectiveness")
    assert first_number(answer.text) == 1
    none = _ask_grades("How many councils were judged outstanding in 2018?")
    assert none.text.startswith("0 councils") and not none.answered


def test_a_grade_table_downloads_as_csv_with_the_same_rows() -> None:
    answer = _ask_grades("Which councils were judged inadequate in reports published in 2019?")
    assert answer.table is not None
    rows = list(csv.reader(io.StringIO(answer.table_csv() or "")))
    assert tuple(rows[0]) == CSV_COLUMNS
    assert [r[0] for r in rows[1:]] == _councils(answer)
    blackpool = rows[1]
    assert blackpool[1:5] == ["2018-11-26", "2018-12-07", "2019-01-31", "Inadequate"]
    assert blackpool[5] == str(answer.citations[0].page)
    assert blackpool[6] == "https://example.org/Blackpool-2019-01-31.pdf"


def test_no_table_no_csv_and_records_match_rows() -> None:
    assert Answer("q", "t", (), False).table_csv() is None
    with pytest.raises(ValueError, match="one per row"):
        Table(("a",), (("x",), ("y",)), records=(Record("X", None, None, None, "x"),))


# --------------------------------------------------------------------------
# Does a sentence state the finding? Sentences from the reports.

HIGH = "Which councils were criticised for high caseloads since 2023?"
MANAGEABLE = "Which councils did Ofsted praise for manageable caseloads since 2023?"
BB = "Where did Ofsted find care leavers living in bed and breakfast accommodation?"


@pytest.mark.parametrize(
    ("question", "sentence", "heading", "expected"),
    [
        (HIGH, "Social workers’ and PAs’ caseloads are too high, and this impacts their ability.", "", True),
        (HIGH, "The majority of social workers in Havering have complex and high caseloads.", "", True),
        (HIGH, "Manageable caseloads enable workers to maintain a high level of engagement.", "", False),
        (
            HIGH,
            "Caseloads are manageable, allowing social workers to carry out high-quality direct work.",
            "",
            False,
        ),
        (HIGH, "Until recently, many PA caseloads were too high.", "", False),
        (
            HIGH,
            "Recruitment initiatives have stabilised the workforce and reduced high caseloads.",
            "",
            False,
        ),
        (MANAGEABLE, "Social workers have manageable caseloads, so they can support children.", "", True),
        (
            MANAGEABLE,
            "Caseloads remain higher than senior leaders want; they need to be manageable.",
            "",
            False,
        ),
        (
            MANAGEABLE,
            "How consistently the local authority ensures that social workers have manageable caseloads.",
            "What needs to improve?",
            False,
        ),
        (MANAGEABLE, "Caseloads are not manageable in the assessment teams.", "", False),
        (
            BB,
            "A small but significant number of care leavers are living in bed and breakfast accommodation.",
            "",
            True,
        ),
        (BB, "There are no care leavers living in bed and breakfast accommodation.", "", False),
        (BB, "Bed and breakfast accommodation is never used.", "", False),
    ],
)
def test_a_sentence_states_the_finding_only_in_the_polarity_asked(
    question: str, sentence: str, heading: str, expected: bool
) -> None:
    q = finding_question(question, parse_query(question).search_text)
    assert states(q, sentence, weights={}, heading=heading) is expected


ADVOCACY = "Which councils were criticised for their advocacy services in inspections since 2023?"
PEPS = "Which councils were criticised for their personal education plans in inspections since 2023?"
HEALTH = "Which councils' reports since 2023 say health assessments are not timely?"


@pytest.mark.parametrize(
    ("question", "sentence", "heading", "expected"),
    [
        # A word of fault in the part that names the topic, in the topic's other forms.
        (ADVOCACY, "Not all children have access to advocates and independent visitors.", "", True),
        (
            ADVOCACY,
            (
                "The number of children taking up advocacy currently is low, and leaders are seeking to "
                "promote and extend this offer."
            ),
            "",
            True,
        ),
        (
            ADVOCACY,
            "Advocacy is available, but it is not yet embedded as routine practice for all children.",
            "",
            True,
        ),
        (PEPS, "In a small number of PEPs, the targets lack clarity and are unhelpful.", "", True),
        (
            PEPS,
            (
                "The quality of children’s personal education plans (PEPs) has improved, although some "
                "children experience delays in receiving their initial PEP when they first enter care."
            ),
            "",
            True,
        ),
        (
            PEPS,
            "Some children’s personal education plans (PEPs) are not as purposeful as they should be.",
            "",
            True,
        ),
        (
            PEPS,
            (
                "Most children in care make educational progress from their starting points and senior "
                "managers have plans to improve support for children’s educational achievement, "
                "recognising that the quality of personal education plans is inconsistent."
            ),
            "",
            True,
        ),
        # Fault elsewhere in the sentence, a condition, a hedge, a fault being mended, progress.
        (
            ADVOCACY,
            (
                "Most care leavers understand their rights and entitlements, including access to "
                "independent advocacy, but not all know how to make a formal complaint."
            ),
            "",
            False,
        ),
        (
            ADVOCACY,
            (
                "Children understand their rights and entitlements and have access to advocacy and "
                "independent visitors should this be needed."
            ),
            "",
            False,
        ),
        (
            ADVOCACY,
            (
                "When children do not feel happy about decisions made for them, they are offered advocacy "
                "to enable them to articulate their wishes and feelings."
            ),
            "",
            False,
        ),
        (ADVOCACY, "They advocate effectively on behalf of children to prevent drift.", "", False),
        (
            ADVOCACY,
            (
                "This has included addressing shortfalls in practice identified at previous inspections "
                "about children’s advocacy."
            ),
            "",
            False,
        ),
        (
            PEPS,
            (
                "The quality of children’s personal education plans has continued to strengthen since the "
                "last inspection."
            ),
            "",
            False,
        ),
        (
            PEPS,
            (
                "Personal education plans provide an equally rigorous framework for highlighting gaps in "
                "academic progress and barriers to learning."
            ),
            "",
            False,
        ),
        # "personal advisers ... education" is not "personal education plans".
        (
            PEPS,
            "Personal advisers support care leavers into education, but too many are not currently doing so.",
            "",
            False,
        ),
        # A "What needs to improve?" item finds fault without a word of fault.
        (
            PEPS,
            "• The record of achievements and targets within personal education plans.",
            "What needs to improve?",
            True,
        ),
        # "Not timely" in lateness's other words, in the part that names the topic.
        (
            HEALTH,
            (
                "Senior leaders are aware that initial health assessments for children coming into care "
                "are significantly delayed."
            ),
            "",
            True,
        ),
        (
            HEALTH,
            "Almost half do not receive their initial health assessment within the expected time frame.",
            "",
            True,
        ),
        (HEALTH, "Initial health assessments and dental checks are not completed swiftly enough.", "", True),
        (
            HEALTH,
            "Children are offered initial health assessments, but these are not always timely.",
            "",
            True,
        ),
        (
            HEALTH,
            (
                "The timeliness with which health assessments for children in care are completed has "
                "dropped over the last year."
            ),
            "",
            True,
        ),
        (
            HEALTH,
            "• The timeliness of health assessments for children in care.",
            "What needs to improve?",
            True,
        ),
        (
            HEALTH,
            (
                "Most children’s health assessments are timely, although accessing mental health services "
                "is sometimes difficult, which leads to delays in children receiving the right support."
            ),
            "",
            False,
        ),
        (
            HEALTH,
            "Health assessments for children who come into care are undertaken without delay.",
            "",
            False,
        ),
        (
            HEALTH,
            (
                "Initial health assessments have become timelier because of increased capacity to "
                "undertake these."
            ),
            "",
            False,
        ),
    ],
)
def test_a_criticism_is_read_in_the_part_of_the_sentence_that_names_the_topic(
    question: str, sentence: str, heading: str, expected: bool
) -> None:
    q = finding_question(question, parse_query(question).search_text)
    assert states(q, sentence, weights={}, heading=heading) is expected


# --------------------------------------------------------------------------
# On real reports

REPORTS = [
    "80428_bedford/children's services inspection - 27 august 2025.pdf",
    "80491_camden/children's services inspection - 15 april 2025.pdf",
    "80494_enfield/children's services inspection - 04 september 2024.pdf",
    "80500_havering/children's services inspection - 16 february 2024.pdf",
    "80479_knowsley/children's services inspection - 20 january 2025.pdf",
    "80461_devon/children's services inspection - 13 may 2025.pdf",
    "80461_devon/children's services inspection - 17 march 2020.pdf",
    "80454_cornwall/children's services inspection - 22 august 2024.pdf",
]


@pytest.fixture(scope="module")
def reports(tmp_path_factory: pytest.TempPathFactory) -> Assistant:
    paths = [OFSTED / "reports" / p for p in REPORTS]
    if not all(p.exists() for p in paths):
        pytest.skip("../shared/ofsted is not beside the project")
    return Assistant.from_corpus(
        paths, index_dir=tmp_path_factory.mktemp("cross"), settings=Settings(embedding_model="hashing-64")
    )


def _verbatim(assistant: Assistant, answer: Answer) -> None:
    assert answer.citations
    for c in answer.citations:
        assert assistant.document_text(c.doc_id)[c.start : c.end] == c.quote


def test_finding_list_reads_every_report_and_respects_polarity(reports: Assistant) -> None:
    answer = reports.ask("Which councils were criticised for high caseloads in inspections since 2023?")
    assert answer.kind == "findings" and answer.table is not None
    _verbatim(reports, answer)
    councils = {r[0] for r in answer.table.rows}
    assert {"Bedford", "Havering", "Knowsley"} <= councils
    assert not councils & {"Camden", "Enfield"}  # their reports praise manageable caseloads
    assert answer.text.startswith("Read 7 inspection reports whose inspection ended 2023-2025;")
    assert f"{len(councils)} councils' reports state this" in answer.text
    praised = reports.ask(
        "Which councils did Ofsted praise for manageable caseloads in inspections since 2023?"
    )
    assert praised.table is not None and {"Camden", "Enfield"} <= {r[0] for r in praised.table.rows}
    assert not {r[0] for r in praised.table.rows} & {"Bedford", "Havering"}


def test_a_list_of_nobody_shows_the_nearest_passages_and_counts_none(reports: Assistant) -> None:
    answer = reports.ask("Which councils were praised for their falconry clubs in inspections since 2023?")
    assert answer.kind == "findings" and not answer.answered and answer.table is None
    assert "0 councils' reports state this" in answer.text and not answer.citations
    assert HEADING in answer.text and 0 < len(answer.passages) <= NEAREST
    for p in answer.passages:  # only the reports read: Devon's 2020 inspection ended before 2023
        assert "17 march 2020" not in p.doc_id
        assert reports.document_text(p.doc_id)[p.start : p.end] == p.text


def test_how_many_councils_starts_with_the_number_and_csv_has_the_rows(reports: Assistant) -> None:
    answer = reports.ask("How many councils were criticised for high caseloads in inspections since 2023?")
    assert answer.table is not None
    assert first_number(answer.text) == len(answer.table.rows)
    rows = list(csv.reader(io.StringIO(answer.table_csv() or "")))
    assert [r[0] for r in rows[1:]] == [r[0] for r in answer.table.rows]
    for (council, start, end, published, quote, page, _url), c in zip(
        rows[1:], answer.citations, strict=True
    ):
        assert (council, quote, page) == (c.authority, " ".join(c.quote.split()), str(c.page))
        assert start and end and published


CRITICISED = [
    "80470_gloucestershire/children's services inspection - 04 august 2025.pdf",
    "80426_barnsley/children's services inspection - 27 october 2023.pdf",
    "80484_lincolnshire/children's services inspection - 14 june 2023.pdf",
    "80551_sheffield/children's services inspection - 03 november 2023.pdf",
    "80538_plymouth/children's services inspection - 15 march 2024.pdf",
    "80442_buckinghamshire/children's services inspection - 14 may 2025.pdf",
]


@pytest.fixture(scope="module")
def criticised(tmp_path_factory: pytest.TempPathFactory) -> Assistant:
    paths = [OFSTED / "reports" / p for p in CRITICISED]
    if not all(p.exists() for p in paths):
        pytest.skip("../shared/ofsted is not beside the project")
    return Assistant.from_corpus(
        paths,
        index_dir=tmp_path_factory.mktemp("criticised"),
        settings=Settings(embedding_model="hashing-64"),
    )


@pytest.mark.parametrize(
    ("question", "listed"),
    [
        # Gloucestershire's sentence runs over a page break ("independent" / "advocacy");
        # Barnsley's "access to advocacy ... should this be needed" is no criticism.
        (ADVOCACY, {"Buckinghamshire", "Gloucestershire"}),
        # Lincolnshire writes "PEPs"; Barnsley's is a "What needs to improve?" item;
        # Sheffield's "personal advisers ... education" is not about the plans.
        (PEPS, {"Barnsley", "Lincolnshire"}),
        # Plymouth: "do not receive their initial health assessment within the expected time frame".
        (HEALTH, {"Plymouth"}),
    ],
)
def test_criticism_lists_on_real_reports(criticised: Assistant, question: str, listed: set[str]) -> None:
    answer = criticised.ask(question)
    assert answer.kind == "findings" and answer.table is not None
    _verbatim(criticised, answer)
    assert {r[0] for r in answer.table.rows} == listed
    assert answer.text.startswith("Read 6 inspection reports")


def test_a_sentence_cut_by_a_page_break_is_quoted_whole(criticised: Assistant) -> None:
    answer = criticised.ask(ADVOCACY)
    quote = next(c.quote for c in answer.citations if c.authority == "Gloucestershire")
    assert quote.startswith("Children are not always provided") and quote.endswith("about their options.")
    # The reader joins the two lines: the short line before the page break is
    # no heading, since the next page carries on its sentence in lower case.
    assert "\n" not in quote


def test_comparison_has_one_section_per_council_from_its_own_newest_report(reports: Assistant) -> None:
    answer = reports.ask("Compare Devon and Cornwall on care leavers")
    assert answer.kind == "comparison" and answer.table is not None
    _verbatim(reports, answer)
    assert [r[0] for r in answer.table.rows] == ["Devon", "Cornwall"]
    by_council = {c.authority: set() for c in answer.citations}
    for c in answer.citations:
        by_council[c.authority].add(c.doc_id)
    assert by_council["Devon"] == {next(d for d in reports.documents if "13 may 2025" in d)}
    assert set(by_council) == {"Devon", "Cornwall"}
    # Each report grades care leavers: the row is quoted in each section.
    rows = [" ".join(c.quote.split()) for c in answer.citations]
    assert "The experiences and progress of care leavers Inadequate" in rows  # Devon 2025
    assert "The experiences and progress of care leavers Outstanding" in rows  # Cornwall 2024
    assert "inspected 30 September 2024-16 January 2025" in answer.text
    assert answer.text.index("### Devon") < answer.text.index("### Cornwall")


def test_a_council_with_nothing_keeps_its_section(reports: Assistant) -> None:
    answer = reports.ask("Compare Devon and Leeds on care leavers")
    assert "### Leeds\n\nNothing on this" in answer.text
    assert [r[0] for r in answer.table.rows] == ["Devon", "Leeds"] if answer.table else False


def test_cross_eval_summary_counts_misroutes_and_precision() -> None:
    rows = [
        {
            "route": "findings",
            "got_route": "findings",
            "seconds": 0.1,
            "true_positives": 9,
            "returned": 10,
            "gold": 12,
        },
        {
            "route": "grades",
            "got_route": "findings",
            "seconds": 0.2,
            "true_positives": 0,
            "returned": 0,
            "gold": 0,
        },
    ]
    got = summarise_cross(rows)
    assert (got["misroutes"], got["routing_accuracy"]) == (1, 0.5)
    assert (got["council_precision"], got["council_recall"]) == (0.9, 0.75)


def test_the_eval_file_is_complete() -> None:
    questions = load_cross_questions(QUESTIONS)
    kinds = [q["kind"] for q in questions]
    assert len(questions) >= 40 and kinds.count("compare") >= 5 and kinds.count("list") >= 4
    for q in questions:
        if q["kind"] == "list" and "gold_search" in q and "patterns" in q["gold_search"]:
            # An empty gold set is a finding no report states, and says how every hit was read.
            assert (q["gold_councils"] or q["gold_search"].get("read")) and q["gold_search"]["scope"]
    assert json.loads(QUESTIONS.read_text(encoding="utf-8").splitlines()[0])["split"] in ("dev", "test")


def test_without_reports_a_finding_list_falls_back_to_the_passages(fake_assistant: Assistant) -> None:
    # The bundled corpus holds news and a letter, no inspection report: the
    # news may still say which councils were praised.
    answer = fake_assistant.ask(
        "Which councils did Ofsted praise for reducing the number of children in their care?"
    )
    assert answer.kind != "findings"
    news = fake_assistant.ask(
        "Which councils had their front door services assessed according to Community Care?"
    )
    assert news.kind != "findings"


def test_cross_eval_scores_a_run_on_real_reports(reports: Assistant) -> None:
    questions = [
        {
            "id": "list-high",
            "question": "Which councils were criticised for high caseloads in inspections since 2023?",
            "kind": "list",
            "route": "findings",
            "split": "dev",
            "gold_councils": ["Bedford", "Havering", "Knowsley"],
            "ambiguous": [],
        },
        {
            "id": "compare",
            "question": "Compare Devon and Cornwall on care leavers",
            "kind": "compare",
            "route": "compare",
            "split": "test",
            "councils": ["Devon", "Cornwall"],
        },
        {
            "id": "route",
            "question": "Which councils were judged inadequate in 2019?",
            "kind": "route",
            "route": "findings",
            "split": "test",
        },
    ]
    result = run_cross(reports, questions)
    overall = result["groups"]["all"]
    assert overall["misroutes"] == 1  # the last one's expected route is wrong on purpose
    assert overall["section_completeness"] == 1.0 and overall["wrong_council"] == 0.0
    (listed,) = [r for r in result["questions"] if r["id"] == "list-high"]
    assert overall["council_precision"] == listed["true_positives"] / listed["returned"]
    assert result["groups"]["split:test"]["questions"] == 2


def test_one_councils_year_falls_back_to_the_report_published_that_year() -> None:
    # Blackpool's inspection ended in December 2018; "Blackpool's 2019 inspection" is that report,
    # but "inspections that ended in 2019" still excludes it.
    q = classify(
        "What was Blackpool rated in its 2019 inspection?",
        parse_query("What was Blackpool rated in its 2019 inspection?"),
        ("Blackpool",),
    )
    assert q is not None
    answer = answer_from_judgements(
        "q", q, _inspections(), lambda doc_id, n, s, e: citation_for(DOCS[doc_id], n, s, e)
    )
    assert answer is not None and {c.doc_id for c in answer.citations} == {"Blackpool-2019-01-31.pdf"}
    strict = "What was Blackpool rated in the inspection that ended in 2019?"
    q = classify(strict, parse_query(strict), ("Blackpool",))
    assert q is not None
    answer = answer_from_judgements(
        strict, q, _inspections(), lambda d, n, s, e: citation_for(DOCS[d], n, s, e)
    )
    assert answer is not None and not answer.citations


def test_a_search_for_one_councils_grade_finds_the_judgement_row_first(reports: Assistant) -> None:
    question = "How did Ofsted judge services for care leavers in Cornwall at its 2024 inspection?"
    first = reports.search(question, k=5)[0]
    assert first.doc_id.endswith("22 august 2024.pdf")
    assert "The experiences and progress of care leavers Outstanding" in " ".join(first.text.split())
    assert reports.document_text(first.doc_id)[first.start : first.end] == first.text
    # Any other question's search is left as it was.
    other = "What did Ofsted say about care leavers in Cornwall?"
    assert reports.search(other, k=5) == reports.retriever.search(other, k=5)


def test_a_grade_asked_in_everyday_words_reads_the_judgement_table(reports: Assistant) -> None:
    answer = reports.ask("How did Devon score for looking after the children in its care in 2025?")
    assert answer.kind == "judgements"
    assert any("children in care" in c.quote for c in answer.citations)

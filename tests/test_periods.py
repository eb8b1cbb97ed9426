"""Inspection and visit periods: questions that name an inspection select it, not its neighbours.

Small Ofsted-like documents (a council's reports and a letter) with the
hashing embedder; one test on the real Stoke-on-Trent reports.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from assistant import Assistant, Filters, Settings
from assistant.answers.ask import with_periods
from assistant.answers.types import Answer, Citation, source_label
from assistant.documents import Document
from assistant.errors import InvalidQueryError
from assistant.filters import infer_filters, period_doc_ids, period_selection, periods_held
from assistant.query import Period, parse_period, parse_query
from tests.conftest import OFSTED

REPORT = """Stoke-on-Trent City Council
Inspection of Stoke-on-Trent local authority children's services
Inspection dates: {dates}
Lead inspector: A Inspector

{body}
"""
LETTER = """{published}
Monitoring visit to Stoke-on-Trent children's services

This letter summarises the findings of the monitoring visit to Stoke-on-Trent children's services on {dates}.
His Majesty's Inspector

{body}
"""
STOKE = {
    "children's services inspection - 12 august 2015.txt": REPORT.format(
        dates="1/06/2015 - 25/06/2015",
        body="Supervision of social workers is regular and reflective. Caseloads are manageable.",
    ),
    "children's services inspection - 18 march 2019.txt": REPORT.format(
        dates="21 January to 1 February 2019",
        body="No social worker is receiving one-to-one case supervision. Caseloads are too high.",
    ),
    "children's services inspection - 03 february 2023.txt": REPORT.format(
        dates="14 to 25 November 2022",
        body="Supervision is now regular for most social workers. Caseloads have reduced.",
    ),
    "children's services inspection - 10 march 2025.txt": REPORT.format(
        dates="20 to 31 January 2025",
        body="Supervision is consistently strong and helps social workers reflect. Caseloads are low.",
    ),
    "children's services monitoring visit - 31 january 2022.txt": LETTER.format(
        published="31 January 2022",
        dates="14 and 15 December 2021",
        body="Supervision records are brief and do not always show reflection. Caseloads remain high.",
    ),
}
LEEDS = """Leeds City Council
Inspection of Leeds local authority children's services
Inspection dates: 4 to 15 March 2019
Lead inspector: B Inspector

Supervision in Leeds is frequent and of good quality. Caseloads are manageable.
Families in Headingley use the family hub.
"""


@pytest.fixture(scope="module")
def stoke(tmp_path_factory: pytest.TempPathFactory) -> Assistant:
    corpus = tmp_path_factory.mktemp("periods")
    for name, text in STOKE.items():
        (corpus / name).write_text(text, encoding="utf-8")
    (corpus / "leeds children's services inspection - 20 april 2019.txt").write_text(LEEDS, encoding="utf-8")
    settings = Settings(embedding_model="hashing-64")
    return Assistant.from_corpus(corpus, index_dir=tmp_path_factory.mktemp("index"), settings=settings)


def _period_of(a: Assistant, doc_id: str) -> str:
    return str(a.index.documents[doc_id].extra.get("inspection_start", ""))[:7]


def _inspections(a: Assistant, passages: object) -> set[str]:
    """The months of the inspections or visits the passages come from."""
    return {_period_of(a, p.doc_id) for p in passages}  # type: ignore[attr-defined]


# --------------------------------------------------------------------------
# Parsing


@pytest.mark.parametrize(
    ("question", "period"),
    [
        ("What did the 2019 inspection say about supervision?", Period("2019", "2019", "inspection")),
        ("What did Stoke's 2017 Ofsted inspection find?", Period("2017", "2017", "inspection")),
        ("What did inspectors find in December 2022?", Period("2022-12", "2022-12", "", or_published=True)),
        ("What did its last inspection say?", Period(kind="inspection", latest=True)),
        ("What did its most recent visit find?", Period(kind="visit", latest=True)),
        ("How have inspections of Stoke changed since 2020?", Period("2020", None, "inspection")),
        (
            "What did the monitoring visit in March 2023 find?",
            Period("2023-03", "2023-03", "monitoring visit"),
        ),
        ("How has Stoke changed since the 2019 inspection?", Period("2019", None, "")),
        # the letters of a kind of visit, undated
        ("What did the monitoring letters to RBKC say?", Period(kind="monitoring visit")),
        ("What did the focused visit to Leeds in 2021 say?", Period("2021", "2021", "focused visit")),
        ("What did Ofsted say about Stoke's supervision in 2019?", None),
        ("What did the report published in June 2017 say?", Period("2017-06", "2017-06", "", published=True)),
        (
            "Who carried out the focused visit to Halton published in November 2021?",
            Period("2021-11", "2021-11", "focused visit", published=True),
        ),
        # A council's name between the year and the event.
        ("What did the 2024 Croydon inspection single out?", Period("2024", "2024", "inspection")),
        # A document named by its date: the inspection's or the publication's.
        (
            "What did Norfolk's January 2023 report say about care leavers?",
            Period("2023-01", "2023-01", "", or_published=True),
        ),
        (
            "What role does Kent play, according to its 2026 report?",
            Period("2026", "2026", "", or_published=True),
        ),
        (
            "What had held back Medway according to the letter of June 2025?",
            Period("2025-06", "2025-06", "visit", or_published=True),
        ),
        # The one inspection before a named one; a season is its three months.
        (
            "What was Newham rated at the inspection before its July 2022 one?",
            Period(None, "2022-06", "inspection", latest=True, named="2022-07"),
        ),
        (
            "What was the outcome of the inspection of Solihull carried out in autumn 2022?",
            Period("2022-09", "2022-11", "inspection"),
        ),
        # A part of a year is a third of it.
        (
            "Was Bedford still losing social workers when Ofsted inspected it in late 2021?",
            Period("2021-09", "2021-12", "inspection"),
        ),
        (
            "How good was early help when Ofsted inspected at the end of 2016?",
            Period("2016-09", "2016-12", "inspection"),
        ),
        ("What did the mid-2019 inspection find?", Period("2019-05", "2019-08", "inspection")),
        ("What did Leeds do in early 2020?", Period("2020-01", "2020-04", "", or_published=True)),
        # The months just before an inspection are in that inspection's report.
        (
            "How many re-referrals did Stoke record in the three months before its 2019 inspection?",
            Period("2019", "2019", "inspection"),
        ),
        # "its latest report" is the council's newest document of any kind; a letter is a visit's.
        (
            "Do care leavers in Bucks get support after 21, according to Ofsted's latest report?",
            Period(None, None, "", latest=True),
        ),
        ("What did the most recent letter to Leeds say?", Period(None, None, "visit", latest=True)),
        # Before an inspection: the years before it, and its report, which tells what led up to it.
        (
            "What knocked Leeds's plans off course before its 2022 inspection?",
            Period(None, "2021", "", named="2022"),
        ),
        # The newest but one.
        (
            "Was Wiltshire still leaning on agency social workers at the inspection before its latest one?",
            Period(None, None, "inspection", latest=True, back=1),
        ),
        (
            "Thinking of Suffolk's inspection before last, what did it still need to improve?",
            Period(None, None, "inspection", latest=True, back=1),
        ),
        ("What did the inspection before last year's visit find?", None),
        # Telegraphic, and a month's short form: "focused visit Feb 2024".
        (
            "Central Beds focused visit Feb 2024 - are kids getting advocates?",
            Period("2024-02", "2024-02", "focused visit"),
        ),
        ("Bracknell Forest Ofsted 2019 results", Period("2019", "2019", "", or_published=True)),
        # A search box's year after "ofsted".
        ("oxon childrens services ofsted 2021", Period("2021", "2021", "", or_published=True)),
        # A search box's year after "ofsted" and what it gave, or standing alone at the start or end.
        ("wolves childrens services ofsted rating 2017?", Period("2017", "2017", "", or_published=True)),
        (
            "Sefton 2018: are new social workers carrying too many cases?",
            Period("2018", "2018", "", or_published=True),
        ),
        (
            "hillingdon april 2018 - does someone talk to them?",
            Period("2018-04", "2018-04", "", or_published=True),
        ),
        ("leeds caseloads 2019?", Period("2019", "2019", "", or_published=True)),
        ("Leeds focused visit, caseloads 2019?", Period("2019", "2019", "focused visit")),
        ("In 2019, what did Leeds get?", None),
        ("Kent 2019 and 2023: what changed?", None),
        ("How has Leeds changed since 2019?", None),
        ("Is Leeds better than in 2019?", None),
        # A period named from another: the inspection before a report, the visit a year after.
        (
            "In the Milton Keynes inspection before the one published in December 2021, what was wrong?",
            Period(None, "2021-11", "inspection", latest=True),
        ),
        (
            "In the focused visit to Wandsworth the year after its May 2018 inspection, was it fixed?",
            Period("2019", "2019", "focused visit"),
        ),
        (
            "At the inspection that followed Medway being found inadequate in 2013, what changed?",
            Period("2014", None, "inspection"),
        ),
        # A joint targeted area inspection is a kind the collection holds no document of.
        (
            "What did the joint targeted area inspection of Kent's response to exploitation find?",
            Period(None, None, "joint targeted area inspection"),
        ),
        ("the 2022 JTAI of Kent", Period("2022", "2022", "joint targeted area inspection")),
        # Progress "since the last inspection" is measured from it: the visit named is asked about.
        (
            "What did Ofsted's monitoring visit to Leeds in September 2020 say about progress since "
            "the last inspection?",
            Period("2020-09", "2020-09", "monitoring visit"),
        ),
        (
            "has coventrys mash got any better since the last full inspection? asking about the feb "
            "2018 visit",
            Period("2018-02", "2018-02", "visit"),
        ),
        (
            "What has improved since the last inspection in Leeds?",
            Period(None, None, "inspection", latest=True),
        ),
        ("How did children in care in Leeds do in their 2019 GCSE results?", None),
        # A range is no one year; a visit in a hypothetical names no visit held.
        ("Compare Leeds focused visits 2019 to 2022", None),
        ("Would Leeds get a monitoring visit if it were judged inadequate?", None),
        ("In 2019 we were told the inspection was late", None),
        ("What did Ofsted report in 2019 about Leeds?", None),
        # "Ofsted" between "last" and the event; a month's short form; "the end of" a month
        (
            "Did the last Ofsted inspection of Gateshead say anything about young carers?",
            Period(None, None, "inspection", latest=True),
        ),
        (
            "ofsted checked up on services for us in feb 2025 - anything on housing?",
            Period("2025-02", "2025-02", "", or_published=True),
        ),
        (
            "I mean the visit to the children's trust at the end of October 2024.",
            Period("2024-10", "2024-10", "visit"),
        ),
        (
            "ofsted popped in around april 2025 to check on the kids",
            Period("2025-04", "2025-04", "", or_published=True),
        ),
        (
            "What did Ofsted say the last time they inspected York?",
            Period(None, None, "inspection", latest=True),
        ),
        # a span of months
        (
            "After the inspection in Feb/March 2025, what did Ofsted want York to get better at?",
            Period("2025-02", "2025-03", "inspection"),
        ),
        ("the visit in February to March 2024", Period("2024-02", "2024-03", "visit")),
        # the year of a statement before a comma is not the question's
        (
            "brum kids services - they were RI back in 2018, what overall grade did ofsted give them at the "
            "inspection in feb/march 2023?",
            Period("2023-02", "2023-03", "inspection"),
        ),
        # "ofsted from june 2026" is the inspection of that month, not everything since
        (
            "blackpool ofsted from june 2026 - what did they get for young people who've left care?",
            Period("2026-06", "2026-06", "", or_published=True),
        ),
        # one inspection "from" a year is of that year; "from 2017 to 2020" is a stretch of time
        (
            "could you summarise the findings of Warrington's children's services inspection from 2017?",
            Period("2017", "2017", "inspection"),
        ),
        ("What did Leeds's inspections from 2017 to 2020 find?", Period("2017", "2020", "inspection")),
        # what was inspected may stand between the year and the inspection (held-out-68)
        (
            "For a briefing: summary of Bexley's 2020 Ofsted children's services inspection please",
            Period("2020", "2020", "inspection"),
        ),
        ("How did Devon's 2019 children's social care inspection go?", Period("2019", "2019", "inspection")),
        # "its latest ofsted": what Ofsted last wrote (held-out-71)
        (
            "quick one - how's windsor and maidenhead doing for care leavers, going by its latest ofsted?",
            Period(kind="", latest=True),
        ),
        ("What were Leeds's findings from 2017 onwards?", None),
        # the kind of another year's inspection is not the kind of the period asked about
        (
            "Knowsly: had things got better for care leavers when Ofsted went back in early 2024, compared "
            "with the 2021 inspection?",
            Period("2024-01", "2024-04", "", or_published=True),
        ),
        # how a visit was made may stand between its date and the visit (held-out-85)
        (
            "north yorkshire, the june 2021 covid visit: did the childrens plans say by when?",
            Period("2021-06", "2021-06", "visit"),
        ),
        ("What did the spring 2021 remote visit to Leeds find?", Period("2021-03", "2021-05", "visit")),
    ],
)
def test_questions_that_name_an_inspection_get_its_period(question: str, period: Period | None) -> None:
    assert parse_query(question).period == period
    if period is not None:
        assert parse_period(question) == period


@pytest.mark.parametrize(
    ("question", "years", "date_from", "date_to"),
    [
        ("Warrington's inspection from 2017", (2017,), None, None),
        ("the Ofsted visit to Suffolk children's services from 2023", (2023,), None, None),
        ("What did the inspection of care leavers services find from 2019?", (), "2019", None),
        ("What has Ofsted said about Warrington from 2017?", (), "2017", None),
        ("Warrington reports from 2017 to 2020", (), "2017", "2020"),
        ("Which councils' reports from 2023 and 2024 criticise plans?", (), "2023", "2024"),
        ("the inspection from 2017 onwards", (), "2017", None),
        # two years named together are both asked about, neither a mere preference
        ("Which councils were criticised in 2014 and 2015 inspections?", (2014, 2015), None, None),
        ("praised, in inspections ending in 2022 or 2023, for their training", (2022, 2023), None, None),
    ],
)
def test_from_a_year_is_that_year_only_for_one_inspection(
    question: str, years: tuple[int, ...], date_from: str | None, date_to: str | None
) -> None:
    q = parse_query(question)
    assert (q.years, q.date_from, q.date_to) == (years, date_from, date_to)


def test_a_report_named_by_its_publication_is_chosen_by_it(stoke: Assistant) -> None:
    """Published February 2023 on a November 2022 inspection: the publication month decides."""
    ans = stoke.ask("What did the report on Stoke published in February 2023 say about supervision?")
    assert ans.passages and _inspections(stoke, ans.passages) == {"2022-11"}
    none = stoke.ask("What did the report on Stoke published in November 2022 say about supervision?")
    assert none.gap == "no-inspection-in-period" and not none.citations
    assert "published in November 2022" in none.text


# --------------------------------------------------------------------------
# Selecting by period


def test_a_named_inspection_selects_only_that_inspection(stoke: Assistant) -> None:
    ans = stoke.ask("What did the 2019 inspection say about supervision in Stoke?")
    assert ans.passages and _inspections(stoke, ans.passages) == {"2019-01"}
    assert all(c.inspection_start == "2019-01-21" for c in ans.citations)
    got = stoke.search("What did the 2019 inspection say about supervision in Stoke?", k=10)
    assert _inspections(stoke, got) == {"2019-01"}


def test_the_inspection_month_selects_a_report_published_later(stoke: Assistant) -> None:
    """Inspected in November 2022, published February 2023: "in November 2022" finds it."""
    got = stoke.search("What did Ofsted find about Stoke's supervision in November 2022?", k=10)
    assert got and _inspections(stoke, got) == {"2022-11"}
    assert {p.date for p in got} == {"2023-02-03"}
    # Without "inspection" or "visit", a month may name the report's publication too.
    published = stoke.search("What did Ofsted find about Stoke's supervision in February 2023?", k=10)
    assert published and _inspections(stoke, published) == {"2022-11"}
    # No inspection took place in February 2023: the one reported then is the one meant.
    named = stoke.search("What did the February 2023 inspection find about Stoke's supervision?", k=10)
    assert _inspections(stoke, named) == {"2022-11"}


def test_a_report_named_by_its_month_is_the_one_published_then(stoke: Assistant) -> None:
    """ "Its February 2023 report": published then, on an inspection of November 2022."""
    got = stoke.search("What did Stoke's February 2023 report say about supervision?", k=10)
    assert got and _inspections(stoke, got) == {"2022-11"}
    ans = stoke.ask("What did Stoke's February 2023 report say about supervision?")
    assert ans.citations and {c.inspection_start[:7] for c in ans.citations if c.inspection_start} == {
        "2022-11"
    }


def test_last_inspection_and_most_recent_visit(stoke: Assistant) -> None:
    last = stoke.search("What did Stoke's last inspection say about supervision?", k=10)
    assert _inspections(stoke, last) == {"2025-01"}
    visit = stoke.search("What did Stoke's most recent visit say about supervision?", k=10)
    assert _inspections(stoke, visit) == {"2021-12"}
    assert {p.doc_type for p in visit} == {"monitoring visit letter"}


def test_the_inspection_before_the_latest(stoke: Assistant) -> None:
    found = stoke.search("What did Stoke's inspection before its latest one say about supervision?", k=10)
    assert _inspections(stoke, found) == {"2022-11"}  # the latest is January 2025


def test_since_a_year_keeps_inspections_from_then_on(stoke: Assistant) -> None:
    got = stoke.search("How have Stoke's inspections judged supervision since 2020?", k=20)
    assert _inspections(stoke, got) == {"2022-11", "2025-01"}


def test_period_filter_resolves_by_overlap() -> None:
    from assistant.documents import Document

    def doc(doc_id: str, start: str, end: str, date: str) -> Document:
        extra = {"inspection_start": start, "inspection_end": end}
        return Document(doc_id, "x", doc_id, doc_type="inspection report", date=date,
                        authorities=("Stoke-on-Trent",), extra=extra)  # fmt: skip

    docs = [
        doc("a", "2018-12-03", "2018-12-14", "2019-02-01"),
        doc("b", "2024-09-30", "2025-01-16", "2025-03-01"),
    ]
    assert period_doc_ids(Period("2018", "2018", "inspection"), docs) == ("a",)
    # No inspection in 2019: "the 2019 inspection" is the one published then.
    assert period_doc_ids(Period("2019", "2019", "inspection"), docs) == ("a",)
    assert period_doc_ids(Period("2024-11", "2024-11", ""), docs) == ("b",)  # inside a two-part inspection
    assert period_doc_ids(Period("2019-02", "2019-02", ""), docs) == ("a",)
    assert period_doc_ids(Period("2020", "2020", "inspection"), docs) == ()
    both = [*docs, doc("c", "2019-06-03", "2019-06-14", "2019-08-01")]
    assert period_doc_ids(Period("2019", "2019", "inspection"), both) == ("c",)  # inspected then wins
    assert period_doc_ids(Period("2019-02", "2019-02", "", or_published=True), docs) == (
        "a",
    )  # the report's month
    assert period_doc_ids(Period("2018", "2018", "visit"), docs) == ()
    assert period_doc_ids(Period(kind="inspection", latest=True), docs, ["Stoke-on-Trent"]) == ("b",)
    assert period_doc_ids(Period(kind="inspection", latest=True), docs, ["Leeds"]) == ()
    # "Before its 2024 inspection": the years before, and that inspection's report.
    assert period_doc_ids(Period(None, "2023", "", named="2024"), docs) == ("a", "b")
    assert period_doc_ids(Period(None, "2023", ""), docs) == ("a",)
    assert periods_held(docs, "Stoke-on-Trent", "inspection") == ["2018", "2024"]


# --------------------------------------------------------------------------
# No document for the period: say so, and name what there is


def test_no_inspection_in_the_year_says_which_years_there_are(stoke: Assistant) -> None:
    ans = stoke.ask("What did Ofsted say about Stoke's supervision in its 2021 inspection?")
    assert not ans.answered and not ans.citations
    assert ans.gap == "no-inspection-in-period"
    assert ans.text.startswith(
        "No inspection of Stoke-on-Trent in 2021 is in the index; "
        "it has inspections from 2015, 2019, 2022 and 2025."
    )
    assert ans.passages and {p.authority for p in ans.passages} == {"Stoke-on-Trent"}


def test_a_year_without_a_document_names_the_years_there_are(stoke: Assistant) -> None:
    """ "in 2017" names no inspection, so no period selects; the council's years are said all the same."""
    ans = stoke.ask("What did Ofsted say about the MASH in Stoke in 2017?")
    assert not ans.answered and not ans.citations
    assert ans.gap == "no-inspection-in-period"
    assert ans.text.startswith(
        "No inspection or visit of Stoke-on-Trent in 2017 is in the index; "
        "it has inspections from 2015, 2019, 2022 and 2025 and visits from 2021."
    )
    assert ans.passages and {p.authority for p in ans.passages} == {"Stoke-on-Trent"}


def test_no_visit_in_the_month_names_the_visits_there_are(stoke: Assistant) -> None:
    ans = stoke.ask("What did the monitoring visit to Stoke in March 2023 find about caseloads?")
    assert not ans.answered and ans.gap == "no-inspection-in-period"
    assert ans.text.startswith(
        "No monitoring visit to Stoke-on-Trent in March 2023 is in the index; "
        "it has monitoring visits from 2021."
    )


def test_a_kind_of_inspection_the_index_holds_none_of(stoke: Assistant) -> None:
    ans = stoke.ask("What did the joint targeted area inspection of Stoke's front door find?")
    assert not ans.answered and ans.gap == "no-inspection-in-period"
    assert ans.text.startswith("No joint targeted area inspection of Stoke-on-Trent is in the index")


def test_no_inspection_anywhere_in_the_period(stoke: Assistant) -> None:
    ans = stoke.ask("What did the 2012 inspections say about supervision?")
    assert not ans.answered and ans.gap == "no-inspection-in-period"
    assert ans.text.startswith("No inspection in 2012 is in the index")


def test_the_inspection_before_a_named_one(stoke: Assistant) -> None:
    """ "Before its November 2022 one": the 2019 inspection, and the one named (its report says the grades
    before it); before a year with no inspection and none earlier, a gap."""
    question = "What did Stoke's inspection before its November 2022 one say about supervision?"
    got = stoke.search(question, k=10)
    assert got and _inspections(stoke, got) == {"2019-01", "2022-11"}
    ans = stoke.ask("What did Stoke's inspection before its 2012 one say about supervision?")
    assert not ans.answered and ans.gap == "no-inspection-in-period"
    assert ans.text.startswith("No inspection of Stoke-on-Trent before 2012 is in the index; it has")


def test_a_period_that_exists_is_not_a_gap(stoke: Assistant) -> None:
    ans = stoke.ask("What did the December 2021 monitoring visit say about Stoke's caseloads?")
    assert ans.gap is None
    assert ans.passages and _inspections(stoke, ans.passages) == {"2021-12"}


def test_search_without_a_document_for_the_period_still_returns_passages(stoke: Assistant) -> None:
    """``search`` has no way to say "none": it falls back to favouring the years asked about."""
    got = stoke.search("What did Stoke's 2021 inspection say about supervision?", k=3)
    assert got and {p.authority for p in got} == {"Stoke-on-Trent"}


def test_questions_without_an_event_select_by_publication_as_before(stoke: Assistant) -> None:
    got = stoke.search("What did Ofsted say about Stoke's supervision in 2023?", k=10)
    assert {p.date for p in got} == {"2023-02-03"}


# --------------------------------------------------------------------------
# Labels


def test_labels_show_the_inspection_and_the_publication() -> None:
    assert (
        source_label("Ofsted", "inspection report", "2023-02-03", period=("2022-11-14", "2022-11-25"))
        == "Ofsted inspection report, inspected 14-25 November 2022, published February 2023"
    )
    assert (
        source_label("Ofsted", "monitoring visit letter", "2022-01-31", period=("2021-12-14", "2021-12-15"))
        == "Ofsted monitoring visit letter, visited 14-15 December 2021, published January 2022"
    )
    assert (
        source_label("Ofsted", "inspection report", "2023-02-03") == "Ofsted inspection report, February 2023"
    )


def test_answer_labels_carry_the_period(stoke: Assistant) -> None:
    doc = next(d for d in stoke.index.documents.values() if d.date == "2023-02-03")
    start = doc.text.index("Supervision is now")
    end = doc.text.index(".", start) + 1
    c = Citation(1, doc.doc_id, doc.title, doc.text[start:end], start, end, 1, doc.date, doc.doc_type,
                 doc.authority, doc.source, doc.publisher)  # fmt: skip
    text = f"**{c.label()}** (Stoke-on-Trent): “{c.quote}” [1]"
    dated = with_periods(Answer("q", text, (c,), True), stoke.index.documents)
    assert dated.text.startswith(
        "**Ofsted inspection report, inspected 14-25 November 2022, "
        "published February 2023** (Stoke-on-Trent)"
    )
    assert dated.citations[0].inspection_end == "2022-11-25"
    assert doc.text[dated.citations[0].start : dated.citations[0].end] == dated.citations[0].quote


# --------------------------------------------------------------------------
# A council filter that contradicts the question


def test_a_filter_on_another_council_is_reported_not_applied(stoke: Assistant) -> None:
    with pytest.raises(
        InvalidQueryError, match=r"asks about Leeds.*set to Stoke-on-Trent.*clear the council"
    ):
        stoke.ask("What did Ofsted say about Leeds's supervision?", filters={"authority": "Stoke"})
    with pytest.raises(InvalidQueryError, match="Leeds"):
        stoke.search("supervision in Leeds", filters=Filters(authority="Stoke-on-Trent"))


def test_a_filter_on_the_same_council_or_a_follow_up_is_fine(stoke: Assistant) -> None:
    same = stoke.ask("What did Ofsted say about Stoke's caseloads?", filters={"authority": "Stoke-on-Trent"})
    assert {p.authority for p in same.passages} == {"Stoke-on-Trent"}
    # The filter replaces a council carried over from an earlier question.
    follow = stoke.ask(
        "and caseloads?",
        history=["What did Ofsted say about Leeds's supervision?"],
        filters={"authority": "Stoke"},
    )
    assert {p.authority for p in follow.passages} == {"Stoke-on-Trent"}


def test_a_place_one_councils_documents_name_is_no_council(stoke: Assistant) -> None:
    ans = stoke.ask("What did Ofsted say about children's social care in Headingley?")
    assert not ans.answered and ans.gap == "not-a-council"
    assert "Headingley is not an English council; Leeds's documents name Headingley" in ans.text
    # Not asked about as a council's services: the documents' own word.
    assert stoke.ask("How do families use the hub in Headingley?").gap != "not-a-council"


def test_a_council_named_in_passing_is_not_asked_about() -> None:
    q = parse_query(
        "Does Windsor and Maidenhead run its own children's social care, or is it done by "
        "Achieving for Children, the company that also works for Richmond and Kingston?"
    )
    assert len(q.authorities) == 3 and q.subjects == ("Windsor and Maidenhead",)
    f = infer_filters(q, None)
    assert f is not None and f.authorities() == ["Windsor and Maidenhead"]
    assert parse_query("Compare Devon and Cornwall on care leavers").subjects == ("Devon", "Cornwall")
    assert parse_query("Unlike Leeds, did Bradford's 2022 report praise its front door?").subjects == (
        "Bradford",
    )


def test_councils_compared_apart_are_all_asked_about(stoke: Assistant) -> None:
    question = "How does Stoke's supervision differ from Leeds's?"
    assert parse_query(question).subjects == ("Stoke-on-Trent", "Leeds")
    answer = stoke.ask(question)
    assert answer.kind == "comparison"
    assert {c.authority for c in answer.citations} == {"Stoke-on-Trent", "Leeds"}


# --------------------------------------------------------------------------
# The real Stoke-on-Trent reports


@pytest.mark.slow
def test_real_stoke_reports(tmp_path: Path) -> None:
    reports = sorted((OFSTED / "reports" / "80564_stoke-on-trent").glob("*.pdf"))
    if len(reports) < 3:
        pytest.skip("the Ofsted collection is not beside the project")
    # Hashed vectors have no meaningful centre or nearness: the collection-centre and topic gates are off.
    settings = Settings(embedding_model="hashing-64", domain_threshold=-1.0, topic_threshold=-1.0)
    a = Assistant.from_corpus(reports, index_dir=tmp_path / "index", settings=settings)
    years = sorted(str(d.extra.get("inspection_start", ""))[:4] for d in a.index.documents.values())
    ans = a.ask("What did the 2019 inspection say about supervision in Stoke?")
    assert ans.passages and {str(p.inspection_start)[:4] for p in ans.passages} == {"2019"}
    none = a.ask("What did Ofsted say about Stoke's supervision in its 2021 inspection?")
    assert not none.answered and none.gap == "no-inspection-in-period"
    assert f"it has inspections from {', '.join(years[:-1])} and {years[-1]}" in none.text


def test_a_year_still_to_come_is_a_gap_of_its_own(stoke: Assistant) -> None:
    for question in [
        "What did the Stoke report published in 2035 say about supervision?",
        "Will Stoke be rated outstanding at its next inspection in 2031?",
    ]:
        ans = stoke.ask(question)
        assert not ans.answered and ans.gap == "future" and not ans.citations, question
        assert "is still to come; the newest indexed document is from" in ans.text
    assert stoke.ask("How has Stoke's supervision changed since 2019?").gap != "future"


def test_a_visit_before_the_councils_named_inspection(stoke: Assistant) -> None:
    """ "the visit before Stoke-on-Trent's 2022 inspection": the council's name stands for "its"."""
    period = parse_query("What did the visit before Stoke-on-Trent's 2022 inspection find?").period
    assert period is not None and period.latest and period.kind == "visit" and period.end == "2021"
    question = "What did the visit before Stoke-on-Trent's 2022 inspection say about caseloads?"
    got = stoke.search(question, k=10)
    assert "children's services monitoring visit - 31 january 2022.txt" in {p.doc_id for p in got}
    assert not {p.doc_id for p in got} & {"children's services inspection - 12 august 2015.txt"}
    # Ofsted's own visit is no council's: "after Ofsted's March 2022 focused visit" names that visit.
    period = parse_query("After Ofsted's March 2022 focused visit to Stoke, what needed to improve?").period
    assert period is not None and (period.start, period.end) == ("2022-03", "2022-03")


def test_coverage_written_before_the_event_does_not_report_it() -> None:
    letter = Document(
        "letter",
        "text",
        "letter",
        doc_type="monitoring visit letter",
        date="2022-01-31",
        authorities=("Stoke-on-Trent",),
        extra={"inspection_start": "2021-12-14", "inspection_end": "2021-12-15"},
    )
    after, before = (
        Document(name, "text", name, doc_type="news article", date=day, authorities=("Stoke-on-Trent",))
        for name, day in (("after", "2022-02"), ("before", "2019-03-18"))
    )
    period = parse_query("What did the January 2022 monitoring visit find in Stoke?").period
    assert period is not None
    assert period_selection(period, [letter, after, before], ["Stoke-on-Trent"]) == ("letter", "after")


def test_a_question_after_a_statement_is_dated_by_its_own_words() -> None:
    q = parse_query(
        "The Wirral got slammed by Ofsted in 2016. What overall grade did it get when inspectors came back "
        "in June 2019?"
    )
    assert q.authorities == ("Wirral",)
    assert q.period is not None and q.period.start == "2019-06"
    assert 2016 not in (*q.years, *q.soft_years)


def test_a_search_boxs_year_after_ofsted_before_a_dash_names_the_period() -> None:
    q = parse_query("Warwickshire children's social care Ofsted 2020 - what were the findings?")
    assert q.period is not None and q.period.start == "2020"
    q = parse_query("merton childrens services ofsted 2023 what did they find")
    assert q.period is not None and q.period.start == "2023"


def test_ofsteds_monitoring_visits_name_the_kind() -> None:
    q = parse_query("What progress did Ofsted's monitoring visits to Enfield find?")
    assert q.period is not None and q.period.kind == "monitoring visit"


@pytest.mark.parametrize(
    "question",
    [
        "Manchester's Ofsted focused visit on adoption - did it find delays?",
        "Cumberland council focused visit letter - what did Ofsted say about care leavers?",
    ],
)
def test_a_councils_visit_and_a_search_boxs_visit_letter_name_the_kind(question: str) -> None:
    q = parse_query(question)
    assert q.period is not None and q.period.kind == "focused visit"


@pytest.mark.parametrize(
    "question",
    [
        "What was holding back Trafford's improvement according to Ofsted's September monitoring visit?",
        "How many children were in Norfolk's care at the time of the October focused visit?",
    ],
)
def test_a_visit_at_the_end_of_a_question_is_no_search_box_visit(question: str) -> None:
    # a month without a year names which visit; it does not select every visit of the kind
    assert parse_query(question).period is None


def test_a_year_before_a_dash_is_the_preamble_s_also_with_hyphenated_words_after_it() -> None:
    q = parse_query(
        "Journalist here. Tower Hamlets children's services were rated inadequate in 2017 — "
        "what grade did they get when Ofsted re-inspected in June 2019?"
    )
    assert q.years == () and q.period == Period("2019-06", "2019-06", "inspection")


def test_a_visit_named_before_the_question_is_the_one_asked_about() -> None:
    """The visit the preamble names is the scope; the year the question looks back to is not."""
    q = parse_query(
        "Wigan focused visit, March 2019 - had they fixed the problems that inspectors flagged back in 2017?"
    )
    assert q.period is not None and (q.period.start, q.period.kind) == ("2019-03", "focused visit")
    assert q.years == () and 2017 in q.soft_years
    # a question after a statement still takes its own dates
    again = parse_query(
        "The Wirral got slammed in 2016. What grade did it get when inspectors came back in June 2019?"
    )
    assert again.period is not None and again.period.start == "2019-06"


@pytest.mark.parametrize(
    ("question", "kind"),
    [
        ("What did inspectors find on one of their shorter check-up visits to Cumberland?", "visit"),
        ("What did Ofsted's quick visit to Bury find?", "visit"),
        # a social worker's visit is none of Ofsted's
        ("Did Ofsted say children get short visits from their social worker?", None),
        ("the check-up visits by social workers, Ofsted said", None),
    ],
)
def test_a_visit_in_everyday_words_is_a_letters(question: str, kind: str | None) -> None:
    period = parse_period(question)
    assert (period.kind if period else None) == kind


def test_whether_problems_flagged_at_an_inspection_are_put_right_asks_the_newest_since() -> None:
    period = parse_period("Has Staffordshire sorted out the problems Ofsted flagged at its 2023 inspection?")
    assert period is not None and (period.start, period.latest) == ("2023", True)
    # the document that says so, named, is the one asked about
    named = parse_period(
        "Did the 2022 focused visit find Staffordshire had fixed the problems found at its 2019 inspection?"
    )
    assert named is not None and (named.start, named.kind, named.latest) == ("2022", "focused visit", False)

"""What an inspection or visit found overall: the document's own summary, quoted.

Fast tests use small texts written here and the bundled corpus; the slow ones
read real Ofsted PDFs (``../shared/ofsted``), one per layout, and check the
first sentence quoted.
"""

from __future__ import annotations

import doctest

import pytest

import assistant.answers.change as change_module
import assistant.answers.overview as overview_module
import assistant.answers.overview_words as overview_words_module
import assistant.answers.summary as summary_module
import assistant.answers.to_improve as to_improve_module
from assistant import Assistant
from assistant.answers.change import answer_change, asks_change
from assistant.answers.overview import (
    answer_strengths,
    asks_list,
    asks_overview,
    asks_strengths,
    asks_when,
    overview_document,
)
from assistant.answers.polarity import sentence_polarity
from assistant.answers.summary import summary_spans
from assistant.answers.to_improve import list_spans
from assistant.documents import Document
from assistant.filters import infer_filters
from assistant.query import parse_query
from tests.conftest import read_ofsted


@pytest.mark.parametrize("module", [overview_module, summary_module, change_module, overview_words_module])
def test_module_examples(module: object) -> None:
    result = doctest.testmod(module)  # type: ignore[arg-type]
    assert result.attempted >= 1 and result.failed == 0


def _asks(question: str) -> bool:
    return asks_overview(question, parse_query(question).search_text)


@pytest.mark.parametrize(
    "question",
    [
        "what did the 2019 inspection of reading find?",
        "What did Ofsted say about Leeds?",
        "what did ofsted find at dudley's december 2019 focused visit?",
        "for a briefing: what was the headline finding of ofsted's 2020 focused visit to nottingham?",
        "Main findings of Norfolk's 2013 inspection?",
        "summarise the kirklees focused visit in march 2023 on care leavers please",
        "What did Ofsted say about Barnet's children's services in 2022?",
        "Tell me about Derby.",
    ],
)
def test_overview_questions(question: str) -> None:
    assert _asks(question)


@pytest.mark.parametrize(
    "question",
    [
        "What did the 2019 inspection of Reading find about care leavers?",
        "What did Ofsted say about Southend's libraries?",
        "What did Ofsted say about Stoke's supervision?",
        "Which areas did the December 2018 focused visit to Redcar examine?",
        "How many social workers did Ofsted find in Leeds?",
        "Leeds?",
        # a strong word with a topic: an inspection "on" a topic is no visit named by its topic
        "What were the key findings of the 2022 Leeds inspection about care leavers?",
        "Summarise the Leeds inspection on care leavers",
        # a word one letter more than a frame word is a word ("staying", not "saying")
        "What did Ofsted find about staying put in Leeds?",
    ],
)
def test_a_topic_or_no_question_of_findings_is_no_overview(question: str) -> None:
    assert not _asks(question)


def _letter(body: str) -> Document:
    text = (
        "Dear Ms Smith\n\nFocused visit to Anytown children's services\n\n"
        "This letter summarises the findings of a focused visit to Anytown children's services. "
        "The inspectors were Ann Bee and Cee Dee.\n\n"
        "Inspectors looked at the local authority's arrangements for care leavers, with a focus on:\n\n"
        "• Their accommodation.\n\n• Their health.\n\n" + body
    )
    return Document(
        doc_id="letter.txt",
        text=text,
        title="Letter",
        doc_type="focused visit letter",
        authorities=("Anytown",),
    )


def _quotes(doc: Document) -> list[str]:
    return [doc.text[s.start : s.end] for s in summary_spans(doc)]


def test_a_letter_is_summarised_by_its_headline_findings() -> None:
    doc = _letter(
        "Care leavers are supported by caring advisers.\n\nHeadline findings\n\n"
        "Services for care leavers have improved since the last inspection. "
        "Leaders know the care leavers well and act on what they say.\n\n"
        "Findings and evaluation of progress\n\nAdvisers visit often."
    )
    assert _quotes(doc) == [
        "Services for care leavers have improved since the last inspection.",
        "Leaders know the care leavers well and act on what they say.",
    ]


def test_without_a_heading_a_letter_is_summarised_after_its_scope_not_by_its_focus_list() -> None:
    doc = _letter(
        "Children's services in Anytown were last inspected in\n\n"
        "November 2018 and were judged to require improvement to be good. "
        "Inspectors found that care leavers are well supported by their advisers.\n\nFindings\n\n• More."
    )
    # The focus list's items are no finding; a sentence a page break cut is read whole.
    assert _quotes(doc) == [
        "Children's services in Anytown were last inspected in\n\n"
        "November 2018 and were judged to require improvement to be good.",
        "Inspectors found that care leavers are well supported by their advisers.",
    ]


def test_every_quote_is_the_documents_text_at_its_span(bundled: Assistant) -> None:
    answer = bundled.ask("What did Ofsted's December 2021 monitoring visit to Stoke-on-Trent find?")
    assert answer.answered and answer.citations
    for c in answer.citations:
        assert bundled.index.documents[c.doc_id].text[c.start : c.end] == c.quote
    first = answer.citations[0]
    assert first.doc_id == "ofsted-2022-01-31-stoke-monitoring-visit-letter.txt"
    assert first.quote.startswith("The local authority has made discernible progress")


def test_a_finding_asked_for_is_still_answered_by_its_sentences(bundled: Assistant) -> None:
    answer = bundled.ask("What did Ofsted say about Stoke's supervision?")
    assert "summary" not in " ".join(answer.notes)


# --------------------------------------------------------------------------
# On the real reports and letters, one per layout


@pytest.mark.slow
@pytest.mark.parametrize(
    ("name", "first"),
    [
        # ILACS: the paragraphs after the judgement table
        (
            "reports/80493_ealing/children's services inspection - 19 december 2019.pdf",
            "Services for children and families in Ealing have deteriorated since the last inspection",
        ),
        # SIF 2014-15: the headline before the table, then the summary's lead-in and its reasons
        (
            "reports/80473_hartlepool/children's services inspection - 11 february 2014.pdf",
            "The overall judgement is good.",
        ),
        # SIF 2016: the executive summary
        (
            "reports/80553_slough/children's services inspection - 17 february 2016.pdf",
            "Children’s services in Slough are inadequate.",
        ),
        # LAC 2013: the overall effectiveness section, not the contents line of the same name
        (
            "reports/80418_norfolk/children's services inspection,  pdf - 16 august 2013.pdf",
            "The local authority is not carrying out its statutory responsibilities",
        ),
        # a focused visit letter without a heading: after what the visit looked at, not a cut sentence
        (
            "focused-visits/80533_nottingham/children's services focused visit - 27 february 2020.pdf",
            "At this focused visit, inspectors found that the experience of children in need of help",
        ),
        # a pandemic letter: its findings as a list under "Findings"
        (
            "focused-visits/80431_blackpool/children's services focused visit - 09 april 2021.pdf",
            "• The impact of the COVID-19 pandemic has been keenly felt in Blackpool",
        ),
    ],
)
def test_the_summary_on_each_layout(name: str, first: str) -> None:
    """The headline is the summary's first or second sentence (after what the last inspection found)."""
    quotes = _quotes(read_ofsted(name))
    assert any(q.startswith(first) for q in quotes[:2]), quotes
    assert len(quotes) >= 2


# --------------------------------------------------------------------------
# What needs to improve, asked of a document as a whole


@pytest.mark.parametrize(
    ("question", "listing"),
    [
        ("What needs to improve in Leeds?", True),
        ("what were the weaknesses at the 2022 inspection of Lambeth?", True),
        ("What did Ofsted tell Hammersmith to improve after its March 2024 inspection?", True),
        ("What needs to improve for care leavers in Leeds?", False),  # a topic: its sentences answer
        ("What did the 2019 inspection of Reading find?", False),
    ],
)
def test_list_questions(question: str, listing: bool) -> None:
    assert asks_list(question, parse_query(question).search_text) is listing


def test_to_improve_examples() -> None:
    assert doctest.testmod(to_improve_module).failed == 0


def test_a_list_ends_where_its_items_stop_being_marked_as_its_first_is() -> None:
    text = (
        "What needs to improve?\n\n1\n\n• Timeliness of strategy meetings.\n\n"
        "• Oversight of plans. The experiences and progress of care leavers: good\n\n"
        "1. Care leavers are well supported by their advisers.\n\n"
    )
    _, spans = list_spans(text)
    assert [text[s.start : s.end][:20] for s in spans] == ["• Timeliness of stra", "• Oversight of plans"]


def test_a_contents_line_is_no_list_and_a_run_in_heading_is_one() -> None:
    text = (
        "Contents\n\nRecommendations 9\n\nSummary 3\n\nServices are good. What needs to improve?\n\n"
        "• The timeliness of assessments.\n\n• Oversight of plans for children in care.\n\nThe end."
    )
    heading, spans = list_spans(text)
    assert heading == "What needs to improve?"
    assert [text[s.start : s.end] for s in spans] == [
        "• The timeliness of assessments.",
        "• Oversight of plans for children in care.",
    ]


def test_a_letter_without_a_list_is_answered_by_its_sentences(bundled: Assistant) -> None:
    """The bundled Stoke letter sets out no "What needs to improve": its sentences answer."""
    answer = bundled.ask(
        "What did Ofsted's December 2021 monitoring visit to Stoke-on-Trent say needs to improve?"
    )
    assert answer.answered and answer.citations
    assert "the document's own list of what needs to improve" not in answer.notes
    for c in answer.citations:
        assert bundled.index.documents[c.doc_id].text[c.start : c.end] == c.quote


@pytest.mark.slow
@pytest.mark.parametrize(
    ("name", "first"),
    [
        (
            "reports/80506_lambeth/children's services inspection - 16 december 2022.pdf",
            "• Timeliness, oversight and effectiveness of pre-proceedings",
        ),
        (
            "focused-visits/80418_norfolk/children's services focused visit - 31 october 2019.pdf",
            "• The timeliness and quality of assessments",
        ),
        (
            "reports/80515_sutton/children's services inspection - 13 february 2017.pdf",
            "Ensure that services to care leavers are improved",
        ),
    ],
)
def test_the_list_on_each_layout(name: str, first: str) -> None:
    doc = read_ofsted(name)
    _, spans = list_spans(doc.text)
    quotes = [doc.text[s.start : s.end] for s in spans]
    assert quotes and quotes[0].startswith(first), quotes
    assert len(quotes) >= 2


# --------------------------------------------------------------------------
# When a council was last inspected or visited


@pytest.mark.parametrize(
    ("question", "when"),
    [
        ("When was Stoke last inspected?", True),
        ("When did Ofsted last visit Leeds?", True),
        ("when was bradford's 2018 inspection?", True),
        ("When did Leeds start its family hubs?", False),
        ("When were care leavers in Leeds visited by their advisers?", False),
        ("When did Ofsted visit Leeds and what did it find?", False),  # the dates alone are half of it
    ],
)
def test_when_questions(question: str, when: bool) -> None:
    assert asks_when(question, parse_query(question).search_text) is when


@pytest.mark.slow
@pytest.mark.parametrize(
    ("question", "chosen"),
    [
        (
            "When was Stoke last visited?",
            "reports/80564_stoke-on-trent/children's services inspection - 15 july 2025.pdf",
        ),
        (
            "When was Stoke last visited before 2020?",
            "reports/80564_stoke-on-trent/children's services inspection - 18 march 2019.pdf",
        ),
        (
            "When was Stoke's last focused visit before 2019?",
            "focused-visits/80564_stoke-on-trent/children's services focused visit - 09 may 2018.pdf",
        ),
    ],
)
def test_the_last_visit_before_a_year_is_the_newest_up_to_its_end(question: str, chosen: str) -> None:
    names = [
        "focused-visits/80564_stoke-on-trent/children's services focused visit - 09 may 2018.pdf",
        "focused-visits/80564_stoke-on-trent/children's services focused visit - 13 november 2020.pdf",
        "reports/80564_stoke-on-trent/children's services inspection - 18 march 2019.pdf",
        "reports/80564_stoke-on-trent/children's services inspection - 15 july 2025.pdf",
    ]
    docs = {d.doc_id: d for d in map(read_ofsted, names)}
    filters = infer_filters(parse_query(question), None)
    any_kind = "focused" not in question
    doc = overview_document(question, filters, "Stoke-on-Trent", docs, any_kind=any_kind)
    assert doc is not None and doc.doc_id == chosen


def test_when_a_council_was_last_visited_is_the_letters_own_sentence(bundled: Assistant) -> None:
    answer = bundled.ask("When did Ofsted last visit Stoke-on-Trent?")
    assert answer.answered and len(answer.citations) == 1
    c = answer.citations[0]
    assert c.quote.startswith("This letter summarises the findings of the monitoring visit")
    assert "14 and 15 December 2021" in c.quote
    assert bundled.index.documents[c.doc_id].text[c.start : c.end] == c.quote


# --------------------------------------------------------------------------
# How a council changed between its inspections


@pytest.mark.parametrize(
    ("question", "change"),
    [
        ("Has Croydon improved?", True),
        ("How has Bradford changed since 2018?", True),
        ("has stoke got better since its 2019 inspection?", True),
        ("Has Croydon improved its care leavers' housing?", False),  # a topic: its sentences answer
        ("What did the 2019 inspection of Reading find?", False),
    ],
)
def test_change_questions(question: str, change: bool) -> None:
    assert asks_change(question, parse_query(question).search_text) is change


@pytest.mark.slow
def test_a_change_is_each_reports_summary_oldest_first_from_the_year_asked() -> None:
    names = [
        "reports/80492_croydon/children's services inspection - 04 september 2017.pdf",
        "reports/80492_croydon/children's services inspection - 16 march 2020.pdf",
        "reports/80492_croydon/children's services inspection - 03 december 2024.pdf",
    ]
    docs = {d.doc_id: d for d in map(read_ofsted, names)}
    answer = answer_change(
        "Has Croydon improved since 2019?", None, "Croydon", docs, (), furniture=lambda _: ()
    )
    assert answer is not None
    assert [c.doc_id for c in answer.citations] == [names[1], names[1], names[2], names[2]]
    assert answer.citations[0].quote.startswith("Children’s services in Croydon have improved dramatically")
    for c in answer.citations:
        assert docs[c.doc_id].text[c.start : c.end] == c.quote
    newest_two = answer_change("Has Croydon improved?", None, "Croydon", docs, (), furniture=lambda _: ())
    assert newest_two is not None and {c.doc_id for c in newest_two.citations} == set(names[1:])
    one = {names[2]: docs[names[2]]}
    assert answer_change("Has Croydon improved?", None, "Croydon", one, (), furniture=lambda _: ()) is None


# --------------------------------------------------------------------------
# What a council does well, asked on no topic


@pytest.mark.parametrize(
    ("question", "strengths"),
    [
        ("What are Stoke's strengths?", True),
        ("what is leeds good at?", True),
        ("what's working well in lambeth according to the 2022 inspection?", True),
        ("What are the strengths of care leavers services in Stoke?", False),  # a topic
        ("What needs to improve in Leeds?", False),
    ],
)
def test_strengths_questions(question: str, strengths: bool) -> None:
    assert asks_strengths(question, parse_query(question).search_text) is strengths


@pytest.mark.slow
def test_the_strengths_are_the_summarys_sentences_that_praise() -> None:
    doc = read_ofsted("reports/80493_ealing/children's services inspection - 19 december 2019.pdf")
    answer = answer_strengths("What are Ealing's strengths?", doc, ())
    assert answer is not None and answer.citations
    for c in answer.citations:
        assert doc.text[c.start : c.end] == c.quote
        assert sentence_polarity(c.quote) > 0
    assert not any(
        c.quote.startswith("Services for children and families in Ealing have deteriorated")
        for c in answer.citations
    )

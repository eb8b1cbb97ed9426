"""answers/extract.py: sentences scored, chosen and composed, on plain values (no model)."""

from __future__ import annotations

import dataclasses

import numpy as np
import pytest

from assistant import Assistant
from assistant.answers import source_label
from assistant.answers.cite import check_citations
from assistant.answers.extract import (
    METHOD_PENALTY,
    OTHER_WORDS_SHARE,
    Candidate,
    Quote,
    answer_confidence,
    candidate_polarity,
    compose,
    echo,
    in_report_words,
    lexical_overlap,
    preview_start,
    score_candidates,
    select_quotes,
    sentences_of,
)
from assistant.answers.follow_ups import with_history
from assistant.answers.polarity import list_context, question_polarity, sentence_polarity
from assistant.answers.scope import states_frame
from assistant.answers.wanted import asks_document_date, states_type, wanted_type
from assistant.dates import MONTHS, format_date
from assistant.errors import AssistantError
from assistant.query import parse_query
from assistant.retrieval import Passage
from assistant.search.sparse import tokenize_query


def test_labels_and_types() -> None:
    assert format_date("2022-01-31") == "31 January 2022" and format_date("2021-11") == "November 2021"
    assert source_label("Ofsted", "monitoring visit letter", "2022-01-31") == (
        "Ofsted monitoring visit letter, January 2022"
    )
    assert wanted_type("Who led the inspection?") == "person"
    assert wanted_type("When was the visit?") == "date"
    assert wanted_type("Which inspectors carried out the focused visit to Halton?") == "person"
    assert wanted_type("Who carried out the visit?") == "person"
    assert wanted_type("What inspectors think about caseloads?") is None
    assert wanted_type("Which inspectors' concerns were raised?") is None
    # "from when we were in care" is no "from when?"; a date is no number asked for
    assert wanted_type("Do we get our medical history from when we were in care?") is None
    # how heavy the work is, not a figure (held-out-54); a figure asked for still is one
    assert wanted_type("Did it say anything about how much work new starters carry?") is None
    assert wanted_type("How much work experience did care leavers get?") is None
    assert wanted_type("How many care leavers had work experience?") == "number"
    assert not states_type("This letter summarises the visit on 15 and 16 January 2025.", "number")
    assert states_type("Over the past year, 49% of families were stepped down.", "number")
    q = with_history(parse_query("what about caseloads?"), ["Tell me about Norfolk"])
    assert q.authorities == ("Norfolk",) and "caseloads" in q.search_text


@pytest.mark.parametrize("month", list(MONTHS))
def test_every_month_states_a_date_and_names_no_one(month: str) -> None:
    assert states_type(f"Inspectors returned in {month}.", "date")
    assert states_type(f"Inspectors returned in {month.capitalize()}.", "date")
    assert not states_type(f"Inspectors visited in {month.capitalize()} Ofsted said.", "person")


def test_a_name_is_a_person_and_a_council_is_not() -> None:
    assert states_type("The lead inspector was Jane Smith, HMI.", "person")
    assert not states_type("Stoke-on-Trent City Council appointed a new team.", "person")
    assert not states_type("The council improved.", "date") and states_type("It hired 12.", "number")


def test_composed_quotes_are_spans_of_their_documents(fake_assistant: Assistant) -> None:
    passages = fake_assistant.search("What did Ofsted say about Stoke's supervision?", k=8)
    candidates = sentences_of(passages, fake_assistant.document_text)
    assert candidates
    for c in candidates:
        assert fake_assistant.document_text(c.passage.doc_id)[c.start : c.end] == c.text
    scored = score_candidates(
        candidates, "supervision", fake_assistant.embedder, weights=fake_assistant.settings.answer_weights
    )
    assert [c.score for c in scored] == sorted((c.score for c in scored), reverse=True)
    quotes = select_quotes(scored, max_quotes=3, relative=0.0, duplicate=0.9)
    assert 1 <= len(quotes) <= 3
    text, citations = compose(
        quotes,
        chronological=True,
        newest_first=False,
        document_text=fake_assistant.document_text,
        page_at=lambda doc_id, offset: fake_assistant.document(doc_id).page_at(offset),
    )
    check_citations(citations, fake_assistant.document_text)
    assert [c.n for c in citations] == list(range(1, len(citations) + 1))
    for cited in citations:
        page = fake_assistant.document(cited.doc_id).page_at(cited.start)
        assert f"[{cited.n}]" in text and cited.page == page


def test_a_fact_in_two_sources_is_quoted_once_citing_both(fake_assistant: Assistant) -> None:
    passages = fake_assistant.search("supervision", k=4)
    first = sentences_of(passages, fake_assistant.document_text)[0]
    twin = dataclasses.replace(first, passage=dataclasses.replace(first.passage, doc_id="other.txt"))
    quotes = select_quotes(
        [dataclasses.replace(first, score=1.0), dataclasses.replace(twin, score=0.9)],
        max_quotes=3,
        relative=0.5,
        duplicate=0.9,
    )
    assert len(quotes) == 1 and [a.passage.doc_id for a in quotes[0].also] == ["other.txt"]


def test_two_councils_sentences_are_one_quote_only_in_the_same_words(fake_assistant: Assistant) -> None:
    """ "The first inspection of Cumberland" is not Westmorland and Furness's sentence (held-out-55)."""
    first = sentences_of(fake_assistant.search("supervision", k=4), fake_assistant.document_text)[0]

    def of(council: str, text: str, score: float) -> Candidate:
        passage = dataclasses.replace(first.passage, doc_id=f"{council}.pdf", authority=council)
        return dataclasses.replace(first, passage=passage, text=text, score=score)

    said = "This was the first inspection of {} local authority children's services."
    pair = [
        of("Cumberland", said.format("Cumberland"), 1.0),
        of("Westmorland", said.format("Westmorland"), 0.9),
    ]
    assert len(select_quotes(pair, max_quotes=3, relative=0.5, duplicate=0.5)) == 2
    same = [
        of("Cumberland", "Caseloads are manageable.", 1.0),
        of("Westmorland", "Caseloads are manageable.", 0.9),
    ]
    assert len(select_quotes(same, max_quotes=3, relative=0.5, duplicate=0.5)) == 1


def test_a_sentence_counts_by_the_nearer_of_the_question_vectors(fake_assistant: Assistant) -> None:
    """The question and its glossary words: each sentence scored by the vector nearer to it."""
    passages = fake_assistant.search("supervision", k=2)
    candidates = sentences_of(passages, fake_assistant.document_text)[:4]
    embed = fake_assistant.embedder.encode
    own, glossed = embed(["children who run away"])[0], embed(["return home interviews"])[0]
    vectors = embed([c.text for c in candidates])

    def dense(query_vector: np.ndarray) -> list[float]:
        scored = score_candidates(
            candidates,
            "run away",
            fake_assistant.embedder,
            weights=(1.0, 0.0, 0.0),
            query_vector=query_vector,
        )
        by_span = {(c.passage.chunk_id, c.start): c.dense for c in scored}
        return [by_span[(c.passage.chunk_id, c.start)] for c in candidates]

    both = dense(np.stack([own, glossed]))
    assert both == pytest.approx(np.maximum(vectors @ own, vectors @ glossed).tolist())
    assert both == pytest.approx(np.maximum(dense(own), dense(glossed)).tolist())


def _by_overlap(
    candidates: list[Candidate],
    question: str,
    assistant: Assistant,
    *,
    ignore_frame: bool = False,
    method_penalty: float = 0.0,
) -> list[str]:
    """The candidates' texts in the order word overlap alone scores them."""
    scored = score_candidates(
        candidates,
        question,
        assistant.embedder,
        weights=(0.0, 1.0, 0.0),
        ignore_frame=ignore_frame,
        method_penalty=method_penalty,
    )
    return [c.text for c in scored]


def _sentences_of_one(text: str, council: str, doc_type: str) -> list[Candidate]:
    """The sentences of one passage that is a whole document, ``text``, about ``council``."""
    doc_id = f"{council.lower()}.txt"
    passage = Passage(doc_id, council, text, 0, len(text), 1.0, 1, None, doc_type, council, doc_id)
    return sentences_of([passage], lambda _: text)


def test_the_words_naming_the_visit_do_not_choose_the_quote(fake_assistant: Assistant) -> None:
    """ "What did the focused visit to Derby look at?" is answered by what inspectors looked at."""
    text = (
        "This letter summarises the findings of the focused visit to Derby City children's services. "
        "Inspectors looked at the local authority's arrangements for children in need."
    )
    frame, answer = _sentences_of_one(text, "Derby", "letter")
    question = "What did the 2023 focused visit look at?"

    def best(ignore_frame: bool) -> str:
        return _by_overlap([frame, answer], question, fake_assistant, ignore_frame=ignore_frame)[0]

    assert best(ignore_frame=False) == frame.text  # "focused visit" outweighs "look"
    assert best(ignore_frame=True) == answer.text


def test_a_reports_dates_line_answers_only_when(fake_assistant: Assistant) -> None:
    """ "Plymouth inspection in autumn 2018 - were untrained staff ...?" is not answered by the dates."""
    text = (
        "Inspection dates: 29 October 2018 to 9 November 2018\n\n"
        "Unqualified workers in the gateway service make decisions on contacts."
    )
    dates, finding = _sentences_of_one(text, "Plymouth", "report")
    assert states_frame(dates.text) and not states_frame(finding.text)
    question = "Plymouth inspection in autumn 2018 - were untrained staff screening calls?"

    def quoted(method_penalty: float) -> list[str]:
        return _by_overlap([dates, finding], question, fake_assistant, method_penalty=method_penalty)

    assert quoted(METHOD_PENALTY) == [finding.text]  # a question of findings
    assert dates.text in quoted(0.0)  # "when was it inspected?" asks for no finding


def test_quotes_reach_other_passages_before_a_passage_is_quoted_twice(fake_assistant: Assistant) -> None:
    passages = fake_assistant.search("supervision", k=4)
    candidates = sentences_of(passages, fake_assistant.document_text)
    top = next(p for p in passages if sum(c.passage.chunk_id == p.chunk_id for c in candidates) >= 2)
    own = [c for c in candidates if c.passage.chunk_id == top.chunk_id][:2]
    other = next(c for c in candidates if c.passage.chunk_id != top.chunk_id)
    scored = [
        dataclasses.replace(own[0], score=1.0),
        dataclasses.replace(own[1], score=0.95),
        dataclasses.replace(other, score=0.9),
    ]
    both = select_quotes(scored, max_quotes=2, relative=0.5, duplicate=0.99)
    assert [q.best.text for q in both] == [own[0].text, own[1].text]
    spread = select_quotes(scored, max_quotes=2, relative=0.5, duplicate=0.99, per_passage=1)
    assert [q.best.text for q in spread] == [own[0].text, other.text]


# --------------------------------------------------------------------------
# Quote choice by meaning: polarity, echoes, list headings, near-duplicates

_REPORT = (
    "Inspection of Anytown children's services\n\n"
    "Headline findings\n\n"
    "Children in Anytown benefit from effective early help services and strong leadership.\n\n"
    "What needs to improve?\n\n"
    "• The timeliness of assessments for children in need, which are too often delayed.\n\n"
    "• The quality of supervision, which is inconsistent and does not drive plans.\n\n"
    "Ofsted looked at supervision and assessments in Anytown during the visit.\n"
)


class _Flat:
    """An embedder that finds every sentence equally close, so only the other terms count."""

    name = "flat"
    precision = "fp32"
    dim = 4

    def encode(self, texts: list[str]) -> np.ndarray:
        return np.tile(np.array([0.5, 0.5, 0.5, 0.5], dtype=np.float32), (len(texts), 1))


def _passage(text: str = _REPORT) -> Passage:
    return Passage(
        "anytown.txt", "Anytown", text, 0, len(text), 1.0, 1, "2023-05-01", "report", "Anytown", "x"
    )


def _candidates(text: str = _REPORT) -> list[Candidate]:
    return sentences_of([_passage(text)], {"anytown.txt": text}.__getitem__)


def test_question_polarity_is_read_from_its_words() -> None:
    assert question_polarity("What weaknesses did Ofsted find in Anytown's front door?") == -1
    assert question_polarity("What needs to improve in Anytown?") == -1
    assert question_polarity("It was rated good, so what did inspectors think still wasn't working?") == -1
    assert question_polarity("What are the strengths of Anytown's early help?") == 1
    assert question_polarity("How many children were in care in Anytown?") == 0


def test_a_weaknesses_question_gets_weaknesses_and_a_strengths_question_strengths() -> None:
    weights = (0.0, 0.0, 0.0, 1.0, 0.0)  # polarity alone decides
    weak = score_candidates(_candidates(), "What are the weaknesses?", _Flat(), weights=weights)
    assert weak[0].text.startswith("• The timeliness") or weak[0].text.startswith("• The quality")
    strong = score_candidates(_candidates(), "What are the strengths?", _Flat(), weights=weights)
    assert strong[0].text.startswith("Children in Anytown benefit")


def test_a_bullet_under_what_needs_to_improve_is_weak_by_its_heading() -> None:
    bullet = next(c for c in _candidates() if "timeliness" in c.text)
    assert candidate_polarity(bullet) == -1.0
    assert sentence_polarity("The timeliness of assessments.") == 0.0  # no heading, no evaluative word


def test_what_needs_to_improve_is_answered_from_the_reports_list_not_by_improved() -> None:
    text = _REPORT.replace("strong leadership.", "strong leadership. Practice has improved greatly.")
    # As the answer path scores it: the council's name is taken out of the question's words.
    question = "What did the council still need to improve?"
    default = (0.6, 0.4, 0.1, 0.0, 0.0)  # the shipped weights: polarity alone does not move it
    scored = score_candidates(_candidates(text), question, _Flat(), weights=default)
    assert scored[0].text.startswith("• ")
    # A question not asking what needs to improve gets no bonus for the list.
    plain = score_candidates(_candidates(text), "How has practice changed?", _Flat(), weights=default)
    assert not plain[0].text.startswith("• ")


def test_a_sentence_that_only_echoes_the_question_loses_to_one_that_answers() -> None:
    question = "What did Ofsted say about supervision in Anytown?"
    echoing = next(c for c in _candidates() if c.text.startswith("Ofsted looked"))
    answering = next(c for c in _candidates() if "quality of supervision" in c.text)
    q = set(tokenize_query(question))
    assert echo(q, echoing.text) > echo(q, answering.text)
    scored = score_candidates([echoing, answering], question, _Flat(), weights=(0.0, 0.4, 0.0, 0.0, 1.0))
    assert scored[0].text == answering.text


def test_three_weights_take_the_defaults_and_four_are_refused() -> None:
    cands = _candidates()
    assert score_candidates(cands, "supervision", _Flat(), weights=(0.6, 0.4, 0.1))
    with pytest.raises(AssistantError, match="pass five"):
        score_candidates(cands, "supervision", _Flat(), weights=(0.6, 0.4, 0.1, 0.1))


def test_a_list_item_is_cited_with_its_lists_heading() -> None:
    text = _REPORT
    bullet = next(c for c in _candidates() if "timeliness" in c.text)
    plain = next(c for c in _candidates() if c.text.startswith("Children in Anytown"))
    answer, citations = compose(
        [Quote(dataclasses.replace(bullet, score=1.0)), Quote(dataclasses.replace(plain, score=0.9))],
        chronological=False,
        newest_first=False,
        document_text={"anytown.txt": text}.__getitem__,
        page_at=lambda doc_id, offset: 1,
    )
    check_citations(citations, {"anytown.txt": text})
    by_quote = {c.quote[:12]: c.context for c in citations}
    assert by_quote["• The timeli"] == "What needs to improve?" and by_quote["Children in "] is None
    assert "from “What needs to improve?”: “• The timeliness" in answer
    assert list_context("Recommendations 35\n\n4. Ensure that plans are reviewed.", 22) == "Recommendations"


def test_a_sentence_and_its_fuller_version_are_one_quote() -> None:
    cands = _candidates()
    full = next(c for c in cands if "quality of supervision" in c.text)
    part = dataclasses.replace(full, end=full.end - 30, text=full.text[:-30], score=0.9)
    other_doc = dataclasses.replace(
        full,
        passage=dataclasses.replace(full.passage, doc_id="b.txt"),
        start=0,
        end=len(full.text),
        score=0.8,
    )
    quotes = select_quotes(
        [dataclasses.replace(full, score=1.0), part, other_doc], max_quotes=4, relative=0.0, duplicate=0.95
    )
    assert len(quotes) == 1 and [a.passage.doc_id for a in quotes[0].also] == ["b.txt"]


class _Counting:
    """A hashing embedder that records what it is asked to encode."""

    name = "counting"
    precision = "fp32"
    dim = 64

    def __init__(self) -> None:
        from tests.fakes import HashingEmbedder

        self.inner = HashingEmbedder(64)
        self.seen: list[str] = []

    def encode(self, texts: list[str]) -> np.ndarray:
        self.seen.extend(texts)
        return self.inner.encode(texts)


def test_a_query_vector_from_the_search_is_not_embedded_again() -> None:
    question, weights = "What did Ofsted say about supervision?", (0.6, 0.4, 0.1, 0.0, 0.0)
    fresh, reused = _Counting(), _Counting()
    plain = score_candidates(_candidates(), question, fresh, weights=weights)
    vector = reused.inner.encode([question])[0]
    given = score_candidates(_candidates(), question, reused, weights=weights, query_vector=vector)
    assert question in fresh.seen and question not in reused.seen
    assert [c.text for c in given] == [c.text for c in plain]
    assert [c.score for c in given] == pytest.approx([c.score for c in plain], abs=1e-5)


def test_an_earlier_inspections_grade_is_not_the_verdict_asked_for() -> None:
    from assistant.answers.earlier import earlier_judgement, earlier_penalty_for, reports_earlier

    assert earlier_judgement("Leeds was last inspected in 2018, when it was found to require improvement.")
    assert not earlier_judgement("Since the last inspection, services in Trafford have declined: inadequate.")
    text = "The last inspection report was published in 2015. Its grades:\n\n• Overall effectiveness: Good\n"
    assert reports_earlier(text, text.index("•"), len(text) - 1)
    assert earlier_penalty_for("What grade did Leeds get in 2023?") > 0
    assert earlier_penalty_for("What had Leeds been rated at the inspection before its 2023 one?") == 0


def test_what_inspectors_looked_at_is_not_what_they_found() -> None:
    """A scope statement shares the question's topic words; a question about findings gets a finding."""
    text = (
        "Inspectors looked at the local authority’s arrangements for care leavers, including their health. "
        "Access to health histories for care leavers remains underdeveloped."
    )
    question = "When inspectors visited to look at care leavers, what were they still missing?"
    weights = (0.0, 1.0, 0.0, 0.0, 0.0)  # overlap alone decides
    plain = score_candidates(_candidates(text), question, _Flat(), weights=weights)
    assert plain[0].text.startswith("Inspectors looked at")
    found = score_candidates(
        _candidates(text), question, _Flat(), weights=weights, method_penalty=METHOD_PENALTY
    )
    assert found[0].text.startswith("Access to health histories")
    # The penalty orders the quotes; it does not make the passages answer less.
    assert answer_confidence(found, METHOD_PENALTY) == pytest.approx(plain[0].score)


def _letter(text: str, council: str) -> Passage:
    """A focused visit letter as one passage."""
    return Passage("l", "letter", text, 0, len(text), 1.0, 1, None, "focused visit letter", council, "l")


def test_a_preview_starts_at_the_first_quotable_sentence() -> None:
    # A letter's letterhead, date and address lines are no sentence; the preview starts after them.
    text = (
        "Piccadilly Gate\n\nStore Street\n\nTextphone 0161 618 8524 enquiries@ofsted.gov.uk 1 November 2018 "
        "Jo Bloggs\n\nHarrow\n\nStation Road\n\nHA1 2XF\n\nThis letter summarises the findings of a focused "
        "visit to Harrow on 9 and 10 October 2018."
    )
    at = preview_start(_letter(text, "Harrow"), lambda _: text, lambda _: ())
    assert text[at:].startswith("This letter summarises")


def test_none_answers_how_many() -> None:
    assert states_type("There are no children who are looked after in the Isles of Scilly.", "number")
    assert not states_type("Children are seen alone.", "number")


def test_a_letters_letterhead_and_address_are_never_quoted() -> None:
    # "35 Wellington Street Woolwich" is the council's address: a question naming Woolwich found it.
    text = (
        "Ofsted\n\nPiccadilly Gate\n\nStore Street\n\n23 August 2021 Florence Kroll\n\nDirector of "
        "Children’s Services\n\n35 Wellington Street Woolwich Town\n\nDear Florence, Focused visit to "
        "Greenwich\n\nChildren in Woolwich are seen quickly by social workers."
    )
    quoted = [c.text for c in sentences_of([_letter(text, "Greenwich")], lambda _: text)]
    assert quoted == ["Children in Woolwich are seen quickly by social workers."]


def test_an_everyday_phrase_counts_half_where_the_sentence_has_the_reports_words_for_it() -> None:
    question = "How many kids in care got sent home from school for a few days?"
    tokens = set(tokenize_query(question))
    otherwise = in_report_words(question, tokens)
    sentence = "Despite this, 17% have experienced a fixed-term exclusion."
    plain = lexical_overlap(tokens, sentence)
    assert plain == 0.0
    phrase = {"sent", "home", "school"} & tokens
    assert lexical_overlap(tokens, sentence, said_otherwise=otherwise) == pytest.approx(
        OTHER_WORDS_SHARE * len(phrase) / len(tokens)
    )
    # a word alone ("kids" for "children") is no phrase: the vector reads it already
    plain_children = "Children in care are well supported."
    assert lexical_overlap(tokens, plain_children, said_otherwise=otherwise) == lexical_overlap(
        tokens, plain_children
    )


def test_a_date_question_about_something_else_is_not_answered_by_the_visits_dates() -> None:
    assert asks_document_date("When did Ofsted carry out the monitoring visit?")
    assert not asks_document_date("At the May 2021 focused visit, when did children first get a PA?")
    assert states_type("Personal advisers are not provided until they are almost 18 years old.", "date")

"""Question -> ``Answer``: routing, follow-ups, abstention and the optional model.

``answer_question`` takes its collaborators explicitly (the retriever, its
index, the embedder, the settings) and decides where an answer comes from:

1. a council outside England, or one with no indexed documents: a plain
   "the indexed documents do not answer this", with related passages;
2. a question across councils (``assistant/answers/across.py``): a
   comparison of named councils, a ratings question ("Which councils were
   rated inadequate in 2019?", answered from the reports' judgement tables)
   or a finding list ("Which councils were criticised for high caseloads?",
   answered by reading every report in scope);
3. otherwise the retrieved passages' own sentences (``assistant/answers/extract.py``,
   quoted in ``quote_order.py``'s order). When the best scores below
   ``Settings.answer_threshold`` (chosen by ``evals/calibrate.py``) the answer
   says the documents do not cover it and lists the closest passages as possibly related. A configured model
   (``assistant/answers/generate.py``; off by default) may write the answer
   from the same passages instead, its quotations checked.

Every citation is checked before it is returned:
``document_text(c.doc_id)[c.start:c.end] == c.quote``.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

from assistant.answers.across import answer_across
from assistant.answers.cite import check_citations
from assistant.answers.earlier import earlier_penalty_for
from assistant.answers.extract import (
    METHOD_PENALTY,
    answer_confidence,
    compose,
    preview_start,
    related_line,
    score_candidates,
    select_quotes,
    sentences_of,
)
from assistant.answers.follow_ups import previous_questions, with_history
from assistant.answers.gaps import (
    asks_about_inspectorate,
    asks_instructions,
    asks_next,
    asks_writing,
    future_plans,
    names_children,
    not_recorded,
    outside_remit,
    years_to_come,
)
from assistant.answers.generate import maybe_generate
from assistant.answers.improvement import answers_from_its_list, with_improvement_lists
from assistant.answers.in_words import in_its_words
from assistant.answers.no_council import compared_unknowns, not_a_council_reason
from assistant.answers.overview import overview_answer
from assistant.answers.quote_order import by_learned_quotes
from assistant.answers.scope import answer_scope, asks_scope
from assistant.answers.topic import (
    about_nothing_indexed,
    about_the_work,
    asks_elsewhere,
    asks_errand,
    asks_result,
    content_words,
)
from assistant.answers.types import Answer, with_periods
from assistant.answers.unwritten import unwritten_reason
from assistant.answers.visit_topic import telling_in, visit_not_about
from assistant.answers.wanted import asks_document_date, states_type, wanted_type
from assistant.config import Settings
from assistant.dates import format_date
from assistant.filters import Filters, infer_filters, period_selection, periods_held
from assistant.places import outside_england
from assistant.query import ParsedQuery, asks_now, parse_query
from assistant.retrieval import Passage, Retriever, validate_query
from assistant.search.dense import Embedder
from assistant.search.store import IndexData
from assistant.spelling import with_apostrophes
from assistant.subjects import asked_first

# --------------------------------------------------------------------------
# Abstention


def abstention_text(
    parsed: ParsedQuery,
    reason: str,
    related: Sequence[Passage],
    preview_start: Callable[[Passage], int] | None = None,
) -> str:
    """The "not covered" text: the reason the documents do not answer, then the related passages
    (each from ``preview_start``: past a letter's letterhead)."""
    lines = [f"The indexed documents do not answer this: {reason}."]
    if related:
        lines.append("")
        lines.append("Possibly related passages:")
        lines.extend(related_line(p, preview_start(p) if preview_start else 0) for p in related)
    return "\n".join(lines)


# --------------------------------------------------------------------------
# The whole question -> answer path


@dataclass(frozen=True)
class _Question:
    """One question on its way to an answer, with what answering it uses."""

    text: str
    parsed: ParsedQuery
    filters: Filters | None
    authorities: tuple[str, ...]
    mode: str | None
    retriever: Retriever
    index: IndexData
    embedder: Embedder
    settings: Settings

    def document_text(self, doc_id: str) -> str:
        return self.index.documents[doc_id].text

    def page_at(self, doc_id: str, offset: int) -> int:
        return self.index.documents[doc_id].page_at(offset)

    def related(self) -> list[Passage]:
        """The closest passages anywhere, shown beside a "not covered"."""
        return self.retriever.search(self.parsed.search_text, k=3, mode=self.mode, infer=False)

    def preview_start(self, p: Passage) -> int:
        """Where a passage shown beside a "not covered" starts: after the furniture it opens with."""
        return preview_start(p, self.document_text, self.index.furniture)

    def abstain(self, reason: str, related: Sequence[Passage]) -> Answer:
        return Answer(
            self.text,
            abstention_text(self.parsed, reason, related, self.preview_start),
            (),
            False,
            tuple(related),
            self.authorities,
            notes=(reason,),
        )


def answer_question(
    question: str,
    *,
    retriever: Retriever,
    index: IndexData,
    embedder: Embedder,
    settings: Settings,
    history: Sequence[Any] | None = None,
    filters: Filters | dict[str, Any] | None = None,
    mode: str | None = None,
) -> Answer:
    """An answer in the documents' own words, or a plain "not covered"; see ``Assistant.ask``.

    ``retriever`` searches ``index`` (the index it was opened on), ``embedder``
    scores sentences against the question and ``settings`` holds the answer
    thresholds and the optional model's address.
    """
    text = with_apostrophes(validate_query(question))  # "whats the overall grade?" asks a grade
    given = Filters.coerce(filters)
    parsed = with_history(parse_query(text), history)
    if given is not None and given.authority is not None and not parse_query(text).authorities:
        # A council chosen in the filter replaces one carried over from an earlier question.
        parsed = dataclasses.replace(parsed, authorities=())
    f = infer_filters(parsed, given)
    # A bad mode or document type is an error whichever route answers, not only the passages'.
    retriever.check_mode(mode)
    retriever.resolve(f)
    authorities = tuple(f.authorities()) if f is not None else ()
    q = _Question(text, parsed, f, authorities, mode, retriever, index, embedder, settings)
    # The routes that need no passage come first; "off-topic" is the last
    # word before the passages are read.
    routed = (
        _future(q)
        or _outside_england(q)
        or _not_a_council(q)
        or _outside_remit(q)
        or _across(q)
        or _unknown_councils(q)
        or _no_period(q)
        or _off_topic(q)
    )
    if routed is not None:
        return routed
    k, years = min(settings.answer_passages, len(index.chunks)), parsed.soft_years
    asked = asked_first(parsed.search_text)  # in the search's order: its sentences are scored next
    now = settings.prefer_latest and asks_now(parsed)  # favour its newest report and what followed
    found = retriever.search(
        asked,
        k=k,
        mode=mode,
        filters=f,
        infer=False,
        prefer_years=years,
        prefer_newest=now,
        rerank=settings.answer_learned_order and bool(authorities),
    )
    period, telling = (f.period if f is not None else None), telling_in(index.bm25)
    if reason := visit_not_about(text, period, authorities, index.documents, telling):
        return dataclasses.replace(q.abstain(reason, found[:3]), gap="no-inspection-in-period")
    passages = with_improvement_lists(text, found, retriever)
    if not passages:
        return _nothing_in_years(q) or q.abstain(
            "no indexed passage matches the council and dates asked about", q.related()
        )
    overview = overview_answer(text, parsed, f, authorities, index, passages)
    extractive = with_periods(_scope(q, passages) or overview or _extractive(q, passages), index.documents)
    if not extractive.answered:
        return extractive
    if missing := _periods_missing(q):
        extractive = dataclasses.replace(extractive, notes=(*extractive.notes, *missing))
    # A configured model (off by default) may write the answer from the same
    # passages: its quotations are checked against them, and on any failure
    # this answer comes back with a "generator failed" note.
    return maybe_generate(
        extractive,
        settings=settings,
        document_text=q.document_text,
        page_at=q.page_at,
        earlier=previous_questions(history)[-3:],
    )


def _future(q: _Question) -> Answer | None:
    """A "not covered" for a question about what is still to come: "the 2030 inspection", "its next visit"."""
    years = years_to_come(q.text)
    if years:
        what = f"{_and_list([str(y) for y in years])} is still to come"
    elif asks_next(q.text):
        what = "the next inspection or visit is still to come"
    elif future_plans(q.text):
        what = f"{future_plans(q.text)} is still to come, and the reports record what inspectors found"
    else:
        return None
    dated = [d.date for d in q.index.documents.values() if d.date]
    newest = f"; the newest indexed document is from {format_date(max(dated)[:7])}" if dated else ""
    answer = q.abstain(f"{what}{newest}", q.related())
    return dataclasses.replace(answer, gap="future")


def _outside_remit(q: _Question) -> Answer | None:
    """A "not covered" for a service outside children's services: "adult social care waiting lists"."""
    if asks_result(q.text):  # "which team won the 1966 World Cup final, in Brent's borough?"
        return dataclasses.replace(
            q.abstain("nothing in the indexed documents is about this", ()), gap="off-topic"
        )
    topics = outside_remit(q.text, errand=(errand := asks_errand(q.text)))  # "when are bins collected?"
    if not topics and asks_elsewhere(q.text) and not asks_instructions(q.text):
        topics, errand = ["this errand"], True  # "the quickest train into London"
    if topics:
        reason = f"{_and_list(topics)} is outside children's services, which the indexed reports are about"
        if errand:
            return dataclasses.replace(q.abstain(reason, q.related()), gap="off-topic")
    elif (unrecorded := not_recorded(q.text)) is not None:
        reason = f"no indexed report records {unrecorded}"
    elif (unwritten := unwritten_reason(q.text, q.index, q.authorities)) is not None:
        reason = unwritten
    elif (writing := asks_writing(q.text)) or asks_instructions(q.text) or asks_about_inspectorate(q.text):
        # About no council, the asker's how-to is about nothing the collection is about.
        reason = "the indexed reports record what inspectors found" + (
            "; they write nothing for the asker"
            if writing
            else ", not how to do things"
            if asks_instructions(q.text)
            else ", not the inspectorate's own history, leaders or staff"
        )
        gap = "topic-not-covered" if q.authorities else "off-topic"
        return dataclasses.replace(q.abstain(reason, q.related()), gap=gap)
    else:
        return None
    return dataclasses.replace(q.abstain(reason, q.related()), gap="topic-not-covered")


def _off_topic(q: _Question) -> Answer | None:
    """A "not covered" for a question about nothing in the index (``topic.about_nothing_indexed``)."""
    if not about_nothing_indexed(q.text, q.parsed.search_text, q.authorities, q.retriever, q.settings):
        return None
    answer = q.abstain("nothing in the indexed documents is about this", ())
    return dataclasses.replace(answer, gap="off-topic")


def _not_a_council(q: _Question) -> Answer | None:
    """A "not covered" for a council's name that is no council ("Narnia's children's services"),
    a former council or a district (``assistant/answers/no_council.py``)."""
    reason: str | None = None
    if q.authorities and (beside := compared_unknowns(q.text, q.index.documents)):
        reason = f"{_and_list(beside)} is not an English council; compare councils by their names"
    elif not q.authorities and not outside_england(q.text):
        reason = not_a_council_reason(q.text, q.index.documents)
    if reason is None:
        return None
    return dataclasses.replace(q.abstain(reason, q.related()), gap="not-a-council")


def _outside_england(q: _Question) -> Answer | None:
    """A "not covered" for a council outside England (unless a council in England is named too)."""
    elsewhere = outside_england(q.text)
    if not elsewhere or q.authorities:
        return None
    reason = (
        f"{' and '.join(elsewhere)} is not an English local authority; Ofsted inspects "
        "children's services in England only"
    )
    return dataclasses.replace(q.abstain(reason, q.related()), gap="not-a-council")


def _unknown_councils(q: _Question) -> Answer | None:
    """A "not covered" when no council asked about has an indexed document."""
    known = {c.authority for c in q.index.chunks}
    missing = [a for a in q.authorities if a not in known]
    if not q.authorities or len(missing) != len(q.authorities):
        return None
    return q.abstain(f"no indexed document is about {' or '.join(missing)}", q.related())


def _no_period(q: _Question) -> Answer | None:
    """A "not covered" when no council asked about has an inspection or visit in the period named.

    "No inspection of Stoke-on-Trent in 2021 is in the index; it has
    inspections from 2015, 2019, 2022 and 2025." Other periods do not stand
    in for the one asked about.
    """
    period = q.filters.period if q.filters is not None else None
    if period is None:
        return None
    documents = q.index.documents.values()
    if q.authorities:
        missing = _periods_missing(q)
        if len(missing) < len(q.authorities):
            return None
        reason = "; ".join(missing)
    elif period_selection(period, documents):
        return None
    else:
        reason = " ".join(f"no {period.noun()} {period.describe()}".split()) + " is in the index"
    assert q.filters is not None  # it holds the period
    return _not_in_period(q, reason, dataclasses.replace(q.filters, period=None))


def _nothing_in_years(q: _Question) -> Answer | None:
    """A "not covered" naming what each council has when none has a document from the years asked about.

    "What did Ofsted say about Torbay in 2016?" names no inspection, so no
    period selects the documents; the years filter leaves nothing all the same.
    """
    f = q.filters
    if f is None or not f.years or not q.authorities or f.doc_type or f.doc_ids:
        return None
    years = f.years
    documents = list(q.index.documents.values())
    when = _and_list([str(y) for y in sorted(years)])
    held = []
    for authority in q.authorities:
        kinds = [
            f"{noun} from {_and_list(found)}"
            for kind, noun in (("inspection", "inspections"), ("visit", "visits"))
            if (found := periods_held(documents, authority, kind))
        ]
        has = f"it has {' and '.join(kinds)}" if kinds else "it has no inspection or visit at all"
        held.append(f"no inspection or visit of {authority} in {when} is in the index; {has}")
    return _not_in_period(q, "; ".join(held), dataclasses.replace(f, years=None))


def _not_in_period(q: _Question, reason: str, others: Filters) -> Answer:
    """The "no inspection of X in 2021 is in the index; it has ..." answer, with passages from what
    the council has instead (``others``: the filters without the period or years asked for)."""
    related = q.retriever.search(q.parsed.search_text, k=3, mode=q.mode, filters=others, infer=False)
    answer = q.abstain(reason, related or q.related())
    text = answer.text.replace("The indexed documents do not answer this: ", "", 1)
    return dataclasses.replace(answer, text=text[0].upper() + text[1:], gap="no-inspection-in-period")


def _periods_missing(q: _Question) -> list[str]:
    """For each council asked about with nothing in the period named: what it has instead."""
    period = q.filters.period if q.filters is not None else None
    if period is None:
        return []
    documents = list(q.index.documents.values())
    out = []
    for authority in q.authorities:
        if period_selection(period, documents, [authority]):
            continue
        held = periods_held(documents, authority, period.kind)
        when = "" if period.latest and not period.end else f" {period.describe()}".rstrip()
        has = f"; it has {period.noun(plural=True)} from {_and_list(held)}" if held else ""
        if not held and when:
            has = f"; it has no {period.noun()} at all"
        of = "to" if "visit" in period.noun() and period.kind else "of"
        out.append(f"no {period.noun()} {of} {authority}{when} is in the index{has}")
    return out


def _and_list(items: Sequence[str]) -> str:
    """ "2019", "2019 and 2023", "2015, 2019 and 2023"."""
    return items[0] if len(items) == 1 else f"{', '.join(items[:-1])} and {items[-1]}"


def _across(q: _Question) -> Answer | None:
    """A comparison, ratings or finding-list question answered across councils, if it is one."""
    answer = answer_across(
        q.text,
        q.parsed,
        q.authorities,
        retriever=q.retriever,
        index=q.index,
        embedder=q.embedder,
        settings=q.settings,
    )
    if answer is None:
        return None
    return in_its_words(
        answer,
        q.text,
        q.parsed,
        q.authorities,
        retriever=q.retriever,
        index=q.index,
        embedder=q.embedder,
        settings=q.settings,
        mode=q.mode,
    )


def _scope(q: _Question, passages: Sequence[Passage]) -> Answer | None:
    """What a visit or inspection looked at, in its own statement of it (``assistant/answers/scope.py``)."""
    if wanted_type(q.text) is not None or not asks_scope(q.text):
        return None
    return answer_scope(
        q.text, passages, q.index.documents, furniture=q.index.furniture, authorities=q.authorities
    )


def _extractive(q: _Question, passages: Sequence[Passage]) -> Answer:
    """The passages' best sentences, quoted and cited; or a "not covered" below the threshold."""
    settings = q.settings
    kind = wanted_type(q.text)
    # What inspectors looked at answers only a question asking for that (or for the visit's date).
    wants_visit = kind is not None and (kind != "date" or asks_document_date(q.text))
    method_penalty = METHOD_PENALTY if not wants_visit and not asks_scope(q.text) else 0.0
    scored = score_candidates(
        sentences_of(passages, q.document_text, furniture=q.index.furniture),
        q.parsed.search_text,
        q.embedder,
        weights=settings.answer_weights,
        query_vector=q.retriever.query_vectors(q.parsed.search_text),
        earlier_penalty=earlier_penalty_for(q.text),
        ignore_frame=kind is None,
        method_penalty=method_penalty,
    )
    if kind is not None:
        # A question asking for a number (a date, a person) is answered only
        # by sentences that state one; the others are context, not answers.
        scored = [c for c in scored if states_type(c.text, kind)]
        if not scored:
            what = {"money": "amount of money", "duration": "length of time"}.get(kind, kind)
            answer = q.abstain(f"no passage found states the {what} asked for", passages[:3])
            return dataclasses.replace(answer, gap="topic-not-covered")
    confidence = answer_confidence(scored, method_penalty)
    if scored and answers_from_its_list(q.text, q.authorities, scored[0]):
        confidence = max(confidence, settings.answer_threshold)
    # Without a council, the best of the whole collection's sentences must do better.
    threshold = max(
        settings.answer_threshold,
        settings.answer_threshold if q.authorities else settings.open_answer_threshold,
    )
    if len(q.authorities) == 1 and q.filters is not None and q.filters.period is not None:
        threshold = settings.named_answer_threshold  # one council's inspection or visit, named
    if confidence < threshold:
        abstained = q.abstain("no passage found states it", passages[:3])
        # Asked of the whole collection, or of a council but about no child ("the lift at the
        # town hall"), and no sentence is near: about nothing in it.
        said = names_children(q.text) or about_the_work(q.text) or not content_words(q.parsed.search_text)
        gap = None if q.authorities and said else "off-topic"
        return dataclasses.replace(abstained, confidence=confidence, gap=gap)
    if settings.learned_quotes:  # which of them come first: assistant/answers/quote_order.py
        scored = by_learned_quotes(scored, q.parsed.search_text, q.retriever.data.bm25.idf)
    quotes = select_quotes(
        scored,
        max_quotes=settings.answer_max_quotes,
        relative=settings.answer_relative,
        duplicate=settings.answer_duplicate,
        per_passage=settings.answer_per_passage,
    )
    text, citations = compose(
        quotes,
        chronological=q.parsed.chronological,
        newest_first=q.parsed.latest,
        document_text=q.document_text,
        page_at=q.page_at,
    )
    check_citations(citations, q.document_text)
    return Answer(q.text, text, tuple(citations), True, tuple(passages), q.authorities, confidence=confidence)

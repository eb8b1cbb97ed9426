"""What an inspection or visit found, overall: the document's own summary of itself.

"What did the 2019 inspection of Reading find?", "main findings of Dudley's
December 2019 focused visit?", "what did Ofsted say about Leeds?" name a
document (or a council, whose newest inspection report is then meant) and no
topic. Scoring sentences against such a question finds nothing: its words are
its frame ("find", "inspection", "main findings"), which every sentence lacks,
so the answer fell below the threshold and the assistant said the documents
did not answer a question every report answers on its first page.

Each report and letter opens with its own summary, in a place its layout
fixes (``assistant/answers/summary.py``). So such a question is answered by
rule, as what a visit looked at is (``assistant/answers/scope.py``): the first
sentences of that summary, in the document's order. A question for what needs
to improve, on no topic ("What needs to improve in Leeds?", "what were the
weaknesses at the 2022 inspection of Lambeth?"), is answered by the same
document's own list (``assistant/answers/to_improve.py``); one for its
strengths by the summary's sentences that praise; "When was Stoke last
inspected?" by the newest report's own line of its dates; "Has Croydon
improved?" by each report's summary in order (``assistant/answers/change.py``).
One for what needs to improve on a topic ("What needs to improve for care
leavers in Leeds?", "where is Kent weak on supervision?") is answered by the
same list's items on that topic, else by the document's sentences that find
fault with it (``assistant/answers/topic_list.py``). Every such route comes
after the refusals (no inspection in the year asked, a future year, no
council), and any other question with a topic keeps the sentence scoring.

>>> asks_overview("what did the 2019 inspection of reading find?", "what did inspection of find?")
True
>>> asks_overview("What did it find about care leavers?", "what did it find about care leavers?")
False
"""

from __future__ import annotations

import re
from collections.abc import Collection, Mapping, Sequence
from dataclasses import replace

from assistant.answers.change import answer_change, asks_change
from assistant.answers.cite import quoted_section
from assistant.answers.overview_words import IMPROVEMENT_WORDS, VISIT_ON, corrected, topic_free
from assistant.answers.polarity import asks_improvement, sentence_polarity
from assistant.answers.summary import summary_spans
from assistant.answers.to_improve import list_spans
from assistant.answers.topic_list import topic_spans
from assistant.answers.types import Answer, Citation
from assistant.answers.wanted import wanted_type
from assistant.chunking import Span
from assistant.documents import Document
from assistant.filters import Filters, deciding_day, document_period, is_of_kind, period_doc_ids
from assistant.period_words import Period
from assistant.query import ParsedQuery
from assistant.retrieval import Passage
from assistant.search.store import IndexData

# What asks for findings at all: "find", "say", "main findings", "summarise", "the headline".
_ASKS = re.compile(
    r"\b(?:find|found|findings?|say|said|conclude[sd]?|conclusions?|summar(?:y|ise[sd]?|ize[sd]?|ies)"
    r"|headlines?|overview|gist|take-?aways?|tell\s+me\s+about|sum\s+up|think\s+of|make\s+of)\b",
    re.I,
)
# The strong ones, which also hold when the visit is named by its topic ("the visit on care leavers").
_STRONG = re.compile(
    r"\b(?:summar(?:y|ise|ize)|(?:main|key|headline|overall)\s+(?:findings?|points?|messages?)|headlines?|gist)\b",
    re.I,
)


def asks_overview(question: str, search_text: str) -> bool:
    """Whether ``question`` asks what a document (or a council's newest) found, on no topic.

    ``search_text`` is the question without its councils and dates (``ParsedQuery.search_text``).

    >>> asks_overview("what did ofsted say about leeds?", "what did ofsted say?")
    True
    >>> asks_overview("summarise the focused visit in march 2023 on care leavers please",
    ...               "summarise the focused visit on care leavers please")
    True
    >>> asks_overview("what did ofsted say about its libraries?", "what did ofsted say about its libraries?")
    False
    """
    question = corrected(question)
    if not _ASKS.search(question):
        return False
    if _STRONG.search(question):
        search_text = VISIT_ON.sub(" ", corrected(search_text))
    return topic_free(search_text)


def asks_list(question: str, search_text: str) -> bool:
    """Whether ``question`` asks, on no topic, what a document said needs to improve.

    >>> asks_list("What needs to improve in Leeds?", "What needs to improve?")
    True
    >>> asks_list("what were the weaknesses at the 2022 inspection of Lambeth?",
    ...           "what were the weaknesses at the inspection of?")
    True
    >>> asks_list("What needs to improve for care leavers?", "What needs to improve for care leavers?")
    False
    """
    return _asks_to_improve(question) and topic_free(VISIT_ON.sub(" ", search_text), IMPROVEMENT_WORDS)


def asks_improvement_on_topic(question: str) -> bool:
    """Whether ``question`` (which names a topic: not ``asks_list``) asks what needs to improve
    on it, or where it is weak; not what a council is doing to improve it.

    >>> asks_improvement_on_topic("where is Kent falling short on supervision?")
    True
    >>> asks_improvement_on_topic("What is Kent doing to improve supervision?")
    False
    """
    return _asks_to_improve(question) and not _DOING.search(question)


def _asks_to_improve(question: str) -> bool:
    """Whether ``question`` asks what needs to improve, or for weaknesses, on a topic or none."""
    return bool(asks_improvement(question) or _WEAKNESSES.search(question))


# "What is Kent doing to improve supervision?", "its plans to improve": what is done, not what is needed.
_DOING = re.compile(
    r"\b(?:doing|done|did|plans?|planning|steps|working|work)\s+(?:\w+\s+)?to\s+improve\b", re.I
)
# Weaknesses asked for: "what were the weaknesses at its 2022 inspection?", "where does it fall short?"
_WEAKNESSES = re.compile(
    r"\b(?:weakness(?:es)?|shortcomings|failings|areas?\s+of\s+concern|fall(?:s|ing)?\s+short"
    r"|weak\s+(?:spots?|points?|areas?|on|at|in|around)|do\s+better|room\s+for\s+improvement"
    r"|criticis\w*|criticiz\w*)\b",
    re.I,
)


def asks_strengths(question: str, search_text: str) -> bool:
    """Whether ``question`` asks, on no topic, what a council does well.

    >>> asks_strengths("What are Stoke's strengths?", "What are strengths?")
    True
    >>> asks_strengths("What are the strengths of care leavers services in Stoke?",
    ...                "What are the strengths of care leavers services?")
    False
    """
    return bool(_STRENGTHS.search(question)) and topic_free(search_text, _STRENGTH_WORDS)


_STRENGTHS = re.compile(
    r"\b(?:strengths?|strong\s+points|good\s+at|doing\s+well|working\s+well|went\s+well|positives?|praised?)\b",
    re.I,
)
# fmt: off
_STRENGTH_WORDS = frozenset({
    "strength", "strengths", "strong", "points", "good", "well", "working", "doing", "going",
    "went", "positive", "positives", "praise", "praised", "best", "thing", "things", "main",
    "biggest", "real", "what", "its", "their",
})
# fmt: on


def asks_when(question: str, search_text: str) -> bool:
    """Whether ``question`` asks when a council was (last) inspected or visited, on no topic.

    >>> asks_when("When was Stoke last inspected?", "When was last inspected?")
    True
    >>> asks_when("When did Ofsted last visit Leeds?", "When did Ofsted last visit?")
    True
    >>> asks_when("When did Leeds start its family hubs?", "When did start its family hubs?")
    False
    """
    if not _WHEN.search(question) or _AND_WHAT.search(question):
        return False  # "when did Ofsted visit Leeds and what did it find?": the dates alone are half
    return topic_free(search_text, _WHEN_WORDS)


_AND_WHAT = re.compile(r"\b(?:and|also)\s+(?:what|how|why|did|was|were)\b", re.I)
_WHEN = re.compile(
    r"\bwhen\s+(?:was|were|is|did|does|has|will)\b[^?]*\b(?:inspect\w*|visit\w*)"
    r"|\b(?:date|dates)\s+of\s+(?:the|its|their)\s+(?:last|latest|most\s+recent|next)?\s*(?:inspection|visit)",
    re.I,
)
_WHEN_WORDS = frozenset(
    {"when", "date", "dates", "time", "happen", "happened", "take", "place", "come", "came", "get", "got"}
)
# A report's own line of its dates, and a letter's sentence of its visit's days.
_DATES_LINE = re.compile(
    r"Inspection\s+dates?:?\s*(?:\d{1,2}(?:\s+[A-Z][a-z]+)?(?:\s+\d{4})?\s*(?:to|–|-|and)\s*)?"
    r"\d{1,2}\s+[A-Z][a-z]+\s+\d{4}"
)
_VISIT_SENTENCE = re.compile(
    r"This\s+letter\s+summarises\s+the\s+findings\s+of\b[^.]{10,300}?\bon\s+\d[^.]{3,80}\."
)


def _when_answer(
    question: str,
    years: Collection[int],
    filters: Filters | None,
    authorities: tuple[str, ...],
    index: IndexData,
    passages: Sequence[Passage],
) -> Answer | None:
    """The newest (or named) inspection's or visit's own statement of its dates."""
    # "when did Ofsted last visit Leeds?": an inspection is a visit too; "focused visit" is a letter's
    any_kind = not re.search(r"\b(?:inspect\w*|focused|monitoring|letters?)\b", question, re.I)
    doc = overview_document(
        question, filters, authorities[0], index.documents, years=years, any_kind=any_kind
    )
    if doc is None:
        return None
    period = filters.period if filters is not None else None
    named = bool(years) or (period is not None and (not period.latest or bool(period.end)))
    found = _DATES_LINE.search(doc.text, 0, 4000) or _VISIT_SENTENCE.search(doc.text, 0, 6000)
    if found is None:
        return None
    after = "" if named else ", the most recent in the index"
    text, citations = quoted_section(doc, [Span(found.start(), found.end())], after_label=after)
    return _ruled(
        question, text, citations, passages, authorities, "the document's own statement of its dates"
    )


def overview_document(
    question: str,
    filters: Filters | None,
    authority: str,
    documents: Mapping[str, Document],
    *,
    years: Collection[int] = (),
    any_kind: bool = False,
) -> Document | None:
    """The document asked about: the one the question's period or ``years`` name (of the kind it
    names), else the council's newest inspection report (newest report or letter if ``any_kind``);
    the newest of several."""
    held = [d for d in documents.values() if d.authority == authority and is_of_kind(d, "")]
    period = filters.period if filters is not None else None
    if any_kind and period is not None and period.latest:
        # "its last visit", everyday words: whichever came last (before the year named, if one is)
        period = replace(period, kind="") if period.end else None
    if period is not None and period.start and not period.end and not period.latest:
        # "since May 2021", often "findings from its May 2021 visit" misread: a year named says which
        if not years:
            return None
        period = None
    if period is not None:
        chosen = set(period_doc_ids(period, held, (authority,)))
        if period.latest and period.named:  # "the inspection before its 2022 one": not the one named
            named = set(period_doc_ids(Period(period.named, period.named), held, (authority,)))
            chosen = (chosen - named) or chosen
        held = [d for d in held if d.doc_id in chosen]
    elif years:  # "the 2017 croydon inspection", where the year was read as a preference
        held = [d for d in held if _years_of(d) & set(years)]  # none: the passages (news) answer
    lo, hi = (filters.date_from, filters.date_to) if filters is not None else (None, None)
    if lo or hi:  # "before 2019", "between 2015 and 2019"
        held = [d for d in held if _within(d, lo, hi)]
    lowered = question.lower()
    if any_kind:
        pass
    elif re.search(r"\b(?:visit|letter)s?\b", lowered) and (period is None or not period.kind):
        held = [d for d in held if is_of_kind(d, "visit")] or held
    elif period is None or period.kind in ("", "inspection"):
        held = [d for d in held if is_of_kind(d, "inspection")] or held
    return max(held, key=lambda d: (deciding_day(d), d.doc_id)) if held else None


def _within(doc: Document, lo: str | None, hi: str | None) -> bool:
    """Whether ``doc``'s inspection (or publication) ended within [lo, hi] (ISO prefixes)."""
    end = deciding_day(doc)
    return bool(end) and (not lo or end >= lo) and (not hi or end[: len(hi)] <= hi)


def _years_of(doc: Document) -> set[int]:
    """The years of ``doc``'s inspection or visit, and of its publication."""
    days = [*(document_period(doc) or ()), doc.date or ""]
    return {int(day[:4]) for day in days if day[:4].isdigit()}


def answer_overview(
    question: str,
    doc: Document,
    passages: Sequence[Passage],
    *,
    furniture: Sequence[Span] = (),
    authorities: tuple[str, ...] = (),
) -> Answer | None:
    """``doc``'s summary, quoted and cited; None where no summary is found (the passages answer)."""
    spans = summary_spans(doc, furniture)
    if not spans:
        return None
    text, citations = quoted_section(doc, spans)
    note = "the document's own summary of its findings, from its opening"
    return _ruled(question, text, citations, passages, authorities, note)


def _ruled(
    question: str,
    text: str,
    citations: Sequence[Citation],
    passages: Sequence[Passage],
    authorities: tuple[str, ...],
    note: str,
) -> Answer:
    """An answer read by rule from one document: it stands whatever the question's words score."""
    return Answer(
        question, text, tuple(citations), True, tuple(passages), authorities, notes=(note,), confidence=1.0
    )


def answer_list(
    question: str,
    doc: Document,
    passages: Sequence[Passage],
    *,
    furniture: Sequence[Span] = (),
    authorities: tuple[str, ...] = (),
) -> Answer | None:
    """``doc``'s list of what needs to improve, quoted and cited; None where it has none."""
    heading, spans = list_spans(doc.text, furniture)
    if not spans:
        return None
    text, citations = quoted_section(doc, spans, after_label=f", from “{heading}”")
    return _ruled(
        question, text, citations, passages, authorities, "the document's own list of what needs to improve"
    )


def answer_topic_list(
    question: str,
    search_text: str,
    doc: Document,
    passages: Sequence[Passage],
    *,
    furniture: Sequence[Span] = (),
    authorities: tuple[str, ...] = (),
) -> Answer | None:
    """What ``doc`` says needs to improve on the question's topic (``assistant/answers/topic_list.py``),
    quoted and cited; None where it says nothing (the sentences of every document answer)."""
    said = topic_spans(search_text, doc.text, furniture)
    if said is None:
        return None
    if said.kind == "faults":
        text, citations = quoted_section(doc, said.spans)
        note = "the document's sentences that find fault with the topic, its list naming none"
        return _ruled(question, text, citations, passages, authorities, note)
    text, citations = quoted_section(doc, said.spans, after_label=f", from “{said.heading}”")
    if said.kind == "items":
        note = "the items of the document's own list of what needs to improve that name the topic"
        return _ruled(question, text, citations, passages, authorities, note)
    lead = (
        f"Nothing on {said.topic} is in this document's list of what needs to improve, and none of "
        f"its sentences on {said.topic} finds fault. The list:"
    )
    note = "the document's own list of what needs to improve, which names nothing on the topic"
    return _ruled(question, f"{lead}\n\n{text}", citations, passages, authorities, note)


def answer_strengths(
    question: str,
    doc: Document,
    passages: Sequence[Passage],
    *,
    furniture: Sequence[Span] = (),
    authorities: tuple[str, ...] = (),
) -> Answer | None:
    """The sentences of ``doc``'s summary that praise, quoted and cited; None where none does."""
    praising = [
        s
        for s in summary_spans(doc, furniture, limit=_READ_FOR_STRENGTHS)
        if sentence_polarity(doc.text[s.start : s.end]) > 0
    ][:_STRENGTH_QUOTES]
    if not praising:
        return None
    text, citations = quoted_section(doc, praising)
    return _ruled(question, text, citations, passages, authorities, "the strengths its own summary states")


_READ_FOR_STRENGTHS = 12  # sentences of the summary read for the ones that praise
_STRENGTH_QUOTES = 4


def overview_answer(
    question: str,
    parsed: ParsedQuery,
    filters: Filters | None,
    authorities: tuple[str, ...],
    index: IndexData,
    passages: Sequence[Passage],
) -> Answer | None:
    """The summary of the document a question about one council asks for overall; None when it
    asks something else, or names no document held, or the document's summary is not found."""
    if len(authorities) != 1:
        return None
    years = {*((filters.years or ()) if filters is not None else ()), *parsed.soft_years}
    if asks_when(question, parsed.search_text):
        return _when_answer(question, years, filters, authorities, index, passages)
    if wanted_type(question) is not None:
        return None  # "how many ...", "who ...": a sentence stating it answers
    listing = asks_list(question, parsed.search_text)
    if not listing and asks_change(question, parsed.search_text):
        changed = answer_change(
            question,
            filters,
            authorities[0],
            index.documents,
            passages,
            furniture=index.furniture,
            authorities=authorities,
        )
        if changed is not None:
            return changed
    on_topic = not listing and asks_improvement_on_topic(question)
    strengths = not (listing or on_topic) and asks_strengths(question, parsed.search_text)
    if not (listing or on_topic or strengths or asks_overview(question, parsed.search_text)):
        return None
    doc = overview_document(question, filters, authorities[0], index.documents, years=years)
    if doc is None:
        return None
    furniture = index.furniture(doc.doc_id)
    if on_topic:
        return answer_topic_list(
            question, parsed.search_text, doc, passages, furniture=furniture, authorities=authorities
        )
    if listing:
        return answer_list(question, doc, passages, furniture=furniture, authorities=authorities)
    if strengths:
        return answer_strengths(question, doc, passages, furniture=furniture, authorities=authorities)
    return answer_overview(question, doc, passages, furniture=furniture, authorities=authorities)


__all__ = [
    "answer_list",
    "answer_overview",
    "answer_strengths",
    "asks_improvement_on_topic",
    "asks_list",
    "asks_overview",
    "asks_strengths",
    "asks_when",
    "overview_answer",
    "overview_document",
]

"""Passages -> the sentences that answer a question, scored, chosen and composed.

Pure functions on plain values (passages, document texts, the question):
``sentences_of`` splits the retrieved passages into quotable sentences,
``score_candidates`` scores each against the question (dense similarity plus
lexical overlap, with a little weight for the passage's rank),
``select_quotes`` keeps the best few (a fact
reported by two sources is quoted once, citing both) and ``compose`` groups
the quotes by source with each source's type and date, citing each by its
span (``assistant/answers/cite.py``).
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field

import numpy as np

from assistant.answers.cite import cite_span
from assistant.answers.earlier import earlier_judgement
from assistant.answers.polarity import (
    asks_improvement,
    list_context,
    question_polarity,
    run_in_heading_before,
    section_heading,
    sentence_polarity,
    under_improvement_heading,
)
from assistant.answers.scope import states_frame, states_method
from assistant.answers.types import Citation, source_label
from assistant.chunking import Span, is_heading, split_blocks, split_sentences
from assistant.config import Settings
from assistant.errors import AssistantError
from assistant.furniture import after_furniture, letter_body, quotable_span, within
from assistant.glossary import everyday_spans
from assistant.retrieval import Passage
from assistant.search.dense import Embedder
from assistant.search.sparse import tokenize_query


@dataclass(frozen=True)
class Candidate:
    passage: Passage
    rank: int
    start: int
    end: int
    text: str
    score: float = 0.0
    dense: float = 0.0
    lexical: float = 0.0


# A question asking what needs to improve is answered first from the report's
# own list of it ("What needs to improve?", "Areas for improvement"), not by a
# sentence that shares the word ("practice has improved"): docs/decisions.md.
IMPROVEMENT_LIST_BONUS = 0.3
_IMPROVEMENT_STEMS = frozenset({"improv", "recommend", "need"})

# What the inspectors looked at ("Inspectors looked at the local authority's
# arrangements for care leavers ...") is not what they found: it shares the
# topic words of any question about the visit and outscored the findings
# asked for. It loses this much unless the question asks for the scope.
METHOD_PENALTY = 0.4

_NOT_ANSWERS = re.compile(
    r"^(photo|image|credit|\(credit|picture|more from|comments are closed|read more|"
    r"yours sincerely|dear |tel:?|t \d|textphone|www\.|enquiries@)",
    re.I,
)


# How far before a passage its section's heading is looked for.
_HEADING_REACH = 3000


def sentences_of(
    passages: Sequence[Passage],
    document_text: Callable[[str], str],
    *,
    furniture: Callable[[str], Sequence[Span]] | None = None,
) -> list[Candidate]:
    """Every quotable sentence of the passages, once each (passages overlap).

    ``furniture(doc_id)`` gives a document's furniture spans (the index's
    ``furniture``); a sentence is trimmed of furniture at its ends (a glued
    paragraph number too) and skipped if furniture remains or it is a
    fragment (``assistant/furniture.py``). Nothing above a letter's "Dear ..."
    (its letterhead and the addressee's address) is quoted.
    """
    seen: set[tuple[str, int, int]] = set()
    out = []
    for rank, p in enumerate(passages):
        text = document_text(p.doc_id)
        skip = furniture(p.doc_id) if furniture else ()
        body = letter_body(text)
        if run_in := run_in_heading_before(text[max(0, p.start - _HEADING_REACH) : p.start]):
            p = dataclasses.replace(p, heading=run_in)  # "... histories. Main findings": not the list's
        for block in split_blocks(text[: p.end]):
            if block.end <= max(p.start, body):
                continue
            span = Span(max(block.start, p.start), min(block.end, p.end))
            for whole in split_sentences(text, span):
                s = quotable_span(text, whole, within(skip, whole.start, whole.end))
                if s is None or s.start < body:
                    continue
                key = (p.doc_id, s.start, s.end)
                sentence = text[s.start : s.end]
                if key in seen or not _quotable(sentence):
                    continue
                seen.add(key)
                out.append(Candidate(p, rank, s.start, s.end, sentence))
    return out


def preview_start(
    passage: Passage, document_text: Callable[[str], str], furniture: Callable[[str], Sequence[Span]]
) -> int:
    """Where a passage shown beside a "not covered" starts, from its own start: at its first
    quotable sentence (past a letter's letterhead, address and date lines), else after the
    furniture it opens with."""
    first = sentences_of([passage], document_text, furniture=furniture)
    text = document_text(passage.doc_id)
    at = first[0].start if first else after_furniture(text, passage.start, furniture(passage.doc_id))
    return min(at - passage.start, len(passage.text))


def related_line(passage: Passage, start: int) -> str:
    """A passage shown beside an answer that does not quote it, from ``start`` (``preview_start``):
    "- Ofsted inspection report, inspected ..., published ... (Leeds): Care leavers are ...…"."""
    p = passage
    label = source_label(p.publisher, p.doc_type, p.date, period=(p.inspection_start, p.inspection_end))
    text = " ".join(p.text[start:].split())
    return f"- {label}{f' ({p.authority})' if p.authority else ''}: {text[:200]}…"


_LABELLED = re.compile(r"^[A-Z][\w’' ]{2,40}: \S")  # "Lead inspector: Tom Anthony, ..."
# A line of a table of contents: words, then the page they start on, with no
# full stop ("What the inspection judgements mean: the local authority 24",
# "Summary ........ 3").
# "Overall effectiveness Inadequate Grade 4" is a judgement, not a contents line.
_CONTENTS_LINE = re.compile(r"(?:(?<=[A-Za-z)’'])(?<![Gg]rade) +|\.{3,} *)\d{1,3}$")


# A report's headline verdict, set as a line of its own without a full stop:
# "Services to children and families in Solihull are inadequate".
_VERDICT_LINE = re.compile(
    r"^[A-Z][\w’'&,() -]{3,120}\s(?:are|is|remain|remains)\s+(?:now\s+)?"
    r"(?:inadequate|good|outstanding|requir\w*\s+improvement(?:\s+to\s+be\s+good)?)$"
)


# An email address or a telephone number: contact details, which answer no question.
_CONTACT = re.compile(r"\b[\w.+-]+@[\w-]+\.[\w.]+|\b0\d{3}\s?\d{3}\s?\d{4}\b")


def _quotable(sentence: str) -> bool:
    """A sentence worth quoting: not a caption, sign-off, heading or contents line.

    >>> _quotable("What the inspection judgements mean: the local authority 24")
    False
    >>> _quotable("Caseloads are manageable, at around 18 children for each social worker.")
    True
    >>> bool(_CONTENTS_LINE.search("Quality of provision Inadequate Grade 4"))
    False
    >>> _quotable("Services to children and families in Solihull are inadequate")
    True
    >>> _quotable("To receive a copy, please telephone 0300 123 4234, or email enquiries@ofsted.gov.uk.")
    False
    """
    words = sentence.split()
    stripped = sentence.strip()
    if len(words) < 4 or _NOT_ANSWERS.match(stripped) or _CONTENTS_LINE.search(stripped):
        return False
    if _CONTACT.search(sentence):  # "please telephone 0300 123 4234, or email enquiries@ofsted.gov.uk"
        return False
    return not is_heading(sentence) or bool(_LABELLED.match(sentence) or _VERDICT_LINE.match(stripped))


def is_prose(sentence: str) -> bool:
    """A quotable sentence that is no heading: it ends as a sentence does.

    >>> is_prose("The experiences and progress of care leavers: outstanding")
    False
    >>> is_prose("Care leavers benefit from exceptional support.")
    True
    """
    return _quotable(sentence) and not is_heading(sentence)


# Stems of the words a question uses to name the document it asks about, not what it asks.
FRAME_STEMS = frozenset(
    tokenize_query("according to Ofsted's inspection, focused or monitoring visit, letter, report, published")
)


OTHER_WORDS_SHARE = 0.5
_LONGEST_PHRASE = 6  # words of an everyday phrase credited so


def lexical_overlap(
    query_tokens: set[str], sentence: str, *, said_otherwise: Sequence[tuple[set[str], list[set[str]]]] = ()
) -> float:
    """Share of the query's content words (stemmed) that the sentence has: an everyday phrase's
    words (``said_otherwise``: ``in_report_words``) count ``OTHER_WORDS_SHARE`` each where it
    has the reports' words for them ("sent home from school" in "have experienced a fixed-term
    exclusion"): enough to choose that sentence, not so much that a glossary word taken in
    another sense ("front door" of a house) makes an answer of what was none."""
    if not query_tokens:
        return 0.0
    own = set(tokenize_query(sentence))
    had = query_tokens & own
    otherwise: set[str] = set()
    for words, terms in said_otherwise:
        if any(term <= own for term in terms):
            otherwise |= words - had
    return (len(had) + OTHER_WORDS_SHARE * len(otherwise)) / len(query_tokens)


def in_report_words(query: str, query_tokens: set[str]) -> list[tuple[set[str], list[set[str]]]]:
    """The question's everyday phrases (``glossary.everyday_spans``): each one's words of
    ``query_tokens`` and the reports' words for it, stemmed. A phrase of two words or more: a
    word alone ("kids" for "children") is the plainest of synonyms, which the question's vector
    already reads, and crediting it lifts every sentence about children."""
    out = []
    for start, end, terms in everyday_spans(query):
        words = set(tokenize_query(query[start:end])) & query_tokens
        if not 2 <= len(query[start:end].split()) <= _LONGEST_PHRASE:
            continue  # (a longer span is a trigger's wide gap, whose words it does not translate)
        stems = [t for t in (set(tokenize_query(term)) for term in terms) if t]
        if words and stems:
            out.append((words, stems))
    return out


def score_candidates(
    candidates: Sequence[Candidate],
    query: str,
    embedder: Embedder,
    *,
    weights: Sequence[float],
    query_vector: np.ndarray | None = None,
    earlier_penalty: float = 0.0,
    ignore_frame: bool = False,
    method_penalty: float = 0.0,
) -> list[Candidate]:
    """Candidates scored against the question, best first.

    ``weights`` are ``(dense, lexical, rank, polarity, echo)``:
    ``score = w_d * dense + w_l * lexical + w_r * rank prior
    + w_p * polarity agreement - w_e * echo``. The polarity term is zero
    unless the question asks for weaknesses or strengths; the echo term is
    how much of the sentence only repeats the question's words
    (see ``echo``). A question asking what needs to improve
    (``asks_improvement``) adds ``IMPROVEMENT_LIST_BONUS`` to a sentence
    under such a heading. A sentence reporting an earlier inspection's judgement
    (``earlier_judgement``) loses ``earlier_penalty``: the answer path passes
    ``earlier_penalty_for(question)``, zero when the question asks about an
    earlier inspection or a change. With ``ignore_frame`` the words that only
    name the document asked about ("according to Ofsted's focused visit",
    "the letter", "the inspection": ``FRAME_STEMS``) do not count as overlap,
    so a sentence about the visit itself does not outscore the finding asked for.
    A statement of what the inspectors looked at (``states_method``) loses
    ``method_penalty``: the answer path passes ``METHOD_PENALTY`` unless the
    question asks for a visit's scope, a number, a date or a person.
    Three weights (an index saved before the last two existed) take the
    defaults of ``Settings`` for the others.
    ``query_vector`` is the question's embedding when the search already
    made it (``Retriever.query_vector``), so the model reads only the
    sentences; or several stacked (``Retriever.query_vectors``: the question
    with the glossary's words too), each sentence scored by the nearest.
    """
    if not candidates:
        return []
    w_dense, w_lex, w_rank, w_pol, w_echo = _five(weights)
    if query_vector is None:
        vectors = embedder.encode([query] + [c.text for c in candidates])
        query_vector, vectors = vectors[0], vectors[1:]
    else:
        vectors = embedder.encode([c.text for c in candidates])
    dense = vectors @ query_vector.T
    if dense.ndim == 2:  # the question and its glossary words: the nearer counts
        dense = dense.max(axis=1)
    q_tokens = set(tokenize_query(query))
    if ignore_frame and q_tokens - FRAME_STEMS:
        q_tokens -= FRAME_STEMS
    wanted = question_polarity(query)
    improvement = asks_improvement(query)
    if improvement:  # "improved" does not answer "what needs to improve"; its list does
        q_tokens -= _IMPROVEMENT_STEMS
    said_otherwise = in_report_words(query, q_tokens)
    out = []
    for c, d in zip(candidates, dense, strict=True):
        if method_penalty and states_frame(c.text):
            continue  # "This letter summarises the findings of ..." answers no question of findings
        lex = lexical_overlap(q_tokens, c.text, said_otherwise=said_otherwise)
        prior = 1.0 / (1 + c.rank)
        agree = wanted * candidate_polarity(c) if wanted else 0.0
        score = w_dense * d + w_lex * lex + w_rank * prior + w_pol * agree - w_echo * echo(q_tokens, c.text)
        if earlier_penalty and earlier_judgement(c.text):
            score -= earlier_penalty
        if method_penalty and states_method(c.text):
            score -= method_penalty
        if improvement and in_improvement_list(c):
            score += IMPROVEMENT_LIST_BONUS
        out.append(dataclasses.replace(c, score=float(score), dense=float(d), lexical=lex))
    return sorted(out, key=lambda c: -c.score)


def answer_confidence(scored: Sequence[Candidate], method_penalty: float = 0.0) -> float:
    """How near the best sentence comes to answering, before ``method_penalty``.

    The penalty puts a finding before a statement of what inspectors looked
    at; whether the passages answer at all is judged without it, so that it
    never turns an answer into a refusal.
    """
    return max((c.score + method_penalty * states_method(c.text) for c in scored), default=0.0)


def _five(weights: Sequence[float]) -> tuple[float, float, float, float, float]:
    if len(weights) == 3:
        weights = (*weights, *Settings().answer_weights[3:])
    if len(weights) != 5:
        raise AssistantError(
            f"answer_weights {tuple(weights)!r} has {len(weights)} values; pass five: "
            "(dense, lexical, rank, polarity, echo), e.g. (0.6, 0.4, 0.1, 0.1, 0.2)"
        )
    w = tuple(float(x) for x in weights)
    return w[0], w[1], w[2], w[3], w[4]


def echo(query_tokens: set[str], sentence: str) -> float:
    """How much the sentence only repeats the question: its overlap times its lack of new words.

    >>> q = set(tokenize_query("What did Ofsted say about supervision?"))
    >>> echo(q, "Ofsted looked at supervision.") > echo(q, "Supervision is regular and reflective.")
    True
    """
    own = set(tokenize_query(sentence))
    if not own or not query_tokens:
        return 0.0
    new = len(own - query_tokens) / len(own)
    return lexical_overlap(query_tokens, sentence) * (1.0 - new)


def candidate_polarity(c: Candidate) -> float:
    """The candidate's polarity, reading the headings of its passage before it."""
    return sentence_polarity(c.text, heading=section_heading(_before(c), fallback=c.passage.heading))


def in_improvement_list(c: Candidate) -> bool:
    """Whether ``c`` is an item of its document's list of what needs to improve."""
    return under_improvement_heading(_before(c), fallback=c.passage.heading)


def _before(c: Candidate) -> str:
    return c.passage.text[: max(0, c.start - c.passage.start)]


# --------------------------------------------------------------------------
# Selecting and composing


def near_duplicate(a: Candidate, b: Candidate, threshold: float) -> bool:
    """Whether two sentences state the same thing.

    They do when they share ``threshold`` of their words (Jaccard), when the
    shorter one's words nearly all recur in the longer (a sentence and its
    fuller version), or when they overlap in the same document. Two councils'
    sentences are one quote only in the same words: "This was the first
    inspection of Cumberland ..." is not Westmorland and Furness's sentence.
    """
    if a.passage.doc_id == b.passage.doc_id and a.start < b.end and b.start < a.end:
        return True
    wa, wb = tokenize_query(a.text), tokenize_query(b.text)
    if a.passage.authority != b.passage.authority:
        return wa == wb
    ta, tb = set(wa), set(wb)
    if not ta or not tb:
        return False
    shared = len(ta & tb)
    return shared / len(ta | tb) >= threshold or (
        min(len(ta), len(tb)) >= 5 and shared / min(len(ta), len(tb)) >= 0.9
    )


@dataclass
class Quote:
    best: Candidate
    also: list[Candidate] = field(default_factory=list)  # the same fact in other sources


def select_quotes(
    scored: Sequence[Candidate],
    *,
    max_quotes: int,
    relative: float,
    duplicate: float,
    per_passage: int | None = None,
) -> list[Quote]:
    """The first sentences of ``scored`` within ``relative`` of the best score, near-duplicates merged.

    ``scored`` is in the order to quote from: by score, or by the learned
    order (``quote_order.by_learned_quotes``), which keeps each sentence's score
    for this floor. A near-duplicate becomes one quote citing each source.

    With ``per_passage``, a passage's sentences after its best ``per_passage``
    are passed over, so the quotes reach other passages.
    """
    if not scored:
        return []
    floor = max(c.score for c in scored) * relative
    quotes: list[Quote] = []
    taken: dict[str, int] = {}
    for c in scored:
        if c.score < floor:
            continue
        seen = taken.get(c.passage.chunk_id, 0)
        taken[c.passage.chunk_id] = seen + 1
        if per_passage is not None and seen >= per_passage:
            continue
        twin = next((q for q in quotes if near_duplicate(q.best, c, duplicate)), None)
        if twin is not None:
            if c.passage.doc_id != twin.best.passage.doc_id and all(
                a.passage.doc_id != c.passage.doc_id for a in twin.also
            ):
                twin.also.append(c)
            continue
        if len(quotes) < max_quotes:
            quotes.append(Quote(c))
    return quotes


def compose(
    quotes: Sequence[Quote],
    *,
    chronological: bool,
    newest_first: bool,
    document_text: Callable[[str], str],
    page_at: Callable[[str, int], int],
) -> tuple[str, list[Citation]]:
    """Markdown grouped by source, each quote followed by its [n] markers."""
    groups: dict[str, list[Quote]] = {}
    for q in quotes:
        groups.setdefault(q.best.passage.doc_id, []).append(q)
    order = list(groups)
    if chronological or newest_first:
        order.sort(key=lambda d: groups[d][0].best.passage.date or "", reverse=newest_first)
    citations: list[Citation] = []
    lines = []
    for doc_id in order:
        items = sorted(groups[doc_id], key=lambda q: q.best.start)
        p = items[0].best.passage
        label = source_label(p.publisher, p.doc_type, p.date)
        where = f" ({p.authority})" if p.authority else ""
        parts = []
        for q in items:
            markers = []
            for c in [q.best, *q.also]:
                citations.append(_cite(c, len(citations) + 1, document_text, page_at))
                markers.append(f"[{len(citations)}]")
            context = citations[-1 - len(q.also)].context
            under = f"from “{context}”: " if context else ""
            parts.append(f"{under}“{q.best.text}” {''.join(markers)}")
        lines.append(f"**{label}**{where}: " + " ".join(parts))
    return "\n\n".join(lines), citations


def _cite(
    c: Candidate, n: int, document_text: Callable[[str], str], page_at: Callable[[str, int], int]
) -> Citation:
    doc_id = c.passage.doc_id
    text = document_text(doc_id)
    cited = cite_span(c.passage, n, c.start, c.end, text=text, page=page_at(doc_id, c.start))
    context = list_context(text, c.start)
    return dataclasses.replace(cited, context=context) if context else cited

"""Passages -> ``Answer``: the documents' own sentences, each with its citation.

The extractive answerer needs no language model. It splits the retrieved
passages into sentences, scores each against the question (dense similarity
plus lexical overlap, with a little weight for the passage's rank), keeps the
best few, quotes a fact reported by two sources once while citing both, and
groups the quotes by source with each source's type and date. Every quote is
a slice of its document's text, checked before it is returned:
``document_text(c.doc_id)[c.start:c.end] == c.quote``.

When the best sentence scores below ``Settings.answer_threshold`` (chosen
on the eval questions by ``evals/calibrate.py``), or the question names a
council with no documents, the answer says the documents do not cover it and
lists the closest passages as possibly related.
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Callable, Sequence
from dataclasses import asdict, dataclass, field
from typing import Any

from assistant.authorities import outside_england
from assistant.chunking import Span, is_heading, split_blocks, split_sentences
from assistant.dates import format_date
from assistant.documents import Document
from assistant.filters import Filters, infer_filters
from assistant.query import ParsedQuery, parse_query
from assistant.retrieval import Passage, validate_query
from assistant.search.sparse import tokenize_query


@dataclass(frozen=True)
class Citation:
    """One quoted span: the document's exact words and where they are."""

    n: int
    doc_id: str
    title: str
    quote: str
    start: int
    end: int
    page: int
    date: str | None
    doc_type: str
    authority: str | None
    source: str
    publisher: str | None = None

    def label(self) -> str:
        """'Ofsted monitoring visit letter, January 2022'-style source label."""
        return source_label(self.publisher, self.doc_type, self.date)


@dataclass(frozen=True)
class Table:
    """Rows behind an answer from the judgement tables, for the chat to show.

    Cells are plain text; a "Source" cell holds the row's [n] markers.
    """

    columns: tuple[str, ...]
    rows: tuple[tuple[str, ...], ...]
    caption: str = ""


@dataclass(frozen=True)
class Answer:
    """An answer made of quotes, with their citations and the passages used."""

    question: str
    text: str
    citations: tuple[Citation, ...]
    answered: bool
    passages: tuple[Passage, ...] = ()
    authorities: tuple[str, ...] = ()
    notes: tuple[str, ...] = ()
    kind: str = "extractive"  # or "generated", "judgements"
    # The best sentence's score; compared with Settings.answer_threshold.
    confidence: float = 0.0
    table: Table | None = None

    def to_dict(self) -> dict[str, Any]:
        d = asdict(self)
        d["citations"] = [asdict(c) for c in self.citations]
        d["passages"] = [asdict(p) for p in self.passages]
        return d

    def plain_text(self) -> str:
        """The answer and its numbered sources, ready to paste into a report."""
        body = re.sub(r"\*\*(.+?)\*\*", r"\1", self.text)
        lines = [body, ""]
        if self.citations:
            lines.append("Sources:")
            for c in self.citations:
                lines.append(
                    f"[{c.n}] {c.title}. {c.label()}. {format_date(c.date)}, page {c.page}. {c.source}"
                )
        return "\n".join(lines).rstrip() + "\n"


# --------------------------------------------------------------------------
# Labels


def source_label(publisher: str | None, doc_type: str, date: str | None) -> str:
    """'Ofsted monitoring visit letter, January 2022'."""
    kind = doc_type or "document"
    if publisher and not kind.lower().startswith(publisher.lower()):
        kind = f"{publisher} {kind}"
    when = format_date(date)
    if date and len(date.split("-")) == 3:  # month and year read better in an answer
        when = format_date(date[:7])
    return f"{kind[0].upper()}{kind[1:]}, {when}"


# --------------------------------------------------------------------------
# Sentence candidates and scoring


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


_NOT_ANSWERS = re.compile(
    r"^(photo|image|credit|\(credit|picture|more from|comments are closed|read more|"
    r"yours sincerely|dear |tel:?|t \d|textphone|www\.|enquiries@)",
    re.I,
)


def sentences_of(passages: Sequence[Passage], document_text: Any) -> list[Candidate]:
    """Every quotable sentence of the passages, once each (passages overlap)."""
    seen: set[tuple[str, int, int]] = set()
    out = []
    for rank, p in enumerate(passages):
        text = document_text(p.doc_id)
        for block in split_blocks(text[: p.end]):
            if block.end <= p.start:
                continue
            span = Span(max(block.start, p.start), min(block.end, p.end))
            for s in split_sentences(text, span):
                key = (p.doc_id, s.start, s.end)
                sentence = text[s.start : s.end]
                if key in seen or not _quotable(sentence):
                    continue
                seen.add(key)
                out.append(Candidate(p, rank, s.start, s.end, sentence))
    return out


_LABELLED = re.compile(r"^[A-Z][\w’' ]{2,40}: \S")  # "Lead inspector: Tom Anthony, ..."


def _quotable(sentence: str) -> bool:
    words = sentence.split()
    if len(words) < 4 or _NOT_ANSWERS.match(sentence.strip()):
        return False
    return not is_heading(sentence) or bool(_LABELLED.match(sentence))


def lexical_overlap(query_tokens: set[str], sentence: str) -> float:
    """Share of the query's content words (stemmed) that the sentence has."""
    if not query_tokens:
        return 0.0
    return len(query_tokens & set(tokenize_query(sentence))) / len(query_tokens)


def score_candidates(
    candidates: Sequence[Candidate], query: str, embedder: Any, *, weights: tuple[float, float, float]
) -> list[Candidate]:
    """Candidates with ``score = w_d * dense + w_l * lexical + w_r * rank prior``."""
    if not candidates:
        return []
    vectors = embedder.encode([query] + [c.text for c in candidates])
    dense = vectors[1:] @ vectors[0]
    q_tokens = set(tokenize_query(query))
    w_dense, w_lex, w_rank = weights
    out = []
    for c, d in zip(candidates, dense, strict=True):
        lex = lexical_overlap(q_tokens, c.text)
        prior = 1.0 / (1 + c.rank)
        out.append(
            Candidate(
                c.passage,
                c.rank,
                c.start,
                c.end,
                c.text,
                float(w_dense * d + w_lex * lex + w_rank * prior),
                float(d),
                lex,
            )
        )
    return sorted(out, key=lambda c: -c.score)


# --------------------------------------------------------------------------
# What kind of answer the question wants

_NUMBER_WORDS = (
    r"one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|"
    r"thirty|forty|fifty|hundred|thousand|million|half|quarter|third|dozen"
)
_WANTS = {
    "number": (
        re.compile(
            r"\b(how (many|much)|number of|average|percentage|proportion|how high|"
            r"what (share|amount|figure)|what (was|is) the (share|figure|amount))\b",
            re.I,
        ),
        re.compile(rf"\d|£|%|\b({_NUMBER_WORDS})\b", re.I),
    ),
    "date": (
        re.compile(r"\b(when|what (date|year|month)|how long ago)\b", re.I),
        re.compile(
            r"\b(19|20)\d\d\b|\b(january|february|march|april|may|june|july|august|september|"
            r"october|november|december|spring|summer|autumn|winter|week|month|year|day|since|"
            r"first day|before|after)\b",
            re.I,
        ),
    ),
    "person": (
        re.compile(
            r"\bwho (was|is|were) the (lead |new |interim |permanent )?(inspector|director|chair|"
            r"commissioner|leader|cabinet member|dcs)|\bname of the (director|inspector|lead|chair|"
            r"commissioner)|\bwho led\b",
            re.I,
        ),
        re.compile(r"(?!)"),  # see _names_a_person
    ),
}
_NOT_NAMES = frozenset(
    [
        "Ofsted",
        "Council",
        "Councils",
        "Children",
        "Children's",
        "Children’s",
        "Services",
        "Service",
        "Social",
        "Care",
        "Community",
        "England",
        "Department",
        "Education",
        "City",
        "County",
        "Local",
        "Authority",
        "Her",
        "His",
        "Majesty",
        "Majesty's",
        "Majesty’s",
        "Inspector",
        "Inspectors",
        "The",
        "This",
        "That",
        "These",
        "A",
        "An",
        "In",
        "On",
        "At",
        "For",
        "From",
        "With",
        "Since",
        "When",
        "While",
        "After",
        "Before",
        "It",
        "Its",
        "Our",
        "Their",
        "Safeguarding",
        "Board",
        "Partnership",
        "Trust",
        "Team",
        "Front",
        "Door",
        "Director",
        "Directors",
        "Government",
        "Association",
        "Work",
        "Family",
        "Families",
        "Early",
        "Help",
        "Court",
        "Police",
        "Health",
        "NHS",
        "Mr",
        "Mrs",
        "Ms",
        "Dr",
        "January",
        "February",
        "March",
        "April",
        "May",
        "June",
        "July",
        "August",
        "September",
        "October",
        "November",
        "December",
        "Monday",
        "Tuesday",
        "Wednesday",
        "Thursday",
        "Friday",
    ]
)


def _names_a_person(sentence: str) -> bool:
    """Whether the sentence holds a capitalised name that is not a place or body."""
    from assistant.authorities import GAZETTEER

    places = {w for m in GAZETTEER.find(sentence) for w in sentence[m.start : m.end].split()}
    for m in re.finditer(r"\b([A-Z][a-z]+(?:-[A-Z][a-z]+)?) ([A-Z][a-z]+(?:-[A-Z][a-z]+)?)\b", sentence):
        words = {m.group(1), m.group(2)}
        if not words & (_NOT_NAMES | places):
            return True
    return False


def wanted_type(question: str) -> str | None:
    """'number', 'date' or 'person' when the question asks for one.

    >>> wanted_type("How many social workers were recruited?"), wanted_type("What did Ofsted say?")
    ('number', None)
    """
    for kind, (asks, _) in _WANTS.items():
        if asks.search(question):
            return kind
    return None


def states_type(sentence: str, kind: str) -> bool:
    """Whether ``sentence`` states a value of the kind asked for."""
    if kind == "person":
        return _names_a_person(sentence)
    return bool(_WANTS[kind][1].search(sentence))


# --------------------------------------------------------------------------
# Selecting and composing


def _jaccard(a: str, b: str) -> float:
    ta, tb = set(tokenize_query(a)), set(tokenize_query(b))
    return len(ta & tb) / len(ta | tb) if ta and tb else 0.0


@dataclass
class _Quote:
    best: Candidate
    also: list[Candidate] = field(default_factory=list)  # the same fact in other sources


def select_quotes(
    scored: Sequence[Candidate], *, max_quotes: int, relative: float, duplicate: float
) -> list[_Quote]:
    """The best sentences, near-duplicates merged into one quote citing each source."""
    if not scored:
        return []
    floor = scored[0].score * relative
    quotes: list[_Quote] = []
    for c in scored:
        if c.score < floor:
            break
        twin = next((q for q in quotes if _jaccard(q.best.text, c.text) >= duplicate), None)
        if twin is not None:
            if c.passage.doc_id != twin.best.passage.doc_id and all(
                a.passage.doc_id != c.passage.doc_id for a in twin.also
            ):
                twin.also.append(c)
            continue
        if len(quotes) < max_quotes:
            quotes.append(_Quote(c))
    return quotes


def compose(
    quotes: Sequence[_Quote],
    *,
    chronological: bool,
    newest_first: bool,
    page_at: Callable[[str, int], int],
) -> tuple[str, list[Citation]]:
    """Markdown grouped by source, each quote followed by its [n] markers."""
    groups: dict[str, list[_Quote]] = {}
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
                citations.append(_citation(len(citations) + 1, c, page_at(c.passage.doc_id, c.start)))
                markers.append(f"[{len(citations)}]")
            parts.append(f"“{q.best.text}” {''.join(markers)}")
        lines.append(f"**{label}**{where}: " + " ".join(parts))
    return "\n\n".join(lines), citations


def _citation(n: int, c: Candidate, page: int) -> Citation:
    p = c.passage
    return Citation(
        n=n,
        doc_id=p.doc_id,
        title=p.title,
        quote=c.text,
        start=c.start,
        end=c.end,
        page=page,
        date=p.date,
        doc_type=p.doc_type,
        authority=p.authority,
        source=p.source,
        publisher=p.publisher,
    )


def abstention_text(parsed: ParsedQuery, reason: str, related: Sequence[Passage]) -> str:
    lines = [f"The indexed documents do not answer this: {reason}."]
    if related:
        lines.append("")
        lines.append("Possibly related passages:")
        for p in related:
            text = " ".join(p.text.split())
            lines.append(
                f"- {source_label(p.publisher, p.doc_type, p.date)}"
                f"{f' ({p.authority})' if p.authority else ''}: {text[:200]}…"
            )
    return "\n".join(lines)


# --------------------------------------------------------------------------
# The whole question -> answer path


def previous_questions(history: Sequence[Any] | None) -> list[str]:
    """The user's earlier questions, oldest first, from either history form."""
    out = []
    for turn in history or ():
        if isinstance(turn, str):
            out.append(turn)
        elif isinstance(turn, dict) and turn.get("role") == "user" and isinstance(turn.get("content"), str):
            out.append(turn["content"])
        elif isinstance(turn, (list, tuple)) and turn and isinstance(turn[0], str):
            out.append(turn[0])  # (user, assistant) pairs
    return out


def with_history(parsed: ParsedQuery, history: Sequence[Any] | None) -> ParsedQuery:
    """A follow-up completed from the conversation: council and topic carry over.

    >>> from assistant.query import parse_query
    >>> q = with_history(parse_query("and what about in 2021?"),
    ...                  ["What did Ofsted say about Stoke's caseloads?"])
    >>> q.authorities, q.search_text, q.date_from
    (('Stoke-on-Trent',), 'What did Ofsted say about caseloads?', '2021')
    """
    earlier = [parse_query(q) for q in previous_questions(history)]
    if not earlier:
        return parsed
    changes: dict[str, Any] = {}
    if not parsed.authorities:
        inherited = next((q.authorities for q in reversed(earlier) if q.authorities), ())
        if inherited:
            changes["authorities"] = inherited
    if not tokenize_query(parsed.search_text, stem=False) or _is_bare_follow_up(parsed.search_text):
        topic = next((q.search_text for q in reversed(earlier) if tokenize_query(q.search_text)), None)
        if topic:
            changes["search_text"] = topic
    return dataclasses.replace(parsed, **changes) if changes else parsed


_FOLLOW_UP = re.compile(
    r"^\W*(and|but|so|what|how)?\W*(about|of)?\W*(then|now|there|that|it|this)?\W*$", re.I
)


def _is_bare_follow_up(text: str) -> bool:
    return bool(_FOLLOW_UP.match(text))


def answer_question(
    assistant: Any,
    question: str,
    *,
    history: Sequence[Any] | None = None,
    filters: Filters | dict[str, Any] | None = None,
    mode: str | None = None,
) -> Answer:
    """See ``Assistant.ask``."""
    settings = assistant.settings
    question = validate_query(question)
    parsed = with_history(parse_query(question), history)
    f = infer_filters(parsed, Filters.coerce(filters))
    authorities = tuple(f.authorities()) if f is not None else ()
    elsewhere = outside_england(question)
    if elsewhere and not authorities:
        related = assistant.search(parsed.search_text, k=3, mode=mode, infer=False)
        reason = (
            f"{' and '.join(elsewhere)} is not an English local authority; Ofsted inspects "
            "children's services in England only"
        )
        return _abstain(question, parsed, reason, related, ())
    judged = _from_judgements(assistant, question, parsed, authorities)
    if judged is not None:
        return judged
    known = {c.authority for c in assistant.index.chunks}
    missing = [a for a in authorities if a not in known]
    if authorities and len(missing) == len(authorities):
        related = assistant.search(parsed.search_text, k=3, mode=mode, infer=False)
        names = " or ".join(missing)
        return _abstain(question, parsed, f"no indexed document is about {names}", related, authorities)
    passages = assistant.search(
        parsed.search_text,
        k=min(settings.answer_passages, len(assistant.index.chunks)),
        mode=mode,
        filters=f,
        infer=False,
        prefer_years=parsed.soft_years,
    )
    if not passages:
        related = assistant.search(parsed.search_text, k=3, mode=mode, infer=False)
        return _abstain(
            question,
            parsed,
            "no indexed passage matches the council and dates asked about",
            related,
            authorities,
        )
    scored = score_candidates(
        sentences_of(passages, assistant.document_text),
        parsed.search_text,
        assistant.embedder,
        weights=settings.answer_weights,
    )
    kind = wanted_type(question)
    if kind is not None:
        # A question asking for a number (a date, a person) is answered only
        # by sentences that state one; the others are context, not answers.
        scored = [c for c in scored if states_type(c.text, kind)]
        if not scored:
            return _abstain(
                question, parsed, f"no passage found states the {kind} asked for", passages[:3], authorities
            )
    confidence = scored[0].score if scored else 0.0
    if confidence < settings.answer_threshold:
        return dataclasses.replace(
            _abstain(question, parsed, "no passage found states it", passages[:3], authorities),
            confidence=confidence,
        )
    quotes = select_quotes(
        scored,
        max_quotes=settings.answer_max_quotes,
        relative=settings.answer_relative,
        duplicate=settings.answer_duplicate,
    )
    text, citations = compose(
        quotes,
        chronological=parsed.chronological,
        newest_first=parsed.latest,
        page_at=lambda doc_id, offset: assistant.document(doc_id).page_at(offset),
    )
    check_citations(citations, assistant.document_text)
    extractive = Answer(
        question, text, tuple(citations), True, tuple(passages), authorities, confidence=confidence
    )
    # A configured model (assistant/generate.py; off by default) may write the
    # answer from the same passages: its quotations are checked against them,
    # and on any failure this answer comes back with a "generator failed" note.
    # Imported here because generate.py imports this module.
    from assistant.generate import maybe_generate

    return maybe_generate(
        extractive,
        settings=settings,
        document_text=assistant.document_text,
        page_at=lambda doc_id, offset: assistant.document(doc_id).page_at(offset),
        earlier=previous_questions(history)[-3:],
    )


def _from_judgements(
    assistant: Any, question: str, parsed: ParsedQuery, authorities: tuple[str, ...]
) -> Answer | None:
    """A ratings question answered from the reports' judgement tables, if it is one."""
    # Imported here: judgement_questions builds on this module's types.
    from assistant.judgement_questions import answer_from_judgements, classify, inspections_in

    q = classify(question, parsed, authorities)
    if q is None:
        return None

    def cite(doc_id: str, n: int, start: int, end: int) -> Citation:
        return citation_for(assistant.document(doc_id), n, start, end)

    answer = answer_from_judgements(question, q, inspections_in(assistant.index), cite)
    if answer is not None:
        check_citations(answer.citations, assistant.document_text)
    return answer


def citation_for(doc: Document, n: int, start: int, end: int) -> Citation:
    """Citation ``n`` of ``doc.text[start:end]``."""
    return Citation(
        n=n,
        doc_id=doc.doc_id,
        title=doc.title,
        quote=doc.text[start:end],
        start=start,
        end=end,
        page=doc.page_at(start),
        date=doc.date,
        doc_type=doc.doc_type,
        authority=doc.authorities[0] if doc.authorities else None,
        source=doc.source,
        publisher=doc.publisher,
    )


def check_citations(citations: Sequence[Citation], document_text: Callable[[str], str]) -> None:
    """The invariant, checked on every answer: each quote is its document's text at its span."""
    for c in citations:
        if document_text(c.doc_id)[c.start : c.end] != c.quote:
            raise AssertionError(f"citation [{c.n}] does not match {c.doc_id}[{c.start}:{c.end}]")


def _abstain(
    question: str,
    parsed: ParsedQuery,
    reason: str,
    related: Sequence[Passage],
    authorities: tuple[str, ...],
) -> Answer:
    return Answer(
        question,
        abstention_text(parsed, reason, related),
        (),
        False,
        tuple(related),
        authorities,
        notes=(reason,),
    )

"""Which councils had a focused or monitoring visit: the visit letters in the index, listed.

"Which councils had a focused visit in 2023?", "How many focused visits
looked at care leavers since 2024?", "List Ofsted's monitoring visits in
2019". The question asks for the visits themselves, not for what they found
(that is a finding list, ``finding_scan.py``): each row is one letter, its
council, the visit's dates and its publication, and quotes the letter's own
statement of what the visit looked at (``scope_spans``), else the sentence
that names the visit. A topic ("that looked at care leavers") keeps the
visits whose statement names it, word for word.

>>> asks_visit_list("Which councils had a focused visit in 2023?")
True
>>> asks_visit_list("What did the focused visit to Leeds find?")
False
>>> asks_visit_list("Which councils were praised in focused visits for their front door?")
False
>>> asks_visit_list("Which areas did Ofsted's December 2018 focused visit to Redcar examine?")
False
>>> asks_visit_list("What areas for priority action came out of the focused visit to Southampton?")
False
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import replace

from assistant.answers.cite import citation_for
from assistant.answers.grade_periods import in_period, when
from assistant.answers.grade_questions import FINDING_VERBS, JudgementQuestion
from assistant.answers.grades import visit
from assistant.answers.scope import asks_scope, scope_spans
from assistant.answers.types import Answer, Citation, Record, Table
from assistant.chunking import Span
from assistant.dates import format_date
from assistant.documents import Document
from assistant.filters import is_of_kind
from assistant.judgements import Inspection
from assistant.query import ParsedQuery
from assistant.years import date_basis

# A list or count of councils or visits, and a visit asked about.
_WHICH = re.compile(
    r"^\W*(?:(?:in|during|since)\s+[\w\s]{1,20}?,\s*)?"
    r"(?:which|what|how\s+many|list|name|show(?:\s+me)?)\s+(?:all\s+)?(?:of\s+)?(?:the\s+)?"
    r"(?:[\w'’]+\s+){0,2}?(?:councils|local\s+authorities|authorities|LAs|places|visits|letters)\b"
    r"|^\W*where\s+did\s+(?:ofsted|inspectors)\s+(?:make|carry\s+out|do|hold)\b",
    re.I,
)
_VISIT = re.compile(r"\b(?:(?P<kind>focused|monitoring)\s+)?visit(?:s|ed)?\b", re.I)
# The words of such a question that are no topic: its frame, period and kind.
_FRAME = re.compile(
    r"\b(?:which|what|how|many|list|name|show|me|all|the|a|an|any|of|by|for|were|was|is|are|there|"
    r"councils?|local|authorit(?:y|ies)|LAs?|areas?|places?|had|have|has|got|received?|did|do|does|"
    r"ofsted['’]?s?|inspectors?|make|made|carr(?:y|ied)|out|held|hold|take|took|place|"
    r"focused|monitoring|visits?|visited|letters?|in|during|since|after|before|between|from|to|and|"
    r"on|about|into|looking|looked|look|at|that|focus(?:ed|ing)?|year|years|children['’]?s?|"
    r"services|social|care\s+services|published|ended|where|newest|latest|most|recent|oldest|first|"
    r"date|order|chronological\w*|(?:19|20)\d\d|january|february|march|"
    r"april|may|june|july|august|september|october|november|december)\b",
    re.I,
)


def asks_visit_list(question: str) -> bool:
    """Whether ``question`` asks which councils had a visit (or how many), not what one found."""
    if FINDING_VERBS.search(question) or asks_scope(question) or not _WHICH.search(question):
        return False
    return bool(_VISIT.search(question))


def visit_topic(question: str, authorities: Sequence[str]) -> list[str]:
    """The words the visits asked about must have looked at ("care leavers"), if any."""
    text = question
    for name in authorities:
        text = re.sub(re.escape(name), " ", text, flags=re.I)
    return [w.lower() for w in re.findall(r"[A-Za-z][\w-]+", _FRAME.sub(" ", text)) if len(w) > 2]


def _looked_at(words: Sequence[str], statement: str) -> bool:
    """Whether every topic word stands in ``statement`` (its stem: "leavers" finds "leaver")."""
    low = statement.lower()
    return all(re.search(rf"\b{re.escape(w[: max(4, len(w) - 2)])}", low) for w in words)


def visit_records(documents: Sequence[Document], kind: str) -> list[Inspection]:
    """The visit letters of ``kind`` ("focused visit", "monitoring visit", "visit") as records."""
    out = []
    for doc in documents:
        if not is_of_kind(doc, kind) or not doc.authority:
            continue
        start, end = doc.extra.get("inspection_start"), doc.extra.get("inspection_end")
        out.append(
            Inspection(
                doc.doc_id,
                doc.authority,
                doc.doc_type,
                start if isinstance(start, str) else None,
                end if isinstance(end, str) else None,
                doc.date,
                (),
                None,
                (),
            )
        )
    return out


def answer_visit_list(
    question: str,
    parsed: ParsedQuery,
    authorities: Sequence[str],
    documents: dict[str, Document],
    furniture: Callable[[str], Sequence[Span]],
) -> Answer:
    """The visit letters in the period, of the kind and on the topic asked, each quoted."""
    m = _VISIT.search(question)
    kind = f"{m.group('kind').lower()} visit" if m and m.group("kind") else "visit"
    asked = JudgementQuestion(
        "list",
        authorities=tuple(authorities),
        years=parsed.years or parsed.soft_years,
        date_from=parsed.date_from,
        date_to=parsed.date_to,
        date_basis=date_basis(question),
        count=bool(re.match(r"^\W*how\s+many\b", question, re.I)),
    )
    if parsed.period is not None and (parsed.period.start or parsed.period.end):
        asked = replace(asked, years=(), date_from=parsed.period.start, date_to=parsed.period.end)
    topic = visit_topic(question, authorities)
    visits = [
        v
        for v in visit_records(list(documents.values()), kind)
        if (not authorities or v.council in authorities) and in_period(v, asked)
    ]
    citations: list[Citation] = []
    rows, lines, records = [], [], []
    for v in _ordered(question, visits):
        doc = documents[v.doc_id]
        span = _statement(doc, furniture(doc.doc_id))
        if span is None or (topic and not _looked_at(topic, doc.text[span.start : span.end])):
            continue
        c = citation_for(doc, len(citations) + 1, span.start, span.end)
        citations.append(c)
        quote = " ".join(c.quote.split())
        published = format_date(v.published) if v.published else "not stated"
        rows.append((v.council, visit(v), published, quote, f"[{c.n}]"))
        records.append(
            Record(v.council, v.inspection_start, v.inspection_end, v.published, quote, c.page, doc.url)
        )
        lines.append(f"- **{v.council}**, visit {visit(v)} (published {published}): “{quote}” [{c.n}]")
    title = _title(kind, topic, asked)
    councils = len({r[0] for r in rows})
    count = f"{len(rows)} letter{'s' if len(rows) != 1 else ''}"
    if not rows:
        text = f"No council had {title}, in the index."
        return _answer(question, text, (), None, authorities, answered=False)
    first = f"{councils} council{'s' if councils != 1 else ''} had {title}, in the index ({count}):"
    table = Table(
        ("Council", "Visit", "Published", "What the visit looked at", "Source"),
        tuple(rows),
        caption=f"Councils that had {title}, in the index ({count})",
        records=tuple(records),
    )
    return _answer(question, first + "\n\n" + "\n".join(lines), tuple(citations), table, authorities)


# "in date order", "newest first": by the visit's date, as asked; else by council.
_BY_DATE = re.compile(
    r"\b(?:by|in)\s+(?:date|time)\b|\bdate\s+order\b|\bchronolog\w*|\boldest\s+first\b", re.I
)
_NEWEST_FIRST = re.compile(r"\b(?:newest|latest|most\s+recent)\s+first\b", re.I)


def _ordered(question: str, visits: Sequence[Inspection]) -> list[Inspection]:
    if _NEWEST_FIRST.search(question):
        return sorted(visits, key=when, reverse=True)
    if _BY_DATE.search(question):
        return sorted(visits, key=when)
    return sorted(visits, key=lambda v: (v.council, when(v)))


def _statement(doc: Document, furniture: Sequence[Span]) -> Span | None:
    """The letter's first statement of what the visit looked at, else its sentence naming the visit."""
    opening = doc.page_starts[2] if len(doc.page_starts) > 2 else len(doc.text)
    spans = scope_spans(doc.text, end=opening, furniture=furniture)
    if spans:
        return spans[0]
    m = re.search(r"This letter summarises the findings of[^.]{10,300}\.", doc.text[:opening])
    return Span(m.start(), m.end()) if m else None


def _title(kind: str, topic: Sequence[str], asked: JudgementQuestion) -> str:
    """ "a focused visit that looked at care leavers and ended in 2023"."""
    what = "a focused or monitoring visit" if kind == "visit" else f"a {kind}"
    parts = []
    if topic:
        parts.append(f"looked at {' '.join(topic)}")
    period = ""
    if asked.years:
        period = "in " + " or ".join(str(y) for y in asked.years)
    elif asked.date_from and asked.date_from == asked.date_to:
        period = f"in {format_date(asked.date_from)}"
    elif asked.date_from and asked.date_to:
        period = f"between {format_date(asked.date_from)} and {format_date(asked.date_to)}"
    elif asked.date_from:
        period = f"in {format_date(asked.date_from)} or later"
    elif asked.date_to:
        period = f"in {format_date(asked.date_to)} or earlier"
    if period:
        verb = "was published" if asked.date_basis == "published" else "ended"
        parts.append(f"{verb} {period}")
    return f"{what} that {' and '.join(parts)}" if parts else what


def _answer(
    question: str,
    text: str,
    citations: tuple[Citation, ...],
    table: Table | None,
    authorities: Sequence[str],
    *,
    answered: bool = True,
) -> Answer:
    return Answer(
        question,
        text,
        citations,
        answered,
        authorities=tuple(authorities),
        notes=("listed from the visit letters in the index; visits without a letter in it are not covered",),
        kind="visits",
        confidence=1.0 if answered else 0.0,
        table=table,
    )

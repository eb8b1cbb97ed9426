"""How a council changed between its inspections: each report's own summary, in order.

"Has Croydon improved?", "How has Bradford changed since 2018?", "has stoke
got better since its 2019 inspection?" ask, on no topic, how the services
moved from one inspection to the next. Scoring sentences against them quotes
whatever says "improved" or "changed", from whichever reports rank first
(Croydon's 2017 and 2020 reports, not its 2024 one). Each report's summary
says how it found the services, and usually how they moved since the last
inspection ("Services for children and families in Ealing have deteriorated
since the last inspection in 2016"); read in order, they answer.

The reports read: from the inspection in the year the question names (or the
first after it) to the newest, at most ``REPORTS``; without a year, the newest
two. Each gives the first ``PER_REPORT`` sentences of its summary
(``assistant/answers/summary.py``).

>>> asks_change("Has Croydon improved?", "Has improved?")
True
>>> asks_change("Has Croydon improved its care leavers' housing?", "Has improved its care leavers housing?")
False
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping, Sequence

from assistant.answers.cite import quoted_section
from assistant.answers.overview_words import topic_free
from assistant.answers.summary import summary_spans
from assistant.answers.types import Answer, Citation
from assistant.chunking import Span
from assistant.documents import Document
from assistant.filters import Filters, deciding_day, is_of_kind
from assistant.retrieval import Passage

REPORTS = 4
PER_REPORT = 2

_CHANGE = re.compile(
    r"\b(?:improv\w*|chang\w*|better|worse|progress\w*|deteriorat\w*|declin\w*|turn\w*\s+(?:it\s+|things\s+)?"
    r"a?round|moved\s+on|come\s+on|came\s+on|gone\s+(?:up|down)|went\s+(?:up|down)|slipp\w*)\b",
    re.I,
)
# The words of such a question beside the frame.
# fmt: off
_CHANGE_WORDS = frozenset(
    {"improve", "improved", "improving", "improvement", "improvements", "change", "changed", "changes",
     "changing", "better", "worse", "progress", "progressed", "deteriorated", "deteriorate", "declined",
     "decline", "turned", "turn", "around", "round", "moved", "come", "came", "gone", "went", "got",
     "get", "getting", "since", "over", "years", "time", "things", "up", "down", "slipped", "made",
     "any", "much", "really", "actually", "still", "at", "all"}
)
# fmt: on


def asks_change(question: str, search_text: str) -> bool:
    """Whether ``question`` asks how a council's services moved between inspections, on no topic."""
    return bool(_CHANGE.search(question)) and topic_free(search_text, _CHANGE_WORDS)


def answer_change(
    question: str,
    filters: Filters | None,
    authority: str,
    documents: Mapping[str, Document],
    passages: Sequence[Passage],
    *,
    furniture: Callable[[str], Sequence[Span]],
    authorities: tuple[str, ...] = (),
) -> Answer | None:
    """The summaries of the council's reports from the year asked about to the newest, oldest
    first; None with fewer than two reports (one report's summary alone is no change)."""
    reports = _reports(question, filters, authority, documents)
    if len(reports) < 2:
        return None
    sections: list[str] = []
    citations: list[Citation] = []
    for doc in reports:
        spans = summary_spans(doc, furniture(doc.doc_id))[:PER_REPORT]
        if not spans:
            continue
        section, cited = quoted_section(doc, spans, first=len(citations) + 1)
        citations.extend(cited)
        sections.append(section)
    if len(sections) < 2:
        return None
    return Answer(
        question,
        "\n\n".join(sections),
        tuple(citations),
        True,
        tuple(passages),
        authorities,
        notes=("each inspection report's own summary, oldest first",),
        confidence=1.0,
    )


def _reports(
    question: str, filters: Filters | None, authority: str, documents: Mapping[str, Document]
) -> list[Document]:
    """The council's inspection reports, oldest first, from the year named (or the newest two)."""
    held = sorted(
        (d for d in documents.values() if d.authority == authority and is_of_kind(d, "inspection")),
        key=lambda d: (deciding_day(d), d.doc_id),
    )
    year = _first_year(question, filters)
    if year is None:
        return held[-2:]
    ends = [deciding_day(d) for d in held]
    first = next((i for i, end in enumerate(ends) if end[:4] >= str(year)), len(held))
    return held[first:][-REPORTS:] if first < len(held) else []


def _first_year(question: str, filters: Filters | None) -> int | None:
    """The year the change is asked from: "since 2018", "since its 2019 inspection"."""
    if filters is not None and filters.date_from:
        return int(filters.date_from[:4])
    if filters is not None and filters.period is not None and filters.period.start:
        return int(filters.period.start[:4])
    found = re.search(r"\b(?:19|20)\d\d\b", question)
    return int(found.group()) if found else None


__all__ = ["PER_REPORT", "REPORTS", "answer_change", "asks_change"]

"""Finding lists that list nobody: the passages of the reports read that come nearest the question.

A finding list lists a report only where one of its sentences states the
finding in the question's words or the reports' own
(``assistant/answers/findings.py``). When no report does, the reports may
still say it in words the reader does not know ("morale is high" for "staff
in good spirits"), and "0 councils" alone would read as "none". So the
answer shows, after its count, the passages of the reports it read that
hybrid search ranks nearest the question, as a "not covered" answer shows
its related passages: for the reader to judge, not counted as councils that
state it (no citation, no table row).
"""

from __future__ import annotations

import dataclasses
from collections.abc import Collection

import numpy as np

from assistant.answers.extract import preview_start
from assistant.answers.types import Answer, source_label
from assistant.retrieval import Passage, Retriever
from assistant.search.store import IndexData

NEAREST = 3  # passages shown beside a list that lists nobody
HEADING = "Nearest passages in the reports read, none of which the list counts:"


def with_nearest(
    answer: Answer, *, retriever: Retriever, index: IndexData, query: str, doc_ids: Collection[str]
) -> Answer:
    """``answer`` with the passages of ``doc_ids`` nearest ``query`` shown after its text."""
    allowed = np.fromiter((c.doc_id in doc_ids for c in index.chunks), dtype=bool, count=len(index.chunks))
    ranked = retriever.rank(query, k=NEAREST, mode=retriever.check_mode(None), allowed=allowed)
    passages = [retriever.passage(i, score) for i, score in ranked]
    if not passages:
        return answer
    lines = [HEADING, *(_line(p, index) for p in passages)]
    return dataclasses.replace(answer, text=f"{answer.text}\n\n" + "\n".join(lines), passages=tuple(passages))


def _line(p: Passage, index: IndexData) -> str:
    start = preview_start(p, lambda doc_id: index.documents[doc_id].text, index.furniture)
    label = source_label(p.publisher, p.doc_type, p.date, period=(p.inspection_start, p.inspection_end))
    return f"- {label}{f' ({p.authority})' if p.authority else ''}: {' '.join(p.text[start:].split())[:200]}…"


__all__ = ["HEADING", "NEAREST", "with_nearest"]

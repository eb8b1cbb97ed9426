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
import functools
from collections.abc import Collection

import numpy as np

from assistant.answers.extract import preview_start, related_line
from assistant.answers.types import Answer
from assistant.retrieval import Retriever
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
    start = functools.partial(
        preview_start, document_text=lambda d: index.documents[d].text, furniture=index.furniture
    )
    lines = [HEADING, *(related_line(p, start(p)) for p in passages)]
    return dataclasses.replace(answer, text=f"{answer.text}\n\n" + "\n".join(lines), passages=tuple(passages))


__all__ = ["HEADING", "NEAREST", "with_nearest"]

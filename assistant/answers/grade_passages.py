"""A search for one council's grade finds the report's judgement table first.

"How did Ofsted judge services for care leavers in Halton at its 2024
inspection?" is answered from the report's judgement table (``grades``),
but a search for it ranks the report's prose on care leavers first: the
table's rows ("The experiences and progress of care leavers Good") share
few words with any question. When a question asks one council's grade
(a lookup: an area's grade, the best or weakest area, the overall
judgement), the passages that hold what the answer cites (the rows, and
the report's sentence on the area where it has one) come first in a
search, before the rest in their order.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Sequence

from assistant.answers.across import answer_grades, route
from assistant.answers.grades import classify
from assistant.filters import infer_filters
from assistant.query import parse_query
from assistant.retrieval import Passage, Retriever


def judgement_passages(question: str, retriever: Retriever) -> list[Passage]:
    """The passages holding what the judgement tables answer ``question`` with; [] for any other."""
    index = retriever.data
    parsed = parse_query(question)
    f = infer_filters(parsed, None)
    authorities = tuple(f.authorities()) if f is not None else ()
    if not authorities or route(question, parsed, authorities) != "grades":
        return []
    asked = classify(question, parsed, authorities)
    if asked is None or asked.intent != "lookup":
        return []
    answer = answer_grades(question, parsed, authorities, index)
    out: dict[str, Passage] = {}
    for c in answer.citations if answer is not None else ():
        held = retriever.passage_at(c.doc_id, c.start)
        if held is not None:
            out.setdefault(held.chunk_id, held)
    return list(out.values())


def grade_rows_first(question: str, found: Sequence[Passage], retriever: Retriever, k: int) -> list[Passage]:
    """``found`` with the passages of a grade question's judgement rows first, ``k`` at most."""
    rows = judgement_passages(question, retriever)
    return lead_with(rows, found, k)


def lead_with(first: Sequence[Passage], found: Sequence[Passage], k: int) -> list[Passage]:
    """``first``, scored as the best of ``found``, then the rest of ``found``: ``k`` at most."""
    if not first:
        return list(found)
    top = max((p.score for p in found), default=1.0)
    ids = {p.chunk_id for p in first}
    led = [dataclasses.replace(p, score=top) for p in first]
    return (led + [p for p in found if p.chunk_id not in ids])[:k]

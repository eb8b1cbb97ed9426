"""Questions across councils: which answer path a question takes, by what it asks.

- a comparison of two to five named councils ("Compare Devon and Cornwall
  on care leavers"): ``assistant/answers/compare.py``;
- a grade, a count of grades or a change of grade ("How many councils were
  rated inadequate in 2019?"): the judgement tables,
  ``assistant/answers/grades.py``;
- a list or count of councils whose documents state a finding ("Which
  councils were criticised for high caseloads since 2023?"):
  ``assistant/answers/finding_scan.py``;
- which councils had a focused or monitoring visit ("Which councils had a
  focused visit in 2023?"): the visit letters, ``assistant/answers/visit_list.py``.

Anything else (None here) is answered from retrieved passages. A findings
question is never turned into a grade table: ``classify`` gives None for it.
"""

from __future__ import annotations

from collections.abc import Sequence

from assistant.answers.cite import check_citations, citation_for
from assistant.answers.compare import Comparer, is_comparison
from assistant.answers.finding_clause import is_finding_list
from assistant.answers.finding_scan import FindingScan
from assistant.answers.grades import answer_from_judgements, classify, inspections_in
from assistant.answers.in_words import area_sentence, table_end
from assistant.answers.types import Answer, Citation
from assistant.answers.visit_list import answer_visit_list, asks_visit_list
from assistant.config import Settings
from assistant.judgements import Inspection, Judgement
from assistant.query import ParsedQuery
from assistant.retrieval import Retriever
from assistant.search.dense import Embedder
from assistant.search.store import IndexData


def route(question: str, parsed: ParsedQuery, authorities: Sequence[str]) -> str:
    """The path ``question`` takes: "compare", "grades", "visits", "findings" or "passages".

    "grades" falls back to the passages when no indexed report is about the
    council asked about (``answer_across`` then gives None).

    >>> from assistant.query import parse_query
    >>> q = "Which councils were criticised for high caseloads since 2023?"
    >>> route(q, parse_query(q), ())
    'findings'
    >>> q = "How many councils were rated good for care leavers in 2023?"
    >>> route(q, parse_query(q), ())
    'grades'
    """
    if is_comparison(question, authorities):
        return "compare"
    if classify(question, parsed, authorities) is not None:
        return "grades"
    if not authorities and asks_visit_list(question):
        return "visits"  # one council's visits are told by its letters ("the fifth monitoring visit")
    if is_finding_list(question, authorities):
        return "findings"
    return "passages"


def answer_across(
    question: str,
    parsed: ParsedQuery,
    authorities: Sequence[str],
    *,
    retriever: Retriever,
    index: IndexData,
    embedder: Embedder,
    settings: Settings,
) -> Answer | None:
    """The answer of a comparison, grade or finding-list question; None for any other question."""
    documents = index.documents
    path = route(question, parsed, authorities)
    answer: Answer | None = None
    if path == "compare":
        comparer = Comparer(
            retriever=retriever,
            index=index,
            embedder=embedder,
            settings=settings,
            inspections=inspections_in(index),
        )
        answer = comparer.answer(question, parsed, authorities)
    elif path == "grades":
        answer = answer_grades(question, parsed, authorities, index)
    elif path == "visits":
        answer = answer_visit_list(question, parsed, authorities, documents, index.furniture)
    elif path == "findings":
        answer = FindingScan(retriever=retriever, index=index, embedder=embedder).answer(question, parsed)
    if answer is not None:
        check_citations(answer.citations, lambda doc_id: documents[doc_id].text)
    return answer


def answer_grades(
    question: str, parsed: ParsedQuery, authorities: Sequence[str], index: IndexData
) -> Answer | None:
    """The answer of a grade question from the judgement tables (None if it asks none, or no
    indexed report is about the council asked about)."""
    asked = classify(question, parsed, authorities)
    if asked is None:
        return None
    documents = index.documents

    def cite(doc_id: str, n: int, start: int, end: int) -> Citation:
        return citation_for(documents[doc_id], n, start, end)

    def words_for(inspection: Inspection, judgement: Judgement) -> tuple[int, int] | None:
        span = area_sentence(
            documents[inspection.doc_id].text,
            judgement,
            after=table_end(inspection),
            furniture=index.furniture(inspection.doc_id),
        )
        return (span.start, span.end) if span is not None else None

    return answer_from_judgements(
        question,
        asked,
        inspections_in(index),
        cite,
        url_of=lambda doc_id: documents[doc_id].url,
        words_for=words_for,
    )

"""A question asking what needs to improve reads the report's own list of it.

"What did Ofsted tell Hammersmith to improve after its March 2024
inspection?" shares its words with every sentence that says "improved" or
"improvements", so the search's top passages are those, and the list under
"What needs to improve?" (an ILACS report's), "Areas for improvement" (a
focused visit's) or "Recommendations" (an older report's) is often not among
them. When a question asks what needs to improve, the passages of the top
document that hold such a heading, or run on under one, join the passages
the answer reads, after them; ``score_candidates`` then prefers their items
(``IMPROVEMENT_LIST_BONUS``). Nothing is added for another question, and
only the first document's lists: the one the answer is about. Such a
list's item answers the council it is about however few words it shares
with the question (``answers_from_its_list``): it stands at the answer
threshold.

A search for such a question about one council (``Assistant.search``) puts
those passages first, as a grade question's search puts the judgement rows
first (``grade_passages.py``): the list is what the question asks for.
"""

from __future__ import annotations

from collections.abc import Sequence

from assistant.answers.extract import Candidate, in_improvement_list
from assistant.answers.grade_passages import lead_with
from assistant.answers.polarity import asks_improvement, improvement_headings, is_improvement_heading
from assistant.query import parse_query
from assistant.retrieval import Passage, Retriever

LIST_PASSAGES = 3  # the heading's passage and the ones its list runs on into


def with_improvement_lists(question: str, passages: Sequence[Passage], retriever: Retriever) -> list[Passage]:
    """``passages``, then the first document's "What needs to improve" passages when the question asks it."""
    out = list(passages)
    if not out or not asks_improvement(question):
        return out
    seen = {p.chunk_id for p in out}
    lists = [p for p in retriever.passages_of(out[0].doc_id) if p.chunk_id not in seen and _holds_list(p)]
    return out + lists[:LIST_PASSAGES]


def improvement_lists_first(
    question: str, found: Sequence[Passage], retriever: Retriever, k: int
) -> list[Passage]:
    """``found`` with its first document's "What needs to improve" passages first, ``k`` at most,
    when the question asks a council it names what needs to improve (the first document is that
    council's; another may be named in passing: "my sister works in Trafford, but ..."); else
    ``found`` as it is."""
    if not found or not asks_improvement(question):
        return list(found)
    if found[0].authority not in parse_query(question).authorities:
        return list(found)
    lists = [p for p in retriever.passages_of(found[0].doc_id) if _holds_list(p)][:LIST_PASSAGES]
    return lead_with(lists, found, k)


def _holds_list(p: Passage) -> bool:
    """Whether a passage has an improvement heading, or starts under one."""
    return is_improvement_heading(p.heading) or bool(improvement_headings(p.text))


def answers_from_its_list(question: str, authorities: Sequence[str], best: Candidate) -> bool:
    """Whether ``question`` asks a council what it must improve and ``best`` (the best sentence) is
    an item of that council's own list of it: the report's answer, however few words it shares
    with the asking ("Was there anything they still needed to work on?")."""
    return best.passage.authority in authorities and asks_improvement(question) and in_improvement_list(best)

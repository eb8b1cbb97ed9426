"""What every search backend shares: the filter it receives, the protocol it meets.

A backend ranks chunk rows (positions in ``IndexData.chunks``) for a query;
the passages are made from the project's own build, so
``document_text(doc_id)[start:end] == passage.text`` holds whichever
backend ranked them. The backends: ``embedded`` (``assistant/search/embedded.py``,
BM25 and faiss in this process) and ``milvus`` (``assistant/search/milvus.py``);
``assistant/search/registry.py`` opens the one a build was made for.

A filter reaches a backend in two equivalent forms: ``where`` (the resolved
conditions, which Milvus turns into a boolean expression) and ``allowed``
(the same conditions as a boolean mask over chunks, for in-process search).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Protocol

import numpy as np

# progress(stage, done, total): what a long build reports as it goes.
Progress = Callable[[str, int, int], None]
# The query's embedding, computed only if a backend asks for it: one vector,
# or several rows (the question, then the question in the reports' words)
# of which a chunk's best cosine counts (``fusion.best_of``).
QueryVector = Callable[[str], np.ndarray]


@dataclass(frozen=True)
class Where:
    """Which chunks a search may return, in the index's own values; ``None``: no condition.

    Conditions are joined with AND. ``authorities`` are official council
    names, ``doc_types`` the index's spelling, ``date_from``/``date_to``
    full ISO dates (inclusive), and each set in ``years`` must share a year
    with the document's years. ``assistant.filters.resolve`` makes one from
    the ``Filters`` a caller gives.
    """

    authorities: tuple[str, ...] | None = None
    doc_types: tuple[str, ...] | None = None
    date_from: str | None = None
    date_to: str | None = None
    years: tuple[frozenset[int], ...] = ()
    doc_ids: tuple[str, ...] | None = None


class SearchBackend(Protocol):
    """Ranks chunk rows for a query; ``[(row, score), ...]``, best first, at most ``k``.

    Scores are comparable within one result list only; results of two
    backends are compared (and fused) by rank, never by score.
    """

    name: str

    def rank(
        self,
        query: str,
        vector: QueryVector,
        *,
        k: int,
        mode: str,
        where: Where | None,
        allowed: np.ndarray | None,
    ) -> list[tuple[int, float]]: ...


__all__ = ["Progress", "QueryVector", "SearchBackend", "Where"]

"""Where the search runs: one small protocol, two backends, chosen by ``Settings.backend``.

``embedded`` (the default) ranks with the BM25 matrix and faiss index of the
build, in this process. ``milvus`` (``assistant/search/milvus_backend.py``)
runs the same query inside Milvus. Either way the documents and chunks stay
in the project's own build: a backend returns chunk row ids (positions in
``IndexData.chunks``) and scores, and the passages are made from the build,
so ``document_text(doc_id)[start:end] == passage.text`` holds on both.

A filter reaches a backend in two equivalent forms: ``where`` (the resolved
conditions, which Milvus turns into a boolean expression) and ``allowed``
(the same conditions as a boolean mask over chunks, for in-process search).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any, Protocol

import numpy as np

from assistant.config import BACKENDS, Settings
from assistant.errors import IndexMismatchError, SearchBackendError
from assistant.search.fusion import rrf
from assistant.search.sparse import tokenize_query

if TYPE_CHECKING:
    from assistant.search.store import IndexData

Progress = Callable[[str, int, int], None]
QueryVector = Callable[[str], np.ndarray]


@dataclass(frozen=True)
class Where:
    """Which chunks a search may return, in the index's own values; ``None``: no condition.

    Conditions are joined with AND. ``authorities`` are official council
    names, ``doc_types`` the index's spelling, ``date_from``/``date_to``
    full ISO dates (inclusive), and each set in ``years`` must share a year
    with the document's years.
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


class EmbeddedBackend:
    """BM25 (scipy) and dense (faiss) in this process, fused with weighted RRF."""

    name = "embedded"

    def __init__(self, data: IndexData, settings: Settings) -> None:
        self.data = data
        self.settings = settings

    def rank(
        self,
        query: str,
        vector: QueryVector,
        *,
        k: int,
        mode: str,
        where: Where | None,
        allowed: np.ndarray | None,
    ) -> list[tuple[int, float]]:
        s = self.settings
        n = max(k, s.fusion_candidates) if mode == "hybrid" else k
        lists: list[tuple[np.ndarray, np.ndarray]] = []
        if mode in ("bm25", "hybrid"):
            tokens = tokenize_query(query, stem=s.stemming)
            lists.append(self.data.bm25.top_k(tokens, n, allowed=allowed))
        if mode in ("dense", "hybrid"):
            lists.append(self.data.dense.top_k(vector(query), n, allowed=allowed))
        if mode != "hybrid":
            ids, scores = lists[0]
            return [(int(i), float(sc)) for i, sc in zip(ids[:k], scores[:k], strict=True)]
        fused = rrf(
            [[int(i) for i in ids] for ids, _ in lists],
            weights=[s.bm25_weight, s.dense_weight],
            k=s.rrf_k,
        )
        return fused[:k]


def check_backend_name(name: str) -> str:
    if name not in BACKENDS:
        raise SearchBackendError(f"unknown backend {name!r}; use one of {', '.join(BACKENDS)}")
    return name


def save_index(
    data: IndexData, index_dir: str | Path, *, settings: Settings, progress: Progress | None = None
) -> Path:
    """Write ``data`` as the new build (and, for Milvus, its collection); return the build folder.

    With Milvus the collection is filled first and the build is made current
    only after it holds every chunk: a failed insertion leaves the previous
    build (and its collection) in use.
    """
    from assistant.search import store

    if check_backend_name(settings.backend) == "embedded":
        data.manifest.pop("backend", None)
        return store.save(data, index_dir)
    from assistant.search import milvus_backend

    return milvus_backend.save(data, index_dir, settings=settings, progress=progress)


def backend_matches(manifest: dict[str, Any], settings: Settings, index_dir: str | Path) -> bool:
    """Whether the build described by ``manifest`` was made for ``settings``' backend (and URI)."""
    built = manifest.get("backend") or {"name": "embedded"}
    if check_backend_name(settings.backend) != built.get("name"):
        return False
    if settings.backend == "embedded":
        return True
    from assistant.search import milvus_backend

    return bool(built.get("uri") == milvus_backend.resolve_uri(settings.milvus_uri, index_dir))


def open_backend(data: IndexData, settings: Settings) -> SearchBackend:
    """The backend the build was made for, as its manifest records it."""
    built = data.manifest.get("backend") or {"name": "embedded"}
    name = built.get("name")
    if name == "embedded":
        return EmbeddedBackend(data, settings)
    if name == "milvus":
        from assistant.search import milvus_backend

        docs_of_year: dict[int, set[str]] = {}
        for doc in data.documents.values():
            for year in doc.years:
                docs_of_year.setdefault(year, set()).add(doc.doc_id)
        return milvus_backend.MilvusBackend.open(
            built["uri"],
            built["collection"],
            settings=settings,
            rows=len(data.chunks),
            docs_of_year=docs_of_year,
        )
    raise IndexMismatchError(
        f"{data.path / 'manifest.json'} names the backend {name!r}, which this program does not know; "
        "rebuild the index with `assistant index`"
    )


__all__ = [
    "EmbeddedBackend",
    "SearchBackend",
    "Where",
    "backend_matches",
    "open_backend",
    "save_index",
]

"""Query (+ filters) -> ranked ``Passage``s, by BM25, dense or both fused.

Filters are applied before ranking, inside each retriever (a boolean mask
over chunks), so a filtered search returns the best passages that pass the
filter rather than the few of an unfiltered top-k that happen to.
"""

from __future__ import annotations

import dataclasses
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

import numpy as np

from assistant.authorities import GAZETTEER
from assistant.config import MODES, Settings
from assistant.errors import InvalidQueryError, UnknownAuthorityError
from assistant.query import ParsedQuery, parse_query
from assistant.search.dense import DenseIndex, Embedder
from assistant.search.fusion import rrf
from assistant.search.sparse import BM25Index, tokenize_query
from assistant.search.store import IndexData

MAX_QUERY_CHARS = 2_000


@dataclass(frozen=True)
class Passage:
    """A retrieved span of a document, with everything needed to cite it.

    ``document_text(doc_id)[start:end] == text`` always holds.
    """

    doc_id: str
    title: str
    text: str
    start: int
    end: int
    score: float
    page: int
    date: str | None
    doc_type: str
    authority: str | None
    source: str
    publisher: str | None = None
    page_end: int | None = None
    heading: str = ""
    chunk_index: int = 0

    @property
    def chunk_id(self) -> str:
        return f"{self.doc_id}#{self.chunk_index}"


@dataclass(frozen=True)
class Filters:
    """Which passages a search may return; every field is optional.

    ``authority`` takes any known form of a council's name ("Stoke"); dates
    are ISO prefixes ("2019", "2019-03", "2019-03-18") compared with the
    document's date, inclusive.
    """

    authority: str | Sequence[str] | None = None
    doc_type: str | Sequence[str] | None = None
    date_from: str | None = None
    date_to: str | None = None
    doc_ids: Sequence[str] | None = None
    years: Sequence[int] | None = None

    @classmethod
    def coerce(cls, value: Filters | dict[str, Any] | None) -> Filters | None:
        if value is None or isinstance(value, Filters):
            return value
        if isinstance(value, dict):
            unknown = set(value) - {"authority", "doc_type", "date_from", "date_to", "doc_ids", "years"}
            if unknown:
                raise InvalidQueryError(
                    f"unknown filter {sorted(unknown)[0]!r}; use authority, doc_type, "
                    "date_from, date_to, years or doc_ids"
                )
            return cls(**value)
        raise InvalidQueryError(f"filters must be a Filters or a dict, not {type(value).__name__}")

    def authorities(self) -> list[str]:
        """The official names of the councils asked for."""
        if self.authority is None:
            return []
        names = [self.authority] if isinstance(self.authority, str) else list(self.authority)
        out = []
        for name in names:
            official = GAZETTEER.resolve(name)
            if official is None:
                raise UnknownAuthorityError(
                    f"{name!r} is not an English local authority this assistant knows; "
                    "use a council's name such as 'Stoke-on-Trent' (see `assistant councils`)"
                )
            out.append(official)
        return out

    def is_empty(self) -> bool:
        return all(
            v is None
            for v in (self.authority, self.doc_type, self.date_from, self.date_to, self.doc_ids, self.years)
        )


def infer_filters(parsed: ParsedQuery, filters: Filters | None) -> Filters | None:
    """``filters`` completed with the councils and years the question names.

    What the caller set explicitly wins over what the question implies.
    """
    f = filters or Filters()
    changes: dict[str, Any] = {}
    if f.authority is None and parsed.authorities:
        changes["authority"] = list(parsed.authorities)
    explicit_dates = f.date_from is not None or f.date_to is not None or f.years is not None
    if not explicit_dates and (parsed.date_from or parsed.date_to):
        changes["date_from"], changes["date_to"] = parsed.date_from, parsed.date_to
    if not explicit_dates and parsed.years:
        changes["years"] = list(parsed.years)
    if not changes:
        return filters
    return dataclasses.replace(f, **changes)


def validate_query(query: object) -> str:
    """The query, cleaned of control characters; raise if it cannot be searched."""
    if not isinstance(query, str):
        raise InvalidQueryError(f"the query must be text, not {type(query).__name__}")
    cleaned = "".join(ch if unicodedata.category(ch)[0] != "C" else " " for ch in query).strip()
    if not cleaned:
        raise InvalidQueryError("the query is empty; ask a question or give search words")
    if len(cleaned) > MAX_QUERY_CHARS:
        raise InvalidQueryError(
            f"the query is {len(cleaned):,} characters long; the limit is {MAX_QUERY_CHARS:,}: "
            "shorten it to the question itself"
        )
    return cleaned


def _date_key(value: str | None, *, upper: bool = False) -> str:
    """Pad an ISO prefix so that string comparison orders dates."""
    if not value:
        return ""
    pad = "9999-12-31" if upper else "0000-01-01"
    return value + pad[len(value) :]


class Retriever:
    """Search over one loaded index."""

    def __init__(self, data: IndexData, embedder: Embedder, settings: Settings) -> None:
        self.data = data
        self.embedder = embedder
        self.settings = settings
        self.chunks = data.chunks
        docs = data.documents
        self._authority = np.array([c.authority or "" for c in self.chunks], dtype=object)
        self._doc_type = np.array([docs[c.doc_id].doc_type for c in self.chunks], dtype=object)
        self._date = np.array([_date_key(docs[c.doc_id].date) for c in self.chunks], dtype=object)
        self._doc_id = np.array([c.doc_id for c in self.chunks], dtype=object)
        self._years = [docs[c.doc_id].years for c in self.chunks]
        self._vectors: dict[str, np.ndarray] = {}

    @property
    def bm25(self) -> BM25Index:
        return self.data.bm25

    @property
    def dense(self) -> DenseIndex:
        return self.data.dense

    def mask(self, filters: Filters | None) -> np.ndarray | None:
        """Boolean mask of chunks that pass ``filters`` (None: all pass)."""
        if filters is None or filters.is_empty():
            return None
        keep = np.ones(len(self.chunks), dtype=bool)
        authorities = filters.authorities()
        if authorities:
            keep &= np.isin(self._authority, authorities)
        if filters.doc_type:
            types = [filters.doc_type] if isinstance(filters.doc_type, str) else list(filters.doc_type)
            keep &= np.isin(self._doc_type, types)
        if filters.date_from:
            lo = _date_key(filters.date_from)
            keep &= np.array([d != "" and d >= lo for d in self._date], dtype=bool)
        if filters.date_to:
            hi = _date_key(filters.date_to, upper=True)
            keep &= np.array([d != "" and d <= hi for d in self._date], dtype=bool)
        if filters.years:
            wanted = set(filters.years)
            keep &= np.fromiter((bool(y & wanted) for y in self._years), dtype=bool, count=len(keep))
        if filters.doc_ids is not None:
            keep &= np.isin(self._doc_id, list(filters.doc_ids))
        return keep

    def search(
        self,
        query: str,
        *,
        k: int = 5,
        mode: str | None = None,
        filters: Filters | dict[str, Any] | None = None,
        infer: bool = True,
        prefer_years: Sequence[int] = (),
    ) -> list[Passage]:
        """The ``k`` best passages for ``query``; see ``Assistant.search``."""
        query = validate_query(query)
        mode = mode or self.settings.mode
        if mode not in MODES:
            raise InvalidQueryError(f"unknown mode {mode!r}; use one of {', '.join(MODES)}")
        if isinstance(k, bool) or not isinstance(k, int) or k < 1:
            raise InvalidQueryError(f"k must be a whole number of at least 1, not {k!r}")
        if k > len(self.chunks):
            raise InvalidQueryError(
                f"k of {k} is larger than the {len(self.chunks)} passages in the index; pass a smaller k"
            )
        filters = Filters.coerce(filters)
        if infer:
            parsed = parse_query(query)
            filters = infer_filters(parsed, filters)
            query = parsed.search_text
            prefer_years = (*prefer_years, *parsed.soft_years)
        allowed = self.mask(filters)
        ranked = self.rank(query, k=k, mode=mode, allowed=allowed)
        if prefer_years and ranked:
            ranked = self._prefer(query, ranked, k=k, mode=mode, allowed=allowed, years=prefer_years)
        return [self.passage(i, score) for i, score in ranked]

    def _prefer(
        self,
        query: str,
        ranked: list[tuple[int, float]],
        *,
        k: int,
        mode: str,
        allowed: np.ndarray | None,
        years: Sequence[int],
    ) -> list[tuple[int, float]]:
        """Favour passages of documents about ``years`` without excluding others.

        The same search restricted to those documents is fused (RRF) with the
        unrestricted one, so a passage in both lists rises.
        """
        wanted = set(years)
        about = np.fromiter((bool(y & wanted) for y in self._years), dtype=bool, count=len(self.chunks))
        if allowed is not None:
            about &= allowed
        if not about.any():
            return ranked
        favoured = self.rank(query, k=k, mode=mode, allowed=about)
        fused = rrf([[i for i, _ in ranked], [i for i, _ in favoured]], k=self.settings.rrf_k)
        return fused[:k]

    def rank(
        self, query: str, *, k: int, mode: str, allowed: np.ndarray | None = None
    ) -> list[tuple[int, float]]:
        """Chunk indices and scores, best first."""
        if allowed is not None and not allowed.any():
            return []
        n = max(k, self.settings.fusion_candidates) if mode == "hybrid" else k
        lists: list[tuple[np.ndarray, np.ndarray]] = []
        if mode in ("bm25", "hybrid"):
            tokens = tokenize_query(query, stem=self.settings.stemming)
            lists.append(self.bm25.top_k(tokens, n, allowed=allowed))
        if mode in ("dense", "hybrid"):
            lists.append(self.dense.top_k(self._query_vector(query), n, allowed=allowed))
        if mode != "hybrid":
            ids, scores = lists[0]
            return [(int(i), float(s)) for i, s in zip(ids[:k], scores[:k], strict=True)]
        fused = rrf(
            [[int(i) for i in ids] for ids, _ in lists],
            weights=[self.settings.bm25_weight, self.settings.dense_weight],
            k=self.settings.rrf_k,
        )
        return fused[:k]

    def _query_vector(self, query: str) -> np.ndarray:
        """The query's embedding, remembered for the last few queries.

        One question is searched more than once (with and without a year
        preference, then for the answer): the model runs once.
        """
        cache = self._vectors
        if query not in cache:
            if len(cache) >= 64:
                cache.pop(next(iter(cache)))
            cache[query] = self.embedder.encode([query])[0]
        return cache[query]

    def passage(self, i: int, score: float) -> Passage:
        c = self.chunks[i]
        doc = self.data.documents[c.doc_id]
        return Passage(
            doc_id=c.doc_id,
            title=doc.title,
            text=c.text,
            start=c.start,
            end=c.end,
            score=float(score),
            page=c.page,
            page_end=c.page_end,
            date=doc.date,
            doc_type=doc.doc_type,
            authority=c.authority,
            source=doc.source,
            publisher=doc.publisher,
            heading=c.heading,
            chunk_index=c.index,
        )

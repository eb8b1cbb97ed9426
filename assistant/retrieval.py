"""Query (+ filters) -> ranked ``Passage``s, by BM25, dense or both fused.

Filters are applied before ranking, inside each retriever (a boolean mask
over chunks), so a filtered search returns the best passages that pass the
filter rather than the few of an unfiltered top-k that happen to.
"""

from __future__ import annotations

import dataclasses
import math
import numbers
import threading
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

import numpy as np

from assistant.config import MODES, RERANK_VECTORS, Settings
from assistant.dates import date_key
from assistant.errors import InvalidQueryError
from assistant.filters import Filters, infer_filters, is_of_kind, resolve
from assistant.glossary import expand_query
from assistant.query import Period, parse_query
from assistant.search.base import SearchBackend, Where
from assistant.search.dense import Embedder
from assistant.search.embedded import EmbeddedBackend
from assistant.search.fusion import rrf
from assistant.search.learned import (
    Candidate,
    PassageSentences,
    by_learned_order,
    candidate_features,
    shipped_trees,
)
from assistant.search.sentences import SentenceVectors, by_best_sentence
from assistant.search.sparse import tokenize_query
from assistant.search.static import StaticSentences, piece_counts, token_table
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
    # The inspection or visit the document reports (ISO dates), apart from
    # ``date``, when it was published.
    inspection_start: str | None = None
    inspection_end: str | None = None
    # The document's public address (a sidecar's or Ofsted's CSV link), where known.
    url: str | None = None

    @property
    def chunk_id(self) -> str:
        return f"{self.doc_id}#{self.chunk_index}"


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


def validate_k(k: object) -> int:
    """``k`` as an int; raise unless it is a whole number of at least 1."""
    if isinstance(k, bool) or not isinstance(k, numbers.Integral) or k < 1:
        raise InvalidQueryError(f"k must be a whole number of at least 1, such as 5; not {k!r}")
    return int(k)


class Retriever:
    """Search over one loaded index."""

    def __init__(
        self,
        data: IndexData,
        embedder: Embedder,
        settings: Settings,
        *,
        backend: SearchBackend | None = None,
    ) -> None:
        if settings.rerank_vectors not in RERANK_VECTORS:
            choices = ", ".join(RERANK_VECTORS)
            raise ValueError(f"rerank_vectors is {settings.rerank_vectors!r}; use one of {choices}")
        self.data = data
        self.embedder = embedder
        self.settings = settings
        # Where the ranking runs (assistant/search/base.py); passages are
        # always made here, from the build's own chunks.
        self.backend: SearchBackend = backend or EmbeddedBackend(data, settings)
        self.chunks = data.chunks
        docs = data.documents
        # Filters are decided per document (or per council) and spread to the
        # chunks by index: a mask costs microseconds per document, not per chunk.
        self._docs = list(docs.values())
        self._position = position = {doc_id: i for i, doc_id in enumerate(docs)}
        self._doc_of = np.fromiter((position[c.doc_id] for c in self.chunks), np.int64, len(self.chunks))
        self._doc_date = [date_key(d.date) for d in self._docs]
        self._doc_years = [d.years for d in self._docs]
        names = sorted({c.authority or "" for c in self.chunks})
        self._authority_code = {name: i for i, name in enumerate(names)}
        self._authority = np.fromiter(
            (self._authority_code[c.authority or ""] for c in self.chunks), np.int64, len(self.chunks)
        )
        self.doc_types: tuple[str, ...] = tuple(sorted({d.doc_type for d in docs.values() if d.doc_type}))
        self._vectors: dict[str, np.ndarray] = {}
        self._vectors_lock = threading.Lock()  # the chat searches from several threads
        self.sentence_vectors = SentenceVectors(embedder)
        self._static: StaticSentences | None = None
        self._static_lock = threading.Lock()
        self._last_index: dict[str, int] | None = None  # each document's last chunk, for ``_candidate``
        self._passages: PassageSentences | None = None  # their sentences' static vectors, remembered

    def mask_of(self, where: Where | None) -> np.ndarray | None:
        """Boolean mask of chunks that pass ``where`` (None: all pass)."""
        if where is None:
            return None
        keep = np.ones(len(self._docs), dtype=bool)  # per document
        if where.doc_types is not None:
            types = set(where.doc_types)
            keep &= [d.doc_type in types for d in self._docs]
        if where.date_from:
            lo = where.date_from
            keep &= [d != "" and d >= lo for d in self._doc_date]
        if where.date_to:
            hi = where.date_to
            keep &= [d != "" and d <= hi for d in self._doc_date]
        for wanted in where.years:
            keep &= [bool(y & wanted) for y in self._doc_years]
        if where.doc_ids is not None:
            ids = set(where.doc_ids)
            keep &= [d.doc_id in ids for d in self._docs]
        chunks = keep[self._doc_of]
        if where.authorities is not None:
            codes = [self._authority_code[a] for a in where.authorities if a in self._authority_code]
            chunks &= np.isin(self._authority, codes)
        return chunks

    def search(
        self,
        query: str,
        *,
        k: int = 5,
        mode: str | None = None,
        filters: Filters | dict[str, Any] | None = None,
        infer: bool = True,
        prefer_years: Sequence[int] = (),
        prefer_newest: bool = False,
        rerank: bool = False,
    ) -> list[Passage]:
        """The ``k`` best passages for ``query``; see ``Assistant.search``. With ``rerank``
        (what ``Assistant.search`` asks for) the best passages are ordered again: by the learned
        model within the councils a question names (``by_learned``), else by their best sentence
        (``by_sentences``). An answer reads the fused order unless
        ``Settings.answer_learned_order`` (docs/decisions.md, "Stop 40")."""
        query = validate_query(query)
        mode = self.check_mode(mode)
        k = validate_k(k)
        filters = Filters.coerce(filters)
        # k is "at most k", as it is under a filter: a k beyond the index returns it all.
        k = min(k, len(self.chunks))
        if k == 0:
            return []
        if infer:
            parsed = parse_query(query)
            filters = infer_filters(parsed, filters)
            query = parsed.search_text
            if parsed.period is None or parsed.period.named:
                # "Before its 2019 one": the 2019 report and news of it restate the grade before.
                prefer_years = (*prefer_years, *parsed.soft_years)
        where = self.resolve(filters)
        if filters is not None and filters.period is not None and where is not None and not where.doc_ids:
            # No document of the council is about that period: search as if
            # none were named, favouring the years asked about (an answer
            # says which periods there are: assistant/answers/ask.py).
            prefer_years = (*prefer_years, *_years_of(filters.period))
            filters = dataclasses.replace(filters, period=None)
            where = self.resolve(filters)
        reranks = rerank and self.reranks(mode)
        # The model was fitted on searches within the councils a question names
        # (the right report, which of its passages); elsewhere (SciFact's
        # claims, a question about no council) it is not what was measured.
        learned = reranks and self.learns(mode) and where is not None and bool(where.authorities)
        depth = k
        if reranks:
            depth = max(k, self.settings.learned_depth if learned else self.settings.rerank_depth)
        ranked = self.rank(query, k=depth, mode=mode, where=where)
        if prefer_years and ranked:
            ranked = self._prefer(query, ranked, k=depth, mode=mode, where=where, years=prefer_years)
        elif prefer_newest and ranked and (newest := self._newest(where)):
            about = dataclasses.replace(where or Where(), doc_ids=newest)
            ranked = self._favour(query, ranked, k=depth, mode=mode, about=about)
        if learned:
            ranked = self.by_learned(query, ranked)
        elif reranks:
            ranked = self.by_sentences(query, ranked)
        return [self.passage(i, score) for i, score in ranked[:k]]

    def reranks(self, mode: str) -> bool:
        """Whether a search in ``mode`` orders its best passages again by their best sentence."""
        settings = self.settings
        if mode != "hybrid" or settings.rerank_weight <= 0 or settings.rerank_depth < 2:
            return False
        return settings.rerank_vectors == "model" or self.static_sentences() is not None

    def learns(self, mode: str) -> bool:
        """Whether a re-ranked search in ``mode`` is ordered by the learned model."""
        return mode == "hybrid" and self.settings.learned_order and self.static_sentences() is not None

    def by_learned(self, query: str, ranked: list[tuple[int, float]]) -> list[tuple[int, float]]:
        """The best ``learned_depth`` of ``ranked`` in the learned model's order, scored by its
        probability (``assistant/search/learned.py``); the rest after them as they were."""
        head, rest = ranked[: self.settings.learned_depth], ranked[self.settings.learned_depth :]
        if len(head) < 2:
            return list(ranked)
        again = by_learned_order(head, self.learned_rows(query, head), shipped_trees())
        return [(i, 1.0 / (1.0 + math.exp(-s))) for i, s in again] + rest

    def learned_rows(self, query: str, head: Sequence[tuple[int, float]]) -> np.ndarray:
        """The learned model's features of each passage of ``head`` (``learned.FEATURES``)."""
        static = self.static_sentences()
        if static is None:
            raise ValueError("the learned order needs the model's static sentence vectors")
        ids = [i for i, _ in head]
        question = self.query_vectors(query)
        dense = (self.data.vectors[ids] @ np.atleast_2d(question).T).max(axis=1)
        stem = self.settings.stemming
        return candidate_features(
            head,
            [self._candidate(i) for i in ids],
            tokens=tokenize_query(query, stem=stem),
            glossed_tokens=tokenize_query(self._glossed(query), stem=stem),
            bm25=self.data.bm25,
            dense=dense,
            question=static([query]),
            vectors=static,
            passages=self._passage_sentences(static),
        )

    def _passage_sentences(self, static: StaticSentences) -> PassageSentences:
        if self._passages is None:
            self._passages = PassageSentences(static)
        return self._passages

    def _candidate(self, i: int) -> Candidate:
        chunk = self.chunks[i]
        if self._last_index is None:
            last: dict[str, int] = {}
            for c in self.chunks:
                last[c.doc_id] = max(last.get(c.doc_id, 0), c.index)
            self._last_index = last
        position = chunk.index / max(1, self._last_index[chunk.doc_id])
        return Candidate(chunk.text, chunk.heading or "", chunk.doc_id, position, chunk.tokens)

    def by_sentences(self, query: str, ranked: list[tuple[int, float]]) -> list[tuple[int, float]]:
        """The best ``rerank_depth`` of ``ranked`` ordered again by their best sentence
        (``assistant/search/sentences.py``); the rest after them as they were."""
        head, rest = ranked[: self.settings.rerank_depth], ranked[self.settings.rerank_depth :]
        texts = [self.chunks[i].text for i, _ in head]
        weight = self.settings.rerank_weight
        static = self.static_sentences() if self.settings.rerank_vectors == "static" else None
        if static is not None:
            again = by_best_sentence(head, texts, static([query]), static, weight=weight)
        else:
            question = self.query_vectors(query)
            again = by_best_sentence(head, texts, question, self.sentence_vectors, weight=weight)
        return again + rest

    def static_sentences(self) -> StaticSentences | None:
        """Sentence vectors from the model's word pieces (``assistant/search/static.py``),
        made on first use; None for an embedder without a model folder (a test's stand-in)."""
        if self._static is None:
            path = getattr(self.embedder, "path", None)
            word_pieces = getattr(self.embedder, "word_pieces", None)
            if path is None or word_pieces is None:
                return None
            with self._static_lock:
                if self._static is None:
                    table = token_table(path, getattr(self.embedder, "name", "model"))
                    counts = piece_counts([c.text for c in self.chunks], word_pieces)
                    self._static = StaticSentences(table, counts, word_pieces)
        return self._static

    def check_mode(self, mode: str | None) -> str:
        """``mode``, or the settings' when None; an unknown one raises ``InvalidQueryError``."""
        mode = mode or self.settings.mode
        if mode not in MODES:
            raise InvalidQueryError(f"unknown mode {mode!r}; use one of {', '.join(MODES)}")
        return mode

    def resolve(self, filters: Filters | None) -> Where | None:
        """``filters`` as this index's ``Where`` (a period as the ids of its documents)."""
        return resolve(filters, doc_types=self.doc_types, documents=self._docs)

    def _prefer(
        self,
        query: str,
        ranked: list[tuple[int, float]],
        *,
        k: int,
        mode: str,
        where: Where | None,
        years: Sequence[int],
    ) -> list[tuple[int, float]]:
        """Favour passages of documents about ``years`` without excluding others.

        The same search restricted to those documents is fused (RRF) with the
        unrestricted one, so a passage in both lists rises.
        """
        where = where or Where()
        about = dataclasses.replace(where, years=(*where.years, frozenset(years)))
        return self._favour(query, ranked, k=k, mode=mode, about=about)

    def _favour(
        self, query: str, ranked: list[tuple[int, float]], *, k: int, mode: str, about: Where
    ) -> list[tuple[int, float]]:
        """``ranked`` fused (RRF) with the same search restricted to ``about``."""
        allowed = self.mask_of(about)
        if allowed is None or not allowed.any():
            return ranked
        favoured = self.rank(query, k=k, mode=mode, where=about, allowed=allowed)
        fused = rrf([[i for i, _ in ranked], [i for i, _ in favoured]], k=self.settings.rrf_k)
        return fused[:k]

    def _newest(self, where: Where | None) -> tuple[str, ...] | None:
        """The ids of the newest inspection report of the one council ``where`` holds, and of its
        documents since: what the council is like now. None for no council or several."""
        if where is None or not where.authorities or len(where.authorities) != 1 or where.doc_ids:
            return None
        own = [d for d in self._docs if d.authority == where.authorities[0] and d.date]
        reports = [d.date or "" for d in own if is_of_kind(d, "inspection")]
        if not reports:
            return None
        since = max(reports)
        return tuple(d.doc_id for d in own if (d.date or "") >= since) or None

    def rank(
        self,
        query: str,
        *,
        k: int,
        mode: str,
        where: Where | None = None,
        allowed: np.ndarray | None = None,
    ) -> list[tuple[int, float]]:
        """Chunk indices and scores, best first, from the backend.

        ``allowed`` is ``where`` as a mask, when already computed.
        """
        if allowed is None:
            allowed = self.mask_of(where)
        if allowed is not None and not allowed.any():
            return []
        # The glossary's words are added to BM25's query. The dense side keeps
        # the question's own vector (the added words would pull it away from
        # what the question asks) and adds a second one, the question with
        # the words; a chunk counts by the nearer of the two.
        return self.backend.rank(
            self._glossed(query),
            lambda _: self.query_vectors(query),
            k=k,
            mode=mode,
            where=where,
            allowed=allowed,
        )

    def _glossed(self, query: str) -> str:
        """The query with the glossary's words for its everyday ones, if the glossary is on."""
        return expand_query(query) if self.settings.glossary else query

    def query_vectors(self, query: str) -> np.ndarray:
        """The vectors the dense side searches with: the question's, and with the glossary's words.

        One vector when the glossary adds nothing (or ``glossary_vector`` is
        off), else two stacked; a chunk or a sentence counts by the nearer.
        """
        glossed = self._glossed(query)
        if glossed == query or not self.settings.glossary_vector:
            return self.query_vector(query)
        return np.stack(self._vectors_of([query, glossed]))

    def query_vector(self, query: str) -> np.ndarray:
        """The query's embedding, remembered for the last few queries.

        One question is searched more than once (with and without a year
        preference, then for the answer) and its sentences are scored
        against the same vector (``answers/extract.py``): the model runs once.
        """
        return self._vectors_of([query])[0]

    def _vectors_of(self, queries: list[str]) -> list[np.ndarray]:
        """The embeddings of ``queries``; those not remembered are embedded in one batch."""
        cache = self._vectors
        with self._vectors_lock:
            known = {q: cache[q] for q in queries if q in cache}
        missing = [q for q in dict.fromkeys(queries) if q not in known]
        if missing:
            made = dict(zip(missing, self.embedder.encode(missing), strict=True))  # outside the lock
            with self._vectors_lock:
                for q, v in made.items():
                    while len(cache) >= 64:
                        cache.pop(next(iter(cache)))
                    cache[q] = v
            known.update(made)
        return [known[q] for q in queries]

    def passages_of(self, doc_id: str) -> list[Passage]:
        """Every passage of one document, in its order (score 0): for reading a document's own sections."""
        rows = np.flatnonzero(self._doc_of == self._position[doc_id]) if doc_id in self._position else ()
        return [self.passage(int(i), 0.0) for i in rows]

    def passage_at(self, doc_id: str, offset: int) -> Passage | None:
        """The passage of ``doc_id`` that holds the character at ``offset`` (score 0), if any."""
        if doc_id not in self._position:
            return None
        rows = np.flatnonzero(self._doc_of == self._position[doc_id])
        i = next((int(i) for i in rows if self.chunks[i].start <= offset < self.chunks[i].end), None)
        return self.passage(i, 0.0) if i is not None else None

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
            inspection_start=_iso(doc.extra.get("inspection_start")),
            inspection_end=_iso(doc.extra.get("inspection_end")),
            url=doc.url,
        )


def _iso(value: object) -> str | None:
    return value if isinstance(value, str) else None


def _years_of(period: Period | None) -> tuple[int, ...]:
    """The years a dated period spans (none for an open or "latest" one)."""
    if period is None or not period.start or not period.end:
        return ()
    return tuple(range(int(period.start[:4]), int(period.end[:4]) + 1))

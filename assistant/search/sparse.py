"""BM25 with rank-bm25's BM25Okapi scoring, on a sparse matrix.

rank-bm25 defines the scores: the same IDF (with its epsilon floor for
terms in more than half the documents), the same term-frequency saturation,
query terms counted as often as they occur. It scores every document in a
Python loop per query term; here the per-term weights are precomputed into a
CSC matrix, so a query is one sparse slice and a sum. ``tests/test_sparse.py``
checks the scores against ``rank_bm25.BM25Okapi`` on real chunks.

>>> bm = BM25Index.build([["social", "worker"], ["care", "leaver"], ["care"]])
>>> [int(i) for i in bm.top_k(["care"], 2)[0]]
[2, 1]
"""

from __future__ import annotations

import json
import math
import re
from collections import Counter
from collections.abc import Sequence
from functools import lru_cache
from pathlib import Path

import numpy as np
import scipy.sparse as sp

from assistant.errors import IndexCorruptError

# Very common function words: dropping them changes BM25 scores little
# (their IDF is near zero) and makes long queries faster.
STOPWORDS = frozenset(
    [
        "a",
        "about",
        "an",
        "and",
        "any",
        "are",
        "as",
        "at",
        "be",
        "been",
        "but",
        "by",
        "can",
        "could",
        "did",
        "do",
        "does",
        "for",
        "from",
        "had",
        "has",
        "have",
        "he",
        "her",
        "his",
        "how",
        "i",
        "if",
        "in",
        "into",
        "is",
        "it",
        "its",
        "of",
        "on",
        "or",
        "our",
        "say",
        "says",
        "she",
        "should",
        "so",
        "than",
        "that",
        "the",
        "their",
        "them",
        "then",
        "there",
        "these",
        "they",
        "this",
        "to",
        "was",
        "we",
        "were",
        "what",
        "when",
        "where",
        "which",
        "while",
        "who",
        "why",
        "will",
        "with",
        "would",
        "you",
        "your",
    ]
)
# Words every question in this domain uses and that say nothing about its
# topic ("What did Ofsted say about ..."); dropped from queries only.
QUERY_STOPWORDS = frozenset(
    [
        *("ofsted", "ofsted's", "said", "tell", "told", "mention", "mentioned", "report", "reported"),
        # what is left of a contraction ("they're", "weren't"): no topic
        *("re", "ve", "ll", "m", "d", "t", "don", "didn", "doesn", "isn", "aren", "wasn", "weren"),
        *("hasn", "haven", "hadn", "wouldn", "couldn", "shouldn"),
    ]
)
_TOKEN = re.compile(r"[a-z0-9]+")


@lru_cache(maxsize=200_000)
def _stem(word: str) -> str:
    return _stemmer().stemWord(word)  # type: ignore[no-any-return]


@lru_cache(maxsize=1)
def _stemmer():  # type: ignore[no-untyped-def]
    import snowballstemmer

    return snowballstemmer.stemmer("english")


def tokenize_query(text: str, *, stem: bool = True) -> list[str]:
    """Query tokens: ``tokenize`` without the domain's question words.

    Falls back to all tokens when nothing else is left.
    """
    text = text.lower().replace("’", "'").replace("'s ", " ")
    kept = " ".join(w for w in _TOKEN.findall(text) if w not in QUERY_STOPWORDS)
    return tokenize(kept, stem=stem) or tokenize(text, stem=stem)


def tokenize(text: str, *, stem: bool = True) -> list[str]:
    """Lower-cased word tokens without stopwords, stemmed by default.

    Possessives and typographic apostrophes fold away ("Stoke’s" -> "stoke").

    >>> tokenize("Stoke’s social workers' supervision")
    ['stoke', 'social', 'worker', 'supervis']
    """
    text = text.lower().replace("’", "'").replace("'s ", " ")
    words = [w for w in _TOKEN.findall(text) if w not in STOPWORDS and w != "s"]
    return [_stem(w) for w in words] if stem else words


class BM25Index:
    """BM25Okapi scores for a fixed collection, queried by sparse slices."""

    def __init__(self, weights: sp.csc_matrix, vocab: dict[str, int]) -> None:
        self.weights = weights  # documents x terms
        self.vocab = vocab

    @property
    def size(self) -> int:
        return int(self.weights.shape[0])

    def passages_with(self, term: str) -> int:
        """How many passages hold ``term`` (a stemmed token); 0 if none does.

        >>> BM25Index.build([["care"], ["care", "leaver"], ["worker"]]).passages_with("care")
        2
        """
        col = self.vocab.get(term)
        return 0 if col is None else int(self.weights.indptr[col + 1] - self.weights.indptr[col])

    def idf(self, term: str) -> float:
        """``term``'s inverse document frequency, as ``coverage`` weighs it (never below 0).

        >>> round(BM25Index.build([["care"], ["care", "leaver"], ["worker"]]).idf("leaver"), 3)
        0.511
        """
        df = self.passages_with(term)
        return max(math.log(self.size - df + 0.5) - math.log(df + 0.5), 0.0)

    def rows_with(self, term: str) -> np.ndarray:
        """The rows of the passages that hold ``term`` (a stemmed token), in order; empty if none does.

        >>> BM25Index.build([["care"], ["care", "leaver"], ["worker"]]).rows_with("care").tolist()
        [0, 1]
        """
        col = self.vocab.get(term)
        if col is None:
            return np.array([], np.int32)
        return self.weights.indices[self.weights.indptr[col] : self.weights.indptr[col + 1]]

    @classmethod
    def build(
        cls,
        corpus: Sequence[Sequence[str]],
        *,
        k1: float = 1.5,
        b: float = 0.75,
        epsilon: float = 0.25,
    ) -> BM25Index:
        """Precompute ``idf(t) * tf*(k1+1) / (tf + k1*(1-b+b*dl/avgdl))``."""
        vocab: dict[str, int] = {}
        rows, cols, tfs = [], [], []
        lengths = np.zeros(len(corpus), dtype=np.float64)
        for i, doc in enumerate(corpus):
            lengths[i] = len(doc)
            for term, tf in Counter(doc).items():
                rows.append(i)
                cols.append(vocab.setdefault(term, len(vocab)))
                tfs.append(tf)
        n_docs = len(corpus)
        tf_arr = np.asarray(tfs, dtype=np.float64)
        row_arr = np.asarray(rows, dtype=np.int64)
        col_arr = np.asarray(cols, dtype=np.int64)
        df = np.bincount(col_arr, minlength=len(vocab)).astype(np.float64)
        idf = np.log(n_docs - df + 0.5) - np.log(df + 0.5)
        # rank-bm25: negative IDFs become epsilon * the mean IDF.
        if len(idf):
            idf = np.where(idf < 0, epsilon * idf.mean(), idf)
        avgdl = lengths.mean() if n_docs else 0.0
        norm = k1 * (1 - b + b * lengths / avgdl) if avgdl else np.full(n_docs, k1)
        data = idf[col_arr] * tf_arr * (k1 + 1) / (tf_arr + norm[row_arr])
        weights = sp.csc_matrix((data.astype(np.float32), (row_arr, col_arr)), shape=(n_docs, len(vocab)))
        return cls(weights, vocab)

    def scores(self, query: Sequence[str]) -> np.ndarray:
        """The BM25Okapi score of every document for the query tokens."""
        counts = Counter(self.vocab[t] for t in query if t in self.vocab)
        if not counts:
            return np.zeros(self.size, dtype=np.float32)
        cols = np.fromiter(counts.keys(), dtype=np.int64)
        mult = np.fromiter(counts.values(), dtype=np.float32)
        return np.asarray(self.weights[:, cols] @ mult).ravel()

    def coverage(self, query: Sequence[str], row: int) -> float:
        """The share of the query's IDF weight that document ``row`` contains.

        Each distinct query term counts by its IDF, ``log((N - df + 0.5) /
        (df + 0.5))``, and nothing when that is negative (a term in more than
        half the documents); 0 when no query term is in the collection.

        >>> bm = BM25Index.build([["care", "leaver"], ["care"], ["worker"], ["worker"]])
        >>> round(bm.coverage(["care", "leaver"], 0), 2), round(bm.coverage(["care", "leaver"], 1), 2)
        (1.0, 0.0)
        """
        cols = np.fromiter({self.vocab[t]: None for t in query if t in self.vocab}, dtype=np.int64)
        if not len(cols):
            return 0.0
        df = np.diff(self.weights.indptr)[cols].astype(np.float64)
        idf = np.maximum(np.log(self.size - df + 0.5) - np.log(df + 0.5), 0.0)
        total = idf.sum()
        if total <= 0:
            return 0.0
        present = self.weights[:, cols][[row]].toarray().ravel() > 0
        return float(idf[present].sum() / total)

    def of_rows(self, query: Sequence[str], rows: Sequence[int]) -> tuple[np.ndarray, np.ndarray]:
        """``scores(query)[rows]`` and ``coverage(query, row)`` for each row, reading only those rows.

        >>> bm = BM25Index.build([["care", "leaver"], ["care"], ["worker"], ["worker"]])
        >>> scores, covered = bm.of_rows(["care", "leaver"], [1, 0])
        >>> bool(scores[1] > scores[0]), covered.round(2).tolist()
        (True, [0.0, 1.0])
        """
        counts = Counter(self.vocab[t] for t in query if t in self.vocab)
        if not counts or not len(rows):
            return np.zeros(len(rows), dtype=np.float32), np.zeros(len(rows))
        cols = np.fromiter(counts.keys(), dtype=np.int64)
        mult = np.fromiter(counts.values(), dtype=np.float32)
        held = self.weights[:, cols].tocsr()[np.asarray(rows, dtype=np.int64)].toarray()
        df = np.diff(self.weights.indptr)[cols].astype(np.float64)
        idf = np.maximum(np.log(self.size - df + 0.5) - np.log(df + 0.5), 0.0)
        total = idf.sum()
        covered = (held > 0) @ idf / total if total > 0 else np.zeros(len(rows))
        return held @ mult, covered

    def top_k(
        self, query: Sequence[str], k: int, *, allowed: np.ndarray | None = None
    ) -> tuple[np.ndarray, np.ndarray]:
        """Indices and scores of the ``k`` best documents with a score > 0.

        ``allowed`` is a boolean mask of the documents that may be returned.
        """
        s = self.scores(query)
        if allowed is not None:
            s = np.where(allowed, s, 0.0)
        return top_k_positive(s, k)

    def save(self, directory: Path) -> None:
        w = self.weights.tocsc()
        np.save(directory / "bm25_data.npy", w.data)
        np.save(directory / "bm25_indices.npy", w.indices)
        np.save(directory / "bm25_indptr.npy", w.indptr)
        terms = sorted(self.vocab, key=self.vocab.__getitem__)
        (directory / "bm25_vocab.json").write_text(
            json.dumps({"shape": list(w.shape), "terms": terms}), encoding="utf-8"
        )

    @classmethod
    def load(cls, directory: Path) -> BM25Index:
        meta = json.loads((directory / "bm25_vocab.json").read_text(encoding="utf-8"))
        arrays = [
            np.load(directory / f"bm25_{name}.npy", allow_pickle=False)
            for name in ("data", "indices", "indptr")
        ]
        shape = tuple(meta["shape"])
        if len(arrays[2]) != shape[1] + 1 or len(meta["terms"]) != shape[1]:
            raise IndexCorruptError(
                f"{directory / 'bm25_indptr.npy'} does not match bm25_vocab.json; rebuild the index"
            )
        weights = sp.csc_matrix(tuple(arrays), shape=shape)
        return cls(weights, {t: i for i, t in enumerate(meta["terms"])})


def top_k_positive(scores: np.ndarray, k: int) -> tuple[np.ndarray, np.ndarray]:
    """Indices and values of the ``k`` largest positive scores, best first."""
    positive = np.flatnonzero(scores > 0)
    if len(positive) > k:
        part = np.argpartition(-scores[positive], k - 1)[:k]
        positive = positive[part]
    order = positive[np.argsort(-scores[positive], kind="stable")]
    return order, scores[order]

"""Re-ranking the best passages by their best sentence's meaning.

A passage is embedded whole at build time, and one vector for 200 tokens
holds several topics: a report's one sentence on children placed out of
area, or on a personal adviser who has not visited, sits in a passage about
other things, and the passage's vector is far from the question. On the
Ofsted dev split, 92 of the 123 questions whose answer was not in the top 5
had the top 5 from the right document and the wrong passages.

So the best ``Settings.rerank_depth`` passages of a hybrid search are
ordered again by ``(1 - w) * fused + w * best`` (``w`` is
``Settings.rerank_weight``): ``fused`` is the search's own score over its
best one's, ``best`` the cosine of the passage's nearest sentence to the
question. By default the sentence vectors are made from the model's word
pieces without running it (``assistant/search/static.py``, about 3 ms a
search). With ``Settings.rerank_vectors = "model"`` the sentences are
embedded at question time, about 75 for 10 passages, against the nearer of
the question's vectors (``Retriever.query_vectors``); a sentence embedded
once is remembered (``SentenceVectors``). See docs/decisions.md, "Stop 28"
and "Stop 29".
"""

from __future__ import annotations

import threading
from collections import OrderedDict
from collections.abc import Callable, Sequence

import numpy as np

from assistant.chunking import split_blocks, split_sentences
from assistant.search.dense import Embedder

MIN_WORDS = 4  # "Overall effectiveness Good" is a table cell, not a sentence to rank a passage by


def sentences(text: str) -> list[str]:
    """The sentences of a passage's text of at least ``MIN_WORDS`` words, line by line.

    >>> sentences("Leaders are very visible. Staff morale is high.\\nCaseloads are too high for some.")
    ['Leaders are very visible.', 'Staff morale is high.', 'Caseloads are too high for some.']
    """
    spans = (s for block in split_blocks(text) for s in split_sentences(text, block))
    return [t for t in (text[s.start : s.end].strip() for s in spans) if len(t.split()) >= MIN_WORDS]


class SentenceVectors:
    """Sentence embeddings, the most recent ``size`` remembered; safe across the chat's threads."""

    def __init__(self, embedder: Embedder, size: int = 8192) -> None:
        self.embedder, self.size = embedder, size
        self._cache: OrderedDict[str, np.ndarray] = OrderedDict()
        self._lock = threading.Lock()

    def __call__(self, texts: Sequence[str]) -> np.ndarray:
        """One row per text, in order."""
        with self._lock:
            known = {t: self._cache[t] for t in texts if t in self._cache}
        new = list(dict.fromkeys(t for t in texts if t not in known))
        if new:
            vectors = np.asarray(self.embedder.encode(new), dtype=np.float32)
            with self._lock:
                for t, v in zip(new, vectors, strict=True):
                    self._cache[t] = known[t] = v
                while len(self._cache) > self.size:
                    self._cache.popitem(last=False)
        return np.stack([known[t] for t in texts]) if texts else np.zeros((0, 0), np.float32)


def by_best_sentence(
    ranked: Sequence[tuple[int, float]],
    texts: Sequence[str],
    query_vectors: np.ndarray,
    vectors: Callable[[Sequence[str]], np.ndarray],
    *,
    weight: float,
) -> list[tuple[int, float]]:
    """``ranked`` (chunk, score), with ``texts`` its passages' texts, ordered again; see the module.

    ``vectors`` makes the sentences' vectors, in the space of ``query_vectors``:
    ``SentenceVectors`` (the model) or ``static.StaticSentences`` (its word pieces).

    A passage with no sentence of ``MIN_WORDS`` words keeps its fused share only.
    """
    if len(ranked) < 2 or weight <= 0:
        return list(ranked)
    each = [sentences(t) for t in texts]
    flat = [s for ss in each for s in ss]
    if not flat:
        return list(ranked)
    cosines = vectors(flat) @ np.asarray(query_vectors, dtype=np.float32).T
    if cosines.ndim == 2:  # the question and its glossary words: the nearer counts
        cosines = cosines.max(axis=1)
    top = max(score for _, score in ranked)
    out, i = [], 0
    for (chunk, score), ss in zip(ranked, each, strict=True):
        best = float(cosines[i : i + len(ss)].max()) if ss else 0.0
        i += len(ss)
        fused = score / top if top > 0 else 0.0
        out.append((chunk, (1 - weight) * fused + weight * best))
    return sorted(out, key=lambda x: -x[1])

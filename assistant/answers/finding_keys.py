"""Which of a finding's words name it, read from how the collection writes them.

A question wraps its finding in words of its own: "which councils help care
leavers *pay* for driving lessons", "give newly qualified social workers good
support in their *first years* in the *job*", "families waiting too long
before they *got* early help". Weighted by rarity alone, the question's own
words outweigh the finding's ("got" is rarer in the reports than "early
help"), and a report that says "funded driving lessons" or "newly qualified
workers are well supported" is read as not stating it.

The reports write a finding's name as a phrase: "driving lessons", "newly
qualified", "early help", "life story work". Two neighbouring words of the
topic that stand next to each other in many passages holding both
(``ADJACENT_SHARE``) are such a phrase. The question's own words are those
that stand in no phrase and are rare in the passages that hold the phrase
(``WITH_PHRASE``): "pay" is in one passage in ten of those naming driving
lessons, "got" in none of those naming early help, while "recruitment" is in
a fifth of those naming foster carers and stays the topic's. Where a topic has
a phrase besides the group it is about ("care leavers", "social workers"),
its own words weigh ``FRAME_WEIGHT`` in the decision; a topic with none is
read as before.

``written_in`` counts the passages that write a phrase as the question does,
so that a list question's everyday words the reports never use ("home-schooled")
can be read again in the reports' own (``finding_scan.FindingScan.in_report_words``).
"""

from __future__ import annotations

import itertools
import re
import weakref
from collections.abc import Mapping, Sequence

import numpy as np

from assistant.answers.finding_alternatives import people_only
from assistant.search.sparse import tokenize
from assistant.search.store import IndexData

ADJACENT_SHARE = 0.3  # of the passages holding both words, the share where they stand side by side
LEAST_TOGETHER = 5  # passages holding both, fewer of which say nothing
SAMPLE = 120  # passages read to estimate the share
WITH_PHRASE = 0.1  # a word in fewer of the phrase's passages than this is the question's own
FRAME_WEIGHT = 0.1  # a question's own word's weight, beside a topic's phrase
_GROUPS = frozenset(tokenize("social workers worker staff practitioners"))

# Per index (its BM25 matrix), what has been counted: a rebuilt index starts afresh.
_COUNTED: weakref.WeakKeyDictionary[object, dict[tuple[str, str], float]] = weakref.WeakKeyDictionary()


def _counted(index: IndexData) -> dict[tuple[str, str], float]:
    return _COUNTED.setdefault(index.bm25, {})


def adjacent_share(index: IndexData, first: str, second: str) -> float:
    """Of the index's passages holding both stemmed words, the share where ``second`` follows ``first``
    (stopwords aside), estimated from a fixed sample; 0 when too few hold both."""
    counted, key = _counted(index), (first, second)
    if key in counted:
        return counted[key]
    bm25 = index.bm25
    share = 0.0
    if first in bm25.vocab and second in bm25.vocab:
        both = _passages_with_all(index, {first, second})
        if len(both) >= LEAST_TOGETHER:
            rows = (
                both if len(both) <= SAMPLE else np.random.default_rng(0).choice(both, SAMPLE, replace=False)
            )
            side_by_side = 0
            for row in rows.tolist():
                tokens = tokenize(index.chunks[row].text)
                side_by_side += any(a == first and b == second for a, b in itertools.pairwise(tokens))
            share = side_by_side / len(rows)
    counted[key] = share
    return share


def phrase_words(index: IndexData, topic: str) -> set[str]:
    """The stemmed words of ``topic`` that stand in a phrase the reports write ("driving lessons")."""
    tokens = tokenize(topic)
    out: set[str] = set()
    for a, b in itertools.pairwise(tokens):
        if a != b and adjacent_share(index, a, b) >= ADJACENT_SHARE:
            out |= {a, b}
    return out


def with_frame_words_light(
    index: IndexData, topics: Sequence[tuple[str, Sequence[str]]], weights: Mapping[str, float]
) -> dict[str, float]:
    """``weights`` with each topic's own words (``topics``: its text and its terms) at
    ``FRAME_WEIGHT``, where it has a phrase besides the group it is about; a word any topic
    keeps whole stays whole."""
    light: set[str] = set()
    whole: set[str] = set()
    for topic, terms in topics:
        phrases = phrase_words(index, topic) & set(terms)
        if not any(not people_only(t) and t not in _GROUPS for t in phrases):
            whole |= set(terms)
            continue
        holding = _passages_with_all(index, phrases)
        if len(holding) < LEAST_TOGETHER:
            whole |= set(terms)
            continue
        # What follows the phrase says what of it is found ("plans ended", "meetings went ahead
        # without ..."): only the words before its last word can be the question's own.
        tokens = tokenize(topic)
        last = max(i for i, t in enumerate(tokens) if t in phrases)
        before = set(tokens[:last])
        for t in set(terms) - phrases:
            share = len(np.intersect1d(index.bm25.rows_with(t), holding)) / len(holding)
            (light if share < WITH_PHRASE and t in before else whole).add(t)
        whole |= phrases
    return {t: (min(w, FRAME_WEIGHT) if t in light - whole else w) for t, w in weights.items()}


def _passages_with_all(index: IndexData, terms: set[str]) -> np.ndarray:
    """The rows of the passages holding every one of ``terms``."""
    rows = [index.bm25.rows_with(t) for t in sorted(terms)]
    out = rows[0]
    for r in rows[1:]:
        out = np.intersect1d(out, r)
    return out


def written_in(index: IndexData, words: str) -> int:
    """How many of the index's passages hold ``words`` as written (any case, any spacing or hyphen)."""
    counted, key = _counted(index), ("written", words.lower())
    if key in counted:
        return int(counted[key])
    tokens = set(tokenize(words))
    known = tokens and all(t in index.bm25.vocab for t in tokens)
    held = _passages_with_all(index, tokens) if known else np.array([], np.int32)
    pattern = re.compile(r"[\s-]+".join(map(re.escape, re.split(r"[\s-]+", words.strip()))), re.I)
    count = sum(1 for row in held.tolist() if pattern.search(index.chunks[row].text))
    counted[key] = float(count)
    return count


__all__ = [
    "ADJACENT_SHARE",
    "FRAME_WEIGHT",
    "adjacent_share",
    "phrase_words",
    "with_frame_words_light",
    "written_in",
]

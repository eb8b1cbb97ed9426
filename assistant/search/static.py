"""Sentence vectors without running the model: its word pieces' own vectors, weighted.

Ordering a search's best passages again by their best sentence
(``assistant/search/sentences.py``) found answers the passage vectors
missed, but embedding about 150 sentences a question costs 0.2 to 0.6 s
here, far over issue 18's 15 ms for a search. This module makes a sentence's
vector in microseconds, the way Model2Vec and SIF do:

* **A table of the model's word pieces.** Each of the tokenizer's 30,522
  pieces is run through the model once, alone (``[CLS] piece [SEP]``), and
  its output vector kept; the table's mean is subtracted, which takes out
  the direction every piece shares. Made from the packaged model the first
  time it is needed (about 15 s on two cores), offline, and cached per user
  beside the exported graphs (``runtimes.export_folder``).
* **Weights by rarity** (SIF, Arora et al. 2017): a piece counts
  ``a / (a + p)``, ``p`` its share of the collection's word pieces (counted
  on up to ``SAMPLE`` chunks evenly spread), ``a = 1e-3``. "the", "of" and
  "children" weigh little; "private", "fostering", "supervision" much.
* A sentence's vector is its pieces' weighted mean, normalised; the
  question's is made the same way, so the two are in one space.

Measured on 421 Ofsted dev questions (93 with the answer outside the top 5):
at weight 0.5 it brought 20 of the 93 into the top 5 and pushed 2 of 300
out, against 23 and 3 for sentences embedded by the model and 20 and 6 for
sentence spans pooled from the passage's own forward pass. See
docs/decisions.md, "Stop 29".
"""

from __future__ import annotations

import re
import threading
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import numpy as np

from assistant.search.runtimes import export_folder
from assistant.search.wordpieces import WordPieces

SIF_A = 1e-3  # SIF's own default; the weights above were measured with it
SAMPLE = 2000  # chunks whose word pieces are counted for the weights
_BATCH = 1024
_WORD = re.compile(r"\w+|[^\w\s]")  # words and single punctuation marks, as BERT's tokenizer splits
_WORDS_KEPT = 200_000


def token_table(model_path: str | Path, name: str, *, root: Path | None = None) -> np.ndarray:
    """The model's word-piece vectors, centred (float16); made on first use."""
    folder = export_folder("static", model_path, name, _fill_table, ("torch", "transformers"), root=root)
    return np.load(folder / "vectors.npy", allow_pickle=False)  # type: ignore[no-any-return]


def _fill_table(model_path: Path, tmp: Path) -> None:
    """Run every word piece through the model alone; keep its own output vector."""
    import os

    import torch
    from transformers import AutoModel

    from assistant.errors import ModelNotAvailableError

    os.environ.setdefault("HF_HUB_OFFLINE", "1")
    try:
        bert = AutoModel.from_pretrained(str(model_path), local_files_only=True).eval()
    except Exception as e:
        raise ModelNotAvailableError(f"cannot load the embedding model from {model_path}: {e}") from e
    tokenizer = WordPieces(model_path).tokenizer
    cls, sep = tokenizer.token_to_id("[CLS]"), tokenizer.token_to_id("[SEP]")
    size = tokenizer.get_vocab_size()
    table = np.zeros((size, bert.config.hidden_size), dtype=np.float32)
    with torch.inference_mode():
        for b in range(0, size, _BATCH):
            ids = torch.arange(b, min(b + _BATCH, size))
            batch = torch.stack([torch.full_like(ids, cls), ids, torch.full_like(ids, sep)], dim=1)
            hidden = bert(input_ids=batch, attention_mask=torch.ones_like(batch)).last_hidden_state
            table[b : b + len(ids)] = hidden[:, 1].numpy()
    table -= table.mean(axis=0)
    np.save(tmp / "vectors.npy", table.astype(np.float16), allow_pickle=False)


def piece_counts(texts: Sequence[str], word_pieces: WordPieces, *, sample: int = SAMPLE) -> np.ndarray:
    """How often each word piece occurs in up to ``sample`` of ``texts``, evenly spread."""
    size = word_pieces.tokenizer.get_vocab_size()
    step = max(1, -(-len(texts) // sample))
    ids = [e.ids for e in word_pieces.tokenizer.encode_batch(list(texts[::step]), add_special_tokens=False)]
    flat = np.fromiter((i for row in ids for i in row), dtype=np.int64)
    return np.bincount(flat, minlength=size)


class StaticSentences:
    """``vectors(texts)``: one normalised vector per text, from ``table`` weighted by ``counts``.

    >>> import numpy as np
    >>> class Pieces:  # a stand-in for the model's tokenizer: one piece per word
    ...     words = {"high": 0, "caseloads": 1, "the": 2}
    ...     class tokenizer:
    ...         @staticmethod
    ...         def encode(word, add_special_tokens):
    ...             return type("E", (), {"ids": [Pieces.words[word]]})
    >>> table = np.array([[1.0, 0.0], [0.0, 1.0], [1.0, 1.0]])
    >>> vectors = StaticSentences(table, np.array([10, 10, 100_000]), Pieces())
    >>> print(vectors(["High caseloads", "high the"]).round(3))  # "the" is common: it weighs little
    [[0.707 0.707]
     [1.    0.001]]
    """

    def __init__(self, table: np.ndarray, counts: np.ndarray, word_pieces: Any, *, a: float = SIF_A) -> None:
        share = counts / max(int(counts.sum()), 1)
        # Each row already times its weight: a sentence's vector is a sum of rows.
        self.rows = np.asarray(table, dtype=np.float32) * (a / (a + share)).astype(np.float32)[:, None]
        self.word_pieces = word_pieces
        self._pieces: dict[str, list[int]] = {}
        self._lock = threading.Lock()  # the chat searches from several threads

    def pieces(self, text: str, out: list[int]) -> int:
        """Append ``text``'s word pieces to ``out``, a word at a time (each word's remembered);
        return how many.

        The model's tokenizer splits at spaces and punctuation before it
        cuts words into pieces, so a word's pieces do not depend on its
        neighbours: looking words up is about 10x faster than tokenising a
        search's sentences (5 ms for 150).
        """
        before = len(out)
        known = self._pieces
        for word in _WORD.findall(text.lower()):
            ids = known.get(word)
            if ids is None:
                with self._lock:
                    ids = self.word_pieces.tokenizer.encode(word, add_special_tokens=False).ids
                    if len(known) < _WORDS_KEPT:
                        known[word] = ids
            out.extend(ids)
        return len(out) - before

    def __call__(self, texts: Sequence[str]) -> np.ndarray:
        ids: list[int] = []
        lengths = np.array([self.pieces(t, ids) for t in texts], dtype=np.intp)
        out = np.zeros((len(texts), self.rows.shape[1]), dtype=np.float32)
        filled = lengths > 0
        if ids:
            starts = (np.cumsum(lengths) - lengths)[filled]
            out[filled] = np.add.reduceat(self.rows[np.array(ids, dtype=np.intp)], starts, axis=0)
        return out / np.maximum(np.linalg.norm(out, axis=1, keepdims=True), 1e-12)

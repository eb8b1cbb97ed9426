"""Stand-ins for tests where the model is not the point.

``hashing-<dim>`` names a deterministic embedder that builds an index in
milliseconds. It is registered by ``tests/conftest.py`` (and by
``python -m tests.cli`` for tests that run the command line in a
subprocess); users of the package never see it.
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Sequence
from functools import lru_cache

import numpy as np

from assistant.search.dense import Embedder, register_embedder


class HashingEmbedder:
    """A deterministic stand-in for tests where the model is not the point.

    Each word adds a fixed pseudo-random vector, so texts sharing words are
    similar. It reads at most ``max_tokens`` words, like a real model.
    """

    def __init__(self, dim: int = 64, max_tokens: int = 256) -> None:
        self.name = f"hashing-{dim}"
        self.dim = dim
        self.precision = "fp32"
        self.max_tokens = max_tokens

    def encode(self, texts: Sequence[str], *, show_progress: bool = False) -> np.ndarray:
        out = np.zeros((len(texts), self.dim), dtype=np.float32)
        for i, text in enumerate(texts):
            for word in re.findall(r"\w+", text.lower())[: self.max_tokens]:
                out[i] += _word_vector(word, self.dim)
        out[:, 0] += 1e-3  # no zero vectors
        return out / np.maximum(np.linalg.norm(out, axis=1, keepdims=True), 1e-12)

    def count_tokens(self, texts: Sequence[str]) -> list[int]:
        return [len(re.findall(r"\w+", t)) + 2 for t in texts]


@lru_cache(maxsize=100_000)
def _word_vector(word: str, dim: int) -> np.ndarray:
    seed = int.from_bytes(hashlib.blake2b(word.encode(), digest_size=8).digest(), "little")
    return np.random.default_rng(seed).standard_normal(dim).astype(np.float32)


def _hashing(name: str, precision: str, batch_size: int) -> Embedder:
    return HashingEmbedder(int(name.split("-", 1)[1]))


def register() -> None:
    """Make ``Settings(embedding_model="hashing-64")`` build the stand-in."""
    register_embedder("hashing-", _hashing)

"""``python -m tests.embedding_build CORPUS INDEX_DIR FLUSH_EVERY``: a build to kill while it embeds.

Builds ``INDEX_DIR`` from ``CORPUS`` with a slowed hashing stand-in and the
embedding cache flushed every ``FLUSH_EVERY`` vectors, printing one line
``embed <done> <total>`` per batch (flushed, so the parent reads it at once)
and ``built <embedded> <chunks>`` at the end. The test that kills it is in
tests/test_resume.py.
"""

from __future__ import annotations

import sys
import time
from collections.abc import Sequence

import numpy as np

from assistant.config import Settings
from assistant.indexing import build_index
from assistant.search import embedding_cache
from tests.fakes import HashingEmbedder


class SlowHashing(HashingEmbedder):
    """The hashing stand-in at a few batches a second, so a kill lands inside the stage."""

    def encode(self, texts: Sequence[str], *, show_progress: bool = False) -> np.ndarray:
        time.sleep(0.05)
        return super().encode(texts)


def progress(stage: str, done: int, total: int) -> None:
    if stage == "embed":
        print(f"embed {done} {total}", flush=True)


def main(corpus: str, index_dir: str, flush_every: str) -> None:
    embedding_cache.FLUSH_EVERY = int(flush_every)
    embedder = SlowHashing(64)
    settings = Settings(embedding_model=embedder.name)
    report = build_index([corpus], index_dir, settings=settings, embedder=embedder, progress=progress)
    print(f"built {report.embedded} {report.chunks}", flush=True)


if __name__ == "__main__":
    main(*sys.argv[1:])

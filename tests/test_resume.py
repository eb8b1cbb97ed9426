"""A build killed while it embeds resumes where it stopped.

The embedding cache is written every ``FLUSH_EVERY`` vectors, each shard
atomically, so SIGKILL at any point of the embedding stage loses at most one
flush interval of work, and the build that finally finishes makes the same
index as a build that was never interrupted. The embedder is a slowed
hashing stand-in (tests/embedding_build.py): the cache and the store are the
point, not the model.
"""

from __future__ import annotations

import os
import random
import signal
import subprocess
import sys
from pathlib import Path

import numpy as np
import pytest

from assistant.search import store
from tests.conftest import ROOT

FLUSH_EVERY = 512  # two of the build's batches of 256


def _corpus(folder: Path) -> Path:
    """80 notes of distinct sentences: a few thousand chunks, every one new."""
    folder.mkdir()
    rng = random.Random(3)
    words = [
        "caseloads",
        "supervision",
        "fostering",
        "leavers",
        "visits",
        "plans",
        "audits",
        "managers",
        "partners",
    ]
    for n in range(80):
        paragraphs = []
        for p in range(200):
            sentence = " ".join(rng.choice(words) for _ in range(12))
            paragraphs.append(f"Note {n} paragraph {p}: social workers in Leeds {sentence}.")
        (folder / f"note-{n:02d}.txt").write_text("\n\n".join(paragraphs), encoding="utf-8")
    return folder


def _build(corpus: Path, index_dir: Path, kill_at: float | None = None) -> tuple[int, int, int | None]:
    """Run a build; SIGKILL it at its first batch past ``kill_at`` of its embedding stage.

    Returns (chunks it had to embed, chunks embedded when it was last heard
    of, the embedded count it printed if it finished).
    """
    proc = subprocess.Popen(
        [sys.executable, "-m", "tests.embedding_build", str(corpus), str(index_dir), str(FLUSH_EVERY)],
        cwd=ROOT,
        stdout=subprocess.PIPE,
        text=True,
    )
    assert proc.stdout is not None
    total = done = 0
    finished = None
    for line in proc.stdout:
        word, a, b = line.split()
        if word == "embed":
            done, total = int(a), int(b)
            if kill_at is not None and done >= kill_at * total:
                os.kill(proc.pid, signal.SIGKILL)
                break
        elif word == "built":
            finished = int(a)
    proc.wait()
    return total, done, finished


@pytest.mark.slow
def test_a_build_killed_while_embedding_resumes_and_equals_a_clean_build(tmp_path: Path) -> None:
    corpus = _corpus(tmp_path / "corpus")
    clean_dir, index_dir = tmp_path / "clean", tmp_path / "index"
    total, _, embedded = _build(corpus, clean_dir)
    assert embedded == total > 5 * FLUSH_EVERY, (embedded, total)

    rng = random.Random(11)
    runs = []  # (chunks to embed, embedded when killed)
    while not runs or runs[-1][0] - runs[-1][1] > FLUSH_EVERY:
        todo, done, finished = _build(corpus, index_dir, kill_at=rng.uniform(0.1, 0.7))
        assert finished is None, "the build ended before the kill"
        if runs:  # what the killed run had embedded is kept, but for one flush interval at most
            before, killed_at = runs[-1]
            assert todo <= before - killed_at + FLUSH_EVERY, (before, killed_at, todo)
        runs.append((todo, done))
    assert runs[0][0] == total and len(runs) >= 3, runs

    left, _, embedded = _build(corpus, index_dir)
    before, killed_at = runs[-1]
    assert embedded == left <= before - killed_at + FLUSH_EVERY
    a, b = store.load(clean_dir), store.load(index_dir)
    assert [c.to_record() for c in a.chunks] == [c.to_record() for c in b.chunks]
    assert a.chunk_hashes == b.chunk_hashes
    assert np.array_equal(a.vectors, b.vectors)
    assert set(a.documents) == set(b.documents)
    print(f"\n{total} chunks; killed runs (to embed, embedded when killed): {runs}; the last embedded {left}")

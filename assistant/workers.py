"""Reading and chunking across processes: the parts of a build that scale with the cores.

Each worker is a forked process that dies with its build (a SIGKILLed
build leaves no orphan holding the index folder's lock). Chunking workers
count word pieces with the model's tokenizer file (``embedder.word_pieces``),
never with the model itself.
"""

from __future__ import annotations

import ctypes
import dataclasses
import os
import signal
import sys
from collections.abc import Iterator, Sequence
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path

from assistant.chunking import Chunk, TokenCounter, chunk_document, fit_to_model
from assistant.config import Settings
from assistant.documents import Document, DocumentError, Skipped, doc_id_for, read_document
from assistant.search.base import Progress
from assistant.search.dense import Embedder
from assistant.sidecar import text_title


def _read_one(args: tuple[str, str, str]) -> Document | Skipped:
    path, root, fingerprint = args
    doc_id = doc_id_for(Path(path), Path(root))
    try:
        doc = read_document(path, root=root)
    except DocumentError as e:
        return Skipped(doc_id, str(e), fingerprint)
    except Exception as e:
        return Skipped(doc_id, f"unexpected {type(e).__name__}: {e}", fingerprint)
    return dataclasses.replace(doc, content_hash=fingerprint)


def _die_with_parent(parent: int) -> None:
    """Pool initializer: a reader whose build is killed dies with it.

    A forked worker inherits the build's lock (``store.build_lock``); an
    orphan left by a SIGKILLed build would hold it for ever and every later
    build of the folder would wait on it.
    """
    if sys.platform.startswith("linux"):
        libc = ctypes.CDLL(None, use_errno=True)
        libc.prctl(_PR_SET_PDEATHSIG, signal.SIGKILL)
    if os.getppid() != parent:  # the build died before the line above
        os._exit(1)


_PR_SET_PDEATHSIG = 1


def workers_for(asked: int | None) -> int:
    """Processes that read and chunk: as asked, else one a core (at most 4)."""
    return asked if asked is not None else min(4, os.cpu_count() or 1)


def read_all(
    jobs: Sequence[tuple[str, str, str]], progress: Progress | None, workers: int
) -> list[Document | Skipped]:
    out: list[Document | Skipped] = []
    if workers > 1 and len(jobs) > 4:
        with ProcessPoolExecutor(
            max_workers=workers, initializer=_die_with_parent, initargs=(os.getpid(),)
        ) as pool:
            for i, result in enumerate(pool.map(_read_one, jobs, chunksize=2)):
                out.append(result)
                if progress:
                    progress("read", i + 1, len(jobs))
    else:
        for i, job in enumerate(jobs):
            out.append(_read_one(job))
            if progress:
                progress("read", i + 1, len(jobs))
    return out


def chunk_all(
    jobs: Sequence[tuple[Document, Settings, int]], embedder: Embedder, workers: int
) -> Iterator[list[Chunk]]:
    """Each document's chunks, in order; across ``workers`` processes when it pays.

    The workers count word pieces with the model's tokenizer file
    (``embedder.word_pieces``), never with the model: an embedder without one
    chunks in this process.
    """
    counter = getattr(embedder, "word_pieces", None)
    if counter is None or workers < 2 or len(jobs) < 8:
        for doc, settings, limit in jobs:
            yield _chunk_one((doc, settings, limit, embedder.count_tokens))
        return
    with ProcessPoolExecutor(
        max_workers=workers, initializer=_die_with_parent, initargs=(os.getpid(),)
    ) as pool:
        yield from pool.map(_chunk_one, [(*job, counter) for job in jobs], chunksize=4)


def _chunk_one(job: tuple[Document, Settings, int, TokenCounter]) -> list[Chunk]:
    doc, settings, limit, count_tokens = job
    as_embedded = dataclasses.replace(doc, title=text_title(doc))
    return fit_to_model(chunk_document(as_embedded, settings), as_embedded, count_tokens, limit, settings)

"""An index on disk: manifest, documents, chunks, vectors, BM25 and faiss files.

Layout of an index directory::

    index/
      CURRENT            name of the build in use (replaced atomically)
      build-<id>/        one complete build
        manifest.json    format version, settings, model, documents, counts
        documents.jsonl  each document's metadata and normalised text
        chunks.jsonl     each chunk's span, page, heading, council, furniture spans, text hash
        vectors.npy      float32 chunk vectors, in chunk order
        dense.json       the dense index's format and kind ("exact" or "hnsw")
        dense.faiss      the HNSW graph over the same vectors, in faiss's own
                         format (large collections only: assistant/search/dense.py)
        bm25_*.npy, bm25_vocab.json   the BM25 weight matrix and its terms

A build is written into a fresh ``build-<id>`` directory, flushed to disk,
and only then named in ``CURRENT`` (write a temporary file, ``os.replace``):
a build killed at any point leaves the previous one in use. Nothing is
pickled: JSON, ``.npy`` loaded with ``allow_pickle=False``, and faiss's own
format.
"""

from __future__ import annotations

import contextlib
import fcntl
import json
import os
import shutil
import time
import uuid
from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import numpy as np

from assistant.chunking import Chunk, Span
from assistant.documents import Document
from assistant.errors import IndexCorruptError, IndexMismatchError, IndexNotFoundError
from assistant.search.dense import DenseIndex
from assistant.search.sparse import BM25Index

FORMAT_VERSION = 2  # 2: chunks carry their furniture spans
POINTER = "CURRENT"


@dataclass
class IndexData:
    """Everything a loaded index holds."""

    manifest: dict[str, Any]
    documents: dict[str, Document]
    chunks: list[Chunk]
    chunk_hashes: list[str]
    dense: DenseIndex
    bm25: BM25Index
    path: Path = field(default_factory=Path)
    # Judgement tables of the reports (assistant/judgement_questions.py),
    # read from the documents when first asked for; never stored.
    inspections: list[Any] | None = field(default=None, repr=False, compare=False)

    _furniture: dict[str, tuple[Span, ...]] | None = field(default=None, repr=False, compare=False)

    @property
    def vectors(self) -> np.ndarray:
        return self.dense.vectors

    def furniture(self, doc_id: str) -> tuple[Span, ...]:
        """The furniture spans of a document (assistant/furniture.py), in text order."""
        if self._furniture is None:
            by_doc: dict[str, set[Span]] = {}
            for c in self.chunks:
                by_doc.setdefault(c.doc_id, set()).update(c.furniture)
            self._furniture = {d: tuple(sorted(s, key=lambda f: (f.start, f.end))) for d, s in by_doc.items()}
        return self._furniture.get(doc_id, ())


def _fsync_dir(path: Path) -> None:
    try:
        fd = os.open(path, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)


def _write_text(path: Path, text: str) -> None:
    with open(path, "w", encoding="utf-8") as f:
        f.write(text)
        f.flush()
        os.fsync(f.fileno())


def _jsonl(records: Iterator[Mapping[str, Any]]) -> str:
    return "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records)


def save(data: IndexData, index_dir: str | Path) -> Path:
    """Write ``data`` as a new build and make it current; return its folder."""
    index_dir = Path(index_dir)
    index_dir.mkdir(parents=True, exist_ok=True)
    name = f"build-{time.strftime('%Y%m%dT%H%M%S')}-{uuid.uuid4().hex[:8]}"
    tmp = index_dir / f".{name}.partial"
    tmp.mkdir()
    _write_text(tmp / "documents.jsonl", _jsonl(d.to_record() for d in data.documents.values()))
    _write_text(
        tmp / "chunks.jsonl",
        _jsonl(c.to_record() | {"hash": h} for c, h in zip(data.chunks, data.chunk_hashes, strict=True)),
    )
    data.dense.save(tmp)
    data.bm25.save(tmp)
    manifest = dict(data.manifest, format_version=FORMAT_VERSION)
    _write_text(tmp / "manifest.json", json.dumps(manifest, ensure_ascii=False, indent=2))
    for f in tmp.iterdir():
        with open(f, "rb") as fh:
            os.fsync(fh.fileno())
    _fsync_dir(tmp)
    os.rename(tmp, index_dir / name)
    _fsync_dir(index_dir)
    pointer_tmp = index_dir / f".{POINTER}.{uuid.uuid4().hex[:8]}"
    _write_text(pointer_tmp, name + "\n")
    os.replace(pointer_tmp, index_dir / POINTER)
    _fsync_dir(index_dir)
    _remove_stale(index_dir, keep=name)
    return index_dir / name


@contextlib.contextmanager
def build_lock(index_dir: str | Path) -> Iterator[None]:
    """Hold the index folder's build lock: one build at a time, across processes.

    A second ``assistant index`` (or an upload in the chat) on the same
    folder waits here rather than racing the first: without it, each would
    delete the other's unfinished build as a leftover. The lock is an
    ``flock`` on ``<index_dir>/.lock``, released by the kernel if the holder
    is killed.
    """
    index_dir = Path(index_dir)
    index_dir.mkdir(parents=True, exist_ok=True)
    with open(index_dir / ".lock", "a+b") as fh:
        fcntl.flock(fh.fileno(), fcntl.LOCK_EX)
        try:
            yield
        finally:
            fcntl.flock(fh.fileno(), fcntl.LOCK_UN)


def remove_leftovers(index_dir: str | Path) -> None:
    """Delete what killed builds left (unfinished builds, old builds); call under ``build_lock``."""
    index_dir = Path(index_dir)
    try:
        current = current_build(index_dir).name
    except (IndexNotFoundError, OSError):
        return
    _remove_stale(index_dir, keep=current)


def _remove_stale(index_dir: Path, *, keep: str) -> None:
    """Delete builds other than ``keep`` and leftovers of interrupted builds."""
    for p in index_dir.iterdir():
        stale_build = p.name.startswith("build-") and p.name != keep
        leftover = p.name.startswith(".build-") or p.name.startswith(f".{POINTER}.")
        if stale_build or leftover:
            if p.is_dir():
                shutil.rmtree(p, ignore_errors=True)
            else:
                p.unlink(missing_ok=True)


def current_build(index_dir: str | Path) -> Path:
    """The folder of the build in use; ``IndexNotFoundError`` if none."""
    index_dir = Path(index_dir)
    pointer = index_dir / POINTER
    if not pointer.exists():
        raise IndexNotFoundError(
            f"no index in {index_dir}; build one with `assistant index PATH --index-dir {index_dir}`"
        )
    name = pointer.read_text(encoding="utf-8").strip()
    build = index_dir / name
    if not name.startswith("build-") or "/" in name or not build.is_dir():
        raise IndexCorruptError(
            f"{pointer} names {name!r}, which is not a build in {index_dir}; "
            "delete the folder and rebuild with `assistant index`"
        )
    return build


def read_manifest(build: Path) -> dict[str, Any]:
    """The manifest of the build folder ``build``; raise unless this program reads its format.

    ``load`` starts here; a caller that needs only the manifest (the
    benchmarks' replica cache) reads it without loading the indexes.
    """
    manifest = _read_json(build / "manifest.json")
    version = manifest.get("format_version")
    if version != FORMAT_VERSION:
        raise IndexMismatchError(
            f"{build / 'manifest.json'} has format version {version}, this program reads "
            f"{FORMAT_VERSION}; rebuild the index with `assistant index`"
        )
    return manifest


def _read_json(path: Path) -> dict[str, Any]:
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError as e:
        raise IndexCorruptError(f"{path} is missing; rebuild the index with `assistant index`") from e
    except ValueError as e:
        raise IndexCorruptError(f"{path} is not valid JSON ({e}); rebuild the index") from e
    if not isinstance(data, dict):
        raise IndexCorruptError(f"{path} does not hold a JSON object; rebuild the index")
    return data


def _read_jsonl(path: Path) -> list[dict[str, Any]]:
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
        return [json.loads(line) for line in lines if line.strip()]
    except FileNotFoundError as e:
        raise IndexCorruptError(f"{path} is missing; rebuild the index with `assistant index`") from e
    except ValueError as e:
        raise IndexCorruptError(f"{path} is damaged ({e}); rebuild the index") from e


def load(index_dir: str | Path, *, expect_model: str | None = None) -> IndexData:
    """Load the current build, checking its format version and consistency."""
    build = current_build(index_dir)
    manifest = read_manifest(build)
    model = manifest.get("embedder", {}).get("name")
    if expect_model is not None and model != expect_model:
        raise IndexMismatchError(
            f"the index in {index_dir} was built with the model {model!r}, not {expect_model!r}; "
            "rebuild it or load it with the same model"
        )
    documents: dict[str, Document] = {}
    for r in _read_jsonl(build / "documents.jsonl"):
        doc = Document.from_record(r)
        documents[doc.doc_id] = doc
    chunks, hashes = [], []
    for r in _read_jsonl(build / "chunks.jsonl"):
        h = r.pop("hash")
        owner = documents.get(r["doc_id"])
        if owner is None or not 0 <= r["start"] <= r["end"] <= len(owner.text):
            raise IndexCorruptError(
                f"{build / 'chunks.jsonl'} refers to text that documents.jsonl lacks; rebuild the index"
            )
        chunks.append(Chunk.from_record(r, owner.text))
        hashes.append(h)
    try:
        dense = DenseIndex.load(build, expected=len(chunks))
        bm25 = BM25Index.load(build)
    except (FileNotFoundError, ValueError) as e:
        raise IndexCorruptError(
            f"an index file in {build} is missing or damaged ({e}); rebuild the index"
        ) from e
    if bm25.size != len(chunks):
        raise IndexCorruptError(f"{build} has BM25 rows for {bm25.size} chunks, not {len(chunks)}; rebuild")
    return IndexData(manifest, documents, chunks, hashes, dense, bm25, build)

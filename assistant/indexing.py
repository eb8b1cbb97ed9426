"""Building and updating an index: files -> documents -> chunks -> vectors -> disk.

Incremental by construction. A file whose bytes (and sidecar) are unchanged
keeps its document and chunks from the previous build without being read
again; a chunk whose indexed text (for the same model) was embedded before
keeps its vector: vectors are kept in an embedding cache beside the builds,
keyed by (model, precision, text hash), so no text is embedded twice. Only
new or changed text is parsed and embedded. When nothing changed at all, the
build on disk is left as it is.

A folder's metadata CSV (``assistant.sidecar``) is applied to every document
at every build, kept ones too: editing it updates the documents it lists
(re-chunked, for their councils) without re-reading or re-embedding them, as
what is embedded carries the title the text gives, not the sidecar's.
"""

from __future__ import annotations

import dataclasses
import hashlib
import time
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import numpy as np

from assistant.chunking import Chunk
from assistant.config import VERSION, Settings
from assistant.documents import (
    PARSER_VERSION,
    SIDECAR_SUFFIX,
    Document,
    Skipped,
    discover,
    doc_id_for,
)
from assistant.errors import IndexStoreError
from assistant.furniture import FURNITURE_VERSION, find_furniture, within
from assistant.search import store
from assistant.search.base import Progress
from assistant.search.dense import DenseIndex, Embedder
from assistant.search.embedding_cache import EmbeddingCache
from assistant.search.registry import backend_matches, save_index
from assistant.search.sparse import BM25Index, tokenize
from assistant.sidecar import Entry, apply_entry, sidecar_entries
from assistant.workers import chunk_all, read_all, workers_for


@dataclass
class BuildReport:
    """What a build did, for the summary printed after ``assistant index``."""

    documents: int = 0
    chunks: int = 0
    parsed: int = 0
    reused_documents: int = 0
    metadata_updated: int = 0  # unchanged files whose sidecar metadata changed
    embedded: int = 0
    reused_vectors: int = 0
    removed: int = 0
    skipped: list[Skipped] = field(default_factory=list)
    unchanged: bool = False
    seconds: float = 0.0
    embed_seconds: float = 0.0
    read_seconds: float = 0.0
    chunk_seconds: float = 0.0
    pages: int = 0
    pages_read: int = 0
    precision: str = ""
    precision_reason: str = ""
    path: str = ""
    # The index as built (or kept), so the caller need not read it back.
    data: store.IndexData | None = field(default=None, repr=False, compare=False)

    @property
    def read_rate(self) -> float:
        """Pages read per second (PDF pages; other files count as one page)."""
        return self.pages_read / self.read_seconds if self.read_seconds else 0.0

    @property
    def embed_rate(self) -> float:
        return self.embedded / self.embed_seconds if self.embed_seconds else 0.0


def file_fingerprint(path: Path) -> str:
    """sha256 of the file's bytes and of its sidecar, if any."""
    h = hashlib.sha256()
    with open(path, "rb") as f:
        for block in iter(lambda: f.read(1 << 20), b""):
            h.update(block)
    side = path.with_name(path.name + SIDECAR_SUFFIX)
    if side.exists():
        h.update(b"\0sidecar\0" + side.read_bytes())
    return h.hexdigest()


def text_hash(model: str, text: str) -> str:
    return hashlib.sha256(f"{model}\0{text}".encode()).hexdigest()[:32]


def _text_key(doc: Document) -> str:
    return hashlib.sha256(doc.text.encode("utf-8", "surrogatepass")).hexdigest()


def build_index(
    paths: Sequence[str | Path],
    index_dir: str | Path,
    *,
    settings: Settings,
    embedder: Embedder,
    progress: Progress | None = None,
    workers: int | None = None,
) -> BuildReport:
    """Build or update the index in ``index_dir`` from the files under ``paths``.

    Builds of one folder run one at a time (``store.build_lock``), also
    across processes.
    """
    with store.build_lock(index_dir):
        return _build_index(
            paths, index_dir, settings=settings, embedder=embedder, progress=progress, workers=workers
        )


def _build_index(
    paths: Sequence[str | Path],
    index_dir: str | Path,
    *,
    settings: Settings,
    embedder: Embedder,
    progress: Progress | None,
    workers: int | None,
) -> BuildReport:
    started = time.perf_counter()
    report = BuildReport(
        precision=embedder.precision,
        precision_reason=getattr(getattr(embedder, "choice", None), "reason", ""),
    )
    previous = _previous(index_dir, settings, embedder)
    old_docs: dict[str, Document] = {}
    if previous is not None and previous.manifest.get("parser_version") == PARSER_VERSION:
        old_docs = previous.documents  # else re-read every file (vectors are still reused)

    files = discover(paths)
    entries = sidecar_entries(files)
    old_skips = {s["path"]: s for s in (previous.manifest.get("skipped", []) if previous else [])}
    jobs, kept, seen = [], {}, set()
    for path, root in files:
        doc_id = doc_id_for(path, root)
        if doc_id in seen:
            report.skipped.append(Skipped(doc_id, "another file has the same id"))
            continue
        seen.add(doc_id)
        fp = file_fingerprint(path)
        old = old_docs.get(doc_id)
        if old is not None and old.content_hash == fp:
            kept[doc_id] = apply_entry(old, entries.get(doc_id))
            report.metadata_updated += kept[doc_id] is not old
        elif doc_id in old_skips and old_skips[doc_id].get("fingerprint") == fp:
            report.skipped.append(Skipped(doc_id, old_skips[doc_id]["reason"], fp))
        else:
            jobs.append((str(path), str(root), fp))
    report.reused_documents = len(kept)
    report.removed = len(set(old_docs) - seen)

    if (
        previous is not None
        and not jobs
        and not report.removed
        and not report.metadata_updated
        and set(kept) == set(old_docs)
        and _current_as_built(previous, settings, index_dir)
    ):
        store.remove_leftovers(index_dir)  # what killed builds left
        report.unchanged = True
        report.documents = len(old_docs)
        report.chunks = len(previous.chunks)
        report.path = str(previous.path)
        report.data = previous
        report.seconds = time.perf_counter() - started
        return report

    workers = workers_for(workers)
    read_started = time.perf_counter()
    parsed = read_all(jobs, progress, workers)
    report.read_seconds = time.perf_counter() - read_started
    report.pages_read = sum(len(p.page_starts) for p in parsed if isinstance(p, Document))
    documents = _with_parsed(kept, parsed, entries, report)
    report.parsed = sum(1 for p in parsed if isinstance(p, Document))
    sources = [str(Path(p).resolve()) for p in paths]
    _write(documents, previous, index_dir, settings, embedder, progress, report, sources, workers)
    report.seconds = time.perf_counter() - started
    return report


def _with_parsed(
    kept: dict[str, Document],
    parsed: Sequence[Document | Skipped],
    entries: dict[str, Entry],
    report: BuildReport,
) -> dict[str, Document]:
    """The kept documents and the newly read ones, with their sidecar metadata.

    A duplicate is the same text, whatever its file name or sidecar: its
    passages would only repeat the first copy's.
    """
    documents = dict(kept)
    by_text: dict[str, Document] = {_text_key(d): d for d in kept.values()}
    for item in parsed:
        if isinstance(item, Skipped):
            report.skipped.append(item)
            continue
        item = apply_entry(item, entries.get(item.doc_id))
        twin = by_text.get(_text_key(item))
        if twin is not None:
            report.skipped.append(Skipped(item.doc_id, f"duplicate of {twin.doc_id}", item.content_hash))
            continue
        by_text[_text_key(item)] = item
        documents[item.doc_id] = item
    return documents


def build_from_documents(
    documents: Sequence[Document],
    index_dir: str | Path,
    *,
    settings: Settings,
    embedder: Embedder,
    progress: Progress | None = None,
) -> BuildReport:
    """Index documents made in memory (e.g. a BEIR corpus), reusing what it can."""
    started = time.perf_counter()
    report = BuildReport(precision=embedder.precision)
    previous = _previous(index_dir, settings, embedder)
    docs = {d.doc_id: d for d in documents}
    if (
        previous is not None
        and {d: x.content_hash for d, x in docs.items()}
        == {d: x.content_hash for d, x in previous.documents.items()}
        and _current_as_built(previous, settings, index_dir)
    ):
        report.unchanged = True
        report.documents, report.chunks = len(docs), len(previous.chunks)
        report.data = previous
        return report
    report.parsed = len(docs)
    _write(docs, previous, index_dir, settings, embedder, progress, report, [], workers_for(None))
    report.seconds = time.perf_counter() - started
    return report


def _write(
    documents: dict[str, Document],
    previous: store.IndexData | None,
    index_dir: str | Path,
    settings: Settings,
    embedder: Embedder,
    progress: Progress | None,
    report: BuildReport,
    sources: list[str],
    workers: int,
) -> None:
    """Chunk, embed (what is new), index and save ``documents`` as a new build."""
    documents = dict(sorted(documents.items()))
    chunk_started = time.perf_counter()
    chunks = _chunks_for(documents, previous, settings, embedder, progress, workers)
    chunks = _with_furniture(chunks, documents)
    report.chunk_seconds = time.perf_counter() - chunk_started
    hashes = [text_hash(embedder.name, c.indexed_text) for c in chunks]
    cache = EmbeddingCache(index_dir, model=embedder.name, precision=embedder.precision, dim=embedder.dim)
    vectors = _vectors_for(chunks, hashes, previous, cache, embedder, progress, report)
    bm25 = BM25Index.build(
        [tokenize(c.lexical_text, stem=settings.stemming) for c in chunks],
        k1=settings.bm25_k1,
        b=settings.bm25_b,
        epsilon=settings.bm25_epsilon,
    )
    manifest = _manifest(settings, embedder, documents, chunks, report)
    manifest["sources"] = sources
    data = store.IndexData(manifest, documents, chunks, hashes, DenseIndex(vectors), bm25)
    data.path = save_index(data, index_dir, settings=settings, progress=progress)
    report.path = str(data.path)
    report.data = data
    report.documents = len(documents)
    report.chunks = len(chunks)
    report.pages = sum(len(d.page_starts) for d in documents.values())


def _current_as_built(previous: store.IndexData, settings: Settings, index_dir: str | Path) -> bool:
    """Whether a build of the same documents can stand as it is: its furniture found by today's
    rules (an index without ``furniture_version`` is 1) and its backend the one asked for."""
    return previous.manifest.get("furniture_version", 1) == FURNITURE_VERSION and backend_matches(
        previous.manifest, settings, index_dir
    )


def _previous(index_dir: str | Path, settings: Settings, embedder: Embedder) -> store.IndexData | None:
    """The current build if it can be reused with these settings and model."""
    try:
        data = store.load(index_dir)
    except IndexStoreError:
        return None
    m = data.manifest
    same = (
        m.get("settings_signature") == settings.index_signature()
        and m.get("embedder", {}).get("name") == embedder.name
        and m.get("embedder", {}).get("precision") == embedder.precision
    )
    return data if same else None


def _chunks_for(
    documents: dict[str, Document],
    previous: store.IndexData | None,
    settings: Settings,
    embedder: Embedder,
    progress: Progress | None,
    workers: int,
) -> list[Chunk]:
    old: dict[str, list[Chunk]] = {}
    if previous is not None:
        for c in previous.chunks:
            old.setdefault(c.doc_id, []).append(c)
    limit = int(getattr(embedder, "max_tokens", settings.model_max_tokens))
    limit = min(limit, settings.model_max_tokens)
    kept = {
        doc_id
        for doc_id, doc in documents.items()
        if previous is not None and previous.documents.get(doc_id) is doc and doc_id in old
    }  # kept as they were: so are their chunks
    jobs = [(doc, settings, limit) for doc_id, doc in documents.items() if doc_id not in kept]
    made = iter(chunk_all(jobs, embedder, workers))
    out: list[Chunk] = []
    for i, doc_id in enumerate(documents):
        out.extend(old[doc_id] if doc_id in kept else next(made))
        if progress:
            progress("chunk", i + 1, len(documents))
    return out


def _with_furniture(chunks: Sequence[Chunk], documents: dict[str, Document]) -> list[Chunk]:
    """Chunks marked with their furniture, found over every document of this build.

    Recomputed on every build, for kept chunks too: what repeats depends on
    the whole collection.
    """
    ids = list(documents)
    _, spans = find_furniture([documents[d].text for d in ids])
    by_doc = dict(zip(ids, spans, strict=True))
    return [dataclasses.replace(c, furniture=within(by_doc[c.doc_id], c.start, c.end)) for c in chunks]


def _vectors_for(
    chunks: Sequence[Chunk],
    hashes: Sequence[str],
    previous: store.IndexData | None,
    cache: EmbeddingCache,
    embedder: Embedder,
    progress: Progress | None,
    report: BuildReport,
) -> np.ndarray:
    """One vector per chunk: from the cache or the previous build, else embedded.

    Each distinct text is embedded once; new vectors go into the cache as
    they are made (written out every few thousand), so a build killed while
    embedding loses little.
    """
    if previous is not None:  # builds made before the cache existed
        known = [h for h in previous.chunk_hashes if h not in cache]
        if known:
            row = {h: i for i, h in enumerate(previous.chunk_hashes)}
            cache.add(known, previous.vectors[[row[h] for h in known]])
    text = {h: c.indexed_text for h, c in zip(hashes, chunks, strict=True)}
    # Shortest first: a batch of similar lengths pads little.
    todo = sorted({h for h in hashes if h not in cache}, key=lambda h: (len(text[h]), h))
    report.reused_vectors = sum(1 for h in hashes if h in cache)
    started = time.perf_counter()
    batch = 256
    for b in range(0, len(todo), batch):
        keys = todo[b : b + batch]
        cache.add(keys, embedder.encode([text[h] for h in keys]))
        if progress:
            progress("embed", min(b + batch, len(todo)), len(todo))
    cache.flush()
    report.embed_seconds = time.perf_counter() - started
    report.embedded = len(todo)
    vectors = np.zeros((len(chunks), embedder.dim), dtype=np.float32)
    for i, h in enumerate(hashes):
        vectors[i] = cache.get(h)
    return vectors


def _manifest(
    settings: Settings,
    embedder: Embedder,
    documents: dict[str, Document],
    chunks: Sequence[Chunk],
    report: BuildReport,
) -> dict[str, Any]:
    per_doc: dict[str, int] = {}
    for c in chunks:
        per_doc[c.doc_id] = per_doc.get(c.doc_id, 0) + 1
    return {
        "created": time.strftime("%Y-%m-%dT%H:%M:%S%z"),
        "assistant_version": VERSION,
        "parser_version": PARSER_VERSION,
        "furniture_version": FURNITURE_VERSION,
        "settings": settings.to_dict(),
        "settings_signature": settings.index_signature(),
        "embedder": {
            "name": embedder.name,
            "dim": embedder.dim,
            "precision": embedder.precision,
            "precision_reason": report.precision_reason,
        },
        "counts": {"documents": len(documents), "chunks": len(chunks)},
        "documents": [
            {"doc_id": d.doc_id, "content_hash": d.content_hash, "chunks": per_doc.get(d.doc_id, 0)}
            for d in documents.values()
        ],
        "skipped": [
            {"path": s.path, "reason": s.reason, "fingerprint": s.fingerprint} for s in report.skipped
        ],
    }

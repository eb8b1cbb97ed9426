"""A large collection made from a built one: perturbed replicas of its documents.

Re-embedding 100,000 chunks would take about 40 minutes on a 2-core CPU, so
``replicate`` copies the documents of a built index instead. Each replica
``<doc_id>#r<n>`` is the document's text with deterministic word-level
changes (a few words swapped for synonyms, a few stop words dropped, some
numbers changed), so the collection's BM25 statistics (vocabulary, document
frequencies, lengths) stay those of real text rather than of exact copies.
Its chunks are the original chunks' spans mapped onto the new text, and its
vectors the original vectors plus small gaussian noise, renormalised.

The result is an ordinary ``IndexData`` built with the project's own
classes (``BM25Index.build`` on the tokenized lexical text, ``DenseIndex``),
so ``store.save`` then ``Assistant.load`` serve it exactly like a built index.

>>> text, mapping = perturb("Children in care had 12 visits.", replica=1, doc_key="d")
>>> len(mapping) == len("Children in care had 12 visits.") + 1
True
"""

from __future__ import annotations

import dataclasses
import hashlib
import re
from collections.abc import Sequence

import numpy as np

from assistant.chunking import Chunk
from assistant.config import Settings
from assistant.documents import Document
from assistant.search.dense import DenseIndex
from assistant.search.sparse import BM25Index, tokenize
from assistant.search.store import IndexData

# Swaps a reader would accept in an inspection report; both directions.
_PAIRS = [
    ("children", "youngsters"),
    ("child", "youngster"),
    ("staff", "workers"),
    ("managers", "leaders"),
    ("support", "help"),
    ("improve", "strengthen"),
    ("improved", "strengthened"),
    ("effective", "successful"),
    ("good", "strong"),
    ("quality", "standard"),
    ("plans", "arrangements"),
    ("risk", "danger"),
    ("timely", "prompt"),
    ("ensure", "make sure"),
    ("consistently", "reliably"),
    ("families", "households"),
    ("practice", "work"),
    ("oversight", "scrutiny"),
    ("senior", "top"),
    ("recent", "latest"),
    ("weak", "poor"),
    ("high", "large"),
    ("needs", "requirements"),
    ("progress", "headway"),
    ("services", "provision"),
]
SYNONYMS = {a: b for a, b in _PAIRS} | {b: a for a, b in _PAIRS if " " not in b}
DROPPABLE = frozenset({"the", "a", "an", "of", "and", "that", "very", "also", "all"})
SWAP_RATE, DROP_RATE, NUMBER_RATE = 0.3, 0.15, 0.5
NOISE_SIGMA = 0.015  # cosine with the original vector about 0.96 for 384 dimensions

_PIECE = re.compile(r"\w+|\W+")


def _unit(doc_key: str, replica: int) -> np.random.Generator:
    seed = int.from_bytes(hashlib.blake2b(f"{doc_key}\0{replica}".encode(), digest_size=8).digest(), "little")
    return np.random.default_rng(seed)


def _match_case(word: str, new: str) -> str:
    if word.isupper() and len(word) > 1:
        return new.upper()
    if word[:1].isupper():
        return new[:1].upper() + new[1:]
    return new


def perturb(text: str, *, replica: int, doc_key: str) -> tuple[str, np.ndarray]:
    """The perturbed text and, for every offset 0..len(text), its new offset.

    Deterministic in ``(doc_key, replica)``. A dropped word takes the space
    after it along, so the text keeps single spaces.
    """
    rng = _unit(doc_key, replica)
    pieces = _PIECE.findall(text)
    draws = rng.random(len(pieces))
    out: list[str] = []
    old_starts = np.zeros(len(pieces) + 1, dtype=np.int64)
    new_starts = np.zeros(len(pieces) + 1, dtype=np.int64)
    old = new = 0
    skip_space = False
    for i, piece in enumerate(pieces):
        old_starts[i], new_starts[i] = old, new
        old += len(piece)
        repl = piece
        lower = piece.lower()
        if skip_space and piece.isspace():
            repl = ""
        elif lower in SYNONYMS and draws[i] < SWAP_RATE:
            repl = _match_case(piece, SYNONYMS[lower])
        elif lower in DROPPABLE and draws[i] < DROP_RATE and pieces[i + 1 : i + 2] == [" "]:
            repl = ""
        elif piece.isascii() and piece.isdigit() and draws[i] < NUMBER_RATE:
            repl = str(int(piece) + replica).zfill(len(piece))
        skip_space = repl == "" and not piece.isspace()
        out.append(repl)
        new += len(repl)
    old_starts[-1], new_starts[-1] = old, new
    mapping = _offset_map(len(text), old_starts, new_starts)
    return "".join(out), mapping


def _offset_map(n: int, old_starts: np.ndarray, new_starts: np.ndarray) -> np.ndarray:
    """New offset of every old offset: a piece's start maps to its new start,
    an offset inside a piece to the same distance into its replacement (capped)."""
    offsets = np.arange(n + 1, dtype=np.int64)
    piece = np.searchsorted(old_starts, offsets, side="right") - 1
    piece = np.minimum(piece, len(old_starts) - 1)
    new_len = np.diff(new_starts, append=new_starts[-1])
    inside = np.minimum(offsets - old_starts[piece], new_len[piece])
    return new_starts[piece] + inside


def replica_document(doc: Document, replica: int) -> tuple[Document, np.ndarray]:
    text, mapping = perturb(doc.text, replica=replica, doc_key=doc.doc_id)
    pages = tuple(int(mapping[p]) for p in doc.page_starts)
    digest = hashlib.sha256(f"{doc.content_hash}\0r{replica}".encode()).hexdigest()
    new = dataclasses.replace(
        doc,
        doc_id=f"{doc.doc_id}#r{replica}",
        text=text,
        page_starts=pages,
        content_hash=digest,
        path=f"{doc.path}#r{replica}",
    )
    return new, mapping


def replica_chunk(c: Chunk, doc: Document, mapping: np.ndarray) -> Chunk:
    start, end = int(mapping[c.start]), int(mapping[c.end])
    return dataclasses.replace(
        c,
        doc_id=doc.doc_id,
        start=start,
        end=end,
        text=doc.text[start:end],
        page=doc.page_at(start),
        page_end=doc.page_at(max(start, end - 1)),
    )


def noisy(vectors: np.ndarray, rng: np.random.Generator, sigma: float = NOISE_SIGMA) -> np.ndarray:
    v = vectors + rng.standard_normal(vectors.shape).astype(np.float32) * sigma
    return (v / np.linalg.norm(v, axis=1, keepdims=True)).astype(np.float32)


def original_chunk_id(chunk_id: str) -> str:
    """``doc#r3#12`` -> ``doc#12``: the chunk a replica chunk was copied from.

    >>> original_chunk_id("reports/a.pdf#r3#12"), original_chunk_id("reports/a.pdf#12")
    ('reports/a.pdf#12', 'reports/a.pdf#12')
    """
    return re.sub(r"#r\d+(?=#\d+$)", "", chunk_id)


def replicate(base: IndexData, target_chunks: int, *, settings: Settings, seed: int = 0) -> IndexData:
    """``base`` plus perturbed replicas of its documents, about ``target_chunks`` chunks.

    Replicas are added document by document (round 1 of every document,
    then round 2, ...) until the collection holds at least ``target_chunks``.
    """
    by_doc: dict[str, list[int]] = {}
    for i, c in enumerate(base.chunks):
        by_doc.setdefault(c.doc_id, []).append(i)
    documents = dict(base.documents)
    chunks: list[Chunk] = list(base.chunks)
    hashes: list[str] = list(base.chunk_hashes)
    blocks: list[np.ndarray] = [base.vectors]
    rng = np.random.default_rng(seed)
    replica = 0
    while len(chunks) < target_chunks and by_doc:
        replica += 1
        for doc_id, rows in by_doc.items():
            if len(chunks) >= target_chunks:
                break
            doc, mapping = replica_document(base.documents[doc_id], replica)
            documents[doc.doc_id] = doc
            chunks.extend(replica_chunk(base.chunks[i], doc, mapping) for i in rows)
            hashes.extend(f"{base.chunk_hashes[i][:24]}r{replica:06d}" for i in rows)
            blocks.append(noisy(base.vectors[rows], rng))
    vectors = np.concatenate(blocks) if blocks else base.vectors
    bm25 = BM25Index.build(
        [tokenize(c.lexical_text, stem=settings.stemming) for c in chunks],
        k1=settings.bm25_k1,
        b=settings.bm25_b,
        epsilon=settings.bm25_epsilon,
    )
    return IndexData(
        _manifest(base, documents, chunks, replica, target_chunks),
        documents,
        chunks,
        hashes,
        DenseIndex(vectors),
        bm25,
    )


def _manifest(
    base: IndexData, documents: dict[str, Document], chunks: Sequence[Chunk], rounds: int, target: int
) -> dict[str, object]:
    per_doc: dict[str, int] = {}
    for c in chunks:
        per_doc[c.doc_id] = per_doc.get(c.doc_id, 0) + 1
    manifest = dict(base.manifest)
    manifest["counts"] = {"documents": len(documents), "chunks": len(chunks)}
    manifest["documents"] = [
        {"doc_id": d.doc_id, "content_hash": d.content_hash, "chunks": per_doc.get(d.doc_id, 0)}
        for d in documents.values()
    ]
    manifest["bench_replica"] = {
        "base": base.path.name,
        "target_chunks": target,
        "replica_rounds": rounds,
        "noise_sigma": NOISE_SIGMA,
    }
    return manifest

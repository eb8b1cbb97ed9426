"""Files (txt, md, html, pdf) -> ``Document``: normalised text, pages, metadata.

The normalised text is the reference for every offset the rest of the
pipeline produces: a chunk's ``start``/``end`` and a citation's quote are
spans of ``Document.text``. Normalisation is therefore done once, here, and
nothing downstream rewrites the text.

Each format's reader is in ``assistant.formats``. Metadata is derived from
the text where it allows it (``assistant.ofsted.derive_metadata``: an Ofsted
report's first page names the council and the inspection dates; a letter's
date line gives its date) and can be overridden by a sidecar file
``<file>.meta.json`` beside the document. A folder's metadata CSV
(``sources.csv``, Ofsted's ``ofsted_csc_ilacs_history.csv``) is applied at
indexing, after reading (``assistant.sidecar``), so that editing it re-reads
nothing.
"""

from __future__ import annotations

import hashlib
import json
import os
from bisect import bisect_right
from collections.abc import Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from assistant.authorities import GAZETTEER
from assistant.errors import DocumentError
from assistant.formats import html_to_text, markdown_to_text, normalise_text, read_pdf
from assistant.ofsted import derive_metadata

SUPPORTED_SUFFIXES = (".txt", ".md", ".markdown", ".html", ".htm", ".pdf")
SIDECAR_SUFFIX = ".meta.json"
# A folder's metadata files (assistant.sidecar): never documents themselves.
SOURCES_CSV = "sources.csv"
OFSTED_CSV = "ofsted_csc_ilacs_history.csv"
# Files in a corpus folder that describe the corpus rather than belong to it.
CORPUS_NOTES = frozenset({"README.md", "LICENSE", "LICENSE.md", "CHANGELOG.md"})
MAX_FILE_BYTES = 64 * 1024 * 1024
# Bump when reading, normalisation or what counts as furniture changes: an
# index built by another version re-reads every file and finds its furniture
# again (unchanged chunk texts keep their vectors). 10: a sentence is
# furniture by its words too (assistant/furniture.py, ``word_bag``). 11: a
# short PDF line is no heading when the next line carries on its sentence. 12:
# lines drawn last but printed above the rest of the page (a letterhead) come first. 13: an
# "Inspection dates" line that breaks before its month goes on (``dates.inspection_period``).
PARSER_VERSION = 13


@dataclass(frozen=True)
class Document:
    """One source document with its normalised text.

    ``page_starts[i]`` is the offset in ``text`` where page ``i + 1`` begins
    (a single ``(0,)`` for formats without pages).
    """

    doc_id: str
    text: str
    title: str
    path: str = ""
    doc_type: str = "document"
    publisher: str | None = None
    date: str | None = None  # ISO 8601 (YYYY-MM-DD)
    authorities: tuple[str, ...] = ()
    url: str | None = None
    page_starts: tuple[int, ...] = (0,)
    content_hash: str = ""
    extra: Mapping[str, Any] = field(default_factory=dict)

    def page_at(self, offset: int) -> int:
        """1-based page number of the character at ``offset``."""
        return max(1, bisect_right(self.page_starts, offset))

    @property
    def authority(self) -> str | None:
        """The council the document is mainly about, if any."""
        return self.authorities[0] if self.authorities else None

    @property
    def years(self) -> frozenset[int]:
        """The years the document is about: its date's, and its inspection's.

        A report published in February 2019 on an inspection in December 2018
        is "the 2018 inspection" to some readers and "the 2019 report" to others.
        """
        out = set()
        for value in (self.date, self.extra.get("inspection_start"), self.extra.get("inspection_end")):
            if isinstance(value, str) and value[:4].isdigit():
                out.add(int(value[:4]))
        return frozenset(out)

    @property
    def source(self) -> str:
        """Where the document came from: its URL if known, else its file."""
        return self.url or self.path or self.doc_id

    def to_record(self) -> dict[str, Any]:
        return {
            "doc_id": self.doc_id,
            "title": self.title,
            "path": self.path,
            "doc_type": self.doc_type,
            "publisher": self.publisher,
            "date": self.date,
            "authorities": list(self.authorities),
            "url": self.url,
            "page_starts": list(self.page_starts),
            "content_hash": self.content_hash,
            "extra": dict(self.extra),
            "text": self.text,
        }

    @classmethod
    def from_record(cls, r: Mapping[str, Any]) -> Document:
        return cls(
            doc_id=r["doc_id"],
            text=r["text"],
            title=r["title"],
            path=r.get("path", ""),
            doc_type=r.get("doc_type", "document"),
            publisher=r.get("publisher"),
            date=r.get("date"),
            authorities=tuple(r.get("authorities", ())),
            url=r.get("url"),
            page_starts=tuple(r.get("page_starts", (0,))),
            content_hash=r.get("content_hash", ""),
            extra=dict(r.get("extra", {})),
        )


@dataclass(frozen=True)
class Skipped:
    """A file that was not indexed, and why."""

    path: str
    reason: str
    fingerprint: str = ""  # of the file as it was, so an unchanged bad file is not re-read


# --------------------------------------------------------------------------
# Finding files


def discover(paths: Sequence[str | Path]) -> list[tuple[Path, Path]]:
    """``(file, root)`` pairs for every file under ``paths``, sorted.

    A directory is walked recursively and is the root its files' ids are
    relative to; a file given directly is its own root's child. Hidden files,
    sidecars, metadata CSVs and corpus notes (README.md) are left out.
    """
    found: list[tuple[Path, Path]] = []
    for p in map(Path, paths):
        if p.is_dir():
            for f in sorted(p.rglob("*")):
                rel = f.relative_to(p)
                if f.is_file() and not _is_ignored(rel):
                    found.append((f, p))
        elif p.exists():
            found.append((p, p.parent))
        else:
            raise DocumentError(f"{p} does not exist; pass a file or a folder of documents")
    return found


def _is_ignored(rel: Path) -> bool:
    return (
        any(part.startswith(".") for part in rel.parts)
        or rel.name.endswith(SIDECAR_SUFFIX)
        or rel.name in (SOURCES_CSV, OFSTED_CSV)
        or (len(rel.parts) == 1 and rel.name in CORPUS_NOTES)
    )


def doc_id_for(path: Path, root: Path) -> str:
    """A document's id: its path relative to the corpus root, with ``/``.

    The path as found, not where a symbolic link points: a folder of links
    to files elsewhere is indexed under the links' names.
    """
    return Path(os.path.relpath(os.path.abspath(path), os.path.abspath(root))).as_posix()


# --------------------------------------------------------------------------
# Reading one file


def read_document(path: str | Path, *, root: str | Path | None = None) -> Document:
    """Read one file into a ``Document``; raise ``DocumentError`` if it cannot be.

    >>> doc = read_document("corpus/ofsted-2022-01-31-stoke-monitoring-visit-letter.txt")
    >>> doc.date, doc.authority
    ('2022-01-31', 'Stoke-on-Trent')
    """
    path = Path(path)
    root = Path(root) if root is not None else path.parent
    suffix = path.suffix.lower()
    if suffix not in SUPPORTED_SUFFIXES:
        raise DocumentError(
            f"{path.name}: unsupported file type {suffix or '(none)'}; "
            f"supported: {', '.join(SUPPORTED_SUFFIXES)}"
        )
    data = _read_bytes(path)
    text, page_starts, hint = _extract_text(data, suffix, path.name)
    meta = derive_metadata(text, path.name) | hint
    meta |= _read_sidecar(path)
    return Document(
        doc_id=doc_id_for(path, root),
        text=text,
        title=str(meta.pop("title", None) or path.stem),
        path=str(path),
        doc_type=str(meta.pop("doc_type", "document")),
        publisher=meta.pop("publisher", None),
        date=meta.pop("date", None),
        authorities=_official_authorities(meta.pop("authorities", ())),
        url=meta.pop("url", None),
        page_starts=page_starts,
        content_hash=hashlib.sha256(data).hexdigest(),
        extra=meta,
    )


def _read_bytes(path: Path) -> bytes:
    """The file's bytes; raise ``DocumentError`` if it is empty, too large or unreadable."""
    try:
        size = path.stat().st_size
        if size == 0:
            raise DocumentError(f"{path.name}: the file is empty")
        if size > MAX_FILE_BYTES:
            raise DocumentError(
                f"{path.name}: {size / 2**20:.0f} MB is over the {MAX_FILE_BYTES // 2**20} MB limit"
            )
        return path.read_bytes()
    except OSError as e:
        raise DocumentError(f"{path.name}: cannot be read ({e.strerror or e})") from e


def _extract_text(data: bytes, suffix: str, name: str) -> tuple[str, tuple[int, ...], dict[str, Any]]:
    """The normalised text, page starts and format hints (an HTML title) of a file's bytes."""
    if suffix == ".pdf":
        text, page_starts, hint = read_pdf(data, name)
    else:
        raw = _decode(data, name)
        if suffix in (".html", ".htm"):
            text, hint = html_to_text(raw)
        elif suffix in (".md", ".markdown"):
            text, hint = markdown_to_text(raw), {}
        else:
            text, hint = normalise_text(raw), {}
        page_starts = (0,)
    if not text.strip():
        if suffix == ".pdf":
            raise DocumentError(f"{name}: no text could be extracted (a scanned PDF needs OCR first)")
        raise DocumentError(f"{name}: no text in the file, only whitespace or markup")
    return text, page_starts, hint


def iter_documents(
    paths: Sequence[str | Path],
) -> Iterator[Document | Skipped]:
    """Every document under ``paths``, or a ``Skipped`` saying why it is not one."""
    for path, root in discover(paths):
        try:
            yield read_document(path, root=root)
        except DocumentError as e:
            yield Skipped(doc_id_for(path, root), str(e))


def _decode(data: bytes, name: str) -> str:
    if b"\x00" in data[:4096]:
        raise DocumentError(f"{name}: looks like a binary file, not text")
    for enc in ("utf-8-sig", "cp1252"):
        try:
            return data.decode(enc)
        except UnicodeDecodeError:
            continue
    return data.decode("latin-1")


def _read_sidecar(path: Path) -> dict[str, Any]:
    side = path.with_name(path.name + SIDECAR_SUFFIX)
    if not side.exists():
        return {}
    try:
        meta = json.loads(side.read_text(encoding="utf-8"))
    except (OSError, ValueError) as e:
        raise DocumentError(f"{side.name}: not valid JSON ({e}); fix or remove the sidecar") from e
    if not isinstance(meta, dict):
        raise DocumentError(f"{side.name}: must hold a JSON object")
    return meta


def _official_authorities(names: Iterable[str]) -> tuple[str, ...]:
    out: list[str] = []
    for name in names:
        official = GAZETTEER.resolve(name) or name
        if official not in out:
            out.append(official)
    return tuple(out)

"""Uploaded files: checked, stored under generated names, indexed at once.

A file is checked by content, not only by name, before it is stored: the
page's own limits (size, count), a look at the bytes (a PDF starts with
``%PDF-``; text holds no NUL and few control bytes), then the reader itself
(``documents.read_document``) for text, so that the chat accepts exactly
what ``assistant index`` would read. PDFs are parsed once, when indexed;
one the reader cannot parse is rejected then, with the reader's reason.

An upload is a document like any other: it is kept under its own name, in a
folder of its own (``<upload_dir>/<random>/<name>``), so that the reader
takes its date from the name as it does for any file ("... - 22 june
2023.pdf"); when neither the name nor the reader's rules give a date, the
first date written near the top of the text is kept in a sidecar
(``<name>.meta.json``), so a letter dated "22 June 2023 Theresa Leavy" is
not "undated".
"""

import json
import re
import shutil
import uuid
from collections.abc import Sequence
from contextlib import nullcontext
from dataclasses import dataclass, field
from pathlib import Path

from assistant.api import Assistant
from assistant.dates import parse_date
from assistant.documents import SIDECAR_SUFFIX, SUPPORTED_SUFFIXES, read_document
from assistant.errors import AssistantError, DocumentError
from assistant.search.base import Progress
from assistant.ui.pages import PDFIUM_LOCK
from assistant.ui.render import esc

UPLOAD_SUFFIXES: tuple[str, ...] = SUPPORTED_SUFFIXES
MAX_UPLOAD_BYTES = 20 * 2**20  # per file; Gradio refuses larger uploads too (launch's max_file_size)
MAX_UPLOAD_FILES = 20  # per click of "Index these files"
MAX_STORED_UPLOADS = 1_000  # uploaded files kept in all; more is a job for `assistant index`
DATE_HEAD_CHARS = 1_500  # how far into an undated upload's text a date is looked for


def default_upload_dir(index_dir: str | Path) -> Path:
    """Where uploads are kept: ``uploads`` beside the index folder."""
    return Path(index_dir).resolve().parent / "uploads"


def check_upload(path: str | Path, name: str | None = None) -> str | None:
    """Why the file cannot be indexed, or None if it may be.

    The type is checked by content, not only by name: a PDF must start with
    ``%PDF-``; a text file (txt, md, html) must hold no NUL and few other
    control bytes, and be text the reader reads (its decoding, its "no
    text" check).
    """
    p = Path(path)
    suffix = Path(name or p.name).suffix.lower()
    if suffix not in UPLOAD_SUFFIXES:
        return f"unsupported file type {suffix or '(none)'}; upload txt, md, html or pdf files"
    try:
        size = p.stat().st_size
        if size == 0:
            return "the file is empty"
        if size > MAX_UPLOAD_BYTES:
            return f"{size / 2**20:.1f} MB is over the {MAX_UPLOAD_BYTES // 2**20} MB limit"
        data = p.read_bytes()
    except OSError as e:
        return f"cannot be read ({e.strerror or e})"
    if suffix == ".pdf":
        return None if data.startswith(b"%PDF-") else "not a PDF: its content does not start with %PDF"
    return _sniff_text(data) or _reader_refusal(p)


def _sniff_text(data: bytes) -> str | None:
    """Why ``data`` is not a text file by its bytes, or None.

    Control characters are counted on the bytes: in UTF-8, Windows-1252 and
    Latin-1 (what the reader decodes) a character below 32 is that one byte.
    """
    if data.startswith(b"%PDF-"):
        return "its content is a PDF, not text: upload it with the .pdf extension"
    if b"\x00" in data:
        return "holds NUL bytes: a binary file, not text"
    control = sum(1 for b in data if b < 32 and b not in b"\t\n\r\f")
    if control > max(8, len(data) // 200):
        return "looks binary: it holds many control characters"
    return None


def _reader_refusal(path: Path) -> str | None:
    """The reader's reason for not reading ``path`` (without the file name), or None."""
    try:
        read_document(path)
    except DocumentError as e:
        return str(e).removeprefix(f"{path.name}: ")
    return None


@dataclass
class UploadResult:
    """Which uploaded files were indexed (name, title) and which not (name, reason)."""

    indexed: list[tuple[str, str]] = field(default_factory=list)
    rejected: list[tuple[str, str]] = field(default_factory=list)

    def html(self) -> str:
        """The result as the page shows it under the upload box (names escaped)."""
        out = []
        if self.indexed:
            out.append(
                f"<p><strong>Indexed {len(self.indexed)} file{'s' * (len(self.indexed) != 1)}"
                "</strong>, searchable now:</p><ul>"
            )
            out += [f"<li>{esc(n)} — <q>{esc(t)}</q></li>" for n, t in self.indexed]
            out.append("</ul>")
        if self.rejected:
            out.append(f'<p class="error"><strong>Not indexed: {len(self.rejected)}</strong></p><ul>')
            out += [f"<li>{esc(n)}: {esc(r)}</li>" for n, r in self.rejected]
            out.append("</ul>")
        return "".join(out) or "<p>Choose files to upload first.</p>"


def add_uploads(
    assistant: Assistant,
    paths: Sequence[str | Path] | None,
    upload_dir: str | Path,
    *,
    progress: Progress | None = None,
    max_files: int = MAX_UPLOAD_FILES,
    max_stored: int = MAX_STORED_UPLOADS,
) -> UploadResult:
    """Check, store (generated names) and index uploaded files; searchable on return.

    Files are kept in ``upload_dir`` as ``<random>/<name>``; the folder is one
    of the index's sources, and files the index rejects are removed from it.
    At most ``max_files`` files are taken at a time, and ``max_stored`` kept
    in all; a batch over either limit is refused whole, with the reason.
    """
    result = UploadResult()
    files = [Path(p) for p in (paths or [])]
    folder = Path(upload_dir)
    refusal = _batch_refusal(len(files), folder, max_files=max_files, max_stored=max_stored)
    if refusal is not None:
        result.rejected.append(refusal)
        return result
    folder.mkdir(parents=True, exist_ok=True)
    # Reading a PDF uses PDFium, which must not run while the viewer renders a page.
    with PDFIUM_LOCK if any(p.suffix.lower() == ".pdf" for p in files) else nullcontext():
        staged = _stage(files, folder, result)
        if staged:
            _index_staged(assistant, staged, folder, result, progress)
    return result


def _batch_refusal(count: int, folder: Path, *, max_files: int, max_stored: int) -> tuple[str, str] | None:
    """(what, why) when a batch of ``count`` files is over a limit, else None."""
    stored_before = stored_count(folder)
    if count > max_files:
        return (f"{count} files", f"at most {max_files} files at a time; upload them in smaller batches")
    if stored_before + count > max_stored:
        return (
            f"{count} file{'s' * (count != 1)}",
            f"this app keeps at most {max_stored} uploaded files and holds {stored_before}; "
            "whoever runs it can index more with `assistant index`",
        )
    return None


def stored_count(folder: Path) -> int:
    """How many uploaded files ``folder`` keeps (sidecars not counted)."""
    if not folder.is_dir():
        return 0
    return sum(1 for f in folder.rglob("*") if f.is_file() and not f.name.endswith(SIDECAR_SUFFIX))


def stored_name(name: str) -> str:
    """``name`` as an upload is kept: its base name, with only safe characters.

    >>> stored_name("../Ofsted letter: 22 June 2023.PDF")
    'Ofsted letter 22 June 2023.pdf'
    """
    base = Path(name.replace("\\", "/")).name
    stem = re.sub(r"[^\w .,'()&-]+", "", Path(base).stem).strip(" .")[:120] or "upload"
    return f"{stem}{Path(base).suffix.lower()}"


def _stage(files: Sequence[Path], folder: Path, result: UploadResult) -> dict[str, str]:
    """Copy the files that pass ``check_upload`` into ``folder``: doc id -> name uploaded as."""
    staged: dict[str, str] = {}
    for p in files:
        reason = check_upload(p, p.name)
        if reason:
            result.rejected.append((p.name, reason))
            continue
        doc_id = f"{uuid.uuid4().hex[:12]}/{stored_name(p.name)}"
        try:
            (folder / doc_id).parent.mkdir()
            shutil.copyfile(p, folder / doc_id)
            _date_sidecar(folder / doc_id)
        except OSError as e:
            shutil.rmtree((folder / doc_id).parent, ignore_errors=True)
            result.rejected.append((p.name, f"could not be stored ({e.strerror or e})"))
            continue
        staged[doc_id] = p.name
    return staged


def _date_sidecar(path: Path) -> None:
    """Keep the first date near the top of ``path``'s text when the reader finds none."""
    try:
        doc = read_document(path)
    except DocumentError:
        return  # indexing reports why
    date = None if doc.date else parse_date(doc.text[:DATE_HEAD_CHARS])
    if date:
        side = path.with_name(path.name + SIDECAR_SUFFIX)
        side.write_text(json.dumps({"date": date}), encoding="utf-8")


def _index_staged(
    assistant: Assistant,
    staged: dict[str, str],
    folder: Path,
    result: UploadResult,
    progress: Progress | None,
) -> None:
    """Index ``folder``; a staged file the index did not take is deleted and reported."""
    try:
        report = assistant.add_documents([folder], progress=progress)
    except AssistantError as e:
        for stored, name in staged.items():
            shutil.rmtree((folder / stored).parent, ignore_errors=True)
            result.rejected.append((name, str(e)))
        return
    skipped = {s.path: s.reason for s in report.skipped}
    for stored, name in staged.items():
        doc = assistant.documents.get(stored)
        if doc is not None:
            result.indexed.append((name, doc.title))
            continue
        shutil.rmtree((folder / stored).parent, ignore_errors=True)
        reason = skipped.get(stored, "it was not indexed")
        base = Path(stored).name
        result.rejected.append((name, reason.replace(f"{base}: ", "").replace(stored, name)))

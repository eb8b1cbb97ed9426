"""Document metadata from a collection's sidecar CSV: URL, title, publisher, date, council.

A folder of documents may carry one of two metadata files, read at every
build (``assistant.indexing``), so that editing one is picked up by the next
incremental ``assistant index`` without re-reading or re-embedding anything:

* ``sources.csv``: columns ``path`` (relative to the CSV's folder), ``url``,
  ``title``, ``publisher``, ``date`` and ``council``; any but ``path`` may be
  blank or absent. ``assistant fetch`` writes one beside what it downloads.
* ``ofsted_csc_ilacs_history.csv``, as published beside the Ofsted reports:
  ``urn``, ``local_authority`` and ``pdf_filename`` name the file
  ``reports/<urn>_<local_authority>/<pdf_filename>``; ``inspection_link`` is
  its public URL; ``publication_date`` and the inspection dates its dates.

A sidecar in a file's folder, or in any folder above it up to the one being
indexed, applies to it; the nearer one wins, and ``sources.csv`` wins over
the Ofsted CSV in the same folder. Sidecar values win over what the text
says, except where the text is plainly more exact (docs/decisions.md): a
sidecar date of "2021" keeps the text's "2021-03-04", and the inspection
dates the text gives (which name both periods of a split inspection) are kept.

What the text said is kept in ``Document.extra["sidecar"]``, so that a
sidecar edited or removed later is undone exactly (``as_read``).
"""

from __future__ import annotations

import csv
import dataclasses
import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any

from assistant.authorities import GAZETTEER
from assistant.dates import parse_date
from assistant.documents import OFSTED_CSV, SOURCES_CSV, Document, doc_id_for
from assistant.errors import DocumentError

SOURCES_COLUMNS = ("path", "url", "title", "publisher", "date", "council")
OFSTED_COLUMNS = ("urn", "local_authority", "pdf_filename", "inspection_link", "publication_date")
EXTRA_KEY = "sidecar"  # Document.extra: {"source": "sources.csv:4", "replaced": {field: text's value}}
_TOP_FIELDS = ("title", "url", "publisher", "date", "doc_type", "authorities")
_EXTRA_FIELDS = ("inspection_start", "inspection_end")
_PARTIAL_DATE = re.compile(r"\d{4}(?:-\d{2})?")


@dataclass(frozen=True)
class Entry:
    """What a sidecar says about one file; None where it says nothing."""

    source: str  # the sidecar file and line, e.g. "sources.csv:4"
    url: str | None = None
    title: str | None = None
    publisher: str | None = None
    date: str | None = None  # YYYY, YYYY-MM or YYYY-MM-DD
    council: str | None = None
    doc_type: str | None = None
    inspection_start: str | None = None
    inspection_end: str | None = None

    def over(self, outer: Entry) -> Entry:
        """This entry, with ``outer``'s values where this one has none."""
        values = {
            f.name: getattr(self, f.name) if getattr(self, f.name) is not None else getattr(outer, f.name)
            for f in dataclasses.fields(self)
        }
        return Entry(**values)


# --------------------------------------------------------------------------
# Reading the files


def read_sources_csv(path: Path) -> dict[Path, Entry]:
    """``{file: Entry}`` from a ``sources.csv``; raise ``DocumentError`` naming a bad line."""
    rows = _rows(path, required=("path",), known=SOURCES_COLUMNS)
    out: dict[Path, Entry] = {}
    for line, row in rows:
        where = f"{path.name} line {line}"
        if not row.get("path"):
            raise DocumentError(f"{where}: the path is blank; give the file's path relative to {path.parent}")
        target = (path.parent / row["path"]).resolve()
        if target in out:
            raise DocumentError(f"{where}: {row['path']} is listed twice; keep one row per file")
        out[target] = Entry(
            source=f"{path.name}:{line}",
            url=_url(row.get("url"), where),
            title=row.get("title") or None,
            publisher=row.get("publisher") or None,
            date=sidecar_date(row.get("date"), where),
            council=row.get("council") or None,
        )
    return out


def read_ofsted_csv(path: Path) -> dict[Path, Entry]:
    """``{file: Entry}`` from Ofsted's ``ofsted_csc_ilacs_history.csv`` (one row per report)."""
    out: dict[Path, Entry] = {}
    for line, row in _rows(path, required=OFSTED_COLUMNS, known=None):
        where = f"{path.name} line {line}"
        rel = ofsted_report_path(row)
        out[(path.parent / rel).resolve()] = Entry(
            source=f"{path.name}:{line}",
            url=_url(row.get("inspection_link"), where),
            publisher="Ofsted",
            date=ofsted_date(row.get("publication_date"), where),
            council=row.get("local_authority") or None,
            doc_type="inspection report",
            inspection_start=ofsted_date(row.get("inspection_start_date"), where),
            inspection_end=ofsted_date(row.get("inspection_end_date"), where),
        )
    return out


def ofsted_report_path(row: Mapping[str, str]) -> str:
    """Where the Ofsted CSV's row puts its report: ``reports/<urn>_<local_authority>/<pdf_filename>``."""
    return f"reports/{row['urn']}_{row['local_authority']}/{row['pdf_filename']}"


def _rows(
    path: Path, *, required: Sequence[str], known: Sequence[str] | None
) -> list[tuple[int, dict[str, str]]]:
    """``(line number, row)`` pairs with lower-case column names and stripped values."""
    try:
        with open(path, encoding="utf-8-sig", newline="") as f:
            reader = csv.DictReader(f)
            columns = [(c or "").strip().lower() for c in reader.fieldnames or []]
            missing = [c for c in required if c not in columns]
            if missing:
                raise DocumentError(f"{path}: no {', '.join(missing)} column; the columns are {columns}")
            unknown = [c for c in columns if known is not None and c and c not in known]
            if unknown:
                raise DocumentError(
                    f"{path}: unknown column {unknown[0]!r}; the columns are {', '.join(known or ())}"
                )
            return [
                (reader.line_num, {c: (v or "").strip() for c, v in zip(columns, row.values(), strict=False)})
                for row in reader
            ]
    except (OSError, UnicodeDecodeError, csv.Error) as e:
        raise DocumentError(f"{path}: cannot be read as a UTF-8 CSV ({e})") from e


def _url(value: str | None, where: str) -> str | None:
    if not value:
        return None
    if not value.startswith(("http://", "https://")):
        raise DocumentError(f"{where}: url {value!r} does not start with http:// or https://")
    return value


def sidecar_date(value: str | None, where: str) -> str | None:
    """An ISO date, year-month or year; or a "9 May 2025" date, as ISO; ``DocumentError`` if none.

    >>> sidecar_date("9 May 2025", "sources.csv line 2"), sidecar_date("2021-11", "")
    ('2025-05-09', '2021-11')
    """
    if not value:
        return None
    if _PARTIAL_DATE.fullmatch(value):
        return value
    try:
        return datetime.strptime(value, "%Y-%m-%d").date().isoformat()
    except ValueError:
        pass
    found = parse_date(value)
    if found is None:
        raise DocumentError(f"{where}: date {value!r} is not a date; write YYYY-MM-DD, YYYY-MM or YYYY")
    return found


def ofsted_date(value: str | None, where: str) -> str | None:
    """The Ofsted CSV's dates: 09/05/25 or 09/05/2025, as ISO; blank and words such as "unknown" are None.

    >>> ofsted_date("09/05/25", "line 2")
    '2025-05-09'
    """
    if not value or not value[:1].isdigit():
        return None
    for fmt in ("%d/%m/%Y", "%d/%m/%y"):
        try:
            return datetime.strptime(value, fmt).date().isoformat()
        except ValueError:
            continue
    raise DocumentError(f"{where}: date {value!r} is not DD/MM/YY or DD/MM/YYYY")


def sidecar_entries(files: Iterable[tuple[Path, Path]]) -> dict[str, Entry]:
    """``{doc_id: Entry}`` for every ``(file, root)`` a sidecar lists.

    Sidecars are looked for in the file's folder and every folder above it
    up to ``root``; the nearest wins field by field.
    """
    loaded: dict[Path, list[dict[Path, Entry]]] = {}
    out: dict[str, Entry] = {}
    for path, root in files:
        target, top = path.resolve(), root.resolve()
        entry: Entry | None = None
        folder = target.parent
        while True:
            for table in _sidecars_in(folder, loaded):
                found = table.get(target)
                if found is not None:
                    entry = found if entry is None else entry.over(found)
            if folder == top or folder == folder.parent or top not in folder.parents:
                break
            folder = folder.parent
        if entry is not None:
            out[doc_id_for(path, root)] = entry
    return out


def _sidecars_in(folder: Path, loaded: dict[Path, list[dict[Path, Entry]]]) -> list[dict[Path, Entry]]:
    """The tables of ``folder``'s sidecars, ``sources.csv`` first (it wins)."""
    if folder not in loaded:
        tables = []
        if (folder / SOURCES_CSV).is_file():
            tables.append(read_sources_csv(folder / SOURCES_CSV))
        if (folder / OFSTED_CSV).is_file():
            tables.append(read_ofsted_csv(folder / OFSTED_CSV))
        loaded[folder] = tables
    return loaded[folder]


# --------------------------------------------------------------------------
# Applying an entry to a document


def as_read(doc: Document) -> Document:
    """``doc`` as its text (and ``.meta.json``) gave it, before any sidecar."""
    record = doc.extra.get(EXTRA_KEY)
    if not isinstance(record, Mapping):
        return doc
    extra = {k: v for k, v in doc.extra.items() if k != EXTRA_KEY}
    top: dict[str, Any] = {}
    for name, value in record.get("replaced", {}).items():
        if name in _TOP_FIELDS:
            top[name] = tuple(value) if name == "authorities" else value
        elif value is None:
            extra.pop(name, None)
        else:
            extra[name] = value
    return dataclasses.replace(doc, extra=extra, **top)


def text_title(doc: Document) -> str:
    """The title the document's text gives, whatever a sidecar says (what is embedded)."""
    record = doc.extra.get(EXTRA_KEY)
    if isinstance(record, Mapping) and "title" in record.get("replaced", {}):
        return str(record["replaced"]["title"])
    return doc.title


def apply_entry(doc: Document, entry: Entry | None) -> Document:
    """``doc`` with ``entry``'s metadata; ``doc`` itself when that changes nothing.

    Any sidecar applied before is undone first, so an edited or removed
    sidecar leaves no trace of its old values.

    >>> doc = Document("a.txt", "Text", "Text", date="2021-03-04")
    >>> new = apply_entry(doc, Entry("sources.csv:2", url="https://example.org/a", date="2021"))
    >>> new.url, new.date, as_read(new) == doc
    ('https://example.org/a', '2021-03-04', True)
    """
    base = as_read(doc)
    changes = _changes(base, entry) if entry is not None else {}
    if not changes:
        return doc if base == doc else base
    replaced = {name: _value(base, name) for name in changes}
    extra = dict(base.extra)
    top: dict[str, Any] = {}
    for name, value in changes.items():
        if name in _TOP_FIELDS:
            top[name] = value
        else:
            extra[name] = value
    assert entry is not None
    extra[EXTRA_KEY] = {"source": entry.source, "replaced": replaced}
    new = dataclasses.replace(base, extra=extra, **top)
    return doc if new == doc else new


def _changes(base: Document, entry: Entry) -> dict[str, Any]:
    """The fields ``entry`` sets on ``base``, after the text-is-more-exact rules."""
    out: dict[str, Any] = {}
    for name in ("url", "title", "publisher", "doc_type"):
        value = getattr(entry, name)
        if value is not None and value != getattr(base, name):
            out[name] = value
    if entry.date and entry.date != base.date and not (base.date or "").startswith(entry.date):
        out["date"] = entry.date  # "2021" is less exact than the text's "2021-03-04"
    if entry.council:
        council = GAZETTEER.resolve(entry.council) or entry.council
        authorities = (council, *(a for a in base.authorities if a != council))
        if authorities != base.authorities:
            out["authorities"] = authorities
    if not (base.extra.get("inspection_start") and base.extra.get("inspection_end")):
        # The text's inspection dates name both periods of a split inspection; the CSV's only the first.
        for name in _EXTRA_FIELDS:
            value = getattr(entry, name)
            if value is not None and value != base.extra.get(name):
                out[name] = value
    return out


def _value(doc: Document, name: str) -> Any:
    if name == "authorities":
        return list(doc.authorities)
    return getattr(doc, name) if name in _TOP_FIELDS else doc.extra.get(name)

"""``assistant fetch LINKS.csv DIR``: download the documents a CSV of links lists.

The files land in the layout the indexer reads, with a ``sources.csv``
beside them (``assistant.sidecar``) that gives each its public URL, so that
``assistant index DIR`` links every answer's sources to the publication.

Two kinds of CSV work as they are:

* Ofsted's ``ofsted_csc_ilacs_history.csv``: ``inspection_link`` is fetched
  into ``reports/<urn>_<local_authority>/<pdf_filename>``;
  ``publication_date`` and ``local_authority`` go into ``sources.csv``.
* any CSV with a ``url`` column and, optionally, ``path`` (where to save it,
  relative to DIR; by default the URL's file name), ``title``, ``publisher``,
  ``date`` and ``council``.

Polite and safe to rerun: one request per second by default; a file already
present and whole is not fetched again; each download goes to a hidden
temporary file and is renamed into place only once it is complete and is
what its name says (a ``.pdf`` starts with ``%PDF`` and ends with
``%%EOF``), so an HTML error page is never saved as a PDF and an
interrupted run leaves nothing half-written. Network errors, timeouts,
HTTP 429 and 5xx are retried with exponential backoff. Only the standard
library is used for HTTP.
"""

from __future__ import annotations

import contextlib
import csv
import http.client
import os
import socket
import time
import urllib.error
import urllib.request
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field, replace
from pathlib import Path, PurePosixPath
from urllib.parse import unquote, urlparse

from assistant.config import VERSION
from assistant.documents import MAX_FILE_BYTES, SOURCES_CSV, SUPPORTED_SUFFIXES
from assistant.errors import AssistantError, DocumentError
from assistant.sidecar import (
    OFSTED_COLUMNS,
    SOURCES_COLUMNS,
    ofsted_date,
    ofsted_report_path,
    read_sources_csv,
    sidecar_date,
)

# This many files in a row with no answer from the server stop the run: the
# site (or the network) is down, and trying every link would only wait.
UNREACHABLE_IN_A_ROW = 5
USER_AGENT = f"ofsted-assistant/{VERSION} (assistant fetch; one request at a time)"
RETRY_STATUS = frozenset({408, 425, 429, 500, 502, 503, 504})
MAX_RETRY_AFTER = 60.0  # seconds: a longer Retry-After is not waited for
_BLOCK = 1 << 16


class FetchError(AssistantError):
    """A links CSV that cannot be used as given; the message says what to fix."""


@dataclass(frozen=True)
class Link:
    """One document to download: where from, where to (relative to DIR), and what it is."""

    url: str
    path: str
    title: str = ""
    publisher: str = ""
    date: str = ""
    council: str = ""
    problem: str = ""  # why the row cannot be fetched, if it cannot


@dataclass(frozen=True)
class Outcome:
    """What happened to one link: ``downloaded``, ``present`` (already there) or ``failed``."""

    link: Link
    status: str
    reason: str = ""
    unreachable: bool = False  # no answer from the server at all (name not found, timeout, refused)


@dataclass
class FetchReport:
    """Every link's outcome, and the links left for another run (``limit``)."""

    outcomes: list[Outcome] = field(default_factory=list)
    not_tried: int = 0
    sidecar: str = ""
    stopped: str = ""  # why the run stopped before the end, if it did

    def count(self, status: str) -> int:
        return sum(1 for o in self.outcomes if o.status == status)

    @property
    def failed(self) -> list[Outcome]:
        return [o for o in self.outcomes if o.status == "failed"]

    def table(self) -> str:
        """The summary ``assistant fetch`` prints: a table of counts, then each failure."""
        rows = [
            ("downloaded", self.count("downloaded")),
            ("already present", self.count("present")),
            ("failed", self.count("failed")),
        ]
        if self.not_tried:
            rows.append(("not tried", self.not_tried))
        lines = ["| outcome | files |", "|---|---:|", *(f"| {name} | {n} |" for name, n in rows)]
        if self.failed:
            lines += ["", "failed:"]
            lines += [f"  {o.link.path}: {o.reason} ({o.link.url})" for o in self.failed]
        if self.stopped:
            lines += ["", f"stopped: {self.stopped}"]
        return "\n".join(lines)


# --------------------------------------------------------------------------
# Reading the links


def read_links(path: str | Path) -> list[Link]:
    """The links a CSV lists: Ofsted's history CSV, or any CSV with a ``url`` column."""
    path = Path(path)
    try:
        with open(path, encoding="utf-8-sig", newline="") as f:
            reader = csv.DictReader(f)
            columns = [(c or "").strip().lower() for c in reader.fieldnames or []]
            rows = [{c: (v or "").strip() for c, v in zip(columns, r.values(), strict=False)} for r in reader]
    except (OSError, UnicodeDecodeError, csv.Error) as e:
        raise FetchError(f"{path}: cannot be read as a UTF-8 CSV ({e})") from e
    if all(c in columns for c in OFSTED_COLUMNS):
        links = [_ofsted_link(r) for r in rows]
    elif "url" in columns:
        links = [_plain_link(r) for r in rows]
    else:
        raise FetchError(
            f"{path}: no url column (nor Ofsted's inspection_link, pdf_filename); its columns: {columns}"
        )
    return _without_repeats(links)


def _ofsted_link(row: dict[str, str]) -> Link:
    try:
        date = ofsted_date(row.get("publication_date"), "") or ""
    except DocumentError:
        date = ""  # the download does not need it; sources.csv leaves it blank
    link = Link(
        url=row["inspection_link"],
        path=ofsted_report_path(row),
        publisher="Ofsted",
        date=date,
        council=row.get("local_authority", ""),
    )
    return _checked(link)


def _plain_link(row: dict[str, str]) -> Link:
    url = row["url"]
    path = row.get("path") or unquote(PurePosixPath(urlparse(url).path).name)
    try:
        date, problem = sidecar_date(row.get("date"), "") or "", ""
    except DocumentError as e:
        date, problem = "", str(e).removeprefix(": ")  # sources.csv would stop the index
    link = Link(
        url=url,
        path=path,
        title=row.get("title", ""),
        publisher=row.get("publisher", ""),
        date=date,
        council=row.get("council", ""),
        problem=problem,
    )
    return link if problem else _checked(link)


def _checked(link: Link) -> Link:
    """``link``, with a ``problem`` if it cannot be fetched safely into DIR."""
    rel = PurePosixPath(link.path)
    problem = ""
    if not link.url.startswith(("http://", "https://")):
        problem = f"url {link.url!r} does not start with http:// or https://"
    elif not link.path:
        problem = "no file name in the URL; give the row a path"
    elif rel.is_absolute() or ".." in rel.parts or any(p.startswith(".") for p in rel.parts):
        problem = f"path {link.path!r} must stay inside the folder (relative, no '..', no hidden parts)"
    elif rel.suffix.lower() not in SUPPORTED_SUFFIXES:
        problem = (
            f"{rel.name!r} is not a file the indexer reads ({', '.join(SUPPORTED_SUFFIXES)}); give a path"
        )
    return replace(link, problem=problem) if problem else link


def _without_repeats(links: Sequence[Link]) -> list[Link]:
    """The links, a second row for the same path marked as a problem."""
    seen: set[str] = set()
    out: list[Link] = []
    for link in links:
        key = link.path.lower()
        if key in seen and not link.problem:
            link = replace(link, problem=f"{link.path} is listed more than once")
        seen.add(key)
        out.append(link)
    return out


# --------------------------------------------------------------------------
# Checking a file


def content_problem(path: Path, *, name: str | None = None) -> str:
    """Why the file at ``path`` is not what its name (``name``, by default its own) says; "" when it is.

    A ``.pdf`` must start with ``%PDF-`` and have ``%%EOF`` in its last KB
    (a download cut short has not); any other file must not be empty.
    """
    size = path.stat().st_size
    if size == 0:
        return "the file is empty"
    if Path(name or path.name).suffix.lower() != ".pdf":
        return ""
    with open(path, "rb") as f:
        head = f.read(1024)
        f.seek(max(0, size - 1024))
        tail = f.read()
    if not head.startswith(b"%PDF-"):
        looks = head.lstrip().lower()
        if looks.startswith((b"<!doctype html", b"<html")) or b"<html" in looks[:512]:
            return "not a PDF: the server sent an HTML page"
        return f"not a PDF: it starts with {head[:16]!r}"
    if b"%%EOF" not in tail:
        return "incomplete PDF: no %%EOF at its end (cut short?)"
    return ""


# --------------------------------------------------------------------------
# Downloading


class Throttle:
    """At most ``rate`` requests a second: ``wait()`` before each one.

    >>> slept = []
    >>> t = Throttle(2.0, clock=lambda: 10.0, sleep=slept.append)
    >>> t.wait(); t.wait(); slept
    [0.5]
    """

    def __init__(
        self,
        rate: float,
        *,
        clock: Callable[[], float] = time.monotonic,
        sleep: Callable[[float], None] = time.sleep,
    ) -> None:
        self.interval = 1.0 / rate if rate > 0 else 0.0
        self.clock, self.sleep = clock, sleep
        self.last: float | None = None

    def wait(self) -> None:
        now = self.clock()
        if self.last is not None and now - self.last < self.interval:
            self.sleep(self.interval - (now - self.last))
            now = self.last + self.interval
        self.last = now


@dataclass(frozen=True)
class Options:
    """How to fetch: requests a second, seconds per request, retries and backoff."""

    rate: float = 1.0
    timeout: float = 30.0
    retries: int = 3
    backoff: float = 2.0  # seconds before the first retry; doubled for each further one

    def __post_init__(self) -> None:
        if self.rate < 0 or self.timeout <= 0 or self.retries < 0 or self.backoff < 0:
            raise FetchError(
                f"rate {self.rate}, timeout {self.timeout}, retries {self.retries}, backoff {self.backoff}: "
                "give a rate of 0 (no limit) or more, a timeout above 0 and retries and backoff of 0 or more"
            )


class _Retry(Exception):
    """A failure worth another try (timeout, dropped connection, 429, 5xx, a cut-short body)."""

    def __init__(self, reason: str, wait: float | None = None, *, unreachable: bool = False) -> None:
        super().__init__(reason)
        self.wait = wait
        self.unreachable = unreachable


class _Fail(Exception):
    """A failure another try would repeat (404, an HTML page for a PDF, a host name not found)."""

    def __init__(self, reason: str, *, unreachable: bool = False) -> None:
        super().__init__(reason)
        self.unreachable = unreachable


def download(link: Link, dest: Path, options: Options, throttle: Throttle) -> Outcome:
    """Fetch ``link`` into ``dest / link.path`` unless a whole copy is there already."""
    if link.problem:
        return Outcome(link, "failed", link.problem)
    target = dest / link.path
    if target.is_file() and not content_problem(target):
        return Outcome(link, "present")
    last = _Retry("")
    for attempt in range(options.retries + 1):
        throttle.wait()
        try:
            _get(link.url, target, options.timeout)
            return Outcome(link, "downloaded")
        except _Fail as e:
            return Outcome(link, "failed", str(e), e.unreachable)
        except _Retry as e:
            last = e
            if attempt < options.retries:
                throttle.sleep(e.wait if e.wait is not None else options.backoff * 2**attempt)
    return Outcome(link, "failed", f"{last} (after {options.retries + 1} tries)", last.unreachable)


def _get(url: str, target: Path, timeout: float) -> None:
    """Download ``url`` to a hidden temporary file beside ``target``; rename it once checked."""
    part = target.with_name(f".{target.name}.part")
    request = urllib.request.Request(url, headers={"User-Agent": USER_AGENT})
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
        with urllib.request.urlopen(request, timeout=timeout) as response:
            _save(response, part)
        problem = content_problem(part, name=target.name)
        if problem.startswith("incomplete"):
            raise _Retry(problem)
        if problem:
            raise _Fail(problem)
        os.replace(part, target)
    except urllib.error.HTTPError as e:
        if e.code in RETRY_STATUS:
            raise _Retry(f"HTTP {e.code} {e.reason}", _retry_after(e.headers.get("Retry-After"))) from e
        raise _Fail(f"HTTP {e.code} {e.reason}") from e
    except (TimeoutError, urllib.error.URLError, http.client.HTTPException, ConnectionError) as e:
        reason = getattr(e, "reason", None) or e
        text = f"{type(e).__name__}: {reason}" if str(reason) else type(e).__name__
        if isinstance(reason, socket.gaierror):
            raise _Fail(f"{text}: is the network up?", unreachable=True) from e
        raise _Retry(text, unreachable=not isinstance(e, http.client.HTTPException)) from e
    except OSError as e:  # the disk, not the network: the folder cannot be made or written
        raise _Fail(f"cannot be saved: {e}") from e
    finally:
        with contextlib.suppress(OSError):  # the part was renamed, or never made
            part.unlink(missing_ok=True)


def _save(response: http.client.HTTPResponse, part: Path) -> None:
    """Stream the body to ``part``; a body shorter than its Content-Length is a retry."""
    expected = response.headers.get("Content-Length")
    size = 0
    with open(part, "wb") as f:
        while block := response.read(_BLOCK):
            size += len(block)
            if size > MAX_FILE_BYTES:
                raise _Fail(f"larger than the {MAX_FILE_BYTES // 2**20} MB the indexer reads")
            f.write(block)
        f.flush()
        os.fsync(f.fileno())
    if expected is not None and expected.isdigit() and size < int(expected):
        raise _Retry(f"incomplete download: {size} of {expected} bytes")


def _retry_after(value: str | None) -> float | None:
    if value and value.strip().isdigit():
        return min(float(value), MAX_RETRY_AFTER)
    return None


# --------------------------------------------------------------------------
# The whole run


def fetch(
    links: Sequence[Link],
    dest: str | Path,
    *,
    options: Options | None = None,
    limit: int | None = None,
    progress: Callable[[int, int, Outcome], None] | None = None,
    throttle: Throttle | None = None,
) -> FetchReport:
    """Download every link into ``dest`` and write ``dest/sources.csv``.

    ``limit`` stops after that many downloads (files already present do not
    count): a run can be cut short and resumed by running it again, as can
    one that is interrupted, or one that stopped because the server stopped
    answering. ``sources.csv`` is written even then.
    """
    if limit is not None and limit < 0:
        raise FetchError(f"limit {limit}: give the number of files to download, 0 or more")
    options = options or Options()
    dest = Path(dest)
    dest.mkdir(parents=True, exist_ok=True)
    throttle = throttle or Throttle(options.rate)
    report = FetchReport()
    try:
        for i, link in enumerate(links):
            if limit is not None and report.count("downloaded") >= limit:
                report.not_tried = len(links) - i
                break
            outcome = download(link, dest, options, throttle)
            report.outcomes.append(outcome)
            if progress:
                progress(i + 1, len(links), outcome)
            recent = report.outcomes[-UNREACHABLE_IN_A_ROW:]
            if len(recent) == UNREACHABLE_IN_A_ROW and all(o.unreachable for o in recent):
                report.not_tried = len(links) - i - 1
                report.stopped = (
                    f"no answer for {UNREACHABLE_IN_A_ROW} files in a row ({outcome.reason}); "
                    "run the same command again when the site is reachable"
                )
                break
    finally:
        report.sidecar = str(write_sources(dest, links))
    return report


def write_sources(dest: Path, links: Sequence[Link]) -> Path:
    """Write ``dest/sources.csv`` for the links whose files are there, keeping other rows.

    Rows it already holds for other files (another links CSV fetched into
    the same folder) are kept; the file is replaced atomically.
    """
    target = dest / SOURCES_CSV
    rows: dict[str, dict[str, str]] = {}
    if target.is_file():
        for path, entry in read_sources_csv(target).items():
            rel = Path(os.path.relpath(path, dest.resolve())).as_posix()
            rows[rel] = {c: getattr(entry, c) or "" for c in SOURCES_COLUMNS if c != "path"} | {"path": rel}
    for link in links:
        if not link.problem and (dest / link.path).is_file():
            rows[link.path] = {c: getattr(link, c) for c in SOURCES_COLUMNS}
    tmp = target.with_name(f".{SOURCES_CSV}.part")
    with open(tmp, "w", encoding="utf-8", newline="") as f:
        writer = csv.DictWriter(f, fieldnames=list(SOURCES_COLUMNS))
        writer.writeheader()
        writer.writerows(rows[k] for k in sorted(rows))
    os.replace(tmp, target)
    return target

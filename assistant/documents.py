"""Files (txt, md, html, pdf) -> ``Document``: normalised text, pages, metadata.

The normalised text is the reference for every offset the rest of the
pipeline produces: a chunk's ``start``/``end`` and a citation's quote are
spans of ``Document.text``. Normalisation is therefore done once, here, and
nothing downstream rewrites the text.

Metadata is derived from the text where it allows it (an Ofsted report's
first page names the council and the inspection dates; a letter's date line
gives its date) and can be overridden by a sidecar file ``<file>.meta.json``
beside the document.
"""

from __future__ import annotations

import hashlib
import json
import re
import unicodedata
from bisect import bisect_right
from collections.abc import Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date
from html.parser import HTMLParser
from pathlib import Path
from typing import Any

from assistant.authorities import GAZETTEER
from assistant.dates import DATE_DMY, MONTHS, inspection_period, parse_date, visit_period
from assistant.errors import DocumentError

SUPPORTED_SUFFIXES = (".txt", ".md", ".markdown", ".html", ".htm", ".pdf")
SIDECAR_SUFFIX = ".meta.json"
# Files in a corpus folder that describe the corpus rather than belong to it.
CORPUS_NOTES = frozenset({"README.md", "LICENSE", "LICENSE.md", "CHANGELOG.md"})
MAX_FILE_BYTES = 64 * 1024 * 1024
# Bump when reading or normalisation changes: an index built by another
# version re-reads every file (unchanged chunk texts keep their vectors).
PARSER_VERSION = 7


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
    sidecars and corpus notes (README.md) are left out.
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
        or (len(rel.parts) == 1 and rel.name in CORPUS_NOTES)
    )


def doc_id_for(path: Path, root: Path) -> str:
    """A document's id: its path relative to the corpus root, with ``/``."""
    return path.resolve().relative_to(root.resolve()).as_posix()


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
    try:
        size = path.stat().st_size
        if size == 0:
            raise DocumentError(f"{path.name}: the file is empty")
        if size > MAX_FILE_BYTES:
            raise DocumentError(
                f"{path.name}: {size / 2**20:.0f} MB is over the {MAX_FILE_BYTES // 2**20} MB limit"
            )
        data = path.read_bytes()
    except OSError as e:
        raise DocumentError(f"{path.name}: cannot be read ({e.strerror or e})") from e

    if suffix == ".pdf":
        text, page_starts, hint = _read_pdf(data, path.name)
    else:
        raw = _decode(data, path.name)
        if suffix in (".html", ".htm"):
            text, hint = _html_to_text(raw)
        elif suffix in (".md", ".markdown"):
            text, hint = _markdown_to_text(raw), {}
        else:
            text, hint = normalise_text(raw), {}
        page_starts = (0,)
    if not text.strip():
        if suffix == ".pdf":
            raise DocumentError(f"{path.name}: no text could be extracted (a scanned PDF needs OCR first)")
        raise DocumentError(f"{path.name}: no text in the file, only whitespace or markup")

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


# --------------------------------------------------------------------------
# Normalisation of plain text

_INVISIBLE = dict.fromkeys(
    [0x00AD, 0x200B, 0x200C, 0x200D, 0x2060, 0xFEFF] + [c for c in range(32) if c not in (9, 10)] + [0x7F],
)
_SPACES = re.compile(r"[ \t\u00a0\u2000-\u200a\u202f\u205f\u3000]+")


def normalise_text(raw: str) -> str:
    """Unicode NFC, one kind of line break and space, at most one blank line.

    Words, punctuation and typographic quotes are kept as they are: the text
    is what citations quote.

    >>> normalise_text("Hello\\u00a0 world \\r\\n\\r\\n\\r\\nBye\\u200b")
    'Hello world\\n\\nBye'
    """
    text = unicodedata.normalize("NFC", raw.replace("\r\n", "\n").replace("\r", "\n"))
    text = text.translate(_INVISIBLE)
    lines = [_SPACES.sub(" ", line).strip() for line in text.split("\n")]
    text = "\n".join(lines)
    return re.sub(r"\n{3,}", "\n\n", text).strip()


def _markdown_to_text(raw: str) -> str:
    """Markdown without its markup: headings, emphasis and links become text."""
    text = raw.replace("\r\n", "\n")
    text = re.sub(r"^```.*?^```[^\n]*$", "", text, flags=re.M | re.S)
    text = re.sub(r"^[ \t]{0,3}#{1,6}[ \t]+(.*?)[ \t]*#*[ \t]*$", r"\1", text, flags=re.M)
    text = re.sub(r"!\[([^\]]*)\]\([^)]*\)", r"\1", text)
    text = re.sub(r"\[([^\]]+)\]\([^)]*\)", r"\1", text)
    text = re.sub(r"(\*\*|__)(.+?)\1", r"\2", text)
    text = re.sub(r"(?<![\w*])\*(?!\s)(.+?)(?<!\s)\*(?![\w*])", r"\1", text)
    text = re.sub(r"^[ \t]{0,3}>[ \t]?", "", text, flags=re.M)
    text = re.sub(r"^[ \t]*[-*+][ \t]+", "- ", text, flags=re.M)
    return normalise_text(text)


class _HTMLText(HTMLParser):
    """Collects visible text; block elements become paragraph breaks."""

    BLOCKS = frozenset(
        [
            "p",
            "div",
            "br",
            "li",
            "ul",
            "ol",
            "h1",
            "h2",
            "h3",
            "h4",
            "h5",
            "h6",
            "tr",
            "table",
            "section",
            "article",
            "header",
            "footer",
            "blockquote",
            "pre",
            "main",
            "aside",
            "nav",
            "figure",
            "figcaption",
            "dd",
            "dt",
        ]
    )
    SKIP = frozenset({"script", "style", "noscript", "template", "svg", "head"})

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self.skip_depth = 0
        self.title: str | None = None
        self._in_title = False
        self._h1: str | None = None
        self._in_h1 = False

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in self.SKIP:
            self.skip_depth += 1
        if tag == "title":
            self._in_title = True
        if tag == "h1" and self._h1 is None:
            self._in_h1 = True
            self._h1 = ""
        if tag in self.BLOCKS:
            self.parts.append("\n\n")

    def handle_endtag(self, tag: str) -> None:
        if tag in self.SKIP and self.skip_depth:
            self.skip_depth -= 1
        if tag == "title":
            self._in_title = False
        if tag == "h1":
            self._in_h1 = False
        if tag in self.BLOCKS:
            self.parts.append("\n\n")

    def handle_data(self, data: str) -> None:
        if self._in_title:
            self.title = (self.title or "") + data
        if self.skip_depth:
            return
        if self._in_h1:
            self._h1 = (self._h1 or "") + data
        self.parts.append(re.sub(r"\s+", " ", data))


def _html_to_text(raw: str) -> tuple[str, dict[str, Any]]:
    parser = _HTMLText()
    parser.feed(raw)
    parser.close()
    text = "\n".join(line.strip() for line in "".join(parser.parts).split("\n"))
    hint: dict[str, Any] = {}
    title = (parser._h1 or parser.title or "").strip()
    if title:
        hint["title"] = re.sub(r"\s+", " ", title)
    return normalise_text(text), hint


# --------------------------------------------------------------------------
# PDF


def _read_pdf(data: bytes, name: str) -> tuple[str, tuple[int, ...], dict[str, Any]]:
    """The text of each page through PDFium (pypdfium2), about 40x faster than pypdf.

    PDFium marks a hyphen that ends a line as U+FFFE and drops the line
    break; it is put back as "-" and a break, so that the line joiner decides
    whether the word was hyphenated ("multi-agency") or broken ("manage-ment").
    """
    import pypdfium2 as pdfium

    try:
        pdf = pdfium.PdfDocument(data)
    except pdfium.PdfiumError as e:
        if getattr(e, "err_code", None) == 4:  # FPDF_ERR_PASSWORD
            raise DocumentError(f"{name}: the PDF is encrypted with a password") from e
        raise DocumentError(f"{name}: not a readable PDF ({e})") from e
    pages: list[str] = []
    try:
        for i in range(len(pdf)):
            page = pdf[i]
            textpage = page.get_textpage()
            pages.append(textpage.get_text_range().replace("\ufffe", "-\n"))
            textpage.close()
            page.close()
    except pdfium.PdfiumError as e:
        raise DocumentError(f"{name}: not a readable PDF (page {len(pages) + 1}: {e})") from e
    finally:
        pdf.close()
    text, starts = pdf_pages_to_text(pages)
    return text, starts, {}


_BULLETS = "\u25fc\u25aa\u25a0\u25cf\u2022\uf06e\uf0b7\uf0a7\uf0d8\uf076\u25e6\u2023\uf02d"
_BULLET_LINE = re.compile(rf"^\s*[{_BULLETS}]\s*")
_PAGE_NUMBER = re.compile(r"^\s*(page\s+)?\d{1,3}(\s+of\s+\d{1,3})?\s*$", re.I)
_TERMINAL = re.compile(r"[.!?:;)\]”\"’']\s*$")


def _mask_digits(line: str) -> str:
    return re.sub(r"\d+", "#", line.strip().lower())


def find_running_lines(pages: Sequence[Sequence[str]], *, edge: int = 4) -> set[str]:
    """Digit-masked lines repeated at the top or bottom of most pages.

    A line counts when it stands among the first or last ``edge`` non-blank
    lines of at least half the pages (and at least three): running headers,
    footers and their page numbers.
    """
    if len(pages) < 3:
        return set()
    seen: dict[str, int] = {}
    for lines in pages:
        body = [ln for ln in lines if ln.strip()]
        candidates = {_mask_digits(ln) for ln in body[:edge] + body[-edge:]}
        for c in candidates:
            seen[c] = seen.get(c, 0) + 1
    need = max(3, (len(pages) + 1) // 2)
    return {line for line, n in seen.items() if n >= need and line not in ("", "#")}


def pdf_pages_to_text(pages: Sequence[str]) -> tuple[str, tuple[int, ...]]:
    """Join extracted PDF pages into one normalised text and its page starts.

    Drops running headers, footers and page numbers; joins lines wrapped
    inside a paragraph; rejoins a word broken across a line only when the
    document itself spells it unbroken elsewhere (so "Stoke-\\non-Trent" and
    "multi-\\nagency" keep their hyphens); turns bullet glyphs into "•".
    """
    split = [normalise_text(p).split("\n") for p in pages]
    running = find_running_lines(split)
    cleaned: list[list[str]] = []
    for lines in split:
        body = [ln for ln in lines if ln.strip()]
        keep = []
        for i, ln in enumerate(body):
            at_edge = i < 4 or i >= len(body) - 4
            if at_edge and (_mask_digits(ln) in running or _PAGE_NUMBER.match(ln)):
                continue
            keep.append(ln)
        cleaned.append(keep)
    vocab = _word_vocabulary(" ".join(" ".join(p) for p in cleaned))
    width = _typical_width(cleaned)

    text_parts: list[str] = []
    starts: list[int] = []
    pos = 0
    prev_line: str | None = None
    for lines in cleaned:
        page_start: int | None = None
        for ln in lines:
            ln = _BULLET_LINE.sub("• ", ln) if _BULLET_LINE.match(ln) else ln
            if prev_line is None:
                sep = ""
            else:
                sep = _separator(prev_line, ln, width, vocab)
            if sep == "<join>":
                # Drop the line-end hyphen of the previous line.
                text_parts[-1] = text_parts[-1][:-1]
                pos -= 1
                sep = ""
            if page_start is None:
                page_start = pos + len(sep)
            text_parts.append(sep + ln)
            pos += len(sep) + len(ln)
            prev_line = ln
        starts.append(pos if page_start is None else page_start)
    return "".join(text_parts), tuple(starts)


def _typical_width(pages: Sequence[Sequence[str]]) -> int:
    lengths = sorted(len(ln) for p in pages for ln in p if len(ln) > 20)
    if not lengths:
        return 80
    return lengths[int(len(lengths) * 0.8)]


def _word_vocabulary(text: str) -> set[str]:
    return {w.lower() for w in re.findall(r"[A-Za-z][A-Za-z'’-]*[A-Za-z]", text)}


def _separator(prev: str, line: str, width: int, vocab: set[str]) -> str:
    """What joins ``prev`` to the next ``line``: "", " ", "\\n\\n" or "<join>"."""
    if line.startswith("• ") or (prev.startswith("• ") and _looks_like_heading(line)):
        return "\n\n"
    if re.match(r"^\d{1,3}\.\s+[A-Z]", line):  # numbered paragraph "12. Social..."
        return "\n\n"
    if _looks_like_heading(prev) and not prev.endswith(("-", ",")):
        return "\n\n"
    if prev.endswith("-") and len(prev) > 1 and prev[-2].isalpha():
        head = re.search(r"([A-Za-z]+)-$", prev)
        tail = re.match(r"([A-Za-z]+)", line)
        if head and tail:
            joined = (head.group(1) + tail.group(1)).lower()
            hyphenated = f"{head.group(1)}-{tail.group(1)}".lower()
            if joined in vocab and hyphenated not in vocab:
                return "<join>"
        return ""
    short = len(prev) < 0.7 * width
    if _TERMINAL.search(prev) and short:
        return "\n\n"
    if short and _looks_like_heading(line) and _TERMINAL.search(prev):
        return "\n\n"
    return " "


def _looks_like_heading(line: str) -> bool:
    """A short line with no closing punctuation that starts with a capital."""
    words = line.split()
    return (
        0 < len(words) <= 12
        and line[:1].isupper()
        and not _TERMINAL.search(line)
        and not line.endswith((",", "-", "–", "and", "or", "of", "the", "to"))
    )


# --------------------------------------------------------------------------
# Metadata derived from the text

# What Ofsted's own reports and letters carry, at their start or end, and an
# article about Ofsted does not: naming Ofsted is not enough to be Ofsted's.
_OFSTED_MARKS = re.compile(
    r"Her Majesty[’']s Inspector|His Majesty[’']s Inspector|Lead inspector:|Inspection dates?:"
    r"|gov\.uk/ofsted|Ofsted Piccadilly|Crown copyright",
    re.I,
)


# The title of an inspection report, in each framework's wording (a line may
# wrap anywhere: "children’s\n\nservices"). Capitalised on purpose: a letter's
# "since the last inspection of children’s services" is not a title.
_REPORT_TITLE = re.compile(
    r"Inspection of .{0,120}?children[’']s\s+(?:social\s+care\s+)?services"
    r"|(?:Re-i|I)nspection of services for children in need of help(?:\s+and\s+protection"
    r"(?:,\s+children\s+looked\s+after\s+and\s+care\s+leavers)?)?"
    r"|Inspection of looked after children\s+services"
    r"|Inspection of [A-Z][\w ]{0,60} Children(?:[’']s)? (?:and Families )?Trust",
    re.S,
)


def derive_metadata(text: str, filename: str) -> dict[str, Any]:
    """Title, type, date, publisher and councils, as far as the text tells."""
    head = text[:3000]
    first_line = next((ln for ln in text.split("\n") if ln.strip()), filename)
    meta: dict[str, Any] = {"title": first_line[:200]}
    council = re.search(
        r"Inspection of (.{1,120}?)(?:\s+local\s+authority)?\s+children[’']s\s+services", head, re.S
    ) or re.search(r"^(.+?) (?:City |County |Borough |Metropolitan Borough )?Council\s*\n", head, re.M)
    if _OFSTED_MARKS.search(head) or _OFSTED_MARKS.search(text[-3000:]):
        meta["publisher"] = "Ofsted"
    report_title = _REPORT_TITLE.search(head)
    if report_title:
        meta["doc_type"] = "inspection report"
        meta["publisher"] = "Ofsted"
        meta["title"] = " ".join(report_title.group(0).split())
    elif re.search(r"^(Monitoring|Focused) visit (to|of) ", head, re.M | re.I):
        kind = re.search(r"^(Monitoring|Focused) visit", head, re.M | re.I)
        assert kind is not None
        meta["doc_type"] = f"{kind.group(1).lower()} visit letter"
        meta["publisher"] = "Ofsted"
        line = re.search(r"^(?:Monitoring|Focused) visit (?:to|of) .*$", head, re.M | re.I)
        assert line is not None
        meta["title"] = line.group(0).strip()
    elif "focused visit" in filename.lower():
        meta["doc_type"] = "focused visit letter"
        meta["publisher"] = "Ofsted"

    meta["date"] = parse_date(filename) or _letter_date(head) or _report_date(head)
    meta.update(_inspection_period(head))
    if council:
        found = GAZETTEER.resolve(council.group(1).strip()) or _first_authority(council.group(1))
        if found:
            meta["authorities"] = [found]
    if "authorities" not in meta:
        if meta.get("publisher") == "Ofsted":
            found = _first_authority(meta["title"]) or _first_authority(head)
            if found:
                meta["authorities"] = [found]
        else:
            # An article may cover several councils: the title's first, then
            # the others by how often the text names them.
            ranked = GAZETTEER.ranked(text)
            lead = _first_authority(meta["title"])
            if lead:
                ranked = [lead] + [a for a in ranked if a != lead]
            if ranked:
                meta["authorities"] = ranked
    if report_title and meta.get("authorities") and meta["authorities"][0] not in meta["title"]:
        # "Inspection of children’s social care services" says whose only in its letterhead.
        meta["title"] = f"{meta['authorities'][0]}: {meta['title']}"
    return meta


def _first_authority(text: str) -> str | None:
    mentions = GAZETTEER.find(text)
    return mentions[0].authority if mentions else None


def _letter_date(head: str) -> str | None:
    """A line that is only a date, as at the top of a letter."""
    for line in head.split("\n")[:40]:
        if DATE_DMY.fullmatch(line.strip()):
            return parse_date(line)
    return None


def _inspection_period(head: str) -> dict[str, str]:
    """``inspection_start``/``inspection_end`` from a report's first page or a letter's visit.

    >>> _inspection_period("Inspection dates: 23 to 27 September 2024")
    {'inspection_start': '2024-09-23', 'inspection_end': '2024-09-27'}
    >>> _inspection_period("findings of the focused visit to Leeds on 4 and 5 June 2019.")
    {'inspection_start': '2019-06-04', 'inspection_end': '2019-06-05'}
    """
    if re.search(r"Inspection dates?:?\s*[^\n]{4,80}", head):
        start, end = inspection_period(head)
    else:
        start, end = visit_period(head)
    if start is None or end is None:
        return {}
    return {"inspection_start": start, "inspection_end": end}


def _report_date(head: str) -> str | None:
    m = re.search(r"Report published:\s*(\d{1,2})/(\d{1,2})/(\d{4})", head)
    if m:
        return date(int(m.group(3)), int(m.group(2)), int(m.group(1))).isoformat()
    m = re.search(r"Inspection dates?:[^\n]*", head)
    if m:
        dates = DATE_DMY.findall(m.group(0))
        if dates:
            d, mon, y = dates[-1]
            return date(int(y), MONTHS[mon.lower()], int(d)).isoformat()
        m2 = re.search(r"to (\d{1,2}) (\w+) (\d{4})", m.group(0))
        if m2 and m2.group(2).lower() in MONTHS:
            return date(int(m2.group(3)), MONTHS[m2.group(2).lower()], int(m2.group(1))).isoformat()
    return None

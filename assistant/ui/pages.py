"""The original page: a PDF page rendered as PNG, and where a quote's characters are on it.

A citation is a span of the document's normalised text, which differs from
the text PDFium gives for the page (line breaks, hyphens, running headers,
ligatures). ``align`` maps the quote back to the page's characters by its
letters and digits in order (case and compatibility forms folded), so the
boxes drawn over the page cover the quote's own characters:

>>> page = list("Lead inspector:\\r\\nThe ﬁrst visit.")
>>> hit = align(page, "The first visit")
>>> "".join(page[i] for i in hit)
'The ﬁrst visit'

Pages are rendered by pypdfium2 once and kept in ``PageImages.folder``
(served by the app; no network); a PDF is served for download from there
too, only for indexed documents whose file still has the indexed content.
"""

from __future__ import annotations

import difflib
import os
import shutil
import threading
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from assistant.documents import Document
from assistant.errors import DocumentError
from assistant.formats import read_pdf
from assistant.indexing import file_fingerprint

PAGE_SCALE = 2.0  # 144 dpi: sharp when the page is shown at its width on a screen
MIN_FUZZY_SHARE = 0.8  # a quote not found whole is boxed only if this share of it is matched
_PUNCTUATION = ".,;:!?\"'“”‘’()[]-–—…"
PDFIUM_LOCK = threading.RLock()  # PDFium is not thread-safe: one user of it at a time in this process


@dataclass(frozen=True)
class Box:
    """A highlighted rectangle, as fractions of the page's width and height from its top left."""

    left: float
    top: float
    width: float
    height: float


@dataclass(frozen=True)
class PageHit:
    """Where (part of) a quote is on one page of a PDF: the page (1-based) and its boxes."""

    page: int
    boxes: tuple[Box, ...]


def _fold(ch: str) -> str:
    """The letters and digits ``ch`` stands for, folded ("ﬁ" -> "fi", "É" -> "é")."""
    return "".join(c for c in unicodedata.normalize("NFKC", ch).casefold() if c.isalnum())


def _keyed(chars: Sequence[str]) -> tuple[str, list[int]]:
    """The folded letters and digits of ``chars``, and the index in ``chars`` of each."""
    key: list[str] = []
    owner: list[int] = []
    for i, ch in enumerate(chars):
        for c in _fold(ch):
            key.append(c)
            owner.append(i)
    return "".join(key), owner


def align(page_chars: Sequence[str], quote: str, *, near: float = 0.0) -> list[int]:
    """The indices of ``page_chars`` that spell ``quote`` (empty if it is not on the page).

    Matched by letters and digits in order, so spaces, line breaks and
    hyphens may differ. Where the quote occurs more than once, the
    occurrence nearest ``near`` (its expected position, 0-1 through the page)
    is taken. A quote not found whole is aligned by its longest matching
    runs, if they make up at least ``MIN_FUZZY_SHARE`` of it.
    """
    key, owner = _keyed(page_chars)
    q = "".join(_fold(c) for c in quote)
    if not q or not key:
        return []
    starts = []
    at = key.find(q)
    while at >= 0:
        starts.append(at)
        at = key.find(q, at + 1)
    if starts:
        best = min(starts, key=lambda s: abs(s / len(key) - near))
        first, last = owner[best], owner[best + len(q) - 1]
        return list(range(*_with_punctuation(page_chars, quote, first, last)))
    matcher = difflib.SequenceMatcher(None, key, q, autojunk=False)
    blocks = [b for b in matcher.get_matching_blocks() if b.size >= 4]
    if sum(b.size for b in blocks) < MIN_FUZZY_SHARE * len(q):
        return []
    return sorted({owner[k] for b in blocks for k in range(b.a, b.a + b.size)})


def _with_punctuation(chars: Sequence[str], quote: str, first: int, last: int) -> tuple[int, int]:
    """``(first, last + 1)`` widened over the quote's leading and trailing punctuation (“ and .”)."""
    lead = len(quote) - len(quote.lstrip(_PUNCTUATION))
    trail = len(quote) - len(quote.rstrip(_PUNCTUATION))
    while lead and first > 0 and chars[first - 1] in _PUNCTUATION:
        first, lead = first - 1, lead - 1
    while trail and last + 1 < len(chars) and chars[last + 1] in _PUNCTUATION:
        last, trail = last + 1, trail - 1
    return first, last + 1


def _merge_lines(rects: list[tuple[float, float, float, float]]) -> list[tuple[float, float, float, float]]:
    """Character boxes (left, bottom, right, top) joined into one box per run on a line."""
    out: list[list[float]] = []
    for left, bottom, right, top in rects:
        if out:
            last = out[-1]
            middle = (bottom + top) / 2
            if last[1] - 1.0 <= middle <= last[3] + 1.0 and left >= last[0] - 1.0:  # same line, onwards
                last[2], last[1], last[3] = max(last[2], right), min(last[1], bottom), max(last[3], top)
                continue
        out.append([left, bottom, right, top])
    return [(a, b, c, d) for a, b, c, d in out]


def _same_content(path: Path, doc: Document) -> bool:
    """True when the file at ``path`` is still the one ``doc`` was read from.

    Its fingerprint is compared first; failing that (the index may
    fingerprint a file with its metadata), its text is read again and compared.
    """
    try:
        if not path.is_file():
            return False
        if file_fingerprint(path) == doc.content_hash:
            return True
        with PDFIUM_LOCK:
            text, _, _ = read_pdf(path.read_bytes(), path.name)
        return text == doc.text
    except (OSError, DocumentError):
        return False


class PageImages:
    """Rendered pages and downloadable PDFs of indexed documents, kept in ``folder``.

    >>> pages = PageImages("/tmp/pages")  # doctest: +SKIP
    >>> pages.page_png(doc, 3)            # doctest: +SKIP
    PosixPath('/tmp/pages/3f1c…/page-3.png')
    """

    def __init__(self, folder: str | Path) -> None:
        self.folder = Path(folder).resolve()
        self._checked: dict[tuple[str, str], bool] = {}
        self._lock = threading.Lock()

    def has_pdf(self, doc: Document) -> bool:
        """True when ``doc`` is a PDF whose file is still there with the content indexed."""
        path = Path(doc.path) if doc.path else None
        if path is None or path.suffix.lower() != ".pdf" or not doc.content_hash:
            return False
        key = (doc.path, doc.content_hash)
        with self._lock:
            if key not in self._checked:
                self._checked[key] = _same_content(path, doc)
            return self._checked[key]

    def _doc_folder(self, doc: Document) -> Path:
        folder = self.folder / doc.content_hash[:24]
        folder.mkdir(parents=True, exist_ok=True)
        return folder

    def pdf_file(self, doc: Document) -> Path | None:
        """A copy of the document's PDF in ``folder``, under its own file name (None if no PDF)."""
        if not self.has_pdf(doc):
            return None
        target = self._doc_folder(doc) / Path(doc.path).name
        if not target.exists():
            tmp = target.with_name(target.name + ".part")
            try:
                os.link(doc.path, tmp)
            except OSError:
                shutil.copyfile(doc.path, tmp)
            os.replace(tmp, target)
        return target

    def page_png(self, doc: Document, page: int) -> Path | None:
        """The PNG of page ``page`` (1-based), rendered once; None if no PDF or no such page."""
        if not self.has_pdf(doc) or not 1 <= page <= len(doc.page_starts):
            return None
        target = self._doc_folder(doc) / f"page-{page}.png"
        if target.exists():
            return target
        import pypdfium2 as pdfium

        with PDFIUM_LOCK:
            pdf = pdfium.PdfDocument(doc.path)
            try:
                if page > len(pdf):
                    return None
                image = pdf[page - 1].render(scale=PAGE_SCALE).to_pil()
            finally:
                pdf.close()
        tmp = target.with_name(f"page-{page}.{threading.get_ident()}.part")
        image.save(tmp, format="PNG", compress_level=3)
        os.replace(tmp, target)
        return target

    def quote_hits(self, doc: Document, start: int, end: int) -> list[PageHit]:
        """The boxes of ``doc.text[start:end]`` on each page it is on (empty if no PDF)."""
        if not self.has_pdf(doc) or not 0 <= start < end <= len(doc.text):
            return []
        import pypdfium2 as pdfium

        hits = []
        with PDFIUM_LOCK:
            pdf = pdfium.PdfDocument(doc.path)
            try:
                for page, a, b, near in _page_parts(doc, start, end):
                    if page <= len(pdf):
                        boxes = _quote_boxes(pdf[page - 1], doc.text[a:b], near)
                        if boxes:
                            hits.append(PageHit(page, boxes))
            finally:
                pdf.close()
        return hits


def _page_parts(doc: Document, start: int, end: int) -> list[tuple[int, int, int, float]]:
    """(page, start, end, position 0-1 through the page) of each page's part of a span."""
    bounds = [*doc.page_starts, len(doc.text)]
    parts = []
    for i in range(len(doc.page_starts)):
        lo, hi = bounds[i], bounds[i + 1]
        a, b = max(start, lo), min(end, hi)
        if a < b and doc.text[a:b].strip():
            parts.append((i + 1, a, b, (a - lo) / max(1, hi - lo)))
    return parts


def _quote_boxes(page: object, quote: str, near: float) -> tuple[Box, ...]:
    """The merged character boxes of ``quote`` on a pypdfium2 page."""
    import pypdfium2.raw as raw

    textpage = page.get_textpage()  # type: ignore[attr-defined]
    try:
        n = textpage.count_chars()
        chars = [chr(raw.FPDFText_GetUnicode(textpage.raw, i)) for i in range(n)]
        rects = [textpage.get_charbox(i) for i in align(chars, quote, near=near) if not chars[i].isspace()]
    finally:
        textpage.close()
    width, height = page.get_size()  # type: ignore[attr-defined]
    return tuple(
        Box(left / width, 1 - top / height, (right - left) / width, (top - bottom) / height)
        for left, bottom, right, top in _merge_lines(rects)
        if right > left and top > bottom
    )

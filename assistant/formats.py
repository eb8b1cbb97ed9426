"""Each format's text, normalised: plain text, Markdown, HTML and PDF.

``assistant.documents`` reads a file's bytes and hands them here; what comes
back is the normalised text every offset downstream refers to (and, for a
PDF, where each page starts). Words, punctuation and typographic quotes are
kept as they are: the text is what citations quote.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Sequence
from html.parser import HTMLParser
from typing import Any

from assistant.errors import DocumentError

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


def markdown_to_text(raw: str) -> str:
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


def html_to_text(raw: str) -> tuple[str, dict[str, Any]]:
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


def read_pdf(data: bytes, name: str) -> tuple[str, tuple[int, ...], dict[str, Any]]:
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
            pages.append(_drawn_last_first(textpage).replace("\ufffe", "-\n"))
            textpage.close()
            page.close()
    except pdfium.PdfiumError as e:
        raise DocumentError(f"{name}: not a readable PDF (page {len(pages) + 1}: {e})") from e
    finally:
        pdf.close()
    text, starts = pdf_pages_to_text(pages)
    return text, starts, {}


# At most this many lines drawn last but printed above the rest of the page are moved.
_MAX_HEADER_LINES = 20


def _drawn_last_first(textpage: Any) -> str:
    """The page's text, with lines drawn last but printed above all the rest moved to its start.

    PDFium reads text in drawing order. A letterhead printed at the top of a
    letter's first page (Ofsted's logo and address) is drawn after the
    letter's body, so it came out inside the page's last sentence: "... the
    impact of" / "Ofsted Piccadilly Gate ... www.gov.uk/ofsted" / (next page)
    "the pandemic on ...". Lines go by the top of their first character.
    """
    text: str = textpage.get_text_range()
    lines = text.split("\r\n")
    if len(lines) < 6:
        return text
    tops: list[float | None] = []
    pos = 0
    for line in lines:
        top = None
        first = next((pos + i for i, ch in enumerate(line) if not ch.isspace()), None)
        if first is not None:
            try:
                top = float(textpage.get_charbox(first)[3])
            except Exception:  # a generated character has no box
                top = None
        tops.append(top)
        pos += len(line) + 2
    # The longest run at the end whose every line stands above every line before it.
    below = float("-inf")
    highest_before = [below]
    for top in tops:
        highest_before.append(max(highest_before[-1], top if top is not None else below))
    lowest_after = float("inf")
    cut = None
    for s in range(len(lines) - 1, max(len(lines) - _MAX_HEADER_LINES, 5) - 1, -1):
        top = tops[s]
        if top is not None:
            lowest_after = min(lowest_after, top)
        if lowest_after != float("inf") and lowest_after > highest_before[s]:
            cut = s
    if cut is None:
        return text
    return "\r\n".join(lines[cut:] + lines[:cut])


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
    # A line of twelve words or fewer looks like a heading, but a next line
    # in lower case carries on its sentence: "... to Warrington children's" /
    # "services on 31 January ...".
    if _looks_like_heading(prev) and not prev.endswith(("-", ",")) and not line[:1].islower():
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

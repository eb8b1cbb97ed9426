"""Checking a model's quotations: only the documents' own words stay quoted and cited.

``check_quotes`` keeps only what it can verify. Every quotation in double
quotes (straight or curly) must be the words of the passage its [n] marker
cites, verbatim (or differing only in whitespace, in which case the citation
holds the document's own text). A quotation that is not is replaced by
"[quote removed: not found in source]" and flagged. A quotation with no
marker is cited to the first passage that contains it, or removed. Markers
outside quotations are removed: a citation here is always a verified
quotation, never a claim that a paraphrase is supported (markers to passages
that do not exist are flagged as well). Unpaired quotation marks are
removed, so everything the answer shows in quotation marks is the documents'
own words. For every citation ``document_text(c.doc_id)[c.start:c.end] == c.quote``
(``check_citations``).

>>> doc = "MASH model, with one access point for referrals."
>>> p = Passage("d.txt", "Letter", doc, 0, len(doc), 1.0, 1, "2022-01-31", "letter", None, "d.txt")
>>> text, cites, flags = check_quotes('It found “one access point” [1] and “no problems” [1].',
...                                   [p], {"d.txt": doc})
>>> text
'It found “one access point” [1] and [quote removed: not found in source].'
>>> (cites[0].quote, cites[0].start, cites[0].end)
('one access point', 17, 33)
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence

from assistant.answers.cite import DocumentText, check_citations, cite_span, text_getter
from assistant.answers.types import Citation
from assistant.retrieval import Passage

REMOVED = "[quote removed: not found in source]"

PageAt = Callable[[str, int], int]

_MARK = r"\[[ \t]*\d{1,4}(?:[ \t]*,[ \t]*\d{1,4})*[ \t]*\]"
# A quotation in double quotes (either kind, either way round), then, a few
# characters on, its markers: “…” [1], "…"[1][2], “…”, [1, 3].
_QUOTE = re.compile(
    r"[“\"](?P<body>[^“”\"]{0,3000})[”\"]"
    rf"(?:(?P<gap>[ \t,.;:]{{0,3}})(?P<markers>{_MARK}(?:[ \t]*{_MARK})*))?"
)
_BARE_MARK = re.compile(rf"[ \t]*{_MARK}")
_STRAY_QUOTE = re.compile(r"[“”\"]")
_EDGE_ELLIPSIS = re.compile(r"^(?:\.\.\.|…)\s*|\s*(?:\.\.\.|…)$")


def _squash(text: str) -> tuple[str, list[int]]:
    """``text`` with whitespace runs as one space, and each character's offset in ``text``."""
    out, where, in_space = [], [], False
    for i, ch in enumerate(text):
        if ch.isspace():
            if not in_space:
                out.append(" ")
                where.append(i)
            in_space = True
        else:
            out.append(ch)
            where.append(i)
            in_space = False
    return "".join(out), where


def locate(quote: str, passage: Passage, text: str) -> tuple[int, int] | None:
    """Document offsets of ``quote`` inside ``passage``, or ``None``.

    An exact match first; else a match ignoring differences in whitespace,
    mapped back to the document's own span.
    """
    if not quote.strip():
        return None
    region = text[passage.start : passage.end]
    i = region.find(quote)
    if i >= 0:
        return passage.start + i, passage.start + i + len(quote)
    squashed, where = _squash(region)
    q = " ".join(quote.split())
    i = squashed.find(q)
    if i >= 0:
        return passage.start + where[i], passage.start + where[i + len(q) - 1] + 1
    return None


def _candidates(body: str) -> list[tuple[str, str]]:
    """(text to look for, punctuation to move outside the quotation marks)."""
    core = _EDGE_ELLIPSIS.sub("", " ".join(body.split())).strip()
    out = [(core, "")]
    if len(core) > 1 and core[-1] in ".,;:!?":  # “…partners.” where the source goes on
        out.append((core[:-1].rstrip(), core[-1]))
    return [c for c in out if c[0]]


def _short(text: str, limit: int = 60) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"


class _Checker:
    def __init__(self, passages: Sequence[Passage], document_text: DocumentText, page_at: PageAt | None):
        self.passages = list(passages)
        self.text_of = text_getter(document_text)
        self.page_at = page_at
        self.citations: list[Citation] = []
        self.numbers: dict[tuple[str, int, int], int] = {}
        self.flags: list[str] = []
        self.stripped_markers = 0
        self.stray_quotes = 0

    def cite(self, passage: Passage, start: int, end: int) -> int:
        key = (passage.doc_id, start, end)
        if key not in self.numbers:
            n = len(self.citations) + 1
            page = self.page_at(passage.doc_id, start) if self.page_at else passage.page
            text = self.text_of(passage.doc_id)
            self.citations.append(cite_span(passage, n, start, end, text=text, page=page))
            self.numbers[key] = n
        return self.numbers[key]

    def find(self, body: str, passage: Passage) -> tuple[str, str, int, int] | None:
        text = self.text_of(passage.doc_id)
        for candidate, moved in _candidates(body):
            span = locate(candidate, passage, text)
            if span is not None:
                return candidate, moved, *span
        return None

    def quotation(self, m: re.Match[str]) -> str:
        body = m["body"]
        punct = "".join(ch for ch in m["gap"] or "" if ch in ",.;:")
        if not body.strip():  # “” is no quotation; its markers go the way of bare ones
            self.stray_quotes += 2
            return self.prose(m["markers"] or "") + punct
        if not m["markers"]:
            return self.unmarked(body)
        numbers = list(dict.fromkeys(int(n) for n in re.findall(r"\d+", m["markers"])))
        found, missing = [], []
        shown = moved = ""
        for n in numbers:
            if not 1 <= n <= len(self.passages):
                self.flags.append(f"marker [{n}] removed: there is no passage {n}")
                continue
            hit = self.find(body, self.passages[n - 1])
            if hit is None:
                missing.append(n)
                continue
            shown, moved = hit[0], hit[1]
            found.append(self.cite(self.passages[n - 1], hit[2], hit[3]))
        if not found:
            if missing:
                where = "is not in " + ", ".join(f"[{n}]" for n in missing)
            else:
                where = "cites no passage that exists"
            self.flags.append(f"quote removed: “{_short(body)}” {where}")
            return REMOVED + punct
        if missing:
            which = ", ".join(f"[{n}]" for n in missing)
            self.flags.append(
                f"marker{'s' if len(missing) > 1 else ''} {which} removed from "
                f"“{_short(body)}”: the quotation is not in "
                f"{'those passages' if len(missing) > 1 else 'that passage'}"
            )
        marks = "".join(f"[{n}]" for n in dict.fromkeys(found))
        return f"“{shown}”{moved} {marks}{punct}"

    def unmarked(self, body: str) -> str:
        for p in self.passages:
            hit = self.find(body, p)
            if hit is not None:
                return f"“{hit[0]}”{hit[1]} [{self.cite(p, hit[2], hit[3])}]"
        self.flags.append(f"quote removed: “{_short(body)}” has no [n] marker and is in no passage")
        return REMOVED

    def prose(self, segment: str) -> str:
        """Text outside quotations: markers and unpaired quotation marks removed."""

        def marker(m: re.Match[str]) -> str:
            for n in dict.fromkeys(int(n) for n in re.findall(r"\d+", m.group(0))):
                if 1 <= n <= len(self.passages):
                    self.stripped_markers += 1
                else:
                    self.flags.append(f"marker [{n}] removed: there is no passage {n}")
            return ""

        segment = _BARE_MARK.sub(marker, segment)
        segment, strays = _STRAY_QUOTE.subn("", segment)
        self.stray_quotes += strays
        return segment


def check_quotes(
    text: str,
    passages: Sequence[Passage],
    document_text: DocumentText,
    *,
    page_at: PageAt | None = None,
) -> tuple[str, list[Citation], list[str]]:
    """The model's ``text`` with only verified quotations cited, the citations, and flags.

    ``document_text`` maps a doc_id to its text (a function or a mapping);
    ``page_at(doc_id, offset)`` gives a citation's page (else the passage's
    first page). Markers are renumbered 1, 2, ... in order of first use, one
    number per distinct quoted span. See the module docstring for the rules.
    ``CitationError`` if a citation breaks the invariant (never expected).
    """
    checker = _Checker(passages, document_text, page_at)
    out, pos = [], 0
    for m in _QUOTE.finditer(text):
        out.append(checker.prose(text[pos : m.start()]))
        out.append(checker.quotation(m))
        pos = m.end()
    out.append(checker.prose(text[pos:]))
    result = re.sub(r"[ \t]{2,}", " ", "".join(out))
    result = re.sub(r"[ \t]+(?=[.,;:!?](?:\s|$))", "", result)  # "claim [1]." -> "claim."
    result = "\n".join(line.strip() for line in result.strip().split("\n"))
    flags = list(checker.flags)
    if checker.stripped_markers:
        flags.append(
            f"{checker.stripped_markers} citation marker"
            f"{'s' if checker.stripped_markers > 1 else ''} outside quotations removed "
            "(only verified quotations are cited)"
        )
    if checker.stray_quotes:
        flags.append(
            f"{checker.stray_quotes} unpaired quotation mark{'s' if checker.stray_quotes > 1 else ''} removed"
        )
    check_citations(checker.citations, checker.text_of)  # the invariant, as in the extractive path
    return result, checker.citations, flags

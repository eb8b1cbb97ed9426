"""Comparison questions: one section per council, each from that council's own documents.

"Compare Devon and Cornwall on care leavers", "Leeds vs Bradford on early
help", "How does Stoke-on-Trent's supervision differ from Derby's?": each
council named (two to five) gets a section quoted from its own most recent
inspection report (or the reports of the period the question names), with
the report's grade row where the report grades the area asked about. A
council whose report says nothing on the topic gets a section that says so;
no council is dropped.

>>> is_comparison("Compare Devon and Cornwall on care leavers", ("Devon", "Cornwall"))
True
>>> is_comparison("What did Devon say about care leavers?", ("Devon",))
False
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Sequence
from dataclasses import dataclass

from assistant.answers.cite import citation_for
from assistant.answers.extract import (
    Candidate,
    compose,
    lexical_overlap,
    score_candidates,
    select_quotes,
    sentences_of,
)
from assistant.answers.grade_questions import area_of
from assistant.answers.grades import AREA_NAMES, grade_name, row
from assistant.answers.types import Answer, Citation, Record, Table, format_period, source_label
from assistant.config import Settings
from assistant.documents import Document
from assistant.filters import document_period, is_of_kind, period_doc_ids
from assistant.judgements import Inspection
from assistant.query import ParsedQuery
from assistant.retrieval import Retriever
from assistant.search.dense import Embedder
from assistant.search.sparse import tokenize_query
from assistant.search.store import IndexData
from assistant.subjects import COMPARING

MAX_COUNCILS = 5
PASSAGES = 5  # per council, from its own documents
SENTENCES = 16  # per council, scored with the model
_NOT_TOPIC = re.compile(
    r"\b(compar\w*|vs\.?|versus|differ\w*|difference|contrast\w*|side by side|against|how|does|do|"
    r"did|is|are|on|and|with|from|between|the|in|of|terms|their|its|what|about)\b|['’]s\b|[?:,.]",
    re.I,
)


def is_comparison(question: str, authorities: Sequence[str]) -> bool:
    """Whether ``question`` asks to compare the two or more councils it names."""
    return len(authorities) >= 2 and bool(COMPARING.search(question))


def topic_of(parsed: ParsedQuery) -> str:
    """The topic compared: the question without its councils and comparing words.

    >>> from assistant.query import parse_query
    >>> topic_of(parse_query("Compare Devon and Cornwall on care leavers"))
    'care leavers'
    >>> topic_of(parse_query("Leeds vs Bradford"))
    'overall effectiveness'
    """
    topic = " ".join(_NOT_TOPIC.sub(" ", parsed.search_text).split())
    # "Leeds vs Bradford" names no topic: the reports' overall judgements and findings.
    return topic if re.search(r"\w{3}", topic) else "overall effectiveness"


@dataclass(frozen=True)
class Section:
    """One council's part of a comparison: its text, citations and table row."""

    council: str
    text: str
    citations: tuple[Citation, ...]
    row: tuple[str, ...]
    record: Record


class Comparer:
    """Answers a comparison from each council's documents; see the module docstring."""

    def __init__(
        self,
        *,
        retriever: Retriever,
        index: IndexData,
        embedder: Embedder,
        settings: Settings,
        inspections: Sequence[Inspection],
    ) -> None:
        self.retriever, self.index, self.embedder, self.settings = retriever, index, embedder, settings
        self.inspection_of = {i.doc_id: i for i in inspections}

    def answer(self, question: str, parsed: ParsedQuery, authorities: Sequence[str]) -> Answer:
        councils = tuple(dict.fromkeys(authorities))
        if len(councils) > MAX_COUNCILS:
            text = (
                f"A comparison takes two to five councils; this question names {len(councils)} "
                f"({', '.join(councils)}). Ask about five or fewer."
            )
            return Answer(question, text, (), False, authorities=councils, kind="comparison")
        topic = topic_of(parsed)
        found = {c: self.candidates(c, topic, parsed) for c in councils}
        # One call to the model for every council's sentences.
        everyone = [c for _, candidates in found.values() for c in candidates]
        scored = score_candidates(everyone, topic, self.embedder, weights=self.settings.answer_weights)
        sections: list[Section] = []
        for council, (docs, _) in found.items():
            offset = sum(len(s.citations) for s in sections)
            ids = {d.doc_id for d in docs}
            own = [c for c in scored if c.passage.doc_id in ids]
            sections.append(self.section(council, docs, own, topic, offset))
        citations = tuple(c for s in sections for c in s.citations)
        area = area_of(topic)
        columns = ("Council", "Inspection", _grade_column(area, topic), "First quote")
        table = Table(
            columns,
            tuple(s.row for s in sections),
            caption=f"{' vs '.join(councils)}: {topic}",
            records=tuple(s.record for s in sections),
        )
        head = f"Comparing {_and(councils)} on {topic}, each from its own documents:"
        text = "\n\n".join([head, *(s.text for s in sections)])
        answered = any(s.citations for s in sections)
        return Answer(
            question, text, citations, answered, authorities=councils, kind="comparison", table=table
        )

    def documents_for(self, council: str, parsed: ParsedQuery) -> list[Document]:
        """The council's documents for the question: the period's reports, else its newest report."""
        docs = [d for d in self.index.documents.values() if d.authority == council]
        if parsed.period is not None and not parsed.period.latest:
            chosen = set(period_doc_ids(parsed.period, docs, [council]))
            return [d for d in docs if d.doc_id in chosen]
        if parsed.years:
            return [d for d in docs if d.years & set(parsed.years) and is_of_kind(d, "")]
        reports = [d for d in docs if is_of_kind(d, "inspection")]
        if reports:
            return [max(reports, key=lambda d: (document_period(d) or ("", ""))[1])]
        return docs

    def candidates(
        self, council: str, topic: str, parsed: ParsedQuery
    ) -> tuple[list[Document], list[Candidate]]:
        """The council's documents for the question, and the sentences of its best passages on the topic.

        Only the sentences sharing most of the topic's words are kept for the
        model, so a comparison of five councils embeds a few dozen sentences.
        """
        docs = self.documents_for(council, parsed)
        if not docs:
            return [], []
        passages = self.retriever.search(
            topic,
            k=PASSAGES,
            filters={"authority": council, "doc_ids": [d.doc_id for d in docs]},
            infer=False,
        )
        words = set(tokenize_query(topic))
        found = sentences_of(passages, self._text, furniture=self.index.furniture)
        return docs, sorted(found, key=lambda c: (-lexical_overlap(words, c.text), c.rank))[:SENTENCES]

    def section(
        self, council: str, docs: Sequence[Document], scored: Sequence[Candidate], topic: str, offset: int
    ) -> Section:
        """One council's section from its own scored sentences (best first)."""
        if not docs:
            return _empty(council, f"no indexed document about {council} is from the period asked about")
        doc = docs[0]
        grade = self.grade_row(doc, topic, offset)
        if not scored or scored[0].score < self.settings.answer_threshold:
            said = f"its {_label(doc)} says nothing found on {topic}"
            return _with_grade(_empty(council, said, doc), grade)
        quotes = select_quotes(
            scored,
            max_quotes=3,
            relative=self.settings.answer_relative,
            duplicate=self.settings.answer_duplicate,
        )
        body, cited = compose(
            quotes, chronological=False, newest_first=True, document_text=self._text, page_at=self._page
        )
        plain = f"**{source_label(doc.publisher, doc.doc_type, doc.date)}**"
        body = body.replace(
            plain, f"**{source_label(doc.publisher, doc.doc_type, doc.date, period=document_period(doc))}**"
        )
        start = offset + (1 if grade else 0)
        cited = _renumber(cited, start)
        body = re.sub(r"\[(\d+)\]", lambda m: f"[{int(m.group(1)) + start}]", body)
        first = cited[0]
        section = Section(
            council,
            f"### {council}\n\n{body}",
            tuple(cited),
            (council, _label(doc), "-", f"“{' '.join(first.quote.split())[:200]}” [{first.n}]"),
            _record(council, doc, first.quote, first.page),
        )
        return _with_grade(section, grade)

    def grade_row(self, doc: Document, topic: str, offset: int) -> tuple[str, Citation] | None:
        """(grade, citation of its row) where the report grades the area the topic names."""
        inspection = self.inspection_of.get(doc.doc_id)
        area = area_of(topic)
        if inspection is None or (area == "overall" and not re.search(r"\boverall\b", topic, re.I)):
            return None
        j = row(inspection, area)
        if j is None:
            return None
        return grade_name(j.grade), citation_for(doc, offset + 1, j.start, j.end)

    def _text(self, doc_id: str) -> str:
        return self.index.documents[doc_id].text

    def _page(self, doc_id: str, offset: int) -> int:
        return self.index.documents[doc_id].page_at(offset)


def _renumber(citations: Sequence[Citation], offset: int) -> list[Citation]:
    return [dataclasses.replace(c, n=c.n + offset) for c in citations]


def _with_grade(section: Section, grade: tuple[str, Citation] | None) -> Section:
    """``section`` led by the report's grade row for the area, cited."""
    if grade is None:
        return section
    name, c = grade
    line = f"Judgement: “{' '.join(c.quote.split())}” [{c.n}]"
    head, _, rest = section.text.partition("\n\n")
    return dataclasses.replace(
        section,
        text=f"{head}\n\n{line}\n\n{rest}",
        citations=(c, *section.citations),
        row=(*section.row[:2], f"{name} [{c.n}]", *section.row[3:]),
    )


def _empty(council: str, why: str, doc: Document | None = None) -> Section:
    text = f"### {council}\n\nNothing on this: {why}."
    label = _label(doc) if doc is not None else "-"
    record = _record(council, doc, "", None)
    return Section(council, text, (), (council, label, "-", "nothing found"), record)


def _record(council: str, doc: Document | None, value: str, page: int | None) -> Record:
    if doc is None:
        return Record(council, None, None, None, value, page)
    start, end = document_period(doc) or (None, None)
    return Record(council, start, end, doc.date, value, page, doc.url)


def _label(doc: Document) -> str:
    period = document_period(doc)
    when = format_period(*period) if period else (doc.date or "undated")
    return f"{doc.doc_type}, {when}"


def _grade_column(area: str, topic: str) -> str:
    return f"Grade ({AREA_NAMES[area]})" if area != "overall" else "Grade"


def _and(items: Sequence[str]) -> str:
    return items[0] if len(items) == 1 else f"{', '.join(items[:-1])} and {items[-1]}"


__all__ = ["MAX_COUNCILS", "Comparer", "is_comparison", "topic_of"]

"""Questions answered from the judgement tables of the indexed reports.

"Which councils were rated inadequate in 2019?", "How has Stoke-on-Trent's
rating changed?", "Which councils improved from inadequate to good?" are not
answered by any one passage: they are questions about the judgements of many
reports. ``assistant/judgements.py`` reads each report's judgement table into
an ``Inspection``; this module recognises such questions and answers them
from those records, citing each report's own table row, so every quote is
still the report's words at its span.

Questions about what a report *says* (its findings) go to the passage
pipeline as before: a question comes here only if it asks about ratings
(rated, grade, judgement, ...) or a lead inspector, and names councils in
general or one council with inspection reports in the index.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence

from assistant.answers.grade_periods import chosen, in_history, when
from assistant.answers.grade_questions import JudgementQuestion, classify, grade_of
from assistant.answers.in_words import IN_WORDS, OTHER_ROWS
from assistant.answers.types import Answer, Citation, Record, Table
from assistant.dates import format_date
from assistant.judgements import Inspection, Judgement, extract_inspection
from assistant.search.store import IndexData

__all__ = [
    "AREA_NAMES",
    "JudgementQuestion",
    "answer_from_judgements",
    "classify",
    "grade_of",
    "inspections_in",
    "transitions",
]

# The span of a report's own sentence for one of its judged areas, if it has one.
WordsFor = Callable[[Inspection, Judgement], tuple[int, int] | None]

GRADE_ORDER = ("inadequate", "requires_improvement", "good", "outstanding")
_GRADE_NAMES = {
    "outstanding": "Outstanding",
    "good": "Good",
    "requires_improvement": "Requires improvement",
    "inadequate": "Inadequate",
}

# The table rows that answer each area a question may name, in each framework
# (SIF 2013-17, ILACS 2018-).
AREA_ROWS = {
    "overall": ("overall",),
    "help_and_protection": ("help_and_protection",),
    "in_care": ("in_care", "in_care_and_care_leavers", "looked_after"),
    "care_leavers": ("care_leavers", "in_care_and_care_leavers"),
    "leaders": ("leaders", "leadership"),
    "adoption": ("adoption",),
    "lscb": ("lscb",),
}
AREA_NAMES = {
    "overall": "overall effectiveness",
    "help_and_protection": "help and protection",
    "in_care": "children in care",
    "care_leavers": "care leavers",
    "leaders": "leadership",
    "adoption": "adoption",
    "lscb": "the Local Safeguarding Children Board",
}


def grade_name(grade: str | None) -> str:
    if not grade:
        return "no judgement"
    return _GRADE_NAMES.get(grade, grade.replace("_", " ").capitalize())


def inspections_in(index: IndexData) -> list[Inspection]:
    """The inspection records of an index's reports, read once per loaded index."""
    if index.inspections is None:
        found = (extract_inspection(d) for d in index.documents.values())
        index.inspections = [i for i in found if i is not None]
    return index.inspections


# --------------------------------------------------------------------------
# Selecting inspections


def row(inspection: Inspection, area: str) -> Judgement | None:
    """The table row that judges ``area`` in this report's framework."""
    for key in AREA_ROWS.get(area, (area,)):
        for j in inspection.judgements:
            if j.area == key:
                return j
    return None


def transitions(
    inspections: Iterable[Inspection], q: JudgementQuestion
) -> list[tuple[Inspection, Inspection]]:
    """Pairs (earlier, later) of one council's inspections that match ``q``.

    With two grades ("from inadequate to good") a pair is the latest
    inspection with the first grade followed by the first later one with the
    second, inspections in between allowed. Without grades, consecutive
    inspections whose grade went up (or down).
    """
    by_council: dict[str, list[Inspection]] = {}
    for i in inspections:
        if row(i, q.area) is not None:
            by_council.setdefault(i.council, []).append(i)
    pairs = []
    for items in by_council.values():
        items.sort(key=when)
        pair = _pair(items, q)
        if pair is not None:
            pairs.append(pair)
    return sorted(pairs, key=lambda p: when(p[1]))


def _pair(items: Sequence[Inspection], q: JudgementQuestion) -> tuple[Inspection, Inspection] | None:
    grades = [_grade(i, q.area) for i in items]
    if len(q.grades) >= 2:
        a, b = q.grades[0], q.grades[1]
        for j in range(1, len(items)):
            if grades[j] == b and a in grades[:j]:
                i = max(k for k in range(j) if grades[k] == a)
                return items[i], items[j]
        return None
    for j in range(len(items) - 1, 0, -1):
        before, after = _rank(grades[j - 1]), _rank(grades[j])
        if before is None or after is None:
            continue
        if (after > before) if q.direction != "down" else (after < before):
            return items[j - 1], items[j]
    return None


def _grade(inspection: Inspection, area: str) -> str | None:
    j = row(inspection, area)
    return j.grade if j else None


def _rank(grade: str | None) -> int | None:
    return GRADE_ORDER.index(grade) if grade in GRADE_ORDER else None


# --------------------------------------------------------------------------
# Answers


def answer_from_judgements(
    question: str,
    q: JudgementQuestion,
    inspections: Sequence[Inspection],
    cite: Callable[[str, int, int, int], Citation],
    *,
    url_of: Callable[[str], str | None] | None = None,
    words_for: WordsFor | None = None,
) -> Answer | None:
    """The answer to ``q`` from ``inspections``, or None to fall back to passages.

    ``cite(doc_id, n, start, end)`` makes citation ``n`` for a span of a
    report; ``url_of(doc_id)`` is the report's public address, where known,
    for the table's CSV; ``words_for(inspection, row)`` the span of the
    report's own sentence for one judged area, where it has one
    (``assistant/answers/in_words.py``). None when no indexed report is
    about the council asked about: then other documents (news, letters)
    may still answer.
    """
    pool = [i for i in inspections if not q.authorities or i.council in q.authorities]
    if not pool:
        return None
    builder = _Builder(question, q, cite, url_of or (lambda doc_id: None), words_for or (lambda i, j: None))
    if q.intent == "lead_inspector":
        return builder.lead_inspectors(chosen(pool, q))
    if q.intent == "lookup":
        return builder.lookup(chosen(pool, q))
    if q.intent == "history":
        told, span = in_history(pool, q, question)
        return builder.listing(sorted(told, key=when), title=_history_title(q, span))
    if q.intent == "transition":
        return builder.transitions(transitions(pool, q))
    return builder.listing(_listed(pool, q), title=_list_title(q))


def _listed(pool: Sequence[Inspection], q: JudgementQuestion) -> list[Inspection]:
    """Inspections with the grades asked, in the period asked (else each council's latest)."""
    picked = chosen(pool, q)
    if q.grades:
        picked = [i for i in picked if _grade(i, q.area) in q.grades]
    return sorted(picked, key=lambda i: (i.council, when(i)))


def _list_title(q: JudgementQuestion) -> str:
    """ "judged inadequate for overall effectiveness in inspections that ended in 2019"; for the
    inspections themselves, "had an inspection that ended in 2019"."""
    grades = " or ".join(grade_name(g).lower() for g in q.grades) or "any grade"
    period = _period(q)
    if q.inspected:
        basis = {"published": "a report published", "inspected": "an inspection held"}
        return f"had {basis.get(q.date_basis, 'an inspection that ended')} {period}".strip()
    if period:
        basis = {"published": "reports published", "inspected": "inspections held"}
        period = f"in {basis.get(q.date_basis, 'inspections that ended')} {period}"
    else:
        period = "at their latest inspection"
    return f"judged {grades} for {AREA_NAMES.get(q.area, q.area)} {period}"


def _history_title(q: JudgementQuestion, span: str) -> str:
    return f"{' and '.join(q.authorities)}: judgements at each inspection{f' {span}' if span else ''}"


def _period(q: JudgementQuestion) -> str:
    if q.years:
        return "in " + " or ".join(str(y) for y in q.years)
    parts = []
    if q.date_from:
        parts.append(f"from {format_date(q.date_from)}")
    if q.date_to:
        parts.append(f"to {format_date(q.date_to)}")
    return " ".join(parts)


def visit(inspection: Inspection) -> str:
    """'4 to 15 February 2019'-style inspection dates (or the publication date)."""
    start, end = inspection.inspection_start, inspection.inspection_end
    if start and end:
        return f"{format_date(start)} to {format_date(end)}"
    return f"published {format_date(inspection.published)}"


class _Builder:
    """Assembles text, table and citations; every quote is a report's span."""

    def __init__(
        self,
        question: str,
        q: JudgementQuestion,
        cite: Callable[[str, int, int, int], Citation],
        url_of: Callable[[str], str | None],
        words_for: WordsFor,
    ):
        self.question, self.q, self._cite, self.url_of = question, q, cite, url_of
        self.words_for = words_for
        self.citations: list[Citation] = []

    def record(self, inspection: Inspection, value: str) -> Record:
        """The CSV row of ``inspection``, its last citation's page beside ``value``."""
        page = self.citations[-1].page if self.citations else None
        return Record(
            inspection.council,
            inspection.inspection_start,
            inspection.inspection_end,
            inspection.published,
            value,
            page,
            self.url_of(inspection.doc_id),
        )

    def cite(self, doc_id: str, start: int, end: int) -> str:
        c = self._cite(doc_id, len(self.citations) + 1, start, end)
        self.citations.append(c)
        return f"[{c.n}]"

    def quoted(self, inspection: Inspection, area: str) -> tuple[str, str]:
        """(grade shown in a table cell, '“row text” [n]') for one judgement."""
        j = row(inspection, area)
        if j is None:
            return "not judged", ""
        marker = self.cite(inspection.doc_id, j.start, j.end)
        return grade_name(j.grade), f"“{self.shown()}” {marker}"

    def shown(self) -> str:
        """The last quote as the answer text shows it: its words, line breaks as spaces."""
        return " ".join(self.citations[-1].quote.split())

    def answer(
        self, text: str, table: Table | None, *, answered: bool = True, gap: str | None = None
    ) -> Answer:
        notes = (
            "answered from the judgement tables of the inspection reports in the index; "
            "councils or inspections not in the index are not covered",
        )
        return Answer(
            self.question,
            text,
            tuple(self.citations),
            answered,
            authorities=self.q.authorities,
            notes=notes,
            kind="judgements",
            confidence=1.0 if answered else 0.0,
            table=table,
            gap=gap,
        )

    def listing(self, items: Sequence[Inspection], *, title: str) -> Answer:
        """A table of inspections; ``title`` is "judged ... in ..." for a list, else a heading."""
        area = self.q.area
        listed = title.startswith(("judged", "had "))
        heading = f"Councils {title}" if listed else title
        if not items:
            text = f"{heading}: none of the inspection reports in the index."
            return self.answer(("0 councils. " if self.q.count else "") + text, None, answered=False)
        rows, lines, records = [], [], []
        for i in items:
            grade, quote = self.quoted(i, area)
            rows.append((i.council, visit(i), grade, quote.rsplit(" ", 1)[-1]))
            records.append(self.record(i, grade))
            lines.append(f"- **{i.council}**, inspection {visit(i)}: {quote}")
        councils = len({i.council for i in items})
        count = f"{len(items)} inspection{'s' if len(items) != 1 else ''}"
        if (self.q.count or self.q.inspected) and listed:
            also = f" ({count})" if len(items) != councils else ""
            first = f"{councils} council{'s' if councils != 1 else ''} {title}{also}, in the index:"
        else:
            first = f"{heading}, in the index ({count}):"
        columns = ("Council", "Inspection", AREA_NAMES.get(area, area).capitalize(), "Source")
        table = Table(
            columns, tuple(rows), caption=f"{heading}, in the index ({count})", records=tuple(records)
        )
        return self.answer(f"{first}\n\n" + "\n".join(lines), table)

    def lookup(self, items: Sequence[Inspection]) -> Answer:
        if not items:
            period = _period(self.q)
            names = " and ".join(self.q.authorities)
            return self.answer(
                f"No inspection report on {names} {period} is in the index.",
                None,
                answered=False,
                gap="no-inspection-in-period" if period else None,
            )
        rows: list[tuple[str, ...]] = []
        records: list[Record] = []
        blocks = []
        for i in items:

            def quote(j: Judgement, i: Inspection = i) -> str:
                marker = self.cite(i.doc_id, j.start, j.end)
                rows.append((i.council, visit(i), j.label, grade_name(j.grade), marker))
                records.append(self.record(i, f"{j.label}: {grade_name(j.grade)}"))
                return f"“{self.shown()}” {marker}"

            lead = self.asked_rows(i)
            head = f"**{i.council}**, inspection {visit(i)} ({i.framework}): "
            if self.q.of_areas and not lead:
                asked = " or ".join(grade_name(g).lower() for g in self.q.of_areas)
                head += f"no area was judged {asked}. "
            elif self.q.area == "overall" and i.overall is None and i.framework == "ILACS 2026":
                head += "no overall effectiveness grade (inspections from April 2026 give none); its areas: "
            if not lead:
                blocks.append(head + " ".join(quote(j) for j in i.judgements))
                continue
            blocks.append(head + " ".join(quote(j) for j in lead))
            blocks.extend(self.in_words(i, lead))
            others = [quote(j) for j in i.judgements if j not in lead]
            if others:
                blocks.append(f"{OTHER_ROWS}: " + " ".join(others))
        caption = f"Judgements of {' and '.join(self.q.authorities) or 'the councils asked about'}"
        columns = ("Council", "Inspection", "Judgement", "Grade", "Source")
        table = Table(columns, tuple(rows), caption=caption, records=tuple(records))
        return self.answer("\n\n".join(blocks), table)

    def asked_rows(self, inspection: Inspection) -> list[Judgement]:
        """The rows a lookup leads with: the area asked about, or the best (worst) areas."""
        if self.q.rank is None and self.q.of_areas:
            return [j for j in inspection.judgements if j.area != "overall" and j.grade in self.q.of_areas]
        if self.q.rank is None:
            j = row(inspection, self.q.area) if self.q.area != "overall" else None
            return [j] if j is not None else []
        areas = [j for j in inspection.judgements if j.area != "overall" and _rank(j.grade) is not None]
        if not areas:
            return []
        pick = max if self.q.rank == "best" else min
        top = pick(_rank(j.grade) or 0 for j in areas)
        return [j for j in areas if _rank(j.grade) == top]

    def in_words(self, inspection: Inspection, lead: Sequence[Judgement]) -> list[str]:
        """ "In the report's words: “...” [n]" for each row led with that has its own sentence."""
        out = []
        for j in lead:
            span = self.words_for(inspection, j)
            if span is not None:
                marker = self.cite(inspection.doc_id, *span)
                out.append(f"{IN_WORDS}: “{self.shown()}” {marker}")
        return out

    def lead_inspectors(self, items: Sequence[Inspection]) -> Answer:
        found = [i for i in items if i.lead_inspector_span]
        if not found:
            return self.answer("No lead inspector is named in the matching reports.", None, answered=False)
        rows, lines, records = [], [], []
        for i in found:
            start, end = i.lead_inspector_span or (0, 0)
            marker = self.cite(i.doc_id, start, end)
            rows.append((i.council, visit(i), ", ".join(i.lead_inspectors), marker))
            records.append(self.record(i, self.shown()))
            lines.append(f"**{i.council}**, inspection {visit(i)}: “{self.shown()}” {marker}")
        columns = ("Council", "Inspection", "Lead inspector", "Source")
        table = Table(
            columns, tuple(rows), caption="Lead inspectors named in the reports", records=tuple(records)
        )
        return self.answer("\n\n".join(lines), table)

    def transitions(self, pairs: Sequence[tuple[Inspection, Inspection]]) -> Answer:
        q = self.q
        if len(q.grades) >= 2:
            what = f"from {grade_name(q.grades[0]).lower()} to {grade_name(q.grades[1]).lower()}"
        else:
            what = "to a better grade" if q.direction != "down" else "to a worse grade"
        title = f"Councils whose {AREA_NAMES.get(q.area, q.area)} judgement went {what}"
        if q.count:
            title = f"{len(pairs)} c{title[1:]}"
        if not pairs:
            return self.answer(
                f"{title}: none, among the councils with more than one inspection report in the index.",
                None,
                answered=False,
            )
        rows, lines, records = [], [], []
        for before, after in pairs:
            g1, q1 = self.quoted(before, q.area)
            g2, q2 = self.quoted(after, q.area)
            records.append(self.record(after, f"{g1} to {g2}"))
            rows.append(
                (before.council, visit(before), g1, visit(after), g2, f"{q1.split()[-1]} {q2.split()[-1]}")
            )
            lines.append(
                f"- **{before.council}**: inspection {visit(before)}: {q1}; "
                f"then inspection {visit(after)}: {q2}"
            )
        columns = ("Council", "Earlier inspection", "Grade", "Later inspection", "Grade", "Sources")
        table = Table(
            columns, tuple(rows), caption=f"{title}, in the index ({len(pairs)})", records=tuple(records)
        )
        return self.answer(f"{title}, in the index ({len(pairs)}):\n\n" + "\n".join(lines), table)

"""The values an answer is made of: ``Citation``, ``Table``, ``Answer``, and source labels.

>>> source_label("Ofsted", "monitoring visit letter", "2022-01-31")
'Ofsted monitoring visit letter, January 2022'
>>> source_label("Ofsted", "inspection report", "2023-02-03", period=("2022-11-18", "2022-11-29"))
'Ofsted inspection report, inspected 18-29 November 2022, published February 2023'
"""

from __future__ import annotations

import csv
import dataclasses
import io
import re
from collections.abc import Mapping
from dataclasses import asdict, dataclass
from pathlib import PurePosixPath
from typing import Any

from assistant.dates import format_date
from assistant.documents import Document
from assistant.retrieval import Passage


@dataclass(frozen=True)
class Citation:
    """One quoted span: the document's exact words and where they are."""

    n: int
    doc_id: str
    title: str
    quote: str
    start: int
    end: int
    page: int
    date: str | None
    doc_type: str
    authority: str | None
    source: str
    publisher: str | None = None
    # The inspection or visit the document reports (ISO dates), apart from
    # ``date``, when it was published; None where the document states none.
    inspection_start: str | None = None
    inspection_end: str | None = None
    # The heading the quote is read under: its list's heading ("What needs
    # to improve?") when it is a list item or in such a section; else None.
    context: str | None = None
    # The document's public address, where known (``source`` is it, else the file).
    url: str | None = None

    def label(self) -> str:
        """'Ofsted inspection report, inspected 18-29 November 2022, published February 2023'-style label."""
        return source_label(
            self.publisher, self.doc_type, self.date, period=(self.inspection_start, self.inspection_end)
        )


@dataclass(frozen=True)
class Record:
    """What one table row is about, as data: the row of ``Answer.table_csv``.

    ``value`` is the grade or the quote the row shows; ``page`` the page of
    its quote; ``url`` the document's public address where it is known.
    """

    council: str
    inspection_start: str | None
    inspection_end: str | None
    published: str | None
    value: str
    page: int | None = None
    url: str | None = None


CSV_COLUMNS = (
    "council",
    "inspection_start",
    "inspection_end",
    "published",
    "grade_or_quote",
    "page",
    "url",
)


@dataclass(frozen=True)
class Table:
    """Rows behind an answer that lists councils, for the chat to show and download.

    Cells are plain text; a "Source" cell holds the row's [n] markers.
    ``records`` (one per row, in the same order) hold the same rows as data
    for ``Answer.table_csv``.
    """

    columns: tuple[str, ...]
    rows: tuple[tuple[str, ...], ...]
    caption: str = ""
    records: tuple[Record, ...] = ()

    def __post_init__(self) -> None:
        if self.records and len(self.records) != len(self.rows):
            raise ValueError(
                f"a table of {len(self.rows)} rows has {len(self.records)} records; give one per row"
            )

    def to_csv(self) -> str:
        """The rows as CSV: ``CSV_COLUMNS`` from the records, else the shown columns."""
        out = io.StringIO()
        writer = csv.writer(out, lineterminator="\n")
        if not self.records:
            writer.writerow(self.columns)
            writer.writerows(self.rows)
            return out.getvalue()
        writer.writerow(CSV_COLUMNS)
        for r in self.records:
            writer.writerow(
                (
                    r.council,
                    r.inspection_start or "",
                    r.inspection_end or "",
                    r.published or "",
                    " ".join(r.value.split()),
                    "" if r.page is None else r.page,
                    r.url or "",
                )
            )
        return out.getvalue()


@dataclass(frozen=True)
class Answer:
    """An answer made of quotes, with their citations and the passages used."""

    question: str
    text: str
    citations: tuple[Citation, ...]
    answered: bool
    passages: tuple[Passage, ...] = ()
    authorities: tuple[str, ...] = ()
    notes: tuple[str, ...] = ()
    kind: str = "extractive"  # or "generated", "judgements", "comparison", "findings"
    # The best sentence's score; compared with Settings.answer_threshold.
    confidence: float = 0.0
    table: Table | None = None
    # Why the documents do not answer, where that has a name: "no-inspection-in-period"
    # (the council has no inspection or visit in the period asked about), "future",
    # "not-a-council", "off-topic" or "topic-not-covered" (assistant/answers/gaps.py).
    gap: str | None = None

    def to_dict(self) -> dict[str, Any]:
        d = asdict(self)
        d["citations"] = [asdict(c) for c in self.citations]
        d["passages"] = [asdict(p) for p in self.passages]
        return d

    def table_csv(self) -> str | None:
        """The answer's table as CSV (council, inspection start and end, publication
        date, grade or quote, the quote's page, the document's public URL), the
        same rows as ``table``; None when the answer has no table."""
        return self.table.to_csv() if self.table is not None else None

    def plain_text(self) -> str:
        """The answer and its numbered sources, ready to paste into a report.

        Each source ends with its public URL when the document has one, else
        its file name: never a path on the machine that indexed it.
        """
        body = re.sub(r"\*\*(.+?)\*\*", r"\1", self.text)
        lines = [body, ""]
        if self.citations:
            lines.append("Sources:")
            for c in self.citations:
                lines.append(
                    f"[{c.n}] {c.title}. {c.label()}. {format_date(c.date)}, page {c.page}. {_where(c)}"
                )
        return "\n".join(lines).rstrip() + "\n"


def _where(c: Citation) -> str:
    """Where a cited document can be found: its URL, else its file name (ids are paths in a corpus)."""
    if re.match(r"https?://", c.source):
        return c.source
    return PurePosixPath(c.doc_id.replace("\\", "/")).name or c.title


def source_label(
    publisher: str | None,
    doc_type: str,
    date: str | None,
    *,
    period: tuple[str | None, str | None] | None = None,
) -> str:
    """'Ofsted monitoring visit letter, January 2022'; with the ``period`` (first and
    last ISO day) of the inspection or visit, 'Ofsted monitoring visit letter,
    visited 14-15 December 2021, published January 2022'."""
    kind = doc_type or "document"
    if publisher and not kind.lower().startswith(publisher.lower()):
        kind = f"{publisher} {kind}"
    when = format_date(date)
    if date and len(date.split("-")) == 3:  # month and year read better in an answer
        when = format_date(date[:7])
    start, end = period or (None, None)
    if start and end:
        verb = "visited" if "visit" in kind.lower() else "inspected"
        when = f"{verb} {format_period(start, end)}, published {when}"
    return f"{kind[0].upper()}{kind[1:]}, {when}"


def format_period(start: str, end: str) -> str:
    """'18-29 November 2022', '30 September-11 October 2024', '4 June 2019'.

    >>> format_period("2024-09-30", "2025-01-16")
    '30 September 2024-16 January 2025'
    """
    first, last = format_date(start), format_date(end)
    if start == end:
        return last
    if start[:7] == end[:7]:
        return f"{first.split()[0]}-{last}"
    if start[:4] == end[:4]:
        return f"{first.rsplit(' ', 1)[0]}-{last}"
    return f"{first}-{last}"


def with_periods(answer: Answer, documents: Mapping[str, Document]) -> Answer:
    """``answer`` with each citation's inspection or visit period, and labels that show it.

    A label that reads "Ofsted inspection report, February 2023" becomes
    "Ofsted inspection report, inspected 18-29 November 2022, published
    February 2023": users name the inspection, reports are dated by publication.
    """
    citations = {
        c.n: dataclasses.replace(
            c,
            inspection_start=_str(documents[c.doc_id].extra.get("inspection_start")),
            inspection_end=_str(documents[c.doc_id].extra.get("inspection_end")),
        )
        if c.doc_id in documents
        else c
        for c in answer.citations
    }
    paragraphs = answer.text.split("\n\n")
    for i, paragraph in enumerate(paragraphs):
        # A paragraph of quotes from one document opens with its label; its first [n] is from it.
        first = re.search(r"\[(\d+)\]", paragraph)
        c = citations.get(int(first.group(1))) if first else None
        if c is None or not c.inspection_start:
            continue
        old = f"**{source_label(c.publisher, c.doc_type, c.date)}**"
        if paragraph.startswith(old):
            paragraphs[i] = f"**{c.label()}**" + paragraph[len(old) :]
    return dataclasses.replace(answer, text="\n\n".join(paragraphs), citations=tuple(citations.values()))


def _str(value: object) -> str | None:
    return value if isinstance(value, str) else None

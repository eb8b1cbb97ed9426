"""The values an answer is made of: ``Citation``, ``Table``, ``Answer``, and source labels.

>>> source_label("Ofsted", "monitoring visit letter", "2022-01-31")
'Ofsted monitoring visit letter, January 2022'
"""

from __future__ import annotations

import re
from dataclasses import asdict, dataclass
from typing import Any

from assistant.dates import format_date
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
    # The heading the quote is read under: its list's heading ("What needs
    # to improve?") when it is a list item or in such a section; else None.
    context: str | None = None

    def label(self) -> str:
        """'Ofsted monitoring visit letter, January 2022'-style source label."""
        return source_label(self.publisher, self.doc_type, self.date)


@dataclass(frozen=True)
class Table:
    """Rows behind an answer from the judgement tables, for the chat to show.

    Cells are plain text; a "Source" cell holds the row's [n] markers.
    """

    columns: tuple[str, ...]
    rows: tuple[tuple[str, ...], ...]
    caption: str = ""


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
    kind: str = "extractive"  # or "generated", "judgements"
    # The best sentence's score; compared with Settings.answer_threshold.
    confidence: float = 0.0
    table: Table | None = None

    def to_dict(self) -> dict[str, Any]:
        d = asdict(self)
        d["citations"] = [asdict(c) for c in self.citations]
        d["passages"] = [asdict(p) for p in self.passages]
        return d

    def plain_text(self) -> str:
        """The answer and its numbered sources, ready to paste into a report."""
        body = re.sub(r"\*\*(.+?)\*\*", r"\1", self.text)
        lines = [body, ""]
        if self.citations:
            lines.append("Sources:")
            for c in self.citations:
                lines.append(
                    f"[{c.n}] {c.title}. {c.label()}. {format_date(c.date)}, page {c.page}. {c.source}"
                )
        return "\n".join(lines).rstrip() + "\n"


def source_label(publisher: str | None, doc_type: str, date: str | None) -> str:
    """'Ofsted monitoring visit letter, January 2022'."""
    kind = doc_type or "document"
    if publisher and not kind.lower().startswith(publisher.lower()):
        kind = f"{publisher} {kind}"
    when = format_date(date)
    if date and len(date.split("-")) == 3:  # month and year read better in an answer
        when = format_date(date[:7])
    return f"{kind[0].upper()}{kind[1:]}, {when}"

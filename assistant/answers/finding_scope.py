"""Which documents a finding list reads: the kind and period a question asks for, every report
where it asks what Ofsted said at any time, else each council's newest.

``assistant/answers/finding_scan.py`` reads every document of the scope and says which it read:
"Read 157 inspection reports whose inspection ended 2023-2026".
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from assistant.answers.finding_read import FindingQuestion
from assistant.dates import date_key
from assistant.documents import Document
from assistant.filters import deciding_day, is_of_kind
from assistant.query import ParsedQuery


@dataclass(frozen=True)
class Scope:
    """The documents a finding list reads, and how to say which they are."""

    documents: tuple[Document, ...]
    description: str  # "inspection reports whose inspection ended 2023-2026"


# "in any of its inspection reports", "ever", "at any time": every report, not each council's newest.
_EVERY_REPORT = re.compile(
    r"\bin\s+any\s+of\s+(?:its|their|the)\s+(?:inspection\s+)?(?:reports|inspections|letters|visits)\b"
    r"|\b(?:in|across)\s+(?:all|every\s+one)\s+of\s+(?:its|their|the)\s+(?:inspection\s+)?reports\b"
    r"|\bat\s+any\s+(?:time|point)\b|\bever\b",
    re.I,
)
# "Which councils has Ofsted praised for ...", "were told that ...", "did Ofsted find ...": what
# Ofsted said, at any time, so every report; "which councils have caseloads that are too high"
# asks how things are, so each council's newest. The councils are those told, criticised or
# praised: "which councils' care leavers were not told ..." asks how the care leavers are.
_SAID_AT_ANY_TIME = re.compile(
    r"\b(?:has|have|had)\s+(?:ofsted|inspectors)\s+(?:critici[sz]ed|praised|credited|commended|found|told|"
    r"pulled\s+up|faulted|challenged)\b"
    r"|^\W*(?:which|what|how\s+many)\s+(?:councils|local\s+authorities|authorities|LAs)\s+"
    r"(?:were|have\s+been|had\s+been)\s+(?:told|critici[sz]ed|praised|credited|commended|pulled\s+up|faulted)\b"
    r"|\bdid\s+(?:ofsted|inspectors|the\s+inspectors)\s+(?:find|criticise|criticize|praise|credit|commend|"
    r"say|report|tell|pull\s+up)\b"
    r"|\bcouncils['’]\s+(?:inspections|inspection\s+reports|reports)\s+"
    r"(?:found|said|criticised|criticized|praised)\b",
    re.I,
)
# ... unless it asks about each council's latest word: "which councils were told at their latest
# inspection ...", "has Ofsted recently praised ...".
_NOW = re.compile(
    r"\b(?:latest|most\s+recent|newest|current|currently|recently|now|still|these\s+days)\b", re.I
)


def scope_of(fq: FindingQuestion, parsed: ParsedQuery, documents: Sequence[Document]) -> Scope:
    """The documents of the kind asked for in the period asked for, else every one where the question
    asks what Ofsted said, else each council's newest."""
    noun = {"inspection": "inspection reports", "visit": "visit letters"}.get(fq.kind, f"{fq.kind} letters")
    docs = [d for d in documents if d.authority and is_of_kind(d, fq.kind)]
    lo, hi, years = parsed.date_from, parsed.date_to, set(parsed.years or parsed.soft_years)
    if parsed.period is not None and not parsed.period.latest and not (lo or hi or years):
        lo, hi = parsed.period.start, parsed.period.end
    published = "publish" in fq.question.lower()
    said = _SAID_AT_ANY_TIME.search(fq.question) and not (
        parsed.period or parsed.latest or _NOW.search(fq.question)
    )
    if not (lo or hi or years) and (_EVERY_REPORT.search(fq.question) or said):
        return Scope(tuple(docs), f"{noun}, every one the councils have")
    if not (lo or hi or years):
        newest: dict[str, Document] = {}
        for d in sorted(docs, key=lambda d: deciding_day(d, published)):
            newest[d.authority or ""] = d
        return Scope(tuple(newest.values()), f"{noun}, each council's most recent")
    lo_key, hi_key = date_key(lo), date_key(hi, upper=True)
    chosen = [
        d
        for d in docs
        for day in [deciding_day(d, published)]
        if day
        and (not years or int(day[:4]) in years)
        and (not lo_key or day >= lo_key)
        and (not hi_key or day <= hi_key)
    ]
    days = sorted(deciding_day(d, published)[:4] for d in chosen)
    span = f"{days[0]}-{days[-1]}" if days and days[0] != days[-1] else (days[0] if days else "")
    verb = "were published" if published else ("ended" if fq.kind == "inspection" else "took place")
    what = "inspection" if fq.kind == "inspection" else "visit"
    return Scope(tuple(chosen), f"{noun} whose {what} {verb} {span}".strip())


__all__ = ["Scope", "scope_of"]

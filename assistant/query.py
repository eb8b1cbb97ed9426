"""What a question asks about: councils, dates, and the words left to search.

>>> q = parse_query("What did Ofsted say about Stoke's supervision in 2019?")
>>> q.authorities, q.date_from, q.date_to, q.search_text
(('Stoke-on-Trent',), '2019', '2019', 'What did Ofsted say about supervision?')
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from assistant.authorities import GAZETTEER

_YEAR = r"((?:19|20)\d{2})"


@dataclass(frozen=True)
class ParsedQuery:
    text: str
    search_text: str
    authorities: tuple[str, ...] = ()
    date_from: str | None = None
    date_to: str | None = None
    latest: bool = False
    chronological: bool = False


_CHANGE = re.compile(
    r"\b(chang\w*|improv\w*|progress\w*|declin\w*|deteriorat\w*|over time|since|history|"
    r"trajectory|journey|compare\w*|before and after|then and now)\b",
    re.I,
)
_LATEST = re.compile(r"\b(latest|most recent|recent(ly)?|current(ly)?|now|newest|last)\b", re.I)


def parse_query(text: str) -> ParsedQuery:
    """Find councils and date expressions in a question."""
    authorities = tuple(GAZETTEER.find_in_query(text))
    search_text = _strip_authorities(text) if authorities else text
    date_from = date_to = None
    if m := re.search(rf"\b(?:in|during|for|of)\s+{_YEAR}\b", text, re.I):
        date_from = date_to = m.group(1)
    if m := re.search(rf"\b(?:before|prior to|until|up to)\s+{_YEAR}\b", text, re.I):
        date_to = f"{int(m.group(1)) - 1}"
    if m := re.search(rf"\b(?:since|from)\s+{_YEAR}\b", text, re.I):
        date_from = m.group(1)
    if m := re.search(rf"\bafter\s+{_YEAR}\b", text, re.I):
        date_from = f"{int(m.group(1)) + 1}"
    if m := re.search(rf"\bbetween\s+{_YEAR}\s+and\s+{_YEAR}\b", text, re.I):
        date_from, date_to = m.group(1), m.group(2)
    if date_from or date_to:
        search_text = re.sub(
            rf"\s*\b(?:in|during|for|of|before|prior to|until|up to|since|from|after|between)\s+"
            rf"{_YEAR}(?:\s+and\s+{_YEAR})?",
            "",
            search_text,
            flags=re.I,
        )
    search_text = re.sub(r"\s+([?.!,])", r"\1", re.sub(r"\s{2,}", " ", search_text)).strip()
    return ParsedQuery(
        text=text,
        search_text=search_text or text,
        authorities=authorities,
        date_from=date_from,
        date_to=date_to,
        latest=bool(_LATEST.search(text)) and not (date_from or date_to),
        chronological=bool(_CHANGE.search(text)),
    )


def _strip_authorities(text: str) -> str:
    """The question without the councils' names (and their possessive 's)."""
    out, last = [], 0
    spans = [(m.start(), m.end()) for m in GAZETTEER._query_pattern.finditer(text)]
    spans += [(m.start, m.end) for m in GAZETTEER.find(text)]
    for start, end in sorted(set(spans)):
        if start < last:
            continue
        out.append(text[last:start])
        last = end
        tail = re.match(r"(?:['’]s\b|['’])?(?:\s+(?:City|County|Borough)?\s*Council(?:['’]s)?)?", text[last:])
        if tail:
            last += tail.end()
    out.append(text[last:])
    stripped = "".join(out)
    return re.sub(r"\b(in|at|of|for|about|from|by)\s+([?.!,]|$)", r"\2", stripped).strip()

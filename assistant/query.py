"""What a question asks about: councils, dates, and the words left to search.

>>> q = parse_query("What did Ofsted say about Stoke's supervision in 2019?")
>>> q.authorities, q.years, q.search_text
(('Stoke-on-Trent',), (2019,), 'What did Ofsted say about supervision?')
>>> q = parse_query("How has Stoke changed since the 2019 inspection?")
>>> q.date_from, q.soft_years
(None, (2019,))

"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass

from assistant.authorities import GAZETTEER
from assistant.dates import MONTH_NAMES

_YEAR = r"((?:19|20)\d{2})"


@dataclass(frozen=True)
class ParsedQuery:
    text: str
    search_text: str
    authorities: tuple[str, ...] = ()
    date_from: str | None = None
    date_to: str | None = None
    years: tuple[int, ...] = ()
    soft_years: tuple[int, ...] = ()
    latest: bool = False
    chronological: bool = False


_CHANGE = re.compile(
    r"\b(chang\w*|improv\w*|progress\w*|declin\w*|deteriorat\w*|over time|since|history|"
    r"trajectory|journey|compare\w*|before and after|then and now)\b",
    re.I,
)
_LATEST = re.compile(r"\b(latest|most recent|recent(ly)?|current(ly)?|now|newest|last)\b", re.I)


def parse_query(text: str) -> ParsedQuery:
    """Find councils and date expressions in a question.

    A date about the documents filters them: "in 2019", "during 2019",
    "between 2018 and 2020", "before 2020", "since 2019", "after 2019".
    A year naming an event ("its 2019 inspection", "since the 2019
    inspection", "the December 2021 visit") only favours documents about that
    year (``soft_years``): a 2022 article can be about the 2019 inspection.
    """
    authorities = tuple(GAZETTEER.find_in_query(text))
    search_text = _strip_authorities(text) if authorities else text
    date_from = date_to = None
    years: list[int] = []
    soft: list[int] = []

    def take(pattern: str, handle: Callable[[re.Match[str]], None]) -> None:
        nonlocal search_text
        for m in re.finditer(pattern, search_text, re.I):
            handle(m)
        search_text = re.sub(pattern, " ", search_text, flags=re.I)

    def between(m: re.Match[str]) -> None:
        nonlocal date_from, date_to
        date_from, date_to = m.group(1), m.group(2)

    def before(m: re.Match[str]) -> None:
        nonlocal date_to
        date_to = str(int(m.group(1)) - 1)

    def since(m: re.Match[str]) -> None:
        nonlocal date_from
        date_from = m.group(2) if m.group(1).lower() != "after" else str(int(m.group(2)) + 1)

    event = r"(?:the|its|their|his|her|this|that)\s+"
    take(rf"\bbetween\s+{_YEAR}\s+and\s+{_YEAR}\b", between)
    take(rf"\b(?:before|prior to|until|up to)\s+{_YEAR}\b(?!\s+\w+ion)", before)
    take(rf"\b(since|from|after)\s+{_YEAR}\b(?!\s+\w+ion)", since)
    take(
        rf"\b(?:in|during)\s+{_YEAR}\b(?!\s+(?:inspection|visit|report|judgement|letter))",
        lambda m: years.append(int(m.group(1))),
    )
    take(
        rf"\b(?:(?:in|during|for|of|since|after|before|from)\s+)?(?:{event})?(?:(?:{MONTH_NAMES})\s+)?{_YEAR}\b",
        lambda m: soft.append(int(m.group(1))),
    )
    search_text = re.sub(r"\s+([?.!,'’])", r"\1", re.sub(r"\s{2,}", " ", search_text)).strip()
    return ParsedQuery(
        text=text,
        search_text=search_text or text,
        authorities=authorities,
        date_from=date_from,
        date_to=date_to,
        years=tuple(dict.fromkeys(years)),
        soft_years=tuple(y for y in dict.fromkeys(soft) if y not in years),
        latest=bool(_LATEST.search(text)) and not (date_from or date_to or years or soft),
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

"""What a question asks about: councils, dates, and the words left to search.

>>> q = parse_query("What did Ofsted say about Stoke's supervision in 2019?")
>>> q.authorities, q.years, q.search_text
(('Stoke-on-Trent',), (2019,), 'What did Ofsted say about supervision?')
>>> q = parse_query("How has Stoke changed since the 2019 inspection?")
>>> q.date_from, q.soft_years, q.period
(None, (2019,), Period(start='2019', end=None, kind='', latest=False, or_published=False, published=False))

A question that names an inspection or a visit gets a ``period``: the
documents whose inspection or visit period overlaps it answer, whatever
their publication date (``assistant.filters`` resolves it).

>>> parse_query("What did the December 2022 inspection of Stoke find?").period
Period(start='2022-12', end='2022-12', kind='inspection', latest=False, or_published=False, published=False)
>>> parse_query("What did Leeds's most recent focused visit say?").period
Period(start=None, end=None, kind='focused visit', latest=True, or_published=False, published=False)
>>> parse_query("When was Leeds last inspected before 2019?").period.describe()
'before January 2019'
"""

from __future__ import annotations

import dataclasses
import functools
import re
from collections.abc import Callable
from dataclasses import dataclass

from assistant.authorities import GAZETTEER
from assistant.dates import MONTH_WORDS
from assistant.period_words import Period
from assistant.periods import PUBLISHED, parse_period
from assistant.subjects import asked_after_a_year, subject_councils, without_councils
from assistant.years import of_one_year

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
    period: Period | None = None
    # The councils the question is about, of those it names (``subject_councils``).
    subjects: tuple[str, ...] = ()


_CHANGE = re.compile(
    r"\b(chang\w*|improv\w*|progress\w*|declin\w*|deteriorat\w*|over time|since|history|"
    r"trajectory|journey|compare\w*|before and after|then and now)\b",
    re.I,
)
_LATEST = re.compile(r"\b(latest|most recent|recent(ly)?|current(ly)?|now|newest|last)\b", re.I)


# A question about a council's past, not what it is like now: "has it ever", "before".
_PAST = re.compile(
    r"\b(?:ever|histor(?:y|ies|ic|ical)|previous\w*|earlier|used to|in the past|each inspection|"
    r"every inspection|all (?:its|their|the) (?:inspections|reports)|(?:its|the|their) first|"
    r"(?:inspection|visit|report|one) before|SIF|single inspection framework|old framework|"
    r"(?:19|20)\d0s|when (?:it|they|the council) (?:was|were) (?:judged|rated|found))\b",
    re.I,
)


def asks_now(parsed: ParsedQuery) -> bool:
    """Whether a question asks what one council is like now: it names no period, no change over
    time and nothing past ("RBKC - are any children in care left waiting for a permanent home?").

    >>> asks_now(parse_query("RBKC - are any children in care left waiting for a permanent home?"))
    True
    >>> asks_now(parse_query("What did Kent's 2019 inspection say about care leavers?"))
    False
    >>> asks_now(parse_query("Has Kent's front door improved over time?"))
    False
    >>> asks_now(parse_query("What did Kent's SIF inspection say about care leavers?"))
    False
    >>> asks_now(parse_query("How quickly are children in Kent first seen?"))
    True
    """
    dated = parsed.period or parsed.years or parsed.soft_years or parsed.date_from or parsed.date_to
    return (
        len(parsed.authorities) == 1
        and not dated
        and not parsed.chronological
        and not _PAST.search(parsed.text)
    )


# What a question after a statement takes from its own words (``subjects.asked_part``).
_DATE_FIELDS = ("date_from", "date_to", "years", "soft_years", "latest", "period")


def _after_a_statement(text: str) -> ParsedQuery | None:
    """A question after a statement naming a year, with the question's own dates: "The Wirral got
    slammed by Ofsted in 2016. What overall grade did it get when inspectors came back in June
    2019?" is about 2019. None when the statement names the visit asked about ("Wigan focused
    visit, March 2019 - had they fixed what was flagged back in 2017?") or there is none."""
    asked = asked_after_a_year(text)
    if not asked or not re.search(_YEAR, asked[1]):
        return None
    named = parse_period(text[: asked[0]])
    if named is not None and named.kind and named.start and parse_period(asked[1]) is None:
        return None
    own = parse_query(asked[1])
    whole = parse_query(text[: asked[0]] + " " + re.sub(_YEAR, " ", asked[1]))
    return dataclasses.replace(whole, text=text, **{f: getattr(own, f) for f in _DATE_FIELDS})


@functools.lru_cache(maxsize=256)  # one question is parsed by the search, its grade rows and the answer
def _latest_up_to(period: Period | None, date_to: str | None) -> Period | None:
    """``period``, a latest one ending at ``date_to`` where the question names that year's end:
    "when was Leeds last inspected before 2019?" asks for its newest up to the end of 2018."""
    if period is None or not period.latest or not date_to or period.start or period.end or period.back:
        return period
    return dataclasses.replace(period, end=f"{date_to}-12")


def parse_query(text: str) -> ParsedQuery:
    """Find councils and date expressions in a question.

    A date about the documents filters them: "in 2019", "during 2019",
    "between 2018 and 2020", "before 2020", "since 2019", "after 2019".
    A year naming an event ("its 2019 inspection", "since the 2019
    inspection", "the December 2021 visit") only favours documents about that
    year (``soft_years``): a 2022 article can be about the 2019 inspection.
    """
    dated = of_one_year(text)
    if dated != text:  # "its inspection from 2017" is the 2017 inspection, not those since 2017
        return dataclasses.replace(parse_query(dated), text=text)
    if (after := _after_a_statement(text)) is not None:
        return after
    authorities = tuple(GAZETTEER.find_in_query(text))
    search_text = without_councils(text) if authorities else text
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

    def published(m: re.Match[str]) -> None:
        # Still a preference, as before: the judgement tables date a report by its inspection.
        soft.append(int(m.group("year")))

    event = r"(?:the|its|their|his|her|this|that)\s+"
    take(PUBLISHED.pattern, published)
    take(rf"\b(?:between|from)\s+{_YEAR}\s*(?:and|to|until|till|-|–)\s*{_YEAR}\b", between)
    take(rf"\b(?:before|prior to|until|up to)\s+{_YEAR}\b(?!\s+\w+ion)", before)
    take(rf"\b(since|from|after)\s+{_YEAR}\b(?!\s+\w+ion)", since)
    # "in 2014 and 2015 inspections", "in 2022 or 2023": both years (not the first and a left "or")
    take(
        rf"\b(?:in|during)\s+{_YEAR}(?:\s*(?:,\s*|\s+)(?:(?:and|or|&)\s+)?{_YEAR})?\b"
        r"(?(2)|(?!\s+(?:inspection|visit|report|judgement|letter)))",
        lambda m: years.extend(int(y) for y in m.groups() if y),
    )
    take(
        rf"\b(?:(?:in|during|for|of|since|after|before|from)\s+)?(?:{event})?(?:{MONTH_WORDS}\.?\s+)?{_YEAR}\b",
        lambda m: soft.append(int(m.group(1))),
    )
    # "the 2019 inspection" chooses the inspection reports and letters; its
    # words stay in the search, where they find news coverage of it too.
    period = parse_period(text)
    if period is not None and period.kind and period.start and str(period.start)[:4] not in map(str, years):
        # "Wigan focused visit, March 2019 - had they fixed what was flagged back in 2017?": the visit
        # named is the one asked about; another year is what it is compared with
        soft, years = [*years, *soft], []
    period = _latest_up_to(period, date_to)
    # (a possessive left by a council's name taken out, "Stoke 's", is closed up; an opening quote is not)
    search_text = re.sub(r"\s+([?.!,]|['’](?=s\b|\s|$))", r"\1", re.sub(r"\s{2,}", " ", search_text)).strip()
    return ParsedQuery(
        text=text,
        search_text=search_text or text,
        authorities=authorities,
        subjects=subject_councils(text),
        date_from=date_from,
        date_to=date_to,
        years=tuple(dict.fromkeys(years)),
        soft_years=tuple(y for y in dict.fromkeys(soft) if y not in years),
        latest=bool(_LATEST.search(text)) and not (date_from or date_to or years or soft),
        chronological=bool(_CHANGE.search(text)),
        period=period,
    )


__all__ = ["ParsedQuery", "Period", "parse_period", "parse_query"]

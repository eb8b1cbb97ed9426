"""Years in a question: a stretch of time or one year, which years it asks about, which date decides.

Pure functions on strings beside ``assistant/periods.py``, which reads the
inspection or visit a question names.
"""

from __future__ import annotations

import re
from typing import Protocol


class _Named(Protocol):
    """What ``years_asked`` reads of the inspection a question names (``period_words.Period``)."""

    @property
    def latest(self) -> bool: ...
    @property
    def start(self) -> str | None: ...
    @property
    def end(self) -> str | None: ...


# After a year: the rest of a stretch of time ("2017 to 2020", "2017 onwards").
NOT_ONE_YEAR = r"\s*(?:-|–|to|until|till|and)\s*(?:[a-z]+\s+)?(?:19|20)\d{2}|\s*onwards?\b|\s+on\b"
# One inspection or visit "from" a year is of that year ("Warrington's inspection from
# 2017"); "inspections from 2017", "from 2017 to 2020" and "from 2017 onwards" are stretches of time.
_ONE_FROM_YEAR = re.compile(
    # ("the visit to Suffolk children's services from 2023": its council and services between)
    r"\b((?:inspection|visit)(?:\s+(?:to|of|into)(?:\s+(?!(?:find|found|say|said|show|showed)\b)[\w'’&-]+){1,5}?)?)"
    r"\s+from"
    r"(?=\s+(?:[a-z]+\s+)?(?:19|20)\d{2}\b(?!" + NOT_ONE_YEAR + "))",
    re.I,
)


def of_one_year(text: str) -> str:
    """``text`` with "inspection from 2017" read as "inspection in 2017".

    >>> of_one_year("Warrington's inspection from 2017"), of_one_year("inspections from 2017 onwards")
    ("Warrington's inspection in 2017", 'inspections from 2017 onwards')
    """
    return _ONE_FROM_YEAR.sub(r"\1 in", text)


def years_asked(years: tuple[int, ...], period: _Named | None) -> tuple[int, ...]:
    """The years whose inspections a question asks about: ``years`` unless none of them is in the
    ``period`` of the inspection it names, then that period's ("at the April 2018 inspection,
    after services had slipped in 2015-16" asks for 2018; a grade question reads it).

    >>> from assistant.periods import parse_period
    >>> years_asked((2015,), parse_period("the April 2018 inspection")), years_asked((2019,), None)
    ((2018,), (2019,))
    """
    if period is None or period.latest or not (period.start and period.end):
        return years
    named = tuple(range(int(period.start[:4]), int(period.end[:4]) + 1))
    return years if set(years) & set(named) else named


def date_basis(question: str) -> str:
    """Which date decides "in 2019": "published", "inspected" or "end" (the default).

    >>> date_basis("reports published in 2019"), date_basis("inspected in 2019"), date_basis("in 2019")
    ('published', 'inspected', 'end')
    """
    if re.search(r"\bpublish\w*\b", question, re.I):
        return "published"
    if re.search(
        r"\b(inspected|visited)\s+(in|during|between)\b|\binspections?\s+(held|carried out|"
        r"took place|taking place|that took place|running)\b",
        question,
        re.I,
    ):
        return "inspected"
    return "end"


__all__ = ["NOT_ONE_YEAR", "date_basis", "of_one_year", "years_asked"]

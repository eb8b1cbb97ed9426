"""Which inspections a grade answer reads: the dates that put one in a period, and the choice.

An inspection is "in 2019" by its last day unless the question says
"published" or "inspected" (``deciding_days``); a lookup reads those in the
period asked, else each council's latest (``chosen``); a council's history
runs to the year it names (``in_history``).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace

from assistant.answers.grade_questions import JudgementQuestion
from assistant.dates import date_key, format_date
from assistant.judgements import Inspection


def when(inspection: Inspection) -> str:
    """Sort key and display date: the end of the visit, else publication."""
    return inspection.inspection_end or inspection.published or ""


def deciding_days(inspection: Inspection, basis: str) -> list[str]:
    """The dates that put ``inspection`` in a period, by ``basis`` ("end", "published", "inspected").

    By default the inspection's last day: an inspection that ended in
    December 2018 and was published in January 2019 is not "in 2019".

    >>> i = Inspection("r", "Blackpool", "ILACS", "2018-11-26", "2018-12-07", "2019-01-31", (), None, ())
    >>> deciding_days(i, "end"), deciding_days(i, "published")
    (['2018-12-07'], ['2019-01-31'])
    """
    if basis == "published":
        days = [inspection.published]
    elif basis == "inspected":
        days = [inspection.inspection_start, inspection.inspection_end]
    else:
        days = [when(inspection)]
    return [d for d in days if d]


def in_period(inspection: Inspection, q: JudgementQuestion) -> bool:
    """Whether a deciding date of ``inspection`` is in the period ``q`` asks about."""
    lo, hi = date_key(q.date_from), date_key(q.date_to, upper=True)
    return any(
        (not q.years or int(day[:4]) in q.years) and (not lo or day >= lo) and (not hi or day <= hi)
        for day in deciding_days(inspection, q.date_basis)
    )


def chosen(pool: Sequence[Inspection], q: JudgementQuestion) -> list[Inspection]:
    """The inspections a lookup is about: those in the period asked, else the latest."""
    matching = sorted((i for i in pool if in_period(i, q)), key=when)
    if not matching and q.authorities and q.date_basis == "end" and not q.basis_named:
        # "Cheshire West and Chester's 2016 inspection" may name the report's
        # year: one council's inspection ended in 2015 and published in 2016 is it.
        published = replace(q, date_basis="published")
        matching = sorted((i for i in pool if in_period(i, published)), key=when)
    if (q.years or q.date_from or q.date_to) and not q.previous:
        return matching
    if q.back:  # "the inspection before its latest one"
        by_council: dict[str, list[Inspection]] = {}
        for i in sorted(pool, key=when):
            by_council.setdefault(i.council, []).append(i)
        return [items[-1 - q.back] for items in by_council.values() if len(items) > q.back]
    latest: dict[str, Inspection] = {}
    for i in matching if q.previous else sorted(pool, key=when):
        latest[i.council] = i
    return list(latest.values())


def in_history(
    pool: Sequence[Inspection], q: JudgementQuestion, question: str
) -> tuple[list[Inspection], str]:
    """The inspections a council's history is told from, and the period they cover ("to 2014",
    "from 2019", "" for all): "had it improved by its 2014 inspection" ends with 2014's, "since
    its 2019 inspection" and "since 2018" start there; every one when no period is named or none
    is in it.

    >>> i = [Inspection("r", "Kent", "ILACS", f"{y}-01-01", f"{y}-01-10", f"{y}-03-01", (), None, ()) for y in
    ...      (2014, 2019, 2022)]
    >>> by = JudgementQuestion("history", years=(2019,))
    >>> [when(x)[:4] for x in in_history(i, by, "had it improved by its 2019 inspection?")[0]]
    ['2014', '2019']
    >>> [when(x)[:4] for x in in_history(i, by, "how has it changed since its 2019 inspection?")[0]]
    ['2019', '2022']
    >>> in_history(i, JudgementQuestion("history", years=(2010,)), "had it improved by 2010?")[1]
    ''
    """
    kept: list[Inspection] = []
    span = ""
    if q.years:
        if _FROM_YEAR.search(question):
            kept, span = [i for i in pool if _year(i) >= min(q.years)], f"from {min(q.years)}"
        else:
            kept, span = [i for i in pool if 0 < _year(i) <= max(q.years)], f"to {max(q.years)}"
    elif q.date_from or q.date_to:
        kept = [i for i in pool if in_period(i, q)]
        span = " ".join(
            f"{word} {format_date(d)}" for word, d in (("from", q.date_from), ("to", q.date_to)) if d
        )
    return (kept, span) if kept else (list(pool), "")


def _year(inspection: Inspection) -> int:
    day = when(inspection)
    return int(day[:4]) if day else 0


# A history that starts at the year named: "since its 2019 inspection", "after 2019".
_FROM_YEAR = re.compile(
    r"\b(?:since|after|from|starting(?:\s+(?:with|at|from))?)\b[^?.]{0,30}\b(?:19|20)\d\d", re.I
)


__all__ = ["chosen", "deciding_days", "in_history", "in_period", "when"]

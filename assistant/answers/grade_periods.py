"""Which inspections a grade answer reads: the dates that put one in a period, and the choice.

An inspection is "in 2019" by its last day unless the question says
"published" or "inspected" (``deciding_days``); a lookup reads those in the
period asked, else each council's latest (``chosen``); a council's history
runs to the year it names (``in_history``).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from assistant.answers.grade_questions import JudgementQuestion
from assistant.dates import date_key
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


def in_history(pool: Sequence[Inspection], q: JudgementQuestion) -> list[Inspection]:
    """The inspections a council's history is told from: "had it improved by its 2014 inspection"
    ends with 2014's, "since 2018" starts with 2018's; every one when no period is named (or none
    is in it)."""
    if q.years:
        kept = [i for i in pool if when(i) and int(when(i)[:4]) <= max(q.years)]
    elif q.date_from or q.date_to:
        kept = [i for i in pool if in_period(i, q)]
    else:
        kept = []
    return kept or list(pool)


__all__ = ["chosen", "deciding_days", "in_history", "in_period", "when"]

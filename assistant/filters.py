"""Which passages a search may return: ``Filters`` as callers write them, ``Where`` as backends read them.

A caller (the API, the CLI, the chat) gives ``Filters``: council names in
any known form, document types in any case, ISO date prefixes. ``Filters``
checks them once, so every way in gets the same message for the same
mistake; ``resolve`` turns them into the one ``Where`` every backend
consumes (official council names, the index's spelling of types, full ISO
dates):

>>> where = resolve(Filters(authority="Stoke", date_to="2019"), doc_types=("news article",))
>>> where.authorities, where.date_to
(('Stoke-on-Trent',), '2019-12-31')
"""

from __future__ import annotations

import dataclasses
import datetime
import difflib
from collections.abc import Collection, Iterable, Sequence
from dataclasses import dataclass
from typing import Any

from assistant.authorities import GAZETTEER
from assistant.dates import ISO_DATE, date_key
from assistant.documents import Document
from assistant.errors import InvalidQueryError, UnknownAuthorityError
from assistant.query import ParsedQuery, Period
from assistant.search.base import Where

FIELDS = ("authority", "doc_type", "date_from", "date_to", "doc_ids", "years", "period")


@dataclass(frozen=True)
class Filters:
    """Which passages a search may return; every field is optional.

    ``authority`` takes any known form of a council's name ("Stoke"); dates
    are ISO prefixes ("2019", "2019-03", "2019-03-18") compared with the
    document's date, inclusive. ``period`` (a ``Period``, usually parsed
    from the question) keeps documents whose inspection or visit period
    overlaps it, or each council's newest inspection or visit.
    """

    authority: str | Sequence[str] | None = None
    doc_type: str | Sequence[str] | None = None
    date_from: str | None = None
    date_to: str | None = None
    doc_ids: Sequence[str] | None = None
    years: Sequence[int] | None = None
    period: Period | None = None

    def __post_init__(self) -> None:
        # Checked here, once, so that every way in (the API, the CLI, the chat)
        # gets the same message for the same mistake.
        for name in ("authority", "doc_type"):
            _check_names(name, getattr(self, name))
        for name in ("date_from", "date_to"):
            _check_date(name, getattr(self, name))
        lo, hi = date_key(self.date_from), date_key(self.date_to, upper=True)
        if self.date_from and self.date_to and lo > hi:
            raise InvalidQueryError(
                f"date_from {self.date_from!r} is after date_to {self.date_to!r}; swap them"
            )
        if self.years is not None and (
            isinstance(self.years, (str, bytes))
            or not all(isinstance(y, int) and not isinstance(y, bool) for y in self.years)
        ):
            raise InvalidQueryError(f"years must be a list of whole years such as [2019], not {self.years!r}")
        if self.doc_ids is not None and (
            isinstance(self.doc_ids, (str, bytes)) or not all(isinstance(d, str) for d in self.doc_ids)
        ):
            raise InvalidQueryError(f"doc_ids must be a list of document ids, not {self.doc_ids!r}")
        if self.period is not None and not isinstance(self.period, Period):
            raise InvalidQueryError(
                f"period must be an assistant.query.Period such as Period(start='2019', end='2019'), "
                f"not {self.period!r}"
            )

    @classmethod
    def coerce(cls, value: Filters | dict[str, Any] | None) -> Filters | None:
        if value is None or isinstance(value, Filters):
            return value
        if isinstance(value, dict):
            unknown = set(value) - set(FIELDS)
            if unknown:
                raise InvalidQueryError(
                    f"unknown filter {sorted(unknown)[0]!r}; use authority, doc_type, "
                    "date_from, date_to, years, period or doc_ids"
                )
            return cls(**value)
        raise InvalidQueryError(f"filters must be a Filters or a dict, not {type(value).__name__}")

    def authorities(self) -> list[str]:
        """The official names of the councils asked for."""
        if self.authority is None:
            return []
        names = [self.authority] if isinstance(self.authority, str) else list(self.authority)
        out = []
        for name in names:
            official = GAZETTEER.resolve(name)
            if official is None:
                raise UnknownAuthorityError(_unknown_authority(name))
            out.append(official)
        return out

    def is_empty(self) -> bool:
        return all(getattr(self, name) is None for name in FIELDS)


def _check_names(field: str, value: object) -> None:
    """``value`` is None, a name, or a list of names (for ``authority`` and ``doc_type``)."""
    if value is None or isinstance(value, str):
        return
    if isinstance(value, (list, tuple)) and all(isinstance(v, str) for v in value):
        return
    raise InvalidQueryError(f"{field} must be a name or a list of names, not {value!r}")


def _check_date(field: str, value: object) -> None:
    """``value`` is None, "" or a real date written YYYY, YYYY-MM or YYYY-MM-DD."""
    if value is None or value == "":
        return
    fix = "write YYYY, YYYY-MM or YYYY-MM-DD, e.g. '2021' or '2021-09'"
    m = ISO_DATE.fullmatch(value) if isinstance(value, str) else None
    if m is None:
        raise InvalidQueryError(f"{field} {value!r} is not a date; {fix}")
    year, month, day = (int(g) if g else 1 for g in m.groups())
    try:
        datetime.date(year, month, day)
    except ValueError:
        raise InvalidQueryError(f"{field} {value!r} is not a real date; {fix}") from None


def _unknown_authority(name: str) -> str:
    """The message for a council name the gazetteer does not know, with close matches."""
    close = difflib.get_close_matches(name.strip().title(), GAZETTEER.authorities, n=3, cutoff=0.7)
    hint = f"did you mean {' or '.join(repr(c) for c in close)}? " if close else ""
    return (
        f"{name!r} is not an English local authority this assistant knows; {hint}"
        "use a council's name such as 'Stoke-on-Trent' or a short form such as 'Stoke'"
    )


def resolve(
    filters: Filters | None, *, doc_types: Sequence[str], documents: Iterable[Document] = ()
) -> Where | None:
    """``filters`` in the index's own values, for any backend; None when there is no condition.

    ``doc_types`` are the types the index holds; raise ``UnknownAuthorityError``
    on an unknown council and ``InvalidQueryError`` on a type the index lacks.
    A ``period`` becomes the ids of the ``documents`` (the index's) it selects.
    """
    if filters is None or filters.is_empty():
        return None
    doc_ids = tuple(filters.doc_ids) if filters.doc_ids is not None else None
    if filters.period is not None:
        chosen = period_selection(filters.period, documents, filters.authorities())
        doc_ids = tuple(d for d in doc_ids if d in set(chosen)) if doc_ids is not None else chosen
    return Where(
        authorities=tuple(filters.authorities()) or None,
        doc_types=tuple(_index_doc_types(filters.doc_type, doc_types)) if filters.doc_type else None,
        date_from=date_key(filters.date_from) or None,
        date_to=date_key(filters.date_to, upper=True) or None,
        years=(frozenset(filters.years),) if filters.years else (),
        doc_ids=doc_ids,
    )


# --------------------------------------------------------------------------
# Inspection and visit periods

# The document types each kind of event is written up in.
_KIND_TYPES = {
    "inspection": ("inspection report",),
    "visit": ("monitoring visit letter", "focused visit letter"),
    "monitoring visit": ("monitoring visit letter",),
    "focused visit": ("focused visit letter",),
    # Written up in a joint letter of the inspectorates, which the collection does not hold.
    "joint targeted area inspection": ("joint targeted area inspection letter",),
    "": ("inspection report", "monitoring visit letter", "focused visit letter"),
}


def document_period(doc: Document) -> tuple[str, str] | None:
    """First and last day of the inspection or visit ``doc`` reports; None if it states none.

    A report or letter whose period was not found falls back to its
    publication date, the nearest thing it states.
    """
    start, end = doc.extra.get("inspection_start"), doc.extra.get("inspection_end")
    if isinstance(start, str) and isinstance(end, str):
        return start, end
    return (doc.date, doc.date) if doc.date and is_of_kind(doc, "") else None


def deciding_day(doc: Document, published: bool = False) -> str:
    """The day that puts ``doc`` in a period: its inspection's or visit's last day, or (``published``,
    or no period stated) its publication day; "" if it states neither."""
    period = document_period(doc)
    if published or period is None:
        return doc.date or ""
    return period[1]


def is_of_kind(doc: Document, kind: str) -> bool:
    """Whether ``doc`` writes up an event of ``kind`` ("inspection", "visit", ...; "": any)."""
    return doc.doc_type.lower() in _KIND_TYPES.get(kind, _KIND_TYPES[""])


def period_doc_ids(
    period: Period, documents: Iterable[Document], authorities: Collection[str] = ()
) -> tuple[str, ...]:
    """Ids of the documents of ``authorities`` (all councils if empty) about ``period``.

    A dated period keeps the documents whose inspection or visit overlaps
    it, or for a council with none, those published in it; ``latest`` keeps
    each council's newest one of the kind asked for.
    """
    held = [
        (doc, when)
        for doc in documents
        if (not authorities or doc.authority in authorities) and is_of_kind(doc, period.kind)
        for when in [document_period(doc)]
        if when is not None
    ]
    lo, hi = date_key(period.start), date_key(period.end, upper=True)
    if period.latest and period.back:
        # "the inspection before its latest one": each council's newest but ``back``.
        by_council: dict[str | None, list[tuple[Document, tuple[str, str]]]] = {}
        for doc, when in held:
            by_council.setdefault(doc.authority, []).append((doc, when))
        ordered = (sorted(docs, key=lambda dw: dw[1][1], reverse=True) for docs in by_council.values())
        return tuple(docs[period.back][0].doc_id for docs in ordered if len(docs) > period.back)
    if period.latest:
        # Each council's newest; "the inspection before its July 2022 one": the newest
        # published by June 2022 (the month named may be the inspection's or the report's).
        newest: dict[str | None, tuple[Document, tuple[str, str]]] = {}
        for doc, when in held:
            if hi and (doc.date or when[1]) > hi:
                continue
            if doc.authority not in newest or when[1] > newest[doc.authority][1][1]:
                newest[doc.authority] = (doc, when)
        named = _named(period, held)
        return tuple(dict.fromkeys([*(doc.doc_id for doc, _ in newest.values()), *named]))
    if period.published:
        return tuple(doc.doc_id for doc, _ in held if doc.date and _overlaps((doc.date, doc.date), lo, hi))
    chosen = [
        doc
        for doc, when in held
        if _overlaps(when, lo, hi)
        or (period.or_published and doc.date and _overlaps((doc.date, doc.date), lo, hi))
    ]
    # "The January 2018 re-inspection", "the inspection reported in January
    # 2019", "the 2025 inspection" of a report on a December 2024
    # inspection: where a council has no inspection in the period, one
    # published in it is the one meant.
    found = {doc.authority for doc in chosen}
    chosen += [
        doc
        for doc, _ in held
        if doc.authority not in found and doc.date and _overlaps((doc.date, doc.date), lo, hi)
    ]
    return tuple(dict.fromkeys([*(doc.doc_id for doc in chosen), *_named(period, held)]))


def _named(period: Period, held: Sequence[tuple[Document, tuple[str, str]]]) -> list[str]:
    """The inspection a "before its July 2022 one" names: inspected or published then.

    Its report restates the grades of the one before, which may not be indexed,
    and tells what led up to it ("before its 2022 inspection").
    """
    if not period.named:
        return []
    lo, hi = date_key(period.named), date_key(period.named, upper=True)
    return [
        doc.doc_id
        for doc, when in held
        if _overlaps(when, lo, hi) or (doc.date and _overlaps((doc.date, doc.date), lo, hi))
    ]


def period_selection(
    period: Period, documents: Iterable[Document], authorities: Collection[str] = ()
) -> tuple[str, ...]:
    """What a period keeps: the documents about it, and every document that writes up no event.

    A period chooses among inspection reports and visit letters; news
    coverage and other documents (uploads) report on events rather than
    being one, so a period does not exclude them: an article of 2021 on "the
    2019 inspection" still answers a question about it. An article written
    before the period began cannot report on it: coverage dated before the
    period's start (for "its latest visit", the first day of the visits
    chosen) is left out.
    """
    documents = list(documents)
    chosen = period_doc_ids(period, documents, authorities)
    by_id = {d.doc_id: d for d in documents}
    starts = [when[0] for i in chosen if (when := document_period(by_id[i])) is not None]
    first = period.start or (min(starts) if starts else "")
    coverage = tuple(
        d.doc_id
        for d in documents
        if (not authorities or d.authority in authorities)
        and not is_of_kind(d, "")
        and (not d.date or d.date[: len(first)] >= first[: len(d.date)])
    )
    return chosen + coverage


def _overlaps(when: tuple[str, str], lo: str, hi: str) -> bool:
    """Whether the days ``when`` (first, last) meet the range ``lo``-``hi`` ("" is open)."""
    return (not hi or when[0] <= hi) and (not lo or when[1] >= lo)


def periods_held(documents: Iterable[Document], authority: str, kind: str) -> list[str]:
    """The years of ``authority``'s inspections or visits of ``kind``, oldest first: ["2019", "2023"]."""
    years = {
        when[0][:4]
        for doc in documents
        if doc.authority == authority and is_of_kind(doc, kind)
        for when in [document_period(doc)]
        if when is not None
    }
    return sorted(years)


def _index_doc_types(value: str | Sequence[str], known_types: Sequence[str]) -> list[str]:
    """The index's spelling of the document types asked for (any case); raise on unknown ones."""
    known = {t.lower(): t for t in known_types}
    out = []
    for name in [value] if isinstance(value, str) else list(value):
        if name.strip().lower() not in known:
            raise InvalidQueryError(
                f"no indexed document has the type {name!r}; "
                f"use one of: {', '.join(known_types) or '(the index is empty)'}"
            )
        out.append(known[name.strip().lower()])
    return out


def infer_filters(parsed: ParsedQuery, filters: Filters | None) -> Filters | None:
    """``filters`` completed with the councils and years the question names.

    What the caller set explicitly wins over what the question implies,
    except a council: a filter on one council while the question names
    another is reported (``InvalidQueryError`` naming both), never applied
    silently to answer about the wrong council. An inspection or visit the
    question names becomes a ``period`` in place of publication dates.
    """
    f = filters or Filters()
    changes: dict[str, Any] = {}
    chosen = f.authorities()  # an empty council filter ([], "") chooses none
    named = parsed.subjects or parsed.authorities  # not a council named in passing
    if not chosen and named:
        changes["authority"] = list(named)
    elif chosen and named:
        _check_same_councils(chosen, named)
    if f.period is None and parsed.period is not None:
        changes["period"] = parsed.period
    explicit_dates = f.date_from is not None or f.date_to is not None or f.years is not None
    explicit_dates = explicit_dates or parsed.period is not None
    if not explicit_dates and (parsed.date_from or parsed.date_to):
        lo, hi = parsed.date_from, parsed.date_to
        if lo and hi and lo > hi:  # "between 2021 and 2019" means the same years
            lo, hi = hi, lo
        changes["date_from"], changes["date_to"] = lo, hi
    if not explicit_dates and parsed.years:
        changes["years"] = list(parsed.years)
    if not changes:
        return filters
    return dataclasses.replace(f, **changes)


def _check_same_councils(chosen: Sequence[str], named: Sequence[str]) -> None:
    """Raise when the question names a council the caller's council filter leaves out."""
    outside = [a for a in named if a not in chosen]
    if not outside:
        return
    raise InvalidQueryError(
        f"the question asks about {' and '.join(outside)} but the council filter is set to "
        f"{' and '.join(chosen)}; clear the council filter (or set it to {outside[0]}) to ask "
        f"about {' and '.join(outside)}, or ask about {chosen[0]}"
    )


__all__ = [
    "Filters",
    "document_period",
    "infer_filters",
    "is_of_kind",
    "period_doc_ids",
    "period_selection",
    "periods_held",
    "resolve",
]

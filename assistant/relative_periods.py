"""A period named from another: "the inspection before the one published in December 2021",
"the focused visit the year after its May 2018 inspection", "the inspection that followed
Medway being found inadequate in 2013", "has it sorted out the problems flagged at its 2023
inspection?".

``assistant/periods.py`` reads these before any date the question writes: the date written
is not the period asked about (the problems put right are asked of the newest document since,
unless the question names that document: "did the 2022 focused visit find ...").
"""

from __future__ import annotations

import re

from assistant.dates import month_before
from assistant.period_words import EVENT, NAMES_EVENT, WHEN, WHOSE, Period, kind_of, when_of

# "the inspection before the one published in December 2021": the newest before that report.
_BEFORE_PUBLISHED = re.compile(
    rf"\b{EVENT}\s+(?:just\s+|immediately\s+)?(?:before|prior\s+to|preceding)\s+(?:the\s+one|that|the\s+report|"
    rf"its\s+report|their\s+report)\s+(?:that\s+(?:was\s+)?)?(?:published|came\s+out)\s+(?:in\s+|on\s+)?"
    rf"{WHEN.replace('?P<', '?P<b_')}\b",
    re.I,
)
# "the visit the year after its May 2018 inspection": the year after the one named.
_YEAR_AFTER = re.compile(
    rf"\b(?:a|the|one)\s+year\s+(?:after|on\s+from|following)\s+{WHOSE}\s+{WHEN}\s+"
    rf"{EVENT.replace('?P<kind>', '?P<after_kind>')}",
    re.I,
)


# "the inspection that followed Medway being found inadequate in 2013"
_FOLLOWED = re.compile(
    rf"\b{EVENT}s?\s+(?:that|which)\s+(?:followed|came\s+after)\b[^?.;]*?\b(?P<f_year>(?:19|20)\d{{2}})\b",
    re.I,
)


# A dated inspection or visit ("the 2022 focused visit", "by the time of its 2022 inspection").
_ANOTHER_DATED = re.compile(
    rf"\b{WHEN}\s+(?:Ofsted\s+)?{EVENT}|\b{EVENT.replace('?P<kind>', '?P<k2>')}\s+(?:in|of|on)\s+"
    rf"{WHEN.replace('?P<', '?P<a_')}",
    re.I,
)
# "Has Staffordshire sorted out the front door problems Ofsted flagged at its 2023 inspection?":
# whether they are put right is for the newest document since it, not for the inspection itself.
_PUT_RIGHT_SINCE = re.compile(
    r"\b(?:sort(?:s|ed)?\s+out|fix(?:es|ed)?|address(?:es|ed)?|deal[st]?\s+with|dealt\s+with|tackl(?:es|ed|e)"
    r"|resolv(?:es|ed|e)|put\s+right|act(?:s|ed)?\s+on|got\s+on\s+top\s+of|get\s+on\s+top\s+of)\b"
    r"[^?.;]{0,80}?\b(?:flagged|raised|found|identified|criticised|highlighted|picked\s+up|noted|set\s+out)\b"
    rf"[^?.;]{{0,30}}?\b(?:at|in|by|during|from)\s+{WHOSE}\s+{WHEN}\s+{EVENT}",
    re.I,
)


def relative_period(text: str) -> Period | None:
    """A period named from another: "the inspection before the one published in December 2021",
    "the focused visit the year after its May 2018 inspection", "has it sorted out the problems
    flagged at its 2023 inspection?"; None if ``text`` names none.

    >>> relative_period("the Milton Keynes inspection before the one published in December 2021")
    Period(start=None, end='2021-11', kind='inspection', latest=True, or_published=False, published=False)
    >>> p = relative_period("the focused visit to Wandsworth the year after its May 2018 inspection")
    >>> p.start, p.end, p.kind
    ('2019', '2019', 'focused visit')
    >>> relative_period("the inspection that followed Medway being found inadequate in 2013").start
    '2014'
    >>> p = relative_period("Has it sorted out the problems Ofsted flagged at its 2023 inspection?")
    >>> p.start, p.latest
    ('2023', True)
    """
    m = _BEFORE_PUBLISHED.search(text)
    if m:
        return Period(end=month_before(when_of(m, prefix="b_")), kind=kind_of(m.group("kind")), latest=True)
    m = _FOLLOWED.search(text)
    if m:
        # "the inspection that followed Medway being found inadequate in 2013": those after it
        return Period(start=str(int(m.group("f_year")) + 1), kind=kind_of(m.group("kind")))
    m = _PUT_RIGHT_SINCE.search(text)
    if m and not _ANOTHER_DATED.search(text[: m.start()] + " " + text[m.end() :]):
        # (unless the question names the document that says so: "did the 2022 focused visit find ...")
        return Period(start=when_of(m), kind="", latest=True)
    m = _YEAR_AFTER.search(text)
    if m is None:
        return None
    year = str(int(m.group("year")) + 1)
    event = NAMES_EVENT.search(text, 0, m.start())
    return Period(start=year, end=year, kind=kind_of(event.group("kind")) if event else "")


__all__ = ["relative_period"]

"""Dates as the documents write them and as the index keys them.

Month names, "31 January 2022"-style parsing, the inspection and visit
periods a report or letter states, the ISO keys filters compare, and the
labels answers show: in one place for every stage that reads or prints a date.
"""

from __future__ import annotations

import re
from datetime import date

MONTHS = {
    m: i + 1
    for i, m in enumerate(
        [
            "january",
            "february",
            "march",
            "april",
            "may",
            "june",
            "july",
            "august",
            "september",
            "october",
            "november",
            "december",
        ]
    )
}
MONTH_NAMES = "|".join(MONTHS)  # for a regular expression, matched with re.I
# Abbreviations a date may use ("18 Feb 2014"): read where a date is parsed,
# never offered as a month name of their own (MONTHS stays the twelve names).
MONTH_ABBREVIATIONS = {name[:3]: number for name, number in MONTHS.items()} | {"sept": 9}
# Any month, full or abbreviated, as a whole word: longest first, so that
# "September" is not read as "Sep" followed by "tember".
MONTH_WORDS = r"(?:" + "|".join(sorted({*MONTHS, *MONTH_ABBREVIATIONS}, key=lambda w: (-len(w), w))) + r")\b"
DATE_DMY = re.compile(r"\b(\d{1,2})(?:st|nd|rd|th)?\s+(" + MONTH_WORDS + r")\.?\s+(\d{4})\b", re.I)
# An ISO date or a prefix of one: "2019", "2019-03", "2019-03-18".
ISO_DATE = re.compile(r"(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?")


def month_number(word: str) -> int:
    """1-12 for a month's name or its abbreviation, in any case.

    >>> month_number("March"), month_number("Sept"), month_number("feb")
    (3, 9, 2)
    """
    key = word.lower().rstrip(".")
    number = MONTHS.get(key) or MONTH_ABBREVIATIONS.get(key)
    if number is None:
        raise ValueError(f"{word!r} is not a month; write a month's name or its first three letters")
    return number


def month_before(when: str) -> str:
    """The last month or year before ``when``: "2022-07" -> "2022-06", "2022" -> "2021"."""
    if len(when) == 4:
        return str(int(when) - 1)
    year, month = int(when[:4]), int(when[5:7])
    return f"{year - 1}-12" if month == 1 else f"{year}-{month - 1:02d}"


def month_after(when: str) -> str:
    """The first month or year after ``when``: "2022-06" -> "2022-07", "2021" -> "2022"."""
    if len(when) == 4:
        return str(int(when) + 1)
    year, month = int(when[:4]), int(when[5:7])
    return f"{year + 1}-01" if month == 12 else f"{year}-{month + 1:02d}"


def parse_date(text: str) -> str | None:
    """The first "31 January 2022"-style date in ``text``, as ISO, or None.

    >>> parse_date("children's services inspection - 18 march 2019")
    '2019-03-18'
    >>> parse_date("Inspection date: 18 Feb 2014 – 12 March 2014")
    '2014-02-18'
    """
    m = DATE_DMY.search(text)
    if not m:
        return None
    try:
        return date(int(m.group(3)), month_number(m.group(2)), int(m.group(1))).isoformat()
    except ValueError:
        return None


def format_date(iso: str | None) -> str:
    """'2022-01-31' -> '31 January 2022'; '2022-02' -> 'February 2022'."""
    if not iso:
        return "undated"
    parts = iso.split("-")
    try:
        if len(parts) == 1:
            return parts[0]
        month = date(int(parts[0]), int(parts[1]), 1).strftime("%B")
        if len(parts) == 2:
            return f"{month} {parts[0]}"
        return f"{int(parts[2])} {month} {parts[0]}"
    except ValueError:
        return iso


def date_key(value: str | None, *, upper: bool = False) -> str:
    """Pad an ISO prefix so that string comparison orders dates.

    A prefix stands for its first day, or with ``upper`` its last:

    >>> date_key("2019"), date_key("2019-03", upper=True), date_key(None)
    ('2019-01-01', '2019-03-31', '')
    """
    if not value:
        return ""
    pad = "9999-12-31" if upper else "0000-01-01"
    return value + pad[len(value) :]


# --------------------------------------------------------------------------
# Inspection and visit periods

# The "Inspection date(s):" line, up to the first word that is not part of a
# date range ("Report published", "Judgement Grade" may follow on the line); a
# line that breaks before a month goes on ("... and 28 – 30\n\nJanuary 2014").
_DATES_LINE = re.compile(
    r"Inspection dates?:?[ \t]*"
    rf"(?P<dates>(?:\d{{1,2}}(?:/\d{{1,2}}/\d{{4}})?|\d{{4}}|{MONTH_WORDS}\.?|to|and|[–—,-]|[ \t]"
    rf"|(?<=\d)[ \t]*\n\s*(?=(?:{MONTH_WORDS})\b))+)",
    re.I,
)
# One date in that line: "1/06/2015", or "30", "30 September", "11 October 2024".
_DATE = re.compile(
    rf"(?P<d>\d{{1,2}})/(?P<m>\d{{1,2}})/(?P<y>\d{{4}})"
    rf"|(?P<day>\d{{1,2}})(?:\s+(?P<month>{MONTH_WORDS})\.?)?(?:\s+(?P<year>\d{{4}}))?",
    re.I,
)
# A letter's visit: "the monitoring visit to X on 14 and 15 December 2021",
# "between 29 September and 1 October 2020", "on the 15 and 16 of May 2018",
# "on 29 and 30 September, and 1 October 2020", "on 13 and 14 July".
_VISIT = re.compile(
    r"\bvisit\b.{0,150}?\b(?:on|between)\s+(?:the\s+)?"
    r"(?P<dates>\d{1,2}(?:st|nd|rd|th)?\b"
    rf"(?:\d{{1,2}}(?:st|nd|rd|th)?\b|\d{{4}}|{MONTH_WORDS}\.?|to|and|of|[–—,-]|[ \t\n])*)",
    re.I | re.S,
)


def inspection_period(text: str) -> tuple[str | None, str | None]:
    """First and last day of the inspection, from the "Inspection dates" line.

    A date missing its month or year takes them from the next date that has
    them, so a two-part inspection reads right:

    >>> inspection_period("Inspection dates: 30 September to 11 October 2024 and 13 to 16 January 2025")
    ('2024-09-30', '2025-01-16')
    >>> inspection_period("Inspection date: 1/06/2015 – 25/06/2015")
    ('2015-06-01', '2015-06-25')
    >>> inspection_period("Inspection date: 18 Feb 2014 – 12 March 2014")
    ('2014-02-18', '2014-03-12')
    >>> inspection_period("Inspection dates: 19 November-11 December 2013 and 28 – 30\\n\\nJanuary 2014")
    ('2013-11-19', '2014-01-30')
    """
    m = _DATES_LINE.search(text[:5000])
    if not m:
        return None, None
    return _period(_date_parts(m.group("dates")))


def _period(
    parts: list[tuple[int, int | None, int | None]], year: int | None = None
) -> tuple[str | None, str | None]:
    """First and last day of a date range's parts, read from the last: a day
    missing its month or year takes them from the next date that has them,
    and the last date without a year takes ``year``."""
    month: int | None = None
    days: list[date] = []
    for d, mon, y in reversed(parts):
        month, year = mon or month, y or year
        if month is None or year is None:
            continue
        try:
            days.append(date(year, month, d))
        except ValueError:
            continue
    if not days:
        return None, None
    return min(days).isoformat(), max(days).isoformat()


def _date_parts(line: str) -> list[tuple[int, int | None, int | None]]:
    """(day, month or None, year or None) for each date in a date-range line."""
    parts: list[tuple[int, int | None, int | None]] = []
    for m in _DATE.finditer(line):
        if m.group("d"):
            parts.append((int(m.group("d")), int(m.group("m")), int(m.group("y"))))
        else:
            month = month_number(m.group("month")) if m.group("month") else None
            year = int(m.group("year")) if m.group("year") else None
            parts.append((int(m.group("day")), month, year))
    return parts


def visit_period(text: str) -> tuple[str | None, str | None]:
    """First and last day of a letter's visit: "the focused visit to X on 4 and 5 June 2019".

    >>> visit_period("findings of the focused visit to Leeds on 4 and 5 June 2019.")
    ('2019-06-04', '2019-06-05')
    >>> visit_period("a focused visit to Camden children's services on the 15 and 16 of May 2018.")
    ('2018-05-15', '2018-05-16')
    >>> visit_period("a focused visit to Bury on 29 and 30 September, and 1 October 2020.")
    ('2020-09-29', '2020-10-01')
    >>> visit_period("13 January 2021 Dear John, ... a focused visit to Durham on 14 and 15 December.")
    ('2020-12-14', '2020-12-15')
    """
    m = _VISIT.search(text)
    if not m:
        return None, None
    dates = re.sub(r"(?<=\d)(?:st|nd|rd|th)\b|\bof\b", " ", m.group("dates"))  # "the 15th of May"
    parts = _date_parts(dates)
    if not any(month for _, month, _ in parts):
        return None, None
    year = None
    if parts[-1][2] is None:  # "on 13 and 14 July": the year of the letter's date
        letter = DATE_DMY.search(text[:2000])
        if letter is None:
            return None, None
        year = int(letter.group(3))
        last_month = next(month for _, month, _ in reversed(parts) if month)
        if last_month > month_number(letter.group(2)):
            year -= 1  # a December visit in a January letter
    return _period(parts, year)

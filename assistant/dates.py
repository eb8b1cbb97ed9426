"""Dates as the documents write them and as the index keys them.

Month names, "31 January 2022"-style parsing and the labels answers show,
in one place for every stage that reads or prints a date.
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
DATE_DMY = re.compile(r"\b(\d{1,2})(?:st|nd|rd|th)?\s+(" + "|".join(MONTHS) + r")\s+(\d{4})\b", re.I)


def parse_date(text: str) -> str | None:
    """The first "31 January 2022"-style date in ``text``, as ISO, or None.

    >>> parse_date("children's services inspection - 18 march 2019")
    '2019-03-18'
    """
    m = DATE_DMY.search(text)
    if not m:
        return None
    try:
        return date(int(m.group(3)), MONTHS[m.group(2).lower()], int(m.group(1))).isoformat()
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

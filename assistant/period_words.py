"""The words of a period that questions share: what they call an inspection or a visit, a
month and year, whose inspection it is, and the period they name (``Period``).

``assistant/periods.py`` reads a question's period with them, and
``assistant/relative_periods.py`` one named from another ("the year after its May 2018
inspection").
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from assistant.dates import MONTH_WORDS, format_date, month_after, month_number


@dataclass(frozen=True)
class Period:
    """The inspection or visit a question names, as ISO prefixes (inclusive).

    ``kind`` is "inspection", "visit", "monitoring visit", "focused visit",
    or "" (any Ofsted inspection or visit); ``latest`` asks for each
    council's newest one instead of a date range.
    """

    start: str | None = None
    end: str | None = None
    kind: str = ""
    latest: bool = False
    # A bare "in December 2022" may name the inspection or the report: a
    # document published in the period is about it too.
    or_published: bool = False
    # "the report published in June 2017": the publication date alone decides.
    published: bool = False
    # "the inspection before its July 2022 one": the one named ("2022-07"), whose
    # report restates the grades before it, is kept beside the one asked about.
    named: str | None = field(default=None, repr=False)
    # "the inspection before its latest one": with ``latest``, how many of the newest to pass over.
    back: int = field(default=0, repr=False)

    def describe(self) -> str:
        """ "in 2021", "in December 2022", "since 2020": for an answer's wording."""
        if self.latest and self.end:
            return f"before {format_date(month_after(self.end))}"
        if self.latest and self.back:
            return "before the latest"
        if self.latest:
            return "latest"
        if self.published and self.start:
            return f"published in {format_date(self.start)}"
        if self.start and self.start == self.end:
            return f"in {format_date(self.start)}"
        if self.start and self.end:
            return f"between {format_date(self.start)} and {format_date(self.end)}"
        if self.start:
            return f"since {format_date(self.start)}"
        return f"before {format_date(str(int(self.end[:4]) + 1))}" if self.end else ""

    def noun(self, *, plural: bool = False) -> str:
        """ "inspection", "monitoring visit", "inspection or visit": what the period is of."""
        noun = self.kind or "inspection or visit"
        if plural:
            noun = "inspections or visits" if not self.kind else f"{noun}s"
        return noun


# What a question calls an inspection or a visit.
EVENT = (
    r"(?P<kind>(?:monitoring|focused)\s+visit|visit|(?:re-?)?inspection|ILACS(?:\s+inspection)?"
    r"|SIF(?:\s+inspection)?|inspected|visited)"
)
# A month by its name or its short form ("Feb 2024", "Sept 2023").
WHEN = rf"(?:(?P<month>{MONTH_WORDS})\.?\s+)?(?P<year>(?:19|20)\d{{2}})"
# Whose inspection: "its", or the council's name ("before Wokingham's 2023 inspection").
# Ofsted's own is no council's ("after Ofsted's March 2022 focused visit" names the visit).
WHOSE = (
    r"(?:the|its|their|(?-i:(?!Ofsted\b)[A-Z][\w&-]*)(?:\s+(?-i:[A-Z][\w&-]*|and|upon|on|with)){0,4}['’]s?)"
)
NAMES_EVENT = re.compile(rf"\b{EVENT}s?\b", re.I)


def when_of(m: re.Match[str], *, prefix: str = "") -> str:
    """ "2022-12" or "2022" from a match's ``month`` and ``year`` groups."""
    month = m.group(f"{prefix}month")
    year = m.group(f"{prefix}year")
    return f"{year}-{month_number(month):02d}" if month else year


def kind_of(word: str) -> str:
    """The kind of document an event word names: "visited" -> "visit"."""
    word = " ".join(word.lower().split())
    if word == "monitoring":  # "the monitoring letters"
        return "monitoring visit"
    if word.startswith(("monitoring", "focused")):
        return word
    if word.startswith(("joint", "jtai")):
        return "joint targeted area inspection"
    if word.startswith("visit"):
        return "visit"
    return "inspection"


__all__ = ["EVENT", "NAMES_EVENT", "WHEN", "WHOSE", "Period", "kind_of", "when_of"]

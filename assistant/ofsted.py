"""What an Ofsted document says about itself: publisher, type, title, council, dates.

Ofsted's reports and letters carry their metadata in their text: the
letterhead names the council, the title names the framework ("Inspection of
Stoke-on-Trent local authority children’s services"), the "Inspection dates"
line or the letter's "visit to X on ..." gives the inspection period, and
marks such as "His Majesty’s Inspector" or "Crown copyright" tell Ofsted's
own documents from articles about Ofsted. ``derive_metadata`` reads them;
``assistant.documents`` calls it for every file it reads (a sidecar
``<file>.meta.json`` overrides what it finds).

>>> meta = derive_metadata("Focused visit to Leeds children’s services\\n\\n"
...                        "the focused visit to Leeds on 4 and 5 June 2019.", "leeds.pdf")
>>> meta["doc_type"], meta["authorities"], meta["inspection_end"]
('focused visit letter', ['Leeds'], '2019-06-05')
"""

from __future__ import annotations

import re
from datetime import date
from typing import Any

from assistant.authorities import GAZETTEER
from assistant.dates import DATE_DMY, MONTHS, inspection_period, parse_date, visit_period

# What Ofsted's own reports and letters carry, at their start or end, and an
# article about Ofsted does not: naming Ofsted is not enough to be Ofsted's.
_OFSTED_MARKS = re.compile(
    r"Her Majesty[’']s Inspector|His Majesty[’']s Inspector|Lead inspector:|Inspection dates?:"
    r"|gov\.uk/ofsted|Ofsted Piccadilly|Crown copyright",
    re.I,
)


# The title of an inspection report, in each framework's wording (a line may
# wrap anywhere: "children’s\n\nservices"). Capitalised on purpose: a letter's
# "since the last inspection of children’s services" is not a title.
_REPORT_TITLE = re.compile(
    r"Inspection of .{0,120}?children[’']s\s+(?:social\s+care\s+)?services"
    r"|(?:Re-i|I)nspection of services for children in need of help(?:\s+and\s+protection"
    r"(?:,\s+children\s+looked\s+after\s+and\s+care\s+leavers)?)?"
    r"|Inspection of looked after children\s+services"
    r"|Inspection of [A-Z][\w ]{0,60} Children(?:[’']s)? (?:and Families )?Trust",
    re.S,
)


# The council in a report's title, or a letterhead line that is only its name.
_TITLE_COUNCIL = re.compile(
    r"Inspection of (.{1,120}?)(?:\s+local\s+authority)?\s+children[’']s\s+services", re.S
)
_LETTERHEAD_COUNCIL = re.compile(
    r"^(.+?) (?:City |County |Borough |Metropolitan Borough )?Council\s*\n", re.M
)
_VISIT_TITLE = re.compile(r"^(?:Monitoring|Focused) visit (?:to|of) .*$", re.M | re.I)
_VISIT_KIND = re.compile(r"^(Monitoring|Focused) visit", re.M | re.I)


def derive_metadata(text: str, filename: str) -> dict[str, Any]:
    """Title, type, date, publisher and councils, as far as the text tells."""
    head = text[:3000]
    first_line = next((ln for ln in text.split("\n") if ln.strip()), filename)
    meta: dict[str, Any] = {"title": first_line[:200]}
    if _OFSTED_MARKS.search(head) or _OFSTED_MARKS.search(text[-3000:]):
        meta["publisher"] = "Ofsted"
    report_title = _REPORT_TITLE.search(head)
    meta.update(_kind(head, filename, report_title))
    meta["date"] = parse_date(filename) or _letter_date(head) or _report_date(head)
    meta.update(_inspection_period(head))
    authorities = _authorities(text, meta["title"], by_ofsted=meta.get("publisher") == "Ofsted")
    if authorities:
        meta["authorities"] = authorities
    if report_title and authorities and authorities[0] not in meta["title"]:
        # "Inspection of children’s social care services" says whose only in its letterhead.
        meta["title"] = f"{authorities[0]}: {meta['title']}"
    return meta


def _kind(head: str, filename: str, report_title: re.Match[str] | None) -> dict[str, str]:
    """``doc_type``, ``publisher`` and ``title`` of a report or a visit letter; {} for anything else."""
    if report_title:
        title = " ".join(report_title.group(0).split())
        return {"doc_type": "inspection report", "publisher": "Ofsted", "title": title}
    line = _VISIT_TITLE.search(head)
    if line:
        kind = _VISIT_KIND.search(head)
        assert kind is not None  # the title line is one
        return {
            "doc_type": f"{kind.group(1).lower()} visit letter",
            "publisher": "Ofsted",
            "title": line.group(0).strip(),
        }
    if "focused visit" in filename.lower():
        return {"doc_type": "focused visit letter", "publisher": "Ofsted"}
    return {}


def _authorities(text: str, title: str, *, by_ofsted: bool) -> list[str]:
    """The councils a document is about, the main one first."""
    head = text[:3000]
    council = _TITLE_COUNCIL.search(head) or _LETTERHEAD_COUNCIL.search(head)
    if council:
        found = GAZETTEER.resolve(council.group(1).strip()) or _first_authority(council.group(1))
        if found:
            return [found]
    if by_ofsted:
        found = _first_authority(title) or _first_authority(head)
        return [found] if found else []
    # An article may cover several councils: the title's first, then the
    # others by how often the text names them.
    ranked = GAZETTEER.ranked(text)
    lead = _first_authority(title)
    if lead:
        ranked = [lead] + [a for a in ranked if a != lead]
    return ranked


def _first_authority(text: str) -> str | None:
    mentions = GAZETTEER.find(text)
    return mentions[0].authority if mentions else None


def _letter_date(head: str) -> str | None:
    """A line that is only a date, as at the top of a letter."""
    for line in head.split("\n")[:40]:
        if DATE_DMY.fullmatch(line.strip()):
            return parse_date(line)
    return None


def _inspection_period(head: str) -> dict[str, str]:
    """``inspection_start``/``inspection_end`` from a report's first page or a letter's visit.

    >>> _inspection_period("Inspection dates: 23 to 27 September 2024")
    {'inspection_start': '2024-09-23', 'inspection_end': '2024-09-27'}
    >>> _inspection_period("findings of the focused visit to Leeds on 4 and 5 June 2019.")
    {'inspection_start': '2019-06-04', 'inspection_end': '2019-06-05'}
    """
    if re.search(r"Inspection dates?:?\s*[^\n]{4,80}", head):
        start, end = inspection_period(head)
    else:
        start, end = visit_period(head)
    if start is None or end is None:
        return {}
    return {"inspection_start": start, "inspection_end": end}


def _report_date(head: str) -> str | None:
    m = re.search(r"Report published:\s*(\d{1,2})/(\d{1,2})/(\d{4})", head)
    if m:
        return date(int(m.group(3)), int(m.group(2)), int(m.group(1))).isoformat()
    m = re.search(r"Inspection dates?:[^\n]*", head)
    if m:
        dates = DATE_DMY.findall(m.group(0))
        if dates:
            d, mon, y = dates[-1]
            return date(int(y), MONTHS[mon.lower()], int(d)).isoformat()
        m2 = re.search(r"to (\d{1,2}) (\w+) (\d{4})", m.group(0))
        if m2 and m2.group(2).lower() in MONTHS:
            return date(int(m2.group(3)), MONTHS[m2.group(2).lower()], int(m2.group(1))).isoformat()
    return None

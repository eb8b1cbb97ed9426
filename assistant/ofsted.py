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
from assistant.dates import DATE_DMY, inspection_period, month_number, parse_date, visit_period

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
# A letter's subject, which names the council visited: "Focused visit to
# Stoke-on-Trent children’s services", "Monitoring visit to the London Borough
# of Barnet local authority children’s services", "Focused visit to Sandwell
# Children’s Trust". It may wrap, and may run on into the letter's first
# sentence. Its first word is capitalised; the same words in the letter's
# first sentence ("the focused visit to Camden children’s services") are not.
_VISIT_SUBJECT = re.compile(
    r"(?P<kind>(?-i:Monitoring|Focused)) visit (?:to|of|at)\s+(?P<whom>.{0,160}?)\s*"
    r"(?P<what>children[’']s\s+(?:social\s+care\s+)?services|children[’']s\s+trust"
    r"|children\s+first|(?=\s*this letter|\s*on \d))",
    re.I | re.S,
)
_VISIT_MENTION = re.compile(_VISIT_SUBJECT.pattern.replace("(?-i:", "(?:"), re.I | re.S)


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
    letter = str(meta.get("doc_type", "")).endswith("visit letter")
    authorities = _authorities(
        text, meta["title"], by_ofsted=meta.get("publisher") == "Ofsted", letter=letter
    )
    if authorities:
        meta["authorities"] = authorities
    if report_title and authorities and authorities[0] not in meta["title"]:
        # "Inspection of children’s social care services" says whose only in its letterhead.
        meta["title"] = f"{authorities[0]}: {meta['title']}"
    if letter and authorities and not _names(meta["title"], authorities[0]):
        # "Focused visit to children’s services", or no subject line at all.
        kind = str(meta["doc_type"]).split()[0].capitalize()
        meta["title"] = f"{kind} visit to {authorities[0]} children’s services"
    return meta


def _kind(head: str, filename: str, report_title: re.Match[str] | None) -> dict[str, str]:
    """``doc_type``, ``publisher`` and ``title`` of a report or a visit letter; {} for anything else."""
    if report_title:
        title = " ".join(report_title.group(0).split())
        return {"doc_type": "inspection report", "publisher": "Ofsted", "title": title}
    subject = _VISIT_SUBJECT.search(head)
    if subject:
        kind = subject.group("kind")
        title = " ".join(f"{kind} visit to {subject.group('whom')} {subject.group('what')}".split())
        return {"doc_type": f"{kind.lower()} visit letter", "publisher": "Ofsted", "title": title}
    if "focused visit" in filename.lower():
        return {"doc_type": "focused visit letter", "publisher": "Ofsted"}
    return {}


def _authorities(text: str, title: str, *, by_ofsted: bool, letter: bool) -> list[str]:
    """The councils a document is about, the main one first.

    A letter's council is the one its subject names, never the town in
    Ofsted's own letterhead (Piccadilly Gate, Manchester).
    """
    head = text[:3000]
    if letter:
        visited = _visited(head)
        if visited:
            return [visited]
    plain = without_ofsted_address(text)
    council = _TITLE_COUNCIL.search(head) or _LETTERHEAD_COUNCIL.search(plain[:3000])
    if council:
        found = GAZETTEER.resolve(council.group(1).strip()) or _first_authority(council.group(1))
        if found:
            return [found]
    if by_ofsted:
        found = _first_authority(title) or _first_authority(plain[:3000])
        return [found] if found else []
    # An article may cover several councils: the title's first, then the
    # others by how often the text names them.
    ranked = GAZETTEER.ranked(plain)
    lead = _first_authority(title)
    if lead:
        ranked = [lead] + [a for a in ranked if a != lead]
    return ranked


def _visited(head: str) -> str | None:
    """The council a letter's subject, or else its first sentence, names as visited.

    >>> _visited("Dear Tim, Focused visit to children’s services\\n\\n"
    ...          "the focused visit to Camden children’s services on 31 October 2023.")
    'Camden'
    """
    for m in _VISIT_MENTION.finditer(head):
        found = _first_authority(" ".join(m.group("whom").split()))
        if found:
            return found
    return None


def _names(title: str, authority: str) -> bool:
    return authority in {m.authority for m in GAZETTEER.find(title)}


# --------------------------------------------------------------------------
# Ofsted's own address

# The contact lines of Ofsted's letterhead: its web address, email and phone
# numbers, each at the start of its line ("T: 0300 123 1231", "E: enquiries@
# ofsted.gov.uk"); a sentence that gives them is not a letterhead. Only
# Ofsted's block holds them; the short lines just above them are its
# office's address (Piccadilly Gate, Manchester; Aviation House, London),
# which names a town that is not the council a letter is about.
_OFSTED_CONTACT = re.compile(
    r"\S*ofsted\.gov\.uk\S*|\S*gov\.uk/\S*ofsted\S*|\bT:?\s*0300\s*123\s*\d{4}\b"
    r"|\bText\s?phone:?\s*[\d ]*\d",
    re.I,
)
_CONTACT_LEAD = 10  # characters a contact line may have before its first contact ("W: ")
_POSTCODE = re.compile(r"\b[A-Z]{1,2}\d[A-Z\d]?\s*\d[A-Z]{2}\b")
_ADDRESS_LINES = 5  # above the contact lines, at most: name, building, street, town, postcode


def ofsted_address_spans(text: str) -> list[tuple[int, int]]:
    """``(start, end)`` of each of Ofsted's own address blocks in ``text``.

    A block is a run of contact lines, up to the end of the last contact (a
    letter's date and addressee may follow on the same line), with the
    address lines above it: up to five short lines, stopping at a line that
    starts or ends with "Ofsted" (the block's first line), at a sentence, and
    at a second postcode (another address).

    >>> text = "Ofsted\\nPiccadilly Gate\\nManchester\\nM1 2WD\\nT 0300 123 1231\\n" \\
    ...        "www.gov.uk/ofsted 1 May 2020 Ann Smith\\nCivic Centre\\nST4 1HH"
    >>> [text[s:e] for s, e in ofsted_address_spans(text)][0].split("\\n")
    ['Ofsted', 'Piccadilly Gate', 'Manchester', 'M1 2WD', 'T 0300 123 1231', 'www.gov.uk/ofsted']
    """
    lines = [m.span(1) for m in re.finditer(r"^[ \t]*(\S[^\n]*)", text, re.M)]
    spans: list[tuple[int, int]] = []
    i = 0
    while i < len(lines):
        end = _contact_end(text, *lines[i])
        if end is None:
            i += 1
            continue
        first = i
        while i + 1 < len(lines) and (more := _contact_end(text, *lines[i + 1])) is not None:
            i, end = i + 1, more
        spans.append((_address_start(text, lines[max(0, first - _ADDRESS_LINES) : first + 1]), end))
        i += 1
    return spans


def _contact_end(text: str, start: int, end: int) -> int | None:
    """Where the last contact of a contact line ends; None for any other line."""
    contacts = list(_OFSTED_CONTACT.finditer(text, start, end))
    if not contacts or contacts[0].start() - start > _CONTACT_LEAD:
        return None
    return contacts[-1].end()


def _address_start(text: str, lines: list[tuple[int, int]]) -> int:
    """Where the address above the contact line ``lines[-1]`` starts."""
    start = lines[-1][0]
    postcodes = 0
    for s, e in reversed(lines[:-1]):
        line = text[s:e].rstrip()
        if line.startswith("Ofsted") or line.endswith("Ofsted"):
            return s + line.rfind("Ofsted") if line.endswith("Ofsted") else s
        postcodes += bool(_POSTCODE.search(line))
        if len(line) > 60 or line[-1] in ".:;?!" or line.startswith("•") or postcodes > 1:
            break
        start = s
    return start


def without_ofsted_address(text: str) -> str:
    """``text`` with Ofsted's own address blocks blanked out (same length)."""
    for s, e in ofsted_address_spans(text):
        text = text[:s] + " " * (e - s) + text[e:]
    return text


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
            return date(int(y), month_number(mon), int(d)).isoformat()
    return None

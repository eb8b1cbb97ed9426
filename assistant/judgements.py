"""Ofsted judgements as data: the grade table of an inspection report, with spans.

An Ofsted report on a council's children's services opens with its
judgements. Each one becomes a ``Judgement`` whose ``start``/``end`` is the
row as it stands in ``Document.text``, so a citation can quote it exactly:

>>> from assistant.documents import Document
>>> text = ("Inspection of Stoke-on-Trent local authority children’s services\\n\\n"
...         "Inspection dates: 4 to 15 February 2019\\n\\n"
...         "Lead inspector: Neil Penswick HMI\\n\\nJudgement Grade\\n\\n"
...         "Overall effectiveness Inadequate")
>>> insp = extract_inspection(Document(doc_id="r.pdf", text=text, title="r"))
>>> insp.overall, insp.lead_inspectors, insp.inspection_start
('inadequate', ('Neil Penswick',), '2019-02-04')
>>> j = insp.judgements[0]
>>> text[j.start:j.end]
'Overall effectiveness Inadequate'

Four layouts are read (``framework``):

- ``"LAC"``: the 2012-13 inspections of looked after children services,
  graded in a "Record of main findings" table at the end, on a scale with
  "adequate".
- ``"SIF"``: the single inspection framework, 2014-2017. A headline sentence
  gives the overall judgement ("Children's services in X require improvement
  to be good"), then numbered rows: help and protection, children looked
  after and achieving permanence, adoption, care leavers, leadership. Until
  2017 the report also reviews the Local Safeguarding Children Board and
  grades it in a sentence further on ("The Local Safeguarding Children Board
  is inadequate"), read as the area ``lscb``.
- ``"ILACS"``: inspections of local authority children's services, 2018 on.
  A "Judgement Grade" table: leaders, help and protection, children in care
  and care leavers (one row until 2022, two rows from 2023), overall
  effectiveness.
- ``"ILACS 2026"``: ILACS inspections from April 2026. The same four area
  grades on the same scale; the overall effectiveness grade was dropped.

Grades are normalised to ``GRADES`` (SIF "Requires improvement" and ILACS
"Requires improvement to be good" are both ``requires_improvement``) and
areas to the keys of ``AREAS``.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass

from assistant.authorities import GAZETTEER
from assistant.dates import inspection_period
from assistant.documents import Document

GRADES = ("outstanding", "good", "requires_improvement", "adequate", "inadequate")

AREAS: Mapping[str, str] = {
    "overall": "overall effectiveness (SIF: the headline judgement)",
    "leaders": "ILACS: the impact of leaders on social work practice with children and families",
    "help_and_protection": "the experiences and progress of children who need help and protection",
    "in_care": "ILACS 2023 on: the experiences and progress of children in care",
    "care_leavers": "the experiences and progress of care leavers",
    "in_care_and_care_leavers": "ILACS 2018-2022: children in care and care leavers, one row",
    "looked_after": "SIF: children looked after and achieving permanence",
    "adoption": "SIF: adoption performance",
    "lscb": "SIF: the review of the Local Safeguarding Children Board, a sentence of the report",
    "leadership": "SIF: leadership, management and governance; LAC: leadership and management",
    "capacity_to_improve": "LAC: capacity to improve",
    "outcomes": "LAC: outcomes for looked after children and young people",
    "quality_of_provision": "LAC: quality of provision",
}

# Inspections that started on or after this date were graded without an
# overall effectiveness judgement (the April 2026 reform of ILACS).
REFORM_START = "2026-04-01"


@dataclass(frozen=True)
class Judgement:
    """One graded row of a report's judgement table.

    ``label`` is the row's label as the document words it (whitespace
    collapsed), ``grade`` one of ``GRADES``, and ``text[start:end]`` the
    whole row, label and grade, exactly as it stands in the document.
    ``page`` is the 1-based page the row starts on.
    """

    area: str
    label: str
    grade: str
    start: int
    end: int
    page: int


@dataclass(frozen=True)
class Inspection:
    """What one inspection report judged, who led it, and when.

    ``framework`` is "LAC", "SIF", "ILACS" or "ILACS 2026" (see the module
    docstring); ``council`` the official name of the council inspected.
    Dates are ISO strings: ``inspection_start``/``inspection_end`` from the
    report's "Inspection dates" line, ``published`` the document's date.
    ``lead_inspector_span`` is the span of the "Lead inspector: ..." line.
    """

    doc_id: str
    council: str
    framework: str
    inspection_start: str | None
    inspection_end: str | None
    published: str | None
    lead_inspectors: tuple[str, ...]
    lead_inspector_span: tuple[int, int] | None
    judgements: tuple[Judgement, ...]

    def grade(self, area: str) -> str | None:
        """The grade given to ``area`` (a key of ``AREAS``), or None if not judged."""
        for j in self.judgements:
            if j.area == area:
                return j.grade
        return None

    @property
    def overall(self) -> str | None:
        """The overall effectiveness grade; None after the 2026 reform."""
        return self.grade("overall")


# --------------------------------------------------------------------------
# Patterns. PDF text wraps a table cell over lines, and the line joiner in
# documents.py turns some breaks into "\n\n" and others into " ", so every
# space in a pattern below stands for any run of whitespace.


def _ws(pattern: str) -> str:
    r"""``pattern`` with each literal space widened to ``\s+``."""
    return pattern.replace(" ", r"\s+")


# The grade words of all frameworks. SIF writes "Requires improvement" (or
# "Requires Improvement"), ILACS "Requires improvement to be good", and a SIF
# headline "require improvement"; "Adequate" is the LAC scale's third grade.
# Capitals vary ("Requires Improvement", Isles of Scilly's "Requires
# Improvement to be good"), so the grade alone ignores case.
_GRADE = _ws(r"(?i:Outstanding|Good|Requires? improvement(?: to be good)?|Inadequate|Adequate)(?![\w-])")

# ILACS row labels. North Northamptonshire 2026 drops "social work" from the
# leaders row; several 2025-26 reports write "children care leavers".
_ILACS_ROWS: tuple[tuple[str, str], ...] = (
    ("leaders", _ws("The impact of leaders on (?:social work )?practice with children and families")),
    ("help_and_protection", _ws("The experiences and progress of children who need help and protection")),
    ("in_care_and_care_leavers", _ws("The experiences and progress of children in care and care leavers")),
    ("in_care", _ws("The experiences and progress of children in care")),
    ("care_leavers", _ws("The experiences and progress of (?:children )?care leavers")),
    ("overall", _ws("Overall effectiveness")),
)

# SIF rows are numbered ("2.1 Adoption performance Good"); the number is
# part of the row but not of its label. It is required: 2014-15 reports
# describe the grade given above the table in words that start like a row
# ("Leadership, management and governance require improvement when ...").
_SIF_ROWS: tuple[tuple[str, str], ...] = (
    ("help_and_protection", _ws("Children who need help and protection")),
    ("looked_after", _ws("Children looked after and achieving permanence")),
    ("adoption", _ws("Adoption performance")),
    ("care_leavers", _ws("Experiences and progress of care leavers")),
    ("leadership", _ws("Leadership, management and governance")),
)
_SIF_NUMBER = r"\d(?:\.\d)?\.?\s+"
# A SIF report also reviews the Local Safeguarding Children Board (2013-2017) and grades it in a
# sentence, not a table row: "The effectiveness of the Local Safeguarding Children Board (LSCB) is
# good", "The Local Safeguarding Children Board is inadequate" (Somerset 2015 drops "Board").
_LSCB = re.compile(
    _ws(
        r"(?P<label>The (?:effectiveness of (?:the )?)?(?:Local Safeguarding Children(?:['’]s)?(?: Board)?"
        rf"(?: \(LSCB\))?|LSCB)) (?:(?:is|are) )?(?:judged (?:to be )?)?(?P<grade>{_GRADE})"
    ),
    re.I,
)

# The SIF headline: "Children's services in Norfolk are inadequate", "...in
# Stoke-on-Trent require improvement to be good", "Children's services
# require improvement to be good" (Luton 2016), "The overall judgement is
# that children's service requires improvement", "The overall judgement is
# good". The council's name may wrap over lines ("in the Royal Borough of
# Kingston upon\n\nThames are good").
_SIF_HEADLINE = re.compile(
    _ws(
        r"(?P<label>Children[’']s services(?: in [^.\d]{1,80}?)?"
        r"|The overall judgement is(?: that children[’']s services?)?)"
        rf" (?:(?:are|is) )?(?P<grade>{_GRADE})"
    )
)

# LAC reports grade their areas again, as a table, under this heading at the end.
_LAC_ROWS: tuple[tuple[str, str], ...] = (
    ("overall", _ws("Overall effectiveness")),
    ("capacity_to_improve", _ws("Capacity to improve")),
    ("outcomes", _ws("Outcomes for looked after children and young people")),
    ("quality_of_provision", _ws("Quality of provision")),
    ("leadership", _ws("Leadership and management")),
)
_LAC_TABLE = re.compile(_ws("Record of main findings"))

# What marks each layout's first page. A focused-visit or monitoring letter
# has none of these: it grades nothing.
_ILACS_MARK = re.compile(_ws("Judgement Grade"))
# Each is a title, so capitalised: a letter's "since the previous inspection
# of services for children in need of help ..." is not one. The title may
# follow the council's name on its line ("Borough of Redcar and Cleveland
# Inspection of ...") and is spelt "Re-inspection" or "Reinspection".
_SIF_MARK = re.compile(
    _ws(r"(?<![\w-])(?:Re-?i|I)nspection of services for children in need of help and protection")
)
_LAC_MARK = re.compile(_ws("^Inspection of looked after children services"), re.M)

# "Lead inspector: Sarah Canto, His Majesty’s Inspector", "Lead inspectors:
# A, His Majesty’s Inspector, and B, ...", "Reporting inspector Gary Lamb HMI"
# (LAC), "Lead inspector on site: ...", "Lead inspector: Karen Wareing (HMI)".
# The names end at the line's end; ILACS puts the table heading "Judgement
# Grade" on the same line, and some SIF reports the deputy and the team.
# Capital "Lead" leaves out "Deputy lead inspector" and a letter's "the lead
# inspector and the director".
_LEAD = re.compile(
    r"(?:Lead inspectors?(?: on site)?|Reporting inspector):?[ \t]+(?P<names>[^\n]+?)"
    r"(?=\s+(?:Judgement\s+Grade|Deputy\s+lead\s+inspector|Team\s+inspectors?\b)|[ \t]*\n|[ \t]*$)"
)
_INSPECTOR_TITLE = re.compile(r",?\s*(?:His|Her)\s+Majesty[’']s\s+Inspectors?|\s+\(?HMI\b\)?")
_NAME_SEPARATOR = re.compile(r",?\s+and\s+|,\s*")


# --------------------------------------------------------------------------
# Extraction


def extract_inspection(doc: Document) -> Inspection | None:
    """The judgements of an inspection report, or None for any other document.

    Focused-visit and monitoring letters, news articles and other documents
    grade nothing and give None.
    """
    framework = _layout(doc)
    if framework is None:
        return None
    readers: dict[str, Callable[[Document], list[Judgement]]] = {
        "ILACS": _ilacs_judgements,
        "SIF": _sif_judgements,
        "LAC": _lac_judgements,
    }
    judgements = readers[framework](doc)
    if not judgements:
        return None
    start, end = inspection_period(doc.text)
    names, span = lead_inspectors(doc.text)
    graded = {j.area for j in judgements}
    if framework == "ILACS" and "overall" not in graded and (start or "") >= REFORM_START:
        framework = "ILACS 2026"
    return Inspection(
        doc_id=doc.doc_id,
        council=_council(doc),
        framework=framework,
        inspection_start=start,
        inspection_end=end,
        published=doc.date,
        lead_inspectors=names,
        lead_inspector_span=span,
        judgements=tuple(judgements),
    )


def _first_pages(doc: Document, n: int = 2) -> int:
    """Offset where page ``n + 1`` begins (the end of the text if it has fewer)."""
    return doc.page_starts[n] if len(doc.page_starts) > n else len(doc.text)


def _layout(doc: Document) -> str | None:
    """Which framework's layout the report uses, from its first page(s)."""
    head = doc.text[: _first_pages(doc, 1)][:4000]
    if _ILACS_MARK.search(head):
        return "ILACS"
    if _SIF_MARK.search(head):
        return "SIF"
    if _LAC_MARK.search(head):
        return "LAC"
    return None


def _ilacs_judgements(doc: Document) -> list[Judgement]:
    mark = _ILACS_MARK.search(doc.text)
    assert mark is not None  # _layout found it
    return _table_rows(doc, _ILACS_ROWS, mark.end(), _first_pages(doc))


def _sif_judgements(doc: Document) -> list[Judgement]:
    """The numbered rows, and the headline before them as the overall judgement."""
    end = _first_pages(doc)
    rows = _table_rows(doc, _SIF_ROWS, 0, end, number=_SIF_NUMBER)
    headline = _SIF_HEADLINE.search(doc.text, 0, rows[0].start if rows else end)
    lscb = [_judgement(doc, "lscb", m, m.start()) for m in [_LSCB.search(doc.text)] if m]
    if headline is None:
        return [*rows, *lscb]
    return [_judgement(doc, "overall", headline, headline.start()), *rows, *lscb]


def _lac_judgements(doc: Document) -> list[Judgement]:
    tables = list(_LAC_TABLE.finditer(doc.text))  # the first is in the contents
    if not tables:
        return []
    return _table_rows(doc, _LAC_ROWS, tables[-1].end(), len(doc.text))


def _table_rows(
    doc: Document,
    rows: Sequence[tuple[str, str]],
    start: int,
    end: int,
    *,
    number: str = "",
) -> list[Judgement]:
    """The first "<label> <grade>" row of each area in ``text[start:end]``, in text order.

    Labels ignore case ("Experiences and progress of Care Leavers", Slough
    2014) and may end in a full stop ("... with children and families.",
    Cheshire East 2020).
    """
    found = []
    for area, label in rows:
        pattern = re.compile(rf"(?<![\w-]){number}(?P<label>(?i:{label}))\.?\s+(?P<grade>{_GRADE})")
        m = pattern.search(doc.text, start, end)
        if m:
            found.append(_judgement(doc, area, m, m.start()))
    return sorted(found, key=lambda j: j.start)


def _judgement(doc: Document, area: str, m: re.Match[str], start: int) -> Judgement:
    return Judgement(
        area=area,
        label=" ".join(m.group("label").split()),
        grade=normalise_grade(m.group("grade")),
        start=start,
        end=m.end(),
        page=doc.page_at(start),
    )


def normalise_grade(words: str) -> str:
    """A grade as the document words it -> one of ``GRADES``.

    >>> normalise_grade("Requires improvement\\n\\nto be good"), normalise_grade("require improvement")
    ('requires_improvement', 'requires_improvement')
    >>> normalise_grade("Outstanding")
    'outstanding'
    """
    key = "_".join(words.lower().split())
    if key.startswith(("requires_improvement", "require_improvement")):
        return "requires_improvement"
    if key not in GRADES:
        raise ValueError(f"{words!r} is not a grade; expected one of {', '.join(GRADES)}")
    return key


def _council(doc: Document) -> str:
    if doc.authorities:
        return doc.authorities[0]
    found = GAZETTEER.find(doc.text[:1000])
    return found[0].authority if found else ""


# --------------------------------------------------------------------------
# Who and when


def lead_inspectors(text: str) -> tuple[tuple[str, ...], tuple[int, int] | None]:
    """The lead inspectors' names and the span of the line that names them.

    >>> lead_inspectors("Lead inspectors: Rebecca Quested, His Majesty’s Inspector, "
    ...                 "and Matthew Reed, His Majesty’s Inspector Judgement Grade")
    (('Rebecca Quested', 'Matthew Reed'), (0, 100))
    """
    m = _LEAD.search(text)
    if not m:
        return (), None
    names = _INSPECTOR_TITLE.sub("", m.group("names"))
    found = tuple(n.strip(" ,.") for n in _NAME_SEPARATOR.split(names) if n.strip(" ,."))
    return found, (m.start(), m.end("names"))

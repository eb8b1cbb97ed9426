"""How far the judgements read from the Ofsted PDFs agree with a third-party CSV.

Reads every PDF under ``<ofsted>/reports/``, extracts its inspection with
``assistant.judgements.extract_inspection``, and compares it with the row of
``<ofsted>/ofsted_csc_ilacs_history.csv`` that has the same urn (the folder's
``<urn>_`` prefix) and ``pdf_filename``. The CSV was scraped from the same
PDFs by JT-39/ofsted-ilacs-scrape-tool: a cross-check, not ground truth.

    python evals/judgements_agreement.py [--ofsted ../shared/ofsted] [--json out.json]

Fields and how ours map onto the CSV's columns:

================  ====================================  =========================================
field             CSV column                            ours (``Inspection.grade(area)``)
================  ====================================  =========================================
overall           overall_effectiveness_grade           overall (SIF: the headline judgement)
leaders           impact_of_leaders_grade               leaders; SIF: leadership (leadership,
                                                        management and governance)
help_and_protection help_and_protection_grade           help_and_protection
in_care           in_care_grade                         in_care (2023 on); in_care_and_care_leavers
                                                        (ILACS 2018-22, one row for both); SIF:
                                                        looked_after
care_leavers      care_leavers_grade                    care_leavers (ILACS 2023 on; SIF 2.2);
                                                        in_care_and_care_leavers where the CSV
                                                        gives a grade for a combined-row report
lead_inspector    inspector_name                        agrees when it is one of lead_inspectors
start_date        inspection_start_date (dd/mm/yyyy)    inspection_start
end_date          inspection_end_date                   inspection_end
================  ====================================  =========================================

SIF adoption and the LAC areas have no CSV column. The CSV writes both
"Requires improvement" and "Requires improvement to be good" as "requires
improvement". CSV values that are not a grade, date or name
(``data_unreadable``, ``inspection_pre_dates_judgement``,
``not_reported_post_reform``, blank, ...) are counted apart under their own
name, and so are fields we did not find; neither counts as a disagreement.

The CSV has no grades, dates or inspector for SIF and LAC reports, so the
script also checks every report on its own: a file the reader rejects (an
HTML error page saved as .pdf) is skipped with the reason, a report that
yields no inspection is listed with its title, and a report whose table
lacks a row of its layout is listed as incomplete. Each disagreement gets a
class (``disagreement_class``); every one was read in the PDF text, and
docs/decisions.md ("Judgements as data") records who is right.
"""

from __future__ import annotations

import argparse
import csv
import json
import re
import sys
import unicodedata
from collections import Counter
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from assistant.documents import Document, read_document  # noqa: E402
from assistant.errors import DocumentError  # noqa: E402
from assistant.judgements import Inspection, extract_inspection  # noqa: E402

CSV_NAME = "ofsted_csc_ilacs_history.csv"
GRADE_FIELDS = ("overall", "leaders", "help_and_protection", "in_care", "care_leavers")
FIELDS = (*GRADE_FIELDS, "lead_inspector", "start_date", "end_date")
CSV_COLUMNS = {
    "overall": "overall_effectiveness_grade",
    "leaders": "impact_of_leaders_grade",
    "help_and_protection": "help_and_protection_grade",
    "in_care": "in_care_grade",
    "care_leavers": "care_leavers_grade",
    "lead_inspector": "inspector_name",
    "start_date": "inspection_start_date",
    "end_date": "inspection_end_date",
}
# Our areas for each CSV grade column, the first one judged being used.
OUR_AREAS = {
    "overall": ("overall",),
    "leaders": ("leaders", "leadership"),
    "help_and_protection": ("help_and_protection",),
    "in_care": ("in_care", "in_care_and_care_leavers", "looked_after"),
    "care_leavers": ("care_leavers", "in_care_and_care_leavers"),
}
# The rows of each layout's table (ILACS: one row for children in care and
# care leavers until 2022, two from 2023).
TABLE_AREAS: dict[str, tuple[tuple[str, ...], ...]] = {
    "LAC": (("overall", "capacity_to_improve", "outcomes", "quality_of_provision", "leadership"),),
    "SIF": (("overall", "help_and_protection", "looked_after", "adoption", "care_leavers", "leadership"),),
    "ILACS": (
        ("leaders", "help_and_protection", "in_care_and_care_leavers", "overall"),
        ("leaders", "help_and_protection", "in_care", "care_leavers", "overall"),
    ),
    "ILACS 2026": (("leaders", "help_and_protection", "in_care", "care_leavers"),),
}
NOT_JUDGED = re.compile(r"\bNot\s+judged\b", re.I)
TWO_PART = "two-part inspection: the CSV ends at the first part"
OTHER_ROW = "csv grade is another row's grade in the same table"
UNEXPLAINED = "unexplained"
CSV_GRADES = {
    "outstanding": "outstanding",
    "good": "good",
    "requires improvement": "requires_improvement",
    "requires improvement to be good": "requires_improvement",
    "inadequate": "inadequate",
}


@dataclass
class Tally:
    """One field's counts: compared, agreed, and why the rest were not compared."""

    compared: int = 0
    agreed: int = 0
    skipped: Counter[str] = field(default_factory=Counter)

    @property
    def percent(self) -> float:
        return 100.0 * self.agreed / self.compared if self.compared else 0.0


@dataclass
class Result:
    """The whole comparison: per-field tallies and each disagreement."""

    tallies: dict[str, Tally]
    disagreements: list[dict[str, str]]
    files: int
    unmatched: list[str]
    not_extracted: dict[str, str] = field(default_factory=dict)  # name -> title
    unreadable: dict[str, str] = field(default_factory=dict)  # name -> why
    incomplete: dict[str, str] = field(default_factory=dict)  # name -> rows missing

    def classes(self) -> Counter[str]:
        """How many disagreements of each class."""
        return Counter(d["class"] for d in self.disagreements)

    def to_dict(self) -> dict[str, Any]:
        return {
            "files": self.files,
            "fields": {
                f: {
                    "compared": t.compared,
                    "agreed": t.agreed,
                    "percent": round(t.percent, 1),
                    "not_compared": dict(t.skipped),
                }
                for f, t in self.tallies.items()
            },
            "disagreements": self.disagreements,
            "disagreement_classes": dict(self.classes()),
            "no_csv_row": self.unmatched,
            "not_extracted": self.not_extracted,
            "unreadable": self.unreadable,
            "incomplete": self.incomplete,
        }


def load_csv(path: Path) -> dict[tuple[str, str], dict[str, str]]:
    """CSV rows keyed by (urn, pdf_filename)."""
    with path.open(encoding="utf-8", newline="") as f:
        return {(r["urn"], r["pdf_filename"]): r for r in csv.DictReader(f)}


def csv_value(fieldname: str, raw: str) -> tuple[str | None, str | None]:
    """(comparable value, None) or (None, why it is not comparable)."""
    value = raw.strip()
    if not value:
        return None, "csv blank"
    if fieldname in GRADE_FIELDS:
        grade = CSV_GRADES.get(value.lower())
        return (grade, None) if grade else (None, f"csv {value}")
    if fieldname.endswith("_date"):
        m = re.fullmatch(r"(\d{2})/(\d{2})/(\d{4})", value)
        return (f"{m.group(3)}-{m.group(2)}-{m.group(1)}", None) if m else (None, f"csv {value}")
    return value, None


def name_key(name: str) -> str:
    """A name compared without accents, case, spaces or hyphens ("Máire" = "Maire")."""
    plain = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode()
    return re.sub(r"[^a-z]", "", plain.lower())


def our_value(insp: Inspection, fieldname: str) -> str | None:
    """Our value for a CSV field, as a string to show."""
    if fieldname in OUR_AREAS:
        return next((g for a in OUR_AREAS[fieldname] if (g := insp.grade(a))), None)
    if fieldname == "lead_inspector":
        return "; ".join(insp.lead_inspectors) or None
    return insp.inspection_start if fieldname == "start_date" else insp.inspection_end


def agrees(fieldname: str, ours: str, theirs: str) -> bool:
    if fieldname == "lead_inspector":
        return name_key(theirs) in {name_key(n) for n in ours.split("; ")}
    return ours == theirs


def disagreement_class(insp: Inspection, fieldname: str, theirs: str) -> str:
    """Why we and the CSV differ, as far as the records show; each was read in the PDF.

    ``TWO_PART``: the CSV's end date falls inside our inspection period (the
    inspectors paused and came back: "5 to 9 December 2022 and 14 to 15
    February 2023"). ``OTHER_ROW``: the CSV's grade is the grade of another
    row of the report's table (a scraper reading the row above or below).
    """
    start, end = insp.inspection_start or "", insp.inspection_end or ""
    if fieldname == "end_date" and start <= theirs < end:
        return TWO_PART
    if fieldname in OUR_AREAS:
        others = {j.grade for j in insp.judgements if j.area not in OUR_AREAS[fieldname]}
        if theirs in others:
            return OTHER_ROW
    return UNEXPLAINED


def missing_rows(doc: Document, insp: Inspection) -> str | None:
    """The rows of its layout's table the report lacks, or None if it has them all."""
    found = {j.area for j in insp.judgements}
    layouts = TABLE_AREAS.get(insp.framework, ((),))
    missing = min(([a for a in areas if a not in found] for areas in layouts), key=len)
    if not missing:
        return None
    head_end = doc.page_starts[2] if len(doc.page_starts) > 2 else len(doc.text)
    said = "; the table says 'Not judged'" if NOT_JUDGED.search(doc.text, 0, head_end) else ""
    return ", ".join(missing) + said


def compare_one(
    insp: Inspection, row: Mapping[str, str], name: str, tallies: dict[str, Tally]
) -> list[dict[str, str]]:
    """Tally one report's fields; return its disagreements."""
    found = []
    for f in FIELDS:
        theirs, why = csv_value(f, row[CSV_COLUMNS[f]])
        ours = our_value(insp, f)
        if theirs is None or ours is None:
            tallies[f].skipped[why or "ours not found"] += 1
            continue
        tallies[f].compared += 1
        if agrees(f, ours, theirs):
            tallies[f].agreed += 1
        else:
            kind = disagreement_class(insp, f, theirs)
            found.append({"file": name, "field": f, "ours": ours, "csv": theirs, "class": kind})
    return found


def compare(
    ofsted: Path,
    *,
    progress: Callable[[str], None] | None = None,
    read: Callable[[Path], Document] | None = None,
) -> Result:
    """Extract every report under ``ofsted/reports`` and compare it with the CSV.

    ``progress`` is called with each report's name; ``read`` reads a PDF
    (default ``read_document``), so a caller can share documents it has read.
    """
    rows = load_csv(ofsted / CSV_NAME)
    result = Result({f: Tally() for f in FIELDS}, [], 0, [])
    for pdf in sorted((ofsted / "reports").glob("*/*.pdf")):
        name = pdf.relative_to(ofsted / "reports").as_posix()
        result.files += 1
        if progress:
            progress(name)
        try:
            doc = read(pdf) if read else read_document(pdf, root=ofsted)
        except DocumentError as e:  # an HTML error page saved as .pdf, say
            result.unreadable[name] = str(e).removeprefix(f"{pdf.name}: ")
            continue
        row = rows.get((pdf.parent.name.split("_", 1)[0], pdf.name))
        check_one(doc, row, name, result)
    return result


def check_one(doc: Document, row: Mapping[str, str] | None, name: str, result: Result) -> None:
    """Extract one report, check its table is whole, and compare it with its CSV row."""
    insp = extract_inspection(doc)
    if insp is None:
        result.not_extracted[name] = doc.title
        return
    missing = missing_rows(doc, insp)
    if missing:
        result.incomplete[name] = missing
    if row is None:
        result.unmatched.append(name)
    else:
        result.disagreements += compare_one(insp, row, name, result.tallies)


def print_report(result: Result) -> None:
    print(
        f"{result.files} reports; {len(result.unreadable)} unreadable (skipped); "
        f"{len(result.not_extracted)} not extracted; {len(result.incomplete)} incomplete tables; "
        f"{len(result.unmatched)} with no CSV row"
    )
    print(f"{'field':<20} {'compared':>8} {'agree':>6} {'agree %':>8}  not compared")
    for f, t in result.tallies.items():
        skipped = ", ".join(f"{k} {v}" for k, v in sorted(t.skipped.items()))
        print(f"{f:<20} {t.compared:>8} {t.agreed:>6} {t.percent:>7.1f}%  {skipped}")
    print(f"\n{len(result.disagreements)} disagreements (file | field | ours | csv | class):")
    for d in result.disagreements:
        print(f"  {d['file']} | {d['field']} | {d['ours']} | {d['csv']} | {d['class']}")
    for kind, n in sorted(result.classes().items()):
        print(f"  class {kind!r}: {n}")
    print()
    for name, why in result.unreadable.items():
        print(f"  skipped, unreadable: {name}: {why}")
    for name, title in result.not_extracted.items():
        print(f"  not extracted: {name} ({title})")
    for name, missing in result.incomplete.items():
        print(f"  incomplete table: {name}: no row for {missing}")
    for name in result.unmatched:
        print(f"  no CSV row: {name}")


def main() -> None:
    p = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    p.add_argument("--ofsted", type=Path, default=ROOT.parent / "shared" / "ofsted")
    p.add_argument("--json", type=Path, help="also write the result here")
    args = p.parse_args()
    if not (args.ofsted / CSV_NAME).exists():
        p.error(f"{args.ofsted / CSV_NAME} not found; pass --ofsted <folder with reports/ and {CSV_NAME}>")
    result = compare(args.ofsted)
    print_report(result)
    if args.json:
        args.json.write_text(
            json.dumps(result.to_dict(), indent=2, ensure_ascii=False) + "\n", encoding="utf-8"
        )


if __name__ == "__main__":
    main()

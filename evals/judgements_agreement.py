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
    not_extracted: list[str]

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
            "no_csv_row": self.unmatched,
            "not_extracted": self.not_extracted,
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
            found.append({"file": name, "field": f, "ours": ours, "csv": theirs})
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
    tallies = {f: Tally() for f in FIELDS}
    result = Result(tallies, [], 0, [], [])
    for pdf in sorted((ofsted / "reports").glob("*/*.pdf")):
        name = pdf.relative_to(ofsted / "reports").as_posix()
        result.files += 1
        if progress:
            progress(name)
        doc = read(pdf) if read else read_document(pdf, root=ofsted)
        insp = extract_inspection(doc)
        row = rows.get((pdf.parent.name.split("_", 1)[0], pdf.name))
        if insp is None:
            result.not_extracted.append(name)
        elif row is None:
            result.unmatched.append(name)
        else:
            result.disagreements += compare_one(insp, row, name, tallies)
    return result


def print_report(result: Result) -> None:
    print(
        f"{result.files} reports; {len(result.not_extracted)} not extracted; "
        f"{len(result.unmatched)} with no CSV row"
    )
    print(f"{'field':<20} {'compared':>8} {'agree':>6} {'agree %':>8}  not compared")
    for f, t in result.tallies.items():
        skipped = ", ".join(f"{k} {v}" for k, v in sorted(t.skipped.items()))
        print(f"{f:<20} {t.compared:>8} {t.agreed:>6} {t.percent:>7.1f}%  {skipped}")
    print(f"\n{len(result.disagreements)} disagreements (file, field, ours, csv):")
    for d in result.disagreements:
        print(f"  {d['file']} | {d['field']} | {d['ours']} | {d['csv']}")
    for name in result.not_extracted + result.unmatched:
        print(f"  not compared: {name}")


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

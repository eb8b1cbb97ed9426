"""Evaluation of questions across councils: routes, council lists, counts and comparisons.

A cross-council question file (``evals/cross_council_questions.jsonl``) has
one question a line, each with a ``kind``:

- ``list``: a finding list; ``gold_councils`` (found by searching every
  document, as its ``gold_search`` records), ``ambiguous`` councils that
  count neither way, and for "how many" an ``answer_number``;
- ``count``: a count from the judgement tables, ``answer_number`` and
  ``gold_councils`` from the Ofsted CSV;
- ``compare``: a comparison of the ``councils`` named;
- ``route``: only the answer path is checked.

Every question has the ``route`` it should take ("grades", "findings",
"compare", "visits" or "passages") and a ``split`` ("dev" is tuned on, "test" never).

The figures: routing accuracy and misroutes; council precision and recall
of lists and counts (micro-averaged over questions; ambiguous councils left
out); exact counts (the number an answer starts with); section completeness
of comparisons (named councils answered from their own documents, or said
to have nothing on the topic) and citations of a council not asked about.

>>> route_of("judgements"), route_of("extractive")
('grades', 'passages')
>>> first_number("31 councils' reports state this (read 157 reports).")
31
"""

from __future__ import annotations

import json
import re
import time
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from assistant.errors import AssistantError
from assistant.evaluation import percentile

KINDS = ("list", "count", "compare", "route")
ROUTES = ("grades", "findings", "compare", "visits", "passages")
_ROUTE_OF_KIND = {"judgements": "grades", "findings": "findings", "comparison": "compare", "visits": "visits"}
METRICS = (
    "questions",
    "routing_accuracy",
    "misroutes",
    "council_precision",
    "council_recall",
    "counts_exact",
    "section_completeness",
    "wrong_council",
    "latency_p95_ms",
)


def is_cross_file(path: str | Path) -> bool:
    """Whether a question file is a cross-council one (its first question has a ``kind`` and a ``route``)."""
    for line in Path(path).read_text(encoding="utf-8").splitlines():
        if line.strip():
            try:
                first = json.loads(line)
            except ValueError:
                return False
            return isinstance(first, dict) and "kind" in first and "route" in first
    return False


def load_cross_questions(path: str | Path) -> list[dict[str, Any]]:
    """The questions of a cross-council file; raise ``AssistantError`` naming a bad line."""
    out = []
    for n, line in enumerate(Path(path).read_text(encoding="utf-8").splitlines(), start=1):
        if not line.strip():
            continue
        try:
            q = json.loads(line)
            missing = [k for k in ("id", "question", "kind", "route", "split") if k not in q]
            if missing:
                raise KeyError(", ".join(missing))
            if q["kind"] not in KINDS or q["route"] not in ROUTES:
                raise ValueError(
                    f"kind {q['kind']!r} or route {q['route']!r} is not one of {KINDS} / {ROUTES}"
                )
        except (ValueError, KeyError, TypeError) as e:
            raise AssistantError(f"{path}:{n}: not a valid cross-council question ({e})") from e
        out.append(q)
    return out


def route_of(kind: str) -> str:
    """The route an answer took, from its ``Answer.kind``."""
    return _ROUTE_OF_KIND.get(kind, "passages")


def first_number(text: str) -> int | None:
    """The number an answer starts with ("31 councils ..."), or None."""
    m = re.match(r"\W*(\d+)\b", text)
    return int(m.group(1)) if m else None


def evaluate_question(assistant: Any, q: dict[str, Any]) -> dict[str, Any]:
    """Ask ``q``; its route, and the figures its kind is scored on."""
    t0 = time.perf_counter()
    answer = assistant.ask(q["question"])
    row: dict[str, Any] = {
        "id": q["id"],
        "kind": q["kind"],
        "split": q["split"],
        "route": q["route"],
        "got_route": route_of(answer.kind),
        "seconds": round(time.perf_counter() - t0, 3),
    }
    records = answer.table.records if answer.table is not None else ()
    if q["kind"] in ("list", "count"):
        got = {r.council for r in records} if row["got_route"] == q["route"] else set()
        gold, ambiguous = set(q.get("gold_councils", ())), set(q.get("ambiguous", ()))
        scored = got - ambiguous
        row.update(
            councils=sorted(got),
            true_positives=len(scored & gold),
            returned=len(scored),
            gold=len(gold),
            false_positives=sorted(scored - gold),
            missed=sorted(gold - got),
        )
        if q["kind"] == "count":  # a finding count is scored by its list (precision, recall)
            row["number"] = first_number(answer.text)
            row["count_exact"] = row["number"] == q["answer_number"]
    if q["kind"] == "compare":
        row.update(_sections(answer, q["councils"]))
    return row


def _sections(answer: Any, councils: Sequence[str]) -> dict[str, Any]:
    """Named councils with a section from their own documents (or saying there is nothing), and strays."""
    cited = {c.authority for c in answer.citations}
    said_nothing = {c for c in councils if re.search(rf"### {re.escape(c)}\n\nNothing on this", answer.text)}
    answered = [c for c in councils if c in cited or c in said_nothing]
    return {
        "sections": len(answered),
        "councils_named": len(councils),
        "dropped": [c for c in councils if c not in answered],
        "wrong_council": sum(1 for c in answer.citations if c.authority not in councils),
        "citations": len(answer.citations),
    }


def summarise_cross(rows: Sequence[dict[str, Any]]) -> dict[str, float]:
    """The figures of a set of rows (a whole run, or one split)."""
    listed = [r for r in rows if "true_positives" in r]
    tp = sum(r["true_positives"] for r in listed)
    returned = sum(r["returned"] for r in listed)
    gold = sum(r["gold"] for r in listed)
    counted = [r for r in rows if "count_exact" in r]
    compared = [r for r in rows if "sections" in r]
    named = sum(r["councils_named"] for r in compared)
    cited = sum(r["citations"] for r in compared)
    return {
        "questions": len(rows),
        "routing_accuracy": _share(sum(r["route"] == r["got_route"] for r in rows), len(rows)),
        "misroutes": sum(r["route"] != r["got_route"] for r in rows),
        "council_precision": _share(tp, returned),
        "council_recall": _share(tp, gold),
        "counts_exact": _share(sum(bool(r["count_exact"]) for r in counted), len(counted)),
        "section_completeness": _share(sum(r["sections"] for r in compared), named),
        "wrong_council": _share(sum(r["wrong_council"] for r in compared), cited),
        "latency_p95_ms": 1000 * percentile([r["seconds"] for r in rows], 95),
    }


def _share(part: float, whole: float) -> float:
    return part / whole if whole else 0.0


def run_cross(assistant: Any, questions: Sequence[dict[str, Any]]) -> dict[str, Any]:
    """Every question asked; figures overall, per split and per kind, and a row per question."""
    rows = [evaluate_question(assistant, q) for q in questions]
    groups: dict[str, list[dict[str, Any]]] = {"all": rows}
    for r in rows:
        groups.setdefault(f"split:{r['split']}", []).append(r)
        groups.setdefault(f"kind:{r['kind']}", []).append(r)
    return {"groups": {name: summarise_cross(g) for name, g in groups.items()}, "questions": rows}


def run_cross_file(
    path: str, *, corpus: Sequence[str] | None, settings: Any, index_dir: str, split: str | None = None
) -> dict[str, Any]:
    """``run_cross`` on a question file (or one split of it).

    With ``corpus`` the index in ``index_dir`` is built or updated from it
    first; without, the index there is only loaded (the questions are about
    the whole Ofsted collection, so a built index is the usual case).
    """
    from assistant.api import Assistant

    questions = [q for q in load_cross_questions(path) if split is None or q["split"] == split]
    if not questions:
        raise AssistantError(f"{path} has no questions of the split {split!r}")
    if corpus:
        assistant = Assistant.from_corpus(list(corpus), index_dir=index_dir, settings=settings)
    else:
        assistant = Assistant.load(index_dir, settings=settings)
    return {"questions_file": path, "split": split, **run_cross(assistant, questions)}

"""Latency of questions across councils on a built index: finding lists over every report, and others.

    python bench/cross_council.py --index-dir /path/to/whole-collection-index [--repeat 3]

Finding lists here name no recent period ("since 2012"), so each reads
every inspection report of the collection; their p95 is the figure issue
16 sets (under 3 s). The model is loaded and warmed first; each question's
own embedding (one per question) is part of its time. Grade counts and
comparisons are timed beside them. Prints one row per question and a
p50/p95 row per kind, in milliseconds.
"""

from __future__ import annotations

import argparse
import statistics
import time

from assistant import Assistant
from assistant.evaluation import percentile

QUESTIONS = {
    "findings (every report)": [
        "Which councils were criticised for high caseloads in inspections since 2012?",
        "Which councils did Ofsted praise for manageable caseloads in inspections since 2012?",
        "Where did Ofsted find care leavers living in bed and breakfast accommodation since 2012?",
        "How many councils' reports since 2012 say children experience too many changes of social worker?",
        "Which councils were criticised for delays in pre-proceedings in inspections since 2012?",
        "Which councils' reports since 2012 say return home interviews are not timely?",
    ],
    "findings (latest reports)": [
        "Which councils have caseloads that are too high?",
        "Which councils were criticised for weak management oversight?",
    ],
    "grades": [
        "How many councils were judged inadequate overall in inspections that ended in 2019?",
        "Which councils improved from inadequate to good?",
    ],
    "comparison": [
        "Compare Devon and Cornwall on care leavers",
        "Compare Sunderland, Gateshead, Durham, Newcastle upon Tyne and North Tyneside on leadership",
    ],
}


def main() -> None:
    p = argparse.ArgumentParser()
    p.add_argument("--index-dir", default="index")
    p.add_argument("--repeat", type=int, default=3, help="times each question is asked (the median is shown)")
    args = p.parse_args()
    a = Assistant.load(args.index_dir)
    a.search("warm up the model", k=5)
    reports = sum(1 for d in a.documents.values() if d.doc_type == "inspection report")
    chunks = len(a.index.chunks)
    print(f"{args.index_dir}: {len(a.documents)} documents ({reports} inspection reports), {chunks} chunks")
    print(f"{'kind':<26}  {'ms':>7}  {'rows':>4}  first line of the answer")
    summary = {}
    for kind, questions in QUESTIONS.items():
        times = []
        for q in questions:
            runs = []
            for _ in range(args.repeat):
                t = time.perf_counter()
                answer = a.ask(q)
                runs.append(1000 * (time.perf_counter() - t))
            times.extend(runs)
            rows = len(answer.table.rows) if answer.table is not None else 0
            print(
                f"{kind:<26}  {statistics.median(runs):7.0f}  {rows:4d}  {answer.text.splitlines()[0][:90]}"
            )
        summary[kind] = (statistics.median(times), percentile(times, 95))
    print()
    print(f"{'kind':<26}  {'p50 ms':>7}  {'p95 ms':>7}")
    for kind, (p50, p95) in summary.items():
        print(f"{kind:<26}  {p50:7.0f}  {p95:7.0f}")


if __name__ == "__main__":
    main()

"""Choose the abstention threshold on the eval questions.

Runs every question with abstention switched off, records the best
sentence's score (``Answer.confidence``), and prints, for each candidate
threshold, how many answerable questions would still be answered and how
many unanswerable ones would be refused. Questions refused for another
reason (a council with no documents, a place outside England) do not depend
on the threshold and are reported apart.

    python evals/calibrate.py evals/questions.jsonl [--corpus corpus] [--index-dir index]
"""

from __future__ import annotations

import argparse

from assistant import Assistant, Settings
from assistant.evaluation import load_questions


def main() -> None:
    p = argparse.ArgumentParser()
    p.add_argument("questions", nargs="+")
    p.add_argument("--corpus", nargs="+", default=["corpus"])
    p.add_argument("--index-dir", default="index")
    args = p.parse_args()
    settings = Settings(answer_threshold=-1.0)
    a = Assistant.from_corpus(args.corpus, index_dir=args.index_dir, settings=settings)
    rows = []
    for path in args.questions:
        for q in load_questions(path):
            ans = a.ask(q.question)
            rows.append((q.answerable, ans.answered, ans.confidence, q.id))
    fixed = [r for r in rows if not r[1]]
    scored = [r for r in rows if r[1]]
    print(
        f"{len(rows)} questions; {len(fixed)} refused whatever the threshold "
        f"({sum(1 for r in fixed if not r[0])} of them unanswerable)"
    )
    print(f"{'threshold':>9}  {'answerable kept':>15}  {'unanswerable refused':>20}  {'accuracy':>8}")
    n_ans = sum(1 for r in scored if r[0])
    n_un = sum(1 for r in scored if not r[0])
    best = (0.0, -1.0)
    for t in [x / 100 for x in range(0, 80, 2)]:
        kept = sum(1 for r in scored if r[0] and r[2] >= t)
        refused = sum(1 for r in scored if not r[0] and r[2] < t)
        acc = (kept + refused) / max(1, len(scored))
        if acc > best[1]:
            best = (t, acc)
        print(f"{t:9.2f}  {kept:>7}/{n_ans:<7}  {refused:>10}/{n_un:<9}  {acc:8.3f}")
    print(f"best threshold: {best[0]:.2f} (accuracy {best[1]:.3f} on the questions the threshold decides)")
    print("unanswerable questions reaching the threshold:")
    for r in sorted(scored, key=lambda r: -r[2]):
        if not r[0]:
            print(f"  {r[2]:.3f}  {r[3]}")


if __name__ == "__main__":
    main()

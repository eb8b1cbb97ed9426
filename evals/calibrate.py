"""Choose the abstention thresholds on the eval questions.

Runs every question with the thresholds switched off (``answer_threshold``,
``open_answer_threshold``, ``named_answer_threshold``, ``topic_threshold`` and
``domain_threshold``), records the best sentence's
score (``Answer.confidence``), the best passage's cosine (the topic gate's
score) and the cosine to the collection's mean vector (the domain gate's),
and prints, for each candidate threshold, how many answerable
questions would still be answered, how many unanswerable ones refused, and
the abstention precision and recall the eval reports (refusals that were
right / refusals; unanswerable questions refused / unanswerable questions).
Questions refused for another reason (a council with no documents, a place
outside England, a named gap) do not depend on the thresholds and count as
refusals in every row.

    python evals/calibrate.py evals/questions.jsonl [--corpus corpus] [--index-dir index]
    python evals/calibrate.py evals/ofsted_questions.jsonl --index-dir /work/whole-i8q/index --split dev

With ``--index-dir`` alone (no ``--corpus``) the built index is loaded as it
is, never rebuilt.
"""

from __future__ import annotations

import argparse
import dataclasses
from collections.abc import Sequence

from assistant import Assistant, Settings
from assistant.answers.topic import content_words, domain_similarity
from assistant.evaluation import load_questions
from assistant.query import parse_query

# (answerable, refused whatever the thresholds, best sentence score, topic cosine, id, domain cosine,
# names a council, names one council's inspection or visit)
Row = tuple[bool, bool, float, float, str, float, bool, bool]


def main() -> None:
    p = argparse.ArgumentParser()
    p.add_argument("questions", nargs="+")
    p.add_argument("--corpus", nargs="+", default=None, help="index these paths (default: load --index-dir)")
    p.add_argument("--index-dir", default="index")
    p.add_argument("--split", default=None, help="questions of this split only (dev or test)")
    args = p.parse_args()
    off = {
        "answer_threshold": -1.0,
        "open_answer_threshold": -1.0,
        "named_answer_threshold": -1.0,
        "topic_threshold": -1.0,
        "domain_threshold": -2.0,
    }
    if args.corpus:
        a = Assistant.from_corpus(args.corpus, index_dir=args.index_dir, settings=Settings(**off))
    else:
        a = Assistant.load(args.index_dir)  # the build's own settings (Settings.of_index)
        a.settings = dataclasses.replace(a.settings, **off)
    defaults = Settings()
    rows: list[Row] = []
    for path in args.questions:
        for q in load_questions(path):
            if args.split and q.split != args.split:
                continue
            ans = a.ask(q.question)
            parsed = parse_query(q.question)
            best = a.retriever.rank(parsed.search_text, k=1, mode="dense")
            topic = float(best[0][1]) if best else 0.0
            # A question naming a council and nothing else is never off the collection's topic (ask.py).
            vector = a.retriever.query_vector(parsed.search_text)
            exempt = parsed.authorities and not content_words(parsed.search_text)
            domain = 1.0 if exempt else domain_similarity(vector, a.index.vectors)
            named = bool(parsed.authorities)
            # one council's inspection or visit named: held to named_answer_threshold (ask.py)
            period = len(parsed.authorities) == 1 and parsed.period is not None
            rows.append((q.answerable, not ans.answered, ans.confidence, topic, q.id, domain, named, period))
    fixed = [r for r in rows if r[1]]
    print(
        f"{len(rows)} questions; {len(fixed)} refused whatever the thresholds "
        f"({sum(1 for r in fixed if not r[0])} of them unanswerable)"
    )
    _table(
        "answer_threshold (best sentence score, questions naming no council's inspection or visit)",
        rows,
        lambda r, t: not r[7] and r[2] < t,
        defaults.answer_threshold,
    )
    _table(
        "named_answer_threshold (best sentence score, questions naming one council's inspection or visit)",
        rows,
        lambda r, t: r[7] and r[2] < t,
        defaults.named_answer_threshold,
    )
    _table(
        "open_answer_threshold (best sentence score, questions naming no council)",
        rows,
        lambda r, t: not r[6] and r[2] < t,
        defaults.open_answer_threshold,
        steps=range(30, 82, 4),
    )
    _table("topic_threshold (best passage cosine)", rows, lambda r, t: r[3] < t, defaults.topic_threshold)
    _table(
        "domain_threshold (cosine to the collection's mean)",
        rows,
        lambda r, t: r[5] < t,
        defaults.domain_threshold,
        steps=range(-10, 32, 2),
    )
    print("unanswerable questions left to the thresholds (sentence score, topic cosine, domain cosine):")
    for r in sorted(rows, key=lambda r: -r[2]):
        if not r[0] and not r[1]:
            print(f"  {r[2]:.3f}  {r[3]:.3f}  {r[5]:.3f}  {r[4]}")
    print("answerable questions scoring lowest:")
    for r in sorted((r for r in rows if r[0] and not r[1]), key=lambda r: r[2])[:8]:
        print(f"  {r[2]:.3f}  {r[3]:.3f}  {r[5]:.3f}  {r[4]}")
    print("answerable questions lowest on the domain cosine:")
    for r in sorted((r for r in rows if r[0] and not r[1]), key=lambda r: r[5])[:5]:
        print(f"  {r[2]:.3f}  {r[3]:.3f}  {r[5]:.3f}  {r[4]}")


def _table(  # type: ignore[no-untyped-def]
    title: str, rows: Sequence[Row], refuses, current: float, *, steps: range = range(20, 62, 2)
) -> None:
    """Abstention precision and recall if ``refuses(row, t)`` decided the questions left to the threshold."""
    n_un = sum(1 for r in rows if not r[0])
    print(f"\n{title}; the default is {current:.2f}")
    header = ("threshold", "answerable kept", "unanswerable refused", "precision", "recall")
    print(f"{header[0]:>9}  {header[1]:>15}  {header[2]:>20}  {header[3]:>9}  {header[4]:>6}")
    n_ans = sum(1 for r in rows if r[0])
    for t in [x / 100 for x in steps]:
        refused = [r for r in rows if r[1] or refuses(r, t)]
        right = sum(1 for r in refused if not r[0])
        kept = n_ans - (len(refused) - right)
        precision = right / len(refused) if refused else 1.0
        recall = right / n_un if n_un else 1.0
        print(f"{t:9.2f}  {kept:>7}/{n_ans:<7}  {right:>10}/{n_un:<9}  {precision:9.3f}  {recall:6.3f}")


if __name__ == "__main__":
    main()

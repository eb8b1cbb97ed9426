"""Where a search's time goes: cProfile over every question, printed by function.

    python bench/profile_search.py --index-dir bench/results/work/100k/index [--mode hybrid] [--top 25]

``Assistant.load``, a warm-up, then every question of ``--questions`` once
through ``Assistant.search(q, k=10)`` with the query-vector cache cleared
before each (as ``probe.py`` times it), under cProfile. Prints the
functions with the most cumulative time, and the share of the searches'
wall time spent in the model, BM25, the dense index, filters and fusion.
"""

from __future__ import annotations

import argparse
import cProfile
import io
import os
import pstats
import sys
import time
from pathlib import Path

os.environ.setdefault("HF_HUB_OFFLINE", "1")
os.environ.setdefault("TOKENIZERS_PARALLELISM", "false")

ROOT = Path(__file__).resolve().parent.parent

from assistant import Assistant  # noqa: E402
from assistant.evaluation import load_questions  # noqa: E402

# (label, file fragment, function) of the stages whose cumulative time is reported.
STAGES = [
    ("query embedding", "dense.py", "encode"),
    ("BM25", "sparse.py", "top_k"),
    ("dense index", "dense.py", "top_k"),
    ("filters (masks)", "retrieval.py", "mask_of"),
    ("query parsing", "retrieval.py", "infer_filters"),
    ("fusion", "fusion.py", "convex"),
    ("fusion (RRF)", "fusion.py", "rrf"),
    ("passages", "retrieval.py", "passage"),
]


def main() -> None:
    p = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    p.add_argument("--index-dir", required=True)
    p.add_argument("--questions", default=str(ROOT / "evals" / "ofsted_questions.jsonl"))
    p.add_argument("--mode", default="hybrid")
    p.add_argument("--top", type=int, default=25)
    args = p.parse_args()
    a = Assistant.load(args.index_dir)
    texts = [q.question for q in load_questions(args.questions)]
    for q in texts[:5]:
        a.search(q, k=10, mode=args.mode)
    profiler = cProfile.Profile()
    t = time.perf_counter()
    for q in texts:
        a.retriever._vectors.clear()
        profiler.enable()
        a.search(q, k=10, mode=args.mode)
        profiler.disable()
    wall = time.perf_counter() - t
    stats = pstats.Stats(profiler)
    total = sum(v[3] for k, v in stats.stats.items() if k[2] == "search" and k[0].endswith("retrieval.py"))  # type: ignore[attr-defined]
    print(
        f"{len(texts)} {args.mode} searches: {1000 * total / len(texts):.2f} ms each under cProfile "
        f"({1000 * wall / len(texts):.2f} ms wall with the loop); load average {os.getloadavg()[0]:.2f}"
    )
    for label, fragment, func in STAGES:
        cum = sum(v[3] for k, v in stats.stats.items() if k[2] == func and k[0].endswith(fragment))  # type: ignore[attr-defined]
        calls = sum(v[1] for k, v in stats.stats.items() if k[2] == func and k[0].endswith(fragment))  # type: ignore[attr-defined]
        print(
            f"  {label:18s} {1000 * cum / len(texts):7.2f} ms per search ({calls / len(texts):.1f} calls), "
            f"{cum / total:6.1%}"
        )
    out = io.StringIO()
    pstats.Stats(profiler, stream=out).sort_stats("cumulative").print_stats(args.top)
    print(out.getvalue())


if __name__ == "__main__":
    sys.exit(main())

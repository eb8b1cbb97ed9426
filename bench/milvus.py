"""The milvus-lite column: build rate and search latency per mode, next to the embedded backend.

    python bench/milvus.py --index-dir bench/results/work/ofsted/index \\
        --index-dir bench/results/work/100k/index [--queries 78] [--json bench/results/milvus.json]

For each built index (``bench/collection.py`` leaves the Ofsted build and
the 100,000-chunk replica in its ``--work-dir``): the build is loaded with
``store.load``; its chunks fill a fresh milvus-lite collection in a
temporary ``.db`` file (``milvus.fill``, batched, as ``assistant
index --backend milvus`` does); then every Ofsted question is ranked
(``k=10``) per mode by both backends, the embedded one and Milvus, with
query vectors computed once beforehand, so the figures are the backends'
own search times, not the model's. A last row repeats Milvus with a
one-council filter (Stoke-on-Trent), which milvus-lite evaluates as a
boolean expression.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

os.environ.setdefault("HF_HUB_OFFLINE", "1")
os.environ.setdefault("TOKENIZERS_PARALLELISM", "false")

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent

from assistant.config import MODES, Settings  # noqa: E402
from assistant.evaluation import load_questions, percentile  # noqa: E402
from assistant.search import milvus, store  # noqa: E402
from assistant.search.base import SearchBackend, Where  # noqa: E402
from assistant.search.dense import get_embedder  # noqa: E402
from assistant.search.embedded import EmbeddedBackend  # noqa: E402


def timed_ranks(
    backend: SearchBackend, questions: list[str], vector: Callable[[str], Any], mode: str, where: Where | None
) -> dict[str, float]:
    backend.rank(questions[0], vector, k=10, mode=mode, where=where, allowed=None)  # warm
    ms = []
    for q in questions:
        t = time.perf_counter()
        backend.rank(q, vector, k=10, mode=mode, where=where, allowed=None)
        ms.append(1000 * (time.perf_counter() - t))
    return {"p50_ms": statistics.median(ms), "p95_ms": percentile(ms, 95)}


def measure(index_dir: Path, questions: list[str], work: Path) -> dict[str, Any]:
    settings = Settings()
    t = time.perf_counter()
    data = store.load(index_dir)
    load_s = time.perf_counter() - t
    db = work / f"{index_dir.parent.name}.db"
    shutil.rmtree(db, ignore_errors=True)
    client = milvus.connect(str(db))
    name = f"bench_{len(data.chunks)}"
    t = time.perf_counter()
    milvus.fill(client, name, data, settings=settings)
    build_s = time.perf_counter() - t
    ours = EmbeddedBackend(data, settings)
    in_milvus = milvus.MilvusBackend(client, str(db), name, settings=settings)
    embedder = get_embedder(settings.embedding_model)
    vectors = dict(zip(questions, embedder.encode(questions), strict=True))

    def vector(q: str) -> Any:
        return vectors[q]

    latency: dict[str, dict[str, dict[str, float]]] = {"embedded": {}, "milvus": {}, "milvus+council": {}}
    for mode in MODES:
        latency["embedded"][mode] = timed_ranks(ours, questions, vector, mode, None)
        latency["milvus"][mode] = timed_ranks(in_milvus, questions, vector, mode, None)
        latency["milvus+council"][mode] = timed_ranks(
            in_milvus, questions, vector, mode, Where(authorities=("Stoke-on-Trent",))
        )
    return {
        "index": str(index_dir),
        "chunks": len(data.chunks),
        "load_seconds": load_s,
        "milvus_build_seconds": build_s,
        "milvus_build_rate": len(data.chunks) / build_s,
        "latency": latency,
    }


def main() -> None:
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument(
        "--index-dir", type=Path, action="append", required=True, help="a built index (repeatable)"
    )
    p.add_argument("--questions", type=Path, default=ROOT / "evals" / "ofsted_questions.jsonl")
    p.add_argument("--queries", type=int, default=78, help="questions to time (default: all 78)")
    p.add_argument("--json", dest="json_out", type=Path)
    args = p.parse_args()
    questions = [q.question for q in load_questions(args.questions)][: args.queries]
    results = []
    with tempfile.TemporaryDirectory(prefix="bench-milvus-") as tmp:
        for index_dir in args.index_dir:
            print(
                f"[{index_dir}] filling milvus-lite and timing {len(questions)} questions per mode",
                flush=True,
            )
            results.append(measure(index_dir, questions, Path(tmp)))
    print()
    print(
        "| chunks | backend | build chunks/s | bm25 p50 / p95 ms | dense p50 / p95 ms | hybrid p50 / p95 ms |"
    )
    print("|---|---|---|---|---|---|")
    for r in results:
        for label, lat in r["latency"].items():
            rate = f"{r['milvus_build_rate']:,.0f}" if label == "milvus" else "-"
            cells = " | ".join(f"{lat[m]['p50_ms']:.1f} / {lat[m]['p95_ms']:.1f}" for m in MODES)
            print(f"| {r['chunks']:,} | {label} | {rate} | {cells} |")
    if args.json_out:
        args.json_out.parent.mkdir(parents=True, exist_ok=True)
        args.json_out.write_text(json.dumps(results, indent=2), encoding="utf-8")
        print(f"wrote {args.json_out}")


if __name__ == "__main__":
    sys.exit(main())

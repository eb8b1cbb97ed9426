"""Dense search alone: the exact scan against HNSW and scalar quantisation, by size and filter.

    python bench/dense_index.py --index-dir bench/results/work/100k/index \\
        [--sizes 10k,20k,50k,100k] [--ef 64,128,256] [--json bench/results/dense_index.json]

The vectors of a built index (e.g. the replicated 100k collection of
``collection.py``) and the Ofsted questions, embedded once. For each size
(the first N vectors) it times ``top_k(q, 100)`` (``fusion_candidates``:
what a hybrid search asks for) on faiss's ``IndexFlatIP`` searched as the
previous ``DenseIndex`` did (the reference), ``DenseIndex`` exact and HNSW
at several ``efSearch``, and faiss's
``IndexScalarQuantizer`` fp16 and 8-bit scans (their top 200 rescored from
the float32 vectors), and reports recall@10 and recall@100 against the
reference. Then, at the largest size, filtered searches with the masks of
real filters (one council; one year) through HNSW with a selector and
through the exact scan of the allowed rows: latency and recall by the
number of allowed chunks, which is where ``EXACT_MAX_ALLOWED`` comes from.
Finally single-query embedding latency with torch's default threads and
with one thread. Timings are medians and 95th percentiles (ms) over every
question, repeated ``--reps`` times, after a warm-up.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import sys
import time
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

os.environ.setdefault("HF_HUB_OFFLINE", "1")
os.environ.setdefault("TOKENIZERS_PARALLELISM", "false")

import numpy as np

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
sys.path.insert(0, str(HERE))

from collection import replica_target  # noqa: E402
from report import table  # noqa: E402

from assistant.evaluation import load_questions, percentile  # noqa: E402
from assistant.search import dense, store  # noqa: E402
from assistant.search.dense import DenseIndex, get_embedder  # noqa: E402

K = 100
RESCORE = 200


def timed(search: Callable[[np.ndarray], np.ndarray], queries: np.ndarray, reps: int) -> tuple[dict, list]:
    """p50/p95 ms of ``search`` over every query ``reps`` times; and each query's ids."""
    for q in queries[:5]:
        search(q)
    ms, ids = [], []
    for rep in range(reps):
        for q in queries:
            t = time.perf_counter()
            found = search(q)
            ms.append(1000 * (time.perf_counter() - t))
            if rep == 0:
                ids.append(found)
    return {"p50_ms": statistics.median(ms), "p95_ms": percentile(ms, 95)}, ids


def recall(found: Sequence[np.ndarray], truth: Sequence[np.ndarray], k: int) -> float:
    """Mean share of the true top ``k`` that ``found``'s top ``k`` holds."""
    shares = [
        len(set(f[:k].tolist()) & set(t[:k].tolist())) / max(1, len(t[:k]))
        for f, t in zip(found, truth, strict=True)
    ]
    return statistics.fmean(shares)


def quantised(vectors: np.ndarray, kind: str) -> Callable[[np.ndarray], np.ndarray]:
    """A faiss scalar-quantiser scan whose top ``RESCORE`` are rescored exactly."""
    import faiss

    qtype = {"sq-fp16": faiss.ScalarQuantizer.QT_fp16, "sq-8bit": faiss.ScalarQuantizer.QT_8bit}[kind]
    index = faiss.IndexScalarQuantizer(vectors.shape[1], qtype, faiss.METRIC_INNER_PRODUCT)
    index.train(vectors)
    index.add(vectors)

    def search(q: np.ndarray) -> np.ndarray:
        with dense._one_thread():
            _, idx = index.search(q.reshape(1, -1), RESCORE)
        rows = idx[0][idx[0] >= 0]
        scores = vectors[rows] @ q
        return rows[np.argsort(-scores, kind="stable")][:K]

    return search


def flat(vectors: np.ndarray) -> Callable[[np.ndarray], np.ndarray]:
    import faiss

    index = faiss.IndexFlatIP(vectors.shape[1])
    index.add(vectors)
    return lambda q: index.search(q.reshape(1, -1), K)[1][0]


def by_size(vectors: np.ndarray, queries: np.ndarray, args: argparse.Namespace) -> list[dict[str, Any]]:
    rows: list[dict[str, Any]] = []
    for size in args.sizes.split(","):
        n = len(vectors) if size == "all" else min(len(vectors), replica_target(size) or len(vectors))
        v = np.ascontiguousarray(vectors[:n])
        print(f"[dense] {n:,} vectors", file=sys.stderr, flush=True)
        ref_lat, truth = timed(flat(v), queries, args.reps)
        rows.append({"vectors": n, "method": "IndexFlatIP (before)", **ref_lat, "build_s": 0.0})
        exact = DenseIndex(v, kind="exact")
        lat, found = timed(lambda q, ix=exact: ix.top_k(q, K)[0], queries, args.reps)
        rows.append(
            {
                "vectors": n,
                "method": "exact",
                **lat,
                "r@10": recall(found, truth, 10),
                "r@100": recall(found, truth, K),
                "build_s": 0.0,
            }
        )
        t = time.perf_counter()
        hnsw = args.graphs[n] = DenseIndex(v, kind="hnsw")
        build_s = time.perf_counter() - t
        for ef in map(int, args.ef.split(",")):
            dense.HNSW_EF_SEARCH = ef
            lat, found = timed(lambda q, ix=hnsw: ix.top_k(q, K)[0], queries, args.reps)
            rows.append(
                {
                    "vectors": n,
                    "method": f"HNSW M={dense.HNSW_M} ef={ef}",
                    **lat,
                    "r@10": recall(found, truth, 10),
                    "r@100": recall(found, truth, K),
                    "build_s": build_s,
                }
            )
        dense.HNSW_EF_SEARCH = args.default_ef
        if size == args.sizes.split(",")[-1]:
            for kind in ("sq-fp16", "sq-8bit"):
                t = time.perf_counter()
                search = quantised(v, kind)
                build_s = time.perf_counter() - t
                lat, found = timed(search, queries, args.reps)
                rows.append(
                    {
                        "vectors": n,
                        "method": f"{kind} + rescore {RESCORE}",
                        **lat,
                        "r@10": recall(found, truth, 10),
                        "r@100": recall(found, truth, K),
                        "build_s": build_s,
                    }
                )
    return rows


def filter_masks(data: store.IndexData, shares: Sequence[float]) -> dict[str, np.ndarray]:
    """Masks of whole documents: random sets holding about each share of the chunks, and
    the largest real council and year filters."""
    doc_of = np.array([c.doc_id for c in data.chunks])
    ids = sorted(data.documents)
    rng = np.random.default_rng(0)
    masks = {
        f"{share:.1%} of documents": np.isin(doc_of, rng.permutation(ids)[: max(1, round(share * len(ids)))])
        for share in shares
    }
    authority = np.array([c.authority or "" for c in data.chunks])
    councils = {name: authority == name for name in set(authority) - {""}}
    name, mask = max(councils.items(), key=lambda kv: int(kv[1].sum()))
    masks[f"council {name}"] = mask
    years_of = {d.doc_id: d.years for d in data.documents.values()}
    chunk_years = [years_of[c.doc_id] for c in data.chunks]
    years = {
        y: np.fromiter((y in ys for ys in chunk_years), bool, len(chunk_years))
        for y in set().union(*chunk_years)
    }
    year, mask = max(years.items(), key=lambda kv: int(kv[1].sum()))
    masks[f"year {year}"] = mask
    return masks


def filtered(data: store.IndexData, queries: np.ndarray, args: argparse.Namespace) -> list[dict[str, Any]]:
    """Per filter: the exact scan of the allowed rows against HNSW with a selector
    (efSearch raised in proportion to the filter, as ``DenseIndex.top_k`` does above
    ``EXACT_MAX_ALLOWED``)."""
    vectors = np.ascontiguousarray(data.vectors)
    hnsw = args.graphs.get(len(vectors)) or DenseIndex(vectors, kind="hnsw")
    rows = []
    for name, mask in sorted(filter_masks(data, args.shares).items(), key=lambda kv: int(kv[1].sum())):
        count = int(mask.sum())
        k = min(K, count)
        ef = min(dense.HNSW_EF_SEARCH * len(vectors) // count, dense.HNSW_EF_FILTERED_MAX)

        def exact(q: np.ndarray, k: int = k, m: np.ndarray = mask) -> np.ndarray:
            with dense._one_thread():
                return dense._exact(vectors, q.reshape(1, -1), k, m)[0]

        def graph(q: np.ndarray, k: int = k, m: np.ndarray = mask, ef: int = ef) -> np.ndarray:
            with dense._one_thread():
                return dense._search_hnsw(hnsw.graph, q.reshape(1, -1), k, m, ef=ef)[0]

        exact_lat, truth = timed(exact, queries, 1)
        graph_lat, found = timed(graph, queries, 1)
        rows.append(
            {
                "filter": name,
                "allowed": count,
                "exact_p50_ms": exact_lat["p50_ms"],
                "exact_p95_ms": exact_lat["p95_ms"],
                "hnsw_ef": ef,
                "hnsw_p50_ms": graph_lat["p50_ms"],
                "hnsw_p95_ms": graph_lat["p95_ms"],
                "hnsw_r@10": recall(found, truth, 10),
                "hnsw_r@100": recall(found, truth, k),
            }
        )
    return rows


def embedding(texts: Sequence[str], reps: int) -> list[dict[str, Any]]:
    """Single-query encode latency, torch's default threads against one, in alternating rounds."""
    import torch

    embedder = get_embedder("all-MiniLM-L6-v2")
    default = torch.get_num_threads()
    ms: dict[int, list[float]] = {default: [], 1: []}
    for q in texts[:5]:
        embedder.encode([q])
    for rep in range(reps):
        for threads in (default, 1) if rep % 2 == 0 else (1, default):
            torch.set_num_threads(threads)
            for q in texts:
                t = time.perf_counter()
                embedder.encode([q])
                ms[threads].append(1000 * (time.perf_counter() - t))
    torch.set_num_threads(default)
    return [
        {"torch_threads": n, "p50_ms": statistics.median(v), "p95_ms": percentile(v, 95)}
        for n, v in ms.items()
    ]


def main() -> None:
    p = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    p.add_argument("--index-dir", required=True)
    p.add_argument("--questions", default=str(ROOT / "evals" / "ofsted_questions.jsonl"))
    p.add_argument("--sizes", default="10k,20k,50k,all", help="first N vectors; all: every vector")
    p.add_argument("--ef", default="128,256,512,1024")
    p.add_argument("--reps", type=int, default=3)
    p.add_argument(
        "--shares", default="0.005,0.02,0.05,0.1,0.2,0.4,0.7", help="filter sizes, shares of documents"
    )
    p.add_argument("--skip", default="", help="comma-separated parts to skip: sizes, filters, embedding")
    p.add_argument("--json", default=str(HERE / "results" / "dense_index.json"))
    args = p.parse_args()
    args.default_ef = dense.HNSW_EF_SEARCH
    args.graphs = {}
    args.shares = [float(x) for x in args.shares.split(",")]
    skip = set(args.skip.split(","))
    load_before = os.getloadavg()[0]
    data = store.load(args.index_dir)
    texts = [q.question for q in load_questions(args.questions)]
    queries = get_embedder(data.manifest["embedder"]["name"]).encode(texts)
    out: dict[str, Any] = {"command": " ".join(sys.argv), "load_average_before": load_before}
    if "sizes" not in skip:
        out["sizes"] = by_size(np.asarray(data.vectors), queries, args)
        cols = ["vectors", "method", "p50_ms", "p95_ms", "r@10", "r@100", "build_s"]
        print(f"top_k(q, {K}) per question, {len(texts)} questions x {args.reps}; recall against IndexFlatIP")
        print(table(cols, [[r.get(c) for c in cols] for r in out["sizes"]]))
    if "filters" not in skip:
        out["filters"] = filtered(data, queries, args)
        cols = [
            "filter",
            "allowed",
            "exact_p50_ms",
            "exact_p95_ms",
            "hnsw_ef",
            "hnsw_p50_ms",
            "hnsw_p95_ms",
            "hnsw_r@10",
            "hnsw_r@100",
        ]
        print(f"\nfiltered top_k(q, {K}): exact over the allowed rows vs HNSW with a selector")
        print(table(cols, [[r.get(c) for c in cols] for r in out["filters"]]))
    if "embedding" not in skip:
        out["embedding"] = embedding(texts, args.reps * 2)
        print("\nsingle-query embedding (ms), alternating rounds")
        print(table(["torch_threads", "p50_ms", "p95_ms"], [list(r.values()) for r in out["embedding"]]))
    out["load_average_after"] = os.getloadavg()[0]
    print(f"\nload average {load_before:.2f} before, {out['load_average_after']:.2f} after")
    Path(args.json).parent.mkdir(parents=True, exist_ok=True)
    Path(args.json).write_text(json.dumps(out, indent=2), encoding="utf-8")


if __name__ == "__main__":
    main()

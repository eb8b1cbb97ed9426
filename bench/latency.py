"""Search and answer latency per mode over a question file, on a built index.

    python bench/latency.py --index-dir index --questions evals/questions.jsonl

The model is loaded and warmed first; each query's embedding is computed
afresh (the query-vector and question caches are cleared), so dense and
hybrid figures include encoding and reading the query. Prints median and
p95 in milliseconds. The hybrid row is a search as ``Assistant.search``
makes it, re-ranked by best sentence with the settings' defaults
(``--rerank`` and ``--rerank-vectors`` change them); the "fused" row is the
same search without the re-ranking. With ``--rerank-vectors model`` the
sentence cache is cleared before each search, so each pays for embedding
its passages' sentences.
"""

from __future__ import annotations

import argparse
import dataclasses
import statistics
import time

from assistant import Assistant
from assistant.config import RERANK_VECTORS
from assistant.evaluation import load_questions, percentile
from assistant.query import parse_query
from assistant.search.sentences import SentenceVectors


def main() -> None:
    p = argparse.ArgumentParser()
    p.add_argument("--index-dir", default="index")
    p.add_argument("--questions", default="evals/questions.jsonl")
    p.add_argument("--ask", type=int, default=30, help="how many questions to time ask() on")
    p.add_argument("--rerank", type=float, help="the hybrid row's rerank_weight (default: the settings')")
    p.add_argument("--rerank-vectors", choices=RERANK_VECTORS, help="the hybrid row's sentence vectors")
    p.add_argument("--limit", type=int, default=0, help="only the first N questions (default: all)")
    args = p.parse_args()
    a = Assistant.load(args.index_dir)
    retriever = a.retriever
    changes = {"rerank_weight": args.rerank, "rerank_vectors": args.rerank_vectors}
    retriever.settings = dataclasses.replace(
        retriever.settings, **{k: v for k, v in changes.items() if v is not None}
    )
    questions = [q.question for q in load_questions(args.questions)][: args.limit or None]
    a.search("warm up the model and the sentence vectors", k=5, mode="hybrid")
    print(f"{args.index_dir}: {len(a.index.chunks)} chunks, {len(questions)} questions")
    print(f"{'mode':>6}  {'p50 ms':>7}  {'p95 ms':>7}")
    reranked = retriever.settings
    fused = dataclasses.replace(reranked, rerank_weight=0.0)
    rows = [("bm25", "bm25", reranked), ("dense", "dense", reranked), ("fused", "hybrid", fused)]
    for label, mode, settings in [*rows, ("hybrid", "hybrid", reranked)]:
        retriever.settings = settings  # both hybrid rows are Assistant.search, grade rows and all
        times = []
        for q in questions:
            retriever._vectors.clear()
            parse_query.cache_clear()
            if settings.rerank_vectors == "model":
                retriever.sentence_vectors = SentenceVectors(a.embedder)
            t = time.perf_counter()
            a.search(q, k=10, mode=mode)
            times.append(1000 * (time.perf_counter() - t))
        print(f"{label:>6}  {statistics.median(times):7.1f}  {percentile(times, 95):7.1f}")
    times = []
    for q in questions[: args.ask]:
        t = time.perf_counter()
        a.ask(q)
        times.append(1000 * (time.perf_counter() - t))
    if times:
        print(f"{'ask':>6}  {statistics.median(times):7.1f}  {percentile(times, 95):7.1f}")


if __name__ == "__main__":
    main()

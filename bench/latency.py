"""Search and answer latency per mode over a question file, on a built index.

    python bench/latency.py --index-dir index --questions evals/questions.jsonl

The model is loaded and warmed first; each query's embedding is computed
afresh (the query-vector cache is cleared), so dense and hybrid figures
include encoding the query. Prints median and p95 in milliseconds. With
``--rerank 0.5`` a last row times hybrid search ordered again by best
sentence (``Settings.rerank_weight``), with the sentence cache cleared
before each search, so each pays for embedding its passages' sentences.
"""

from __future__ import annotations

import argparse
import dataclasses
import statistics
import time

from assistant import Assistant
from assistant.evaluation import load_questions, percentile
from assistant.search.sentences import SentenceVectors


def main() -> None:
    p = argparse.ArgumentParser()
    p.add_argument("--index-dir", default="index")
    p.add_argument("--questions", default="evals/questions.jsonl")
    p.add_argument("--ask", type=int, default=30, help="how many questions to time ask() on")
    p.add_argument("--rerank", type=float, default=0.0, help="also time hybrid with this rerank_weight")
    p.add_argument("--limit", type=int, default=0, help="only the first N questions (default: all)")
    args = p.parse_args()
    a = Assistant.load(args.index_dir)
    questions = [q.question for q in load_questions(args.questions)][: args.limit or None]
    a.search("warm up the model", k=5, mode="dense")
    print(f"{args.index_dir}: {len(a.index.chunks)} chunks, {len(questions)} questions")
    print(f"{'mode':>6}  {'p50 ms':>7}  {'p95 ms':>7}")
    for mode in ("bm25", "dense", "hybrid"):
        times = []
        for q in questions:
            a.retriever._vectors.clear()
            t = time.perf_counter()
            a.search(q, k=10, mode=mode)
            times.append(1000 * (time.perf_counter() - t))
        print(f"{mode:>6}  {statistics.median(times):7.1f}  {percentile(times, 95):7.1f}")
    if args.rerank:
        retriever = a.retriever
        retriever.settings = dataclasses.replace(retriever.settings, rerank_weight=args.rerank)
        times = []
        for q in questions:
            retriever._vectors.clear()
            retriever.sentence_vectors = SentenceVectors(a.embedder)
            t = time.perf_counter()
            a.search(q, k=10, mode="hybrid")
            times.append(1000 * (time.perf_counter() - t))
        retriever.settings = dataclasses.replace(retriever.settings, rerank_weight=0.0)
        print(f"{'rerank':>6}  {statistics.median(times):7.1f}  {percentile(times, 95):7.1f}")
    times = []
    for q in questions[: args.ask]:
        t = time.perf_counter()
        a.ask(q)
        times.append(1000 * (time.perf_counter() - t))
    if times:
        print(f"{'ask':>6}  {statistics.median(times):7.1f}  {percentile(times, 95):7.1f}")


if __name__ == "__main__":
    main()

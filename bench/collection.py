"""One-command benchmark over collection sizes: build, embed, serve, compare.

    python bench/collection.py [--ofsted ../shared/ofsted] [--sizes bundled,ofsted,100k]
                               [--json bench/results/collection.json]
                               [--work-dir bench/results/work] [--cold]

Per size (the bundled corpus, the Ofsted PDFs, and a collection of about N
chunks made by replicating the Ofsted chunks with perturbed text, e.g.
``100k``): parse+chunk throughput, embedding throughput inside
``build_index`` next to raw ``SentenceTransformer.encode`` on the same texts,
cold and unchanged build times, peak memory and search latency while
serving (a fresh process), the same queries through LangChain's
EnsembleRetriever (BM25Retriever + FAISS), and rank-bm25's ``get_scores``
next to ``BM25Index``. What each column means: docs/benchmark.md.

Builds are kept in ``--work-dir`` so a re-run is quick; ``--cold`` deletes
them first, which is what the reported cold build time needs.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

import numpy as np

os.environ.setdefault("HF_HUB_OFFLINE", "1")
os.environ.setdefault("TRANSFORMERS_OFFLINE", "1")
os.environ.setdefault("TOKENIZERS_PARALLELISM", "false")

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
sys.path.insert(0, str(HERE))

import report  # noqa: E402
from embedding import compare_embedding, raw_model  # noqa: E402
from replicate import replicate  # noqa: E402

from assistant.chunking import chunk_document, fit_to_model  # noqa: E402
from assistant.config import Settings  # noqa: E402
from assistant.documents import DocumentError, discover, read_document  # noqa: E402
from assistant.indexing import build_index  # noqa: E402
from assistant.search import store  # noqa: E402
from assistant.search.dense import DenseIndex, Embedder, get_embedder  # noqa: E402


def parse_and_chunk(paths: list[Path], settings: Settings, embedder: Embedder) -> dict[str, Any]:
    """Read and chunk every file in this process, one after another, timed."""
    limit = min(int(getattr(embedder, "max_tokens", settings.model_max_tokens)), settings.model_max_tokens)
    embedder.count_tokens(["load the tokenizer before timing"])
    pages = docs = chunks = 0
    read_s = chunk_s = 0.0
    for path, root in discover(paths):
        t = time.perf_counter()
        try:
            doc = read_document(path, root=root)
        except DocumentError:
            continue
        t2 = time.perf_counter()
        pieces = fit_to_model(chunk_document(doc, settings), doc, embedder.count_tokens, limit, settings)
        t3 = time.perf_counter()
        read_s += t2 - t
        chunk_s += t3 - t2
        docs += 1
        pages += len(doc.page_starts)
        chunks += len(pieces)
    total = read_s + chunk_s
    return {
        "documents": docs,
        "pages": pages,
        "chunks": chunks,
        "read_seconds": read_s,
        "chunk_seconds": chunk_s,
        "pages_per_second": pages / total if total else 0.0,
        "documents_per_second": docs / total if total else 0.0,
        "method": "read_document + chunk_document + fit_to_model, one process, sequential",
    }


def build(
    paths: list[Path], index_dir: Path, settings: Settings, embedder: Embedder, *, cold: bool
) -> dict[str, Any]:
    """Cold build (fresh index dir) unless a cached one may be used, then the unchanged re-run."""
    record = index_dir.parent / "build.json"
    if cold or not record.exists() or not (index_dir / "CURRENT").exists():
        shutil.rmtree(index_dir, ignore_errors=True)
        r = build_index(paths, index_dir, settings=settings, embedder=embedder)
        first = {
            "seconds": r.seconds,
            "embed_seconds": r.embed_seconds,
            "embedded": r.embedded,
            "reused_vectors": r.reused_vectors,
            "chunks": r.chunks,
            "documents": r.documents,
            "pages": r.pages,
            "skipped": len(r.skipped),
            "precision": r.precision,
            "chunk_seconds": getattr(r, "chunk_seconds", None),
            "embed_rate": r.embed_rate,
            "measured": time.strftime("%Y-%m-%dT%H:%M:%S"),
        }
        record.write_text(json.dumps(first, indent=2), encoding="utf-8")
        fresh = True
    else:
        first = json.loads(record.read_text(encoding="utf-8"))
        fresh = False
    again = build_index(paths, index_dir, settings=settings, embedder=embedder)
    return {
        "cold": first,
        "cold_measured_this_run": fresh,
        "rerun_seconds": again.seconds,
        "rerun_unchanged": again.unchanged,
        "data": again.data,
    }


def sample_files(data: store.IndexData, target: int) -> list[Path]:
    """Source files of evenly spread documents holding about ``target`` chunks."""
    per_doc: dict[str, int] = {}
    for c in data.chunks:
        per_doc[c.doc_id] = per_doc.get(c.doc_id, 0) + 1
    ids = sorted(per_doc)
    total = sum(per_doc.values())
    step = max(1, round(total / max(target, 1)))
    picked, n = [], 0
    for offset in range(step):
        for doc_id in ids[offset::step]:
            if n >= target:
                break
            picked.append(Path(data.documents[doc_id].path))
            n += per_doc[doc_id]
        if n >= target:
            break
    return picked


def questions_for(size: str) -> Path:
    return ROOT / "evals" / ("questions.jsonl" if size == "bundled" else "ofsted_questions.jsonl")


def replica_target(size: str) -> int | None:
    s = size.lower()
    if s.endswith("k") and s[:-1].isdigit():
        return int(s[:-1]) * 1000
    return int(s) if s.isdigit() else None


def probe(
    kind: str, index_dir: Path, questions: Path, out: Path, *, reps: int, extra: list[str] | None = None
) -> dict[str, Any]:
    """Run ``bench/probe.py kind`` in a fresh process and read its JSON."""
    cmd = [
        sys.executable,
        str(HERE / "probe.py"),
        kind,
        "--index-dir",
        str(index_dir),
        "--questions",
        str(questions),
        "--out",
        str(out),
        "--reps",
        str(reps),
        *(extra or []),
    ]
    t = time.perf_counter()
    done = subprocess.run(cmd, cwd=ROOT, capture_output=True, text=True)
    if done.returncode != 0:
        raise RuntimeError(f"{' '.join(cmd)} failed:\n{done.stderr[-3000:]}")
    result: dict[str, Any] = json.loads(out.read_text(encoding="utf-8"))
    result["wall_seconds"] = time.perf_counter() - t
    return result


def replicated_index(
    base: store.IndexData, target: int, work: Path, settings: Settings, *, cold: bool
) -> tuple[Path, dict[str, Any]]:
    index_dir = work / "index"
    try:
        cached = store.read_manifest(store.current_build(index_dir)).get("bench_replica", {})
    except Exception:
        cached = {}
    if not cold and cached.get("base") == base.path.name and cached.get("target_chunks") == target:
        return index_dir, {"assembled_this_run": False, **cached}
    shutil.rmtree(index_dir, ignore_errors=True)
    t = time.perf_counter()
    data = replicate(base, target, settings=settings)
    assemble_s = time.perf_counter() - t
    t = time.perf_counter()
    store.save(data, index_dir)
    save_s = time.perf_counter() - t
    return index_dir, {
        "assembled_this_run": True,
        "assemble_seconds": assemble_s,
        "save_seconds": save_s,
        **data.manifest["bench_replica"],
    }


def exact_copy(index_dir: Path, work: Path) -> Path:
    """The same build with its dense index written as the exact scan: the reference row.

    Saved with ``store.save`` like any build and kept while the replica it
    copies is the same.
    """
    copy_dir = work / "index-exact"
    source = store.read_manifest(store.current_build(index_dir))
    try:
        cached = store.read_manifest(store.current_build(copy_dir))
    except Exception:
        cached = {}
    if cached.get("bench_replica") == source.get("bench_replica") and cached.get("exact_copy_of") == (
        store.current_build(index_dir).name
    ):
        return copy_dir
    shutil.rmtree(copy_dir, ignore_errors=True)
    data = store.load(index_dir)
    data.manifest["exact_copy_of"] = data.path.name
    data.dense = DenseIndex(np.asarray(data.vectors), kind="exact")
    store.save(data, copy_dir)
    return copy_dir


def run_size(
    size: str,
    args: argparse.Namespace,
    settings: Settings,
    embedder: Embedder,
    bases: dict[str, store.IndexData],
) -> dict[str, Any]:
    work = Path(args.work_dir) / size
    work.mkdir(parents=True, exist_ok=True)
    out: dict[str, Any] = {"size": size}
    target = replica_target(size)
    if target is None:
        paths = [Path(args.corpus)] if size == "bundled" else [Path(args.ofsted)]
        print(f"[{size}] parse + chunk", file=sys.stderr, flush=True)
        out["parse_chunk"] = parse_and_chunk(paths, settings, embedder)
        print(f"[{size}] build ({'cold' if args.cold else 'cached if present'})", file=sys.stderr, flush=True)
        built = build(paths, work / "index", settings, embedder, cold=args.cold)
        data = built.pop("data")
        bases[size] = data
        out["build"] = built
        print(f"[{size}] embedding: pipeline vs raw, {args.rounds} rounds", file=sys.stderr, flush=True)
        files = sample_files(data, args.embed_sample)
        with tempfile.TemporaryDirectory(dir=work) as tmp:
            out["embedding"] = compare_embedding(
                files, Path(tmp), settings, embedder, raw_model(embedder), rounds=args.rounds
            )
        index_dir = work / "index"
    else:
        if "ofsted" not in bases:
            paths = [Path(args.ofsted)]
            built = build(paths, Path(args.work_dir) / "ofsted" / "index", settings, embedder, cold=False)
            bases["ofsted"] = built["data"]
        print(f"[{size}] replicate the Ofsted chunks to {target:,}", file=sys.stderr, flush=True)
        index_dir, out["replica"] = replicated_index(bases["ofsted"], target, work, settings, cold=args.cold)
    questions = questions_for(size)
    print(f"[{size}] serve (fresh process)", file=sys.stderr, flush=True)
    out["serve"] = probe("ours", index_dir, questions, work / "ours.json", reps=args.reps)
    if target is not None and out["serve"].get("dense_index") != "exact":
        print(
            f"[{size}] serve the same build with the exact scan (fresh process)", file=sys.stderr, flush=True
        )
        exact_dir = exact_copy(index_dir, work)
        out["serve_exact"] = probe("ours", exact_dir, questions, work / "ours-exact.json", reps=args.reps)
    tokenizers = {"both": ["default", "ours"], "none": []}.get(args.langchain, [args.langchain])
    for tok in tokenizers:
        key = "langchain" if tok == "default" else f"langchain_{tok}_tokens"
        print(
            f"[{size}] LangChain EnsembleRetriever, {tok} BM25 tokens (fresh process)",
            file=sys.stderr,
            flush=True,
        )
        out[key] = probe(
            "langchain",
            index_dir,
            questions,
            work / f"{key}.json",
            reps=args.langchain_reps,
            extra=["--tokenizer", tok],
        )
    if args.bm25_reps > 0:
        print(f"[{size}] rank-bm25 vs BM25Index (fresh process)", file=sys.stderr, flush=True)
        out["bm25"] = probe("bm25", index_dir, questions, work / "bm25.json", reps=args.bm25_reps)
    return out


def environment(embedder: Embedder) -> dict[str, Any]:
    import torch

    return {
        "python": platform.python_version(),
        "cpus": os.cpu_count(),
        "torch": torch.__version__,
        "torch_threads": torch.get_num_threads(),
        "precision": embedder.precision,
        "load_average_at_start": os.getloadavg(),
        "started": time.strftime("%Y-%m-%dT%H:%M:%S%z"),
    }


def main() -> None:
    p = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    p.add_argument("--ofsted", default=str(ROOT.parent / "shared" / "ofsted"))
    p.add_argument("--corpus", default=str(ROOT / "corpus"))
    p.add_argument(
        "--sizes",
        default="bundled,ofsted,100k",
        help="comma-separated: bundled, ofsted, and replicated sizes such as 10k or 100k",
    )
    p.add_argument("--json", default=str(HERE / "results" / "collection.json"))
    p.add_argument("--work-dir", default=str(HERE / "results" / "work"))
    p.add_argument("--cold", action="store_true", help="delete cached builds first (for cold build times)")
    p.add_argument("--reps", type=int, default=3, help="repetitions of every question, our search")
    p.add_argument("--langchain-reps", type=int, default=2)
    p.add_argument("--bm25-reps", type=int, default=1, help="0 skips the rank-bm25 comparison")
    p.add_argument("--rounds", type=int, default=2, help="pipeline/raw embedding rounds")
    p.add_argument(
        "--embed-sample",
        type=int,
        default=1000,
        help="about how many chunks the pipeline/raw embedding rounds encode",
    )
    p.add_argument(
        "--langchain",
        choices=["both", "default", "ours", "none"],
        default="both",
        help="BM25Retriever's tokens: its default str.split, this project's tokenize, "
        "both, or none (skip LangChain)",
    )
    args = p.parse_args()
    sizes = [s.strip() for s in args.sizes.split(",") if s.strip()]
    for s in sizes:
        if s not in ("bundled", "ofsted") and replica_target(s) is None:
            p.error(f"size {s!r} is not bundled, ofsted or a chunk count such as 100k")
    # Replicated sizes need the Ofsted build: make it first when it is listed.
    sizes.sort(key=lambda s: replica_target(s) is not None)
    settings = Settings()
    embedder = get_embedder(
        settings.embedding_model, precision=settings.precision, batch_size=settings.embed_batch_size
    )
    results: dict[str, Any] = {
        "command": " ".join(sys.argv),
        "environment": environment(embedder),
        "sizes": {},
    }
    bases: dict[str, store.IndexData] = {}
    started = time.perf_counter()
    for size in sizes:
        results["sizes"][size] = run_size(size, args, settings, embedder, bases)
    results["seconds"] = time.perf_counter() - started
    results["environment"]["load_average_at_end"] = os.getloadavg()
    results["targets"] = report.targets(results)
    Path(args.json).parent.mkdir(parents=True, exist_ok=True)
    Path(args.json).write_text(json.dumps(results, indent=2, default=str), encoding="utf-8")
    print(report.render(results))
    print(f"\nJSON: {args.json}")


if __name__ == "__main__":
    main()

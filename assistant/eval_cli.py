"""``assistant eval``: question files and BEIR benchmarks, printed as tables.

Kept apart from ``cli.py`` so that the command line stays a thin dispatcher.
"""

from __future__ import annotations

import argparse
import csv
import json
import statistics
import time
from collections import defaultdict
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from assistant.config import DEFAULT_CORPUS, DEFAULT_INDEX_DIR, MODES, Settings, settings_from_args
from assistant.cross_eval import METRICS, is_cross_file, run_cross_file
from assistant.errors import AssistantError
from assistant.evaluation import (
    ANSWER_METRICS,
    RETRIEVAL_METRICS,
    breakdown,
    evaluate_mode,
    format_table,
    load_questions,
    ndcg_at,
    percentile,
    recall_at,
)
from assistant.furniture import RepeatedText


def run_eval_command(args: argparse.Namespace) -> int:
    modes = list(MODES) if args.mode == "all" else [args.mode]
    settings = Settings(**settings_from_args(args))
    if args.beir:
        if args.corpus:
            raise AssistantError("--corpus does not go with --beir: the BEIR folder is the corpus")
        result = run_beir(
            args.beir,
            split=args.split or "test",
            modes=modes,
            k=args.k,
            settings=settings,
            index_dir=args.index_dir if args.index_dir != DEFAULT_INDEX_DIR else None,
        )
        print(format_table(result["modes"]))
    else:
        if not args.questions:
            raise AssistantError("pass --questions FILE (JSONL) or --beir DIR")
        if is_cross_file(args.questions):  # questions across councils: assistant/cross_eval.py
            result = run_cross_file(
                args.questions,
                corpus=args.corpus,
                settings=settings,
                index_dir=args.index_dir,
                split=args.split,
            )
            print(format_table(result["groups"], columns=METRICS[1:], label="group"))
            return _write_json(result, args.json_out)
        result = run_questions(
            args.questions,
            corpus=args.corpus,
            modes=modes,
            k=args.k,
            settings=settings,
            index_dir=args.index_dir,
            answers=not args.no_answers,
            split=args.split,
        )
        cols = [
            *RETRIEVAL_METRICS,
            *(ANSWER_METRICS if not args.no_answers else ()),
            "latency_p50_ms",
            "latency_p95_ms",
        ]
        print(format_table(result["modes"], columns=cols))
        for mode, groups in result["breakdown"].items():
            print(f"\n{mode}, by split and tag:")
            print(format_table(groups, columns=["questions", *cols[:-2]], label="group"))
    if args.json_out:
        Path(args.json_out).parent.mkdir(parents=True, exist_ok=True)
        Path(args.json_out).write_text(json.dumps(result, indent=2, ensure_ascii=False), encoding="utf-8")
        print(f"wrote {args.json_out}")
    if args.check_baseline:
        return check_baseline(result, args.check_baseline)
    return 0


def _write_json(result: dict[str, Any], path: str | None) -> int:
    if path:
        Path(path).parent.mkdir(parents=True, exist_ok=True)
        Path(path).write_text(json.dumps(result, indent=2, ensure_ascii=False), encoding="utf-8")
        print(f"wrote {path}")
    return 0


def run_questions(
    questions_path: str,
    *,
    corpus: Sequence[str] | None,
    modes: Sequence[str],
    k: int,
    settings: Settings,
    index_dir: str,
    answers: bool = True,
    split: str | None = None,
) -> dict[str, Any]:
    """Every mode's metrics on a question file (or one split of it), overall and per split and tag.

    Without ``corpus`` the index already in ``index_dir`` is loaded as it is
    (never rebuilt from the bundled corpus, which would replace it); where
    there is none, the bundled corpus is indexed there.
    """
    from assistant.api import Assistant

    questions = [q for q in load_questions(questions_path) if split is None or q.split == split]
    if not questions:
        raise AssistantError(f"{questions_path} has no questions of the split {split!r}")
    if corpus is None and (Path(index_dir) / "CURRENT").exists():
        assistant = Assistant.load(index_dir, settings=settings)
        corpus = assistant.index.manifest.get("sources", [])
    else:
        corpus = list(corpus or [DEFAULT_CORPUS])
        assistant = Assistant.from_corpus(corpus, index_dir=index_dir, settings=settings)
    out: dict[str, Any] = {
        "questions_file": questions_path,
        "corpus": list(corpus),
        "split": split,
        "chunks": len(assistant.index.chunks),
        "modes": {},
        "breakdown": {},
        "questions": [],
    }
    repeated = RepeatedText.from_texts(d.text for d in assistant.documents.values()) if answers else None
    for mode in modes:
        r = evaluate_mode(assistant, questions, mode=mode, k=k, answers=answers, repeated=repeated)
        out["modes"][mode] = {m: round(v, 4) for m, v in r.metrics.items()}
        out["breakdown"][mode] = {
            group: {m: round(v, 4) for m, v in figures.items()}
            for group, figures in breakdown(r.questions, questions, answers=answers).items()
        }
        for row in r.questions:
            out["questions"].append({"mode": mode, **row})
    return out


def check_baseline(result: dict[str, Any], baseline_path: str, *, tolerance: float = 0.02) -> int:
    """0 if every mode is within ``tolerance`` of the baseline, else 1 (and why)."""
    baseline = json.loads(Path(baseline_path).read_text(encoding="utf-8"))
    failures = []
    for mode, figures in baseline["modes"].items():
        got = result["modes"].get(mode)
        if got is None:
            continue
        for metric in ("hit@5", "answer_support"):
            if metric in figures and got.get(metric, 0.0) < figures[metric] - tolerance:
                failures.append(
                    f"{mode} {metric} {got.get(metric):.3f} < baseline {figures[metric]:.3f} - {tolerance}"
                )
        for metric in ("wrong_authority", "furniture_quotes"):
            if metric in figures and got.get(metric, 0.0) > figures[metric] + tolerance:
                failures.append(f"{mode} {metric} {got.get(metric):.3f} > baseline {figures[metric]:.3f}")
        if "citation_validity" in got and got["citation_validity"] < 1.0:
            failures.append(f"{mode} citation_validity {got['citation_validity']:.4f} < 1.0 (a bug)")
    for f in failures:
        print(f"FLOOR: {f}")
    print("baseline check: " + ("failed" if failures else "passed"))
    return 1 if failures else 0


# --------------------------------------------------------------------------
# BEIR


def load_beir(
    directory: str | Path, split: str
) -> tuple[dict[str, dict[str, str]], dict[str, str], dict[str, dict[str, int]]]:
    d = Path(directory)
    corpus = {}
    with open(d / "corpus.jsonl", encoding="utf-8") as f:
        for line in f:
            r = json.loads(line)
            corpus[str(r["_id"])] = {"title": r.get("title", ""), "text": r.get("text", "")}
    queries = {}
    with open(d / "queries.jsonl", encoding="utf-8") as f:
        for line in f:
            r = json.loads(line)
            queries[str(r["_id"])] = r["text"]
    qrels_path = d / "qrels" / f"{split}.tsv"
    if not qrels_path.exists():
        raise AssistantError(f"{qrels_path} does not exist; pass --split with a qrels file of {d / 'qrels'}")
    qrels: dict[str, dict[str, int]] = defaultdict(dict)
    with open(qrels_path, encoding="utf-8") as f:
        reader = csv.reader(f, delimiter="\t")
        for row in reader:
            if not row or row[0] in ("query-id", "query_id"):
                continue
            if int(row[2]) > 0:
                qrels[row[0]][row[1]] = int(row[2])
    return corpus, {q: t for q, t in queries.items() if q in qrels}, dict(qrels)


def run_beir(
    directory: str,
    *,
    split: str,
    modes: Sequence[str],
    k: int = 10,
    settings: Settings,
    index_dir: str | None = None,
) -> dict[str, Any]:
    """nDCG@k (BEIR's headline is k=10) and recall@100 per mode; a document scores as its best chunk."""
    from assistant.api import Assistant
    from assistant.documents import Document
    from assistant.indexing import build_from_documents
    from assistant.search.dense import get_embedder

    corpus, queries, qrels = load_beir(directory, split)
    docs = [
        Document(
            doc_id=doc_id,
            text=f"{d['title']}\n\n{d['text']}".strip(),
            title=d["title"] or doc_id,
            content_hash=doc_id + str(len(d["text"])),
        )
        for doc_id, d in corpus.items()
    ]
    index_dir = index_dir or f"index-beir-{Path(directory).name}"
    embedder = get_embedder(
        settings.embedding_model, precision=settings.precision, batch_size=settings.embed_batch_size
    )
    started = time.perf_counter()
    report = build_from_documents(docs, index_dir, settings=settings, embedder=embedder)
    build_seconds = time.perf_counter() - started
    assistant = Assistant.load(index_dir, settings=settings, embedder=embedder)
    out: dict[str, Any] = {
        "beir": str(directory),
        "split": split,
        "queries": len(queries),
        "documents": len(docs),
        "chunks": report.chunks,
        "build_seconds": round(build_seconds, 1),
        "modes": {},
    }
    n_chunks = len(assistant.index.chunks)
    for mode in modes:
        ndcg, rec, lat = [], [], []
        for qid, text in queries.items():
            t0 = time.perf_counter()
            passages = assistant.search(text, k=min(max(300, k), n_chunks), mode=mode, infer=False)
            lat.append(time.perf_counter() - t0)
            ranked = list(dict.fromkeys(p.doc_id for p in passages))
            relevant = set(qrels[qid])
            ndcg.append(ndcg_at(ranked, relevant, k))
            rec.append(recall_at(ranked, relevant, 100))
        out["modes"][mode] = {
            f"ndcg@{k}": round(statistics.fmean(ndcg), 4),
            "recall@100": round(statistics.fmean(rec), 4),
            "latency_p50_ms": round(1000 * statistics.median(lat), 2),
            "latency_p95_ms": round(1000 * percentile(lat, 95), 2),
        }
    return out

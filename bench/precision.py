"""Embedding speed and agreement, fp32 against bf16, on SciFact abstracts.

    python bench/precision.py [--docs 1000] [--rounds 5] [--json bench/results/precision.json]
    python bench/precision.py --docs 50 --rounds 2 --scifact-eval --questions-eval

The same ``--docs`` abstracts (title and text, as ``assistant eval --beir``
builds them) are embedded by every variant in alternating rounds within one
run: fp32, bf16, bf16+compile, fp32, bf16, ... so that whatever else the
machine is doing lands on all variants alike. Each variant first does one
untimed warm-up pass over the same texts (for the compiled variant, that pass
includes compiling); its time is reported on its own.

Variants:

- ``fp32``, ``bf16``: the project's ``SentenceTransformerEmbedder``, exactly
  what ``assistant index`` runs.
- ``bf16+compile``: the same embedder with the transformer module passed
  through ``torch.compile(dynamic=True)``, to see what compiling adds.
- ``raw-fp32``, ``raw-bf16``: sentence-transformers' own ``model.encode``
  (defaults: numpy output, no inference mode), with or without bf16
  autocast, as a reference for the embedder's overhead.
- ``bf16-weights``: the model itself cast to bfloat16 (no autocast, so no
  casts between layers, but layer norms and softmax also run in bf16): a
  reference for what autocast's casts cost, not what the project runs.

Prints the processor and its bf16 flags, torch version, threads, what
``precision='auto'`` picks here and why, a speed table (docs/s median over
rounds, min, max, speed-up against fp32 as a ratio of medians and as the
median of per-round ratios) and the cosine similarity of each variant's
vectors to fp32's. ``--scifact-eval`` and ``--questions-eval`` also build an
index per precision and print nDCG@10 (and the bundled questions' metrics)
side by side, so one command reproduces the whole comparison.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import re
import shutil
import statistics
import sys
import tempfile
import time
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

os.environ.setdefault("HF_HUB_OFFLINE", "1")
os.environ.setdefault("TRANSFORMERS_OFFLINE", "1")
os.environ.setdefault("TOKENIZERS_PARALLELISM", "false")

import numpy as np

from assistant.config import Settings
from assistant.search.dense import SentenceTransformerEmbedder, choose_precision, cpu_flags

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_BEIR = ROOT.parent / "shared" / "beir-scifact"
ALL_VARIANTS = ("fp32", "bf16", "bf16+compile", "raw-fp32", "raw-bf16", "bf16-weights")
FLAGS = ("avx512f", "avx512_vnni", "avx512_bf16", "amx_tile", "amx_bf16", "amx_int8")

# Quality targets of issue 9: |bf16 - fp32| nDCG@10 on SciFact train, and speed.
DENSE_TOLERANCE = 0.003
HYBRID_TOLERANCE = 0.002
SPEED_TARGET = 2.8

Encode = Callable[[Sequence[str]], np.ndarray]


# --------------------------------------------------------------------------
# The machine


def machine() -> dict[str, Any]:
    import torch

    text = Path("/proc/cpuinfo").read_text() if Path("/proc/cpuinfo").exists() else ""

    def field(name: str) -> str:
        m = re.search(rf"^{name}\s*:\s*(.*)$", text, re.M)
        return m.group(1).strip() if m else "?"

    flags = cpu_flags()
    auto = choose_precision("auto")
    return {
        "cpu": field("model name"),
        "cpu_family_model_stepping": f"{field('cpu family')}/{field('model')}/{field('stepping')}",
        "flags": {f: f in flags for f in FLAGS},
        "logical_cpus": os.cpu_count(),
        "torch": torch.__version__,
        "torch_threads": torch.get_num_threads(),
        "torch_cpu_capability": torch.backends.cpu.get_cpu_capability(),
        "python": platform.python_version(),
        "auto_precision": auto.precision,
        "auto_reason": auto.reason,
    }


def print_machine(m: dict[str, Any]) -> None:
    flags = " ".join(f"{f}={'yes' if v else 'no'}" for f, v in m["flags"].items())
    print(f"cpu: {m['cpu']} (family/model/stepping {m['cpu_family_model_stepping']})")
    print(f"flags: {flags}")
    print(
        f"torch {m['torch']}, {m['torch_threads']} threads ({m['logical_cpus']} logical CPUs), "
        f"capability {m['torch_cpu_capability']}, python {m['python']}"
    )
    print(f"precision='auto' picks {m['auto_precision']} here: {m['auto_reason']}")


# --------------------------------------------------------------------------
# Texts and variants


def load_abstracts(beir: Path, n: int) -> list[str]:
    """The first ``n`` abstracts as ``assistant eval --beir`` indexes them."""
    texts = []
    with open(beir / "corpus.jsonl", encoding="utf-8") as f:
        for line in f:
            r = json.loads(line)
            texts.append(f"{r.get('title', '')}\n\n{r.get('text', '')}".strip())
            if len(texts) == n:
                break
    if not texts:
        raise SystemExit(f"no abstracts in {beir / 'corpus.jsonl'}")
    return texts


def compiled(embedder: SentenceTransformerEmbedder) -> SentenceTransformerEmbedder:
    """``embedder`` with its transformer's forward compiled.

    sentence-transformers calls ``model.forward`` itself (not ``model(...)``),
    so it is the bound method that is compiled; assigning to ``auto_model``
    would be silently ignored (it is a read-only property). Dynamic shapes,
    because each batch is padded to its own longest text.
    """
    import torch

    bert = embedder.model[0].model
    bert.forward = torch.compile(bert.forward, dynamic=True)
    return embedder


def raw_encoder(embedder: SentenceTransformerEmbedder, *, bf16: bool) -> Encode:
    """sentence-transformers' ``encode`` with its own defaults, for reference."""
    import torch

    def encode(texts: Sequence[str]) -> np.ndarray:
        with torch.autocast("cpu", dtype=torch.bfloat16, enabled=bf16):
            v = embedder.model.encode(list(texts), batch_size=embedder.batch_size, normalize_embeddings=True)
        return np.asarray(v, dtype=np.float32)

    return encode


def make_variants(names: Sequence[str], batch_size: int) -> dict[str, Encode]:
    """One encoder per variant; each holds its own copy of the model."""
    import torch

    out: dict[str, Encode] = {}
    for name in names:
        if name == "bf16+compile":
            out[name] = compiled(SentenceTransformerEmbedder(precision="bf16", batch_size=batch_size)).encode
        elif name == "bf16-weights":
            e = SentenceTransformerEmbedder(precision="fp32", batch_size=batch_size)
            e.model.to(torch.bfloat16)  # its encode() runs no autocast and returns float32
            out[name] = e.encode
        elif name.startswith("raw-"):
            e = SentenceTransformerEmbedder(precision="fp32", batch_size=batch_size)
            out[name] = raw_encoder(e, bf16=name == "raw-bf16")
        else:
            out[name] = SentenceTransformerEmbedder(precision=name, batch_size=batch_size).encode
    return out


# --------------------------------------------------------------------------
# Timing


def timed(encode: Encode, texts: Sequence[str]) -> tuple[float, np.ndarray]:
    t = time.perf_counter()
    v = encode(texts)
    return time.perf_counter() - t, v


def warm_up(
    variants: dict[str, Encode], texts: Sequence[str]
) -> tuple[dict[str, Any], dict[str, np.ndarray]]:
    """One untimed pass per variant; a variant that fails is reported and dropped."""
    warm: dict[str, Any] = {}
    vectors: dict[str, np.ndarray] = {}
    for name in list(variants):
        print(f"warm-up {name} ...", end=" ", flush=True)
        try:
            seconds, vectors[name] = timed(variants[name], texts)
        except Exception as e:  # a compile failure is a result to report, not a crash
            msg = f"{type(e).__name__}: {str(e).splitlines()[0] if str(e) else ''}"[:300]
            print(f"failed ({msg})")
            warm[name] = {"error": msg}
            del variants[name]
            continue
        warm[name] = {"seconds": round(seconds, 2)}
        print(f"{seconds:.1f} s")
    return warm, vectors


def run_rounds(variants: dict[str, Encode], texts: Sequence[str], rounds: int) -> dict[str, list[float]]:
    """docs/s of every variant in every round, variants alternating within each round."""
    rate: dict[str, list[float]] = {name: [] for name in variants}
    for r in range(rounds):
        cells = []
        for name, encode in variants.items():
            seconds, _ = timed(encode, texts)
            rate[name].append(len(texts) / seconds)
            cells.append(f"{name} {rate[name][-1]:.1f}")
        print(f"round {r + 1}/{rounds}: " + ", ".join(cells) + " docs/s", flush=True)
    return rate


def speed_rows(rate: dict[str, list[float]], warm: dict[str, Any], n: int) -> list[dict[str, Any]]:
    base = rate.get("fp32")
    rows = []
    for name, rs in rate.items():
        row: dict[str, Any] = {
            "variant": name,
            "median": statistics.median(rs),
            "min": min(rs),
            "max": max(rs),
            "rounds": [round(x, 2) for x in rs],
            "warmup_seconds": warm[name]["seconds"],
            # Warm-up minus a steady pass: compile time for the compiled variant.
            "warmup_extra_seconds": warm[name]["seconds"] - n / statistics.median(rs),
        }
        if base:
            row["speedup_of_medians"] = row["median"] / statistics.median(base)
            row["speedup_median_per_round"] = statistics.median(a / b for a, b in zip(rs, base, strict=True))
        rows.append(row)
    return rows


def agreement(vectors: dict[str, np.ndarray]) -> dict[str, dict[str, float]]:
    """Cosine similarity of each variant's vectors to fp32's, per document (mean, min)."""
    if "fp32" not in vectors:
        return {}
    base = _unit(vectors["fp32"])
    out = {}
    for name, v in vectors.items():
        if name == "fp32":
            continue
        cos = np.sum(base * _unit(v), axis=1)
        out[name] = {"mean": float(cos.mean()), "min": float(cos.min())}
    return out


def _unit(v: np.ndarray) -> np.ndarray:
    v = np.asarray(v, dtype=np.float64)
    return v / np.maximum(np.linalg.norm(v, axis=1, keepdims=True), 1e-12)


def print_speed(rows: list[dict[str, Any]], cos: dict[str, dict[str, float]]) -> None:
    print(
        "| variant | docs/s median | min | max | speed-up (ratio of medians) | "
        "speed-up (median of per-round ratios) | warm-up s | cosine to fp32 mean / min |"
    )
    print("|---|---|---|---|---|---|---|---|")
    for r in rows:
        c = cos.get(r["variant"])
        cell = f"{c['mean']:.5f} / {c['min']:.5f}" if c else "-"
        print(
            f"| {r['variant']} | {r['median']:.1f} | {r['min']:.1f} | {r['max']:.1f} | "
            f"{r.get('speedup_of_medians', float('nan')):.2f}x | "
            f"{r.get('speedup_median_per_round', float('nan')):.2f}x | "
            f"{r['warmup_seconds']:.1f} | {cell} |"
        )


# --------------------------------------------------------------------------
# Quality: an index per precision


def scifact_eval(beir: Path, work: Path) -> dict[str, Any]:
    from assistant.eval_cli import run_beir

    out = {}
    for p in ("fp32", "bf16"):
        print(f"SciFact train, {p}: building {work / f'scifact-{p}'} and searching ...", flush=True)
        out[p] = run_beir(
            str(beir),
            split="train",
            modes=["bm25", "dense", "hybrid"],
            settings=Settings(precision=p),
            index_dir=str(work / f"scifact-{p}"),
        )
    print_side_by_side(out, ["ndcg@10", "recall@100"])
    return out


def questions_eval(questions: Path, work: Path) -> dict[str, Any]:
    from assistant.eval_cli import run_questions

    out = {}
    for p in ("fp32", "bf16"):
        print(f"{questions}, {p}: building {work / f'questions-{p}'} and searching ...", flush=True)
        out[p] = run_questions(
            str(questions),
            corpus=[str(ROOT / "corpus")],
            modes=["bm25", "dense", "hybrid"],
            k=10,
            settings=Settings(precision=p),
            index_dir=str(work / f"questions-{p}"),
        )
        out[p].pop("questions", None)  # per-question rows: in `assistant eval --json` if wanted
    print_side_by_side(out, ["hit@5", "mrr@10", "ndcg@10", "answer_support"])
    return out


def print_side_by_side(result: dict[str, Any], metrics: Sequence[str]) -> None:
    print("| mode | metric | fp32 | bf16 | bf16 - fp32 |")
    print("|---|---|---|---|---|")
    for mode in ("dense", "hybrid", "bm25"):
        a, b = result["fp32"]["modes"][mode], result["bf16"]["modes"][mode]
        for m in metrics:
            if m in a and m in b:
                print(f"| {mode} | {m} | {a[m]:.4f} | {b[m]:.4f} | {b[m] - a[m]:+.4f} |")


def targets(rows: list[dict[str, Any]], scifact: dict[str, Any] | None) -> list[str]:
    lines = []
    bf16 = next((r for r in rows if r["variant"] == "bf16"), None)
    if bf16 and "speedup_of_medians" in bf16:
        s = min(bf16["speedup_of_medians"], bf16["speedup_median_per_round"])
        ok = s >= SPEED_TARGET
        lines.append(f"speed: bf16 {s:.2f}x fp32 (the lower of the two ratios) >= {SPEED_TARGET}: {ok}")
    if scifact:
        for mode, tol in (("dense", DENSE_TOLERANCE), ("hybrid", HYBRID_TOLERANCE)):
            d = scifact["bf16"]["modes"][mode]["ndcg@10"] - scifact["fp32"]["modes"][mode]["ndcg@10"]
            ok = abs(d) <= tol
            lines.append(f"quality: SciFact train {mode} nDCG@10 bf16 - fp32 = {d:+.4f}, |d| <= {tol}: {ok}")
    return lines


# --------------------------------------------------------------------------


def main(argv: Sequence[str] | None = None) -> int:
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("--docs", type=int, default=1000, help="abstracts to embed (default: 1000)")
    p.add_argument("--rounds", type=int, default=5, help="timed rounds per variant (default: 5)")
    p.add_argument("--variants", default=",".join(ALL_VARIANTS), help=f"comma-separated, of {ALL_VARIANTS}")
    p.add_argument("--batch-size", type=int, default=Settings().embed_batch_size)
    p.add_argument("--beir", type=Path, default=DEFAULT_BEIR, help="the BEIR SciFact folder")
    p.add_argument("--scifact-eval", action="store_true", help="also nDCG@10 on SciFact train, fp32 vs bf16")
    p.add_argument(
        "--questions-eval",
        nargs="?",
        const=ROOT / "evals" / "questions.jsonl",
        type=Path,
        help="also the bundled questions (or this file), fp32 vs bf16",
    )
    p.add_argument("--eval-dir", type=Path, help="where the eval indexes go (default: a temporary folder)")
    p.add_argument("--json", dest="json_out", type=Path, help="write every figure to this file")
    args = p.parse_args(argv)
    names = [v.strip() for v in args.variants.split(",") if v.strip()]
    unknown = sorted(set(names) - set(ALL_VARIANTS))
    if unknown:
        p.error(f"unknown variants {unknown}; choose from {ALL_VARIANTS}")

    from transformers.utils import logging as hf_logging

    hf_logging.disable_progress_bar()  # one "Loading weights" bar per model copy is noise here
    m = machine()
    print_machine(m)
    texts = load_abstracts(args.beir, args.docs)
    print(f"{len(texts)} SciFact abstracts, batch size {args.batch_size}, {args.rounds} rounds\n")

    variants = make_variants(names, args.batch_size)
    warm, vectors = warm_up(variants, texts)
    rate = run_rounds(variants, texts, args.rounds)
    rows = speed_rows(rate, warm, len(texts))
    cos = agreement(vectors)
    print()
    print_speed(rows, cos)
    for name, w in warm.items():
        if "error" in w:
            print(f"{name}: failed in warm-up: {w['error']}")

    result: dict[str, Any] = {
        "machine": m,
        "docs": len(texts),
        "rounds": args.rounds,
        "batch_size": args.batch_size,
        "warmup": warm,
        "speed": rows,
        "cosine_to_fp32": cos,
    }
    scifact = None
    if args.scifact_eval or args.questions_eval:
        work = args.eval_dir or Path(tempfile.mkdtemp(prefix="precision-eval-"))
        try:
            if args.scifact_eval:
                print()
                scifact = result["scifact_train"] = scifact_eval(args.beir, work)
            if args.questions_eval:
                print()
                result["questions"] = questions_eval(args.questions_eval, work)
        finally:
            if args.eval_dir is None:
                shutil.rmtree(work, ignore_errors=True)
    result["targets"] = targets(rows, scifact)
    print()
    for line in result["targets"]:
        print(line)
    if args.json_out:
        args.json_out.parent.mkdir(parents=True, exist_ok=True)
        args.json_out.write_text(json.dumps(result, indent=2, default=str), encoding="utf-8")
        print(f"wrote {args.json_out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())

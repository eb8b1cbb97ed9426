"""The embedding model on OpenVINO: bf16 on CPUs that compute it natively.

On a CPU with ``avx512_bf16`` (or AMX), OpenVINO's CPU plugin runs the
model's matrix products in bf16 with fused attention and layer norms, about
1.6 times torch's bf16 autocast on the same chunks, with vectors as close to
float32 as torch's bf16 (docs/decisions.md, "Embedding runtime").

Nothing is downloaded. The model is exported once from the packaged files to
a plain ONNX graph (``runtimes.export_onnx``: BERT and its mean pooling, no
ONNX Runtime fusions, which OpenVINO would not read), into the same per-user
cache as ONNX Runtime's graphs, written under a temporary name and renamed
into place whole::

    <cache>/openvino/<model>-<fingerprint>/model.onnx, export.json

OpenVINO reads that file with ``Core.read_model`` and compiles it when the
embedder is first used. Tokenisation and pooling are ``OnnxEmbedder``'s.
"""

from __future__ import annotations

import json
import os
import shutil
import tempfile
import threading
from pathlib import Path
from typing import Any

import numpy as np

from assistant.search.runtimes import (
    OnnxEmbedder,
    cache_root,
    export_onnx,
    fingerprint,
    importable,
    require_runtime,
    version_of,
)

# Precision names of the OpenVINO variants (an index's manifest records them)
# and the inference precision each asks the CPU plugin for.
OPENVINO_PRECISIONS = ("openvino-bf16", "openvino-fp32")
_HINTS = {"openvino-bf16": "bf16", "openvino-fp32": "f32"}


def openvino_available() -> bool:
    """Whether ``openvino`` can be imported."""
    return importable("openvino")


def require_openvino(precision: str) -> None:
    """Raise ``ModelNotAvailableError`` naming the fix when openvino is missing."""
    require_runtime("openvino", precision, runtime="OpenVINO", install="openvino", fallback="bf16")


def exported_graph(model_path: str | Path, name: str, *, root: Path | None = None) -> Path:
    """The plain ONNX graph OpenVINO reads, exported on first use."""
    slug = "".join(c if c.isalnum() or c in "._-" else "_" for c in name)
    folder = (root or cache_root()) / "openvino" / f"{slug}-{fingerprint(model_path)}"
    if not (folder / "export.json").exists():
        folder.parent.mkdir(parents=True, exist_ok=True)
        tmp = Path(tempfile.mkdtemp(prefix=f".{folder.name}.", dir=folder.parent))
        try:
            export_onnx(model_path, tmp / "model.onnx")
            info = {"model_path": str(model_path), **{p: version_of(p) for p in ("torch", "onnx")}}
            (tmp / "export.json").write_text(json.dumps(info, indent=2), encoding="utf-8")
            try:
                os.replace(tmp, folder)
            except OSError:
                if not (folder / "export.json").exists():  # not another process's finished export
                    raise
        finally:
            shutil.rmtree(tmp, ignore_errors=True)
    return folder / "model.onnx"


class OpenVinoEmbedder(OnnxEmbedder):
    """``OnnxEmbedder``'s tokenisation and pooling, the graph compiled by OpenVINO.

    One infer request serves every call, under a lock: OpenVINO's requests
    are not re-entrant, and on a 2-core CPU one request uses both cores.
    """

    PRECISIONS = OPENVINO_PRECISIONS

    def __init__(
        self, name: str, path: str, *, precision: str, batch_size: int = 32, choice: Any = None
    ) -> None:
        super().__init__(name, path, precision=precision, batch_size=batch_size, choice=choice)
        self._infer_lock = threading.Lock()

    def _open(self) -> Any:
        import openvino as ov

        core = ov.Core()
        model = core.read_model(str(exported_graph(self.path, self.name)))
        threads = len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else 0
        config = {
            "PERFORMANCE_HINT": "LATENCY",
            "INFERENCE_PRECISION_HINT": _HINTS[self.precision],
            "INFERENCE_NUM_THREADS": threads,
        }
        return core.compile_model(model, "CPU", config).create_infer_request()

    def _infer(self, session: Any, ids: np.ndarray, mask: np.ndarray) -> np.ndarray:
        with self._infer_lock:
            result = session.infer({"input_ids": ids, "attention_mask": mask})
            return np.array(result[0], dtype=np.float32)  # a copy: the request's buffer is reused


__all__ = [
    "OPENVINO_PRECISIONS",
    "OpenVinoEmbedder",
    "exported_graph",
    "openvino_available",
    "require_openvino",
]

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

import os
import threading
from pathlib import Path
from typing import Any

import numpy as np

from assistant.search.runtimes import (
    OnnxEmbedder,
    export_folder,
    export_onnx,
    importable,
    require_runtime,
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
    folder = export_folder("openvino", model_path, name, _fill, ("torch", "onnx"), root=root)
    return folder / "model.onnx"


def _fill(model_path: Path, tmp: Path) -> None:
    export_onnx(model_path, tmp / "model.onnx")


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

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

``openvino-int8`` is the same graph with its matrix products in int8 (VNNI),
quantised once by NNCF's post-training quantisation, calibrated on runs of
sentences of the bundled documents (``calibration.txt``, shipped with the
package, so the graph never depends on what a user indexes); the operations
NNCF leaves in float run in bf16. It is written whole, like the export::

    <cache>/openvino-int8/<model>-<fingerprint>/model.xml, model.bin, export.json

Some CPUs' int8 kernels do not give the quantised graph's vectors: on an
Intel Xeon with AMX, OpenVINO 2026.4's int8 graph gave a lowest cosine of
0.79 to float32 over the bundled corpus's chunks, where the same graph with
oneDNN held to AVX-512 VNNI (``ONEDNN_MAX_CPU_ISA=AVX512_CORE_VNNI``) gave
0.99 and more. So int8 is chosen only once this CPU has shown it agrees
(``int8_checked``): the lowest cosine of the int8 graph's vectors to the
float32 graph's over the calibration texts and their first sentences (the
short texts were the ones that disagreed), measured once per CPU (its flags)
and kept beside the int8 graph as ``agreement-<cpu>.json``. Below
``INT8_AGREEMENT`` the choice is bf16, and says why.

OpenVINO and NNCF are imported with their usage telemetry unimportable:
they would otherwise write a client id into ``~/intel`` at import, and NNCF
send events to Google Analytics, unless a consent file opts out.
"""

from __future__ import annotations

import hashlib
import importlib
import json
import logging
import os
import re
import sys
import threading
from pathlib import Path
from typing import Any

import numpy as np

from assistant.search.cpu import PrecisionChoice, cpu_flags
from assistant.search.runtimes import (
    OnnxEmbedder,
    export_folder,
    export_onnx,
    importable,
    model_dimensions,
    model_tokenizer,
    require_runtime,
    version_of,
)

# Precision names of the OpenVINO variants (an index's manifest records them)
# and the inference precision each asks the CPU plugin for (for int8, that of
# the operations left in float).
OPENVINO_PRECISIONS = ("openvino-bf16", "openvino-fp32", "openvino-int8")
_HINTS = {"openvino-bf16": "bf16", "openvino-fp32": "f32", "openvino-int8": "bf16"}
CALIBRATION = Path(__file__).with_name("calibration.txt")
# The lowest cosine to the float32 graph an int8 graph must reach on this CPU to be chosen
# (0.9938 over 500 of the collection's chunks where int8 is sound: docs/decisions.md).
INT8_AGREEMENT = 0.99


def openvino_available() -> bool:
    """Whether ``openvino`` can be imported."""
    return importable("openvino")


def int8_available() -> bool:
    """Whether ``openvino`` and ``nncf`` (which quantises the graph) can be imported."""
    return openvino_available() and importable("nncf")


def require_openvino(precision: str) -> None:
    """Raise ``ModelNotAvailableError`` naming the fix when openvino (or nncf) is missing."""
    require_runtime("openvino", precision, runtime="OpenVINO", install="openvino", fallback="bf16")
    if precision == "openvino-int8":
        require_runtime("nncf", precision, runtime="NNCF", install="nncf", fallback="openvino-bf16")


def exported_graph(model_path: str | Path, name: str, *, root: Path | None = None) -> Path:
    """The plain ONNX graph OpenVINO reads, exported on first use."""
    folder = export_folder("openvino", model_path, name, _fill, ("torch", "onnx"), root=root)
    return folder / "model.onnx"


def _fill(model_path: Path, tmp: Path) -> None:
    export_onnx(model_path, tmp / "model.onnx")


def calibration_texts() -> list[str]:
    """The texts the int8 graph is calibrated on (``calibration.txt``, comments left out)."""
    lines = CALIBRATION.read_text(encoding="utf-8").splitlines()
    return [line for line in lines if line.strip() and not line.startswith("#")]


def quantised_graph(model_path: str | Path, name: str, *, root: Path | None = None) -> Path:
    """The int8 graph (OpenVINO IR), quantised on first use; about 20 s on 2 cores."""
    salt = "|".join(
        [
            f"openvino={version_of('openvino')}",
            f"nncf={version_of('nncf')}",
            hashlib.sha256(CALIBRATION.read_bytes()).hexdigest(),
        ]
    )
    packages = ("torch", "onnx", "openvino", "nncf")
    folder = export_folder("openvino-int8", model_path, name, _fill_int8, packages, root=root, salt=salt)
    return folder / "model.xml"


def _fill_int8(model_path: Path, tmp: Path) -> None:
    """Export, then quantise with NNCF's post-training quantisation for transformers."""
    ov = import_without_telemetry("openvino")

    raw = tmp / "raw.onnx"
    export_onnx(model_path, raw)
    nncf = import_nncf()
    feeds = _calibration_feeds(model_path)
    quantised = nncf.quantize(
        ov.Core().read_model(str(raw)),
        nncf.Dataset(feeds),
        model_type=nncf.ModelType.TRANSFORMER,
        subset_size=len(feeds),
    )
    ov.save_model(quantised, str(tmp / "model.xml"), compress_to_fp16=False)
    raw.unlink()


def _calibration_feeds(model_path: Path, per_batch: int = 8) -> list[dict[str, np.ndarray]]:
    """The calibration texts tokenised as the embedder does, in batches of similar length."""
    _, max_tokens = model_dimensions(model_path)
    tokenizer = model_tokenizer(model_path, max_tokens)
    texts = sorted(calibration_texts(), key=len)
    feeds = []
    for b in range(0, len(texts), per_batch):
        encoded = tokenizer.encode_batch(texts[b : b + per_batch])
        feeds.append(
            {
                "input_ids": np.array([e.ids for e in encoded], dtype=np.int64),
                "attention_mask": np.array([e.attention_mask for e in encoded], dtype=np.int64),
            }
        )
    return feeds


def import_nncf() -> Any:
    """``nncf``, without its telemetry, and quiet."""
    nncf = import_without_telemetry("nncf")
    nncf.set_log_level(logging.ERROR)
    return nncf


def import_without_telemetry(module: str) -> Any:
    """``import module`` while ``openvino_telemetry`` cannot be imported.

    Imported with it, ``openvino`` and ``nncf`` each make a Google Analytics
    sender at import, writing a client id into ``~/intel`` when no consent
    file says no (nncf then sends usage events); without it, both use stubs
    that send and write nothing. The module is put back after the import.
    """
    hidden = sys.modules.get("openvino_telemetry")
    sys.modules["openvino_telemetry"] = None  # type: ignore[assignment]
    try:
        return importlib.import_module(module)
    finally:
        if hidden is None:
            del sys.modules["openvino_telemetry"]
        else:
            sys.modules["openvino_telemetry"] = hidden


class OpenVinoEmbedder(OnnxEmbedder):
    """``OnnxEmbedder``'s tokenisation and pooling, the graph compiled by OpenVINO.

    One infer request serves every call, under a lock: OpenVINO's requests
    are not re-entrant, and on a 2-core CPU one request uses both cores.
    """

    PRECISIONS = OPENVINO_PRECISIONS
    # The CPU plugin keeps kernels per input shape: with every length from 1
    # to 256 word pieces an int8 build grew to 1.3 GB after 6,000 chunks,
    # 0.76 GB with lengths rounded to 16 (docs/decisions.md, "Cold build in int8").
    PAD_MULTIPLE = 16

    def __init__(
        self, name: str, path: str, *, precision: str, batch_size: int = 32, choice: Any = None
    ) -> None:
        super().__init__(name, path, precision=precision, batch_size=batch_size, choice=choice)
        self._infer_lock = threading.Lock()

    def _open(self) -> Any:
        ov = import_without_telemetry("openvino")

        core = ov.Core()
        if self.precision == "openvino-int8":
            model = core.read_model(str(quantised_graph(self.path, self.name)))
        else:
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


def int8_checked(choice: PrecisionChoice, model_path: str | Path, name: str) -> PrecisionChoice:
    """``choice`` if it is not int8 or this CPU's int8 graph agrees with float32, else OpenVINO
    bf16, saying why."""
    if choice.precision != "openvino-int8":
        return choice
    lowest = int8_agreement(model_path, name)
    if lowest >= INT8_AGREEMENT:
        return choice
    return PrecisionChoice(
        "openvino-bf16",
        f"{choice.reason}; but this CPU's int8 vectors disagree with float32 (lowest cosine "
        f"{lowest:.3f} < {INT8_AGREEMENT}), so bf16",
    )


def questions_precision(stored: str, model_path: str | Path, name: str) -> str | None:
    """The precision to embed questions in for an index of ``stored`` vectors of the model at
    ``model_path``, where it must differ from ``stored``; else None.

    An int8 index may come from a CPU whose int8 agrees with float32; on one
    whose int8 does not, its questions are embedded in bf16, which agrees with
    both. (If the index was built on such a CPU, its own vectors are off: rebuild.)
    """
    if stored != "openvino-int8" or not int8_available():
        return None
    return "openvino-bf16" if int8_agreement(model_path, name) < INT8_AGREEMENT else None


def agreement_texts() -> list[str]:
    """The texts int8 must agree on: the calibration texts and each one's first sentence (a
    question's length: on AMX the short texts were the ones that disagreed, 0.775 at worst)."""
    texts = calibration_texts()
    return texts + [re.split(r"(?<=[.!?])\s+", t, maxsplit=1)[0] for t in texts]


def int8_agreement(model_path: str | Path, name: str, *, root: Path | None = None) -> float:
    """The lowest cosine of this CPU's int8 vectors to its float32 ones over the calibration texts.

    Measured once per CPU and kept beside the int8 graph (written whole, then renamed).
    """
    folder = quantised_graph(model_path, name, root=root).parent
    texts = agreement_texts()
    key = hashlib.sha256("\n".join([" ".join(sorted(cpu_flags())), *texts]).encode()).hexdigest()[:16]
    record = folder / f"agreement-{key}.json"
    if record.exists():
        return float(json.loads(record.read_text(encoding="utf-8"))["lowest_cosine"])
    path = str(model_path)
    int8 = OpenVinoEmbedder(name, path, precision="openvino-int8").encode(texts)
    fp32 = OpenVinoEmbedder(name, path, precision="openvino-fp32").encode(texts)
    lowest = float(np.sum(int8 * fp32, axis=1).min())
    tmp = record.with_suffix(f".{os.getpid()}.tmp")
    tmp.write_text(json.dumps({"lowest_cosine": lowest, "texts": len(texts)}), encoding="utf-8")
    os.replace(tmp, record)
    return lowest


__all__ = [
    "INT8_AGREEMENT",
    "OPENVINO_PRECISIONS",
    "OpenVinoEmbedder",
    "calibration_texts",
    "exported_graph",
    "int8_agreement",
    "int8_available",
    "int8_checked",
    "openvino_available",
    "quantised_graph",
    "require_openvino",
]

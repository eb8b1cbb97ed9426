"""Embedding precision with the real model: bf16 really runs, agrees with fp32, and is recorded."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import numpy as np
import pytest

from assistant import Assistant, Settings
from assistant.errors import IndexMismatchError
from assistant.search import store
from assistant.search.dense import get_embedder
from tests.conftest import CORPUS

SENTENCES = [
    "No social workers were having one-to-one case supervision with a manager.",
    "Caseloads across the service were too high.",
    "Team managers assure the quality of contacts through dip sampling.",
    "The council hired a clinical psychologist as a life coach.",
]
SMALL_DOC = "community-care-2019-stoke-inadequate-no-supervision.txt"


def test_bf16_vectors_differ_from_fp32_but_agree() -> None:
    fp32 = get_embedder("all-MiniLM-L6-v2", precision="fp32").encode(SENTENCES)
    bf16 = get_embedder("all-MiniLM-L6-v2", precision="bf16").encode(SENTENCES)
    assert fp32.dtype == bf16.dtype == np.float32
    # Not bit-identical: autocast really computed in bf16 (a silent fp32 run would be equal).
    assert not np.array_equal(fp32, bf16)
    cosine = np.sum(fp32 * bf16, axis=1)
    assert cosine.min() > 0.99, cosine
    # Same nearest neighbour for every sentence.
    assert (np.argmax(fp32 @ fp32.T - 2 * np.eye(4), 1) == np.argmax(bf16 @ bf16.T - 2 * np.eye(4), 1)).all()


def test_forced_fp32_is_recorded_and_checked_on_load(tmp_path: Path) -> None:
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    for f in CORPUS.glob(SMALL_DOC + "*"):
        shutil.copy(f, corpus)
    index_dir = tmp_path / "index"
    a = Assistant.from_corpus(corpus, index_dir=index_dir, settings=Settings(precision="fp32"))
    assert a.embedder.precision == "fp32"
    manifest = json.loads((store.current_build(index_dir) / "manifest.json").read_text())
    assert manifest["embedder"]["precision"] == "fp32"
    assert "forced" in manifest["embedder"]["precision_reason"]
    # Loading with the manifest's own precision works; a bf16 embedder is refused.
    assert Assistant.load(index_dir).embedder.precision == "fp32"
    with pytest.raises(IndexMismatchError, match="precision='fp32'"):
        Assistant.load(index_dir, embedder=get_embedder("all-MiniLM-L6-v2", precision="bf16"))

"""Shared fixtures: the bundled corpus indexed with the real model, once per run.

Tests where the model is not the point use ``fake_assistant`` (a hashing
embedder), which builds in milliseconds.
"""

from __future__ import annotations

from functools import cache
from pathlib import Path

import pytest

from assistant import Assistant, Settings
from assistant.documents import Document, read_document
from tests import fakes

fakes.register()  # Settings(embedding_model="hashing-64") builds the stand-in

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT / "corpus"
OFSTED = ROOT.parent / "shared" / "ofsted"

# A spread of the real PDFs: older (SIF) and newer (ILACS) reports, and letters.
OFSTED_SAMPLE = [
    "reports/80482_leicester/children's services inspection - 29 january 2025.pdf",
    "reports/80564_stoke-on-trent/children's services inspection - 12 august 2015.pdf",
    "reports/80564_stoke-on-trent/children's services inspection - 18 march 2019.pdf",
    "reports/80448_cheshire west and chester/children's services inspection - 28 august 2024.pdf",
    "reports/80441_bristol/children's services inspection - 05 december 2014.pdf",
]


@cache
def read_ofsted(name: str) -> Document:
    """One document of ``../shared/ofsted`` by its path there, read once; the test is skipped
    where the collection is not beside the project."""
    path = OFSTED / name
    if not path.exists():
        pytest.skip(f"{path} is not here (../shared/ofsted beside the project)")
    return read_document(path, root=OFSTED)


def ofsted_sample() -> list[Path]:
    """Sample PDFs that exist here (``../shared/ofsted`` beside the project)."""
    if not OFSTED.is_dir():
        pytest.skip("../shared/ofsted is not beside the project")
    found = [OFSTED / p for p in OFSTED_SAMPLE if (OFSTED / p).exists()]
    focused = sorted((OFSTED / "focused-visits").glob("*/*.pdf"))[:2]
    return found + focused


@pytest.fixture(autouse=True)
def _no_llm(monkeypatch: pytest.MonkeyPatch) -> None:
    """Tests see the extractive answerer even where a developer set up a model."""
    for var in ("ASSISTANT_LLM_BASE_URL", "ASSISTANT_LLM_MODEL", "ASSISTANT_LLM_API_KEY"):
        monkeypatch.delenv(var, raising=False)


@pytest.fixture(scope="session")
def bundled(tmp_path_factory: pytest.TempPathFactory) -> Assistant:
    """The bundled corpus, indexed with all-MiniLM-L6-v2 (the real model)."""
    return Assistant.from_corpus(CORPUS, index_dir=tmp_path_factory.mktemp("index"))


@pytest.fixture()
def fake_settings() -> Settings:
    return Settings(embedding_model="hashing-64")


@pytest.fixture()
def fake_assistant(tmp_path: Path, fake_settings: Settings) -> Assistant:
    return Assistant.from_corpus(CORPUS, index_dir=tmp_path / "index", settings=fake_settings)

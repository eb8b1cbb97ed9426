"""The command line, run as a user runs it."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from tests.conftest import ROOT


def _run(*args: str, cwd: Path = ROOT) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "assistant.cli", *args], cwd=cwd, capture_output=True, text=True, timeout=600
    )


@pytest.fixture(scope="module")
def index_dir(tmp_path_factory: pytest.TempPathFactory) -> str:
    ix = tmp_path_factory.mktemp("cli") / "index"
    r = _run("index", "corpus", "--index-dir", str(ix))
    assert r.returncode == 0, r.stderr
    assert "documents: 5" in r.stdout and "chunks:" in r.stdout and "precision:" in r.stdout
    return str(ix)


def test_search_prints_ranked_cited_passages(index_dir: str) -> None:
    r = _run("search", "What did Ofsted say about Stoke's supervision?", "--index-dir", index_dir)
    assert r.returncode == 0, r.stderr
    assert "[1] score" in r.stdout and "one-to-one case supervision" in r.stdout
    assert "p. 1" in r.stdout


def test_ask_prints_answer_and_sources(index_dir: str) -> None:
    r = _run("ask", "Which council hired a clinical psychologist as a life coach?", "--index-dir", index_dir)
    assert r.returncode == 0, r.stderr
    assert "Warrington" in r.stdout and "Sources:" in r.stdout


def test_reindex_reports_unchanged(index_dir: str) -> None:
    r = _run("index", "corpus", "--index-dir", index_dir)
    assert r.returncode == 0 and "unchanged: 5 documents" in r.stdout


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["search", "", "--index-dir"], "empty"),
        (["search", "care", "-k", "0", "--index-dir"], "at least 1"),
        (["search", "care", "--council", "Atlantis", "--index-dir"], "Atlantis"),
        (["search", "care", "--index-dir"], "no index"),
    ],
)
def test_user_errors_are_one_line_and_exit_2(
    index_dir: str, tmp_path: Path, args: list[str], message: str
) -> None:
    where = str(tmp_path / "empty") if message == "no index" else index_dir
    r = _run(*args, where, cwd=tmp_path)
    assert r.returncode == 2
    assert message in r.stderr and "Traceback" not in r.stderr
    assert len(r.stderr.strip().splitlines()) == 1


def test_the_test_stand_in_embedder_is_not_a_users_model(index_dir: str, tmp_path: Path) -> None:
    """``hashing-64`` lives in tests/: a user asking for it gets a clear error, not fake vectors."""
    r = _run("index", "corpus", "--index-dir", str(tmp_path / "ix"), "--model", "hashing-64")
    assert r.returncode == 2
    assert "hashing-64" in r.stderr and "Traceback" not in r.stderr


def test_a_model_other_than_the_index_is_refused_not_ignored(index_dir: str) -> None:
    r = _run("search", "caseloads", "--index-dir", index_dir, "--model", "another-model")
    assert r.returncode == 2
    assert "built with the model 'all-MiniLM-L6-v2'" in r.stderr and "--model another-model" in r.stderr


def test_eval_refuses_a_corpus_with_beir() -> None:
    r = _run("eval", "--beir", "../shared/beir-scifact", "--corpus", "corpus")
    assert r.returncode == 2 and "--corpus does not go with --beir" in r.stderr


def test_eval_without_a_corpus_reads_the_index_there_and_never_replaces_it(tmp_path: Path) -> None:
    """An index of other documents is evaluated as it is, not rebuilt from corpus/ over it."""
    docs = tmp_path / "docs"
    docs.mkdir()
    (docs / "a.md").write_text("# Quillbeck\n\nThe Quillbeck panel met in May.\n")
    ix = tmp_path / "index"
    assert _run("index", str(docs), "--index-dir", str(ix)).returncode == 0
    questions = tmp_path / "q.jsonl"
    questions.write_text('{"id": "q", "question": "When did the Quillbeck panel meet?", '
                         '"sources": [{"quote": "The Quillbeck panel met in May."}]}\n')  # fmt: skip
    out = tmp_path / "r.json"
    args = ["--questions", str(questions), "--index-dir", str(ix), "--mode", "bm25", "--json", str(out)]
    r = _run("eval", *args)
    assert r.returncode == 0, r.stderr
    assert json.loads(out.read_text())["chunks"] == 1
    assert _run("search", "Quillbeck", "--index-dir", str(ix)).stdout.count("Quillbeck") >= 1

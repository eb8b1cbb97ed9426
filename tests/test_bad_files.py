"""Bad files in one indexing run, and builds killed with SIGKILL.

Every bad file is indexed or skipped with its reason in the summary; every
other file of the same run is indexed; nothing already indexed is lost; a
killed build always leaves a loadable index, the old one or the new one.
The embedder is the hashing stand-in: files and the store are the point.
"""

from __future__ import annotations

import contextlib
import io
import os
import random
import re
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from assistant import Assistant, IndexNotFoundError, Settings
from tests.conftest import CORPUS, ROOT

FAKE = Settings(embedding_model="hashing-64")


def text_pdf(lines: list[str], *, padding: int = 0) -> bytes:
    """A one-page PDF whose text layer holds ``lines``; ``padding`` bytes of an unused stream make it big."""
    ops = ["BT", "/F1 11 Tf", "14 TL", "72 760 Td"]
    for line in lines:
        escaped = line.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")
        ops.append(f"({escaped}) Tj T*")
    content = "\n".join([*ops, "ET"]).encode("latin-1")
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R "
        b"/Resources << /Font << /F1 5 0 R >> >> >>",
        b"<< /Length %d >>\nstream\n" % len(content) + content + b"\nendstream",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
    ]
    if padding:
        objects.append(b"<< /Length %d >>\nstream\n" % padding + b"\0" * padding + b"\nendstream")
    out = io.BytesIO()
    out.write(b"%PDF-1.4\n")
    offsets = []
    for i, body in enumerate(objects, 1):
        offsets.append(out.tell())
        out.write(b"%d 0 obj\n" % i + body + b"\nendobj\n")
    xref = out.tell()
    out.write(b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1))
    for offset in offsets:
        out.write(b"%010d 00000 n \n" % offset)
    out.write(b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objects) + 1, xref))
    return out.getvalue()


def encrypted(pdf: bytes) -> bytes:
    from pypdf import PdfReader, PdfWriter

    writer = PdfWriter(clone_from=PdfReader(io.BytesIO(pdf)))
    writer.encrypt("secret")
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()


def _copy_corpus(dest: Path) -> Path:
    shutil.copytree(CORPUS, dest, ignore=shutil.ignore_patterns("README.md"))
    return dest


def _corpus_ids(corpus: Path) -> list[str]:
    return [p.name for p in corpus.iterdir() if p.suffix in (".txt", ".md", ".html", ".pdf")]


def _cli(*args: str, timeout: float = 600) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "tests.cli", *args],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=timeout,
    )


# What each bad file is, and how the summary must treat it: a regex of the
# skip reason, or None for "indexed".
LEEDS_PDF = text_pdf(["Inspection of Leeds children's services.", "Caseloads in Leeds are manageable."])
BAD_FILES: dict[str, tuple[bytes, str | None]] = {
    "empty.txt": (b"", r"empty"),
    "whitespace.md": (b" \n\t\n", r"no text in the file"),
    "binary.txt": (bytes(range(256)) * 40, r"binary"),
    "latin-1.txt": ("Le café de Leeds: aide à l'enfance, très bien.".encode("latin-1"), None),
    "windows-1252.txt": ("Ofsted said the “front door” was “strong” – in Leeds.".encode("cp1252"), None),
    "truncated.pdf": (LEEDS_PDF[: len(LEEDS_PDF) // 2], r"not a readable PDF"),
    "encrypted.pdf": (encrypted(LEEDS_PDF), r"encrypted"),
    "scanned.pdf": (text_pdf([]), r"no text could be extracted.*OCR"),
    "not-really.pdf": (b"<html><body>not a pdf</body></html>", r"not a readable PDF|not a PDF"),
    "image.png": (b"\x89PNG\r\n\x1a\n" + b"\0" * 64, r"unsupported file type"),
    "fifty-megabytes.pdf": (text_pdf(["A big file about Leeds fostering."], padding=50 * 2**20), None),
}


@pytest.mark.slow
def test_bad_files_in_one_run_are_reported_and_the_rest_indexed(tmp_path: Path) -> None:
    corpus = _copy_corpus(tmp_path / "corpus")
    index_dir = tmp_path / "index"
    first = Assistant.from_corpus(corpus, index_dir=index_dir, settings=FAKE)
    before = dict(first.documents)

    for name, (content, _) in BAD_FILES.items():
        (corpus / name).write_bytes(content)
    tiny = corpus / "tiny"
    tiny.mkdir()
    for i in range(1000):
        (tiny / f"note-{i:04d}.txt").write_text(f"Note {i}: a visit to Leeds on day {i}.\n", encoding="utf-8")
    original = next(p for p in sorted(corpus.glob("*.txt")) if p.name in before)
    shutil.copy(original, corpus / "copy-of-an-indexed-document.txt")

    t = time.perf_counter()
    done = _cli("index", str(corpus), "--index-dir", str(index_dir), "--model", "hashing-64")
    seconds = time.perf_counter() - t
    assert done.returncode == 0, done.stderr
    out = done.stdout
    skipped = dict(re.findall(r"^  (\S+): (.+)$", out, re.M))

    after = Assistant.load(index_dir)
    for name, (_, reason) in BAD_FILES.items():
        if reason is None:
            assert name in after.documents, (name, skipped.get(name))
        else:
            assert name in skipped, (name, out)
            assert re.search(reason, skipped[name], re.I), (name, skipped[name])
            assert name not in after.documents
    assert re.search(r"duplicate of", skipped["copy-of-an-indexed-document.txt"])
    # Decoded, not mangled: Latin-1 and Windows-1252 text reads as written.
    assert "Le café de Leeds" in after.document_text("latin-1.txt")
    assert "“front door”" in after.document_text("windows-1252.txt")
    # Nothing already indexed is lost, and every good new file is in.
    assert set(before) <= set(after.documents)
    assert sum(1 for d in after.documents if d.startswith("tiny/")) == 1000
    assert re.search(r"^skipped: 9$", out, re.M), out  # 8 bad files and the duplicate
    passages = after.search("caseloads supervision", k=3, mode="bm25")
    assert passages and all(after.document_text(p.doc_id)[p.start : p.end] == p.text for p in passages)
    print(f"\n{len(BAD_FILES) + 1001} new files indexed or skipped in {seconds:.1f} s:\n{out}")


# --------------------------------------------------------------------------
# SIGKILL at random points of a build


def _kill_at(args: list[str], delay: float) -> int | None:
    """Start ``assistant index``; SIGKILL it after ``delay`` seconds; its exit code if it finished first."""
    proc = subprocess.Popen(
        [sys.executable, "-m", "tests.cli", *args],
        cwd=ROOT,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    try:
        return proc.wait(timeout=delay)
    except subprocess.TimeoutExpired:
        os.kill(proc.pid, signal.SIGKILL)
        proc.wait()
        return None


@pytest.mark.slow
def test_builds_killed_at_random_points_leave_a_loadable_index(tmp_path: Path) -> None:
    corpus = _copy_corpus(tmp_path / "corpus")
    extra = corpus / "notes"
    extra.mkdir()
    for i in range(400):  # enough files that reading, chunking and saving each take a while
        (extra / f"note-{i:03d}.txt").write_text(
            f"Visit note {i}. " + "Social workers in Leeds discussed caseloads and supervision. " * 30,
            encoding="utf-8",
        )
    index_dir = tmp_path / "index"
    args = ["index", str(corpus), "--index-dir", str(index_dir), "--model", "hashing-64"]

    # A first build killed before it finishes leaves no index, or a whole one.
    if _kill_at(args, 1.0) is None:
        with contextlib.suppress(IndexNotFoundError):
            Assistant.load(index_dir)
    t = time.perf_counter()
    assert _kill_at(args, 600) == 0
    full = time.perf_counter() - t
    documents = set(Assistant.load(index_dir).documents)

    rng = random.Random(7)
    outcomes = []
    for round_ in range(8):
        # Change something each round so every build has work to do and a new index to write.
        (extra / f"note-{round_:03d}.txt").write_text(f"Changed in round {round_}: Leeds caseloads.", "utf-8")
        (corpus / f"new-{round_}.txt").write_text(f"New note {round_} about Leeds fostering.", "utf-8")
        delay = rng.uniform(0.2, 1.2) * full
        code = _kill_at(args, delay)
        # The 400 identical notes are furniture (text repeated across the collection), which
        # BM25 leaves out; the check is that the index loads and its spans hold.
        a = Assistant.load(index_dir)  # the old build or the new one, never a broken one
        assert documents - {f"new-{r}.txt" for r in range(8)} <= set(a.documents)
        p = a.search("clinical psychologist life coach", k=1, mode="bm25")[0]
        assert a.document_text(p.doc_id)[p.start : p.end] == p.text
        leftovers = [x.name for x in index_dir.iterdir() if x.name.startswith(".build-")]
        outcomes.append((round(delay, 2), "finished" if code == 0 else "killed", len(leftovers)))
    assert any(o[1] == "killed" for o in outcomes), outcomes
    # The next uninterrupted build cleans up what the killed ones left and has every file.
    assert _kill_at(args, 600) == 0
    final = Assistant.load(index_dir)
    assert {f"new-{r}.txt" for r in range(8)} <= set(final.documents)
    assert not [x for x in index_dir.iterdir() if x.name.startswith(".build-")]
    print(f"\nfull build {full:.1f} s; kills (delay s, outcome, partial builds left): {outcomes}")


# Runs ``assistant index`` and SIGKILLs itself at its Nth file-system step
# (a rename, replace, fsync, write or unlink): every point where a build
# changes the disk, not only where a timer happens to land.
KILL_AT_STEP = """
import os, shutil, signal, sys
import numpy as np
step, count = int(sys.argv[1]), [0]
def counted(fn):
    def run(*args, **kwargs):
        count[0] += 1
        if count[0] == step:
            os.kill(os.getpid(), signal.SIGKILL)
        return fn(*args, **kwargs)
    return run
for module, names in ((os, ("rename", "replace", "fsync", "unlink", "rmdir")), (shutil, ("rmtree",)),
                      (np, ("save",))):
    for name in names:
        setattr(module, name, counted(getattr(module, name)))
from assistant.search import store
store._write_text = counted(store._write_text)
sys.path.insert(0, os.getcwd())
from assistant.cli import main
from tests import fakes
fakes.register()
code = main(sys.argv[2:])
print("steps", count[0])
sys.exit(code)
"""


@pytest.mark.slow
def test_a_build_killed_at_every_disk_step_leaves_the_old_or_the_new_index(tmp_path: Path) -> None:
    corpus = _copy_corpus(tmp_path / "corpus")
    index_dir = tmp_path / "index"
    script = tmp_path / "kill_at_step.py"
    script.write_text(KILL_AT_STEP, encoding="utf-8")
    args = ["index", str(corpus), "--index-dir", str(index_dir), "--model", "hashing-64"]

    def run(step: int) -> subprocess.CompletedProcess[str]:
        return subprocess.run(
            [sys.executable, str(script), str(step), *args],
            cwd=ROOT,
            capture_output=True,
            text=True,
            timeout=300,
        )

    first = run(0)  # step 0: never killed; counts the steps of a first build
    assert first.returncode == 0, first.stderr
    old = Assistant.load(index_dir)
    old_ids = set(old.documents)
    # An incremental build that is not killed, to count its disk steps.
    (corpus / "added-0.txt").write_text("Added note 0: Leeds caseloads.", "utf-8")
    counted = run(0)
    assert counted.returncode == 0, counted.stderr
    steps = int(counted.stdout.split("steps")[-1])
    survived = []
    for step in range(1, steps + 1):
        # Each build has a new file to index, so it writes a new index.
        (corpus / f"added-{step}.txt").write_text(f"Added note {step} on Leeds.", "utf-8")
        done = run(step)
        assert done.returncode in (0, -signal.SIGKILL), done.stderr
        a = Assistant.load(index_dir)  # loads: the old build or the new one
        assert old_ids <= set(a.documents)
        for p in a.search("Leeds caseloads", k=3, mode="bm25"):
            assert a.document_text(p.doc_id)[p.start : p.end] == p.text
        survived.append((step, "new" if f"added-{step}.txt" in a.documents else "old"))
    assert len(survived) >= 10, survived
    assert {"old", "new"} <= {s for _, s in survived}, survived
    # Whatever the kills left behind, the next whole build has every file and no leftovers.
    assert run(0).returncode == 0
    final = Assistant.load(index_dir)
    assert {f"added-{step}.txt" for step in range(steps + 1)} <= set(final.documents)
    assert not [x for x in index_dir.iterdir() if x.name.startswith((".build-", ".CURRENT"))]
    print(f"\nkilled at each of {len(survived)} disk steps; index after each (step, old/new): {survived}")


@pytest.mark.slow
def test_two_builds_of_one_folder_at_once_both_succeed(tmp_path: Path) -> None:
    """The build lock: without it each build deletes the other's unfinished one as a leftover."""
    corpus = _copy_corpus(tmp_path / "corpus")
    other = tmp_path / "other"
    other.mkdir()
    for i in range(300):
        (other / f"note-{i}.txt").write_text(f"Note {i} on Leeds caseloads. " * 20, encoding="utf-8")
    index_dir = tmp_path / "index"
    procs = [
        subprocess.Popen(
            [
                sys.executable,
                "-m",
                "tests.cli",
                "index",
                str(p),
                "--index-dir",
                str(index_dir),
                "--model",
                "hashing-64",
            ],
            cwd=ROOT,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )
        for p in (corpus, other)
    ]
    results = [p.communicate(timeout=600) for p in procs]
    assert [p.returncode for p in procs] == [0, 0], results
    a = Assistant.load(index_dir)  # the later build's collection, whole
    ids = set(a.documents)
    notes = {d for d in ids if d.startswith("note-")}
    assert (notes == ids and len(ids) == 300) or (not notes and ids == set(_corpus_ids(corpus)))
    for p in a.search("Leeds caseloads", k=3, mode="bm25"):
        assert a.document_text(p.doc_id)[p.start : p.end] == p.text


def _children(pid: int) -> list[int]:
    path = Path(f"/proc/{pid}/task/{pid}/children")
    return [int(c) for c in path.read_text().split()] if path.exists() else []


@pytest.mark.slow
@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="reads /proc")
def test_a_killed_builds_readers_die_with_it_and_free_the_lock(tmp_path: Path) -> None:
    """An orphaned reader of a SIGKILLed build held the build lock; the next build waited for ever."""
    corpus = _copy_corpus(tmp_path / "corpus")
    for i in range(400):
        (corpus / f"note-{i:03d}.txt").write_text(f"Note {i} on Leeds caseloads. " * 200, encoding="utf-8")
    index_dir = tmp_path / "index"
    args = ["index", str(corpus), "--index-dir", str(index_dir), "--model", "hashing-64"]
    proc = subprocess.Popen(
        [sys.executable, "-m", "tests.cli", *args],
        cwd=ROOT,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    deadline = time.monotonic() + 120
    while not (readers := _children(proc.pid)) and proc.poll() is None and time.monotonic() < deadline:
        time.sleep(0.05)
    assert readers, "the build finished before its readers could be seen; give it more files"
    os.kill(proc.pid, signal.SIGKILL)
    proc.wait()
    deadline = time.monotonic() + 30
    while any(Path(f"/proc/{r}").exists() for r in readers) and time.monotonic() < deadline:
        time.sleep(0.1)
    assert not [r for r in readers if Path(f"/proc/{r}").exists()], "orphaned readers outlived the build"
    assert _kill_at(args, 600) == 0  # and the next build is not kept waiting on the lock

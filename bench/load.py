"""Concurrent chat sessions against ``assistant ui``: errors, citations, latency.

    python bench/load.py                                 # 20 sessions x 25 questions, one upload meanwhile
    python bench/load.py --clients 4 --questions 5 --json

Starts the app (``python -m assistant.cli ui``) on a free port of 127.0.0.1
over the bundled corpus, with a temporary index folder (or ``--index-dir``)
and a generated login (``ASSISTANT_AUTH``). Then ``--clients`` threads, each
its own ``gradio_client`` session, ask ``--questions`` questions each from
``evals/questions.jsonl`` through ``/ask``, all at once; meanwhile one more
session uploads a document through the page's upload endpoint
(``/add_documents``, the handler behind *Index these files*) and then finds
it through ``/search``. Afterwards every citation returned is checked against
the documents: ``Assistant.load(index_dir).document_text(doc_id)[start:end]
== quote``.

Reports errors (should be 0), citations checked and mismatched (should be 0),
p50/p95/max latency of ``/ask`` as a client sees it (queueing included: the
app answers two questions at a time), the upload's time, and the total wall
time. Bounded: at most 64 sessions of 200 questions, loopback only, and
``--timeout`` seconds in all (requests not finished by then count as errors).
Exit status 1 if anything failed.
"""

from __future__ import annotations

import argparse
import contextlib
import json
import math
import os
import secrets
import shutil
import socket
import statistics
import subprocess
import sys
import tempfile
import threading
import time
import urllib.error
import urllib.request
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
QUESTIONS = ROOT / "evals" / "questions.jsonl"
MAX_CLIENTS = 64
MAX_QUESTIONS = 200
UPLOAD_TEXT = (
    "Quillbeck fostering panel note\n\n"
    "The Quillbeck fostering panel raised the zephyrine allowance for kinship carers "
    "to 417 pounds a week from April.\n"
)
UPLOAD_QUERY = "zephyrine allowance for kinship carers"


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


class App:
    """``assistant ui`` in a subprocess on a free port of 127.0.0.1, its output in ``log``."""

    def __init__(self, index_dir: Path, log: Path, *, auth: tuple[str, str] | None = None) -> None:
        self.index_dir, self.log, self.auth = Path(index_dir), Path(log), auth
        self.port = free_port()
        self.url = f"http://127.0.0.1:{self.port}/"
        self.proc: subprocess.Popen[bytes] | None = None

    def start(self, *, timeout: float = 900) -> App:
        env = {k: v for k, v in os.environ.items() if not k.startswith("ASSISTANT_")}
        env["GRADIO_ANALYTICS_ENABLED"] = "False"
        if self.auth:
            env["ASSISTANT_AUTH"] = ":".join(self.auth)
        cmd = [
            sys.executable, "-m", "assistant.cli", "ui",
            "--host", "127.0.0.1", "--port", str(self.port),
            "--index-dir", str(self.index_dir), "--corpus", "corpus",
        ]  # fmt: skip
        with open(self.log, "ab") as out:
            self.proc = subprocess.Popen(cmd, cwd=ROOT, env=env, stdout=out, stderr=subprocess.STDOUT)
        self._wait(timeout)
        return self

    def _wait(self, timeout: float) -> None:
        """Until the app answers HTTP (a 401 counts: it is up, behind its login)."""
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            assert self.proc is not None
            if self.proc.poll() is not None:
                raise RuntimeError(f"assistant ui exited with {self.proc.returncode}:\n{self.tail()}")
            try:
                with urllib.request.urlopen(self.url, timeout=5):
                    return
            except urllib.error.HTTPError:
                return
            except OSError:
                time.sleep(0.2)
        self.stop()
        raise RuntimeError(f"assistant ui did not start in {timeout:.0f} s:\n{self.tail()}")

    def tail(self, chars: int = 4000) -> str:
        return self.log.read_text(errors="replace")[-chars:] if self.log.exists() else ""

    def stop(self) -> None:
        if self.proc is not None and self.proc.poll() is None:
            self.proc.terminate()
            try:
                self.proc.wait(timeout=20)
            except subprocess.TimeoutExpired:
                self.proc.kill()
                self.proc.wait()
        self.proc = None

    def __enter__(self) -> App:
        return self

    def __exit__(self, *exc: object) -> None:
        self.stop()


@dataclass
class Call:
    """One request as a client saw it."""

    kind: str  # "ask", "upload" or "search"
    session: int
    seconds: float
    ok: bool
    error: str = ""
    question: str = ""
    answered: bool = False
    citations: list[dict[str, Any]] = field(default_factory=list)


@dataclass
class Report:
    clients: int
    questions_each: int
    asks: int
    errors: int
    error_samples: list[str]
    answered: int
    citations_checked: int
    citations_mismatched: int
    ask_p50_s: float
    ask_p95_s: float
    ask_max_s: float
    upload_s: float | None
    upload_indexed: bool | None
    upload_searchable: bool | None
    total_s: float
    asks_per_s: float

    @property
    def ok(self) -> bool:
        upload_ok = self.upload_indexed is not False and self.upload_searchable is not False
        return self.errors == 0 and self.citations_mismatched == 0 and upload_ok

    def table(self) -> str:
        rows = [
            ("sessions x questions", f"{self.clients} x {self.questions_each} = {self.asks} asks"),
            ("errors", f"{self.errors}" + (f"  e.g. {self.error_samples[0]}" if self.error_samples else "")),
            ("answered / abstained", f"{self.answered} / {self.asks - self.errors - self.answered}"),
            (
                "citations checked",
                f"{self.citations_checked}, {self.citations_mismatched} not the document's own text",
            ),
            (
                "ask latency p50 / p95 / max",
                f"{self.ask_p50_s:.2f} / {self.ask_p95_s:.2f} / {self.ask_max_s:.2f} s",
            ),
            ("upload meanwhile", _upload_cell(self)),
            ("total wall time", f"{self.total_s:.1f} s ({self.asks_per_s:.2f} asks/s)"),
        ]
        width = max(len(k) for k, _ in rows)
        return "\n".join(f"{k:<{width}}  {v}" for k, v in rows)


def _upload_cell(r: Report) -> str:
    if r.upload_s is None:
        return "none"
    return (
        f"{r.upload_s:.1f} s, indexed: {'yes' if r.upload_indexed else 'NO'}, "
        f"found by /search after: {'yes' if r.upload_searchable else 'NO'}"
    )


def load_questions(path: Path = QUESTIONS) -> list[str]:
    with open(path, encoding="utf-8") as f:
        return [json.loads(line)["question"] for line in f if line.strip()]


def _client(url: str, auth: tuple[str, str] | None) -> Any:
    from gradio_client import Client

    return Client(url, auth=auth, verbose=False, download_files=False, analytics_enabled=False)


def _session(
    n: int,
    url: str,
    auth: tuple[str, str] | None,
    questions: list[str],
    start: threading.Barrier,
    deadline: float,
    out: list[Call],
) -> None:
    """One chat session: its own client, its questions one after another."""
    try:
        client = _client(url, auth)
    except Exception as e:
        out.extend(Call("ask", n, 0.0, False, f"connect: {e!r}"[:300], q) for q in questions)
        start.abort()
        return
    with contextlib.suppress(threading.BrokenBarrierError):  # another session failed to connect
        start.wait(timeout=max(1.0, deadline - time.monotonic()))
    for q in questions:
        remaining = deadline - time.monotonic()
        if remaining <= 0:
            out.append(Call("ask", n, 0.0, False, "not started: --timeout reached", q))
            continue
        t = time.perf_counter()
        try:
            got = client.submit(question=q, api_name="/ask").result(timeout=remaining)
            call = Call(
                "ask", n, time.perf_counter() - t, True, "", q, bool(got["answered"]), got["citations"]
            )
        except Exception as e:
            call = Call("ask", n, time.perf_counter() - t, False, repr(e)[:300], q)
        out.append(call)


def _upload(url: str, auth: tuple[str, str] | None, path: Path, delay: float, out: list[Call]) -> None:
    """Upload ``path`` through the page's endpoint after ``delay`` s, then search for it."""
    from gradio_client import handle_file

    time.sleep(delay)
    try:
        client = _client(url, auth)
        t = time.perf_counter()
        status, *_ = client.predict([handle_file(str(path))], api_name="/add_documents")
        indexed = "Indexed 1 file" in str(status)
        out.append(Call("upload", -1, time.perf_counter() - t, indexed, "" if indexed else str(status)[:300]))
        t = time.perf_counter()
        hits = client.predict(query=UPLOAD_QUERY, k=3, api_name="/search")
        found = any("zephyrine" in h["text"] for h in hits)
        cites = [
            {"doc_id": h["doc_id"], "start": h["start"], "end": h["end"], "quote": h["text"]} for h in hits
        ]
        out.append(
            Call(
                "search",
                -1,
                time.perf_counter() - t,
                found,
                "" if found else "upload not found",
                "",
                found,
                cites,
            )
        )
    except Exception as e:
        out.append(Call("upload", -1, 0.0, False, repr(e)[:300]))


def check_citations(index_dir: Path, calls: list[Call]) -> tuple[int, int]:
    """(checked, mismatched): each quote against its document's text, via the Assistant API."""
    from assistant import Assistant

    a = Assistant.load(index_dir)  # the model loads lazily: not needed to read documents
    checked = mismatched = 0
    for call in calls:
        for c in call.citations:
            checked += 1
            try:
                ok = a.document_text(c["doc_id"])[c["start"] : c["end"]] == c["quote"]
            except Exception:
                ok = False
            mismatched += not ok
    return checked, mismatched


def run(
    *,
    clients: int = 20,
    questions_each: int = 25,
    index_dir: Path | None = None,
    upload: bool = True,
    upload_delay: float = 5.0,
    timeout: float = 3600.0,
    auth: bool = True,
    app: App | None = None,
) -> Report:
    """Start the app (unless ``app`` is given, already started), drive it, check, report."""
    if not 1 <= clients <= MAX_CLIENTS or not 1 <= questions_each <= MAX_QUESTIONS:
        raise ValueError(f"use 1-{MAX_CLIENTS} clients of 1-{MAX_QUESTIONS} questions each")
    with tempfile.TemporaryDirectory(prefix="assistant-load-") as work_name:
        work = Path(work_name)
        if app is None:
            if index_dir is not None:  # a copy: the upload must not stay in the caller's index
                shutil.copytree(index_dir, work / "index")
            login = ("load", secrets.token_urlsafe(12)) if auth else None
            app = App(work / "index", work / "server.log", auth=login)
            with app.start():
                return _drive(app, clients, questions_each, work, upload, upload_delay, timeout)
        return _drive(app, clients, questions_each, work, upload, upload_delay, timeout)


def _drive(
    app: App, clients: int, questions_each: int, work: Path, upload: bool, upload_delay: float, timeout: float
) -> Report:
    pool = load_questions()
    calls: list[Call] = []  # list.append is atomic: the threads share it
    started = time.monotonic()
    deadline = started + timeout
    barrier = threading.Barrier(clients)
    threads = [
        threading.Thread(
            target=_session,
            args=(
                n,
                app.url,
                app.auth,
                [pool[(n * questions_each + i) % len(pool)] for i in range(questions_each)],
                barrier,
                deadline,
                calls,
            ),
            daemon=True,
        )
        for n in range(clients)
    ]
    if upload:
        doc = work / "quillbeck-panel-note.txt"
        doc.write_text(UPLOAD_TEXT, encoding="utf-8")
        threads.append(
            threading.Thread(target=_upload, args=(app.url, app.auth, doc, upload_delay, calls), daemon=True)
        )
    for t in threads:
        t.start()
    for t in threads:
        t.join(timeout=max(0.0, deadline - time.monotonic()) + 60)
    total = time.monotonic() - started
    calls = list(calls)
    asks = [c for c in calls if c.kind == "ask"]
    missing = clients * questions_each - len(asks)  # sessions still stuck at the deadline
    failed = [c for c in calls if not c.ok]
    checked, mismatched = check_citations(app.index_dir, calls)
    times = sorted(c.seconds for c in asks if c.ok)
    uploads = [c for c in calls if c.kind == "upload"]
    searches = [c for c in calls if c.kind == "search"]
    return Report(
        clients=clients,
        questions_each=questions_each,
        asks=clients * questions_each,
        errors=len(failed) + missing,
        error_samples=[f"{c.kind}: {c.error}" for c in failed[:5]],
        answered=sum(c.answered for c in asks if c.ok),
        citations_checked=checked,
        citations_mismatched=mismatched,
        ask_p50_s=statistics.median(times) if times else 0.0,
        ask_p95_s=_percentile(times, 95),
        ask_max_s=times[-1] if times else 0.0,
        upload_s=uploads[0].seconds if uploads else None,
        upload_indexed=(uploads[0].ok if uploads else False) if upload else None,
        upload_searchable=(searches[0].ok if searches else False) if upload else None,
        total_s=total,
        asks_per_s=len(times) / total if total else 0.0,
    )


def _percentile(ordered: list[float], q: float) -> float:
    """Nearest-rank percentile of sorted values (as ``assistant.evaluation.percentile``)."""
    if not ordered:
        return 0.0
    return ordered[max(1, math.ceil(q / 100 * len(ordered))) - 1]


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument(
        "--clients", type=int, default=20, help=f"concurrent sessions (1-{MAX_CLIENTS}; default 20)"
    )
    p.add_argument(
        "--questions", type=int, default=25, help=f"questions per session (1-{MAX_QUESTIONS}; default 25)"
    )
    p.add_argument(
        "--index-dir", type=Path, help="start from a copy of this built index (default: build one at start)"
    )
    p.add_argument("--no-upload", action="store_true", help="no upload during the run")
    p.add_argument("--no-auth", action="store_true", help="serve without a login")
    p.add_argument("--timeout", type=float, default=3600.0, help="seconds for the whole run (default 3600)")
    p.add_argument("--json", action="store_true", help="print the figures as JSON")
    args = p.parse_args(argv)
    report = run(
        clients=args.clients,
        questions_each=args.questions,
        index_dir=args.index_dir,
        upload=not args.no_upload,
        timeout=args.timeout,
        auth=not args.no_auth,
    )
    if args.json:
        print(json.dumps({**asdict(report), "ok": report.ok}, indent=2))
    else:
        load = os.getloadavg()[0]
        print(f"assistant ui under load (load average {load:.1f} on {os.cpu_count()} CPUs)")
        print(report.table())
    return 0 if report.ok else 1


if __name__ == "__main__":
    sys.exit(main())

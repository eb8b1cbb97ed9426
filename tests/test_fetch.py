"""``assistant fetch`` against a local HTTP server on 127.0.0.1 serving good and bad files."""

from __future__ import annotations

import csv
import os
import signal
import socket
import subprocess
import sys
import threading
import time
from collections import Counter
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest

from assistant import Assistant, Settings
from assistant.cli import main
from assistant.errors import AssistantError
from assistant.fetch import FetchError, Link, Options, Throttle, content_problem, fetch, read_links
from assistant.sidecar import OFSTED_COLUMNS
from tests.conftest import ROOT

QUICK = Options(rate=0, timeout=0.5, retries=1, backoff=0)


def make_pdf(*lines: str) -> bytes:
    """A small valid one-page PDF whose text is ``lines`` (Helvetica, with a correct xref table)."""
    body = " ".join(f"({line}) Tj 0 -16 Td" for line in lines)
    content = f"BT /F1 11 Tf 72 720 Td {body} ET".encode("latin-1")
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R"
        b" /Resources << /Font << /F1 5 0 R >> >> >>",
        b"<< /Length %d >>\nstream\n%s\nendstream" % (len(content), content),
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
    ]
    out, offsets = b"%PDF-1.4\n", []
    for number, obj in enumerate(objects, start=1):
        offsets.append(len(out))
        out += b"%d 0 obj\n%s\nendobj\n" % (number, obj)
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    out += b"".join(b"%010d 00000 n \n" % o for o in offsets)
    out += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objects) + 1, xref)
    return out


GOOD = {
    f"/good/{name}.pdf": make_pdf(
        f"Inspection of {council} local authority children's services",
        f"Inspectors found that children in {council} are helped and protected well.",
        "Social workers know their children well and visit them regularly.",
    )
    for name, council in (("a", "Leeds"), ("b", "Wigan"), ("c", "Dorset"))
}
ERROR_PAGE = b"<!DOCTYPE html><html><body><h1>Sorry, we could not find that page</h1></body></html>"


class _QuietServer(ThreadingHTTPServer):
    def handle_error(self, request: object, client_address: object) -> None:
        pass  # a client that gave up (the timeout fixture) is expected here


class Server:
    """Fixtures over HTTP: good PDFs, an error page, a 404, a timeout, cut-short bodies, a flaky 503."""

    def __init__(self) -> None:
        self.hits: Counter[str] = Counter()
        self.stall_first = threading.Event()  # set: the first /stall.pdf sends half, then hangs
        self.stalled = threading.Event()  # set once it has hung
        server = self

        class Handler(BaseHTTPRequestHandler):
            def log_message(self, *args: object) -> None:
                pass

            def do_GET(self) -> None:
                server.hits[self.path] += 1
                server.respond(self)

        self.httpd = _QuietServer(("127.0.0.1", 0), Handler)
        self.httpd.daemon_threads = True
        self.url = f"http://127.0.0.1:{self.httpd.server_address[1]}"
        threading.Thread(target=self.httpd.serve_forever, daemon=True).start()

    def respond(self, h: BaseHTTPRequestHandler) -> None:
        path, n = h.path, self.hits[h.path]
        if path in GOOD or (path == "/flaky.pdf" and n > 1) or (path == "/stall.pdf" and n > 1):
            self.send(h, 200, GOOD.get(path, GOOD["/good/a.pdf"]), "application/pdf")
        elif path == "/notes.txt":
            self.send(h, 200, b"Notes on Leeds children's services.", "text/plain")
        elif path == "/error.pdf":
            self.send(h, 200, ERROR_PAGE, "text/html")
        elif path == "/flaky.pdf":
            self.send(h, 503, b"busy", "text/plain", {"Retry-After": "0"})
        elif path == "/slow.pdf":
            time.sleep(2.0)
            self.send(h, 200, GOOD["/good/a.pdf"], "application/pdf")
        elif path == "/truncated.pdf":
            body = GOOD["/good/a.pdf"]
            self.send(h, 200, body[: len(body) // 2], "application/pdf", {"Content-Length": str(len(body))})
        elif path == "/noeof.pdf":
            self.send(h, 200, GOOD["/good/b.pdf"].replace(b"%%EOF", b""), "application/pdf")
        elif path == "/stall.pdf" and self.stall_first.is_set():
            body = GOOD["/good/c.pdf"]
            h.send_response(200)
            h.send_header("Content-Length", str(len(body)))
            h.end_headers()
            h.wfile.write(body[:100])
            h.wfile.flush()
            self.stalled.set()
            time.sleep(30)
        else:
            self.send(h, 404, b"not found", "text/plain")

    @staticmethod
    def send(
        h: BaseHTTPRequestHandler, code: int, body: bytes, ctype: str, headers: dict[str, str] | None = None
    ) -> None:
        h.send_response(code)
        h.send_header("Content-Type", ctype)
        for k, v in ({"Content-Length": str(len(body))} | (headers or {})).items():
            h.send_header(k, v)
        h.end_headers()
        h.wfile.write(body)


@pytest.fixture()
def server() -> Iterator[Server]:
    s = Server()
    yield s
    s.httpd.shutdown()
    s.httpd.server_close()


def _links_csv(tmp_path: Path, server: Server, paths: list[str], name: str = "links.csv") -> Path:
    out = tmp_path / name
    with open(out, "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f)
        w.writerow(["url", "path", "title", "council"])
        for p in paths:
            w.writerow([server.url + p, p.lstrip("/"), f"Title of {p}", "Leeds"])
    return out


GOOD_PATHS = [*GOOD, "/flaky.pdf", "/notes.txt"]
BAD_PATHS = ["/error.pdf", "/gone.pdf", "/slow.pdf", "/truncated.pdf", "/noeof.pdf"]


def _sources(folder: Path) -> list[dict[str, str]]:
    with open(folder / "sources.csv", encoding="utf-8", newline="") as f:
        return list(csv.DictReader(f))


def _files(folder: Path) -> set[str]:
    return {p.relative_to(folder).as_posix() for p in folder.rglob("*") if p.is_file()}


def test_good_files_once_bad_ones_reported_and_never_saved(tmp_path: Path, server: Server) -> None:
    links = read_links(_links_csv(tmp_path, server, GOOD_PATHS + BAD_PATHS))
    dest = tmp_path / "docs"
    (dest / "good").mkdir(parents=True)
    (dest / "good" / "a.pdf").write_bytes(ERROR_PAGE)  # an earlier scraper's error page, under a .pdf name

    report = fetch(links, dest, options=QUICK)
    reasons = {o.link.path: o.reason for o in report.failed}
    assert report.count("downloaded") == len(GOOD_PATHS) and report.count("present") == 0
    assert set(reasons) == {p.lstrip("/") for p in BAD_PATHS}
    assert "HTML page" in reasons["error.pdf"]
    assert "HTTP 404" in reasons["gone.pdf"]
    assert "timed out" in reasons["slow.pdf"].lower()
    assert "incomplete download" in reasons["truncated.pdf"]
    assert "no %%EOF" in reasons["noeof.pdf"]
    assert _files(dest) == {p.lstrip("/") for p in GOOD_PATHS} | {"sources.csv"}, (
        "no bad file, no temporary file"
    )
    assert (dest / "good" / "a.pdf").read_bytes() == GOOD["/good/a.pdf"]
    assert all(content_problem(dest / p.lstrip("/")) == "" for p in GOOD_PATHS)
    assert server.hits["/flaky.pdf"] == 2 and server.hits["/gone.pdf"] == 1, "503 retried, 404 not"

    before = Counter(server.hits)
    again = fetch(links, dest, options=QUICK)
    assert again.count("downloaded") == 0 and again.count("present") == len(GOOD_PATHS)
    assert all(server.hits[p] == before[p] for p in GOOD_PATHS), "nothing present is fetched again"
    assert len(again.failed) == len(BAD_PATHS)


def test_sources_csv_gives_the_indexer_each_files_link(tmp_path: Path, server: Server) -> None:
    ofsted = tmp_path / "ofsted.csv"
    with open(ofsted, "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f)
        w.writerow([*OFSTED_COLUMNS, "inspection_start_date"])
        w.writerow(
            [
                "80001",
                "leeds",
                "children's services inspection - 09 may 2025.pdf",
                server.url + "/good/a.pdf",
                "09/05/25",
                "17/03/2025",
            ]
        )
        w.writerow(
            [
                "80002",
                "wigan",
                "children's services inspection - 01 june 2024.pdf",
                server.url + "/good/b.pdf",
                "01/06/24",
                "",
            ]
        )
    dest = tmp_path / "docs"
    report = fetch(read_links(ofsted), dest, options=QUICK)
    assert report.count("downloaded") == 2 and not report.failed
    leeds = "reports/80001_leeds/children's services inspection - 09 may 2025.pdf"
    assert (dest / leeds).read_bytes() == GOOD["/good/a.pdf"]
    rows = {r["path"]: r for r in _sources(dest)}
    assert rows[leeds] == {
        "path": leeds,
        "url": server.url + "/good/a.pdf",
        "title": "",
        "publisher": "Ofsted",
        "date": "2025-05-09",
        "council": "leeds",
    }

    a = Assistant.from_corpus(
        dest, index_dir=tmp_path / "ix", settings=Settings(embedding_model="hashing-64")
    )
    assert {d.url for d in a.documents.values()} == {server.url + "/good/a.pdf", server.url + "/good/b.pdf"}
    assert a.documents[leeds].authority == "Leeds" and a.documents[leeds].date == "2025-05-09"


def test_a_run_cut_short_resumes(tmp_path: Path, server: Server) -> None:
    links = read_links(_links_csv(tmp_path, server, GOOD_PATHS))
    dest = tmp_path / "docs"
    first = fetch(links, dest, options=QUICK, limit=2)
    assert first.count("downloaded") == 2 and first.not_tried == len(GOOD_PATHS) - 2
    assert "| not tried | 3 |" in first.table()
    rows = _sources(dest)
    assert len(rows) == 2, "sources.csv lists what is there"
    rest = fetch(links, dest, options=QUICK)
    assert (rest.count("present"), rest.count("downloaded")) == (2, len(GOOD_PATHS) - 2)
    assert all(server.hits[p] == 1 + (p == "/flaky.pdf") for p in GOOD_PATHS)


def test_a_killed_run_leaves_no_half_file_and_the_next_run_completes(tmp_path: Path, server: Server) -> None:
    paths = ["/good/a.pdf", "/stall.pdf", "/good/b.pdf"]
    links = _links_csv(tmp_path, server, paths)
    dest = tmp_path / "docs"
    server.stall_first.set()
    cmd = [sys.executable, "-m", "assistant.cli", "fetch", str(links), str(dest), "--rate", "0"]
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    proc = subprocess.Popen(cmd, cwd=ROOT, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    try:
        assert server.stalled.wait(60), "the download never started"
        proc.send_signal(signal.SIGKILL)
        proc.wait(30)
    finally:
        proc.kill()
    assert not (dest / "stall.pdf").exists(), "a half download is never in place"
    assert (dest / "good" / "a.pdf").read_bytes() == GOOD["/good/a.pdf"]

    done = subprocess.run(cmd, cwd=ROOT, env=env, capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr
    assert "| downloaded | 2 |" in done.stdout and "| already present | 1 |" in done.stdout
    assert _files(dest) == {"good/a.pdf", "stall.pdf", "good/b.pdf", "sources.csv"}
    assert server.hits["/good/a.pdf"] == 1


def test_the_command_prints_a_table_and_fails_if_any_file_failed(
    tmp_path: Path, server: Server, capsys: pytest.CaptureFixture[str]
) -> None:
    links = _links_csv(tmp_path, server, ["/good/a.pdf", "/error.pdf", "/gone.pdf"])
    code = main(["fetch", str(links), str(tmp_path / "docs"), "--rate", "0", "--retries", "0"])
    out = capsys.readouterr().out
    assert code == 1
    assert "| downloaded | 1 |" in out and "| failed | 2 |" in out
    assert "error.pdf: not a PDF: the server sent an HTML page" in out and "gone.pdf: HTTP 404" in out
    assert "next: assistant index" in out


def test_rows_that_cannot_be_fetched_safely_are_failures_not_files(tmp_path: Path, server: Server) -> None:
    links = tmp_path / "links.csv"
    links.write_text(
        "url,path\n"
        f"{server.url}/good/a.pdf,../outside.pdf\n"
        "ftp://127.0.0.1/y.pdf,\n"
        f"{server.url}/file/123,\n"
        f"{server.url}/good/b.pdf,z.pdf\n"
        f"{server.url}/good/c.pdf,z.pdf\n",
        encoding="utf-8",
    )
    report = fetch(read_links(links), tmp_path / "docs", options=QUICK)
    reasons = [o.reason for o in report.failed]
    assert len(reasons) == 4 and report.count("downloaded") == 1
    assert "must stay inside the folder" in reasons[0]
    assert "does not start with http" in reasons[1]
    assert "not a file the indexer reads" in reasons[2]
    assert "listed more than once" in reasons[3]
    assert not (tmp_path / "outside.pdf").exists() and server.hits["/good/a.pdf"] == 0
    assert (tmp_path / "docs" / "z.pdf").read_bytes() == GOOD["/good/b.pdf"]


def test_a_file_that_cannot_be_saved_is_a_failure_and_the_run_goes_on(tmp_path: Path, server: Server) -> None:
    dest = tmp_path / "docs"
    dest.mkdir()
    (dest / "blocked").write_text("a file where a folder should be", encoding="utf-8")
    links = [Link(server.url + "/good/a.pdf", "blocked/a.pdf"), Link(server.url + "/good/b.pdf", "b.pdf")]
    report = fetch(links, dest, options=QUICK)
    assert [o.status for o in report.outcomes] == ["failed", "downloaded"]
    assert "cannot be saved" in report.outcomes[0].reason


def test_a_csv_without_links_and_bad_options_are_clear_errors(tmp_path: Path) -> None:
    bad = tmp_path / "bad.csv"
    bad.write_text("name,address\nLeeds,somewhere\n", encoding="utf-8")
    with pytest.raises(FetchError, match="no url column"):
        read_links(bad)
    with pytest.raises(AssistantError, match="rate -1"):
        Options(rate=-1)
    dated = tmp_path / "dated.csv"
    dated.write_text(
        "url,date\nhttp://127.0.0.1/a.pdf,31/31/2020\nhttp://127.0.0.1/b.pdf,9 May 2025\n", encoding="utf-8"
    )
    bad_date, good_date = read_links(dated)
    assert "date '31/31/2020' is not a date" in bad_date.problem, "sources.csv would stop the index"
    assert (good_date.problem, good_date.date) == ("", "2025-05-09")


def test_requests_are_spaced_by_the_rate(tmp_path: Path, server: Server) -> None:
    slept: list[float] = []
    now = [100.0]  # a clock that only sleeping moves

    def sleep(seconds: float) -> None:
        slept.append(seconds)
        now[0] += seconds

    throttle = Throttle(2.0, clock=lambda: now[0], sleep=sleep)
    links = [Link(server.url + p, p.lstrip("/")) for p in GOOD]
    fetch(links, tmp_path / "docs", throttle=throttle)
    assert slept == [0.5, 0.5], "three requests, half a second apart"


def test_a_server_that_never_answers_stops_the_run(tmp_path: Path) -> None:
    with socket.socket() as s:  # a port nothing listens on: every connection is refused
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    links = [Link(f"http://127.0.0.1:{port}/{i}.pdf", f"{i}.pdf") for i in range(8)]
    report = fetch(links, tmp_path / "docs", options=QUICK)
    assert len(report.failed) == 5 and report.not_tried == 3
    assert "run the same command again" in report.table() and "| not tried | 3 |" in report.table()
    assert _files(tmp_path / "docs") == {"sources.csv"}

"""The whole collection, as a user builds and serves it: one row.

    python bench/whole.py [--ofsted ../shared/ofsted] [--work-dir bench/results/whole]
                          [--kill-at 0.5] [--json bench/results/whole.json]

Each build runs in a fresh process (this file with ``--child``), with the
default settings and embedder:

1. **cold**: a build into an empty index folder (no embedding cache);
2. **re-run**: the same command again, nothing changed;
3. **resume after kill**: the folder emptied, a cold build SIGKILLed when
   its embedding stage is ``--kill-at`` done, then the build run again:
   how long the resumed build takes and how many chunks it embedded again
   beyond what the killed one had not reached (at most one flush interval
   of the embedding cache);
4. **serving**: ``bench/probe.py ours`` on the built index (a fresh
   process): load time, search p50/p95 per mode, peak RSS, hit@5 on the
   Ofsted questions.

Peak RSS of a build is the child's own high-water mark (``VmHWM``) and the
largest of its reader and chunker processes'. Timings are wall-clock on a
2-core machine: the JSON records the load average around each step.
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

os.environ.setdefault("HF_HUB_OFFLINE", "1")
os.environ.setdefault("TRANSFORMERS_OFFLINE", "1")
os.environ.setdefault("TOKENIZERS_PARALLELISM", "false")

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
sys.path.insert(0, str(HERE))


def child(ofsted: str, index_dir: str) -> None:
    """One build with the default settings, its stages printed as lines for the parent."""
    from probe import peak_rss_mb

    from assistant.config import Settings
    from assistant.indexing import build_index
    from assistant.search.dense import get_embedder

    settings = Settings()
    embedder = get_embedder(
        settings.embedding_model, precision=settings.precision, batch_size=settings.embed_batch_size
    )

    def progress(stage: str, done: int, total: int) -> None:
        print(f"progress {stage} {done} {total}", flush=True)

    r = build_index([ofsted], index_dir, settings=settings, embedder=embedder, progress=progress)
    report = {
        "seconds": r.seconds,
        "read_seconds": r.read_seconds,
        "chunk_seconds": r.chunk_seconds,
        "embed_seconds": r.embed_seconds,
        "embedded": r.embedded,
        "reused_vectors": r.reused_vectors,
        "embed_rate": r.embed_rate,
        "documents": r.documents,
        "chunks": r.chunks,
        "pages": r.pages,
        "skipped": len(r.skipped),
        "unchanged": r.unchanged,
        "embedder": f"{embedder.name} {embedder.precision}",
        "peak_rss_mb": peak_rss_mb(),
        "workers_peak_rss_mb": resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024,
    }
    print("report " + json.dumps(report), flush=True)


def run_build(ofsted: Path, index_dir: Path, *, kill_at: float | None = None) -> dict[str, Any]:
    """A build in a fresh process, SIGKILLed once embedding is ``kill_at`` done if given."""
    cmd = [sys.executable, str(Path(__file__).resolve()), "--child", str(ofsted), str(index_dir)]
    load = os.getloadavg()[0]
    started = time.perf_counter()
    proc = subprocess.Popen(cmd, cwd=ROOT, stdout=subprocess.PIPE, text=True)
    assert proc.stdout is not None
    out: dict[str, Any] = {"load_before": load}
    for line in proc.stdout:
        word, _, rest = line.rstrip("\n").partition(" ")
        if word == "report":
            out.update(json.loads(rest))
        elif word == "progress":
            stage, done, total = rest.split()
            if stage == "embed":
                out["embedded_when_last_heard"], out["to_embed"] = int(done), int(total)
                if kill_at is not None and int(done) >= kill_at * int(total):
                    os.kill(proc.pid, signal.SIGKILL)
                    out["killed"] = True
                    break
    code = proc.wait()
    out["wall_seconds"] = time.perf_counter() - started
    out["load_after"] = os.getloadavg()[0]
    if code != 0 and not out.get("killed"):
        raise RuntimeError(f"{' '.join(cmd)} exited {code}")
    return out


def serve(index_dir: Path, work: Path, reps: int) -> dict[str, Any]:
    out = work / "serve.json"
    cmd = [
        sys.executable,
        str(HERE / "probe.py"),
        "ours",
        "--index-dir",
        str(index_dir),
        "--questions",
        str(ROOT / "evals" / "ofsted_questions.jsonl"),
        "--out",
        str(out),
        "--reps",
        str(reps),
    ]
    subprocess.run(cmd, cwd=ROOT, check=True, capture_output=True)
    result: dict[str, Any] = json.loads(out.read_text(encoding="utf-8"))
    return result


def render(r: dict[str, Any]) -> str:
    cold, again, killed, resumed, s = r["cold"], r["rerun"], r["killed"], r["resumed"], r["serve"]
    lost = resumed["embedded"] - (killed["to_embed"] - killed["embedded_when_last_heard"])
    hybrid, hit = s["latency"]["hybrid"], s["quality"]["hybrid"]["hit@5"]
    rows = [
        ("documents / pages / chunks", f"{cold['documents']} / {cold['pages']:,} / {cold['chunks']:,}"),
        ("embedder", cold["embedder"]),
        (
            "cold build s (read, chunk, embed)",
            f"{cold['wall_seconds']:.0f} ({cold['read_seconds']:.0f}, {cold['chunk_seconds']:.0f}, "
            f"{cold['embed_seconds']:.0f}); {cold['embed_rate']:.1f} chunks/s",
        ),
        (
            "cold build peak RSS MiB (build, largest worker)",
            f"{cold['peak_rss_mb']:.0f}, {cold['workers_peak_rss_mb']:.0f}",
        ),
        ("re-run s (nothing changed)", f"{again['wall_seconds']:.1f}"),
        (
            f"killed at {killed['embedded_when_last_heard']:,} of {killed['to_embed']:,} embedded",
            f"after {killed['wall_seconds']:.0f} s",
        ),
        (
            "resumed build s, chunks embedded",
            f"{resumed['wall_seconds']:.0f}, {resumed['embedded']:,} ({lost:,} embedded again)",
        ),
        ("serving: load s, peak RSS MiB", f"{s['load_seconds']:.1f}, {s['peak_rss_mb']:.0f}"),
        ("hybrid p50 / p95 ms", f"{hybrid['p50_ms']:.1f} / {hybrid['p95_ms']:.1f}"),
        ("hybrid hit@5 (Ofsted questions, all)", f"{hit:.3f}"),
        ("load average, start / end", f"{r['load_start']:.1f} / {r['load_end']:.1f}"),
    ]
    width = max(len(k) for k, _ in rows)
    return "\n".join(f"{k:<{width}}  {v}" for k, v in rows)


def main() -> None:
    p = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    p.add_argument("--ofsted", default=str(ROOT.parent / "shared" / "ofsted"))
    p.add_argument("--work-dir", default=str(HERE / "results" / "whole"))
    p.add_argument("--kill-at", type=float, default=0.5, help="fraction of the embedding stage")
    p.add_argument("--reps", type=int, default=3)
    p.add_argument("--json", default=str(HERE / "results" / "whole.json"))
    p.add_argument("--child", nargs=2, metavar=("OFSTED", "INDEX_DIR"), help=argparse.SUPPRESS)
    args = p.parse_args()
    if args.child:
        child(*args.child)
        return
    ofsted, work = Path(args.ofsted), Path(args.work_dir)
    index_dir = work / "index"
    shutil.rmtree(work, ignore_errors=True)
    work.mkdir(parents=True)
    r: dict[str, Any] = {"command": " ".join(sys.argv), "load_start": os.getloadavg()[0]}
    steps = [
        ("cold", lambda: run_build(ofsted, index_dir)),
        ("rerun", lambda: run_build(ofsted, index_dir)),
        ("killed", lambda: (shutil.rmtree(index_dir), run_build(ofsted, index_dir, kill_at=args.kill_at))[1]),
        ("resumed", lambda: run_build(ofsted, index_dir)),
        ("serve", lambda: serve(index_dir, work, args.reps)),
    ]
    for name, step in steps:
        print(f"[whole] {name}", file=sys.stderr, flush=True)
        r[name] = step()
    r["load_end"] = os.getloadavg()[0]
    Path(args.json).parent.mkdir(parents=True, exist_ok=True)
    Path(args.json).write_text(json.dumps(r, indent=2), encoding="utf-8")
    print(render(r))
    print(f"\nJSON: {args.json}")


if __name__ == "__main__":
    main()

"""``assistant index | search | ask | eval | ui | fetch``: the command line.

Errors the user can fix (a bad query, a missing index, an unreadable file)
are printed as one line on stderr with exit status 2; no traceback.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from collections.abc import Sequence
from pathlib import Path
from typing import Any, NoReturn, get_args

from assistant.config import (
    BACKENDS,
    DEFAULT_CORPUS,
    DEFAULT_INDEX_DIR,
    MODES,
    RERANK_VECTORS,
    Precision,
    Settings,
    settings_from_args,
)
from assistant.errors import AssistantError


class _Bar:
    """One tqdm bar per stage ("read", "chunk", "embed")."""

    def __init__(self) -> None:
        self.bars: dict[str, Any] = {}

    def __call__(self, stage: str, done: int, total: int) -> None:
        from tqdm import tqdm

        labels = {
            "read": "reading files",
            "chunk": "chunking",
            "embed": "embedding chunks",
            "milvus": "inserting into Milvus",
        }
        bar = self.bars.get(stage)
        if bar is None:
            unit = "chunk" if stage in ("embed", "milvus") else "doc"
            bar = self.bars[stage] = tqdm(
                total=total, desc=labels.get(stage, stage), unit=unit, file=sys.stderr, leave=True
            )
        bar.update(done - bar.n)
        if done >= total:
            bar.close()


def cmd_index(args: argparse.Namespace) -> int:
    from assistant.api import Assistant

    paths = args.paths or [DEFAULT_CORPUS]
    settings = Settings(**settings_from_args(args))
    a = Assistant.from_corpus(paths, index_dir=args.index_dir, settings=settings, progress=_Bar())
    r = a.last_build
    assert r is not None
    print(f"index: {r.path}")
    built = a.index.manifest.get("backend")
    if built:
        print(f"backend: {built['name']} at {built['uri']} (collection {built['collection']})")
    if r.unchanged:
        print(
            f"unchanged: {r.documents} documents, {r.chunks} chunks; nothing re-read or re-embedded "
            f"({r.seconds:.1f} s)"
        )
    else:
        print(
            f"documents: {r.documents} ({r.parsed} read, {r.reused_documents} unchanged, "
            f"{r.removed} removed); pages: {r.pages}"
        )
        if r.metadata_updated:
            print(f"metadata: {r.metadata_updated} unchanged documents updated from their sidecar CSV")
        rate = f" at {r.embed_rate:.1f} chunks/s" if r.embedded else ""
        print(f"chunks: {r.chunks} ({r.embedded} embedded{rate}, {r.reused_vectors} reused)")
        print(f"precision: {r.precision} ({r.precision_reason})")
        print(
            f"time: {r.seconds:.1f} s (reading {r.read_seconds:.1f} s at {r.read_rate:.0f} pages/s, "
            f"chunking {r.chunk_seconds:.1f} s, embedding {r.embed_seconds:.1f} s)"
        )
    if r.skipped:
        print(f"skipped: {len(r.skipped)}")
        for s in r.skipped:
            reason = s.reason.removeprefix(f"{Path(s.path).name}: ")
            print(f"  {s.path}: {reason}")
    return 0


def _load(args: argparse.Namespace) -> Any:
    from assistant.api import Assistant

    return Assistant.open(args.index_dir, corpus=args.corpus, options=settings_from_args(args))


def _filters(args: argparse.Namespace) -> dict[str, Any] | None:
    f = {
        k: v
        for k, v in {
            "authority": getattr(args, "council", None),
            "doc_type": getattr(args, "doc_type", None),
            "date_from": getattr(args, "date_from", None),
            "date_to": getattr(args, "date_to", None),
        }.items()
        if v
    }
    return f or None


def _citation_line(p: Any) -> str:
    pages = f"p. {p.page}" if p.page == (p.page_end or p.page) else f"pp. {p.page}-{p.page_end}"
    return f"{p.title} ({p.doc_type}, {p.date or 'undated'}, {pages}) [{p.doc_id} {p.start}:{p.end}]"


def cmd_search(args: argparse.Namespace) -> int:
    a = _load(args)
    passages = a.search(args.query, k=args.k, mode=args.mode, filters=_filters(args))
    if args.json:
        print(json.dumps([p.__dict__ for p in passages], ensure_ascii=False, indent=2))
        return 0
    if not passages:
        print("No passages match.")
    for rank, p in enumerate(passages, start=1):
        print(f"[{rank}] score {p.score:.4f}  {p.authority or '-'}")
        print(f"    {_citation_line(p)}")
        text = " ".join(p.text.split())
        print(f"    {text[:600]}{'...' if len(text) > 600 else ''}\n")
    return 0


def cmd_ask(args: argparse.Namespace) -> int:
    a = _load(args)
    answer = a.ask(args.question, filters=_filters(args), mode=args.mode)
    if args.json:
        print(json.dumps(answer.to_dict(), ensure_ascii=False, indent=2))
    else:
        print(answer.plain_text())
        for note in answer.notes:
            print(f"note: {note}", file=sys.stderr)
    return 0


def cmd_eval(args: argparse.Namespace) -> int:
    from assistant.eval_cli import run_eval_command

    return run_eval_command(args)


def cmd_fetch(args: argparse.Namespace) -> int:
    from assistant.fetch import Options, fetch, read_links

    links = read_links(args.links)
    options = Options(rate=args.rate, timeout=args.timeout, retries=args.retries)

    def progress(done: int, total: int, outcome: Any) -> None:
        if outcome.status != "present":
            note = f": {outcome.reason}" if outcome.reason else ""
            print(f"[{done}/{total}] {outcome.status} {outcome.link.path}{note}", file=sys.stderr)

    report = fetch(links, args.dir, options=options, limit=args.limit, progress=progress)
    print(report.table())
    print(f"\nsidecar: {report.sidecar}")
    print(f"next: assistant index {args.dir}")
    return 1 if report.failed else 0


def cmd_ui(args: argparse.Namespace) -> int:
    from assistant.ui import launch

    launch(args)
    return 0


class _Parser(argparse.ArgumentParser):
    """A usage mistake is one line on stderr and exit status 2, like the other user errors."""

    def error(self, message: str) -> NoReturn:
        self.exit(2, f"{self.prog}: {message} (see {self.prog} --help)\n")


def _add_eval(sub: Any) -> None:
    sp = sub.add_parser("eval", help="retrieval and answer metrics on a question file or BEIR set")
    sp.add_argument("--questions", help="JSONL question file")
    sp.add_argument("--corpus", nargs="+", help=f"paths to index (default: {DEFAULT_CORPUS})")
    sp.add_argument("--beir", help="a BEIR folder (corpus.jsonl, queries.jsonl, qrels/)")
    sp.add_argument(
        "--split",
        help="questions of this split only (dev or test; default: all); with --beir, the qrels split "
        "(default: test)",
    )
    sp.add_argument("--mode", choices=[*MODES, "all"], default="all")
    sp.add_argument(
        "-k", type=int, default=10, help="passages retrieved per question; with --beir, nDCG@k (default: 10)"
    )
    sp.add_argument("--json", dest="json_out", help="write the figures to this JSON file")
    sp.add_argument("--no-answers", action="store_true", help="retrieval metrics only")
    sp.add_argument("--check-baseline", help="fail if below this baseline JSON (CI floor)")
    _common(sp)
    sp.set_defaults(func=cmd_eval)


def _add_fetch(sub: Any) -> None:
    sp = sub.add_parser("fetch", help="download the documents a CSV of links lists, into a folder to index")
    sp.add_argument("links", help="CSV with a url column (and optional path), or Ofsted's history CSV")
    sp.add_argument("dir", help="folder to download into (made if missing); then: assistant index DIR")
    sp.add_argument("--rate", type=float, default=1.0, help="requests per second at most (default: 1)")
    sp.add_argument("--timeout", type=float, default=30.0, help="seconds per request (default: 30)")
    sp.add_argument("--retries", type=int, default=3, help="tries after the first, with backoff (default: 3)")
    sp.add_argument("--limit", type=int, help="stop after this many downloads; run again to go on")
    sp.set_defaults(func=cmd_fetch)


def _common(sp: argparse.ArgumentParser) -> None:
    """The options every command takes: the index, the model and the search's settings."""
    sp.add_argument(
        "--index-dir",
        default=DEFAULT_INDEX_DIR,
        help=f"where the index lives (default: {DEFAULT_INDEX_DIR})",
    )
    sp.add_argument(
        "--precision",
        choices=get_args(Precision),
        help="embedding precision and runtime: torch fp32 or bf16, or ONNX Runtime (default: auto)",
    )
    sp.add_argument("--model", help="embedding model name or local folder")
    sp.add_argument(
        "--rerank",
        type=float,
        metavar="WEIGHT",
        help="order a hybrid search's best 10 passages again by their best sentence, at this weight "
        "against the fused score (e.g. 0.5; 0: off)",
    )
    sp.add_argument(
        "--rerank-vectors",
        choices=RERANK_VECTORS,
        help="the sentence vectors of --rerank: the model's word-piece vectors (static, the default: "
        "about a millisecond) or each sentence embedded by the model (0.2-0.6 s more a search)",
    )
    sp.add_argument("--backend", choices=BACKENDS, help="where the search runs: embedded (default) or milvus")
    sp.add_argument(
        "--uri",
        metavar="PATH_OR_URL",
        help="Milvus server URL (http://host:19530) or milvus-lite file (default: INDEX_DIR/milvus.db)",
    )


def build_parser() -> argparse.ArgumentParser:
    p = _Parser(prog="assistant", description=__doc__.splitlines()[0])
    sub = p.add_subparsers(dest="command", required=True)

    def query_opts(sp: argparse.ArgumentParser) -> None:
        sp.add_argument("--corpus", nargs="+", help="index these paths first (default: use the index)")
        sp.add_argument("--mode", choices=MODES, help="retrieval mode (default: hybrid)")
        sp.add_argument("--council", help="only passages about this council")
        sp.add_argument("--doc-type", help="only this document type, e.g. 'inspection report'")
        sp.add_argument("--date-from", help="only documents dated on or after (YYYY[-MM[-DD]])")
        sp.add_argument("--date-to", help="only documents dated on or before (YYYY[-MM[-DD]])")
        sp.add_argument("--json", action="store_true", help="print JSON")

    sp = sub.add_parser("index", help="build or update the index of files and folders")
    sp.add_argument("paths", nargs="*", help=f"files or folders (default: {DEFAULT_CORPUS})")
    _common(sp)
    sp.set_defaults(func=cmd_index)

    sp = sub.add_parser("search", help="ranked passages with their citations")
    sp.add_argument("query")
    sp.add_argument("-k", type=int, default=5, help="how many passages (default: 5)")
    _common(sp)
    query_opts(sp)
    sp.set_defaults(func=cmd_search)

    sp = sub.add_parser("ask", help="an answer in the documents' own words, with citations")
    sp.add_argument("question")
    sp.add_argument(
        "--llm",
        metavar="URL",
        help="OpenAI-compatible server for a written answer "
        "(quotes still checked), e.g. http://127.0.0.1:8080/v1",
    )
    sp.add_argument("--llm-model", help="model name on that server")
    sp.add_argument("--llm-timeout", type=float, help="seconds before falling back to the extractive answer")
    _common(sp)
    query_opts(sp)
    sp.set_defaults(func=cmd_ask)

    _add_eval(sub)

    _add_fetch(sub)

    sp = sub.add_parser("ui", help="the chat in the browser")
    sp.add_argument("--host", default="127.0.0.1")
    sp.add_argument("--port", type=int, default=7860)
    sp.add_argument("--share", action="store_true", help="make a public Gradio link (off by default)")
    sp.add_argument("--auth", help="user:password required to use the app (or ASSISTANT_AUTH)")
    sp.add_argument("--corpus", nargs="+", help=f"paths to index (default: {DEFAULT_CORPUS})")
    _common(sp)
    sp.set_defaults(func=cmd_ui)
    return p


def main(argv: Sequence[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    started = time.perf_counter()
    try:
        code = int(args.func(args))
    except AssistantError as e:
        print(f"assistant: {e}", file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        print("assistant: interrupted", file=sys.stderr)
        return 130
    if args.command in ("search", "ask"):
        print(f"({time.perf_counter() - started:.1f} s)", file=sys.stderr)
    return code


if __name__ == "__main__":
    sys.exit(main())

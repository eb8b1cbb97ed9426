"""Chunk size, overlap, context prefix and stemming, measured on a question file.

    python bench/sweep_chunking.py [--questions evals/questions.jsonl] [--corpus corpus]

Builds one index per setting (in a temporary folder) and prints retrieval
metrics per mode; the figures behind the defaults are in docs/decisions.md.
"""

from __future__ import annotations

import argparse
import tempfile

from assistant import Assistant, Settings
from assistant.evaluation import evaluate_mode, format_table, load_questions

CONFIGS = {
    "200/40 prefix": Settings(contextual_prefix=True),
    "200/40": Settings(),
    "128/32 prefix": Settings(chunk_tokens=128, chunk_overlap_tokens=32, contextual_prefix=True),
    "128/32": Settings(chunk_tokens=128, chunk_overlap_tokens=32),
    "96/24": Settings(chunk_tokens=96, chunk_overlap_tokens=24),
    "200/40 no stem": Settings(stemming=False),
}


def main() -> None:
    p = argparse.ArgumentParser()
    p.add_argument("--questions", default="evals/questions.jsonl")
    p.add_argument("--corpus", nargs="+", default=["corpus"])
    args = p.parse_args()
    questions = load_questions(args.questions)
    rows = {}
    with tempfile.TemporaryDirectory() as tmp:
        for i, (name, settings) in enumerate(CONFIGS.items()):
            a = Assistant.from_corpus(args.corpus, index_dir=f"{tmp}/{i}", settings=settings)
            for mode in ("bm25", "dense", "hybrid"):
                r = evaluate_mode(a, questions, mode=mode, answers=False)
                metrics = {k: v for k, v in r.metrics.items() if not k.startswith("latency")}
                rows[f"{name} {mode}"] = metrics | {"chunks": float(len(a.index.chunks))}
    print(format_table(rows))


if __name__ == "__main__":
    main()

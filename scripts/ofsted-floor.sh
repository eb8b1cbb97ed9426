#!/usr/bin/env bash
# The Ofsted floor of CI: the Ofsted questions on the fixed 203-file subset of
# ../shared/ofsted (../shared/ofsted-core-203.txt), hybrid mode, checked against
# evals/baseline-ofsted-core.json. The whole collection is measured by
# `assistant eval` in docs/evaluation.md; this keeps CI quick.
#
# The subset is copied to a temporary folder (document ids are paths relative
# to the folder indexed, so they match the question file's) and removed after.
set -euo pipefail
cd "$(dirname "$0")/.."
shared=../shared
if [ ! -f "$shared/ofsted-core-203.txt" ]; then
  echo "ofsted floor: $shared/ofsted-core-203.txt is not beside the project; skipped"
  exit 0
fi
core=$(mktemp -d)
trap 'rm -rf "$core"' EXIT
(cd "$shared/ofsted" && tar cf - -T ../ofsted-core-203.txt) | tar xf - -C "$core"
.venv/bin/assistant eval --questions evals/ofsted_questions.jsonl --corpus "$core" \
  --index-dir .ci-ofsted-index --mode hybrid --json evals/results/ofsted-core.json \
  --check-baseline evals/baseline-ofsted-core.json "$@"

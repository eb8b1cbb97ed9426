# The two commands of the README, and the pieces they are made of.
.PHONY: setup chat test test-fast lint eval browser-deps screenshots

setup:
	./scripts/setup.sh

# Set up, then open the chat on the bundled corpus (http://127.0.0.1:7860).
chat: setup
	.venv/bin/assistant ui

browser-deps:
	@command -v chromium >/dev/null 2>&1 || [ -x /usr/bin/chromium ] || \
	  (if [ "$$(id -u)" = 0 ]; then apt-get update -qq && apt-get install -y -qq chromium >/dev/null; \
	   else sudo apt-get update -qq && sudo apt-get install -y -qq chromium >/dev/null; fi)

# Set up, then lint, type-check, run every test and the CI floors of the eval
# (bundled questions; Ofsted questions on the 203-file subset of ../shared/ofsted).
test: setup browser-deps
	.venv/bin/ruff check assistant tests evals bench
	.venv/bin/mypy
	.venv/bin/python -m pytest -q -p no:cacheprovider
	.venv/bin/assistant eval --questions evals/questions.jsonl --corpus corpus --index-dir .ci-index \
	  --json evals/results/bundled.json --check-baseline evals/baseline.json
	./scripts/ofsted-floor.sh

# The fast tests only (no Ofsted collection, no browser).
test-fast:
	.venv/bin/python -m pytest -q -p no:cacheprovider -m "not slow"

# Retake docs/screenshots/*.png (the chat, sources, document, original page, table, phone) with the
# browser test; other runs write no file in the tree. axe-core comes with the dev extras
# (axe-playwright-python bundles axe.min.js), so the tests need no network.
screenshots: setup browser-deps
	ASSISTANT_SCREENSHOTS=1 .venv/bin/python -m pytest -q -p no:cacheprovider tests/test_ui_browser.py

lint:
	.venv/bin/ruff check assistant tests evals bench
	.venv/bin/ruff format --check assistant tests evals bench
	.venv/bin/mypy

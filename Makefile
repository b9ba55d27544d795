# wtoqa: two commands on a fresh machine.
#   make run   set up .venv, build the index if missing or stale, serve on http://127.0.0.1:8000
#   make test  set up .venv with the dev tools, run lint, types and the whole test suite
PYTHON ?= python3.11
VENV ?= .venv
BIN := $(VENV)/bin
HOST ?= 127.0.0.1
PORT ?= 8000
export HF_HUB_OFFLINE := 1
export TOKENIZERS_PARALLELISM := false

.PHONY: install install-dev browser run index test test-fast lint bench eval clean

# torch==2.13.0 first: it comes from this machine's disk as a CPU build; any other
# torch request would download a multi-GB CUDA build.
$(BIN)/.installed: pyproject.toml
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet torch==2.13.0
	$(BIN)/python -m pip install --quiet -e .
	touch $@

$(BIN)/.installed-dev: $(BIN)/.installed
	$(BIN)/python -m pip install --quiet -e '.[dev]'
	touch $@

install: $(BIN)/.installed

install-dev: $(BIN)/.installed-dev

# Debian's chromium for the web page's end-to-end test (Playwright drives it; its own
# browser download cannot work here).
browser:
	@test -x /usr/bin/chromium || { \
	  echo "installing Debian's chromium for the browser test"; \
	  apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null; }

index: install
	$(BIN)/wtoqa index

run: index
	$(BIN)/wtoqa serve --host $(HOST) --port $(PORT)

lint: install-dev
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .
	$(BIN)/mypy

test: install-dev browser lint
	$(BIN)/python -m pytest -q -p no:cacheprovider

test-fast: install-dev
	$(BIN)/python -m pytest -q -m "not real and not browser and not gate"

bench: index
	$(BIN)/python benchmarks/bench_search.py
	$(BIN)/python benchmarks/bench_ask.py

eval: install
	$(BIN)/wtoqa eval --gold evals/gold/gold.jsonl --baselines --html reports/gold.html --json reports/gold.json

clean:
	rm -rf .wtoqa reports .pytest_cache .mypy_cache .ruff_cache

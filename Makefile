# Two commands on a fresh machine:
#   make demo   set up .venv, ingest the bundled Wikinews sample into demo.db, show stories and a timeline
#   make test   set up .venv, lint (ruff, mypy), run the test suite
#   make serve  the web UI over demo.db at http://127.0.0.1:8000
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed-stamp

.PHONY: demo serve test lint seeds bench clean

$(STAMP): pyproject.toml
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip
	$(BIN)/pip install --quiet -e '.[dev]'
	touch $(STAMP)

demo: $(STAMP)
	rm -f demo.db demo.db-wal demo.db-shm
	$(BIN)/storyline --db demo.db ingest data/demo/wikinews-apple.jsonl
	$(BIN)/storyline --db demo.db stories
	$(BIN)/storyline --db demo.db timeline "$$($(BIN)/storyline --db demo.db stories --json | $(BIN)/python -c 'import json,sys; print(json.load(sys.stdin)["stories"][0]["id"])')"
	mkdir -p demo-out
	$(BIN)/storyline --db demo.db export --format json --output demo-out/demo.json
	$(BIN)/storyline --db demo.db export --format markdown --output demo-out/demo.md
	@echo "demo store: demo.db; exports in demo-out/ (try: $(BIN)/storyline --db demo.db entities)"
	@echo "web UI: run 'make serve', then open http://127.0.0.1:8000 (Ctrl-C stops the server)"

serve: $(STAMP)
	test -f demo.db || $(MAKE) demo
	$(BIN)/storyline --db demo.db serve --host 127.0.0.1 --port 8000

lint: $(STAMP)
	$(BIN)/ruff check src tests benchmarks scripts
	$(BIN)/mypy

test: $(STAMP) lint
	$(BIN)/pytest -q

seeds: $(STAMP)
	../shared/acceptance/run_seeds.sh $(BIN)/storyline

clean:
	rm -rf $(VENV) demo.db demo.db-wal demo.db-shm demo-out .pytest_cache test-artifacts

# The README's commands are these targets.  `make run` and `make test` set up .venv first.
PYTHON ?= python3.11
VENV := .venv
BIN := $(VENV)/bin
CORPUS ?= corpus/sample
DB ?= allegedly.db
SHARED ?= ../shared

.PHONY: setup run test lint typecheck eval eval-invented bench clean serve e2e bench-web

$(BIN)/allegedly: pyproject.toml
	@command -v $(PYTHON) >/dev/null 2>&1 || { echo "error: $(PYTHON) not found (set PYTHON=...)"; exit 2; }
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip
	$(BIN)/pip install --quiet -e ".[dev]"
	@touch $@

setup: $(BIN)/allegedly  ## create .venv and install the project with pinned dependencies

run: setup  ## ingest CORPUS into DB and print the story of its main people
	$(BIN)/allegedly ingest $(CORPUS) --db $(DB)
	$(BIN)/allegedly people --db $(DB)
	$(BIN)/allegedly story --db $(DB) --top 2

test: setup  ## lint, type-check and run the tests, browser tests last (what CI runs)
	$(BIN)/ruff check src tests bench
	$(BIN)/mypy
	$(BIN)/pytest
	$(BIN)/pytest -m e2e

lint: setup
	$(BIN)/ruff check src tests bench

typecheck: setup
	$(BIN)/mypy

eval: setup  ## score the evaluation view of the seeds against the hand-made gold
	python3 $(SHARED)/eval/score.py --gold $(SHARED)/eval/gold/seeds.json \
	    --cmd "$(BIN)/allegedly export --format eval" $(SHARED)/corpus/seeds/*.txt

eval-invented: setup  ## score our own tuning sets (every eval/invented*) with ../shared/eval/score.py
	for set in $$(ls -d eval/invented* | sort -V); do \
		echo "== $$set"; $(BIN)/python bench/invented_eval.py --shared $(SHARED) --set $$set || exit 1; \
	done

bench: setup  ## throughput, HTML reader, thread and temporal benchmarks (read ../shared at run time)
	$(BIN)/python bench/throughput.py --limit 100
	$(BIN)/python bench/html_reader.py --split report
	$(BIN)/python bench/thread_seed.py
	$(BIN)/python bench/tempeval.py

serve: setup  ## web pages and API over DB on http://127.0.0.1:8000
	$(BIN)/allegedly serve --db $(DB)

e2e: setup  ## browser tests in Debian's headless Chromium; screenshots in build/screenshots
	$(BIN)/pytest -m e2e

bench-web: setup  ## N concurrent readers on the person page over loopback
	$(BIN)/python bench/load_person_page.py --readers 20 --duration 10

clean:
	rm -rf $(VENV) build *.egg-info $(DB) $(DB)-wal $(DB)-shm

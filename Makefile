# The two commands of the README: `make run` and `make test`. Each sets up what it
# needs first: a virtual environment from pyproject.toml and, where missing, the
# Debian packages (as root; otherwise it says what it skipped).

PYTHON ?= python3
VENV   ?= .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed

.PHONY: run test venv system-deps-run system-deps-test bench screenshots lint clean

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --disable-pip-version-check -e '.[dev]'
	touch $(STAMP)

venv: $(STAMP)

system-deps-run:
	@bash scripts/install-system-deps.sh run

system-deps-test:
	@bash scripts/install-system-deps.sh test

run: $(STAMP) system-deps-run
	$(BIN)/slaworkshop gui

test: $(STAMP) system-deps-test
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m pytest $(PYTEST_ARGS)

bench: $(STAMP) system-deps-test
	@for script in bench/bench_*.py; do echo "== $$script"; $(BIN)/python $$script || exit 1; done

screenshots: $(STAMP) system-deps-test
	QT_QPA_PLATFORM=offscreen $(BIN)/python scripts/screenshots.py

lint: $(STAMP)
	$(BIN)/ruff check slaworkshop tests bench scripts

clean:
	rm -rf $(VENV) .pytest_cache build dist

# Two commands set everything up on a fresh Debian/Ubuntu machine:
#   make run    installs what is missing, then opens the window
#   make test   installs what is missing, then runs lint, type checks and the tests
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed
QM     := translations/caregiver_app_es.qm translations/caregiver_app_en.qm

.PHONY: run test lint typecheck pytest bench translations screenshot clean system-deps system-deps-test

run: system-deps $(STAMP) $(QM)
	$(BIN)/caregiver-app $(ARGS)

test: system-deps-test $(STAMP) $(QM)
	$(MAKE) --no-print-directory lint typecheck pytest

system-deps:
	@packaging/linux/system-deps.sh run

system-deps-test:
	@packaging/linux/system-deps.sh test

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[test]'
	touch $(STAMP)

$(QM): $(STAMP) $(wildcard translations/*.ts)
	$(BIN)/python translations/build.py compile

translations: $(STAMP)
	$(BIN)/python translations/build.py update compile

lint: $(STAMP)
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .

typecheck: $(STAMP)
	$(BIN)/mypy

pytest: $(STAMP) $(QM)
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m pytest $(PYTEST_ARGS)

bench: system-deps $(STAMP) $(QM)
	QT_QPA_PLATFORM=offscreen $(BIN)/python bench/run.py

clean:
	rm -rf $(VENV) build dist translations/*.qm

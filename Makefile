# The two commands the README puts first:
#   make demo  - set up .venv and run `chronist extract` on the bundled example article
#   make test  - set up .venv with the test extras and run the whole test suite
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
EXAMPLE := examples/article-de.html

.PHONY: demo test lint clean

demo: $(VENV)/.installed
	$(BIN)/chronist extract $(EXAMPLE)

test: $(VENV)/.installed-test
	$(BIN)/ruff check src tests benchmarks training
	$(BIN)/python -m pytest

lint: $(VENV)/.installed-test
	$(BIN)/ruff check src tests benchmarks training

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip

$(VENV)/.installed: pyproject.toml $(BIN)/python
	$(BIN)/python -m pip install --quiet -e .
	touch $@

$(VENV)/.installed-test: pyproject.toml $(BIN)/python
	$(BIN)/python -m pip install --quiet -e ".[test]"
	touch $@ $(VENV)/.installed

clean:
	rm -rf $(VENV) build src/*.egg-info .pytest_cache

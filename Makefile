# Two commands do all set-up on a fresh machine:
#   make exempel   creates .venv, installs finsam, builds the bundled example's reports
#   make test      creates .venv, installs finsam with test tools, runs the tests
PY ?= python3
VENV ?= .venv
BIN := $(VENV)/bin

.PHONY: exempel test mallar sidor clean

$(VENV)/.installed: pyproject.toml
	$(PY) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[test]'
	touch $@

exempel: $(VENV)/.installed
	$(BIN)/finsam build examples/sundsvall-2023

test: $(VENV)/.installed
	$(BIN)/python -m pytest

# Regenerate the blank workbooks, the example workbooks and the Word template.
mallar: $(VENV)/.installed
	$(BIN)/finsam workbooks workbooks
	$(BIN)/python examples/data/generate.py
	$(BIN)/python -m finsam.mallar templates

# Page images of the examples' documents for the README (needs LibreOffice and poppler-utils).
sidor: $(VENV)/.installed
	$(BIN)/python docs/make_pages.py

clean:
	rm -rf $(VENV) examples/*/ut .pytest_cache

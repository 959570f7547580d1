# Two commands do all set-up on a fresh machine:
#   make exempel   creates .venv, installs finsam, builds the bundled example's reports
#   make test      creates .venv, installs finsam with test tools, runs the tests: the whole
#                  suite (with the installed-wheel test, tests/test_package.py), then the
#                  write path, CLI and batch tests again under a simulated Windows
PY ?= python3
VENV ?= .venv
BIN := $(VENV)/bin
# The tests that run a second time under tests/simwin.py (no fchmod/fork, spawn, os.name nt).
WINDOWS_SIM_TESTS := tests/test_os_errors.py tests/test_platforms.py tests/test_cli.py tests/test_json.py \
	tests/test_roundtrip.py tests/test_rollup.py

.PHONY: exempel test test-windows-sim mallar sidor clean

$(VENV)/.installed: pyproject.toml
	$(PY) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[test]'
	touch $@

exempel: $(VENV)/.installed
	$(BIN)/finsam build examples/sundsvall-2023

test: $(VENV)/.installed
	$(BIN)/python -m pytest
	$(MAKE) --no-print-directory test-windows-sim

# The whole suite also runs this way: make test-windows-sim WINDOWS_SIM_TESTS=tests
test-windows-sim: $(VENV)/.installed
	PYTHONPATH=tests $(BIN)/python -m pytest -p simwin $(WINDOWS_SIM_TESTS)

# Regenerate the blank workbooks, the example workbooks and the Word template.
mallar: $(VENV)/.installed
	$(BIN)/finsam workbooks workbooks
	$(BIN)/python examples/data/generate.py
	$(BIN)/python -m finsam.mallar templates
	$(BIN)/python -m finsam.docs README.md

# Page images of the examples' documents for the README (needs LibreOffice and poppler-utils).
sidor: $(VENV)/.installed
	$(BIN)/python docs/make_pages.py

clean:
	rm -rf $(VENV) examples/*/ut .pytest_cache

"""What each example-data module contributes, found by convention so that a new document
kind adds its examples in its own module and edits no shared file:

- ``example_folders()`` -> {folder name: {file name: (schema file name, data)}}, written by
  ``generate.py`` into ``examples/``;
- ``kind_examples()`` -> {kind key: {workbook file name: data}}, the clean data that
  ``tests/test_constraints.py`` breaks one cell of at a time.
"""
from __future__ import annotations

import importlib
from pathlib import Path

HERE = Path(__file__).resolve().parent


def contributions(name: str) -> dict:
    """The union of every module's ``name()`` (modules in file-name order)."""
    out: dict = {}
    for path in sorted(HERE.glob("*.py")):
        if path.stem in ("generate", "registry"):
            continue
        fn = getattr(importlib.import_module(path.stem), name, None)
        if fn is not None:
            out.update(fn())
    return out

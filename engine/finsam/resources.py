"""The files finsam ships with: Word templates, blank workbooks and the bundled examples.

They are package data (``finsam.templates``, ``finsam.workbooks``, ``finsam.examples``),
found through ``importlib.resources`` in an editable install and in the wheel alike, never
by a path relative to the source tree.
"""
from __future__ import annotations

import contextlib
import shutil
from importlib.resources import as_file, files
from importlib.resources.abc import Traversable
from pathlib import Path

DEFAULT_EXAMPLE = "sundsvall-2023"


def template(name: str) -> Traversable:
    """A Word template, e.g. ``arsredovisning.docx``."""
    return files("finsam.templates").joinpath(name)


def blank_workbook(name: str) -> Traversable:
    """A blank standard workbook, e.g. ``ekonomi.xlsx``."""
    return files("finsam.workbooks").joinpath(name)


def example(name: str = DEFAULT_EXAMPLE) -> Traversable:
    return files("finsam.examples").joinpath(name)


def copy_example(target: Path, name: str = DEFAULT_EXAMPLE) -> Path:
    """Copy a bundled example's workbooks (no ``ut/``, no README) into ``target``."""
    target.mkdir(parents=True, exist_ok=True)
    with contextlib.ExitStack() as stack:
        source = stack.enter_context(as_file(example(name)))
        for item in Path(source).iterdir():
            if item.is_file() and item.suffix.lower() in (".xlsx", ".png", ".svg"):
                shutil.copyfile(item, target / item.name)
    return target

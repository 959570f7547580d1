"""Regenerate the example workbooks from the figures in ``examples/data``.

    python examples/generate.py

The workbooks are written by the same schema writer that makes the blank workbooks,
so they look exactly like what a förbund fills in. Output is deterministic; a test
checks that the committed files are up to date.
"""
from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
sys.path.insert(0, str(HERE / "data"))

from engine.schema import ANNUAL_REPORT_WORKBOOKS  # noqa: E402
from engine.schema.write import write_workbook  # noqa: E402


def examples() -> dict[str, dict]:
    import sundsvall_2023

    return {
        "sundsvall-2023": sundsvall_2023.CORRECTED,
        "sundsvall-2023-publicerad": sundsvall_2023.published(),
    }


def generate(target: Path = HERE) -> list[Path]:
    written = []
    for folder, books in examples().items():
        out = target / folder
        out.mkdir(parents=True, exist_ok=True)
        for schema in ANNUAL_REPORT_WORKBOOKS:
            path = out / schema.filename
            write_workbook(schema, path, books[schema.filename])
            written.append(path)
    return written


if __name__ == "__main__":
    for p in generate():
        print(p.relative_to(HERE.parent))

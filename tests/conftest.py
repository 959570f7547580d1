from __future__ import annotations

import copy
import hashlib
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
EXAMPLES = ROOT / "examples"
sys.path.insert(0, str(EXAMPLES / "data"))

import sundsvall_2023  # noqa: E402

from finsam.kinds import kind  # noqa: E402
from finsam.schema.write import write_workbook  # noqa: E402

ANNUAL_REPORT_WORKBOOKS = kind("arsredovisning").workbooks


def documents(folder: Path, kind_key: str | None = None, **kw) -> list:
    """The documents of ``folder`` (of one kind), read, modelled and checked."""
    from finsam.pipeline import load

    return [d for d in load(Path(folder), **kw).documents if kind_key is None or d.kind.key == kind_key]


def load_forbund(folder: Path):
    """The annual report's förbund as typed (model.arsredovisning.Forbund)."""
    return annual(folder).model.forbund


def annual(folder: Path, **kw):
    """The annual-report document of ``folder``: .model (AnnualReport), .findings."""
    return documents(folder, "arsredovisning", **kw)[0]


def write_folder(folder: Path, data: dict) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    for schema in ANNUAL_REPORT_WORKBOOKS:
        write_workbook(schema, folder / schema.filename, data[schema.filename])
    return folder


@pytest.fixture
def corrected() -> dict:
    return copy.deepcopy(sundsvall_2023.CORRECTED)


@pytest.fixture
def example_copy(tmp_path) -> Path:
    target = tmp_path / "sundsvall-2023"
    shutil.copytree(EXAMPLES / "sundsvall-2023", target, ignore=shutil.ignore_patterns("ut", "*.md"))
    return target


def run_cli(*args: str, cwd: Path = ROOT) -> subprocess.CompletedProcess:
    env = dict(os.environ)
    return subprocess.run([sys.executable, "-m", "finsam", *map(str, args)], capture_output=True,
                          text=True, cwd=cwd, env=env, timeout=120)


def sha256_tree(folder: Path) -> dict[str, str]:
    return {p.name: hashlib.sha256(p.read_bytes()).hexdigest() for p in sorted(folder.glob("*.xlsx"))}


def docx_text(path: Path) -> str:
    """All text of a docx (body, tables, headers), with NBSP as space and U+2212 as '-'."""
    from docx import Document

    doc = Document(str(path))
    parts = [p.text for p in doc.paragraphs]
    for table in doc.tables:
        for row in table.rows:
            parts.append(" | ".join(cell.text for cell in row.cells))
    for section in doc.sections:
        parts.extend(p.text for p in section.header.paragraphs)
    return normalise("\n".join(parts))


def normalise(text: str) -> str:
    return text.replace("\u00a0", " ").replace("\u2212", "-")


def soffice() -> str | None:
    path = shutil.which("soffice") or shutil.which("libreoffice")
    if path is None and os.environ.get("FINSAM_REQUIRE_LIBREOFFICE"):
        pytest.fail("LibreOffice (soffice) krävs i CI men saknas")
    return path

"""Bounded documents and memory (issue 15.3): a build refuses a table sheet with more rows
than it copies into the auditor's workbook, at the row past the limit and before reading
on; ``finsam check`` reads the same sheet. The cap on what the Word documents show is
tested in the hostile corpus (``deltagare_many_rows``)."""
from __future__ import annotations

import shutil
from pathlib import Path

import finsam.read as read
from finsam.errors import InputError
from finsam.kinds import all_workbooks
from finsam.read.folder import scan
from finsam.schema.insatser import DELTAGARE_WB

EXAMPLE = Path(__file__).resolve().parents[1] / "examples" / "sundsvall-2023"


def test_a_build_refuses_a_table_over_the_row_limit_at_its_row(monkeypatch):
    monkeypatch.setattr(read, "BUILD_MAX_ROWS", 6)
    problems = []
    assert read.read_workbook(EXAMPLE / "deltagare.xlsx", DELTAGARE_WB, problems, keep_raw=True) is None
    [p] = problems
    assert (p.location.workbook, p.location.sheet) == ("deltagare.xlsx", "Deltagare")
    assert p.location.cell.startswith("A")
    assert p.expected == "högst 6 ifyllda rader i bladet för att bygga dokumenten"
    assert p.found.startswith("fler (rad ")
    assert "finsam check" in p.message


def test_check_reads_the_same_table(monkeypatch):
    monkeypatch.setattr(read, "BUILD_MAX_ROWS", 6)
    problems = []
    book = read.read_workbook(EXAMPLE / "deltagare.xlsx", DELTAGARE_WB, problems)
    assert problems == [] and len(book.sheets["deltagare"].records) == 7


def test_build_of_the_folder_exits_2_naming_the_sheet(monkeypatch, tmp_path, capsys):
    from finsam.cli import main

    folder = tmp_path / "f"
    shutil.copytree(EXAMPLE, folder, ignore=shutil.ignore_patterns("ut", "*.md"))
    monkeypatch.setattr(read, "BUILD_MAX_ROWS", 6)
    assert main(["build", str(folder)]) == 2
    out = capsys.readouterr()
    assert "deltagare.xlsx, blad Deltagare" in out.out + out.err
    assert not (folder / "ut").exists()
    try:
        scan(folder, all_workbooks())  # the check's read: no limit
    except InputError as exc:  # pragma: no cover - shown on failure
        raise AssertionError(exc.problems)


def _cells(path: Path) -> int:
    return read.read_workbook(path, next(s for s in all_workbooks() if s.filename == path.name), []).cells


def test_the_folder_has_one_cell_budget(monkeypatch, tmp_path, capsys):
    """The workbooks of a folder together stay within MAX_FOLDER_CELLS (each one below the
    per-workbook limit): past it, check and build stop with exit 2 before any model or check,
    naming the folder, the total and the biggest workbooks; nothing is written."""
    import finsam.read.folder as folder_mod
    from finsam.cli import main

    folder = tmp_path / "stor"
    shutil.copytree(EXAMPLE, folder, ignore=shutil.ignore_patterns("ut", "*.md"))
    per_book = {p.name: _cells(p) for p in folder.glob("*.xlsx")}
    total = sum(per_book.values())
    assert all(n > 0 for n in per_book.values())
    monkeypatch.setattr(folder_mod, "MAX_FOLDER_CELLS", total)  # exactly at the budget: read
    assert len(scan(folder, all_workbooks()).books) == len(per_book)
    monkeypatch.setattr(folder_mod, "MAX_FOLDER_CELLS", total - 1)
    try:
        scan(folder, all_workbooks())
    except InputError as exc:
        [p] = exc.problems
    else:
        raise AssertionError("the folder past its cell budget was read")
    assert p.location.workbook == "stor"
    assert p.expected == f"högst {total - 1:,} ifyllda celler i mappens arbetsböcker tillsammans".replace(",", " ")
    biggest = max(per_book, key=per_book.get)
    assert p.found.startswith(f"{total:,} ({biggest} {per_book[biggest]:,}".replace(",", " "))
    for command in ("check", "build"):
        assert main([command, str(folder)]) == 2
        assert "ifyllda celler i mappens arbetsböcker" in capsys.readouterr().err
    assert not (folder / "ut").exists()

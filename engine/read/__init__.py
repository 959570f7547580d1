"""Read stage: a förbund folder in, typed sheet data out, or an InputError listing every
problem with workbook, sheet and cell."""
from __future__ import annotations

import hashlib
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Mapping

from ..errors import InputError, Location, Problem, cell_ref
from ..schema.fields import WorkbookSchema
from . import personnummer
from .sheets import SheetReader
from .xlsx import XlsxFile


@dataclass(frozen=True)
class SourceFile:
    name: str
    path: Path
    sha256: str
    size: int


@dataclass(frozen=True)
class WorkbookData:
    schema: WorkbookSchema
    source: SourceFile
    sheets: Mapping[str, Any]  # sheet key -> FormData | TableData | StatementData
    raw: Mapping[str, Any]     # sheet key -> xlsx.Sheet, every stored cell (for the auditor copy)


def find_workbook(folder: Path, filename: str) -> Path | None:
    exact = folder / filename
    if exact.is_file():
        return exact
    wanted = filename.casefold()
    for p in sorted(folder.iterdir()) if folder.is_dir() else ():
        if p.name.casefold() == wanted and p.is_file():
            return p
    return None


def scan_personal_numbers(book: XlsxFile, sheets, problems: list[Problem]) -> None:
    for sheet in sheets:
        sheet_label = personnummer.mask(sheet.name)  # a sheet name is echoed in every message
        for masked in personnummer.find(sheet.name):
            problems.append(Problem(
                Location(book.label, sheet_label), "inga personuppgifter",
                f"ett personnummer ({masked}) i bladets namn",
                "Arbetsböckerna får bara innehålla antal, aldrig uppgifter om enskilda "
                "personer. Byt namn på bladet och kör igen."))
        for (row, col), cell in sheet.cells.items():
            if cell.kind not in ("s", "n"):
                continue
            text = cell.raw
            if cell.kind == "n":
                if "." in text or "E" in text.upper():
                    continue
            for masked in personnummer.find(text):
                problems.append(Problem(
                    Location(book.label, sheet_label, cell_ref(row, col)),
                    "inga personuppgifter", f"ett personnummer ({masked})",
                    "Arbetsböckerna får bara innehålla antal, aldrig uppgifter om enskilda "
                    "personer. Ta bort uppgiften och kör igen."))


def read_workbook(path: Path, schema: WorkbookSchema, problems: list[Problem]) -> WorkbookData | None:
    label = path.name
    try:
        book = XlsxFile(path, label)
        all_sheets = {name: book.read_sheet(name) for name in book.sheet_names}
    except InputError as exc:
        problems.extend(exc.problems)
        return None
    data = path.read_bytes()
    source = SourceFile(label, path, hashlib.sha256(data).hexdigest(), len(data))
    scan_personal_numbers(book, all_sheets.values(), problems)
    reader = SheetReader(label, book.date1904, problems)
    by_casefold = {name.casefold().strip(): name for name in all_sheets}
    sheets: dict[str, Any] = {}
    for spec in schema.sheets:
        actual = by_casefold.get(spec.name.casefold())
        if actual is None:
            problems.append(Problem(
                Location(label, spec.name), f"ett blad som heter ”{spec.name}”",
                "bladen " + ", ".join(f"”{personnummer.mask(n)}”" for n in all_sheets)
                if all_sheets else "inga blad",
                "Bladen får inte döpas om eller tas bort."))
            continue
        sheet = all_sheets[actual]
        if spec.kind == "form":
            sheets[spec.key] = reader.form(sheet, spec)
        elif spec.kind == "table":
            sheets[spec.key] = reader.table(sheet, spec)
        else:
            sheets[spec.key] = reader.statement(sheet, spec)
    raw = {spec.key: all_sheets[by_casefold[spec.name.casefold()]] for spec in schema.sheets
           if spec.name.casefold() in by_casefold}
    return WorkbookData(schema, source, sheets, raw)


def find_workbooks(folder: Path, filename: str) -> list[Path]:
    """Every file for a schema that may occur several times in a folder: ``sammantrade.xlsx``
    or ``sammantrade-2024-04-26.xlsx``. Excel's and LibreOffice's lock files are skipped."""
    stem = filename.rsplit(".", 1)[0].casefold()
    found = []
    for p in sorted(folder.iterdir()) if folder.is_dir() else ():
        name = p.name.casefold()
        if not p.is_file() or name.startswith(("~$", ".~lock")) or not name.endswith(".xlsx"):
            continue
        if p.stem.casefold() == stem or p.stem.casefold().startswith(stem + "-"):
            found.append(p)
    return found


def read_folder(folder: Path, schemas: tuple[WorkbookSchema, ...]) -> dict[str, WorkbookData]:
    """Read every workbook of ``schemas`` from ``folder``. Raises InputError."""
    folder = Path(folder)
    problems: list[Problem] = []
    if not folder.is_dir():
        raise InputError([Problem(Location(str(folder)), "en mapp med förbundets arbetsböcker",
                                  "ingen sådan mapp")])
    out: dict[str, WorkbookData] = {}
    for schema in schemas:
        path = find_workbook(folder, schema.filename)
        if path is None:
            stem = schema.filename.rsplit(".", 1)[0]
            others = [p.name for p in folder.iterdir() if p.stem.casefold() == stem and p.is_file()]
            problems.append(Problem(
                Location(schema.filename), f"filen {schema.filename} i mappen {folder}",
                ("filen " + others[0]) if others else "ingen sådan fil",
                "Skapa tomma arbetsböcker med ”finsam ny MAPP” eller spara filen som .xlsx."))
            continue
        wb = read_workbook(path, schema, problems)
        if wb is not None:
            out[schema.filename] = wb
    if problems:
        raise InputError(problems)
    return out

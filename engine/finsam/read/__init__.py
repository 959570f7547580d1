"""Read stage: every file reading of finsam. A folder (``read.folder``) or a workbook in,
typed sheet data out (``read.data``), or an InputError listing every problem with
workbook, sheet and cell."""
from __future__ import annotations

import hashlib
from pathlib import Path
from typing import Any

from ..errors import InputError, Location, Problem, cell_ref
from ..gcpause import paused_gc
from ..schema.fields import WorkbookSchema
from . import personnummer
from .data import SourceFile, WorkbookData
from .sheets import SheetReader
from .xlsx import MAX_TEXT_CHARS, Sheet, XlsxFile


_PNR_RULE = "Arbetsböckerna får bara innehålla antal, aldrig uppgifter om enskilda personer. "
_PNR_HINT = _PNR_RULE + "Ta bort uppgiften och kör igen."


def _report_personnummer(problems: list[Problem], where: Location, text: str, place: str = "",
                         hint: str = _PNR_HINT) -> None:
    """One problem for each personnummer in ``text`` (masked), found at ``where``;
    ``place`` says where in Swedish when it is not a cell (" i bladets namn")."""
    if personnummer.maybe(text):
        for masked in personnummer.find(text):
            problems.append(Problem(where, "inga personuppgifter", f"ett personnummer ({masked}){place}", hint))


def _scan_sheet_name(book: XlsxFile, name: str, problems: list[Problem]) -> str:
    """The sheet name as it may be echoed (masked), reporting a personnummer in it."""
    shown = personnummer.mask(name)
    _report_personnummer(problems, Location(book.label, shown), name, " i bladets namn",
                         _PNR_RULE + "Byt namn på bladet och kör igen.")
    return shown


def _scanned(book: XlsxFile, name: str, label: str, rows, problems: list[Problem]):
    """Pass rows through, reporting every personnummer (masked) with its cell, and any
    text longer than Excel itself can hold (only a generated file has one)."""
    for row_no, cells in rows:
        for col, cell in cells.items():
            kind, text = cell.kind, cell.raw
            if len(text) < 10 or kind not in ("s", "n"):
                continue
            if len(text) > MAX_TEXT_CHARS:
                problems.append(Problem(Location(book.label, label, cell_ref(row_no, col)),
                                        f"en text på högst {MAX_TEXT_CHARS:,} tecken (Excels gräns)"
                                        .replace(",", " "), f"{len(text):,} tecken".replace(",", " "),
                                        "Filen har inte sparats av Excel; korta texten."))
            if kind == "n" and (cell.formula or "." in text or "E" in text or "e" in text):
                continue  # a computed sum of 10 digits can pass for one; nobody typed it
            _report_personnummer(problems, Location(book.label, label, cell_ref(row_no, col)), text)
        yield row_no, cells


def _scan_outside_cells(book: XlsxFile, problems: list[Problem]) -> None:
    """Report a personnummer in a comment, a page header, a defined name or the document
    properties: places Excel shows, outside the cells the sheets are read from."""
    for what, sheet, cell, text in book.texts_outside_cells():
        _report_personnummer(problems, Location(book.label, personnummer.mask(sheet) if sheet else None, cell),
                             text, f" i {personnummer.mask(what)}")


def _collect(rows, cells: dict):
    for row_no, row in rows:
        for col, cell in row.items():
            cells[(row_no, col)] = cell
        yield row_no, row


@paused_gc()
def read_workbook(path: Path, schema: WorkbookSchema, problems: list[Problem],
                  keep_raw: bool = False, label: str | None = None, origin: str = "") -> WorkbookData | None:
    """Read one workbook. Table sheets are streamed row by row; every cell of every sheet
    is scanned for personnummer. ``keep_raw`` keeps the stored cells (for the auditor copy);
    ``label`` is the name messages use (the file name, or "mapp/fil" for a linked folder)."""
    label = label or path.name
    try:
        book = XlsxFile(path, label)
        data = path.read_bytes()
        source = SourceFile(label, path, hashlib.sha256(data).hexdigest(), len(data))
        del data
        reader = SheetReader(label, book.date1904, problems)
        specs = {spec.name.casefold(): spec for spec in schema.sheets}
        sheets: dict[str, Any] = {}
        raw: dict[str, Sheet] = {}
        found: set[str] = set()
        for name in book.sheet_names:
            shown = _scan_sheet_name(book, name, problems)
            spec = specs.get(name.casefold().strip())
            rows = _scanned(book, name, shown, book.iter_rows(name), problems)
            cells: dict = {}
            if keep_raw or spec is None or spec.kind != "table":
                rows = _collect(rows, cells)
            if spec is not None and spec.kind == "table":
                sheets[spec.key] = reader.table_rows(name, rows, spec, lambda n=name: book.merged.get(n, []))
                for _ in rows:  # drain what the table did not need (personnummer scan)
                    pass
            else:
                for _ in rows:
                    pass
            sheet = Sheet(name, cells, book.merged.get(name, []))
            if spec is not None:
                found.add(spec.key)
                if spec.kind == "form":
                    sheets[spec.key] = reader.form(sheet, spec)
                elif spec.kind == "statement":
                    sheets[spec.key] = reader.statement(sheet, spec)
                if keep_raw:
                    raw[spec.key] = sheet
        _scan_outside_cells(book, problems)
    except InputError as exc:
        problems.extend(exc.problems)
        return None
    for spec in schema.sheets:
        if spec.key not in found and not getattr(spec, "optional", False):
            problems.append(Problem(
                Location(label, spec.name), f"ett blad som heter ”{spec.name}”",
                "bladen " + ", ".join(f"”{personnummer.mask(n)}”" for n in book.sheet_names)
                if book.sheet_names else "inga blad",
                "Bladen får inte döpas om eller tas bort."))
    return WorkbookData(schema, source, sheets, raw, origin)


PARALLEL_BYTES = 4 * 1024 * 1024  # below this, a second process costs more than it saves


def _read_one(path: Path, schema: WorkbookSchema, keep_raw: bool, label: str | None = None, origin: str = ""):
    problems: list[Problem] = []
    return read_workbook(path, schema, problems, keep_raw, label, origin), problems


def read_workbooks(items: list[tuple], problems: list[Problem], keep_raw: bool = False,
                   parallel: bool = False) -> list[WorkbookData | None]:
    """Read several workbooks, each item (path, schema, label, origin); with ``parallel``
    and big files, two at a time in separate processes (parsing is CPU-bound Python, so
    threads would not help). ``multiprocessing`` is imported only when it is used."""
    import os
    import sys

    big = sum(item[0].stat().st_size for item in items) > PARALLEL_BYTES
    if not parallel or not big or len(items) < 2 or (os.cpu_count() or 1) < 2:
        return [read_workbook(p, s, problems, keep_raw, label, origin) for p, s, label, origin in items]
    import multiprocessing

    if multiprocessing.current_process().name != "MainProcess":  # e.g. finsam build --jobb
        return [read_workbook(p, s, problems, keep_raw, label, origin) for p, s, label, origin in items]
    from concurrent.futures import ProcessPoolExecutor

    # This process reads the biggest workbook while one worker reads the others: only
    # theirs cross the process boundary (unpickling 100 000 records costs ~0,4 s). Fork
    # where the platform has it (Linux); spawn elsewhere (Windows, macOS).
    context = multiprocessing.get_context("fork" if sys.platform.startswith("linux") else "spawn")
    biggest = max(range(len(items)), key=lambda i: items[i][0].stat().st_size)
    results: list = [None] * len(items)
    with ProcessPoolExecutor(max_workers=1, mp_context=context) as pool:
        futures = {i: pool.submit(_read_one, *item[:2], keep_raw, *item[2:])
                   for i, item in enumerate(items) if i != biggest}
        big_item = items[biggest]
        results[biggest] = _read_one(*big_item[:2], keep_raw, *big_item[2:])
        for i, future in futures.items():
            results[i] = future.result()
    out = []
    for book, found in results:  # problems in the order of ``items``, as when sequential
        problems.extend(found)
        out.append(book)
    return out

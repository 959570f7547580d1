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
                         hint: str = _PNR_HINT, found: list[str] | None = None) -> None:
    """One problem for each personnummer in ``text`` (masked), found at ``where``;
    ``place`` says where in Swedish when it is not a cell (" i bladets namn"). ``found``:
    the masked numbers when the caller has already looked (a number cell, another part)."""
    if found is None:
        found = personnummer.find(text) if personnummer.maybe(text) else []
    for masked in found:
        problems.append(Problem(where, "inga personuppgifter", f"ett personnummer ({masked}){place}", hint))


def _scan_sheet_name(book: XlsxFile, name: str, problems: list[Problem]) -> str:
    """The sheet name as it may be echoed (masked), reporting a personnummer in it."""
    shown = personnummer.mask(name)
    _report_personnummer(problems, Location(book.label, shown), name, " i bladets namn",
                         _PNR_RULE + "Byt namn på bladet och kör igen.")
    return shown


def _scanned(book: XlsxFile, name: str, label: str, rows, problems: list[Problem]):
    """Pass rows through, reporting every personnummer (masked) with its cell, and any
    text longer than Excel itself can hold (only a generated file has one).

    Every kind of cell is read: text, error values, ISO dates, booleans, formulas without
    a value, numbers. A number is read for what a person typed (``find_in_number``:
    191212121212 also as 191212121212.0 or 1.91212121212E11) unless a formula computed
    it: a sum of amounts can reach 10 digits and pass the check, and nobody typed it."""
    for row_no, cells in rows:
        clean = book.clean_texts  # scanned with the shared strings, once per text
        for col, cell in cells.items():
            text = cell.raw
            if len(text) < 9:
                continue
            kind = cell.kind
            if kind == "s" and text in clean and len(text) <= MAX_TEXT_CHARS:
                continue
            if len(text) > MAX_TEXT_CHARS:
                problems.append(Problem(Location(book.label, label, cell_ref(row_no, col)),
                                        f"en text på högst {MAX_TEXT_CHARS:,} tecken (Excels gräns)"
                                        .replace(",", " "), f"{len(text):,} tecken".replace(",", " "),
                                        "Filen har inte sparats av Excel; korta texten."))
            if kind == "n":
                if cell.formula:
                    continue
                found = personnummer.find_in_number(text)
            elif len(text) < 10 or not personnummer.maybe(text):
                continue
            else:
                found = personnummer.find(text)
                if kind == "x" and not found:
                    found = personnummer.find_in_number(text)
            if found:
                _report_personnummer(problems, Location(book.label, label, cell_ref(row_no, col)), text,
                                     found=found)
        yield row_no, cells


def _scan_outside_cells(book: XlsxFile, problems: list[Problem]) -> None:
    """Report a personnummer anywhere else in the file: a formula, a comment, a page
    header, a link, a text box, a chart, a data validation, a defined name, the document
    properties, any other part of the package, a part's name or the file's name."""
    for what, sheet, cell, masked in book.personnummer_hits():
        _report_personnummer(problems, Location(book.label, sheet, cell), "",
                             f" i {personnummer.mask(what)}", found=[masked])


def _disk_key(path: Path):
    """A file's identity on disk: a workbook opened once is read only if it is unchanged."""
    try:
        st = Path(path).stat()
    except OSError:
        return None
    return (st.st_ino, st.st_size, st.st_mtime_ns)


def keep_open(opened: dict | None, book: XlsxFile, label: str | None) -> None:
    """Keep ``book`` (opened and inspected by ``folder.identify``) in ``opened`` for the
    ``read_workbook`` of the same file and label that follows, so it is opened once."""
    if opened is not None:
        opened[(str(book.path), label)] = (book, _disk_key(book.path))


def close_kept(opened: dict | None) -> None:
    """Close what ``keep_open`` kept and nothing read."""
    if opened:
        for book, _ in opened.values():
            book.zip.close()
        opened.clear()


def _open(path: Path, label: str | None, shown: str, opened: dict | None) -> XlsxFile:
    kept = opened.pop((str(path), label), None) if opened else None
    if kept is not None:
        book, key = kept
        if key is not None and key == _disk_key(path):
            return book
        book.zip.close()
    return XlsxFile(path, shown)


# Rows (with content) of one table sheet that a build copies into the auditor's workbook. The Word
# documents show at most a hundred rows of a table (render.capped), but the auditor's
# copy holds every cell, at several kilobytes of memory per row: 20 000 rows stay well
# inside 500 MB. A förbund has 5–40 insatser; ``finsam check`` reads any number of rows.
BUILD_MAX_ROWS = 20_000


def _collect(rows, cells: dict, limit: int | None = None, where: Location | None = None):
    """Pass rows through, keeping their cells in ``cells``. Past ``limit`` rows (a build's
    copy of a table) the workbook is refused at once, before more of it is read."""
    n = 0
    for row_no, row in rows:
        n += 1
        if limit is not None and n > limit:
            raise InputError([Problem(
                Location(where.workbook, where.sheet, cell_ref(row_no, 1)),
                f"högst {limit:,} ifyllda rader i bladet för att bygga dokumenten".replace(",", " "),
                f"fler (rad {row_no:,})".replace(",", " "),
                "Ett förbund har sällan fler än några hundra insatser; kontrollera att bladet har en rad "
                "per insats. finsam check kontrollerar bladet ändå.")])
        for col, cell in row.items():
            cells[(row_no, col)] = cell
        yield row_no, row


@paused_gc()
def read_workbook(path: Path, schema: WorkbookSchema, problems: list[Problem],
                  keep_raw: bool = False, label: str | None = None, origin: str = "",
                  opened: dict | None = None) -> WorkbookData | None:
    """Read one workbook. Table sheets are streamed row by row; every cell of every sheet
    is scanned for personnummer. ``keep_raw`` keeps the stored cells (for the auditor copy);
    ``label`` is the name messages use (the file name, or "mapp/fil" for a linked folder);
    ``opened``: files ``folder.identify`` has opened already (``keep_open``)."""
    given = label
    label = personnummer.mask(label or path.name)  # a file's name is input too
    try:
        book = _open(path, given, label, opened)
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
            if keep_raw and spec is not None and spec.kind == "table":
                rows = _collect(rows, cells, BUILD_MAX_ROWS, Location(label, shown))
            elif keep_raw or spec is None or spec.kind != "table":
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
    return WorkbookData(schema, source, sheets, raw, origin, book.cells_seen)


PARALLEL_BYTES = 4 * 1024 * 1024  # below this, a second process costs more than it saves


def _read_one(path: Path, schema: WorkbookSchema, keep_raw: bool, label: str | None = None, origin: str = ""):
    problems: list[Problem] = []
    return read_workbook(path, schema, problems, keep_raw, label, origin), problems


def read_workbooks(items: list[tuple], problems: list[Problem], keep_raw: bool = False,
                   parallel: bool = False, opened: dict | None = None) -> list[WorkbookData | None]:
    """Read several workbooks, each item (path, schema, label, origin); with ``parallel``
    and big files, two at a time in separate processes (parsing is CPU-bound Python, so
    threads would not help). ``multiprocessing`` is imported only when it is used."""
    import os
    import sys

    big = sum(item[0].stat().st_size for item in items) > PARALLEL_BYTES
    if not parallel or not big or len(items) < 2 or (os.cpu_count() or 1) < 2:
        return [read_workbook(p, s, problems, keep_raw, label, origin, opened) for p, s, label, origin in items]
    close_kept(opened)  # a forked worker must not share an open file's position with this process
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

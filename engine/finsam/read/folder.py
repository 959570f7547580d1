"""A folder of workbooks in, every standard workbook in it read: recognised by the marker
finsam writes into each workbook (its kind and schema version), else by its sheets, else by
its file name, so any file name works. Lock files and other files are skipped with a note.

A form field may name another folder (last year's folder, ``Column.link``): with
``follow_links`` the workbooks it names are read from there too. The web page never follows
links: nothing a workbook says may make the server read a file outside the upload.
"""
from __future__ import annotations

import unicodedata
from dataclasses import dataclass, field
from pathlib import Path

from ..errors import InputError, Location, Problem
from ..gcpause import paused_gc
from ..records import record
from . import close_kept, keep_open, personnummer, read_workbooks
from .data import WorkbookData
from .xlsx import MAX_FOLDER_CELLS, XlsxFile

MARKER = "finsam.arbetsbok"       # custom document property: the schema's key, e.g. "ekonomi"
VERSION = "finsam.version"        # custom document property: the schema's version
LOCK_PREFIXES = ("~$", ".~lock.")
OTHER_SPREADSHEETS = {".ods": "ett OpenDocument-kalkylark (.ods)", ".xls": "en gammal Excel-fil (.xls)",
                      ".numbers": "ett Numbers-kalkylark (.numbers)", ".xlsm": "en makroaktiverad arbetsbok (.xlsm)",
                      ".xlsb": "en binär Excel-arbetsbok (.xlsb)", ".csv": "en CSV-fil (.csv)"}


@record
class Skipped:
    """A file that was not read, and why (Swedish), shown to the user as a note."""

    name: str
    reason: str


@dataclass
class Pool:
    """Every standard workbook of a folder (and of the folders it links to), read."""

    folder: Path
    books: list[WorkbookData] = field(default_factory=list)
    skipped: list[Skipped] = field(default_factory=list)
    # a link field whose folder (or whose workbook in it) is not there: (cell, what was found)
    unresolved: list[tuple[Location, str]] = field(default_factory=list)
    logo: bytes | None = None   # logo.png / .jpg / .svg in the folder, for the documents' covers


LOGO_NAMES = ("logo.png", "logo.jpg", "logo.jpeg", "logo.svg")
LOGO_MAX_BYTES = 5 * 1024 * 1024


def find_logo(folder: Path) -> bytes | None:
    """The förbund's logo file in ``folder``, as bytes (whether Word can show it is the
    renderer's question); None when there is none or it is larger than 5 MB."""
    for name in LOGO_NAMES:
        path = Path(folder) / name
        if path.is_file() and path.stat().st_size <= LOGO_MAX_BYTES:
            return path.read_bytes()
    return None


def _nfc(name: str) -> str:
    return unicodedata.normalize("NFC", name)


def on_disk(path: Path) -> Path:
    """``path`` as it is named on disk, each missing part matched in either Unicode normal
    form: a folder name typed in Excel is NFC, one copied from a Mac may be NFD."""
    if path.exists() or path.parent == path:
        return path
    parent = on_disk(path.parent)
    if parent.is_dir():
        wanted = _nfc(path.name)
        for entry in parent.iterdir():
            if _nfc(entry.name) == wanted:
                return entry
    return parent / path.name


def _stem_key(name: str) -> str:
    """A file name as compared with a schema's key: NFC, case, å/ä/ö as a/a/o, and a
    browser's " (1)" or a date suffix after "-" ignored."""
    stem = _nfc(name).rsplit(".", 1)[0].casefold().strip()
    stem = stem.split(" (")[0].strip()
    for a, b in (("å", "a"), ("ä", "a"), ("ö", "o")):
        stem = stem.replace(a, b)
    return stem


def _by_name(name: str, schemas) -> object | None:
    stem = _stem_key(name)
    for schema in schemas:
        if stem == schema.key or stem.startswith(schema.key + "-") or stem.startswith(schema.key + "_"):
            return schema
    return None


def _by_sheets(sheet_names: list[str], schemas) -> object | None:
    present = {_nfc(n).casefold().strip() for n in sheet_names}
    best, best_score = None, 0
    for schema in schemas:
        wanted = {s.name.casefold() for s in schema.sheets if not getattr(s, "optional", False)}
        score = len(wanted & present)
        if score == len(wanted) and score > best_score:
            best, best_score = schema, score
    return best


def identify(path: Path, schemas, problems: list[Problem], label: str | None = None, opened: dict | None = None):
    """The schema of the workbook at ``path``, or (None, why not) for a workbook finsam does
    not know. A workbook that cannot be opened is attributed by its name, so that reading it
    reports the problem with its location. ``opened`` keeps the opened file for reading it
    (``read.keep_open``)."""
    given = label
    label = label or path.name
    named = _by_name(path.name, schemas)
    try:
        book = XlsxFile(path, label)
        props = book.custom_properties()
        sheet_names = book.sheet_names
    except InputError as exc:
        if named is not None:
            return named, ""
        first = exc.problems[0]
        return None, f"kunde inte läsas ({first.found})"
    keep_open(opened, book, given)
    marked = props.get(MARKER)
    if marked:
        schema = next((s for s in schemas if s.key == marked), None)
        if schema is not None:
            version = props.get(VERSION, "")
            if version.isdigit() and int(version) > schema.version:
                problems.append(Problem(Location(label), f"en arbetsbok av version {schema.version} eller äldre",
                                        f"version {version} av {schema.filename}",
                                        "Arbetsboken är gjord av en nyare version av finsam; uppdatera "
                                        "programmet (pip install --upgrade finsam)."))
            return schema, ""
    schema = _by_sheets(sheet_names, schemas) or named
    if schema is not None:
        return schema, ""
    shown = ", ".join(f"”{personnummer.mask(n)}”" for n in sheet_names[:6]) or "inga blad"
    return None, f"en okänd arbetsbok (bladen {shown})"


def _candidates(folder: Path, schemas, problems: list[Problem], pool: Pool, label_prefix: str = "",
                opened: dict | None = None):
    """(path, schema, label) of every standard workbook directly in ``folder``."""
    found = []
    others = []
    for path in sorted(folder.iterdir(), key=lambda p: _nfc(p.name)):
        name = _nfc(path.name)
        if not path.is_file() or name.startswith("."):
            if name.startswith(".~lock."):
                pool.skipped.append(Skipped(label_prefix + name, "en låsfil som Excel eller LibreOffice skapar"))
            continue
        if name.startswith(LOCK_PREFIXES):
            pool.skipped.append(Skipped(label_prefix + name, "en låsfil som Excel eller LibreOffice skapar"))
            continue
        suffix = path.suffix.lower()
        if suffix in OTHER_SPREADSHEETS:
            others.append((path, name, suffix))
            continue
        if suffix != ".xlsx":
            continue
        label = label_prefix + name
        schema, why = identify(path, schemas, problems, label, opened)
        if schema is None:
            pool.skipped.append(Skipped(label, why))
            continue
        found.append((path, schema, label))
    known = {s.key for _, s, _ in found}
    for path, name, suffix in others:
        schema = _by_name(name, schemas)
        if schema is not None and schema.key not in known:
            problems.append(Problem(Location(label_prefix + name), f"en Excel-arbetsbok ({schema.filename})",
                                    OTHER_SPREADSHEETS[suffix],
                                    "Öppna filen och spara den som Excel-arbetsbok (.xlsx)."))
        else:
            pool.skipped.append(Skipped(label_prefix + name, OTHER_SPREADSHEETS[suffix]))
    return found


def _links(book: WorkbookData):
    """(folder text, wanted schema keys, location) of each link field filled in ``book``."""
    for spec in book.schema.sheets:
        if spec.kind != "form":
            continue
        data = book.sheets.get(spec.key)
        if data is None:
            continue
        for column in spec.fields:
            value = data.values.get(column.key)
            if column.link and isinstance(value, str) and value.strip():
                yield value.strip(), column.link, Location(data.workbook, data.sheet, data.refs.get(column.key))


@paused_gc()
def scan(folder: Path, schemas, keep_raw: bool = False, parallel: bool = False,
         follow_links: bool = True) -> Pool:
    """Read every standard workbook in ``folder`` (and, with ``follow_links``, the linked
    workbooks of the folders its forms name). Raises InputError listing every problem."""
    folder = Path(folder)
    if not folder.is_dir():
        raise InputError([Problem(Location(str(folder)), "en mapp med förbundets arbetsböcker",
                                  "ingen sådan mapp")])
    problems: list[Problem] = []
    pool = Pool(folder)
    opened: dict = {}  # the files identify opened, read without opening them again
    try:
        _scan_into(pool, folder, schemas, problems, keep_raw, parallel, follow_links, opened)
    finally:
        close_kept(opened)
    _within_cell_budget(folder, pool.books, problems)
    if problems:
        raise InputError(problems)
    return pool


def _scan_into(pool: Pool, folder: Path, schemas, problems: list[Problem], keep_raw: bool, parallel: bool,
               follow_links: bool, opened: dict) -> None:
    items = [(path, schema, label, "")
             for path, schema, label in _candidates(folder, schemas, problems, pool, opened=opened)]
    pool.books = [b for b in read_workbooks(items, problems, keep_raw, parallel, opened) if b is not None]
    pool.logo = find_logo(folder)
    if follow_links:
        listed: dict[Path, list] = {}
        done: set[Path] = set()
        for book in list(pool.books):
            for text, wanted, where in _links(book):
                other = on_disk((book.source.path.parent / text).resolve())
                if other == folder.resolve():
                    continue
                if not other.is_dir():  # moved or not copied along: the comparison is not made
                    pool.unresolved.append((where, f"ingen mapp {text}"))
                    continue
                if other not in listed:
                    listed[other] = _candidates(other, schemas, problems, Pool(other), other.name + "/", opened)
                matches = [(p, s, label) for p, s, label in listed[other] if s.filename in wanted]
                if not matches:
                    pool.unresolved.append((where, f"ingen {' eller '.join(wanted)} i {text}"))
                for p, s, label in matches:
                    if p not in done:
                        done.add(p)
                        linked = read_workbooks([(p, s, label, other.name)], problems, keep_raw,
                                                opened=opened)[0]
                        if linked is not None:
                            pool.books.append(linked)


def _within_cell_budget(folder: Path, books: list[WorkbookData], problems: list[Problem]) -> None:
    """Each workbook stops at MAX_CELLS while it is read; together the folder's workbooks
    may hold no more than MAX_FOLDER_CELLS, so that checking them stays within memory.
    Refused here, after reading and before any model or check is built."""
    total = sum(b.cells for b in books)
    if total <= MAX_FOLDER_CELLS:
        return
    biggest = sorted(books, key=lambda b: -b.cells)[:3]
    spaced = lambda n: f"{n:,}".replace(",", " ")  # noqa: E731
    problems.append(Problem(
        Location(personnummer.mask(folder.name)),
        f"högst {spaced(MAX_FOLDER_CELLS)} ifyllda celler i mappens arbetsböcker tillsammans",
        f"{spaced(total)} ({', '.join(f'{b.source.name} {spaced(b.cells)}' for b in biggest)})",
        "Ett förbunds arbetsböcker har sällan mer än några tusen ifyllda rader. Kontrollera att inget blad "
        "har fyllts långt nedåt av misstag (till exempel en formel eller ett värde som kopierats ned i en "
        "hel kolumn)."))

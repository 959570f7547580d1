"""A small, defensive reader for .xlsx files from untrusted hands.

Why not openpyxl: it trusts the <dimension> tag in read-only mode, walks every cell up
to a styled XFD1048576 in normal mode, cannot tell an empty cell from a formula that
was never calculated, and builds a full DOM. Here the zip container is inspected
before anything is parsed (size, ratio, entry count); the small package parts go
through defusedxml with DTDs forbidden; the big parts (sheets, shared strings) are
streamed row by row through the standard library's C ElementTree after a scan of the
XML prolog has refused any DOCTYPE, which is what defusedxml's forbid_dtd does
(defusedxml's own parser is pure Python and costs ~40 µs per cell; this costs ~6).
The cell count is bounded and only cells that exist in the file are kept.
"""
from __future__ import annotations

import posixpath
import re
import zipfile
from dataclasses import dataclass, field
from pathlib import Path

from defusedxml import ElementTree as SafeET
from defusedxml.common import DefusedXmlException

from ..errors import InputError, Location, Problem, parse_ref
from . import personnummer

# Limits, named so that tests and messages can refer to them.
MAX_FILE_BYTES = 50 * 1024 * 1024          # the .xlsx on disk
MAX_MEMBER_BYTES = 256 * 1024 * 1024       # one uncompressed part
MAX_TOTAL_BYTES = 512 * 1024 * 1024        # all uncompressed parts
MAX_RATIO = 200                            # uncompressed / compressed, per part > 1 MB
MAX_ENTRIES = 5000                         # parts in the zip
MAX_CELLS = 3_000_000                      # cells with content, whole workbook
MAX_TEXT_CHARS = 32_767                    # Excel's own limit for one cell

_NS = "{http://schemas.openxmlformats.org/spreadsheetml/2006/main}"
_REL_NS = "{http://schemas.openxmlformats.org/officeDocument/2006/relationships}"
_PKG_REL_NS = "{http://schemas.openxmlformats.org/package/2006/relationships}"
_C, _ROW, _V, _F, _IS, _T, _R, _SI = (
    _NS + "c", _NS + "row", _NS + "v", _NS + "f", _NS + "is", _NS + "t", _NS + "r", _NS + "si")
_MERGE = _NS + "mergeCell"
# Printed page headers and footers: text a user types, outside any cell.
_HEADER_FOOTER = frozenset(_NS + t for t in (
    "oddHeader", "oddFooter", "evenHeader", "evenFooter", "firstHeader", "firstFooter"))
_COMMENT = _NS + "comment"
_THREADED = "{http://schemas.microsoft.com/office/spreadsheetml/2018/threadedcomments}threadedComment"
# Parts read to find the sheets' names; a zip bomb among them is reported at once.
_PACKAGE_PARTS = frozenset(("[Content_Types].xml", "xl/workbook.xml", "xl/_rels/workbook.xml.rels"))
_DOC_PROPS = ("docProps/core.xml", "docProps/app.xml", "docProps/custom.xml")
_SHEETDATA = _NS + "sheetData"
# OOXML escapes characters XML cannot hold (and a literal "_x" as _x005F_) as _xHHHH_.
_XESCAPE = re.compile(r"_x([0-9A-Fa-f]{4})_")


def _unescape(text: str) -> str:
    if "_x" not in text:
        return text
    return _XESCAPE.sub(lambda m: chr(int(m.group(1), 16)), text)


@dataclass(slots=True)
class Cell:
    """One stored cell. ``kind``: 'n' number (``raw`` is the stored decimal text),
    's' text, 'b' boolean ('0'/'1'), 'e' error ('#REF!'), 'd' ISO date text,
    'f' formula without a stored value (``raw`` is the formula)."""

    kind: str
    raw: str
    formula: bool = False


@dataclass
class Sheet:
    name: str
    cells: dict[tuple[int, int], Cell]
    merged: list[str] = field(default_factory=list)

    def get(self, row: int, col: int) -> Cell | None:
        return self.cells.get((row, col))

    @property
    def max_row(self) -> int:
        return max((r for r, _ in self.cells), default=0)


def _sniff(head: bytes, path: Path) -> str | None:
    """Name what a non-zip file is, in Swedish, or None if it looks like a zip."""
    if not head:
        return "en tom fil (0 byte)"
    if head.startswith(b"PK\x03\x04"):
        return None
    if head.startswith(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"):
        data = path.read_bytes()[: 2 * 1024 * 1024]
        if "EncryptionInfo".encode("utf-16-le") in data or "EncryptedPackage".encode("utf-16-le") in data:
            return "en lösenordsskyddad (krypterad) arbetsbok"
        return "en gammal Excel-fil (.xls, BIFF-format)"
    if head.lstrip().startswith((b"<?xml", b"<html", b"<HTML", b"<!DOCTYPE")):
        return "en XML- eller HTML-fil"
    if head.startswith(b"PK"):
        return None
    return "en fil som inte är en Excel-arbetsbok (inget zip-innehåll)"


class XlsxFile:
    """An opened, inspected .xlsx. Use ``sheet_names`` and ``iter_rows``."""

    def __init__(self, path: Path, label: str | None = None):
        self.path = Path(path)
        self.label = label or self.path.name
        self.loc = Location(self.label)
        self._cells_seen = 0
        self._shared: list[str] | None = None
        self.merged: dict[str, list[str]] = {}
        self.headers: dict[str, list[str]] = {}  # sheet -> page header and footer texts
        self.defined_names: list[tuple[str, str]] = []
        self._bomb: zipfile.ZipInfo | None = None
        self._inspect()
        self._read_workbook()
        if self._bomb is not None:  # raised now that the part can be named by its sheet
            part = self._bomb.filename
            raise self._bomb_error(self._bomb, next(
                (n for n, p in self.sheet_parts.items() if p == part), None))

    # -- container ---------------------------------------------------------------
    def _err(self, expected: str, found: str, message: str = "", sheet: str | None = None,
             cell: str | None = None) -> InputError:
        sheet = personnummer.mask(sheet) if sheet else sheet  # names and refs come from the file
        return InputError([Problem(Location(self.label, sheet, cell), expected,
                                   personnummer.mask(found), message)])

    def _inspect(self) -> None:
        try:
            size = self.path.stat().st_size
            with self.path.open("rb") as fh:
                head = fh.read(8)
        except OSError as exc:
            raise self._err("en läsbar fil", f"ett fel vid läsning ({exc.strerror})") from None
        if size > MAX_FILE_BYTES:
            raise self._err(f"en arbetsbok på högst {MAX_FILE_BYTES // 2**20} MB",
                            f"{size / 2**20:.0f} MB")
        what = _sniff(head, self.path)
        if what:
            hint = "Öppna filen i Excel eller LibreOffice och spara som Excel-arbetsbok (.xlsx)."
            if "lösenord" in what:
                hint = "Ta bort lösenordsskyddet (Arkiv > Info > Skydda arbetsbok) och spara igen."
            raise self._err("en Excel-arbetsbok (.xlsx)", what, hint)
        try:
            self.zip = zipfile.ZipFile(self.path)
        except (zipfile.BadZipFile, OSError, ValueError):
            raise self._err("en hel Excel-arbetsbok (.xlsx)",
                            "en skadad eller avkortad fil (zip-arkivet går inte att läsa)",
                            "Filen kan ha klippts av vid e-post eller nedladdning; hämta den igen.") from None
        infos = self.zip.infolist()
        if len(infos) > MAX_ENTRIES:
            raise self._err(f"högst {MAX_ENTRIES} delar i arkivet", f"{len(infos)} delar")
        names = self._names = {i.filename for i in infos}
        if "mimetype" in names:
            mimetype = self._read_member("mimetype", limit=200).decode("ascii", "replace")
            if "opendocument" in mimetype:
                raise self._err("en Excel-arbetsbok (.xlsx)", "ett OpenDocument-kalkylark (.ods)",
                                "Spara filen som Excel 2007-365 (.xlsx) i LibreOffice.")
        if "[Content_Types].xml" not in names or "xl/workbook.xml" not in names:
            raise self._err("en Excel-arbetsbok (.xlsx)", "ett zip-arkiv utan arbetsbok",
                            "Filen är inte ett kalkylark.")
        total = 0
        for info in infos:
            if info.flag_bits & 0x1:
                raise self._err("en okrypterad arbetsbok", "krypterade delar i arkivet")
            total += info.file_size
            if info.file_size > MAX_MEMBER_BYTES or (
                info.file_size > 1024 * 1024
                and info.file_size > MAX_RATIO * max(info.compress_size, 1)
            ):
                if info.filename not in _PACKAGE_PARTS and self._bomb is None:
                    self._bomb = info  # never opened; reported with its sheet's name below
                    continue
                raise self._bomb_error(info)
        if total > MAX_TOTAL_BYTES:
            raise self._err("en arbetsbok av rimlig storlek",
                            f"{total / 2**20:.0f} MB uppackat innehåll")
        content_types = self._read_member("[Content_Types].xml", limit=1024 * 1024)
        if b"macroEnabled" in content_types or "xl/vbaProject.bin" in names:
            raise self._err("en arbetsbok utan makron (.xlsx)", "en makroaktiverad arbetsbok (.xlsm)",
                            "Spara en kopia som Excel-arbetsbok (.xlsx) utan makron.")

    def _bomb_error(self, info: zipfile.ZipInfo, sheet: str | None = None) -> InputError:
        return self._err("en arbetsbok av rimlig storlek",
                         f"delen {info.filename} som packas upp till {info.file_size / 2**20:.0f} MB "
                         f"från {max(info.compress_size, 1) / 1024:.0f} kB",
                         "Filen liknar en zip-bomb och läses inte.", sheet=sheet)

    def _read_member(self, name: str, limit: int = MAX_MEMBER_BYTES) -> bytes:
        with self.zip.open(name) as fh:
            data = fh.read(limit + 1)
        if len(data) > limit:
            raise self._err("en arbetsbok av rimlig storlek", f"delen {name} är för stor")
        return data

    def _iterparse(self, name: str, events=("end",), sheet: str | None = None):
        """defusedxml iterparse on a zip member, DTDs forbidden."""
        fh = self.zip.open(name)
        try:
            yield from SafeET.iterparse(fh, events=events, forbid_dtd=True,
                                        forbid_entities=True, forbid_external=True)
        except DefusedXmlException:
            raise self._err("vanlig XML i arbetsboken",
                            f"en DTD eller entitetsdefinition i {name}",
                            "Sådant används i XML-bomber och läses inte.", sheet=sheet) from None
        except SafeET.ParseError as exc:
            raise self._broken(name, sheet, exc) from None
        except (zipfile.BadZipFile, EOFError, OSError, ValueError):
            raise self._damaged(name, sheet) from None
        finally:
            fh.close()

    def _broken(self, name: str, sheet: str | None, exc) -> InputError:
        return self._err("välformad XML i arbetsboken", f"trasig XML i {name} ({exc})", sheet=sheet)

    def _damaged(self, name: str, sheet: str | None) -> InputError:
        return self._err("en hel Excel-arbetsbok", f"en skadad del ({name})",
                         "Filen kan ha klippts av; hämta den igen.", sheet=sheet)

    # -- workbook ----------------------------------------------------------------
    def _read_workbook(self) -> None:
        rels = {rid: target for rid, _, target in self._relationships("xl/workbook.xml")}
        self.sheet_parts: dict[str, str] = {}
        self.date1904 = False
        for _, el in self._iterparse("xl/workbook.xml"):
            if el.tag == _NS + "definedName":
                self.defined_names.append((el.get("name", ""), el.text or ""))
            elif el.tag == _NS + "workbookPr":
                self.date1904 = el.get("date1904", "0").lower() in ("1", "true")
            elif el.tag == _NS + "sheet":
                target = rels.get(el.get(_REL_NS + "id", ""), "")
                if target and target in self._names and "worksheets/" in target:
                    self.sheet_parts[el.get("name", "")] = target
        self._shared_name = next(
            (t for t in rels.values() if t.endswith("sharedStrings.xml") and t in self._names),
            None)

    @property
    def sheet_names(self) -> list[str]:
        return list(self.sheet_parts)

    def _check_prolog(self, name: str, sheet: str | None) -> None:
        """Refuse a DOCTYPE (and so any entity definition) before parsing, exactly where XML
        allows one: in the prolog, before the root element. Comments and processing
        instructions are skipped; a prolog over 1 MB is refused as suspicious."""
        limit = 1024 * 1024
        try:
            with self.zip.open(name) as fh:
                data = fh.read(limit)
        except (zipfile.BadZipFile, EOFError, OSError, ValueError):
            raise self._damaged(name, sheet) from None
        bad = self._err("vanlig XML i arbetsboken", f"en DTD eller entitetsdefinition i {name}",
                        "Sådant används i XML-bomber och läses inte.", sheet=sheet)
        i = 3 if data.startswith(b"\xef\xbb\xbf") else 0
        while True:
            while i < len(data) and data[i] in b" \t\r\n":
                i += 1
            if data.startswith(b"<?", i):
                end = data.find(b"?>", i)
            elif data.startswith(b"<!--", i):
                end = data.find(b"-->", i)
            elif data.startswith(b"<!", i):
                raise bad  # <!DOCTYPE …> or anything like it
            else:
                return  # the root element (or garbage the parser will reject)
            if end < 0:
                raise bad if len(data) >= limit else self._err(
                    "välformad XML i arbetsboken", f"trasig XML i {name}", sheet=sheet)
            i = end + 2

    def _stream(self, name: str, tags, sheet: str | None = None):
        """Yield the elements ``tags`` (None: every element) of a part as they end, then drop
        them. Parsed by the standard library's C ElementTree (expat limits entity
        amplification and never fetches external entities) after ``_check_prolog`` has
        refused any DTD — the protection defusedxml gives, at C speed (defusedxml's parser
        is pure Python)."""
        import xml.etree.ElementTree as ET

        self._check_prolog(name, sheet)
        fh = self.zip.open(name)
        try:
            # "end" events only; a finished element is emptied, so what stays in memory is
            # one empty element per row (about 70 bytes), never the cells.
            for _, el in ET.iterparse(fh, events=("end",)):
                if tags is None or el.tag in tags:
                    yield el
                    el.clear()
        except ET.ParseError as exc:
            raise self._broken(name, sheet, exc) from None
        except (zipfile.BadZipFile, EOFError, OSError, ValueError):
            raise self._damaged(name, sheet) from None
        finally:
            fh.close()

    def _shared_strings(self) -> list[str]:
        if self._shared is None:
            strings: list[str] = []
            if self._shared_name:
                for el in self._stream(self._shared_name, (_SI,)):
                    strings.append(_rich_text(el))
                    if len(strings) > MAX_CELLS:
                        raise self._err(f"högst {MAX_CELLS} texter", "fler")
            self._shared = strings
        return self._shared

    def iter_rows(self, name: str):
        """Yield (row number, {column: Cell}) for every stored row, in file order.
        Merged ranges are available in ``self.merged[name]`` once the rows are consumed."""
        part = self.sheet_parts[name]
        shared = self._shared_strings()
        merged: list[str] = []
        self.merged[name] = merged
        headers: list[str] = []
        self.headers[name] = headers
        row_no = 0
        for el in self._stream(part, _SHEET_TAGS, sheet=name):
            if el.tag != _ROW:
                if el.tag == _MERGE:
                    ref = el.get("ref")
                    if ref:
                        merged.append(ref)
                elif el.text:
                    headers.append(el.text)
                continue
            r = el.get("r")
            row_no = int(r) if r and r.isdigit() else row_no + 1
            digits = str(row_no)
            nd = -len(digits)
            col_no = 0
            cells: dict[int, Cell] = {}
            for c in el:
                if c.tag != _C:
                    continue
                ref = c.get("r")
                if ref:
                    # the usual case "AB12" on row 12: the letters decide the column
                    col = _COLUMNS.get(ref[:nd]) if ref.endswith(digits) else None
                    if col is None:
                        try:
                            cell_row, col = parse_ref(ref)
                        except ValueError:
                            raise self._err("giltiga cellreferenser", f"referensen {ref!r}",
                                            sheet=name) from None
                        if cell_row != row_no:
                            raise self._err("celler på sin egen rad",
                                            f"referensen {ref!r} på rad {row_no}", sheet=name)
                    col_no = col
                else:
                    col_no += 1
                t = c.get("t")
                if t is None or t == "n" or t == "s":  # numbers and shared strings, inline
                    v = c.findtext(_V)
                    if v is not None:
                        if t == "s":
                            try:
                                cells[col_no] = Cell("s", shared[int(v)])
                                continue
                            except (ValueError, IndexError):
                                pass
                        elif len(c) == 1:  # a typed number; <f> and <v> go to _cell
                            cells[col_no] = Cell("n", v)
                            continue
                cell = _cell(c, shared)
                if cell is not None:
                    cells[col_no] = cell
            if cells:
                self._cells_seen += len(cells)
                if self._cells_seen > MAX_CELLS:
                    raise self._err(f"högst {MAX_CELLS:,} ifyllda celler".replace(",", " "), "fler",
                                    sheet=name)
                yield row_no, cells

    def texts_outside_cells(self):
        """Yield (what, sheet, cell, text) for text a user can type outside the cells:
        comments, page headers and footers (known once the sheet's rows are consumed),
        defined names and the document properties. ``what`` is Swedish."""
        for name, value in self.defined_names:
            yield f"det definierade namnet ”{name}” (Formler > Namnhanteraren)", None, None, f"{name} {value}"
        for sheet, texts in self.headers.items():
            for text in texts:
                yield "sidhuvud eller sidfot (Infoga > Sidhuvud och sidfot)", sheet, None, text
        for sheet, part in self.sheet_parts.items():
            for target in self._related(part, ("/comments", "/threadedComment")):
                for el in self._stream(target, (_COMMENT, _THREADED), sheet=sheet):
                    yield "en kommentar", sheet, el.get("ref"), "".join(el.itertext())
        for part in _DOC_PROPS:
            if part in self._names:
                for el in self._stream(part, None):
                    if el.text and el.text.strip():
                        yield "dokumentegenskaperna (Arkiv > Info > Egenskaper)", None, None, el.text

    def custom_properties(self) -> dict[str, str]:
        """The custom document properties (File > Properties > Custom): name -> text value.
        finsam's workbooks carry their kind and schema version here."""
        out: dict[str, str] = {}
        if "docProps/custom.xml" in self._names:
            for _, el in self._iterparse("docProps/custom.xml"):
                if el.tag.endswith("}property") and el.get("name"):
                    out[el.get("name")] = "".join(el.itertext()).strip()
        return out

    def _relationships(self, part: str):
        """Yield (id, type, member path) for each internal relationship of ``part``."""
        folder, base = posixpath.split(part)
        rels = posixpath.join(folder, "_rels", base + ".rels")
        if rels not in self._names:
            return
        for _, el in self._iterparse(rels):
            if el.tag == _PKG_REL_NS + "Relationship" and el.get("TargetMode") != "External":
                target = el.get("Target", "")
                target = target.lstrip("/") if target.startswith("/") else \
                    posixpath.normpath(posixpath.join(folder, target))
                yield el.get("Id", ""), el.get("Type", ""), target

    def _related(self, part: str, kinds: tuple[str, ...]) -> list[str]:
        """Members that ``part``'s relationships point to with a type ending in ``kinds``."""
        return [target for _, kind, target in self._relationships(part)
                if kind.endswith(kinds) and target in self._names]


def _column_names() -> dict[str, int]:
    from ..errors import column_letter
    return {column_letter(i): i for i in range(1, 703)}  # A … ZZ; beyond, parse_ref decides


_COLUMNS = _column_names()
_SHEET_TAGS = frozenset((_ROW, _MERGE)) | _HEADER_FOOTER


def _rich_text(si) -> str:
    parts = []
    for child in si:
        if child.tag == _T:
            parts.append(child.text or "")
        elif child.tag == _R:
            t = child.find(_T)
            if t is not None:
                parts.append(t.text or "")
    return _unescape("".join(parts))


def _cell(el, shared: list[str]) -> Cell | None:
    t = el.get("t") or "n"
    f = v = is_el = None
    for child in el:  # one pass over <f>, <v>, <is> instead of three find() calls
        tag = child.tag
        if tag == _V:
            v = child
        elif tag == _F:
            f = child
        elif tag == _IS:
            is_el = child
    has_formula = f is not None
    if t == "inlineStr":
        if is_el is None:
            return None
        return Cell("s", _rich_text(is_el), has_formula)
    if v is None or v.text is None:
        if has_formula:
            return Cell("f", f.text or "(delad formel)", True)
        return None
    text = v.text
    if t == "s":
        try:
            return Cell("s", shared[int(text)], has_formula)
        except (ValueError, IndexError):
            return Cell("e", "#TEXTREF!", has_formula)
    if t == "str":
        return Cell("s", _unescape(text), has_formula)
    if t == "b":
        return Cell("b", text, has_formula)
    if t == "e":
        return Cell("e", text, has_formula)
    if t == "d":
        return Cell("d", text, has_formula)
    return Cell("n", text, has_formula)

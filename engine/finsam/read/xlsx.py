"""A small, defensive reader for .xlsx files from untrusted hands.

Why not openpyxl: it trusts the <dimension> tag in read-only mode, walks every cell up
to a styled XFD1048576 in normal mode, cannot tell an empty cell from a formula that
was never calculated, and builds a full DOM. Here the zip container is inspected
before anything is parsed (size, ratio, entry count). Every XML part is parsed by the
standard library's C expat (through ElementTree for the sheets) after a scan of its
prolog has refused any DOCTYPE, which is what defusedxml's forbid_dtd does (defusedxml's
own parser is pure Python and costs ~40 µs per cell; this costs ~6). The sheets and the
shared strings are streamed row by row; the cell count is bounded and only cells that
exist in the file are kept. A big sheet or list of shared strings in the usual form Excel
writes is read by a regular expression once expat has found the part well-formed
(``_FastRows``, ``_fast_shared``: the same cells, found and refused alike, about a quarter
faster); anything unusual is read as elements.

Parts are found the way Excel finds them, through the package's relationships
(``_rels/.rels`` → the workbook → its sheets and shared strings), never by a fixed path,
and both namespace sets are read: the usual (transitional) one and the one Excel writes
when a workbook is saved as "Strict Open XML Spreadsheet".

Personal data: every XML part is scanned for personnummer, every text and attribute
value (``personnummer_hits``). The sheets are scanned in the one streaming pass that
reads them (cells by ``read._scanned``, which knows a typed number from a computed one;
what lies outside the cells once the rows are read); every other part is streamed
through expat once, holding no more than the open elements.
"""
from __future__ import annotations

import codecs
import posixpath
import re
import zipfile
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import unquote

from ..errors import InputError, Location, Problem, parse_ref
from . import personnummer
from .values import stored_number

# Limits, named so that tests and messages can refer to them.
MAX_FILE_BYTES = 50 * 1024 * 1024          # the .xlsx on disk
MAX_MEMBER_BYTES = 256 * 1024 * 1024       # one uncompressed part
MAX_TOTAL_BYTES = 512 * 1024 * 1024        # all uncompressed parts
MAX_RATIO = 200                            # uncompressed / compressed, per part > 1 MB
MAX_ENTRIES = 5000                         # parts in the zip
# Cells with content, in one workbook and in a folder's workbooks together: within this a
# check stays under 500 MB (measured: bench/RESULTS.md, "Stora tabeller"); a förbund's real
# workbooks hold a few thousand.
MAX_CELLS = 1_200_000
MAX_FOLDER_CELLS = 1_200_000
MAX_TEXT_CHARS = 32_767                    # Excel's own limit for one cell
MAX_ELEMENTS = 4_000_000                   # XML elements in the parts other than the sheets
_PEEK = 64 * 1024  # bytes read first for a part's prolog

TRANSITIONAL_NS = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
STRICT_NS = "http://purl.oclc.org/ooxml/spreadsheetml/main"
_REL_ID_ATTRS = ("{http://schemas.openxmlformats.org/officeDocument/2006/relationships}id",
                 "{http://purl.oclc.org/ooxml/officeDocument/relationships}id")
# Package relationships and content types have one namespace in both sets.
_PKG_REL = "{http://schemas.openxmlformats.org/package/2006/relationships}Relationship"
_CONTENT_TYPES = "[Content_Types].xml"
_PACKAGE_RELS = "_rels/.rels"
_HEADER_FOOTER = frozenset(("oddHeader", "oddFooter", "evenHeader", "evenFooter",
                            "firstHeader", "firstFooter"))
# OOXML escapes characters XML cannot hold (and a literal "_x" as _x005F_) as _xHHHH_.
_XESCAPE = re.compile(r"_x([0-9A-Fa-f]{4})_")
_SHEET_KINDS = ("/worksheet", "/chartsheet", "/dialogsheet", "/macrosheet", "/xlMacrosheet",
                "/xlIntlMacrosheet")


def _unescape(text: str) -> str:
    if "_x" not in text:
        return text
    return _XESCAPE.sub(lambda m: chr(int(m.group(1), 16)), text)


class _Tags:
    """The SpreadsheetML element names the reader looks for, in one namespace."""

    def __init__(self, ns: str):
        n = "{" + ns + "}"
        self.c, self.row, self.v, self.f, self.is_, self.t, self.r, self.si = (
            n + "c", n + "row", n + "v", n + "f", n + "is", n + "t", n + "r", n + "si")
        self.sheet_data = n + "sheetData"


_TAGS = (_Tags(TRANSITIONAL_NS), _Tags(STRICT_NS))
_ROW_TAGS = {tags.row: tags for tags in _TAGS}
_SI_TAGS = {tags.si: tags for tags in _TAGS}
_SHEET_DATA = frozenset(tags.sheet_data for tags in _TAGS)
_MAIN_NS = frozenset((TRANSITIONAL_NS, STRICT_NS))


@dataclass(slots=True)
class Cell:
    """One stored cell. ``kind``: 'n' number (``raw`` is the stored decimal text),
    's' text, 'b' boolean ('0'/'1'), 'e' error ('#REF!'), 'd' ISO date text,
    'f' formula without a stored value (``raw`` is the formula), 'x' a stored "number"
    no spreadsheet can hold (NaN, 1E999999999, 10 000 digits; ``raw`` as stored)."""

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


def _is_xml_head(head: bytes) -> bool:
    """Whether a part's first bytes are XML (UTF-8, or UTF-16 with its byte order mark)."""
    if head.startswith((b"\xff\xfe", b"\xfe\xff")):
        return True
    if head.startswith(b"\xef\xbb\xbf"):
        head = head[3:]
    return head.lstrip(b" \t\r\n").startswith(b"<")


def _cell_ref(value: str | None) -> str | None:
    """The first cell or range of a ``ref``/``sqref`` attribute, if it is one (it comes from
    the file and is shown in a message only when it is a plain reference)."""
    if not value:
        return None
    first = value.split()[0] if value.split() else ""
    try:
        for part in first.split(":"):
            parse_ref(part)
    except ValueError:
        return None
    return first if first.count(":") <= 1 else None


def _past_prolog(data: bytes) -> tuple[int, bool]:
    """Where the markup after the XML declaration, processing instructions, comments and
    white space begins in ``data`` (a UTF-8 part, BOM allowed), and whether one of those
    was still open at the end of ``data``."""
    i = 3 if data.startswith(b"\xef\xbb\xbf") else 0
    while True:
        while i < len(data) and data[i] in b" \t\r\n":
            i += 1
        if data.startswith(b"<?", i):
            end = data.find(b"?>", i)
        elif data.startswith(b"<!--", i):
            end = data.find(b"-->", i)
        else:
            return i, False
        if end < 0:
            return i, True
        i = end + 2


class XlsxFile:
    """An opened, inspected .xlsx. Use ``sheet_names``, ``iter_rows`` and, once the rows
    are read, ``personnummer_hits``."""

    @property
    def cells_seen(self) -> int:
        return self._cells_seen

    def __init__(self, path: Path, label: str | None = None):
        self.path = Path(path)
        self.label = personnummer.mask(label or self.path.name)  # the file's name is input too
        self.loc = Location(self.label)
        self._cells_seen = 0      # cells with content read so far (``cells_seen``)
        self._shared: list[str] | None = None
        self._shared_pnr: dict[int, list[str]] = {}  # shared string index -> masked numbers
        self._shared_used: set[int] = set()          # ... of those, the ones a cell shows
        self.clean_texts: set[str] = set()  # shared strings of 10 characters or more without a personnummer
        self.merged: dict[str, list[str]] = {}
        self._bomb: zipfile.ZipInfo | None = None
        self._scanned_parts: set[str] = set()
        self._hits: list[tuple[str, str | None, str | None, str]] = []
        self._hit_keys: set[tuple] = set()
        self._link_refs: dict[tuple[str, str], str] = {}  # (sheet part, r:id) -> cell of a link
        self._elements = 0
        self._part_roles: dict | None = None
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
        # Part names are case-insensitive (OPC); zip member names are not.
        self._folded = {}
        for n in sorted(names):
            self._folded.setdefault(n.casefold(), n)
        if "mimetype" in names:
            mimetype = self._read_member("mimetype", limit=200).decode("ascii", "replace")
            if "opendocument" in mimetype:
                raise self._err("en Excel-arbetsbok (.xlsx)", "ett OpenDocument-kalkylark (.ods)",
                                "Spara filen som Excel 2007-365 (.xlsx) i LibreOffice.")
        if _CONTENT_TYPES not in names:
            raise self._no_workbook()
        total = 0
        bombs: list[zipfile.ZipInfo] = []
        for info in infos:
            if info.flag_bits & 0x1:
                raise self._err("en okrypterad arbetsbok", "krypterade delar i arkivet")
            total += info.file_size
            if info.file_size > MAX_MEMBER_BYTES or (
                info.file_size > 1024 * 1024
                and info.file_size > MAX_RATIO * max(info.compress_size, 1)
            ):
                if info.filename in (_CONTENT_TYPES, _PACKAGE_RELS):
                    raise self._bomb_error(info)
                bombs.append(info)
        if total > MAX_TOTAL_BYTES:
            raise self._err("en arbetsbok av rimlig storlek",
                            f"{total / 2**20:.0f} MB uppackat innehåll")
        content_types = self._read_member(_CONTENT_TYPES, limit=1024 * 1024)
        if b"macroEnabled" in content_types or any(
                n.casefold().endswith("vbaproject.bin") for n in names):
            raise self._err("en arbetsbok utan makron (.xlsx)", "en makroaktiverad arbetsbok (.xlsm)",
                            "Spara en kopia som Excel-arbetsbok (.xlsx) utan makron.")
        self.workbook_part = self._find_workbook_part(content_types)
        package = (self.workbook_part, self._rels_of(self.workbook_part))
        for info in bombs:  # the parts that name the sheets are reported at once
            if info.filename in package:
                raise self._bomb_error(info)
        self._bomb = bombs[0] if bombs else None

    def _no_workbook(self, what: str = "ett zip-arkiv utan arbetsbok") -> InputError:
        return self._err("en Excel-arbetsbok (.xlsx)", what, "Filen är inte ett kalkylark.")

    def _find_workbook_part(self, content_types: bytes) -> str:
        """The workbook part, as Excel finds it: the package relationship of type
        officeDocument; failing that, the part the content types call a workbook."""
        for _, kind, target, external in self._relationships(""):
            if not external and kind.endswith("/officeDocument") and target:
                return self._check_office_document(target, content_types)
        m = re.search(rb'PartName="([^"]+)"\s+ContentType="[^"]*spreadsheetml\.(?:sheet|template)\.main\+xml"',
                      content_types)
        if m:
            target = self._member(m.group(1).decode("utf-8", "replace").lstrip("/"))
            if target:
                return target
        if "xl/workbook.xml" in self._names:
            return "xl/workbook.xml"
        raise self._no_workbook()

    def _check_office_document(self, part: str, content_types: bytes) -> str:
        text = content_types.decode("utf-8", "replace")
        m = re.search(r'PartName="/?%s"\s+ContentType="([^"]*)"' % re.escape(part), text, re.I)
        kind = m.group(1) if m else ""
        if "wordprocessingml" in kind:
            raise self._no_workbook("ett Word-dokument (.docx)")
        if "presentationml" in kind:
            raise self._no_workbook("en PowerPoint-presentation (.pptx)")
        return part

    def _bomb_error(self, info: zipfile.ZipInfo, sheet: str | None = None) -> InputError:
        return self._err("en arbetsbok av rimlig storlek",
                         f"delen {info.filename} som packas upp till {info.file_size / 2**20:.0f} MB "
                         f"från {max(info.compress_size, 1) / 1024:.0f} kB",
                         "Filen liknar en zip-bomb och läses inte.", sheet=sheet)

    def _read_member(self, name: str, limit: int = MAX_MEMBER_BYTES) -> bytes:
        try:
            with self.zip.open(name) as fh:
                data = fh.read(limit + 1)
        except (zipfile.BadZipFile, EOFError, OSError, ValueError):
            raise self._damaged(name, None) from None
        if len(data) > limit:
            raise self._err("en arbetsbok av rimlig storlek", f"delen {name} är för stor")
        return data

    def _member(self, name: str) -> str | None:
        """The zip member of a part name: exact, case-insensitive or percent-decoded."""
        if name in self._names:
            return name
        for candidate in (name, unquote(name)):
            found = self._folded.get(candidate.casefold())
            if found:
                return found
        return None

    def _broken(self, name: str, sheet: str | None, exc) -> InputError:
        return self._err("välformad XML i arbetsboken", f"trasig XML i {name} ({exc})", sheet=sheet)

    def _damaged(self, name: str, sheet: str | None) -> InputError:
        return self._err("en hel Excel-arbetsbok", f"en skadad del ({name})",
                         "Filen kan ha klippts av; hämta den igen.", sheet=sheet)

    # -- workbook ----------------------------------------------------------------
    def _read_workbook(self) -> None:
        rels = {rid: (kind, target) for rid, kind, target, external in
                self._relationships(self.workbook_part) if target and not external}
        self.sheet_parts: dict[str, str] = {}      # worksheets by name, in workbook order
        self._sheet_of_part: dict[str, str] = {}   # every sheet's part -> its name
        self.date1904 = False
        for el in self._stream(self.workbook_part, None):
            ns, _, local = el.tag[1:].partition("}")
            if ns not in _MAIN_NS:
                continue
            if local == "workbookPr":
                self.date1904 = el.get("date1904", "0").lower() in ("1", "true")
            elif local == "sheet":
                rid = el.get(_REL_ID_ATTRS[0]) or el.get(_REL_ID_ATTRS[1]) or ""
                kind, target = rels.get(rid, ("", None))
                name = el.get("name", "")
                if target and kind.endswith(_SHEET_KINDS):
                    self._sheet_of_part.setdefault(target, name)
                    if kind.endswith("/worksheet"):
                        self.sheet_parts[name] = target
        self._shared_name = next((t for kind, t in rels.values() if kind.endswith("/sharedStrings")), None)

    @property
    def sheet_names(self) -> list[str]:
        return list(self.sheet_parts)

    def _check_prolog(self, name: str, sheet: str | None, data: bytes | None = None) -> None:
        """Refuse a DOCTYPE (and so any entity definition) before parsing, exactly where XML
        allows one: in the prolog, before the root element. Comments and processing
        instructions are skipped; a prolog over 1 MB is refused as suspicious. A UTF-16
        part is decoded first."""
        limit = 1024 * 1024
        if data is None:
            try:
                with self.zip.open(name) as fh:
                    data = fh.read(_PEEK)  # the prolog of any usual part; the rest if it is longer
                    if len(data) == _PEEK and not self._prolog_ends(data):
                        data += fh.read(limit - _PEEK)
            except (zipfile.BadZipFile, EOFError, OSError, ValueError):
                raise self._damaged(name, sheet) from None
        data = data[:limit]
        if data.startswith((b"\xff\xfe", b"\xfe\xff")):
            data = data[: len(data) // 2 * 2].decode("utf-16", "replace").encode("utf-8")
        bad = self._err("vanlig XML i arbetsboken", f"en DTD eller entitetsdefinition i {name}",
                        "Sådant används i XML-bomber och läses inte.", sheet=sheet)
        i, unterminated = _past_prolog(data)
        if unterminated:
            raise bad if len(data) >= limit else self._err(
                "välformad XML i arbetsboken", f"trasig XML i {name}", sheet=sheet)
        if data.startswith(b"<!", i):
            raise bad  # <!DOCTYPE …> or anything like it
        # else the root element (or garbage the parser will reject)

    @staticmethod
    def _prolog_ends(data: bytes) -> bool:
        """Whether the root element (or a DOCTYPE) begins within ``data``: then the first
        bytes are enough for ``_check_prolog``."""
        if data.startswith((b"\xff\xfe", b"\xfe\xff")):
            return False
        i, unterminated = _past_prolog(data)
        return not unterminated and i < len(data)

    def _stream(self, name: str, tags, sheet: str | None = None, root: list | None = None,
                notes=None, data: bytes | None = None):
        """Yield the elements ``tags`` (None: every element) of a part as they end, then drop
        them; ``root`` (a list) receives the root element once the part is read, with
        everything that was not yielded; ``notes`` (a callable) gets the text of each XML
        comment and processing instruction, which the tree does not keep. Parsed by the standard library's C ElementTree
        (expat limits entity amplification and never fetches external entities) after
        ``_check_prolog`` has refused any DTD — the protection defusedxml gives, at C speed
        (defusedxml's parser is pure Python)."""
        import io
        import xml.etree.ElementTree as ET

        if data is None and self.zip.getinfo(name).file_size <= _PEEK:
            try:  # a small part whole, once: the prolog check would read all of it anyway
                with self.zip.open(name) as small:
                    data = small.read()
            except (zipfile.BadZipFile, EOFError, OSError, ValueError):
                raise self._damaged(name, sheet) from None
        self._check_prolog(name, sheet, data)
        fh = self.zip.open(name) if data is None else io.BytesIO(data)
        try:
            # "end" events only; a finished element is emptied, so what stays in memory is
            # one empty element per row (about 70 bytes), never the cells.
            if notes is None:
                it = ET.iterparse(fh, events=("end",))
            else:
                it = ET.iterparse(fh, events=("end", "comment", "pi"))
                tags = {**dict.fromkeys(tags), ET.Comment: None, ET.ProcessingInstruction: None}
            for _, el in it:
                if tags is None or el.tag in tags:
                    if notes is not None and (el.tag is ET.Comment or el.tag is ET.ProcessingInstruction):
                        if el.text:
                            notes(el.text)
                        continue
                    yield el
                    el.clear()
            if root is not None:
                root.append(it.root)
        except ET.ParseError as exc:
            raise self._broken(name, sheet, exc) from None
        except (zipfile.BadZipFile, EOFError, OSError, ValueError):
            raise self._damaged(name, sheet) from None
        finally:
            fh.close()

    def _shared_strings(self) -> list[str]:
        if self._shared is None:
            strings: list[str] = []
            name = self._shared_name
            fast = self._fast_shared(name) if name and FAST_ROWS else None
            if fast is not None:
                self._scanned_parts.add(name)
                strings = fast
            elif name:
                self._scanned_parts.add(name)
                root: list = []
                notes = _Scanner(self, name, "sharedStrings", None).note
                for el in self._stream(name, _SI_TAGS, root=root, notes=notes):
                    text, extra = _rich_text(el, _SI_TAGS[el.tag])
                    if len(text) >= 10 and personnummer.maybe(text):
                        found = personnummer.find(text)
                        if found:  # reported with the cell that shows it, if one does
                            self._shared_pnr[len(strings)] = found
                    if extra:  # no cell shows a phonetic guide
                        for masked in _pnrs(extra):
                            self._note("en uttalsguide (fonetisk text) i arbetsbokens textlista",
                                       None, None, masked)
                    strings.append(text)
                    if len(strings) > MAX_CELLS:
                        raise self._err(f"högst {MAX_CELLS} texter", "fler")
                if root:  # what the list holds besides its texts
                    self._walk(root[0], _Scanner(self, name, "sharedStrings", None), _SI_TAGS)
            self._shared = strings
            pnr = self._shared_pnr  # the same text gives the same answer wherever it stands
            self.clean_texts = {t for i, t in enumerate(strings) if len(t) >= 10 and i not in pnr}
        return self._shared

    def _fast_shared(self, name: str) -> list[str] | None:
        """The shared strings when every one is a plain ``<si><t>…</t></si>`` (what Excel
        writes for unformatted text), read by one regular expression once expat has found
        the part well-formed; None (read as elements) for anything else. The personnummer
        scan and what lies outside the strings are as ``_shared_strings`` does them."""
        from xml.parsers import expat

        info = self.zip.getinfo(name)
        if info.file_size < FAST_ROWS_BYTES or info.file_size > _FAST_SHARED_MAX:
            return None
        data = self._read_member(name)
        self._check_prolog(name, None, data)
        m = _DECLARED.match(data)
        if data.startswith((b"\xff\xfe", b"\xfe\xff")) or (
                m and m.group(1).lower().replace(b"_", b"-") not in _UTF8):
            return None
        try:
            expat.ParserCreate(namespace_separator="}").Parse(data, True)
            text = data.decode("utf-8")
        except (expat.ExpatError, UnicodeDecodeError):
            return None
        del data
        start, end = text.find("<si>"), text.rfind("</si>")
        if start < 0 or end < 0:
            return None
        prefix, body, suffix = text[:start], text[start:end + 5], text[end + 5:]
        del text
        try:
            _FastRows._check_prefix(prefix)
        except _Unusual:
            return None
        if "<si" in suffix or "\r" in body:
            return None
        found = _SHARED_TOKEN.findall(body)
        if len(body) != sum(map(len, found)):  # something between or inside the plain strings
            return None
        if len(found) > MAX_CELLS:
            raise self._err(f"högst {MAX_CELLS} texter", "fler")
        strings = []
        pnr = {}
        for token in found:
            i = token.index(">", 5) + 1
            raw = token[i:token.rindex("</t>")]
            if "&" in raw:
                raw = _ENTITY.sub(_entity, raw)
            text = _unescape(raw)
            if len(text) >= 10 and personnummer.maybe(text):
                hits = personnummer.find(text)
                if hits:
                    pnr[len(strings)] = hits
            strings.append(text)
        root: list = []
        notes = _Scanner(self, name, "sharedStrings", None).note
        reduced = (prefix + suffix).encode("utf-8")
        for _ in self._stream(name, _SI_TAGS, root=root, notes=notes, data=reduced):
            return None  # pragma: no cover - a <si> after the last one was refused above
        self._shared_pnr.update(pnr)
        if root:
            self._walk(root[0], _Scanner(self, name, "sharedStrings", None), _SI_TAGS)
        return strings

    def iter_rows(self, name: str):
        """Yield (row number, {column: Cell}) for every stored row, in file order.
        Merged ranges are available in ``self.merged[name]`` once the rows are consumed;
        so is what the sheet holds outside its cells (for ``personnummer_hits``)."""
        part = self.sheet_parts[name]
        shared = self._shared_strings()
        merged: list[str] = []
        self.merged[name] = merged
        self._scanned_parts.add(part)
        done = 0
        if FAST_ROWS and self.zip.getinfo(part).file_size >= FAST_ROWS_BYTES:
            fast = _FastRows(self, name, part, shared, merged)
            try:
                yield from fast.rows()
                return
            except _Unusual:
                done = fast.done  # read as elements from here on, the rows before skipped
        yield from self._element_rows(name, part, shared, merged, done)

    def _element_rows(self, name: str, part: str, shared: list[str], merged: list[str], skip: int = 0):
        """``iter_rows`` by ElementTree: every construct XML allows. The first ``skip`` row
        elements (read already by ``_FastRows``) only count their row numbers."""
        pnr_si = self._shared_pnr or None
        used = self._shared_used
        root: list = []
        row_no = 0
        notes = _Scanner(self, part, "worksheet", name).note
        for el in self._stream(part, _ROW_TAGS, sheet=name, root=root, notes=notes):
            tags = _ROW_TAGS[el.tag]
            C, V = tags.c, tags.v
            r = el.get("r")
            row_no = int(r) if r and r.isdecimal() else row_no + 1
            if skip:
                skip -= 1
                continue
            digits = str(row_no)
            nd = -len(digits)
            col_no = 0
            cells: dict[int, Cell] = {}
            for c in el:
                if c.tag != C:
                    self._walk(c, _Scanner(self, part, "worksheet", name))  # not Excel's
                    continue
                ref = c.get("r")
                if ref:
                    # the usual case "AB12" on row 12: the letters decide the column
                    col = _COLUMNS.get(ref[:nd]) if ref.endswith(digits) else None
                    if col is None:
                        try:
                            cell_row, col = parse_ref(ref)
                        except ValueError:
                            raise self._err("giltiga cellreferenser", f"referensen {personnummer.mask(ref)!r}",
                                            sheet=name) from None
                        if cell_row != row_no:
                            raise self._err("celler på sin egen rad",
                                            f"referensen {personnummer.mask(ref)!r} på rad {row_no}", sheet=name)
                    col_no = col
                else:
                    col_no += 1
                t = c.get("t")
                if t is None or t == "n" or t == "s":  # numbers and shared strings, inline
                    v = c.findtext(V)
                    if v is not None:
                        if t == "s":
                            try:
                                i = int(v)
                                if i >= 0:
                                    cells[col_no] = Cell("s", shared[i])
                                    if pnr_si is not None and i in pnr_si:
                                        used.add(i)
                                    continue
                            except (ValueError, IndexError):
                                pass
                        elif len(c) == 1:  # a typed number; <f> and <v> go to _cell
                            cells[col_no] = Cell("n", v) if len(v) < 16 and v.isdecimal() else _number(v)
                            continue
                    elif not len(c):
                        continue  # a styled empty cell
                cell, extra = _cell(c, shared, tags)
                if cell is not None:
                    cells[col_no] = cell
                if extra and len(extra) >= 10 and (personnummer.maybe(extra) or "%" in extra or "_x" in extra):
                    for masked in _pnrs(extra):
                        self._note("cellens formel eller dolda innehåll", name, _col_ref(row_no, col_no),
                                   masked)
            if cells:
                self._cells_seen += len(cells)
                if self._cells_seen > MAX_CELLS:
                    raise self._err(f"högst {MAX_CELLS:,} ifyllda celler".replace(",", " "), "fler",
                                    sheet=name)
                yield row_no, cells
        if root:  # everything outside the cells: links, validations, headers, merges ...
            self._walk(root[0], _Scanner(self, part, "worksheet", name, merged), _SHEET_DATA)

    # -- personal data outside the cells -----------------------------------------
    def _note(self, what: str, sheet: str | None, cell: str | None, masked: str) -> None:
        key = (what, sheet, cell, masked)
        if key not in self._hit_keys:
            self._hit_keys.add(key)
            self._hits.append((what, personnummer.mask(sheet) if sheet else None, cell, masked))

    def _walk(self, root, scanner: "_Scanner", skip=()) -> None:
        """Feed an element tree to ``scanner`` as expat would, without recursion (a
        hostile file may nest deeply); subtrees whose tag is in ``skip`` are left out."""
        scanner.start(root.tag, root.attrib)
        if root.text:
            scanner.data(root.text)
        stack = [(root, iter(root))]
        while stack:
            el, children = stack[-1]
            child = next(children, None)
            if child is None:
                stack.pop()
                scanner.end(el.tag)
                if el.tail and stack:
                    scanner.data(el.tail)
                continue
            if child.tag in skip:
                if child.tail:
                    scanner.data(child.tail)
                continue
            scanner.start(child.tag, child.attrib)
            if child.text:
                scanner.data(child.text)
            stack.append((child, iter(child)))

    def _scan_part(self, info: zipfile.ZipInfo, data: bytes | None = None) -> None:
        """Scan one XML part: a part of up to 4 MB is first read whole and passed over when
        not even its raw text could hold a personnummer (``_could_hold``); else it is
        streamed through expat into a ``_Scanner``: memory is the open elements, whatever
        the part's size."""
        from xml.parsers import expat

        name = info.filename
        if data is not None:
            self._check_prolog(name, None, data)
            if not _could_hold(data):
                return
        else:
            self._check_prolog(name, None)
        role, sheet, source = self._role(name)
        scanner = _Scanner(self, name, role, sheet, source=source, streamed=True)
        parser = expat.ParserCreate(namespace_separator="}")
        parser.buffer_text = True
        parser.buffer_size = 1 << 16
        parser.StartElementHandler = scanner.start
        parser.EndElementHandler = scanner.end
        parser.CharacterDataHandler = scanner.data
        parser.CommentHandler = scanner.note
        parser.ProcessingInstructionHandler = lambda target, data: scanner.note(f"{target} {data}")
        try:
            with self.zip.open(name) as fh:
                parser.ParseFile(fh)
        except expat.ExpatError as exc:
            raise self._broken(name, sheet, expat.ErrorString(exc.code)) from None
        except (zipfile.BadZipFile, EOFError, OSError, ValueError):
            raise self._damaged(name, sheet) from None

    def _role(self, name: str) -> tuple[str, str | None, str | None]:
        """(role, sheet, source part) of a part, from the relationships (read once, when
        the first part needs a description) or else from its path."""
        if self._part_roles is None:
            self._part_roles = self._roles()
        return self._part_roles.get(name) or (_role_by_path(name), None, None)

    def _scan_bytes(self, name: str, head: bytes) -> None:
        """Scan a part that is not XML as text, in overlapping pieces: as UTF-8 and, if it
        has NUL bytes, as UTF-16 (printer settings and OLE objects store names so).
        Compressed data (images) holds no readable digits and is passed over quickly; an
        embedded Office file (a zip: an .xlsx or .docx pasted in) is opened, one level
        deep, and its parts scanned the same way."""
        what = f"delen {personnummer.mask(name)}"
        try:
            with self.zip.open(name) as fh:
                self._scan_stream(fh, what, name)
        except (zipfile.BadZipFile, EOFError, OSError, ValueError):
            raise self._damaged(name, None) from None
        if head.startswith(b"PK\x03\x04"):
            self._scan_embedded(name)

    def _scan_stream(self, fh, what: str, part: str, markup: bool = False) -> None:
        decoders = [codecs.getincrementaldecoder("utf-8")("replace")]
        tails = [""]
        sheet = None
        while True:
            block = fh.read(_CHUNK)
            if b"\x00" in block and len(decoders) == 1:
                decoders.append(codecs.getincrementaldecoder("utf-16-le")("replace"))
                tails.append("")
            for i, decoder in enumerate(decoders):
                text = tails[i] + decoder.decode(block, final=not block)
                found = personnummer.find(text) if personnummer.maybe(text) else []
                if markup and "<" in text:
                    stripped = _TAG.sub("", text)
                    if personnummer.maybe(stripped):
                        found += personnummer.find(stripped)
                for masked in found:
                    if sheet is None:
                        sheet = self._role(part)[1] or ""
                    self._note(what, sheet or None, None, masked)
                tails[i] = text[-_OVERLAP:]
            if not block:
                return

    def _scan_embedded(self, name: str) -> None:
        """The parts of an Office file embedded in the workbook, read as text with the
        container limits of the workbook itself."""
        import io

        data = self._read_member(name, MAX_FILE_BYTES)
        try:
            inner = zipfile.ZipFile(io.BytesIO(data))
            infos = inner.infolist()
        except (zipfile.BadZipFile, OSError, ValueError):
            return  # not a zip after all: its bytes were scanned as they are
        if len(infos) > MAX_ENTRIES:
            raise self._err(f"högst {MAX_ENTRIES} delar i en inbäddad fil", f"{len(infos)} delar i {name}")
        total = 0
        for info in infos:
            shown = f"en inbäddad fil ({personnummer.mask(name)}, delen {personnummer.mask(info.filename)})"
            for masked in _pnrs(info.filename):
                self._note(shown, None, None, masked)
            total += info.file_size
            if info.flag_bits & 0x1 or info.filename.endswith("/"):
                continue
            if info.file_size > MAX_MEMBER_BYTES or total > MAX_TOTAL_BYTES or (
                    info.file_size > 1024 * 1024 and info.file_size > MAX_RATIO * max(info.compress_size, 1)):
                raise self._bomb_error(info)
            try:
                with inner.open(info) as fh:
                    self._scan_stream(fh, shown, name, markup=True)
            except (zipfile.BadZipFile, EOFError, OSError, ValueError, NotImplementedError):
                raise self._damaged(name, None) from None

    def _roles(self) -> dict[str, tuple[str, str | None, str | None]]:
        """Part -> (role, sheet name, source part), following the relationships from the
        package root: the role is the last word of the relationship type ("comments",
        "drawing", "chart" …), the sheet is inherited from the part that points to it."""
        roles: dict[str, tuple[str, str | None, str | None]] = {}
        todo = [""]
        done: set[str] = set()
        while todo:
            source = todo.pop()
            if source in done:
                continue
            done.add(source)
            role, sheet, _ = roles.get(source, ("package", None, None))
            rels = self._rels_of(source)
            if rels in self._names:
                roles.setdefault(rels, ("rels", sheet, source))
            for _, kind, target, external in self._relationships(source):
                if external or not target or target in roles:
                    continue
                roles[target] = (kind.rsplit("/", 1)[-1], self._sheet_of_part.get(target, sheet), source)
                todo.append(target)
        return roles

    def personnummer_hits(self):
        """Yield (what, sheet, cell, masked) for every personnummer outside the cells that
        ``iter_rows`` gives: in a formula, in what a sheet holds besides its cells, in a
        shared string no cell shows, in every other XML part of the package (comments,
        drawings, text boxes, charts, links, defined names, document properties …), in a
        part's name and in the file's name. ``what`` is Swedish; sheet and what are masked.
        Call it once the rows of every sheet have been read."""
        for i, found in self._shared_pnr.items():
            if i not in self._shared_used:
                for masked in found:
                    self._note("arbetsbokens textlista (en text som ingen cell visar)", None, None, masked)
        for info in self.zip.infolist():
            name = info.filename
            for masked in _pnrs(name):
                self._note(f"namnet på delen {personnummer.mask(name)} i arkivet", None, None, masked)
            if name.endswith("/") or name in self._scanned_parts or name == "mimetype":
                continue
            data = self._read_member(name, _PREFILTER_BYTES) if info.file_size <= _PREFILTER_BYTES else None
            if data is None:
                try:
                    with self.zip.open(name) as fh:
                        head = fh.read(64)
                except (zipfile.BadZipFile, EOFError, OSError, ValueError):
                    raise self._damaged(name, None) from None
            else:
                head = data[:64]
            if _is_xml_head(head):
                self._scan_part(info, data)
            else:  # images, printer settings, a text file someone added: its bytes as text
                self._scan_bytes(name, head)
        for masked in _pnrs(self.path.name):
            self._note("filnamnet", None, None, masked)
        yield from self._hits

    def _what(self, role: str, sheet: str | None, stack, attr: str | None, source: str | None,
              part: str):
        """(what, cell) in Swedish for a personnummer found in ``part`` inside the open
        elements ``stack`` [(local name, attributes)], or None to leave it to another
        report (a worksheet's name has its own)."""
        def nearest(*locals_):
            for local, attrs in reversed(stack):
                if local in locals_:
                    return attrs
            return None

        def attr_of(attrs, key):
            if not attrs:
                return None
            for k, v in attrs.items():
                if k.rpartition("}")[2] == key:
                    return v
            return None

        if role == "worksheet":
            for local, what, ref in _SHEET_PLACES:
                attrs = nearest(local)
                if attrs is not None:
                    return what, _cell_ref(attr_of(attrs, ref))
            return "bladets inställningar utanför cellerna", None
        if role in ("comments", "threadedComment"):
            attrs = nearest("comment", "threadedComment")
            if attrs is None:
                return "kommentarernas författarlista", None
            return ("en trådad kommentar" if role == "threadedComment" else "en kommentar",
                    _cell_ref(attr_of(attrs, "ref")))
        if role == "officeDocument":
            attrs = nearest("definedName")
            if attrs is not None:
                name = personnummer.mask(attr_of(attrs, "name") or "")
                return f"det definierade namnet ”{name}” (Formler > Namnhanteraren)", None
            attrs = nearest("sheet")
            if attrs is not None:
                if attr == "name" and attr_of(attrs, "name") in self.sheet_parts:
                    return None  # reported as the sheet's name
                return "namnet på ett diagramblad eller annat blad", None
            return "arbetsbokens inställningar", None
        if role in ("custom-properties", "customProperties"):
            attrs = nearest("property")
            name = personnummer.mask(attr_of(attrs, "name") or "") if attrs else ""
            return ("de anpassade dokumentegenskaperna" + (f" (egenskapen ”{name}”)" if name else "")
                    + " (Arkiv > Info > Egenskaper > Avancerade egenskaper)"), None
        if role == "rels":
            attrs = nearest("Relationship")
            if attrs is not None and (attrs.get("Type") or "").endswith("/hyperlink"):
                return (_LINK, self._link_refs.get((source or "", attrs.get("Id") or "")))
            return "kopplingarna mellan arbetsbokens delar", None
        what = _ROLE_WHAT.get(role)
        return (what or f"delen {personnummer.mask(part)}"), None

    def custom_properties(self) -> dict[str, str]:
        """The custom document properties (File > Properties > Custom): name -> text value.
        finsam's workbooks carry their kind and schema version here."""
        out: dict[str, str] = {}
        part = next((target for _, kind, target, external in self._relationships("")
                     if not external and target and kind.endswith("/custom-properties")), None)
        if part is None and "docProps/custom.xml" in self._names:
            part = "docProps/custom.xml"
        if part is not None:
            text = ""
            for el in self._stream(part, None):  # a value element ends before its property
                if el.tag.endswith("}property"):
                    if el.get("name"):
                        out[el.get("name")] = text.strip()
                    text = ""
                elif el.text:
                    text = el.text
        return out

    def _relationships(self, part: str):
        """Yield (id, type, member path or None, external) for each relationship of
        ``part`` ("" for the package); an external one's target is a URL (None here)."""
        rels = self._rels_of(part)
        if rels not in self._names:
            return
        folder = posixpath.dirname(part)
        for el in self._stream(rels, (_PKG_REL,)):
            external = (el.get("TargetMode") or "").casefold() == "external"
            target = None
            if not external:
                raw = (el.get("Target") or "").split("#", 1)[0].replace("\\", "/")
                if raw:
                    path = raw.lstrip("/") if raw.startswith("/") else \
                        posixpath.normpath(posixpath.join(folder, raw))
                    target = self._member(path)
            yield el.get("Id", ""), el.get("Type", ""), target, external

    @staticmethod
    def _rels_of(part: str) -> str:
        folder, base = posixpath.split(part)
        return posixpath.join(folder, "_rels", base + ".rels")


_LINK = "en länk (hyperlänk, Infoga > Länk)"
# What a sheet holds outside its cells: (element, what it is, the attribute naming its cells).
_SHEET_PLACES = (
    ("hyperlink", _LINK, "ref"),
    ("dataValidation", "en dataverifiering (Data > Dataverifiering: lista, indatameddelande "
                       "eller felmeddelande)", "sqref"),
    ("conditionalFormatting", "en villkorsstyrd formatering (Start > Villkorsstyrd formatering)", "sqref"),
    ("headerFooter", "sidhuvud eller sidfot (Infoga > Sidhuvud och sidfot)", ""),
    ("autoFilter", "ett filter (Data > Filter)", "ref"),
    ("protectedRange", "ett skyddat område (Granska > Tillåt redigering av områden)", "sqref"),
    ("scenario", "ett scenario (Data > Konsekvensanalys)", ""),
    ("sparklineGroup", "ett minidiagram (Infoga > Minidiagram)", ""),
    ("customSheetView", "en anpassad vy (Visa > Anpassade vyer)", ""),
)
_PROPERTIES = "dokumentegenskaperna (Arkiv > Info > Egenskaper)"
_ROLE_WHAT = {
    "sharedStrings": "arbetsbokens textlista",
    "person": "listan över dem som skrivit kommentarer",
    "drawing": "en figur, textruta eller bild på bladet (Infoga > Figurer eller Textruta)",
    "vmlDrawing": "en figur, textruta eller anteckning på bladet (VML-ritning)",
    "chart": "ett diagram (rubrik, etiketter eller sparade värden)",
    "chartUserShapes": "en figur i ett diagram",
    "chartStyle": "ett diagrams format", "chartColorStyle": "ett diagrams färger",
    "chartsheet": "ett diagramblad",
    "dialogsheet": "ett dialogblad",
    "table": "en tabell (Infoga > Tabell: namn eller kolumnrubriker)",
    "pivotTable": "en pivottabell",
    "pivotCacheDefinition": "en pivottabells sparade data",
    "pivotCacheRecords": "en pivottabells sparade data",
    "externalLink": "en extern länk (Data > Redigera länkar)",
    "externalLinkPath": "en extern länk (Data > Redigera länkar)",
    "connections": "en dataanslutning (Data > Anslutningar)",
    "queryTable": "en frågetabell (Data > Hämta data)",
    "customXml": "anpassade XML-data i arbetsboken",
    "customXmlProps": "anpassade XML-data i arbetsboken",
    "core-properties": _PROPERTIES,
    "extended-properties": _PROPERTIES,
    "extendedProperties": _PROPERTIES,
    "coreProperties": _PROPERTIES,
    "styles": "arbetsbokens format (cellformat och talformat)",
    "theme": "arbetsbokens tema",
    "calcChain": "arbetsbokens beräkningskedja",
    "metadata": "arbetsbokens metadata",
    "sheetMetadata": "arbetsbokens metadata",
    "volatileDependencies": "arbetsbokens beräkningsdata",
    "slicer": "ett utsnitt (Infoga > Utsnitt)",
    "slicerCache": "ett utsnitt (Infoga > Utsnitt)",
    "timeline": "en tidslinje (Infoga > Tidslinje)",
    "timelineCache": "en tidslinje (Infoga > Tidslinje)",
    "ctrlProp": "en formulärkontroll (Utvecklare > Infoga)",
    "thumbnail": "arbetsbokens miniatyrbild",
    "package": "arkivets innehållsförteckning",
}


def _role_by_path(name: str) -> str:
    """The role of a part no relationship points to, from its path."""
    low = name.casefold()
    if low.endswith(".rels"):
        return "rels"
    if low == _CONTENT_TYPES.casefold():
        return "package"
    for prefix, role in _PATH_ROLES:
        if prefix in low:
            return role
    return "other"


# Where Excel puts parts, for a part that nothing points to (left behind, or added).
_PATH_ROLES = (("docprops/core", "core-properties"), ("docprops/app", "extended-properties"),
               ("docprops/custom", "custom-properties"), ("customxml/", "customXml"),
               ("/pivotcache/", "pivotCacheRecords"), ("/pivottables/", "pivotTable"),
               ("/drawings/vml", "vmlDrawing"), ("/drawings/", "drawing"), ("/charts/", "chart"),
               ("/chartsheets/", "chartsheet"), ("/threadedcomments/", "threadedComment"),
               ("/comments", "comments"), ("/tables/", "table"), ("/externallinks/", "externalLink"),
               ("/persons/", "person"), ("/worksheets/", "worksheet"), ("sharedstrings", "sharedStrings"))


def _pnrs(text: str, attr: str | None = None) -> list[str]:
    """Masked personnummer in one text or attribute value of any part: as written, with
    OOXML's _xHHHH_ escapes and a URL's %XX decoded, and a number in any notation
    (``1.91212121212E11``). The coordinates of drawings (EMU, up to 11 digits) are
    nobody's input and are not read as numbers."""
    found: list[str] = []
    if attr in _COORDINATES and text.isdecimal():
        return found
    if "_x" in text:
        text = _unescape(text)
    if personnummer.maybe(text):
        found = personnummer.find(text)
        if not found and len(text) <= 64:
            found = personnummer.find_in_number(text, typed=False)
    if "%" in text:
        decoded = unquote(text)
        if decoded != text and personnummer.maybe(decoded):
            found += personnummer.find(decoded)
    return found


_COORDINATES = frozenset(("x", "y", "cx", "cy"))
# Containers of runs whose texts are shown as one (a split "191212" + "12-1212" is read
# joined): DrawingML and WordprocessingML paragraphs, SpreadsheetML rich text, comment
# text, VML text boxes.
_JOINED = frozenset(("p", "si", "is", "text", "textbox", "div"))
_CHUNK = 1 << 20   # text scanned in pieces of this size, overlapping by _OVERLAP
_OVERLAP = 64
_HEADER_CODE = [re.compile(r"&\d{%d}" % n) for n in (1, 2, 3)]
_PREFILTER_BYTES = 4 * 1024 * 1024
# Markup, quoted attribute values kept whole (a ">" may stand in one).
_TAG = re.compile(r"""<(?:[^>"']|"[^"]*"|'[^']*')*>""")
_ESCAPES = (("&#", None), ("_x", re.compile(r"_x[0-9A-Fa-f]{4}_")), ("%", re.compile(r"%[0-9A-Fa-f]{2}")),
            ("CDATA", None))
_E_NOTATION = re.compile(r"\d[eE]\+?0*(?:9|1[01])(?!\d)")
_DECLARED = re.compile(rb"""^(?:\xef\xbb\xbf)?\s*<\?xml[^>]*encoding=["']([^"']+)""")
# Closing tags of the containers whose runs the scanner joins (any prefix).
_JOIN_ENDS = tuple(end for local in _JOINED for end in (f":{local}>", f"</{local}>"))
_CLEAN_PARTS: set[bytes] = set()  # sha-256 of parts found clean in this process


def _could_hold(data: bytes) -> bool:
    """Whether an XML part could hold a personnummer, judged on its raw text: the number
    in one text or attribute value (as written), in the runs of a paragraph (the text
    with the markup taken out, which joins more than paragraphs: a superset), or behind
    an escape the parse would resolve. False means the expat scan would find nothing
    either. Parts in an encoding other than UTF-8 or UTF-16 are always parsed; a part
    found clean is remembered by its SHA-256 (the theme of every workbook is the same)."""
    import hashlib

    digest = hashlib.sha256(data).digest()
    if digest in _CLEAN_PARTS:
        return False
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        text = data.decode("utf-16", "replace")
    else:
        m = _DECLARED.match(data)
        if m and m.group(1).lower().replace(b"_", b"-") not in (b"utf-8", b"utf8", b"us-ascii", b"ascii"):
            return True
        text = data.decode("utf-8", "replace")
    for marker, pattern in _ESCAPES:
        if marker in text and (pattern is None or pattern.search(text)):
            return True
    if personnummer.maybe(text) and (personnummer.find(text) or _E_NOTATION.search(text)):
        return True
    if any(end in text for end in _JOIN_ENDS):
        stripped = _TAG.sub("", text)
        if personnummer.maybe(stripped) and personnummer.find(stripped):
            return True
    if len(_CLEAN_PARTS) < 10_000:
        _CLEAN_PARTS.add(digest)
    return False


class _Scanner:
    """The personnummer scan of one part, fed expat's events (or an element tree as
    expat would give it, ``XlsxFile._walk``). Each attribute value and each text is
    scanned on its own; the runs of a paragraph are joined first. A huge text is scanned
    in overlapping pieces, so memory stays bounded."""

    __slots__ = ("book", "part", "role", "sheet", "source", "merged", "streamed", "stack", "text", "size",
                 "joins")

    def __init__(self, book: XlsxFile, part: str, role: str, sheet: str | None,
                 merged: list | None = None, source: str | None = None, streamed: bool = False):
        self.book, self.part, self.role, self.sheet, self.source = book, part, role, sheet, source
        self.merged = merged
        self.streamed = streamed  # a part read by expat counts towards MAX_ELEMENTS
        self.stack: list[tuple[str, dict]] = []
        self.text: list[str] = []
        self.size = 0
        self.joins: list[list] = []   # [depth, pieces, size] per open paragraph

    def start(self, name: str, attrs: dict) -> None:
        if self.text:
            self._flush()
        if self.streamed:
            self._count()
        local = name.rpartition("}")[2]
        self.stack.append((local, attrs))
        if attrs:
            if self.role == "worksheet":
                self._sheet_element(local, attrs)
            for key, value in attrs.items():
                if len(value) >= 10:
                    self._check(value, key.rpartition("}")[2])
        if local in _JOINED:
            self.joins.append([len(self.stack), [], 0])

    def note(self, text: str) -> None:
        """An XML comment or processing instruction: scanned as a text."""
        if len(text) >= 10:
            self._check(text, None)

    def _count(self) -> None:
        book = self.book
        book._elements += 1
        if book._elements > MAX_ELEMENTS:
            raise book._err(f"högst {MAX_ELEMENTS:,} XML-element utanför bladens celler".replace(",", " "),
                            f"fler i delen {self.part}", "Filen har inte sparats av Excel.")

    def data(self, text: str) -> None:
        join = self.joins[-1] if self.joins else None
        if join is not None:
            join[1].append(text)
            join[2] += len(text)
            if join[2] > _CHUNK:
                join[1][:] = [self._scan_chunk("".join(join[1]))]
                join[2] = len(join[1][0])
        else:
            self.text.append(text)
            self.size += len(text)
            if self.size > _CHUNK:
                self.text[:] = [self._scan_chunk("".join(self.text))]
                self.size = len(self.text[0])

    def end(self, name: str) -> None:
        if self.text:
            self._flush()
        if self.joins and self.joins[-1][0] == len(self.stack):
            _, pieces, size = self.joins.pop()
            if size >= 10:
                self._check("".join(pieces), None)
        self.stack.pop()

    def _flush(self) -> None:
        text = "".join(self.text)
        self.text.clear()
        self.size = 0
        if len(text) >= 10:
            self._check(text, None)

    def _scan_chunk(self, text: str) -> str:
        self._check(text, None)
        return text[-_OVERLAP:]

    def _sheet_element(self, local: str, attrs: dict) -> None:
        if local == "mergeCell" and self.merged is not None:
            ref = attrs.get("ref")
            if ref:
                self.merged.append(ref)
        elif local == "hyperlink":
            rid = attrs.get(_REL_ID_ATTRS[0]) or attrs.get(_REL_ID_ATTRS[1])
            if rid and attrs.get("ref"):
                self.book._link_refs[(self.part, rid)] = attrs["ref"]

    def _check(self, text: str, attr: str | None) -> None:
        found = _pnrs(text, attr)
        if self.stack and self.stack[-1][0] in _HEADER_FOOTER and attr is None:
            # Header codes: "&12" is a font size, so "&1219121212-1212" hides the number.
            for code in _HEADER_CODE:
                found += _pnrs(code.sub(" ", text))
        if not found:
            return
        place = self.book._what(self.role, self.sheet, self.stack, attr, self.source, self.part)
        if place is None:
            return
        what, cell = place
        for masked in found:
            self.book._note(what, self.sheet, cell, masked)


def _col_ref(row: int, col: int) -> str:
    from ..errors import cell_ref
    return cell_ref(row, col)


def _column_names() -> dict[str, int]:
    from ..errors import column_letter
    return {column_letter(i): i for i in range(1, 703)}  # A … ZZ; beyond, parse_ref decides


_COLUMNS = _column_names()


def _rich_text(si, tags: _Tags) -> tuple[str, str]:
    """The text of a shared or inline string (its runs joined) and the text of anything
    else in it (phonetic guides), which no cell shows but the file holds."""
    parts = []
    extra = []
    T, R = tags.t, tags.r
    for child in si:
        tag = child.tag
        if tag == T:
            parts.append(child.text or "")
        elif tag == R:
            t = child.find(T)
            if t is not None:
                parts.append(t.text or "")
        else:
            extra.append(" ".join(child.itertext()))
    return _unescape("".join(parts)), " ".join(extra)


def _number(text: str, formula: bool = False) -> Cell:
    """A stored number, checked: one that no spreadsheet can hold becomes an 'x' cell,
    an error where the schema reads it, ignored where it does not."""
    if len(text) < 16 and text.isdecimal():
        return Cell("n", text, formula)
    s = stored_number(text)
    return Cell("x", text, formula) if s is None else Cell("n", s, formula)


def _cell(el, shared: list[str], tags: _Tags) -> tuple[Cell | None, str]:
    """The cell of ``<c>``, and text it holds that is not its value (the formula, a
    phonetic guide, elements Excel does not write), to be scanned for personal data."""
    t = el.get("t") or "n"
    f = v = is_el = None
    extra = ""
    V, F = tags.v, tags.f
    for child in el:  # one pass over <f>, <v>, <is> instead of three find() calls
        tag = child.tag
        if tag == V:
            v = child
        elif tag == F:
            f = child
        elif tag == tags.is_:
            is_el = child
        else:
            extra += " " + " ".join(child.itertext())
    has_formula = f is not None
    if has_formula and f.text:
        extra = f"{extra} {f.text}" if extra else f.text
    if t == "inlineStr":
        if is_el is None:
            return None, extra
        text, phonetic = _rich_text(is_el, tags)
        return Cell("s", text, has_formula), (extra + " " + phonetic if phonetic else extra)
    if v is None or v.text is None:
        if has_formula:
            return Cell("f", f.text or "(delad formel)", True), extra
        return None, extra
    return _typed(t, v.text, has_formula, shared), extra


def _typed(t: str, text: str, has_formula: bool, shared: list[str]) -> Cell:
    """The cell of a stored value ``text`` (``<v>``) of type ``t``."""
    if t == "s":
        try:
            i = int(text)
            if i < 0:
                raise IndexError(i)
            return Cell("s", shared[i], has_formula)
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
    return _number(text, has_formula)


# -- the sheets' usual XML, read without building elements ------------------------------
#
# Excel, LibreOffice and openpyxl write a sheet's cells in a few fixed forms
# (``<c r="B7" s="3" t="s"><v>12</v></c>``, a formula ``<f>…</f>`` before its value). For
# those, ElementTree's elements and Python's loop over them cost three times what the
# XML itself does. ``_FastRows`` reads exactly those forms with one regular expression
# over the text, after expat (the same C parser, without building anything) has found the
# part well-formed; anything else (an entity, a comment, a namespace declaration, another
# attribute order, rich text, an element Excel does not write) hands the sheet back to
# ``XlsxFile._element_rows`` at the row where it was met. The cells, their order, the
# personnummer found and the problems raised are the same either way
# (tests/test_fast_rows.py compares both on the examples and the hostile corpus).

FAST_ROWS = True
# Below this a sheet's cells are few and what lies outside them (validations, formatting) is
# most of the part, which both paths read as elements: the element path alone is quicker.
FAST_ROWS_BYTES = 256 * 1024


class _Unusual(Exception):
    """The sheet holds something ``_FastRows`` does not read."""


_SHEET_TOKEN = re.compile(
    r'((?:<c(?: r="([A-Z]{1,3})([0-9]{1,7})")?(?: s="[0-9]{1,9}")?(?: t="([A-Za-z]{1,9})")?'
    r'(?:/>|>'
    r'(<f(?: [A-Za-z]{1,12}="[^"<]*")*(?:/>|>([^<&\r]*)</f>))?'
    r'(<v>([^<&\r]*)</v>)?'
    r'(<is><t(?: xml:space="preserve")?>([^<&\r]*)</t></is>)?'
    r'</c>)'
    r'|<row(?: r="([^"<&]*)")?((?: [A-Za-z][\w.:-]*="[^"<]*")*)(/?)>'
    r'|</row>)[ \t\r\n]*)')
_ANY_ROW_TAG = re.compile(r"<(?:[\w.-]+:)?row[ \t\r\n/>]")
_PROLOG = re.compile(r"\ufeff?(?:<\?xml[^<>]*\?>)?[ \t\r\n]*")
_ROOT_TAG = re.compile(r'<[A-Za-z][\w.:-]*((?:[ \t\r\n]+[\w.:-]+="[^"<]*")*)[ \t\r\n]*>')
_ROOT_ATTR = re.compile(r'[ \t\r\n]+([\w.:-]+)="([^"<]*)"')
# A plain shared string, whitespace after it included (ElementTree drops it too).
_SHARED_TOKEN = re.compile(r'<si><t(?: xml:space="preserve")?>[^<]*</t></si>[ \t\n]*')
_ENTITY = re.compile(r"&(?:#x([0-9A-Fa-f]+)|#([0-9]+)|(lt|gt|amp|quot|apos));")
_NAMED = {"lt": "<", "gt": ">", "amp": "&", "quot": '"', "apos": "'"}
_FAST_SHARED_MAX = 32 * 1024 * 1024


def _entity(m: re.Match) -> str:
    """The character an XML reference stands for (expat has checked that it is one)."""
    if m.group(1):
        return chr(int(m.group(1), 16))
    if m.group(2):
        return chr(int(m.group(2)))
    return _NAMED[m.group(3)]


_UTF8 = (b"utf-8", b"utf8", b"us-ascii", b"ascii")
_BLOCK = 1 << 20
_PREFIX_MAX = 4 << 20  # what may come before <sheetData> (its settings: columns, views)
_CACHED = 50_000


class _FastRows:
    """``XlsxFile.iter_rows`` for the usual XML of a sheet (see above). ``done`` counts the
    row elements read when ``_Unusual`` is raised."""

    def __init__(self, book: XlsxFile, name: str, part: str, shared: list[str], merged: list[str]):
        self.book, self.name, self.part, self.shared, self.merged = book, name, part, shared, merged
        self.done = 0
        self.row_no = 0
        self.in_row = False
        self.cells: dict[int, Cell] = {}
        self.col_no = 0
        self.digits = ""
        self.numbers: dict[str, Cell] = {}  # one Cell per stored text (cells are never changed)
        self.texts: dict[str, Cell] = {}

    def rows(self):
        from xml.parsers import expat

        book, part = self.book, self.part
        book._check_prolog(part, self.name)
        parser = expat.ParserCreate(namespace_separator="}")
        decoder = codecs.getincrementaldecoder("utf-8")("strict")
        buf = ""
        mode = 0  # 0: before <sheetData>, 1: its rows, 2: after it
        prefix = ""
        suffix: list[str] = []
        first = True
        try:
            fh = book.zip.open(part)
        except (zipfile.BadZipFile, EOFError, OSError, ValueError):
            raise _Unusual from None
        with fh:
            while True:
                try:
                    block = fh.read(_BLOCK)
                except (zipfile.BadZipFile, EOFError, OSError, ValueError):
                    raise _Unusual from None
                if first:
                    first = False
                    if block.startswith((b"\xff\xfe", b"\xfe\xff")):
                        raise _Unusual
                    m = _DECLARED.match(block)
                    if m and m.group(1).lower().replace(b"_", b"-") not in _UTF8:
                        raise _Unusual
                try:
                    parser.Parse(block, not block)
                    text = decoder.decode(block, final=not block)
                except (expat.ExpatError, UnicodeDecodeError):
                    raise _Unusual from None
                if mode == 0:
                    buf += text
                    i = buf.find("<sheetData")
                    j = buf.find(">", i) if i >= 0 else -1
                    if j < 0:
                        if not block or len(buf) > _PREFIX_MAX:
                            raise _Unusual
                        continue
                    prefix = buf[:i]
                    self._check_prefix(prefix)
                    tag = buf[i:j + 1]
                    if tag == "<sheetData/>":
                        mode, text, buf = 2, buf[j + 1:], ""
                    elif tag == "<sheetData>":
                        mode, text, buf = 1, "", buf[j + 1:]
                    else:
                        raise _Unusual
                if mode == 1:
                    buf += text
                    end = buf.find("</sheetData>")
                    if end >= 0:
                        yield from self._tokens(buf[:end], True)
                        mode, text, buf = 2, buf[end + 12:], ""
                    else:
                        row_end, cell_end = buf.rfind("</row>"), buf.rfind("</c>")
                        cut = max(row_end + 6 if row_end >= 0 else 0, cell_end + 4 if cell_end >= 0 else 0)
                        if cut:
                            yield from self._tokens(buf[:cut], False)
                            buf = buf[cut:]
                        if not block:
                            raise _Unusual
                if mode == 2:
                    suffix.append(text)
                if not block:
                    break
        rest = "".join(suffix)
        if _ANY_ROW_TAG.search(rest):
            raise _Unusual
        # What lies outside the cells, read as the element path reads it.
        reduced = (prefix + "<sheetData/>" + rest).encode("utf-8")
        del rest, suffix
        root: list = []
        notes = _Scanner(book, part, "worksheet", self.name).note
        for _ in book._stream(part, _ROW_TAGS, sheet=self.name, root=root, notes=notes, data=reduced):
            raise _Unusual  # pragma: no cover - a row outside sheetData was refused above
        if root:
            book._walk(root[0], _Scanner(book, part, "worksheet", self.name, self.merged), _SHEET_DATA)

    @staticmethod
    def _check_prefix(prefix: str) -> None:
        """Before <sheetData>: no comment, CDATA, processing instruction or row that could
        hide or add rows, and the main namespace declared once, on the root element."""
        body = prefix[_PROLOG.match(prefix).end():]
        if "<!" in body or "<?" in body or _ANY_ROW_TAG.search(body):
            raise _Unusual
        m = _ROOT_TAG.match(body)
        if m is None or "xmlns" in body[m.end():]:  # no other namespace declared around the cells
            raise _Unusual
        declared = {k: v for k, v in _ROOT_ATTR.findall(m.group(1))}
        if declared.get("xmlns") not in _MAIN_NS:
            raise _Unusual

    def _tokens(self, seg: str, last: bool):
        """Yield the rows the cells of ``seg`` complete; ``seg`` ends at a token's end.
        Every token is found by one ``findall`` (tuples, no match objects); that they
        follow each other with nothing between is checked by their total length."""
        from operator import itemgetter

        if "xmlns" in seg:
            raise _Unusual
        pos = len(seg) - len(seg.lstrip(" \t\r\n"))
        tokens = _SHEET_TOKEN.findall(seg, pos)
        if sum(map(len, map(itemgetter(0), tokens))) != len(seg) - pos:
            raise _Unusual
        book, shared = self.book, self.shared
        pnr_si = book._shared_pnr or None
        used = book._shared_used
        numbers, texts = self.numbers, self.texts
        columns = _COLUMNS
        cells, col_no, row_no, digits = self.cells, self.col_no, self.row_no, self.digits
        in_row = self.in_row
        for whole, letters, crow, t, fel, ftext, vel, v, isel, inline, r, rest, closed in tokens:
            k = whole[1]
            if k == "c":
                if not in_row:
                    raise _Unusual
                if letters:
                    if crow != digits:
                        raise _Unusual
                    col_no = columns.get(letters)
                    if col_no is None:
                        raise _Unusual
                else:
                    col_no += 1
                if not t or t == "n" or t == "s":  # as _element_rows reads them
                    if vel:
                        if t == "s":
                            cell = texts.get(v) if pnr_si is None else None
                            if cell is not None:
                                cells[col_no] = cell
                                continue
                            try:
                                i = int(v)
                                if i >= 0:
                                    cells[col_no] = cell = Cell("s", shared[i])
                                    if pnr_si is not None and i in pnr_si:
                                        used.add(i)
                                    elif len(texts) < _CACHED:
                                        texts[v] = cell
                                    continue
                            except (ValueError, IndexError):
                                pass
                        elif not fel and not isel:
                            cell = numbers.get(v)
                            if cell is None:
                                cell = Cell("n", v) if len(v) < 16 and v.isdecimal() else _number(v)
                                if len(numbers) < _CACHED:
                                    numbers[v] = cell
                            cells[col_no] = cell
                            continue
                    elif not fel and not isel:
                        continue
                t = t or "n"  # as _cell reads them
                has_formula = bool(fel)
                if t == "inlineStr":
                    cell = Cell("s", _unescape(inline), has_formula) if isel else None
                elif not v:
                    cell = Cell("f", ftext or "(delad formel)", True) if has_formula else None
                else:
                    cell = _typed(t, v, has_formula, shared)
                if cell is not None:
                    cells[col_no] = cell
                if ftext and len(ftext) >= 10 and (personnummer.maybe(ftext) or "%" in ftext or "_x" in ftext):
                    for masked in _pnrs(ftext):
                        book._note("cellens formel eller dolda innehåll", self.name, _col_ref(row_no, col_no),
                                   masked)
            elif k == "r":  # <row …> or <row …/>
                if in_row or ' r="' in rest:
                    raise _Unusual
                row_no = int(r) if r and r.isdecimal() else row_no + 1
                if closed:
                    self.done += 1
                    continue
                in_row, cells, col_no, digits = True, {}, 0, str(row_no)
            else:  # </row>
                if not in_row:
                    raise _Unusual
                in_row = False
                self.done += 1
                if cells:
                    book._cells_seen += len(cells)
                    if book._cells_seen > MAX_CELLS:
                        raise book._err(f"högst {MAX_CELLS:,} ifyllda celler".replace(",", " "), "fler",
                                        sheet=self.name)
                    yield row_no, cells
        if last and in_row:
            raise _Unusual
        self.cells, self.col_no, self.row_no, self.digits, self.in_row = cells, col_no, row_no, digits, in_row

"""A corpus of hostile or broken förbund folders, generated at test time.

Every case is a complete förbund folder: the four workbooks of the corrected Sundsvall
example (``examples/data/sundsvall_2023.CORRECTED``), with one workbook replaced or
corrupted. Broken-but-valid workbooks are written from mutated data with the schema
writer (never opened and saved with openpyxl, which drops cached formula values);
container-level corruption is done on the zip/XML bytes of a generated file.

    build_case("zip_bomb", Path("/tmp/x"))   # writes /tmp/x/{ekonomi,insatser,...}.xlsx
    CASES                                     # what each case expects of ``finsam build``

Nothing here is committed as a binary; tests/test_hostile.py generates into tmp_path.
"""
from __future__ import annotations

import atexit
import copy
import dataclasses
import datetime as dt
import functools
import io
import re
import shutil
import struct
import sys
import tempfile
import zipfile
import zlib
from dataclasses import dataclass
from pathlib import Path
from typing import Callable
from xml.etree import ElementTree as ET

ROOT = Path(__file__).resolve().parents[2]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))
if str(ROOT / "examples" / "data") not in sys.path:
    sys.path.insert(0, str(ROOT / "examples" / "data"))

import sundsvall_2023  # noqa: E402

from finsam.kinds import kind  # noqa: E402
from finsam.schema.fields import Column  # noqa: E402
from finsam.schema.write import write_workbook  # noqa: E402

ANNUAL_REPORT_WORKBOOKS = kind("arsredovisning").workbooks
SCHEMAS = {s.filename: s for s in ANNUAL_REPORT_WORKBOOKS}
FILENAMES = tuple(SCHEMAS)

# Test numbers: 19121212-1212 is Skatteverket's classic test personnummer (valid Luhn).
PNR = "19121212-1212"
PNR_MASKED = "19121212-****"
PNR_FORMS = (PNR, PNR.replace("-", ""), PNR[2:])  # none may appear in any message


def _luhn_digit(nine: str) -> str:
    total = 0
    for i, ch in enumerate(nine):
        d = int(ch) * (2 if i % 2 == 0 else 1)
        total += d - 9 if d > 9 else d
    return str((10 - total % 10) % 10)


# A samordningsnummer: born 1970-10-03, day + 60 = 63, serial 239, computed check digit.
SAMORDNINGSNR = "19701063-239" + _luhn_digit("701063239")
SAMORDNINGSNR_MASKED = "19701063-****"


# --------------------------------------------------------------------------------------
# Descriptors
# --------------------------------------------------------------------------------------
@dataclass(frozen=True)
class Case:
    name: str
    build: Callable[[Path], None]      # mutates a folder that holds the four base workbooks
    exit: int                          # expected exit code of ``finsam build``
    what: str                          # one line: what is hostile about it
    workbook: str | None = None        # exit 2: must be named in the message
    sheet: str | None = None           # exit 2: must be named ("blad X")
    cells: tuple[str, ...] = ()        # exit 2: each must be named; exit 1: cell of ``code``
    code: str | None = None            # exit 1: finding code that ``check --json`` must list
    must_contain: tuple[str, ...] = ()      # in stdout+stderr
    must_not_contain: tuple[str, ...] = ()  # in stdout+stderr (and check --json output)
    docx_contains: tuple[str, ...] = ()     # exit 0: exact text in the rendered docx
    docx_not_contains: tuple[str, ...] = ()
    same_as_base: bool = False         # exit 0: docx text identical to the unmodified example
    xlsx_text: tuple[str, ...] = ()    # exit 0: stored as text (never as a formula) in output .xlsx
    max_seconds: float = 5.0


CASES: list[Case] = []
_BUILDERS: dict[str, Callable[[Path], None]] = {}


def case(name: str, exit: int, what: str, **kw):
    def deco(fn: Callable[[Path], None]):
        c = Case(name, fn, exit, what, **kw)
        CASES.append(c)
        _BUILDERS[name] = fn
        return fn
    return deco


# --------------------------------------------------------------------------------------
# Base folder (generated once per process) and helpers
# --------------------------------------------------------------------------------------
@functools.lru_cache(maxsize=None)
def base_dir() -> Path:
    """The four workbooks written from CORRECTED, once per process."""
    target = Path(tempfile.mkdtemp(prefix="finsam-hostile-base-"))
    atexit.register(shutil.rmtree, target, True)
    for schema in ANNUAL_REPORT_WORKBOOKS:
        write_workbook(schema, target / schema.filename, sundsvall_2023.CORRECTED[schema.filename])
    return target


def build_case(name: str, folder: Path) -> Path:
    """Write the complete förbund folder of case ``name`` into ``folder``."""
    folder = Path(folder)
    folder.mkdir(parents=True, exist_ok=True)
    for filename in FILENAMES:
        shutil.copyfile(base_dir() / filename, folder / filename)
    _BUILDERS[name](folder)
    return folder


def _data(filename: str) -> dict:
    return copy.deepcopy(sundsvall_2023.CORRECTED[filename])


def _write(folder: Path, filename: str, data: dict, schema=None) -> None:
    write_workbook(schema or SCHEMAS[filename], folder / filename, data)


def _with_sheet(schema, key: str, **changes):
    sheets = tuple(dataclasses.replace(s, **changes) if s.key == key else s for s in schema.sheets)
    return dataclasses.replace(schema, sheets=sheets)


def _rewrite_zip(path: Path, replace: dict | None = None, add: dict | None = None) -> None:
    """Rewrite the zip at ``path``: ``replace`` maps member -> bytes, callable(bytes)->bytes,
    or None (drop); ``add`` maps new members to bytes."""
    replace = replace or {}
    src = path.read_bytes()
    with zipfile.ZipFile(io.BytesIO(src)) as zin, \
            zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as zout:
        for info in zin.infolist():
            data = zin.read(info)
            if info.filename in replace:
                r = replace[info.filename]
                if r is None:
                    continue
                data = r(data) if callable(r) else r
            zout.writestr(info.filename, data)
        for name, data in (add or {}).items():
            zout.writestr(name, data)


_MAIN = "{http://schemas.openxmlformats.org/spreadsheetml/2006/main}"
_RELNS = "{http://schemas.openxmlformats.org/officeDocument/2006/relationships}"


def sheet_part(path: Path, sheet_name: str) -> str:
    """The zip member of a sheet, from workbook.xml and its relationships."""
    with zipfile.ZipFile(path) as z:
        wb = ET.fromstring(z.read("xl/workbook.xml"))
        rels = ET.fromstring(z.read("xl/_rels/workbook.xml.rels"))
    targets = {r.get("Id"): r.get("Target") for r in rels}
    for s in wb.iter(_MAIN + "sheet"):
        if s.get("name") == sheet_name:
            target = targets[s.get(_RELNS + "id")]
            return target.lstrip("/") if target.startswith("/") else "xl/" + target
    raise KeyError(sheet_name)


def _edit_sheet(path: Path, sheet_name: str, fn: Callable[[str], str]) -> None:
    part = sheet_part(path, sheet_name)
    _rewrite_zip(path, {part: lambda b: fn(b.decode("utf-8")).encode("utf-8")})


def _set_cell(xml: str, ref: str, inner: str, t: str | None = None) -> str:
    """Replace cell ``ref`` (keeping its style) by ``<c r=ref s=.. t=t>inner</c>``."""
    pattern = re.compile(r'<c r="%s"(?P<attrs>[^>]*?)(?:/>|>.*?</c>)' % re.escape(ref), re.S)
    m = pattern.search(xml)
    if m is None:
        raise KeyError(ref)
    attrs = re.sub(r'\s+t="[^"]*"', "", m.group("attrs"))
    tattr = f' t="{t}"' if t else ""
    return xml[:m.start()] + f'<c r="{ref}"{attrs}{tattr}>{inner}</c>' + xml[m.end():]


def _insert_before(xml: str, marker: str, text: str) -> str:
    i = xml.index(marker)
    return xml[:i] + text + xml[i:]


# A hand-built zip writer, so that a bomb can be written from one precompressed deflate
# block repeated N times (fast, kB on disk), and so that header fields can lie.
@dataclass
class _Raw:
    compressed: bytes | list
    crc: int
    size: int
    claimed_size: int | None = None   # what the headers say (a lie if != size)


def _deflate(data: bytes, finish: bool = True) -> bytes:
    co = zlib.compressobj(9, zlib.DEFLATED, -15)
    return co.compress(data) + co.flush(zlib.Z_FINISH if finish else zlib.Z_FULL_FLUSH)


def _repeated_member(head: bytes, unit: bytes, repeat: int, tail: bytes) -> _Raw:
    """head + unit*repeat + tail as one deflate stream, without building it in memory."""
    block = _deflate(unit, finish=False)
    crc = zlib.crc32(head)
    for _ in range(repeat):
        crc = zlib.crc32(unit, crc)
    crc = zlib.crc32(tail, crc)
    parts = [_deflate(head, finish=False), (block, repeat), _deflate(tail)]
    return _Raw(parts, crc & 0xFFFFFFFF, len(head) + len(unit) * repeat + len(tail))


def _write_zip(path: Path, members: list[tuple[str, bytes | _Raw]]) -> None:
    central = []
    with open(path, "wb") as fh:
        for name, data in members:
            if isinstance(data, _Raw):
                raw = data
            else:
                raw = _Raw([_deflate(data)], zlib.crc32(data) & 0xFFFFFFFF, len(data))
            chunks = raw.compressed if isinstance(raw.compressed, list) else [raw.compressed]
            csize = sum(len(c[0]) * c[1] if isinstance(c, tuple) else len(c) for c in chunks)
            usize = raw.size if raw.claimed_size is None else raw.claimed_size
            fname = name.encode("utf-8")
            flags = 0x800
            offset = fh.tell()
            fh.write(struct.pack("<IHHHHHIIIHH", 0x04034B50, 20, flags, 8, 0, 0x21,
                                 raw.crc, csize, usize, len(fname), 0) + fname)
            for c in chunks:
                if isinstance(c, tuple):
                    for _ in range(c[1]):
                        fh.write(c[0])
                else:
                    fh.write(c)
            central.append(struct.pack("<IHHHHHHIIIHHHHHII", 0x02014B50, 20, 20, flags, 8, 0, 0x21,
                                       raw.crc, csize, usize, len(fname), 0, 0, 0, 0, 0, offset)
                           + fname)
        cd_start = fh.tell()
        for entry in central:
            fh.write(entry)
        cd_size = fh.tell() - cd_start
        fh.write(struct.pack("<IHHHHIIH", 0x06054B50, 0, 0, len(central), len(central),
                             cd_size, cd_start, 0))


def _members(path: Path) -> list[tuple[str, bytes]]:
    with zipfile.ZipFile(path) as z:
        return [(i.filename, z.read(i)) for i in z.infolist()]


OLE_MAGIC = bytes.fromhex("D0CF11E0A1B11AE1")


def _ole(extra: bytes = b"") -> bytes:
    """Enough of an OLE2 compound file to look like one: header sector + payload."""
    header = OLE_MAGIC + b"\x00" * 16 + struct.pack("<HHH", 0x3E, 0x3, 0xFFFE) + b"\x09\x00"
    header = header.ljust(512, b"\xff")
    return header + extra.ljust(4096, b"\x00")


# --------------------------------------------------------------------------------------
# Container-level cases (exit 2)
# --------------------------------------------------------------------------------------
@case("not_a_zip", 2, "a CSV export saved under the .xlsx name", workbook="ekonomi.xlsx",
      must_contain=("inte är en Excel-arbetsbok",))
def _(folder):
    (folder / "ekonomi.xlsx").write_text("Post;Innevarande år\nVerksamhetens intäkter;7 360 006\n",
                                         encoding="utf-8")


@case("html_as_xlsx", 2, "an HTML table export saved as .xlsx", workbook="insatser.xlsx",
      must_contain=("HTML",))
def _(folder):
    (folder / "insatser.xlsx").write_bytes(b"<html><body><table><tr><td>Insats</td></tr></table></html>")


@case("truncated_zip", 2, "the first 60 % of a real workbook (cut off download)",
      workbook="ekonomi.xlsx", must_contain=("skadad eller avkortad",))
def _(folder):
    p = folder / "ekonomi.xlsx"
    data = p.read_bytes()
    p.write_bytes(data[: len(data) * 6 // 10])


@case("truncated_member", 2, "a workbook whose sheet member is cut short inside the zip",
      workbook="texter.xlsx", sheet="Texter")
def _(folder):
    p = folder / "texter.xlsx"
    part = sheet_part(p, "Texter")
    _rewrite_zip(p, {part: lambda b: b[: len(b) // 2]})


@case("empty_file", 2, "a 0-byte deltagare.xlsx", workbook="deltagare.xlsx",
      must_contain=("tom fil",))
def _(folder):
    (folder / "deltagare.xlsx").write_bytes(b"")


@case("xls_biff", 2, "an old .xls (OLE2/BIFF) renamed to .xlsx", workbook="ekonomi.xlsx",
      must_contain=(".xls",))
def _(folder):
    (folder / "ekonomi.xlsx").write_bytes(_ole(b"\x09\x08\x10\x00\x00\x06\x05\x00Workbook"))


@case("xls_beside_missing_xlsx", 2, "deltagare saved as deltagare.xls, no .xlsx at all",
      workbook="deltagare.xlsx", must_contain=("deltagare.xls",))
def _(folder):
    (folder / "deltagare.xlsx").unlink()
    (folder / "deltagare.xls").write_bytes(_ole())


@case("ods_as_xlsx", 2, "a LibreOffice .ods renamed to .xlsx", workbook="insatser.xlsx",
      must_contain=("OpenDocument",))
def _(folder):
    buf = folder / "insatser.xlsx"
    with zipfile.ZipFile(buf, "w") as z:
        z.writestr(zipfile.ZipInfo("mimetype"), "application/vnd.oasis.opendocument.spreadsheet")
        z.writestr("content.xml", '<?xml version="1.0"?><office:document-content '
                   'xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0"/>',
                   compress_type=zipfile.ZIP_DEFLATED)
        z.writestr("META-INF/manifest.xml", "<manifest/>", compress_type=zipfile.ZIP_DEFLATED)


@case("encrypted", 2, "a password-protected workbook (OLE with EncryptionInfo/EncryptedPackage)",
      workbook="ekonomi.xlsx", must_contain=("lösenord",))
def _(folder):
    payload = ("EncryptionInfo".encode("utf-16-le") + b"\x00" * 50
               + "EncryptedPackage".encode("utf-16-le"))
    (folder / "ekonomi.xlsx").write_bytes(_ole(payload))


@case("xlsm_macros", 2, "a macro-enabled workbook (.xlsm content type + vbaProject.bin)",
      workbook="insatser.xlsx", must_contain=("makro",))
def _(folder):
    p = folder / "insatser.xlsx"

    def ct(b: bytes) -> bytes:
        s = b.decode("utf-8")
        s = s.replace("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml",
                      "application/vnd.ms-excel.sheet.macroEnabled.main+xml")
        s = _insert_before(s, "</Types>", '<Default Extension="bin" '
                           'ContentType="application/vnd.ms-office.vbaProject"/>')
        return s.encode("utf-8")

    def rels(b: bytes) -> bytes:
        return _insert_before(b.decode("utf-8"), "</Relationships>",
                              '<Relationship Id="rIdVba" Type="http://schemas.microsoft.com/office/'
                              '2006/relationships/vbaProject" Target="vbaProject.bin"/>').encode()

    _rewrite_zip(p, {"[Content_Types].xml": ct, "xl/_rels/workbook.xml.rels": rels},
                 add={"xl/vbaProject.bin": _ole(b"Attribute VB_Name = \"Module1\"\nSub AutoOpen()")})


@case("zip_without_workbook", 2, "a zip archive of unrelated files named .xlsx",
      workbook="texter.xlsx", must_contain=("utan arbetsbok",))
def _(folder):
    with zipfile.ZipFile(folder / "texter.xlsx", "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr("bilder/logo.txt", "inte en arbetsbok")


@case("zip_too_many_entries", 2, "6 000 tiny members in the zip", workbook="texter.xlsx",
      must_contain=("delar",))
def _(folder):
    p = folder / "texter.xlsx"
    _rewrite_zip(p, add={f"xl/media/skräp{i}.bin": b"x" for i in range(6000)})


@case("zip_bomb", 2, "a 300 MB sheet member (one inline string) that compresses to ~300 kB",
      workbook="texter.xlsx", sheet="Texter", must_contain=("zip-bomb",))
def _(folder):
    p = folder / "texter.xlsx"
    part = sheet_part(p, "Texter")
    head = (b'<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="http://schemas.openxmlformats'
            b'.org/spreadsheetml/2006/main"><sheetData><row r="5"><c r="B5" t="inlineStr"><is><t>')
    tail = b"</t></is></c></row></sheetData></worksheet>"
    bomb = _repeated_member(head, b" " * (16 << 20), 300 // 16 + 1, tail)  # 304 MB
    members = [(n, bomb if n == part else d) for n, d in _members(p)]
    _write_zip(p, members)


@case("zip_bomb_lying_size", 2, "a 100 MB sheet member whose zip headers claim 900 bytes",
      workbook="texter.xlsx", sheet="Texter")
def _(folder):
    p = folder / "texter.xlsx"
    part = sheet_part(p, "Texter")
    head = (b'<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="http://schemas.openxmlformats'
            b'.org/spreadsheetml/2006/main"><sheetData><row r="5"><c r="B5" t="inlineStr"><is><t>')
    tail = b"</t></is></c></row></sheetData></worksheet>"
    bomb = _repeated_member(head, b"A" * (4 << 20), 25, tail)
    bomb.claimed_size = 900
    _write_zip(p, [(n, bomb if n == part else d) for n, d in _members(p)])


# --------------------------------------------------------------------------------------
# XML-level cases
# --------------------------------------------------------------------------------------
_BILLION_LAUGHS = (
    '<?xml version="1.0" encoding="UTF-8"?>\n<!DOCTYPE worksheet [\n <!ENTITY lol "lol">\n'
    + "".join(f' <!ENTITY lol{i} "{("&lol" + (str(i - 1) if i > 1 else "") + ";") * 10}">\n'
              for i in range(1, 10))
    + ']>\n<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>'
    '<row r="5"><c r="B5" t="inlineStr"><is><t>&lol9;</t></is></c></row></sheetData></worksheet>'
)


@case("entity_bomb", 2, "billion laughs DOCTYPE in a sheet", workbook="texter.xlsx",
      sheet="Texter", must_contain=("DTD",))
def _(folder):
    p = folder / "texter.xlsx"
    _rewrite_zip(p, {sheet_part(p, "Texter"): _BILLION_LAUGHS.encode()})


@case("external_entity", 2, 'an external entity SYSTEM "file:///etc/passwd" in sharedStrings',
      workbook="texter.xlsx", must_contain=("DTD",), must_not_contain=("root:",))
def _(folder):
    p = folder / "texter.xlsx"

    def xxe(b: bytes) -> bytes:
        s = b.decode("utf-8")
        s = s.replace("?>", '?>\n<!DOCTYPE sst [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>', 1)
        return s.replace("<si><t>", "<si><t>&xxe;", 1).encode("utf-8")

    _rewrite_zip(p, {"xl/sharedStrings.xml": xxe})


@case("broken_xml", 2, "a sheet member that is not well-formed XML", workbook="deltagare.xlsx",
      sheet="Deltagare")
def _(folder):
    p = folder / "deltagare.xlsx"
    _edit_sheet(p, "Deltagare", lambda s: s.replace("</sheetData>", "<row><c></sheetData>", 1))


@case("bad_cell_reference", 2, 'a cell with r="ABCD5" (not a cell reference)',
      workbook="deltagare.xlsx", sheet="Deltagare", must_contain=("ABCD5",))
def _(folder):
    p = folder / "deltagare.xlsx"
    _edit_sheet(p, "Deltagare", lambda s: s.replace('<c r="B5"', '<c r="ABCD5"', 1))


@case("wrong_dimension", 0, 'every <dimension> says ref="A1:A1" while data extends to J13',
      same_as_base=True)
def _(folder):
    for filename in FILENAMES:
        p = folder / filename
        with zipfile.ZipFile(p) as z:
            parts = [n for n in z.namelist() if n.startswith("xl/worksheets/sheet")]
        _rewrite_zip(p, {n: (lambda b: re.sub(rb'<dimension ref="[^"]*"/>', b'<dimension ref="A1:A1"/>', b))
                         for n in parts})


@case("styled_cell_xfd1048576", 0, "a styled empty cell at XFD1048576 in every data sheet",
      same_as_base=True, max_seconds=4.0)
def _(folder):
    for filename in ("ekonomi.xlsx", "deltagare.xlsx", "insatser.xlsx"):
        p = folder / filename
        with zipfile.ZipFile(p) as z:
            parts = [n for n in z.namelist() if n.startswith("xl/worksheets/sheet")]

        def add(b: bytes) -> bytes:
            s = b.decode("utf-8")
            s = re.sub(r'<dimension ref="([A-Z]+\d+):[A-Z]+\d+"/>', r'<dimension ref="\1:XFD1048576"/>', s)
            return _insert_before(s, "</sheetData>", '<row r="1048576" spans="16384:16384" s="1" '
                                  'customFormat="1"><c r="XFD1048576" s="1"/></row>').encode("utf-8")

        _rewrite_zip(p, {n: add for n in parts})


@case("merged_cells_over_data", 2, "Budget and Utfall of the first insats merged (E5:F5)",
      workbook="insatser.xlsx", sheet="Insatser", cells=("E5:F5",),
      must_contain=("sammanfogade",))
def _(folder):
    p = folder / "insatser.xlsx"
    _edit_sheet(p, "Insatser", lambda s: s.replace("</mergeCells>", '<mergeCell ref="E5:F5"/></mergeCells>', 1)
                if "</mergeCells>" in s else
                _insert_before(s, "<pageMargins", '<mergeCells count="1"><mergeCell ref="E5:F5"/></mergeCells>'))


@case("formula_without_cached_value", 2,
      "Deltagare totalt formulas written by a program that never calculated them (no <v>)",
      workbook="deltagare.xlsx", sheet="Deltagare", cells=("E5", "E11"),
      must_contain=("formel utan sparat värde",))
def _(folder):
    p = folder / "deltagare.xlsx"
    _edit_sheet(p, "Deltagare", lambda s: re.sub(r"(</f>)<v>[^<]*</v>", r"\1", s))


@case("error_cells", 2, "#REF!, #DIV/0! and #N/A (t=\"e\") in the Utfall (kr) column",
      workbook="insatser.xlsx", sheet="Insatser", cells=("F5", "F6", "F7"),
      must_contain=("#REF!", "#DIV/0!", "#N/A"))
def _(folder):
    p = folder / "insatser.xlsx"

    def edit(s: str) -> str:
        s = _set_cell(s, "F5", "<f>#REF!*2</f><v>#REF!</v>", "e")
        s = _set_cell(s, "F6", "<f>E6/0</f><v>#DIV/0!</v>", "e")
        return _set_cell(s, "F7", "<f>NA()</f><v>#N/A</v>", "e")

    _edit_sheet(p, "Insatser", edit)


@case("shared_string_out_of_range", 2, "a text cell pointing past the end of sharedStrings",
      workbook="insatser.xlsx", sheet="Insatser", cells=("B5",))
def _(folder):
    p = folder / "insatser.xlsx"
    _edit_sheet(p, "Insatser", lambda s: _set_cell(s, "B5", "<v>999999</v>", "s"))


@case("huge_number", 2, "1E+308 stored in a kronor cell", workbook="insatser.xlsx",
      sheet="Insatser", cells=("F5",))
def _(folder):
    p = folder / "insatser.xlsx"
    _edit_sheet(p, "Insatser", lambda s: _set_cell(s, "F5", "<v>1E+308</v>"))


@case("count_1e30", 2, "1E+30 stored in a participant count (overflowed Decimal formatting)",
      workbook="deltagare.xlsx", sheet="Deltagare", cells=("B5",), must_contain=("orimligt stort",))
def _(folder):
    p = folder / "deltagare.xlsx"
    _edit_sheet(p, "Deltagare", lambda s: _set_cell(s, "B5", "<v>1E+30</v>"))


@case("boolean_in_number_column", 2, "TRUE (t=\"b\") in a kronor cell", workbook="insatser.xlsx",
      sheet="Insatser", cells=("F5",), must_contain=("sanningsvärde",))
def _(folder):
    p = folder / "insatser.xlsx"
    _edit_sheet(p, "Insatser", lambda s: _set_cell(s, "F5", "<v>1</v>", "b"))


@case("inline_strings", 0, "all texts of texter.xlsx as inline strings instead of shared strings",
      same_as_base=True)
def _(folder):
    p = folder / "texter.xlsx"
    with zipfile.ZipFile(p) as z:
        sst = ET.fromstring(z.read("xl/sharedStrings.xml"))
    strings = ["".join(t.text or "" for t in si.iter(_MAIN + "t")) for si in sst]

    def inline(m):
        text = strings[int(m.group(3))]
        esc = text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
        return f'<c r="{m.group(1)}"{m.group(2)} t="inlineStr"><is><t xml:space="preserve">{esc}</t></is></c>'

    _edit_sheet(p, "Texter", lambda s: re.sub(r'<c r="([A-Z]+\d+)"([^>]*?) t="s"><v>(\d+)</v></c>', inline, s))


# --------------------------------------------------------------------------------------
# Sheet and header structure
# --------------------------------------------------------------------------------------
@case("missing_sheet", 2, "ekonomi.xlsx without the sheet Noter", workbook="ekonomi.xlsx",
      sheet="Noter")
def _(folder):
    schema = SCHEMAS["ekonomi.xlsx"]
    schema = dataclasses.replace(schema, sheets=tuple(s for s in schema.sheets if s.key != "noter"))
    _write(folder, "ekonomi.xlsx", _data("ekonomi.xlsx"), schema)


@case("renamed_sheet", 2, "the sheet Deltagare renamed to 'Deltagare 2023'",
      workbook="deltagare.xlsx", sheet="Deltagare", must_contain=("Deltagare 2023",))
def _(folder):
    schema = _with_sheet(SCHEMAS["deltagare.xlsx"], "deltagare", name="Deltagare 2023")
    _write(folder, "deltagare.xlsx", _data("deltagare.xlsx"), schema)


def _rename_column(schema, key: str, col_key: str, header: str):
    spec = schema.sheet(key)
    cols = tuple(dataclasses.replace(c, header=header) if c.key == col_key else c for c in spec.columns)
    return _with_sheet(schema, key, columns=cols)


@case("renamed_header", 2, "the header 'Utfall (kr)' renamed to 'Utfall i kr'",
      workbook="insatser.xlsx", sheet="Insatser", cells=("A4:Z4",), must_contain=("”Utfall”",))
def _(folder):
    schema = _rename_column(SCHEMAS["insatser.xlsx"], "insatser", "utfall", "Utfall i kr")
    _write(folder, "insatser.xlsx", _data("insatser.xlsx"), schema)


@case("reordered_columns", 0, "columns of Insatser reversed, of Deltagare shuffled after Insats",
      same_as_base=True)
def _(folder):
    schema = SCHEMAS["insatser.xlsx"]
    spec = schema.sheet("insatser")
    schema = _with_sheet(schema, "insatser", columns=tuple(reversed(spec.columns)))
    _write(folder, "insatser.xlsx", _data("insatser.xlsx"), schema)
    schema = SCHEMAS["deltagare.xlsx"]
    spec = schema.sheet("deltagare")
    first, rest = spec.columns[0], list(spec.columns[1:])
    rest = rest[::2] + rest[1::2]
    schema = _with_sheet(schema, "deltagare", columns=(first, *rest))
    _write(folder, "deltagare.xlsx", _data("deltagare.xlsx"), schema)


@case("extra_columns", 0, "extra filled-in columns in Insatser (middle and end) and Deltagare",
      same_as_base=True)
def _(folder):
    schema = SCHEMAS["insatser.xlsx"]
    spec = schema.sheet("insatser")
    cols = list(spec.columns)
    cols.insert(2, Column("kontakt", "Kontaktperson hos ägaren"))
    cols.append(Column("intern", "Intern anteckning (räknas inte)"))
    cols.append(Column("belopp2", "Belopp enligt faktura", spec.column("utfall").kind))
    schema = _with_sheet(schema, "insatser", columns=tuple(cols))
    data = _data("insatser.xlsx")
    for i, r in enumerate(data["insatser"]):
        r.update(kontakt=f"Kontakt {i}", intern="Ej granskad", belopp2=12345 * i)
    _write(folder, "insatser.xlsx", data, schema)
    schema = SCHEMAS["deltagare.xlsx"]
    spec = schema.sheet("deltagare")
    schema = _with_sheet(schema, "deltagare",
                         columns=(*spec.columns, Column("kommentar", "Kommentar")))
    data = _data("deltagare.xlsx")
    for r in data["deltagare"]:
        r["kommentar"] = "enligt insatsens rapport"
    _write(folder, "deltagare.xlsx", data, schema)


# --------------------------------------------------------------------------------------
# Values typed the Swedish way (accepted)
# --------------------------------------------------------------------------------------
NBSP, NNBSP, MINUS = "\u00a0", "\u202f", "\u2212"


@case("numbers_as_swedish_text", 0,
      "amounts and percentages typed as text: '7 360 000', NBSP/NNBSP groups, U+2212 minus, "
      "'50 %', '1 844,5'", same_as_base=True)
def _(folder):
    eko = _data("ekonomi.xlsx")
    s = eko["installningar"]
    s.update(driftsbidrag="7 360 000", driftsbidrag_fg=f"7{NBSP}378{NBSP}000 kr", ek_tak="20 %",
             individ_mal="70,0 %", ek_golv="400 000")
    eko["br"] = dict(eko["br"], arets_resultat=("476 308", f"{MINUS}409 222"),
                     ovrigt_eget_kapital=(f"812{NNBSP}116", "1 221 338"))
    eko["rr"] = dict(eko["rr"], kostnader=(f"6{NBSP}890{NBSP}369", "7 786 784"))
    for m, share in zip(eko["medlemmar"], ("50 %", "25 %", "25,0 %")):
        m["andel"] = share
    for r in eko["budget"]:
        if r["utfall_fg"] == 1_844.5:
            r["utfall_fg"] = "1 844,5"
        if r["post"] == "Ränteintäkter":
            r["utfall"] = f"{MINUS}7"
    _write(folder, "ekonomi.xlsx", eko)
    ins = _data("insatser.xlsx")
    for r in ins["insatser"]:
        r["budget"] = f"{r['budget']:,}".replace(",", " ")
        r["utfall"] = f"{r['utfall']:,}".replace(",", NBSP)
    _write(folder, "insatser.xlsx", ins)
    delt = _data("deltagare.xlsx")
    delt["deltagare"][0]["kvinnor"] = " 175 "
    delt["deltagare"][0]["volym"] = "270 st"
    _write(folder, "deltagare.xlsx", delt)


@case("percent_17_5_as_text", 0, "the equity cap typed as '17,5 %' (text): cap 0,175 × 7 360 000",
      docx_contains=("Taket är 1\u00a0288\u00a0000\u00a0kr.",))
def _(folder):
    eko = _data("ekonomi.xlsx")
    eko["installningar"]["ek_tak"] = "17,5 %"
    _write(folder, "ekonomi.xlsx", eko)


def _serial(d: dt.date) -> int:
    return (d - dt.date(1899, 12, 30)).days


@case("dates_as_text_and_serials", 0,
      "meeting dates as ISO text, d.m.yyyy, d/m yyyy, yyyymmdd and raw serial numbers",
      same_as_base=True)
def _(folder):
    eko = _data("ekonomi.xlsx")
    forms = [lambda d: d.isoformat(), lambda d: f"{d.day}.{d.month}.{d.year}",
             lambda d: f"{d.day}/{d.month} {d.year}", lambda d: d.strftime("%Y%m%d"),
             _serial]
    for i, m in enumerate(eko["sammantraden"]):
        m["datum"] = forms[i % len(forms)](m["datum"])
    eko["installningar"]["beslutsdatum"] = _serial(eko["installningar"]["beslutsdatum"])
    _write(folder, "ekonomi.xlsx", eko)


# --------------------------------------------------------------------------------------
# Free text (accepted, rendered exactly)
# --------------------------------------------------------------------------------------
MARKUP_TEXT = ("Vision & mål: <b>inte fet</b> </w:t> ]]> {{ f.namn }} {% if true %}ja{% endif %} "
               "{# kommentar #} \"citat\" 'apostrof' 100 % slut")
CONTROL_TEXT = "Kontroll\x01tecken\x07 från\x1b Excel\x0b och\x0c mer\x00."


@case("control_chars_and_markup", 0,
      "XML-illegal control characters and &, <, {{, {% in free text",
      docx_contains=(MARKUP_TEXT, "Kontrolltecken från Excel och mer."),
      docx_not_contains=("_x0001_", "_x001B_", "Samordningsförbundet i Sundsvall ja"))
def _(folder):
    txt = _data("texter.xlsx")
    txt["texter"]["vision"] = MARKUP_TEXT
    txt["texter"]["uppdrag"] = CONTROL_TEXT.replace("\x00", "")  # xlsxwriter cannot store NUL
    _write(folder, "texter.xlsx", txt)


LONG_TEXT = ("Förbundet arbetar med samordnad rehabilitering. " * 700)[:30_000].strip()


@case("very_long_text", 0, "30 000 characters in one text cell", docx_contains=(LONG_TEXT,))
def _(folder):
    txt = _data("texter.xlsx")
    txt["texter"]["forvantad_utveckling"] = LONG_TEXT
    _write(folder, "texter.xlsx", txt)


FORMULA_TEXT = "=SUMMA(A1:A3)*2 är ingen formel, inte heller +46 eller @HYPERLINK"


@case("text_starting_with_equals", 0, "a text cell starting with '='",
      docx_contains=(FORMULA_TEXT,), xlsx_text=(FORMULA_TEXT,))
def _(folder):
    txt = _data("texter.xlsx")
    txt["texter"]["inriktning"] = FORMULA_TEXT
    _write(folder, "texter.xlsx", txt)


PAYLOAD = "{{ ''.__class__.__mro__ }}"
PAYLOAD2 = "{{ cycler.__init__.__globals__.os.popen('id').read() }}"


@case("template_injection", 0, "Jinja payloads in two free-text cells",
      docx_contains=(PAYLOAD, PAYLOAD2), docx_not_contains=("<class", "uid="),
      xlsx_text=(PAYLOAD,))
def _(folder):
    txt = _data("texter.xlsx")
    txt["texter"]["organisation"] = PAYLOAD
    txt["texter"]["malgrupper"] = PAYLOAD2
    _write(folder, "texter.xlsx", txt)


# --------------------------------------------------------------------------------------
# Readable but wrong data (exit 1, a finding at a cell)
# --------------------------------------------------------------------------------------
@case("negative_participants", 1, "−5 women in the first insats", code="deltagare-for-litet",
      workbook="deltagare.xlsx", sheet="Deltagare", cells=("B5",))
def _(folder):
    d = _data("deltagare.xlsx")
    d["deltagare"][0]["kvinnor"] = -5
    _write(folder, "deltagare.xlsx", d)


@case("absurd_participants", 1, "1 000 000 women in the first insats",
      code="deltagare-for-stort", workbook="deltagare.xlsx", sheet="Deltagare", cells=("B5",))
def _(folder):
    d = _data("deltagare.xlsx")
    d["deltagare"][0]["kvinnor"] = 1_000_000
    _write(folder, "deltagare.xlsx", d)


@case("duplicate_insats", 1, "the insats 'Psykolog' twice (second as ' psykolog', other case)",
      code="insatser-dubblett", workbook="insatser.xlsx", sheet="Insatser", cells=("A18",))
def _(folder):
    d = _data("insatser.xlsx")
    dup = dict(next(r for r in d["insatser"] if r["namn"] == "Psykolog"), namn=" psykolog")
    d["insatser"].append(dup)
    _write(folder, "insatser.xlsx", d)


# --------------------------------------------------------------------------------------
# Unreadable values (exit 2 at a cell)
# --------------------------------------------------------------------------------------
@case("personnummer_in_text", 2, f"the personnummer {PNR} in a free-text cell",
      workbook="texter.xlsx", sheet="Texter", cells=("B13",), must_contain=(PNR_MASKED,),
      must_not_contain=PNR_FORMS)
def _(folder):
    txt = _data("texter.xlsx")
    txt["texter"]["handelser"] = f"Kontaktperson {PNR} ringde om sin ersättning."
    _write(folder, "texter.xlsx", txt)


@case("personnummer_10_digits_in_goal", 2, "121212-1212 (10 digits) in a goal comment",
      workbook="insatser.xlsx", sheet="Förbundets mål", cells=("K5",),
      must_contain=("121212-****",), must_not_contain=("121212-1212", "1212121212"))
def _(folder):
    d = _data("insatser.xlsx")
    d["mal"][0]["kommentar"] = "Deltagaren 121212-1212 fick arbete."
    _write(folder, "insatser.xlsx", d)


@case("personnummer_in_number_column", 2,
      "a personnummer typed as text in the Utfall (kr) column (also not a number)",
      workbook="insatser.xlsx", sheet="Insatser", cells=("F5",), must_contain=(PNR_MASKED,),
      must_not_contain=PNR_FORMS)
def _(folder):
    d = _data("insatser.xlsx")
    d["insatser"][0]["utfall"] = PNR
    _write(folder, "insatser.xlsx", d)


@case("personnummer_as_number", 2, "191212121212 stored as a number in a kronor cell",
      workbook="insatser.xlsx", sheet="Insatser", cells=("E5",), must_contain=(PNR_MASKED,),
      must_not_contain=PNR_FORMS)
def _(folder):
    d = _data("insatser.xlsx")
    d["insatser"][0]["budget"] = int(PNR.replace("-", ""))
    _write(folder, "insatser.xlsx", d)


@case("personnummer_in_insats_name", 2,
      "a personnummer as the Insats name in deltagare.xlsx (a label that reaches messages)",
      workbook="deltagare.xlsx", sheet="Deltagare", cells=("A6",), must_contain=(PNR_MASKED,),
      must_not_contain=PNR_FORMS)
def _(folder):
    d = _data("deltagare.xlsx")
    d["deltagare"][1]["insats"] = f"Deltagare {PNR}"
    _write(folder, "deltagare.xlsx", d)


@case("personnummer_as_year", 2, "191212121212 as Räkenskapsår (also out of range: echoed)",
      workbook="ekonomi.xlsx", sheet="Inställningar", cells=("B8",), must_contain=(PNR_MASKED,),
      must_not_contain=PNR_FORMS)
def _(folder):
    eko = _data("ekonomi.xlsx")
    eko["installningar"]["ar"] = int(PNR.replace("-", ""))
    _write(folder, "ekonomi.xlsx", eko)


@case("personnummer_as_sheet_name", 2, "an extra sheet named 'Anteckningar 19121212-1212'",
      workbook="ekonomi.xlsx", sheet="Anteckningar " + PNR_MASKED, must_contain=(PNR_MASKED,),
      must_not_contain=PNR_FORMS)
def _(folder):
    p = folder / "ekonomi.xlsx"
    _rewrite_zip(p, {"xl/workbook.xml": lambda b: b.replace(
        b'name="Instruktioner"', f'name="Anteckningar {PNR}"'.encode(), 1)})


@case("samordningsnummer", 2, f"the samordningsnummer {SAMORDNINGSNR} in an insatsmål result",
      workbook="insatser.xlsx", sheet="Insatsmål", cells=("D5",),
      must_contain=(SAMORDNINGSNR_MASKED,),
      must_not_contain=(SAMORDNINGSNR, SAMORDNINGSNR[2:], SAMORDNINGSNR.replace("-", "")))
def _(folder):
    d = _data("insatser.xlsx")
    d["insatsmal"][0]["resultat"] = f"Samordningsnummer {SAMORDNINGSNR} fick SIP."
    _write(folder, "insatser.xlsx", d)


@case("text_over_excel_limit", 2, "a 40 000-character text in Texter (Excel holds at most 32 767)",
      workbook="texter.xlsx", sheet="Texter", cells=("B13",), must_contain=("32 767", "40 000 tecken"))
def _(folder):
    txt = _data("texter.xlsx")
    txt["texter"]["handelser"] = "LANGTEXT"  # xlsxwriter itself cuts texts at 32 767
    _write(folder, "texter.xlsx", txt)
    _rewrite_zip(folder / "texter.xlsx", {"xl/sharedStrings.xml": lambda b: b.replace(
        b"LANGTEXT", ("Lång text." * 4000).encode())})


_COMMENTS_REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/comments"


@case("personnummer_in_comment", 2, f"a cell comment (anteckning) on Texter!B5 holding {PNR}",
      workbook="texter.xlsx", sheet="Texter", cells=("B5",), must_contain=(PNR_MASKED, "kommentar"),
      must_not_contain=PNR_FORMS)
def _(folder):
    p = folder / "texter.xlsx"
    part = sheet_part(p, "Texter")
    rels = part.replace("worksheets/", "worksheets/_rels/") + ".rels"
    comments = (
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
        '<comments xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">'
        '<authors><author>Handläggare</author></authors><commentList>'
        f'<comment ref="B5" authorId="0"><text><r><t>Ring {PNR} om intyget.</t></r></text></comment>'
        '</commentList></comments>')
    _rewrite_zip(p, {"[Content_Types].xml": lambda b: b.replace(b"</Types>", (
        '<Override PartName="/xl/comments1.xml" ContentType="application/vnd.openxmlformats-'
        'officedocument.spreadsheetml.comments+xml"/></Types>').encode())}, add={
        "xl/comments1.xml": comments.encode(),
        rels: ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns='
               '"http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" '
               f'Type="{_COMMENTS_REL}" Target="../comments1.xml"/></Relationships>').encode()})


@case("personnummer_in_document_properties", 2, f"{PNR} as the workbook's author (Arkiv > Info)",
      workbook="ekonomi.xlsx", must_contain=(PNR_MASKED, "dokumentegenskaper"),
      must_not_contain=PNR_FORMS)
def _(folder):
    _rewrite_zip(folder / "ekonomi.xlsx", {"docProps/core.xml": lambda b: b.replace(
        b"<dc:creator></dc:creator>", f"<dc:creator>{PNR}</dc:creator>".encode())})


@case("personnummer_in_header", 2, f"{PNR} in the printed page header of Texter",
      workbook="texter.xlsx", sheet="Texter", must_contain=(PNR_MASKED, "sidhuvud"),
      must_not_contain=PNR_FORMS)
def _(folder):
    _edit_sheet(folder / "texter.xlsx", "Texter", lambda x: x.replace(
        "</worksheet>", f"<headerFooter><oddHeader>&amp;LUtskrift för {PNR}</oddHeader></headerFooter>"
        "</worksheet>"))


@case("personnummer_in_defined_name", 2, f"a named constant (Formler > Namnhanteraren) holding {PNR}",
      workbook="insatser.xlsx", must_contain=(PNR_MASKED, "namn"),
      must_not_contain=PNR_FORMS)
def _(folder):
    _rewrite_zip(folder / "insatser.xlsx", {"xl/workbook.xml": lambda b: b.replace(
        b"</sheets>", f'</sheets><definedNames><definedName name="Kontakt">"{PNR}"</definedName>'
        "</definedNames>".encode())})


@case("unknown_insats_type", 1, "Typ 'Individuell' (not a type of the sheet Insatstyper)",
      code="insatser-okand-typ", workbook="insatser.xlsx", sheet="Insatser", cells=("B6",),
      must_contain=("Individuell",))
def _(folder):
    d = _data("insatser.xlsx")
    d["insatser"][1]["typ"] = "Individuell"
    _write(folder, "insatser.xlsx", d)


@case("text_in_number_column", 2, "'cirka 200 000' in the Utfall (kr) column",
      workbook="insatser.xlsx", sheet="Insatser", cells=("F7",), must_contain=("cirka 200 000",))
def _(folder):
    d = _data("insatser.xlsx")
    d["insatser"][2]["utfall"] = "cirka 200 000"
    _write(folder, "insatser.xlsx", d)


@case("decimal_point_text", 2, "'193120.50' typed with a decimal point in a kronor cell",
      workbook="insatser.xlsx", sheet="Insatser", cells=("F5",), must_contain=("decimalpunkt",))
def _(folder):
    d = _data("insatser.xlsx")
    d["insatser"][0]["utfall"] = "193120.50"
    _write(folder, "insatser.xlsx", d)


@case("impossible_date", 2, "the meeting date '2023-02-30'", workbook="ekonomi.xlsx",
      sheet="Sammanträden", cells=("A6",), must_contain=("2023-02-30",))
def _(folder):
    eko = _data("ekonomi.xlsx")
    eko["sammantraden"][1]["datum"] = "2023-02-30"
    _write(folder, "ekonomi.xlsx", eko)


# --------------------------------------------------------------------------------------
# Personnummer in every part of the package and in every form (issue 15)
# --------------------------------------------------------------------------------------
# A personnummer born 2002 (yy 02): typed as a number, Excel drops its leading zero.
PNR_2002 = "021212-123" + _luhn_digit("021212123")
PNR_2002_MASKED = "021212-****"
PNR_2002_FORMS = (PNR_2002, PNR_2002.replace("-", ""), PNR_2002.replace("-", "")[1:])
_EN_DASH, _MINUS_SIGN = "\u2013", "\u2212"
_REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
_PKG_RELS_NS = "http://schemas.openxmlformats.org/package/2006/relationships"
_XDR = "http://schemas.openxmlformats.org/drawingml/2006/spreadsheetDrawing"
_A = "http://schemas.openxmlformats.org/drawingml/2006/main"
_C = "http://schemas.openxmlformats.org/drawingml/2006/chart"


def _rels_path(part: str) -> str:
    folder, base = part.rsplit("/", 1)
    return f"{folder}/_rels/{base}.rels"


def _add_parts(path: Path, source: str, rels: list[tuple[str, str, str, bool]],
               parts: dict[str, bytes] | None = None, overrides: dict[str, str] | None = None,
               edit: Callable[[str], str] | None = None) -> None:
    """Add relationships (id, type suffix, target, external) to ``source``'s rels (made if
    missing), new ``parts``, content-type ``overrides`` {part: type} and edit ``source``."""
    rels_name = _rels_path(source) if "/" in source else "_rels/.rels"
    with zipfile.ZipFile(path) as z:
        names = set(z.namelist())
        old = z.read(rels_name).decode("utf-8") if rels_name in names else (
            f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="{_PKG_RELS_NS}">'
            "</Relationships>")
    mode = ' TargetMode="External"'
    new = "".join(f'<Relationship Id="{rid}" Type="{kind if "://" in kind else _REL + "/" + kind}" '
                  f'Target="{target}"{mode if external else ""}/>'
                  for rid, kind, target, external in rels)
    rels_xml = old.replace("</Relationships>", new + "</Relationships>").encode("utf-8")
    replace: dict = {"[Content_Types].xml": lambda b: b.replace(b"</Types>", "".join(
        f'<Override PartName="/{p}" ContentType="{t}"/>' for p, t in (overrides or {}).items()
    ).encode() + b"</Types>")}
    add = dict(parts or {})
    if rels_name in names:
        replace[rels_name] = rels_xml
    else:
        add[rels_name] = rels_xml
    if edit is not None:
        replace[source] = lambda b: edit(b.decode("utf-8")).encode("utf-8")
    _rewrite_zip(path, replace, add)


def _before(xml: str, markers: tuple[str, ...], text: str) -> str:
    """Insert ``text`` before the first of ``markers`` the sheet has (schema order)."""
    for marker in markers:
        if marker in xml:
            return _insert_before(xml, marker, text)
    raise KeyError(markers)


@case("personnummer_in_error_cell", 2, "an error cell (t=\"e\") whose stored text is a personnummer",
      workbook="insatser.xlsx", sheet="Insatser", cells=("F5",), must_contain=(PNR_MASKED,),
      must_not_contain=PNR_FORMS)
def _(folder):
    _edit_sheet(folder / "insatser.xlsx", "Insatser",
                lambda s: _set_cell(s, "F5", f"<f>A5</f><v>#{PNR}</v>", "e"))


@case("personnummer_in_iso_date_cell", 2, "an ISO-date cell (t=\"d\") holding '19121212 – 1212'",
      workbook="texter.xlsx", sheet="Texter", cells=("B13",), must_contain=(PNR_MASKED,),
      must_not_contain=PNR_FORMS)
def _(folder):
    _edit_sheet(folder / "texter.xlsx", "Texter",
                lambda s: _set_cell(s, "B13", f"<v>{PNR[:8]} {_EN_DASH} {PNR[9:]}</v>", "d"))


@case("personnummer_as_float_numbers", 2,
      "191212121212 stored as 1.91212121212E11 (Budget) and as 191212121212.0 (Utfall)",
      workbook="insatser.xlsx", sheet="Insatser", cells=("E5", "F5"), must_contain=(PNR_MASKED,),
      must_not_contain=PNR_FORMS + ("1.91212121212E11", "191212121212.0"))
def _(folder):
    _edit_sheet(folder / "insatser.xlsx", "Insatser", lambda s: _set_cell(_set_cell(
        s, "E5", "<v>1.91212121212E11</v>"), "F5", "<v>191212121212.0</v>"))


@case("personnummer_as_number_without_leading_zero", 2,
      f"{PNR_2002} typed as a number: Excel keeps 9 digits (the leading zero dropped)",
      workbook="deltagare.xlsx", sheet="Deltagare", cells=("B5",), must_contain=(PNR_2002_MASKED,),
      must_not_contain=PNR_2002_FORMS)
def _(folder):
    _edit_sheet(folder / "deltagare.xlsx", "Deltagare",
                lambda s: _set_cell(s, "B5", f"<v>{int(PNR_2002.replace('-', ''))}</v>"))


@case("personnummer_typed_with_decimal_comma", 2,
      "19121212,1212 typed in Swedish Excel: the number 19121212.1212, in a column the schema "
      "does not read", workbook="insatser.xlsx", sheet="Insatser", cells=("M5",),
      must_contain=(PNR_MASKED,), must_not_contain=PNR_FORMS + ("19121212.1212",))
def _(folder):
    _edit_sheet(folder / "insatser.xlsx", "Insatser",
                lambda s: _move_after(s, "5", '<c r="M5"><v>19121212.121199999</v></c>'))


def _move_after(xml: str, row: str, cell: str) -> str:
    """Append ``cell`` at the end of row ``row``."""
    m = re.search(r'<row r="%s"[^>]*>.*?</row>' % row, xml, re.S)
    return xml[:m.end() - 6] + cell + xml[m.end() - 6:]


@case("personnummer_split_in_inline_rich_text", 2,
      "an inline string whose runs split the number: '191212' + '12-1212'",
      workbook="texter.xlsx", sheet="Texter", cells=("B13",), must_contain=(PNR_MASKED,),
      must_not_contain=PNR_FORMS)
def _(folder):
    _edit_sheet(folder / "texter.xlsx", "Texter", lambda s: _set_cell(
        s, "B13", f"<is><r><t>Ring {PNR[:6]}</t></r><r><rPr><b/></rPr><t>{PNR[6:]} i morgon</t></r></is>",
        "inlineStr"))


@case("personnummer_in_unused_shared_string", 2,
      "a shared string that no cell shows (left behind) holding '121212 1212'",
      workbook="ekonomi.xlsx", must_contain=("121212-****", "textlista"),
      must_not_contain=("121212 1212", "1212121212", PNR))
def _(folder):
    def add(b: bytes) -> bytes:
        s = b.decode("utf-8")
        return s.replace("</sst>", "<si><t>Gammal anteckning 121212 1212</t></si></sst>").encode()
    _rewrite_zip(folder / "ekonomi.xlsx", {"xl/sharedStrings.xml": add})


@case("personnummer_in_phonetic_guide", 2, "a shared string's phonetic guide (rPh) holding the number",
      workbook="texter.xlsx", must_contain=(PNR_MASKED,), must_not_contain=PNR_FORMS)
def _(folder):
    _rewrite_zip(folder / "texter.xlsx", {"xl/sharedStrings.xml": lambda b: b.replace(
        b"</si>", f'<rPh sb="0" eb="1"><t>{PNR}</t></rPh></si>'.encode(), 1)})


@case("personnummer_in_formula_text", 2,
      "a formula that compares with a personnummer (the cached value is 0)",
      workbook="insatser.xlsx", sheet="Insatser", cells=("E6",), must_contain=(PNR_MASKED, "formel"),
      must_not_contain=PNR_FORMS)
def _(folder):
    _edit_sheet(folder / "insatser.xlsx", "Insatser", lambda s: _set_cell(
        s, "E6", f'<f>IF(A6="{PNR}",1,0)+211000</f><v>211000</v>'))


@case("personnummer_in_hyperlink_target", 2,
      "an external link (sheet rels, TargetMode External) to a URL with the number, en dash",
      workbook="texter.xlsx", sheet="Texter", cells=("B5",), must_contain=(PNR_MASKED, "länk"),
      must_not_contain=PNR_FORMS + (PNR.replace("-", _EN_DASH),))
def _(folder):
    p = folder / "texter.xlsx"
    part = sheet_part(p, "Texter")
    _add_parts(p, part, [("rIdL1", "hyperlink", f"https://crm.example.se/person?id={PNR.replace('-', _EN_DASH)}",
                          True)],
               edit=lambda s: _before(s, ("<printOptions", "<pageMargins"),
                                      '<hyperlinks><hyperlink ref="B5" r:id="rIdL1"/></hyperlinks>'))


@case("personnummer_in_hyperlink_tooltip", 2,
      "an internal link whose tooltip (skärmtips) holds '121212 − 1212' (minus sign)",
      workbook="insatser.xlsx", sheet="Insatser", cells=("A7",), must_contain=("121212-****",),
      must_not_contain=("121212 \u2212 1212", "121212-1212", "1212121212"))
def _(folder):
    _edit_sheet(folder / "insatser.xlsx", "Insatser", lambda s: _before(
        s, ("<printOptions", "<pageMargins"),
        f'<hyperlinks><hyperlink ref="A7" location="Insatser!A1" display="Kontakt" '
        f'tooltip="Ring 121212 {_MINUS_SIGN} 1212"/></hyperlinks>'))


def _drawing(texts: list[str], chart_rid: str | None = None) -> bytes:
    """A drawing part with a text box whose paragraph has ``texts`` as separate runs."""
    runs = "".join(f"<a:r><a:rPr lang=\"sv-SE\"/><a:t>{t}</a:t></a:r>" for t in texts)
    anchor = ('<xdr:twoCellAnchor><xdr:from><xdr:col>8</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>4'
              '</xdr:row><xdr:rowOff>0</xdr:rowOff></xdr:from><xdr:to><xdr:col>12</xdr:col><xdr:colOff>0'
              '</xdr:colOff><xdr:row>9</xdr:row><xdr:rowOff>0</xdr:rowOff></xdr:to>')
    box = ('<xdr:sp macro="" textlink=""><xdr:nvSpPr><xdr:cNvPr id="2" name="Textruta 1"/><xdr:cNvSpPr '
           'txBox="1"/></xdr:nvSpPr><xdr:spPr><a:xfrm><a:off x="1912121212" y="952500"/><a:ext '
           'cx="2438400" cy="952500"/></a:xfrm><a:prstGeom prst="rect"><a:avLst/></a:prstGeom></xdr:spPr>'
           f'<xdr:txBody><a:bodyPr/><a:lstStyle/><a:p>{runs}</a:p></xdr:txBody></xdr:sp>')
    graphic = ""
    if chart_rid:
        graphic = (anchor + '<xdr:graphicFrame macro=""><xdr:nvGraphicFramePr><xdr:cNvPr id="3" '
                   'name="Diagram 1"/><xdr:cNvGraphicFramePr/></xdr:nvGraphicFramePr><xdr:xfrm><a:off '
                   'x="0" y="0"/><a:ext cx="0" cy="0"/></xdr:xfrm><a:graphic><a:graphicData uri="'
                   f'{_C}"><c:chart xmlns:c="{_C}" r:id="{chart_rid}"/></a:graphicData></a:graphic>'
                   '</xdr:graphicFrame><xdr:clientData/></xdr:twoCellAnchor>')
    return ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
            f'<xdr:wsDr xmlns:xdr="{_XDR}" xmlns:a="{_A}" xmlns:r="{_REL}">'
            f"{anchor}{box if texts else ''}<xdr:clientData/></xdr:twoCellAnchor>{graphic}"
            "</xdr:wsDr>").encode("utf-8")


_DRAWING_CT = "application/vnd.openxmlformats-officedocument.drawing+xml"
_CHART_CT = "application/vnd.openxmlformats-officedocument.drawingml.chart+xml"


def _add_drawing(p: Path, sheet: str, drawing: bytes, extra_parts=None, drawing_rels=None) -> None:
    part = sheet_part(p, sheet)
    _add_parts(p, part, [("rIdD1", "drawing", "../drawings/drawing1.xml", False)],
               parts={"xl/drawings/drawing1.xml": drawing, **(extra_parts or {})},
               overrides={"xl/drawings/drawing1.xml": _DRAWING_CT},
               edit=lambda s: _before(s, ("<legacyDrawing", "<tableParts", "</worksheet>"),
                                      '<drawing r:id="rIdD1"/>'))
    if drawing_rels:
        _add_parts(p, "xl/drawings/drawing1.xml", drawing_rels)


@case("personnummer_in_text_box", 2,
      "a text box (Infoga > Textruta) on Insatser whose runs split '19121212' + '–1212'; a "
      "10-digit drawing coordinate that would pass the check is no personnummer",
      workbook="insatser.xlsx", sheet="Insatser", must_contain=(PNR_MASKED, "textruta"),
      must_not_contain=PNR_FORMS + ("1912121212", "191212-****"))
def _(folder):
    _add_drawing(folder / "insatser.xlsx", "Insatser",
                 _drawing(["Kontakt: ", PNR[:8], _EN_DASH + PNR[9:]]))


_VML = ('<xml xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" '
        'xmlns:x="urn:schemas-microsoft-com:office:excel"><o:shapelayout v:ext="edit"><o:idmap '
        'v:ext="edit" data="1"/></o:shapelayout><v:shape id="_x0000_s1025" type="#_x0000_t202" '
        'style="position:absolute;margin-left:59.25pt;width:108pt;height:59.25pt" fillcolor="#ffffe1">'
        '<v:textbox style="mso-direction-alt:auto"><div style="text-align:left"><font face="Tahoma" '
        'size="160" color="auto">Ring </font><font face="Tahoma" size="160" color="auto"><b>%s</b>'
        '</font></div></v:textbox><x:ClientData ObjectType="Note"><x:Row>4</x:Row><x:Column>1'
        '</x:Column></x:ClientData></v:shape></xml>')


@case("personnummer_in_vml_drawing", 2, "a legacy VML text box (vmlDrawing) on Texter holding the number",
      workbook="texter.xlsx", sheet="Texter", must_contain=(SAMORDNINGSNR_MASKED, "VML"),
      must_not_contain=(SAMORDNINGSNR, SAMORDNINGSNR[2:], SAMORDNINGSNR.replace("-", "")))
def _(folder):
    p = folder / "texter.xlsx"
    part = sheet_part(p, "Texter")
    _add_parts(p, part, [("rIdV1", "vmlDrawing", "../drawings/vmlDrawing1.vml", False)],
               parts={"xl/drawings/vmlDrawing1.vml": (_VML % SAMORDNINGSNR).encode()},
               edit=lambda s: _before(s, ("<tableParts", "</worksheet>"), '<legacyDrawing r:id="rIdV1"/>'))
    _rewrite_zip(p, {"[Content_Types].xml": lambda b: b.replace(b"</Types>", (
        '<Default Extension="vml" ContentType="application/vnd.openxmlformats-officedocument.vmlDrawing"/>'
        "</Types>").encode())})


def _chart(title: list[str], categories: list[str], numbers: list[str]) -> bytes:
    runs = "".join(f"<a:r><a:t>{t}</a:t></a:r>" for t in title)
    cats = "".join(f'<c:pt idx="{i}"><c:v>{t}</c:v></c:pt>' for i, t in enumerate(categories))
    vals = "".join(f'<c:pt idx="{i}"><c:v>{t}</c:v></c:pt>' for i, t in enumerate(numbers))
    return ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
            f'<c:chartSpace xmlns:c="{_C}" xmlns:a="{_A}" xmlns:r="{_REL}"><c:chart><c:title><c:tx>'
            f'<c:rich><a:bodyPr/><a:p>{runs}</a:p></c:rich></c:tx></c:title><c:plotArea><c:barChart>'
            '<c:barDir val="col"/><c:ser><c:idx val="0"/><c:order val="0"/><c:cat><c:strRef><c:f>'
            f"Insatser!$A$5:$A$6</c:f><c:strCache><c:ptCount val=\"{len(categories)}\"/>{cats}"
            "</c:strCache></c:strRef></c:cat><c:val><c:numRef><c:f>Insatser!$F$5:$F$6</c:f><c:numCache>"
            f"<c:formatCode>General</c:formatCode><c:ptCount val=\"{len(numbers)}\"/>{vals}</c:numCache>"
            "</c:numRef></c:val></c:ser></c:barChart></c:plotArea></c:chart></c:chartSpace>").encode()


@case("personnummer_in_chart", 2,
      "a chart on Insatser: the number in its title (split runs) and as 1.91212121212E11 in its "
      "value cache", workbook="insatser.xlsx", sheet="Insatser", must_contain=(PNR_MASKED, "diagram"),
      must_not_contain=PNR_FORMS + ("1.91212121212E11",))
def _(folder):
    _add_drawing(folder / "insatser.xlsx", "Insatser", _drawing([], chart_rid="rIdC1"),
                 extra_parts={"xl/charts/chart1.xml": _chart(["Utfall för ", "121212", "-1212"],
                                                             ["Psykolog", "Jobbcoach"],
                                                             ["476308", "1.91212121212E11"])},
                 drawing_rels=[("rIdC1", "chart", "../charts/chart1.xml", False)])
    _rewrite_zip(folder / "insatser.xlsx", {"[Content_Types].xml": lambda b: b.replace(
        b"</Types>", f'<Override PartName="/xl/charts/chart1.xml" ContentType="{_CHART_CT}"/></Types>'.encode())})


@case("personnummer_as_chart_sheet_name", 2,
      "a chart sheet (diagramblad) named 'Diagram 19121212-1212', with its chart",
      workbook="insatser.xlsx", must_contain=(PNR_MASKED, "diagramblad"), must_not_contain=PNR_FORMS)
def _(folder):
    p = folder / "insatser.xlsx"
    chartsheet = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?><chartsheet xmlns='
                  f'"http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="{_REL}">'
                  '<sheetViews><sheetView workbookViewId="0"/></sheetViews><drawing r:id="rId1"/>'
                  "</chartsheet>").encode()
    _add_parts(p, "xl/workbook.xml", [("rIdCS", "chartsheet", "chartsheets/sheet1.xml", False)],
               parts={"xl/chartsheets/sheet1.xml": chartsheet,
                      "xl/drawings/drawing9.xml": _drawing([], chart_rid="rId1"),
                      "xl/charts/chart9.xml": _chart(["Utfall"], ["Psykolog"], ["476308"])},
               overrides={"xl/chartsheets/sheet1.xml":
                          "application/vnd.openxmlformats-officedocument.spreadsheetml.chartsheet+xml",
                          "xl/drawings/drawing9.xml": _DRAWING_CT, "xl/charts/chart9.xml": _CHART_CT},
               edit=lambda s: s.replace("</sheets>", f'<sheet name="Diagram {PNR}" sheetId="9" '
                                        'r:id="rIdCS"/></sheets>'))
    _add_parts(p, "xl/chartsheets/sheet1.xml", [("rId1", "drawing", "../drawings/drawing9.xml", False)])
    _add_parts(p, "xl/drawings/drawing9.xml", [("rId1", "chart", "../charts/chart9.xml", False)])


@case("personnummer_in_data_validation", 2,
      "data validation on Insatser: a list with a person's number (B5) and an input message "
      "holding '121212+1212' (C6:C9)", workbook="insatser.xlsx", sheet="Insatser", cells=("B5", "C6:C9"),
      must_contain=(PNR_MASKED, "121212-****", "dataverifiering"),
      must_not_contain=PNR_FORMS + ("121212+1212",))
def _(folder):
    def edit(s: str) -> str:
        s = s.replace("</dataValidations>", (
            '<dataValidation type="list" allowBlank="1" sqref="B5"><formula1>'
            f'"Individinriktad,Anna {PNR}"</formula1></dataValidation>'
            '<dataValidation allowBlank="1" showInputMessage="1" promptTitle="Handläggare" '
            'prompt="Fråga Bertil (121212+1212) om koden" sqref="C6:C9"/></dataValidations>'))
        return s.replace('<dataValidations count="1">', '<dataValidations count="3">')
    _edit_sheet(folder / "insatser.xlsx", "Insatser", edit)


@case("personnummer_in_conditional_format", 2,
      "a conditional format whose formula compares the Insats with a personnummer",
      workbook="insatser.xlsx", sheet="Insatser", cells=("A5:A17",),
      must_contain=(PNR_MASKED, "villkorsstyrd"), must_not_contain=PNR_FORMS)
def _(folder):
    _edit_sheet(folder / "insatser.xlsx", "Insatser", lambda s: _before(
        s, ("<dataValidations", "<hyperlinks", "<pageMargins"),
        '<conditionalFormatting sqref="A5:A17"><cfRule type="expression" dxfId="0" priority="1">'
        f'<formula>$A5="{PNR}"</formula></cfRule></conditionalFormatting>'))


_CUSTOM_NS = "http://schemas.openxmlformats.org/officeDocument/2006/custom-properties"
_VT = "http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes"


def _custom_properties(p: Path, props: list[tuple[str, str]]) -> None:
    """Add custom document properties after finsam's own (which the schema writer puts in
    docProps/custom.xml, so that part is rewritten rather than added twice)."""
    with zipfile.ZipFile(p) as z:
        if "docProps/custom.xml" in z.namelist():
            root = ET.fromstring(z.read("docProps/custom.xml"))
            own = [(el.get("name"), "".join(el.itertext())) for el in root]
            props = own + list(props)
            body = "".join(f'<property fmtid="{{D5CDD505-2E9C-101B-9397-08002B2CF9AE}}" pid="{i + 2}" '
                           f'name="{name}"><vt:lpwstr>{value}</vt:lpwstr></property>'
                           for i, (name, value) in enumerate(props))
            custom = (f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Properties '
                      f'xmlns="{_CUSTOM_NS}" xmlns:vt="{_VT}">{body}</Properties>').encode()
            z.close()
            _rewrite_zip(p, replace={"docProps/custom.xml": custom})
            return
    body = "".join(f'<property fmtid="{{D5CDD505-2E9C-101B-9397-08002B2CF9AE}}" pid="{i + 2}" '
                   f'name="{name}"><vt:lpwstr>{value}</vt:lpwstr></property>'
                   for i, (name, value) in enumerate(props))
    custom = (f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Properties xmlns="{_CUSTOM_NS}" '
              f'xmlns:vt="{_VT}">{body}</Properties>').encode()
    _add_parts(p, "", [("rIdCP", "custom-properties", "docProps/custom.xml", False)],
               parts={"docProps/custom.xml": custom},
               overrides={"docProps/custom.xml": "application/vnd.openxmlformats-officedocument."
                                                 "custom-properties+xml"})


@case("personnummer_as_custom_property_name", 2,
      "a custom document property *named* 'Ärende 19121212-1212' (Avancerade egenskaper)",
      workbook="ekonomi.xlsx", must_contain=(PNR_MASKED, "dokumentegenskaper"),
      must_not_contain=PNR_FORMS)
def _(folder):
    _custom_properties(folder / "ekonomi.xlsx", [("Granskad", "ja"), (f"Ärende {PNR}", "öppet")])


@case("personnummer_as_custom_property_value", 2,
      "a custom document property whose value is '121212 – 1212'",
      workbook="deltagare.xlsx", must_contain=("121212-****", "dokumentegenskaper"),
      must_not_contain=("121212 \u2013 1212", "121212-1212", "1212121212"))
def _(folder):
    _custom_properties(folder / "deltagare.xlsx", [("Kontakt", f"121212 {_EN_DASH} 1212")])


@case("personnummer_in_unrelated_xml_part", 2,
      "a customXml part nothing points to, and a pivot cache with the number as 1.91212121212E11",
      workbook="texter.xlsx", must_contain=(PNR_MASKED,), must_not_contain=PNR_FORMS + ("1.91212121212E11",))
def _(folder):
    _rewrite_zip(folder / "texter.xlsx", add={
        "customXml/item1.xml": f'<?xml version="1.0"?><data><kontakt namn="Anna">{PNR}</kontakt></data>'.encode(),
        "xl/pivotCache/pivotCacheRecords1.xml": (
            '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><pivotCacheRecords xmlns='
            '"http://schemas.openxmlformats.org/spreadsheetml/2006/main" count="1"><r><n v="476308"/>'
            '<n v="1.91212121212E11"/></r></pivotCacheRecords>').encode()})


@case("personnummer_in_part_name", 2, "an image stored as xl/media/19121212-1212.png",
      workbook="ekonomi.xlsx", must_contain=(PNR_MASKED, "delen"), must_not_contain=PNR_FORMS)
def _(folder):
    _rewrite_zip(folder / "ekonomi.xlsx", add={f"xl/media/{PNR}.png": b"\x89PNG\r\n\x1a\n" + b"\x00" * 64})


@case("personnummer_in_file_name", 2,
      "a meeting workbook saved as sammantrade-19121212-1212.xlsx", workbook="sammantrade-19121212-****.xlsx",
      must_contain=(PNR_MASKED, "filnamnet"), must_not_contain=PNR_FORMS)
def _(folder):
    shutil.copyfile(ROOT / "examples" / "sundsvall-2024-04-26" / "sammantrade-2024-03-22.xlsx",
                    folder / f"sammantrade-{PNR}.xlsx")


@case("personnummer_spaced_forms_in_text", 2,
      "'19121212 - 1212' and '121212 1212' (space only) in two free-text cells",
      workbook="texter.xlsx", sheet="Texter", cells=("B13", "B14"), must_contain=(PNR_MASKED, "121212-****"),
      must_not_contain=PNR_FORMS + ("19121212 - 1212", "121212 1212"))
def _(folder):
    txt = _data("texter.xlsx")
    txt["texter"]["handelser"] = f"Ärendet gäller {PNR[:8]} - {PNR[9:]}."
    keys = list(txt["texter"])
    txt["texter"][keys[keys.index("handelser") + 1]] = "Ring 121212 1212 efter lunch."
    _write(folder, "texter.xlsx", txt)


# --------------------------------------------------------------------------------------
# Numbers no spreadsheet can hold (issue 15)
# --------------------------------------------------------------------------------------
_ABSURD = ("NaN", "INF", "-INF", "1E999999999", "1E-999999999", "9" * 5000, "0x1F", "1_000", "١٢")


@case("absurd_numbers_where_unused", 0,
      "NaN, INF, 1E999999999, a 5 000-digit number … in columns and sheets the schema does not read",
      same_as_base=True)
def _(folder):
    def extra_cells(s: str) -> str:
        for row, value in zip(range(5, 5 + len(_ABSURD)), _ABSURD):
            s = _move_after(s, str(row), f'<c r="P{row}"><v>{value}</v></c>')
        return s
    _edit_sheet(folder / "insatser.xlsx", "Insatser", extra_cells)
    _edit_sheet(folder / "ekonomi.xlsx", "Instruktioner", lambda s: s.replace(
        "</sheetData>", '<row r="90"><c r="A90"><v>NaN</v></c><c r="B90"><v>1E999999999</v></c></row>'
        "</sheetData>"))


@case("absurd_numbers_where_read", 2,
      "1E999999999 (kronor), NaN (count), INF (Insats name, a text column), a 5 000-digit number (year)",
      workbook="insatser.xlsx", sheet="Insatser", cells=("E5", "F6", "A7"),
      must_contain=("kan lagra",))
def _(folder):
    _edit_sheet(folder / "insatser.xlsx", "Insatser", lambda s: _set_cell(_set_cell(_set_cell(
        s, "E5", "<v>1E999999999</v>"), "F6", "<v>NaN</v>"), "A7", "<v>" + "9" * 5000 + "</v>"))


@case("absurd_number_as_date", 2, "1E+300 as a meeting date serial", workbook="ekonomi.xlsx",
      sheet="Sammanträden", cells=("A6",))
def _(folder):
    _edit_sheet(folder / "ekonomi.xlsx", "Sammanträden", lambda s: _set_cell(s, "A6", "<v>1E+300</v>"))


# --------------------------------------------------------------------------------------
# Real files read as Excel reads them (issue 15)
# --------------------------------------------------------------------------------------
# Transitional -> Strict Open XML namespaces (what Excel writes for "Strict Open XML Spreadsheet").
STRICT_NAMESPACES = (
    ("http://schemas.openxmlformats.org/spreadsheetml/2006/main", "http://purl.oclc.org/ooxml/spreadsheetml/main"),
    ("http://schemas.openxmlformats.org/officeDocument/2006/relationships",
     "http://purl.oclc.org/ooxml/officeDocument/relationships"),
    ("http://schemas.openxmlformats.org/drawingml/2006/main", "http://purl.oclc.org/ooxml/drawingml/main"),
    ("http://schemas.openxmlformats.org/officeDocument/2006/extended-properties",
     "http://purl.oclc.org/ooxml/officeDocument/extendedProperties"),
    ("http://purl.oclc.org/ooxml/officeDocument/relationships/extended-properties",
     "http://purl.oclc.org/ooxml/officeDocument/relationships/extendedProperties"),
)


def to_strict(path: Path) -> None:
    """Rewrite a generated workbook as Excel saves "Strict Open XML Spreadsheet"."""
    def convert(b: bytes) -> bytes:
        s = b.decode("utf-8")
        for old, new in STRICT_NAMESPACES:
            s = s.replace(old, new)
        return s.replace("<workbook xmlns=", '<workbook conformance="strict" xmlns=', 1).encode("utf-8")

    with zipfile.ZipFile(path) as z:
        names = [n for n in z.namelist() if n.endswith((".xml", ".rels"))]
    _rewrite_zip(path, {n: convert for n in names})


@case("strict_open_xml", 0, "all four workbooks saved as Strict Open XML (purl.oclc.org namespaces)",
      same_as_base=True)
def _(folder):
    for filename in FILENAMES:
        to_strict(folder / filename)


def relocate(path: Path, moves: dict[str, str]) -> None:
    """Move parts to other names; every relationship and content type follows (the
    workbook's rels with relative targets, the others absolute, spaces percent-encoded)."""
    import posixpath
    from urllib.parse import quote, unquote

    members = _members(path)
    names = {n for n, _ in members}
    for old in list(moves):
        rels = _rels_path(old)
        if rels in names:
            moves[rels] = _rels_path(moves[old])
    out = []
    for name, data in members:
        new_name = moves.get(name, name)
        if name.endswith(".rels"):
            source_dir = posixpath.dirname(posixpath.dirname(name))   # the folder of the part
            new_dir = posixpath.dirname(posixpath.dirname(new_name))
            relative = name == _rels_path("xl/workbook.xml")
            ET.register_namespace("", _PKG_RELS_NS)
            root = ET.fromstring(data)
            for rel in root:
                target = rel.get("Target", "")
                if rel.get("TargetMode") == "External":
                    continue
                full = target.lstrip("/") if target.startswith("/") else \
                    posixpath.normpath(posixpath.join(source_dir, unquote(target)))
                moved = moves.get(full, full)
                rel.set("Target", quote(posixpath.relpath(moved, new_dir or ".") if relative else "/" + moved))
            data = ET.tostring(root, encoding="utf-8", xml_declaration=True)
        if name == "[Content_Types].xml":
            s = data.decode("utf-8")
            for old, new in moves.items():
                s = s.replace(f'PartName="/{old}"', f'PartName="/{quote(new)}"')
            data = s.encode("utf-8")
        out.append((new_name, data))
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in out:
            z.writestr(name, data)


def _relocations(path: Path) -> dict[str, str]:
    with zipfile.ZipFile(path) as z:
        names = z.namelist()
    moves = {"xl/workbook.xml": "bok/arbetsbok.xml", "xl/sharedStrings.xml": "bok/texter i boken.xml",
             "xl/styles.xml": "bok/format.xml"}
    for n in names:
        m = re.fullmatch(r"xl/worksheets/sheet(\d+)\.xml", n)
        if m:
            moves[n] = f"blad/Blad {m.group(1)}.xml"
    return moves


@case("parts_in_other_places", 0,
      "workbook, sheets and shared strings under other names and folders, found through the "
      "relationships (_rels/.rels → officeDocument → the workbook's rels)", same_as_base=True)
def _(folder):
    for filename in FILENAMES:
        p = folder / filename
        relocate(p, _relocations(p))


@case("strict_and_in_other_places", 0, "Strict Open XML and parts in other places, in deltagare.xlsx",
      same_as_base=True)
def _(folder):
    p = folder / "deltagare.xlsx"
    relocate(p, _relocations(p))
    to_strict(p)


@case("personnummer_with_invisible_characters", 2,
      "a zero-width space and a soft hyphen inside the number ('1912\\u200b1212-12\\u00ad12')",
      workbook="insatser.xlsx", sheet="Insatsmål", cells=("D5",), must_contain=(PNR_MASKED,),
      must_not_contain=PNR_FORMS + ("1912\u200b1212", "12\u00ad12"))
def _(folder):
    d = _data("insatser.xlsx")
    d["insatsmal"][0]["resultat"] = "Deltagaren 1912\u200b1212-12\u00ad12 fick SIP."
    _write(folder, "insatser.xlsx", d)


@case("personnummer_in_non_xml_parts", 2,
      "printer settings (UTF-16, as Excel stores the printer's name) and a text file in the package",
      workbook="ekonomi.xlsx", must_contain=(PNR_MASKED, "121212-****"),
      must_not_contain=PNR_FORMS + ("121212+1212",))
def _(folder):
    _rewrite_zip(folder / "ekonomi.xlsx", add={
        "xl/printerSettings/printerSettings1.bin": b"\x00" * 32 + f"Skrivare {PNR}".encode("utf-16-le")
        + b"\x00" * 200,
        "xl/anteckningar.txt": "Anteckning: ring 121212+1212.\n".encode("utf-8")})


@case("backslash_targets", 0, "relationship targets written with backslashes (xl\\worksheets\\sheet1.xml)",
      same_as_base=True)
def _(folder):
    for filename in FILENAMES:
        _rewrite_zip(folder / filename, {"xl/_rels/workbook.xml.rels": lambda b: re.sub(
            rb'Target="([^"]*)"', lambda m: b'Target="' + m.group(1).replace(b"/", b"\\") + b'"', b)})


@case("docx_as_xlsx", 2, "a Word document renamed to .xlsx", workbook="texter.xlsx",
      must_contain=("Word-dokument",))
def _(folder):
    with zipfile.ZipFile(folder / "texter.xlsx", "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr("[Content_Types].xml", '<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.'
                   'org/package/2006/content-types"><Override PartName="/word/document.xml" ContentType='
                   '"application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>')
        z.writestr("_rels/.rels", f'<?xml version="1.0"?><Relationships xmlns="{_PKG_RELS_NS}"><Relationship '
                   f'Id="rId1" Type="{_REL}/officeDocument" Target="word/document.xml"/></Relationships>')
        z.writestr("word/document.xml", '<?xml version="1.0"?><w:document xmlns:w="http://schemas.'
                   'openxmlformats.org/wordprocessingml/2006/main"/>')


@case("personnummer_as_defined_name", 2, "a defined name *named* Kontakt_19121212_1212 (no dash allowed)",
      workbook="ekonomi.xlsx", must_contain=(PNR_MASKED, "definierade namnet"),
      must_not_contain=PNR_FORMS + ("19121212_1212",))
def _(folder):
    _rewrite_zip(folder / "ekonomi.xlsx", {"xl/workbook.xml": lambda b: b.replace(
        b"</sheets>", b'</sheets><definedNames><definedName name="Kontakt_19121212_1212">'
        b"Inst\xc3\xa4llningar!$B$5</definedName></definedNames>", 1)})


_TC_NS = "http://schemas.microsoft.com/office/spreadsheetml/2018/threadedcomments"


@case("personnummer_in_threaded_comment", 2,
      "a threaded comment (Excel 365) on Insatser!F5 and its author in the person list",
      workbook="insatser.xlsx", sheet="Insatser", cells=("F5",),
      must_contain=(PNR_MASKED, "121212-****", "kommentar"), must_not_contain=PNR_FORMS + ("121212 1212",))
def _(folder):
    p = folder / "insatser.xlsx"
    part = sheet_part(p, "Insatser")
    guid = "{6E7A8B1C-2D3E-4F50-9A1B-2C3D4E5F6A7B}"
    threaded = (f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?><ThreadedComments xmlns="{_TC_NS}">'
                f'<threadedComment ref="F5" dT="2024-01-10T09:00:00.00" personId="{guid}" id="{{0001}}">'
                f"<text>Utfallet gäller {PNR}, kolla med ekonomen.</text></threadedComment></ThreadedComments>")
    persons = (f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?><personList xmlns="{_TC_NS}">'
               f'<person displayName="Handläggare 121212 1212" id="{guid}" userId="x" providerId="None"/>'
               "</personList>")
    _add_parts(p, part, [("rIdT1", "http://schemas.microsoft.com/office/2017/10/relationships/threadedComment",
                          "../threadedComments/threadedComment1.xml", False)],
               parts={"xl/threadedComments/threadedComment1.xml": threaded.encode()},
               overrides={"xl/threadedComments/threadedComment1.xml":
                          "application/vnd.ms-excel.threadedcomments+xml"})
    _add_parts(p, "xl/workbook.xml", [("rIdP1", "http://schemas.microsoft.com/office/2017/10/relationships/person",
                                       "persons/person.xml", False)],
               parts={"xl/persons/person.xml": persons.encode()},
               overrides={"xl/persons/person.xml": "application/vnd.ms-excel.person+xml"})


@case("personnummer_in_embedded_workbook", 2,
      "an Excel workbook embedded as an object (xl/embeddings/…xlsx) whose sheet holds the number",
      workbook="insatser.xlsx", must_contain=(PNR_MASKED, "inbäddad"), must_not_contain=PNR_FORMS)
def _(folder):
    inner = Path(tempfile.mkdtemp()) / "inbaddad.xlsx"
    d = _data("texter.xlsx")
    d["texter"]["handelser"] = f"Kontakt {PNR}"
    _write(inner.parent, "texter.xlsx", d)
    _rewrite_zip(folder / "insatser.xlsx", add={
        "xl/embeddings/Microsoft_Excel_Worksheet1.xlsx": (inner.parent / "texter.xlsx").read_bytes()})
    shutil.rmtree(inner.parent, ignore_errors=True)


# --------------------------------------------------------------------------------------
# Row-level data that must not make the documents grow (issue 15.3)
# --------------------------------------------------------------------------------------
EXTRA_INSATSER = 230  # with the example's 7: 237 rows, more than render.capped.TABLE_ROWS


@case("deltagare_many_rows", 0,
      f"{EXTRA_INSATSER} more individual insatser, each with its row of participants: the report shows "
      "the first 100 rows, says so in Swedish, and totals every row",
      docx_contains=("Tabellen visar de första 100 av 237 raderna i deltagare.xlsx; totalen gäller alla rader.",
                     "Här visas de första 100 insatserna; ytterligare",
                     "Extra insats 92", "Övriga"),
      docx_not_contains=("Extra insats 93\n", "Extra insats 229"), max_seconds=10.0)
def _(folder):
    ins, delt = _data("insatser.xlsx"), _data("deltagare.xlsx")
    for j in range(EXTRA_INSATSER):
        name = f"Extra insats {j}"
        ins["insatser"].append({"namn": name, "typ": "Individinriktad", "agare": "Sundsvalls kommun",
                                "budgetpost": None, "budget": 0, "utfall": 0,
                                "beskrivning": f"Insatsen {name}."})
        delt["deltagare"].append({"insats": name, "kvinnor": 1, "man": 1, "okant_kon": None, "volym": None,
                                  "arbete_kvinnor": 0, "arbete_man": 0, "studier_kvinnor": 0, "studier_man": 0})
    _write(folder, "insatser.xlsx", ins)
    _write(folder, "deltagare.xlsx", delt)

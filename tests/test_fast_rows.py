"""The sheets' fast path (``read.xlsx._FastRows``) against the element path it stands in for.

The fast path reads the usual XML of a sheet with one regular expression once expat has
found the part well-formed, and hands anything else to ElementTree at the row where it is
met. Both must give the same thing for every file: the same rows and cells, merged
ranges, personnummer found outside the cells, cell count, problems and typed sheet data,
or the same error. Compared on every example folder and on every case of the hostile
corpus, with the fast path used whatever the part's size.
"""
from __future__ import annotations

import sys
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO / "tests"))

from hostile.corpus import CASES, SCHEMAS, build_case  # noqa: E402

from finsam.errors import InputError  # noqa: E402
from finsam.read import read_workbook, xlsx  # noqa: E402

EXAMPLES = sorted(p for p in (REPO / "examples").iterdir() if p.is_dir() and any(p.glob("*.xlsx")))


def _cells(rows):
    return [(r, {c: (v.kind, v.raw, v.formula) for c, v in cells.items()}) for r, cells in rows]


def _low_level(path: Path):
    """What the xlsx layer gives for ``path``: per sheet its rows, then merged ranges,
    the personnummer found elsewhere and the cell count; or the error's problems."""
    try:
        book = xlsx.XlsxFile(path)
        sheets = {name: _cells(book.iter_rows(name)) for name in book.sheet_names}
        return sheets, dict(book.merged), list(book.personnummer_hits()), book.cells_seen
    except InputError as exc:
        return ("error", [str(p) for p in exc.problems])


def _typed(path: Path, schema):
    """What the read stage gives: the typed sheets (and stored cells) and the problems."""
    problems: list = []
    data = read_workbook(path, schema, problems, keep_raw=True)
    if data is None:
        return None, [str(p) for p in problems]
    raw = {k: (s.name, {rc: (c.kind, c.raw, c.formula) for rc, c in s.cells.items()}, s.merged)
           for k, s in data.raw.items()}
    return (data.sheets, raw, data.cells), [str(p) for p in problems]


def _both(monkeypatch, fn, *args):
    xlsx._CLEAN_PARTS.clear()
    monkeypatch.setattr(xlsx, "FAST_ROWS", False)
    slow = fn(*args)
    xlsx._CLEAN_PARTS.clear()
    monkeypatch.setattr(xlsx, "FAST_ROWS", True)
    monkeypatch.setattr(xlsx, "FAST_ROWS_BYTES", 0)
    fast = fn(*args)
    return slow, fast


def _used(monkeypatch) -> list[str]:
    """Record the parts the fast path read to the end."""
    done: list[str] = []
    rows = xlsx._FastRows.rows

    def counted(self):
        yield from rows(self)
        done.append(self.part)
    monkeypatch.setattr(xlsx._FastRows, "rows", counted)
    return done


def _same_either_way(monkeypatch, path):
    """The workbook read both ways: the same parts and cells, and, for a standard workbook,
    the same typed sheets (or the same error)."""
    slow, fast = _both(monkeypatch, _low_level, path)
    assert slow == fast, path.name
    schema = SCHEMAS.get(path.name)
    if schema is not None:
        slow, fast = _both(monkeypatch, _typed, path, schema)
        assert slow == fast, path.name


@pytest.mark.parametrize("folder", EXAMPLES, ids=lambda p: p.name)
def test_examples_same_either_way(folder, monkeypatch):
    done = _used(monkeypatch)
    for path in sorted(folder.glob("*.xlsx")):
        _same_either_way(monkeypatch, path)
    assert done, "the fast path read no sheet of the example"


@pytest.mark.parametrize("block", [97, 4096])
def test_examples_same_in_small_blocks(block, monkeypatch):
    """The sheet read in pieces of ``block`` bytes: tokens, rows and ``</sheetData>`` split
    across pieces everywhere."""
    monkeypatch.setattr(xlsx, "_BLOCK", block)
    done = _used(monkeypatch)
    for path in sorted(EXAMPLES[0].glob("*.xlsx")):
        slow, fast = _both(monkeypatch, _low_level, path)
        assert slow == fast, path.name
    assert done


@pytest.mark.parametrize("case", CASES, ids=lambda c: c.name)
def test_hostile_corpus_same_either_way(case, tmp_path, monkeypatch):
    folder = build_case(case.name, tmp_path / "in")
    for path in sorted(folder.glob("*.xlsx")):
        if path.stat().st_size > 20 * 1024 * 1024:
            continue
        _same_either_way(monkeypatch, path)


def _sheet(cells: str, before: str = "", after: str = "") -> bytes:
    ns = 'xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"'
    return (f'<?xml version="1.0" encoding="UTF-8"?><worksheet {ns}>{before}<sheetData>{cells}'
            f'</sheetData>{after}</worksheet>').encode()


def _book(tmp_path: Path, sheet: bytes, shared: bytes | None = None) -> Path:
    """A one-sheet workbook around ``sheet``'s XML (and ``shared``, its shared strings)."""
    import zipfile

    path = tmp_path / "bok.xlsx"
    rel = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr("[Content_Types].xml", '<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.'
                   'org/package/2006/content-types"><Override PartName="/xl/workbook.xml" ContentType="application/'
                   'vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/></Types>')
        z.writestr("_rels/.rels", '<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/'
                   f'package/2006/relationships"><Relationship Id="r1" Type="{rel}/officeDocument" '
                   'Target="xl/workbook.xml"/></Relationships>')
        z.writestr("xl/workbook.xml", '<?xml version="1.0"?><workbook xmlns="http://schemas.openxmlformats.org/'
                   f'spreadsheetml/2006/main" xmlns:r="{rel}"><sheets><sheet name="Blad1" sheetId="1" r:id="r1"/>'
                   '</sheets></workbook>')
        z.writestr("xl/_rels/workbook.xml.rels", '<?xml version="1.0"?><Relationships xmlns="http://schemas.'
                   f'openxmlformats.org/package/2006/relationships"><Relationship Id="r1" Type="{rel}/worksheet" '
                   'Target="worksheets/sheet1.xml"/>' + (f'<Relationship Id="r2" Type="{rel}/sharedStrings" '
                   'Target="sharedStrings.xml"/>' if shared else '') + '</Relationships>')
        z.writestr("xl/worksheets/sheet1.xml", sheet)
        if shared:
            z.writestr("xl/sharedStrings.xml", shared)
    return path


ROW = '<row r="1"><c r="A1"><v>5</v></c><c r="B1" t="str"><f>A1&amp;"x"</f><v>5x</v></c></row>'
ROWS = ('<row r="1"><c r="A1"><v>5</v></c></row><row r="2"><c r="A2" t="e"><v>#REF!</v></c>'
        '<c r="B2"><f>1/0</f></c><c r="C2" t="inlineStr"><is><t>a_x0041_</t></is></c></row>')


@pytest.mark.parametrize("xml", [
    _sheet(ROWS),                                                         # read fast to the end
    _sheet(ROWS + ROW),                                                   # an entity: elements from row 3
    _sheet(ROWS, after="<!-- 19121212-1212 -->"),                          # a comment after the cells
    _sheet(ROWS, before="<!-- <sheetData><row r='9'/></sheetData> -->"),   # one before them
    _sheet(ROWS + '<row r="3"><c r="A3"><v>1</v></c>'),                    # broken XML
    _sheet(ROWS.replace('<c r="A2"', '<c r="A3"')),                        # a cell on another row
    _sheet(ROWS + '<row r="4" xmlns="urn:x"><c r="A4"><v>1</v></c></row>'),  # another namespace
    _sheet(ROWS).replace(b"<sheetData>", b'<x xmlns ="urn:x"><sheetData>').replace(b"</sheetData>",
                                                                               b"</sheetData></x>"),
    _sheet(ROWS, after='<row r="7"><c r="A7"><v>7</v></c></row>'),         # a row outside sheetData
    _sheet('<row r="1"><c r="A1" t="s"><v>0</v></c></row>'),              # no shared strings
    _sheet('<row r="1"><c r="A1"><f>"19121212-1212"</f><v>1</v></c></row>'),  # personnummer in a formula
    _sheet('<row r="1"><c r="A1"><v>191212121212</v></c><c r="B1"><v>NaN</v></c></row>'),
    _sheet('<row r="1">\n  <c r="A1"><v>1</v></c>\n</row><row><c><v>2</v></c><c><v>3</v></c></row>'),
])
def test_unusual_sheets_same_either_way(xml, tmp_path, monkeypatch):
    path = _book(tmp_path, xml)
    slow, fast = _both(monkeypatch, _low_level, path)
    assert slow == fast


def _shared(items: str, after: str = "") -> bytes:
    ns = 'xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"'
    return f'<?xml version="1.0" encoding="UTF-8"?><sst {ns}>{items}{after}</sst>'.encode()


SHARED_ROWS = _sheet('<row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1" t="s"><v>1</v></c>'
                     '<c r="C1" t="s"><v>2</v></c></row>')


@pytest.mark.parametrize("shared", [
    _shared("<si><t>a</t></si><si><t>b &amp; c &#x41;&#66;_x0043_</t></si>\n<si><t xml:space=\"preserve\"> d </t></si>"),
    _shared("<si><t>a</t></si><si><t>19121212-1212</t></si><si><t>x</t></si><si><t>19121212-1212 igen</t></si>"),
    _shared("<si><t>a</t></si><si><r><t>b</t></r><r><t>c</t></r></si><si><t>d</t></si>"),      # rich text
    _shared("<si><t>a</t></si><si><t>b</t><rPh sb=\"0\" eb=\"1\"><t>191212121212</t></rPh></si>"),  # phonetic
    _shared("<si><t>a</t></si><si><t>b</t></si><si><t>c</t></si>", "<!-- 19121212-1212 -->"),
    _shared("<si><t>a</t></si><si><t>b\r\nc</t></si><si><t>d</t></si>"),
    _shared("<si><t>a</t></si><si><t>b</t></si>"),                                          # one too few
    _shared('<x xmlns ="urn:x"><si><t>a</t></si><si><t>b</t></si><si><t>c</t></si></x>'),   # another namespace
    _shared("<si><t>a</t></si><si><t>b</t></si><si><t>c</t></si"),                           # broken
])
def test_unusual_shared_strings_same_either_way(shared, tmp_path, monkeypatch):
    path = _book(tmp_path, SHARED_ROWS, shared)
    slow, fast = _both(monkeypatch, _low_level, path)
    assert slow == fast

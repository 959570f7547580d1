"""Workbooks Excel saves as "Strict Open XML Spreadsheet", and packages whose parts lie
elsewhere than xl/workbook.xml, read to the same values as the usual ones (issue 15)."""
from __future__ import annotations

import shutil
import zipfile

import pytest

from hostile.corpus import _relocations, base_dir, relocate, to_strict

from finsam.read import read_workbook
from finsam.kinds import kind

ANNUAL_REPORT_WORKBOOKS = kind("arsredovisning").workbooks


def _read(path, schema):
    problems: list = []
    book = read_workbook(path, schema, problems, keep_raw=True)
    assert problems == [] and book is not None, [str(p) for p in problems]
    return book


@pytest.mark.parametrize("schema", ANNUAL_REPORT_WORKBOOKS, ids=lambda s: s.filename)
@pytest.mark.parametrize("variant", ["strict", "relocated", "both"])
def test_variants_read_to_the_same_values(tmp_path, schema, variant):
    ours = base_dir() / schema.filename
    theirs = tmp_path / schema.filename
    shutil.copyfile(ours, theirs)
    if variant in ("relocated", "both"):
        relocate(theirs, _relocations(theirs))
    if variant in ("strict", "both"):
        to_strict(theirs)
    with zipfile.ZipFile(theirs) as z:
        names = z.namelist()
        if variant != "relocated":   # the conversion did happen: no transitional namespace is left
            assert not any(b"schemas.openxmlformats.org/spreadsheetml" in z.read(n) for n in names)
            assert b"purl.oclc.org/ooxml/spreadsheetml/main" in z.read(
                next(n for n in names if n.endswith("arbetsbok.xml") or n == "xl/workbook.xml"))
        if variant != "strict":
            assert "xl/workbook.xml" not in names and "xl/sharedStrings.xml" not in names
    a, b = _read(ours, schema), _read(theirs, schema)
    assert b.sheets == a.sheets
    assert set(b.raw) == set(a.raw)
    for key, sheet in a.raw.items():
        assert b.raw[key].cells == sheet.cells, key
        assert b.raw[key].merged == sheet.merged, key
    assert any(sheet.cells for sheet in a.raw.values())


def test_strict_personnummer_is_found(tmp_path):
    """The scan reads Strict parts too: a personnummer in a Strict sheet stops the read."""
    from hostile.corpus import PNR, _edit_sheet, _set_cell

    schema = next(s for s in ANNUAL_REPORT_WORKBOOKS if s.filename == "texter.xlsx")
    path = tmp_path / schema.filename
    shutil.copyfile(base_dir() / schema.filename, path)
    _edit_sheet(path, "Texter", lambda s: _set_cell(s, "B13", f"<is><t>Ring {PNR}</t></is>", "inlineStr"))
    to_strict(path)
    problems: list = []
    read_workbook(path, schema, problems)
    assert [str(p.location) for p in problems] == ["texter.xlsx, blad Texter, cell B13"]
    assert "19121212-****" in problems[0].found

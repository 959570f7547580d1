"""The raw-text pre-test of the all-parts personnummer scan (xlsx._could_hold) lets every
part through that the parse would find a personnummer in, and passes clean parts over."""
from __future__ import annotations

import zipfile

import pytest

from hostile.corpus import base_dir

from finsam.read import xlsx

PNR = "19121212-1212"
HOLDING = [
    f'<a><b v="{PNR}"/></a>',                                        # an attribute value
    f"<a><b>Ring {PNR}</b></a>",                                    # a text
    '<p:p xmlns:p="x"><p:r><p:t>191212</p:t></p:r><p:r><p:t>12-1212</p:t></p:r></p:p>',  # split runs
    "<si><r><t>1912</t></r><r><rPr x='>'/><t>1212-1212</t></r></si>",   # '>' inside an attribute
    "<a>&#49;9121212-1212</a>",                                       # a character reference
    "<a>_x0031_9121212-1212</a>",                                    # an OOXML escape
    '<a href="https://x.se/?p=19121212%2D1212"/>',                   # a URL escape
    "<a><![CDATA[19121212]]><![CDATA[-1212]]></a>",
    '<n v="1.91212121212E11"/>',                                     # E-notation
    "<a><!-- Anna 19121212-1212 --></a>",                            # an XML comment
    "<a>1912\u200b1212-1212</a>",                                    # an invisible character
    "<a>\uff11\uff19\uff11\uff12\uff11\uff12\uff11\uff12-\uff11\uff12\uff11\uff12</a>",
]


@pytest.mark.parametrize("xml", HOLDING)
@pytest.mark.parametrize("encoding", ["utf-8", "utf-16"])
def test_parts_that_may_hold_a_personnummer_are_parsed(xml, encoding):
    data = (f'<?xml version="1.0" encoding="{encoding}"?>' + xml).encode(encoding)
    assert xlsx._could_hold(data)


def test_other_encodings_are_always_parsed():
    assert xlsx._could_hold('<?xml version="1.0" encoding="windows-1252"?><a/>'.encode())


def test_clean_parts_are_passed_over():
    xlsx._CLEAN_PARTS.clear()
    clean = 0
    with zipfile.ZipFile(base_dir() / "ekonomi.xlsx") as z:
        for name in ("xl/theme/theme1.xml", "xl/styles.xml", "docProps/app.xml", "[Content_Types].xml"):
            data = z.read(name)
            assert not xlsx._could_hold(data), name
            clean += 1
    assert len(xlsx._CLEAN_PARTS) == clean
    assert xlsx._could_hold(b"<a>" + PNR.encode() + b"</a>")  # and the cache does not say otherwise


@pytest.mark.parametrize("xml", HOLDING)
@pytest.mark.parametrize("encoding", ["utf-8", "utf-16"])
def test_the_scan_finds_it_in_a_part_nothing_points_to(tmp_path, xml, encoding):
    import shutil

    from hostile.corpus import _rewrite_zip

    from finsam.read import read_workbook
    from finsam.kinds import kind

    ANNUAL_REPORT_WORKBOOKS = kind("arsredovisning").workbooks

    schema = next(s for s in ANNUAL_REPORT_WORKBOOKS if s.filename == "texter.xlsx")
    path = tmp_path / schema.filename
    shutil.copyfile(base_dir() / schema.filename, path)
    _rewrite_zip(path, add={"customXml/item1.xml": (f'<?xml version="1.0" encoding="{encoding}"?>'
                                                    + xml).encode(encoding)})
    problems: list = []
    read_workbook(path, schema, problems)
    assert len(problems) == 1, [str(p) for p in problems]
    assert "-****) i anpassade XML-data" in problems[0].found
    assert "1212-1212" not in str(problems[0])

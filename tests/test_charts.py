"""The annual report's native Word charts: valid parts (chart XML in ECMA-376's element order,
content types, relationships, the embedded workbook), python-docx opens the document, the
charts show the reported figures in their table's unit with gaps for blanks, have
alternative text, and `finsam check` loads no chart code."""
from __future__ import annotations

import copy
import io
import re
import subprocess
import sys
import zipfile
from decimal import Decimal

import openpyxl
import pytest
from docx import Document
from lxml import etree

from conftest import EXAMPLES, ROOT, annual, write_folder

C = "{http://schemas.openxmlformats.org/drawingml/2006/chart}"
R = "{http://schemas.openxmlformats.org/officeDocument/2006/relationships}"
PKG_REL = "{http://schemas.openxmlformats.org/package/2006/relationships}"
CT = "{http://schemas.openxmlformats.org/package/2006/content-types}"
CHART_CT = "application/vnd.openxmlformats-officedocument.drawingml.chart+xml"
RT_CHART = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/chart"
RT_PACKAGE = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/package"

# The element sequences of ECMA-376 Part 1 (dml-chart.xsd) for the types the charts use:
# every child must be one of these, in this order.
SEQUENCES = {
    "chartSpace": ["date1904", "lang", "roundedCorners", "AlternateContent", "style", "clrMapOvr", "pivotSource",
                   "protection", "chart", "spPr", "txPr", "externalData", "printSettings", "userShapes", "extLst"],
    "chart": ["title", "autoTitleDeleted", "pivotFmts", "view3D", "floor", "sideWall", "backWall", "plotArea",
              "legend", "plotVisOnly", "dispBlanksAs", "showDLblsOverMax", "extLst"],
    "plotArea": ["layout", "barChart", "lineChart", "catAx", "valAx", "dTable", "spPr", "extLst"],
    "barChart": ["barDir", "grouping", "varyColors", "ser", "dLbls", "gapWidth", "overlap", "serLines", "axId",
                 "extLst"],
    "lineChart": ["grouping", "varyColors", "ser", "dLbls", "dropLines", "hiLowLines", "upDownBars", "marker",
                  "smooth", "axId", "extLst"],
    "ser@barChart": ["idx", "order", "tx", "spPr", "invertIfNegative", "pictureOptions", "dPt", "dLbls",
                     "trendline", "errBars", "cat", "val", "shape", "extLst"],
    "ser@lineChart": ["idx", "order", "tx", "spPr", "marker", "dPt", "dLbls", "trendline", "errBars", "cat", "val",
                      "smooth", "extLst"],
    "catAx": ["axId", "scaling", "delete", "axPos", "majorGridlines", "minorGridlines", "title", "numFmt",
              "majorTickMark", "minorTickMark", "tickLblPos", "spPr", "txPr", "crossAx", "crosses", "crossesAt",
              "auto", "lblAlgn", "lblOffset", "tickLblSkip", "tickMarkSkip", "noMultiLvlLbl", "extLst"],
    "valAx": ["axId", "scaling", "delete", "axPos", "majorGridlines", "minorGridlines", "title", "numFmt",
              "majorTickMark", "minorTickMark", "tickLblPos", "spPr", "txPr", "crossAx", "crosses", "crossesAt",
              "crossBetween", "majorUnit", "minorUnit", "dispUnits", "extLst"],
    "scaling": ["logBase", "orientation", "max", "min", "extLst"],
    "dLbls": ["dLbl", "delete", "numFmt", "spPr", "txPr", "dLblPos", "showLegendKey", "showVal", "showCatName",
              "showSerName", "showPercent", "showBubbleSize", "separator", "showLeaderLines", "leaderLines",
              "extLst"],
    "legend": ["legendPos", "legendEntry", "layout", "overlay", "spPr", "txPr", "extLst"],
    "title": ["tx", "layout", "overlay", "spPr", "txPr", "extLst"],
    "numCache": ["formatCode", "ptCount", "pt", "extLst"],
    "strCache": ["ptCount", "pt", "extLst"],
    "marker@ser": ["symbol", "size", "spPr", "extLst"],
}


def _local(el) -> str:
    return etree.QName(el).localname


def _check_order(el, path="chartSpace"):
    name = _local(el)
    key = name
    parent = el.getparent()
    if name == "ser":
        key = f"ser@{_local(parent)}"
    elif name == "marker" and parent is not None and _local(parent) == "ser":
        key = "marker@ser"
    seq = SEQUENCES.get(key)
    if seq is not None:
        positions = []
        for child in el:
            if not isinstance(child.tag, str):
                continue
            child_name = _local(child)
            assert child_name in seq, f"{path}/{child_name} is not allowed in {key}"
            positions.append(seq.index(child_name))
        assert positions == sorted(positions), f"{path}: children out of schema order {[_local(c) for c in el]}"
    for child in el:
        if isinstance(child.tag, str):
            _check_order(child, f"{path}/{_local(child)}")


@pytest.fixture(scope="module")
def report():
    from finsam.render.arsredovisning import render

    doc = annual(EXAMPLES / "sundsvall-2023")
    return doc, render(doc.model, doc.findings)


def _charts(data: bytes) -> dict[str, etree._Element]:
    """Chart part name -> its parsed XML, in document order (by the relationship ids)."""
    z = zipfile.ZipFile(io.BytesIO(data))
    rels = etree.fromstring(z.read("word/_rels/document.xml.rels"))
    targets = {r.get("Id"): "word/" + r.get("Target") for r in rels if r.get("Type") == RT_CHART}
    body = z.read("word/document.xml").decode("utf-8")
    order = re.findall(r'<c:chart [^>]*r:id="(rId\d+)"', body)
    assert sorted(order) == sorted(targets), "every chart relationship is used once in the body"
    return {targets[rid]: etree.fromstring(z.read(targets[rid])) for rid in order}


def _series(chart) -> dict[str, tuple[list[str], list]]:
    """Series name -> (categories, values with None for a gap)."""
    out = {}
    for ser in chart.iter(f"{C}ser"):
        name = ser.find(f"{C}tx//{C}v").text
        cats = [pt.find(f"{C}v").text for pt in ser.find(f"{C}cat").iter(f"{C}pt")]
        cache = ser.find(f"{C}val//{C}numCache")
        values: list = [None] * int(cache.find(f"{C}ptCount").get("val"))
        for pt in cache.iter(f"{C}pt"):
            values[int(pt.get("idx"))] = Decimal(pt.find(f"{C}v").text)
        out[name] = (cats, values)
    return out


def _by_title(data: bytes) -> dict[str, etree._Element]:
    """Chart title (the docPr's) -> chart XML."""
    z = zipfile.ZipFile(io.BytesIO(data))
    body = z.read("word/document.xml").decode("utf-8")
    titles = re.findall(r'<wp:docPr [^>]*title="([^"]*)"', body)
    charts = list(_charts(data).values())
    pictures = len(titles) - len(charts)  # a logo comes first, when there is one
    return dict(zip(titles[pictures:], charts))


def test_python_docx_opens_it_and_sees_the_charts(report):
    _, data = report
    doc = Document(io.BytesIO(data))
    charts = [s for s in doc.inline_shapes if s._inline.graphic.graphicData.uri.endswith("/chart")]
    assert len(charts) >= 6
    assert all(s.width > 0 and s.height > 0 for s in charts)


def test_parts_content_types_and_relationships(report):
    _, data = report
    z = zipfile.ZipFile(io.BytesIO(data))
    names = z.namelist()
    types = etree.fromstring(z.read("[Content_Types].xml"))
    overrides = {o.get("PartName"): o.get("ContentType") for o in types.iter(f"{CT}Override")}
    defaults = {d.get("Extension"): d.get("ContentType") for d in types.iter(f"{CT}Default")}
    charts = _charts(data)
    assert charts
    for part in charts:
        assert overrides["/" + part] == CHART_CT
        rels_name = part.replace("charts/", "charts/_rels/") + ".rels"
        assert rels_name in names
        rels = etree.fromstring(z.read(rels_name))
        packages = [r for r in rels if r.get("Type") == RT_PACKAGE]
        assert len(packages) == 1
        target = "word/charts/" + packages[0].get("Target")
        book = "word/" + target.split("../", 1)[1]
        assert book in names and defaults["xlsx"].endswith("spreadsheetml.sheet")
        # The chart's c:externalData names that relationship.
        ext = charts[part].find(f"{C}externalData")
        assert ext is not None and ext.get(f"{R}id") == packages[0].get("Id")


def test_chart_xml_follows_the_schema_order(report):
    _, data = report
    for part, chart in _charts(data).items():
        assert _local(chart) == "chartSpace", part
        _check_order(chart)
        assert chart.find(f"{C}lang").get("val") == "sv-SE"
        assert chart.find(f"{C}roundedCorners").get("val") == "0"
        assert chart.find(f".//{C}dispBlanksAs").get("val") == "gap"
        # Calibri everywhere the chart writes text, as the document.
        fonts = {el.get("typeface") for el in chart.iter("{http://schemas.openxmlformats.org/drawingml/2006/main}latin")}
        assert fonts == {"Calibri"}, (part, fonts)


def test_every_chart_has_alternative_text(report):
    _, data = report
    body = zipfile.ZipFile(io.BytesIO(data)).read("word/document.xml").decode("utf-8")
    chart_frames = re.findall(r'<wp:docPr [^>]*/>(?:(?!</wp:inline>).)*?drawingml/2006/chart', body)
    assert len(chart_frames) == len(_charts(data))
    for frame in chart_frames:
        descr = re.search(r'descr="([^"]*)"', frame).group(1)
        assert descr.startswith("Diagram: ") and re.search(r"\d", descr), descr


def test_the_embedded_workbook_holds_the_chart_figures(report):
    _, data = report
    z = zipfile.ZipFile(io.BytesIO(data))
    for part, chart in _charts(data).items():
        rels = etree.fromstring(z.read(part.replace("charts/", "charts/_rels/") + ".rels"))
        book = "word/" + rels[0].get("Target").split("../", 1)[1]
        ws = openpyxl.load_workbook(io.BytesIO(z.read(book))).worksheets[0]
        for column, (name, (cats, values)) in enumerate(_series(chart).items(), start=2):
            assert ws.cell(1, column).value == name
            for row, (cat, value) in enumerate(zip(cats, values), start=2):
                assert ws.cell(row, 1).value == cat
                cell = ws.cell(row, column).value
                assert (cell is None) if value is None else Decimal(str(cell)) == value, (part, name, cat)


def test_the_charts_show_the_reported_figures_in_their_units(report):
    doc, data = report
    charts = _by_title(data)
    five = _series(charts["Intäkter och kostnader 2019–2023"])
    assert five["Verksamhetens intäkter"][0] == ["2019", "2020", "2021", "2022", "2023"]
    assert five["Verksamhetens intäkter"][1] == [7_424_000, 7_378_000, 7_378_001, 7_377_991, 7_367_305]
    assert _series(charts["Årets resultat 2019–2023"])["Årets resultat"][1][-1] == 476_308
    budget = _series(charts["Budget och utfall per budgetgrupp 2023"])  # the follow-up is in tkr
    assert budget["Budget"] == (["Intäkter", "Styrelsen", "Administration", "Insatser"], [7360, 110, 1080, 6170])
    assert budget["Utfall"][1] == [7360, 92, 1097, 5695]
    people = _series(charts["Deltagare per insats och kön 2023"])
    assert people["Kvinnor"][1][:2] == [175, 25] and people["Män"][1][:2] == [223, 20]
    assert people["Utan uppgift om kön"][1][2] == 2 and people["Utan uppgift om kön"][1][0] is None
    equity = _series(charts["Eget kapital mot tak och golv 2022–2023"])
    assert equity["Eget kapital"] == (["2022", "2023"], [812_116, 1_288_424])
    assert equity["Tak (20\u00a0% av driftsbidraget)"][1] == [Decimal("1475600"), Decimal("1472000")]
    assert equity["Golv"][1] == [400_000, 400_000]
    line = charts["Eget kapital mot tak och golv 2022–2023"].find(f".//{C}lineChart")
    assert len(line.findall(f"{C}ser")) == 2  # cap and floor are lines over the bars


def test_a_blank_is_a_gap_and_a_year_without_figures_is_left_out(tmp_path, corrected):
    from finsam.render.arsredovisning import render

    data = copy.deepcopy(corrected)
    years = data["ekonomi.xlsx"]["femar"]
    years[1].update(kostnader=None)                 # 2022: no costs reported
    years[3].update(intakter=None, kostnader=None)  # 2020: nothing reported
    doc = annual(write_folder(tmp_path / "f", data))
    charts = _by_title(render(doc.model, doc.findings))
    five = _series(charts["Intäkter och kostnader 2019–2023"])
    assert five["Verksamhetens intäkter"][0] == ["2019", "2021", "2022", "2023"]
    assert five["Verksamhetens kostnader"][1] == [7_109_107, 7_664_255, None, 6_890_997]
    xml = etree.tostring(charts["Intäkter och kostnader 2019–2023"]).decode()
    assert xml.count('<c:ptCount val="4"/>') >= 2 and "<c:v>0</c:v>" not in xml
    # The result of 2020 is computed from two blanks: not a reported figure either.
    assert _series(charts["Årets resultat 2019–2023"])["Årets resultat"][0] == ["2019", "2021", "2022", "2023"]


def test_without_charts_the_context_has_none(report):
    """annual_report_context without charts=True (tests, the benchmark's floor) draws none."""
    from finsam.render.arsredovisning import annual_report_context
    from finsam.render.docx import render_docx

    doc, _ = report
    context = annual_report_context(doc.model.forbund, doc.model.figures, doc.findings, False)
    assert all(v is None for v in context["diagram"].values())
    data = render_docx("arsredovisning.docx", context)
    assert not any(n.startswith("word/charts/") for n in zipfile.ZipFile(io.BytesIO(data)).namelist())


def test_check_loads_no_chart_code():
    code = ("import sys, finsam.cli as c; c.main(['check', %r]); "
            "print(sorted(m for m in sys.modules if m.startswith(('finsam.render.charts', 'finsam.render.diagram', "
            "'finsam.render.nns', 'finsam.render.layouts', 'xlsxwriter', 'pptx', 'PIL'))))"
            % str(EXAMPLES / "sundsvall-2023"))
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=ROOT).stdout
    assert out.strip().splitlines()[-1] == "[]"


def test_last_years_report_adds_a_year_to_the_equity_chart():
    """The published variant names last year's folder: eget kapital 2021 comes from its
    balance sheet, and the cap of 2021 from its driftsbidrag of the year before."""
    from finsam.render.diagram import equity

    doc = annual(EXAMPLES / "sundsvall-2023-publicerad")
    chart = equity(doc.model.forbund, doc.model.figures, doc.model.previous)
    assert chart.categories == ("2021", "2022", "2023")
    values = {s.name: s.values for s in chart.series}
    assert values["Eget kapital"] == (1_221_338, 812_116, 1_288_424)
    assert values["Tak (20\u00a0% av driftsbidraget)"] == (1_475_600, 1_475_600, 1_472_000)
    assert [s.line for s in chart.series] == [False, True, True]

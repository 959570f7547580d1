"""Native Word charts: DrawingML chart parts embedded in the docx, with their data in an
embedded workbook, so that Word can restyle a chart and edit its figures (Högerklicka ›
Redigera data) and LibreOffice draws it in the PDF.

A ``Chart`` is plain data, made by a document's context builder (``render.arsredovisning``):
categories, series of figures in the unit of the table they come from, and the alternative
text a screen reader reads. A figure nobody reported is None and stays a gap: never a bar of
height 0, and a category (a year) without any figure is left out by the builder. Numbers are
formatted by a number format code (Word and LibreOffice show it in the document's Swedish
locale: 1 288 424, 95 %), and every text of the chart is Calibri, like the document.

``render.docx`` turns each Chart of the context into an ``InlineChart`` while it renders:
the chart part (word/charts/chartN.xml), the workbook (word/embeddings/…xlsx), their
relationships and content types, and a w:drawing in the paragraph that holds the tag.

The chart XML is written here rather than with python-pptx's chart XML writer: the charts
need a bar chart with lines over it (eget kapital against cap and floor), a Swedish
language tag, Calibri text, fixed colours and gaps for blanks, which python-pptx's writer
does not make (its result would be rewritten element by element), and python-pptx brings
Pillow and ~80 ms of imports to every build for it. What is written is the fixed subset of
ECMA-376 Part 1, 21 (DrawingML Charts) that these charts use, every element in the schema's
order; tests/test_charts.py checks that order and reads the charts back with python-docx.
Nothing heavy is imported at module level: ``finsam check`` never loads this module, and
rendering imports xlsxwriter (for the embedded data) only when a chart is drawn.
"""
from __future__ import annotations

import io
from dataclasses import field
from decimal import Decimal
from xml.sax.saxutils import escape, quoteattr

from ..records import record

C_NS = "http://schemas.openxmlformats.org/drawingml/2006/chart"
A_NS = "http://schemas.openxmlformats.org/drawingml/2006/main"
R_NS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
CHART_CT = "application/vnd.openxmlformats-officedocument.drawingml.chart+xml"
XLSX_CT = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
RT_CHART = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/chart"
RT_PACKAGE = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/package"
EMU_PER_CM = 360000
FONT = "Calibri"
LANGUAGE = "sv-SE"
SHEET = "Blad1"
TEXT_SIZE = 900      # hundredths of a point
# Colours that stay apart in grey print and for the common colour-vision deficiencies.
PALETTE = ("1F4E78", "ED7D31", "A5A5A5", "5B9BD5", "70AD47", "FFC000")
GRID = "D9D9D9"


@record
class Series:
    """One series: a name (the legend's), one figure per category (None: not reported,
    drawn as a gap), drawn as bars, or as a line over the bars (``line``)."""

    name: str
    values: tuple
    line: bool = False
    color: str = ""
    dashed: bool = False


@record
class Chart:
    """A chart of the document. ``unit`` is the unit of its figures as the table says it
    ("kr", "tkr", "st", "%": a share, 0,95 for 95 %); ``decimals`` those the table prints."""

    title: str
    categories: tuple[str, ...]
    series: tuple[Series, ...]
    unit: str
    alt: str
    decimals: int = 0
    horizontal: bool = False
    stacked: bool = False
    labels: bool = False          # the figure on each bar
    label_from: float | None = None  # no label on a bar shorter than this (a sliver of a stacked bar)
    height_cm: float = 7.0
    width_cm: float = 16.0
    maximum: float | None = None  # the value axis' end (1 for shares)
    legend: bool = True
    kind: str = field(default="diagram")

    @property
    def number_format(self) -> str:
        """The Excel number format code of the figures (stored in en-US syntax; Word and
        LibreOffice show the locale's separators)."""
        if self.unit == "%":
            return "0 %" if not self.decimals else "0." + "0" * self.decimals + " %"
        return "#,##0" + ("." + "0" * self.decimals if self.decimals else "")

    @property
    def has_figures(self) -> bool:
        return any(v is not None for s in self.series for v in s.values)


def charts_in(value) -> bool:
    """Whether a (nested) context holds a Chart."""
    if isinstance(value, Chart):
        return True
    if isinstance(value, dict):
        return any(charts_in(v) for v in value.values())
    if isinstance(value, (list, tuple)):
        return any(charts_in(v) for v in value)
    return False


def bind(tpl, value):
    """``value`` (a context) with every Chart replaced by an InlineChart of ``tpl``."""
    if isinstance(value, Chart):
        return InlineChart(tpl, value)
    if isinstance(value, dict):
        return {k: bind(tpl, v) for k, v in value.items()}
    if isinstance(value, list):
        return [bind(tpl, v) for v in value]
    if isinstance(value, tuple) and not hasattr(value, "_fields"):
        return tuple(bind(tpl, v) for v in value)
    return value


class InlineChart:
    """A chart as docxtpl inserts it: printing the tag adds the chart's parts to the
    document and returns the run holding its drawing (as docxtpl's InlineImage does)."""

    def __init__(self, tpl, chart: Chart):
        self.tpl, self.chart = tpl, chart

    def _insert(self) -> str:
        part = getattr(self.tpl, "current_rendering_part", None) or self.tpl.docx.part
        rid = add_chart_part(part, self.chart)
        return "</w:t></w:r><w:r>" + drawing_xml(self.chart, rid) + '</w:r><w:r><w:t xml:space="preserve">'

    def __html__(self):
        return self._insert()

    def __str__(self):
        return self._insert()

    def __bool__(self):
        return self.chart.has_figures


def add_chart_part(part, chart: Chart) -> str:
    """Add the chart part and its workbook to ``part``'s package; returns the relationship
    id of the chart from ``part``."""
    from docx.opc.part import Part

    package = part.package
    book = Part(package.next_partname("/word/embeddings/Microsoft_Excel_Worksheet%d.xlsx"), XLSX_CT,
                workbook_bytes(chart), package)
    chart_part = Part(package.next_partname("/word/charts/chart%d.xml"), CHART_CT, b"", package)
    book_rid = chart_part.relate_to(book, RT_PACKAGE)
    chart_part._blob = chart_xml(chart, book_rid).encode("utf-8")
    return part.relate_to(chart_part, RT_CHART)


# -- the embedded workbook ----------------------------------------------------------------

def _cell(row: int, col: int) -> str:
    letters = ""
    col += 1
    while col:
        col, rem = divmod(col - 1, 26)
        letters = chr(65 + rem) + letters
    return f"${letters}${row + 1}"


def _number(value) -> float | int:
    if isinstance(value, Decimal):
        return int(value) if value == value.to_integral_value() else float(value)
    return value


def workbook_bytes(chart: Chart) -> bytes:
    """The chart's data as the workbook Word edits: categories in column A, one column per
    series, a blank cell for a figure not reported."""
    import xlsxwriter

    buf = io.BytesIO()
    wb = xlsxwriter.Workbook(buf, {"in_memory": True})
    wb.set_properties({"created": __import__("datetime").datetime(2024, 1, 1)})
    ws = wb.add_worksheet(SHEET)
    fmt = wb.add_format({"num_format": chart.number_format})
    ws.set_column(0, 0, max([len(c) for c in chart.categories] + [10]) + 2)
    for j, s in enumerate(chart.series, start=1):
        ws.write_string(0, j, s.name)
        ws.set_column(j, j, max(len(s.name), 10) + 2)
        for i, v in enumerate(s.values, start=1):
            if v is None:
                ws.write_blank(i, j, None, fmt)
            else:
                ws.write_number(i, j, _number(v), fmt)
    for i, c in enumerate(chart.categories, start=1):
        ws.write_string(i, 0, c)
    wb.close()
    return buf.getvalue()


# -- the chart part -----------------------------------------------------------------------

def _text_props(size: int = TEXT_SIZE, bold: bool = False, rotate: bool = False, color: str = "404040") -> str:
    b = ' b="1"' if bold else ' b="0"'
    body = '<a:bodyPr rot="-5400000" vert="horz"/>' if rotate else "<a:bodyPr/>"
    return (f"<c:txPr>{body}<a:lstStyle/><a:p><a:pPr><a:defRPr sz=\"{size}\"{b}>"
            f"<a:solidFill><a:srgbClr val=\"{color}\"/></a:solidFill>"
            f"<a:latin typeface=\"{FONT}\"/><a:cs typeface=\"{FONT}\"/></a:defRPr></a:pPr>"
            f"<a:endParaRPr lang=\"{LANGUAGE}\"/></a:p></c:txPr>")


def _rich(text: str, size: int = TEXT_SIZE, rotate: bool = False) -> str:
    body = '<a:bodyPr rot="-5400000" vert="horz"/>' if rotate else "<a:bodyPr/>"
    return (f"<c:tx><c:rich>{body}<a:lstStyle/><a:p><a:pPr><a:defRPr sz=\"{size}\" b=\"0\">"
            f"<a:latin typeface=\"{FONT}\"/></a:defRPr></a:pPr><a:r><a:rPr lang=\"{LANGUAGE}\" sz=\"{size}\" "
            f"b=\"0\"><a:solidFill><a:srgbClr val=\"404040\"/></a:solidFill><a:latin typeface=\"{FONT}\"/>"
            f"<a:cs typeface=\"{FONT}\"/></a:rPr><a:t>{escape(text)}</a:t></a:r></a:p></c:rich></c:tx>")


def _str_ref(ref: str, values: list[str]) -> str:
    pts = "".join(f'<c:pt idx="{i}"><c:v>{escape(v)}</c:v></c:pt>' for i, v in enumerate(values))
    return f"<c:strRef><c:f>{ref}</c:f><c:strCache><c:ptCount val=\"{len(values)}\"/>{pts}</c:strCache></c:strRef>"


def _num_ref(ref: str, values, number_format: str) -> str:
    pts = "".join(f'<c:pt idx="{i}"><c:v>{_number(v)}</c:v></c:pt>'
                  for i, v in enumerate(values) if v is not None)  # a blank is no point: a gap
    return (f"<c:numRef><c:f>{ref}</c:f><c:numCache><c:formatCode>{escape(number_format)}</c:formatCode>"
            f"<c:ptCount val=\"{len(values)}\"/>{pts}</c:numCache></c:numRef>")


def _labels(chart: Chart, position: str, values=()) -> str:
    if not chart.labels:
        return ""
    hidden = "".join(f'<c:dLbl><c:idx val="{i}"/><c:delete val="1"/></c:dLbl>' for i, v in enumerate(values)
                     if v is not None and chart.label_from is not None and abs(v) < chart.label_from)
    return (f"<c:dLbls>{hidden}<c:numFmt formatCode={quoteattr(chart.number_format)} sourceLinked=\"0\"/>"
            f"<c:spPr><a:noFill/><a:ln><a:noFill/></a:ln></c:spPr>"
            f"{_text_props(800, color='FFFFFF' if position == 'ctr' else '404040')}"
            f"<c:dLblPos val=\"{position}\"/><c:showLegendKey val=\"0\"/><c:showVal val=\"1\"/>"
            "<c:showCatName val=\"0\"/><c:showSerName val=\"0\"/><c:showPercent val=\"0\"/>"
            "<c:showBubbleSize val=\"0\"/></c:dLbls>")


def _series(chart: Chart, s: Series, index: int, column: int) -> str:
    n = len(chart.categories)
    color = s.color or PALETTE[index % len(PALETTE)]
    head = (f"<c:idx val=\"{index}\"/><c:order val=\"{index}\"/>"
            f"<c:tx>{_str_ref(f'{SHEET}!{_cell(0, column)}', [s.name])}</c:tx>")
    cat = f"<c:cat>{_str_ref(f'{SHEET}!{_cell(1, 0)}:{_cell(n, 0)}', list(chart.categories))}</c:cat>"
    val = f"<c:val>{_num_ref(f'{SHEET}!{_cell(1, column)}:{_cell(n, column)}', s.values, chart.number_format)}</c:val>"
    if s.line:
        dash = '<a:prstDash val="dash"/>' if s.dashed else ""
        return (f"<c:ser>{head}<c:spPr><a:ln w=\"28575\" cap=\"rnd\"><a:solidFill><a:srgbClr val=\"{color}\"/>"
                f"</a:solidFill>{dash}<a:round/></a:ln></c:spPr>"
                f"<c:marker><c:symbol val=\"circle\"/><c:size val=\"5\"/><c:spPr><a:solidFill><a:srgbClr "
                f"val=\"{color}\"/></a:solidFill><a:ln><a:noFill/></a:ln></c:spPr></c:marker>"
                f"{cat}{val}<c:smooth val=\"0\"/></c:ser>")
    position = "ctr" if chart.stacked else "outEnd"
    return (f"<c:ser>{head}<c:spPr><a:solidFill><a:srgbClr val=\"{color}\"/></a:solidFill><a:ln><a:noFill/>"
            f"</a:ln></c:spPr><c:invertIfNegative val=\"0\"/>{_labels(chart, position, s.values)}{cat}{val}</c:ser>")


CAT_AX, VAL_AX = 50010, 50020


def _axes(chart: Chart) -> str:
    cat_pos, val_pos = ("l", "b") if chart.horizontal else ("b", "l")
    # Horizontal bars list the categories top to bottom in their order.
    orientation = "maxMin" if chart.horizontal else "minMax"
    line = f'<c:spPr><a:noFill/><a:ln w="9525"><a:solidFill><a:srgbClr val="{GRID}"/></a:solidFill></a:ln></c:spPr>'
    scaling = f'<c:scaling><c:orientation val="minMax"/>'
    if chart.maximum is not None:
        scaling += f'<c:max val="{chart.maximum}"/>'
    figures = [v for s in chart.series for v in s.values if v is not None]
    if figures and min(figures) >= 0:
        scaling += '<c:min val="0"/>'  # bars start at zero: their lengths compare
    scaling += "</c:scaling>"
    title = ""
    if chart.unit not in ("%", ""):
        title = f"<c:title>{_rich(chart.unit, 800, rotate=not chart.horizontal)}<c:overlay val=\"0\"/></c:title>"
    cat = (f"<c:catAx><c:axId val=\"{CAT_AX}\"/><c:scaling><c:orientation val=\"{orientation}\"/></c:scaling>"
           f"<c:delete val=\"0\"/><c:axPos val=\"{cat_pos}\"/><c:numFmt formatCode=\"General\" sourceLinked=\"0\"/>"
           "<c:majorTickMark val=\"none\"/><c:minorTickMark val=\"none\"/><c:tickLblPos val=\"low\"/>"
           f"{line}{_text_props()}<c:crossAx val=\"{VAL_AX}\"/><c:crosses val=\"autoZero\"/><c:auto val=\"1\"/>"
           "<c:lblAlgn val=\"ctr\"/><c:lblOffset val=\"100\"/><c:noMultiLvlLbl val=\"0\"/></c:catAx>")
    val = (f"<c:valAx><c:axId val=\"{VAL_AX}\"/>{scaling}<c:delete val=\"0\"/><c:axPos val=\"{val_pos}\"/>"
           f"<c:majorGridlines>{line}</c:majorGridlines>{title}"
           f"<c:numFmt formatCode={quoteattr(chart.number_format)} sourceLinked=\"0\"/>"
           "<c:majorTickMark val=\"none\"/><c:minorTickMark val=\"none\"/><c:tickLblPos val=\"nextTo\"/>"
           f"<c:spPr><a:noFill/><a:ln><a:noFill/></a:ln></c:spPr>{_text_props()}<c:crossAx val=\"{CAT_AX}\"/>"
           "<c:crosses val=\"" + ("max" if chart.horizontal else "autoZero") + "\"/>"
           "<c:crossBetween val=\"between\"/></c:valAx>")
    return cat + val


def chart_xml(chart: Chart, book_rid: str | None = None) -> str:
    """The chart part (c:chartSpace) of ``chart``; ``book_rid`` relates its embedded workbook."""
    bars = [(i, s) for i, s in enumerate(chart.series) if not s.line]
    lines = [(i, s) for i, s in enumerate(chart.series) if s.line]
    axes_ids = f"<c:axId val=\"{CAT_AX}\"/><c:axId val=\"{VAL_AX}\"/>"
    plots = ""
    if bars:
        grouping = "stacked" if chart.stacked else "clustered"
        plots += (f"<c:barChart><c:barDir val=\"{'bar' if chart.horizontal else 'col'}\"/>"
                  f"<c:grouping val=\"{grouping}\"/><c:varyColors val=\"0\"/>"
                  + "".join(_series(chart, s, i, i + 1) for i, s in bars)
                  + f"<c:gapWidth val=\"{60 if chart.horizontal else 80}\"/>"
                  + ("<c:overlap val=\"100\"/>" if chart.stacked else "<c:overlap val=\"-10\"/>")
                  + axes_ids + "</c:barChart>")
    if lines:
        plots += ("<c:lineChart><c:grouping val=\"standard\"/><c:varyColors val=\"0\"/>"
                  + "".join(_series(chart, s, i, i + 1) for i, s in lines)
                  + "<c:marker val=\"1\"/>" + axes_ids + "</c:lineChart>")
    legend = ""
    if chart.legend:
        legend = f"<c:legend><c:legendPos val=\"b\"/><c:overlay val=\"0\"/>{_text_props()}</c:legend>"
    external = (f"<c:externalData r:id=\"{book_rid}\"><c:autoUpdate val=\"0\"/></c:externalData>"
                if book_rid else "")
    return ("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
            f"<c:chartSpace xmlns:c=\"{C_NS}\" xmlns:a=\"{A_NS}\" xmlns:r=\"{R_NS}\">"
            f"<c:date1904 val=\"0\"/><c:lang val=\"{LANGUAGE}\"/><c:roundedCorners val=\"0\"/>"
            "<c:chart><c:autoTitleDeleted val=\"1\"/>"
            f"<c:plotArea><c:layout/>{plots}{_axes(chart)}"
            "<c:spPr><a:noFill/><a:ln><a:noFill/></a:ln></c:spPr></c:plotArea>"
            f"{legend}<c:plotVisOnly val=\"1\"/><c:dispBlanksAs val=\"gap\"/></c:chart>"
            "<c:spPr><a:solidFill><a:srgbClr val=\"FFFFFF\"/></a:solidFill><a:ln><a:noFill/></a:ln></c:spPr>"
            f"{_text_props()}{external}</c:chartSpace>")


def drawing_xml(chart: Chart, rid: str) -> str:
    """The w:drawing of an inline chart: its size, its name and alternative text (wp:docPr
    title and descr, what a screen reader reads and Word shows as Alternativ text)."""
    cx, cy = int(chart.width_cm * EMU_PER_CM), int(chart.height_cm * EMU_PER_CM)
    return ("<w:drawing><wp:inline distT=\"0\" distB=\"0\" distL=\"0\" distR=\"0\">"
            f"<wp:extent cx=\"{cx}\" cy=\"{cy}\"/><wp:effectExtent l=\"0\" t=\"0\" r=\"0\" b=\"0\"/>"
            f"<wp:docPr id=\"1\" name={quoteattr('Diagram: ' + chart.title)} descr={quoteattr(chart.alt)} "
            f"title={quoteattr(chart.title)}/><wp:cNvGraphicFramePr/>"
            f"<a:graphic xmlns:a=\"{A_NS}\"><a:graphicData uri=\"{C_NS}\">"
            f"<c:chart xmlns:c=\"{C_NS}\" xmlns:r=\"{R_NS}\" r:id=\"{rid}\"/>"
            "</a:graphicData></a:graphic></wp:inline></w:drawing>")

"""The docxtpl templates' building blocks: one Builder (page, styles, header, footer, cover,
table of contents), tables, and the sections several documents share. Each document's
template is built by its own module in this package; ``python -m finsam.mallar`` writes them all.

The .docx is the artefact: open it in Word to restyle headings, fonts or tables; the
Jinja tags ({{ … }}, {%p … %}, {%tr … %}) carry the figures. This script only makes
the first version reproducible. No figure is typed here: every number is a tag.

Page mechanics every template shares, so that a document can be adopted as it comes out:
- one font, Calibri, named everywhere (no theme fonts): LibreOffice lays it out with its
  metric-compatible free twin Carlito, so lines and pages break where Word breaks them;
- Swedish (sv-SE) as the language of every style, for Word's spelling and hyphenation;
- headings and the paragraphs that introduce a table keep with the next paragraph, table
  rows never split across pages, a table's header row repeats on every page;
- every table fits between the margins (``Builder.table`` refuses wider column widths);
- a header with the document's name and, in a draft, a red UTKAST line on every page; a
  footer "Sida X av Y" (PAGE and NUMPAGES fields);
- a table of contents as a Word TOC field (``Builder.toc``) that ``render.toc`` fills with
  one entry per heading at render time and ``render.pdf.paginate`` with page numbers;
- the document's own title and author as Jinja in its core properties, rendered with the
  context (``render.docx``).
"""
from __future__ import annotations

import datetime as dt

from docx import Document
from docx.enum.section import WD_ORIENT
from docx.enum.style import WD_STYLE_TYPE
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK, WD_TAB_ALIGNMENT, WD_TAB_LEADER
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt, RGBColor

BLUE = RGBColor(0x1F, 0x4E, 0x78)
RED = RGBColor(0xC0, 0x00, 0x00)
GREY = RGBColor(0x59, 0x59, 0x59)
TABLE_STYLE = "Light List Accent 1"
FONT = "Calibri"          # LibreOffice substitutes Carlito, metric-compatible (fonts-crosextra-carlito)
LANGUAGE = "sv-SE"
TEMPLATE_DATE = dt.datetime(2024, 1, 1)  # the templates' own dates (rendered documents get the build's)
TOC_LEVELS = (1, 3)       # headings 1–3 are listed; Heading 4 (insatser, noter) is not
TEXT_HEADING = TOC_LEVELS[1] + 1  # a sub-heading typed in a free text: never in the contents
TOC_PLACEHOLDER = ("Innehållsförteckningen fylls i när dokumentet skapas. Högerklicka här och välj "
                   "Uppdatera fält om sidnumren saknas.")

# The draft line of every page's header: short enough for one line in portrait A4.
DRAFT_LINE = ("UTKAST – {% if fynd|selectattr('allvarlighet', 'equalto', 'fel')|list %}innehåller fel, "
              "får inte fastställas{% else %}förslag, inte fastställt{% endif %}")


class Builder:
    def __init__(self, header: str, title: str, author: str, landscape: bool = False,
                 justering: bool = False):
        """``header`` is the running header; ``title`` and ``author`` the document's core
        properties (Jinja, rendered with the context); ``justering`` puts the minutes'
        box for the initials of ordförande and justerare into every page's footer."""
        self.header_text = header
        self.doc = Document()
        sec = self.doc.sections[0]
        if landscape:
            sec.orientation = WD_ORIENT.LANDSCAPE
            sec.page_width, sec.page_height = Cm(29.7), Cm(21)
        else:
            sec.orientation = WD_ORIENT.PORTRAIT
            sec.page_width, sec.page_height = Cm(21), Cm(29.7)
        sec.left_margin = sec.right_margin = Cm(2.2)
        sec.top_margin, sec.bottom_margin = Cm(2.0), Cm(1.8)
        sec.header_distance, sec.footer_distance = Cm(1.0), Cm(0.9)
        self.text_width = round((sec.page_width - sec.left_margin - sec.right_margin) / 360000, 2)  # cm
        self._styles()
        props = self.doc.core_properties
        props.title, props.author = title, author
        props.language = LANGUAGE
        props.last_modified_by = "finsam"
        props.created = props.modified = TEMPLATE_DATE
        props.revision = 1
        props.comments = ""
        self._header_footer(justering)

    # -- styles -------------------------------------------------------------------
    def _styles(self):
        styles = self.doc.styles
        normal = styles["Normal"]
        normal.font.name = FONT
        normal.font.size = Pt(10.5)
        normal.paragraph_format.space_after = Pt(6)
        normal.paragraph_format.widow_control = True
        for name, size in (("Title", 26), ("Heading 1", 16), ("Heading 2", 13), ("Heading 3", 11.5),
                           ("Heading 4", 11), ("Heading 5", 10.5), ("TOC Heading", 16)):
            st = styles[name]
            st.font.name = FONT
            st.font.size = Pt(size)
            st.font.color.rgb = BLUE
            st.font.italic = False
            st.paragraph_format.keep_with_next = True
            st.paragraph_format.keep_together = True
            if name.startswith("Heading") or name == "TOC Heading":
                st.paragraph_format.space_before = Pt(14 if name in ("Heading 1", "TOC Heading") else 8)
                st.paragraph_format.space_after = Pt(4)
        styles["Heading 4"].font.bold = True
        styles["Heading 5"].font.bold = True
        styles["Heading 5"].font.italic = True
        table = styles.add_style("Tabelltext", WD_STYLE_TYPE.PARAGRAPH)
        table.base_style = normal
        table.font.size = Pt(9.5)
        table.paragraph_format.space_after = Pt(0)
        table.paragraph_format.space_before = Pt(0)
        table.paragraph_format.line_spacing = 1.0
        for level, indent in ((1, 0.0), (2, 0.5), (3, 1.0)):
            st = styles.add_style(f"toc {level}", WD_STYLE_TYPE.PARAGRAPH)
            st.element.set(qn("w:styleId"), f"TOC{level}")
            st.base_style = normal
            st.paragraph_format.left_indent = Cm(indent)
            st.paragraph_format.space_after = Pt(2 if level > 1 else 3)
            st.paragraph_format.space_before = Pt(4 if level == 1 else 0)
            st.paragraph_format.tab_stops.add_tab_stop(Cm(self.text_width), WD_TAB_ALIGNMENT.RIGHT,
                                                       WD_TAB_LEADER.DOTS)
            st.font.bold = level == 1
            st.priority = 39
            st.unhide_when_used = True
        _one_font_and_language(self.doc)

    # -- text ---------------------------------------------------------------------
    def p(self, text: str = "", style: str | None = None, bold=False, italic=False, align=None,
          size=None, color=None, keep=False):
        """A paragraph; ``keep`` keeps it on the page of the next one."""
        par = self.doc.add_paragraph(style=style)
        if text:
            run = par.add_run(text)
            run.bold, run.italic = bold, italic
            if size:
                run.font.size = Pt(size)
            if color:
                run.font.color.rgb = color
        if align:
            par.alignment = align
        if keep:
            par.paragraph_format.keep_with_next = True
        return par

    def h(self, text: str, level: int = 1, new_page: bool = False):
        """A heading (levels 1–3 are in the table of contents); ``new_page`` starts a page
        (page break before: never an empty paragraph that could make an empty page)."""
        par = self.doc.add_heading(text, level)
        if new_page:
            par.paragraph_format.page_break_before = True
        return par

    def tag(self, text: str):
        """A paragraph holding only a {%p … %} tag (docxtpl removes the paragraph)."""
        return self.doc.add_paragraph(text)

    def loop_text(self, var: str, heading: int = 4, italic: bool = False, keep: bool = False):
        """Free text (``render.text.blocks``): each paragraph in the style of its kind, a
        sub-heading as Heading ``heading``, bullets as List Bullet, a numbered list as List
        Number (render.docx restarts the numbering of each list), bold and italic as runs.
        ``italic`` sets the plain paragraphs in italic; ``keep`` keeps them with the next."""
        filt = "stycke(kursiv=True)" if italic else "stycke"
        self.tag(f"{{%p for s in {var} %}}")
        self.tag("{%p if s.typ == 'rubrik' %}")
        self.p("{{r s|stycke }}", style=f"Heading {heading}")
        self.tag("{%p elif s.typ == 'punkt' %}")
        self.p(f"{{{{r s|{filt} }}}}", style="List Bullet")
        self.tag("{%p elif s.typ == 'nummer' %}")
        self.p(f"{{{{r s|{filt} }}}}", style="List Number")
        self.tag("{%p else %}")
        self.p(f"{{{{r s|{filt} }}}}", keep=keep)
        self.tag("{%p endif %}")
        self.tag("{%p endfor %}")

    def text_section(self, key: str, heading: str | None = None, level: int = 2, optional=False):
        if optional:
            self.tag(f"{{%p if texter.{key} %}}")
        if heading:
            self.h(heading, level)
        self.loop_text(f"texter.{key}", heading=max(level + 1, TEXT_HEADING))
        if optional:
            self.tag("{%p endif %}")

    def page_break(self):
        self.doc.add_paragraph().add_run().add_break(WD_BREAK.PAGE)

    # -- cover and contents ---------------------------------------------------------
    def logo(self):
        """The förbund's logo, when the context's ``logo`` holds one (render.docx makes it
        an InlineImage; ``None`` leaves the paragraph out)."""
        self.tag("{%p if logo %}")
        self.p("{{ logo }}", align=WD_ALIGN_PARAGRAPH.CENTER)
        self.tag("{%p endif %}")

    def cover_space(self, lines: int):
        for _ in range(lines):
            self.p().paragraph_format.space_after = Pt(10)

    def toc(self, heading: str = "Innehåll", new_page: bool = False):
        """A table of contents: a Word TOC field over headings 1–3 (render.toc writes one
        entry per heading; Word updates it with F9; LibreOffice before a PDF export)."""
        self.p(heading, style="TOC Heading").paragraph_format.page_break_before = new_page or None
        par = self.doc.add_paragraph(style="toc 1")
        lo, hi = TOC_LEVELS
        _field(par, f' TOC \\o "{lo}-{hi}" \\h \\z \\u ', TOC_PLACEHOLDER)
        settings = self.doc.settings.element
        if settings.find(qn("w:updateFields")) is None:
            # Word offers to update the fields on open: the page numbers, when the docx was
            # made without LibreOffice (render.pdf.paginate removes this once it filled them).
            el = OxmlElement("w:updateFields")
            el.set(qn("w:val"), "true")
            settings.append(el)
        return par

    # -- tables -------------------------------------------------------------------
    def table(self, headers: list[str] | None, widths: list[float], rows: list[tuple[str, list[str]]],
              numeric_from: int = 1, style=TABLE_STYLE, keep_together: bool = False,
              left: tuple[int, ...] = ()):
        """rows: (kind, cells) where kind is 'tag' (one tag in the first cell), 'row',
        'bold' or 'head' (a group heading). ``headers`` None: no header row. Rows never
        split across pages and the header row repeats; ``keep_together`` keeps the whole
        table on one page (small tables: signatures, the minutes' facts). Columns from
        ``numeric_from`` on are right-aligned, except those in ``left``."""
        if sum(widths) > self.text_width + 0.005:
            raise ValueError(f"tabellen är {sum(widths):.2f} cm bred, sidan har {self.text_width} cm")
        self._keep_intro()
        t = self.doc.add_table(rows=1 if headers else 0, cols=len(widths))
        t.style = self.doc.styles[style]
        t.alignment = WD_TABLE_ALIGNMENT.CENTER
        if headers:
            for i, text in enumerate(headers):
                cell = t.rows[0].cells[i]
                par = cell.paragraphs[0]
                par.style = self.doc.styles["Tabelltext"]
                run = par.add_run(text)
                run.bold = True
                if i >= numeric_from and i not in left:
                    par.alignment = WD_ALIGN_PARAGRAPH.RIGHT
                par.paragraph_format.keep_with_next = True  # never a header row alone at a page foot
            _repeat_header(t.rows[0])
        for kind, cells in rows:
            r = t.add_row()
            if kind == "tag":
                r.cells[0].text = cells[0]
                continue
            for i, text in enumerate(cells):
                par = r.cells[i].paragraphs[0]
                par.style = self.doc.styles["Tabelltext"]
                run = par.add_run(text)
                if kind in ("bold", "head"):
                    run.bold = True
                if i >= numeric_from and kind != "head" and i not in left:
                    par.alignment = WD_ALIGN_PARAGRAPH.RIGHT
                if kind == "head":
                    par.paragraph_format.keep_with_next = True  # a group heading stays with its rows
        _fix_layout(t, widths)
        for row in t.rows:
            _cant_split(row)
            for i, w in enumerate(widths):
                row.cells[i].width = Cm(w)
        if keep_together:
            # Every row with the next (a loop's row is every rendered row; the last keeps with
            # the short paragraph after the table, which costs nothing).
            for row in t.rows:
                for cell in row.cells:
                    for par in cell.paragraphs:
                        par.paragraph_format.keep_with_next = True
        self.doc.add_paragraph().paragraph_format.space_after = Pt(4)
        return t

    def _keep_intro(self):
        """Keep the paragraphs that lead into the next table (up to two, back to a heading)
        with it, so that no heading or caption is left alone at a page foot."""
        kept = 0
        for el in reversed(list(self.doc.element.body)):
            if el.tag == qn("w:sectPr"):
                continue
            if el.tag != qn("w:p"):
                return
            text = "".join(t.text or "" for t in el.iter(qn("w:t")))
            if text.startswith("{%p"):
                continue
            if not text.strip():
                return
            ppr = el.get_or_add_pPr()
            if ppr.find(qn("w:keepNext")) is None:
                ppr.insert_element_before(OxmlElement("w:keepNext"), *_PPR_AFTER_KEEPNEXT)
            style = ppr.find(qn("w:pStyle"))
            kept += 1
            if kept >= 2 or (style is not None and style.get(qn("w:val"), "").startswith("Heading")):
                return

    def signatures(self, var: str, intro: list[str], place: str):
        """A signature block that stays on one page: the intro paragraphs, place and date,
        then two signatures a row, each name and role under its own line. ``var`` is a
        list of {namn, roll}."""
        for text in intro:
            self.p(text, keep=True)
        if place:
            self.p(place, keep=True)
        line = "……………………………………………"
        cell = ("\n\n" + line + "\n{{ %s.namn }}{%% if %s.roll %%}\n{{ %s.roll }}{%% endif %%}")
        first = cell % ("par[0]", "par[0]", "par[0]")
        second = ("{% if par|length > 1 %}" + cell % ("par[1]", "par[1]", "par[1]") + "{% endif %}")
        t = self.table(None, [self.text_width / 2] * 2, [
            ("tag", [f"{{%tr for par in {var}|batch(2) %}}"]),
            ("row", [first, second]),
            ("tag", ["{%tr endfor %}"]),
        ], numeric_from=99, style="Normal Table", keep_together=True)
        for row in t.rows:  # every row with the next: the whole block on one page
            for c in row.cells:
                for par in c.paragraphs:
                    par.paragraph_format.keep_with_next = True
        return t

    # -- header and footer ----------------------------------------------------------
    def _header_footer(self, justering: bool):
        sec = self.doc.sections[0]
        header = sec.header
        hp = header.paragraphs[0]
        run = hp.add_run(self.header_text)
        run.font.size, run.font.color.rgb = Pt(8.5), GREY
        for text in ("{%p if utkast %}", DRAFT_LINE, "{%p endif %}"):
            par = header.add_paragraph()
            run = par.add_run(text)
            if text == DRAFT_LINE:
                run.bold, run.font.color.rgb, run.font.size = True, RED, Pt(10)
                par.paragraph_format.space_before = Pt(2)
        footer = sec.footer
        fp = footer.paragraphs[0]
        fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
        fp.paragraph_format.space_after = Pt(0)
        if justering:
            _justering_box(footer, self.text_width)
            fp = footer.add_paragraph()
            fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
        run = fp.add_run("Sida ")
        run.font.size = Pt(8.5)
        _field(fp, " PAGE ", "1", size=8.5)
        fp.add_run(" av ").font.size = Pt(8.5)
        _field(fp, " NUMPAGES ", "1", size=8.5)


# Elements that come after w:keepNext in w:pPr (schema order).
_PPR_AFTER_KEEPNEXT = ("w:keepLines", "w:pageBreakBefore", "w:framePr", "w:widowControl", "w:numPr",
                       "w:suppressLineNumbers", "w:pBdr", "w:shd", "w:tabs", "w:suppressAutoHyphens",
                       "w:kinsoku", "w:wordWrap", "w:overflowPunct", "w:topLinePunct", "w:autoSpaceDE",
                       "w:autoSpaceDN", "w:bidi", "w:adjustRightInd", "w:snapToGrid", "w:spacing",
                       "w:ind", "w:contextualSpacing", "w:mirrorIndents", "w:suppressOverlap", "w:jc",
                       "w:textDirection", "w:textAlignment", "w:textboxTightWrap", "w:outlineLvl",
                       "w:divId", "w:cnfStyle", "w:rPr", "w:sectPr", "w:pPrChange")

_THEME_ATTRS = ("w:asciiTheme", "w:hAnsiTheme", "w:eastAsiaTheme", "w:cstheme")


def _one_font_and_language(doc) -> None:
    """Calibri by name in the defaults and every style (theme fonts dropped: Word would
    prefer them, and this template's theme says Cambria), the theme's fonts Calibri too,
    and sv-SE as the language of the defaults and of every style."""
    root = doc.styles.element
    defaults = root.find(qn("w:docDefaults"))
    rpr = defaults.find(qn("w:rPrDefault")).find(qn("w:rPr"))
    for el in list(rpr.findall(qn("w:rFonts"))):
        rpr.remove(el)
    fonts = OxmlElement("w:rFonts")
    for key in ("w:ascii", "w:hAnsi", "w:eastAsia", "w:cs"):
        fonts.set(qn(key), FONT)
    rpr.insert(0, fonts)
    for fonts in root.iter(qn("w:rFonts")):
        themed = any(fonts.get(qn(a)) is not None for a in _THEME_ATTRS)
        for attr in _THEME_ATTRS:
            fonts.attrib.pop(qn(attr), None)
        if themed:
            for key in ("w:ascii", "w:hAnsi", "w:eastAsia", "w:cs"):
                fonts.set(qn(key), FONT)
    _set_lang(rpr)
    for style in root.iter(qn("w:style")):
        if style.get(qn("w:type")) == "numbering":
            continue
        srpr = style.find(qn("w:rPr"))
        if srpr is None:
            srpr = OxmlElement("w:rPr")
            # w:rPr comes after w:pPr (and before w:tblPr …) in a style
            anchor = style.find(qn("w:pPr"))
            if anchor is not None:
                anchor.addnext(srpr)
            else:
                following = [style.find(qn(t)) for t in ("w:tblPr", "w:trPr", "w:tcPr", "w:tblStylePr")]
                following = [el for el in following if el is not None]
                if following:
                    following[0].addprevious(srpr)
                else:
                    style.append(srpr)
        _set_lang(srpr)
    theme = next((rel.target_part for rel in doc.part.rels.values() if rel.reltype.endswith("/theme")), None)
    if theme is not None:
        import re

        xml = theme.blob.decode("utf-8")
        xml = re.sub(r'(<a:(?:major|minor)Font>\s*<a:latin typeface=")[^"]*"', rf'\g<1>{FONT}"', xml)
        theme._blob = xml.encode("utf-8")


# Elements of w:rPr that come after w:lang (schema order).
_RPR_AFTER_LANG = ("w:eastAsianLayout", "w:specVanish", "w:oMath")


def _set_lang(rpr) -> None:
    lang = rpr.find(qn("w:lang"))
    if lang is None:
        lang = OxmlElement("w:lang")
        after = [rpr.find(qn(t)) for t in _RPR_AFTER_LANG]
        after = [el for el in after if el is not None]
        if after:
            after[0].addprevious(lang)
        else:
            rpr.append(lang)
    lang.set(qn("w:val"), LANGUAGE)
    lang.set(qn("w:eastAsia"), LANGUAGE)
    lang.set(qn("w:bidi"), "ar-SA")


def _fix_layout(table, widths: list[float]) -> None:
    """Fixed column widths (LibreOffice ignores cell widths under autofit) and no bold first
    column from the table style."""
    table.autofit = False  # python-docx writes w:tblLayout fixed, in its place
    tbl_pr = table._tbl.tblPr
    width = tbl_pr.find(qn("w:tblW"))
    if width is None:
        width = OxmlElement("w:tblW")
        tbl_pr.append(width)
    width.set(qn("w:w"), str(int(sum(widths) * 567)))
    width.set(qn("w:type"), "dxa")
    look = tbl_pr.find(qn("w:tblLook"))
    if look is None:
        look = OxmlElement("w:tblLook")
        tbl_pr.append(look)
    look.set(qn("w:val"), "0420")  # header row, no banded columns, no first-column emphasis
    for key, value in (("firstRow", "1"), ("lastRow", "0"), ("firstColumn", "0"),
                       ("lastColumn", "0"), ("noHBand", "0"), ("noVBand", "1")):
        look.set(qn(f"w:{key}"), value)
    for i, col in enumerate(table.columns):
        col.width = Cm(widths[i])


def _repeat_header(row):
    tr_pr = row._tr.get_or_add_trPr()
    el = OxmlElement("w:tblHeader")
    el.set(qn("w:val"), "true")
    tr_pr.append(el)


def _cant_split(row):
    tr_pr = row._tr.get_or_add_trPr()
    if tr_pr.find(qn("w:cantSplit")) is None:
        el = OxmlElement("w:cantSplit")
        el.set(qn("w:val"), "true")
        tr_pr.insert(0, el)


def _field(paragraph, instruction: str, result: str, size: float | None = None):
    """A complex field (begin, instruction, separate, cached result, end) in ``paragraph``."""
    def run():
        r = paragraph.add_run()
        if size:
            r.font.size = Pt(size)
        return r._r

    for kind, text in (("begin", None), ("instr", instruction), ("separate", None), ("text", result),
                       ("end", None)):
        r = run()
        if kind == "instr":
            el = OxmlElement("w:instrText")
            el.set(qn("xml:space"), "preserve")
            el.text = text
        elif kind == "text":
            el = OxmlElement("w:t")
            el.set(qn("xml:space"), "preserve")
            el.text = text
        else:
            el = OxmlElement("w:fldChar")
            el.set(qn("w:fldCharType"), kind)
        r.append(el)


def _justering_box(footer, text_width: float) -> None:
    """The minutes' justering on every page: a box for the initials of the ordförande and
    one for the justerare's, right-aligned above the page number."""
    t = footer.add_table(rows=2, cols=3, width=Cm(text_width))
    widths = [text_width - 6.0, 3.0, 3.0]
    labels = ["", "Ordförandes signatur", "Justerandes signatur"]
    names = ["", "{{ m.ordforande_initialer }}", "{{ m.justerare_initialer }}"]
    for i, (label, name) in enumerate(zip(labels, names)):
        top, bottom = t.rows[0].cells[i], t.rows[1].cells[i]
        for cell, text in ((top, label), (bottom, "")):
            par = cell.paragraphs[0]
            par.paragraph_format.space_after = Pt(0)
            if text:
                run = par.add_run(text)
                run.font.size, run.font.color.rgb = Pt(7), GREY
        if name:
            run = top.paragraphs[0].add_run(f" ({name})")
            run.font.size, run.font.color.rgb = Pt(7), GREY
    _fix_layout(t, widths)
    t.alignment = WD_TABLE_ALIGNMENT.RIGHT
    for row in t.rows:
        _cant_split(row)
        for i, w in enumerate(widths):
            row.cells[i].width = Cm(w)
    t.rows[1].height = Cm(0.7)
    # Borders only around the two signature boxes, not the spacer column.
    borders = OxmlElement("w:tblBorders")
    for side in ("top", "left", "bottom", "right", "insideH", "insideV"):
        el = OxmlElement(f"w:{side}")
        el.set(qn("w:val"), "nil")
        borders.append(el)
    t._tbl.tblPr.find(qn("w:tblLayout")).addprevious(borders)  # schema order: tblBorders before tblLayout
    for row in t.rows:
        for cell in row.cells[1:]:
            tc_pr = cell._tc.get_or_add_tcPr()
            cb = OxmlElement("w:tcBorders")
            for side in ("top", "left", "bottom", "right"):
                if row is t.rows[0] and side == "bottom" or row is t.rows[1] and side == "top":
                    continue
                el = OxmlElement(f"w:{side}")
                el.set(qn("w:val"), "single")
                el.set(qn("w:sz"), "4")
                el.set(qn("w:color"), "808080")
                cb.append(el)
            tc_pr.append(cb)


SPLIT = "{{ %s.totalt|antal }}{%% if %s.visa_kon %%} ({{ %s.kvinnor|antal }}/{{ %s.man|antal }}){%% endif %%}"


def split(var: str) -> str:
    return SPLIT % (var, var, var, var)


def statement_table(b: Builder, var: str, headers: list[str], widths: list[float], years: int,
                    unit_filter: str, note_col: bool = True):
    values = [f"{{{{ r.varden[{i}]|{unit_filter} }}}}" for i in range(years)]
    lead = ["{{ r.post }}"] + (["{{ r.not }}"] if note_col else [])
    blank = [""] * (len(lead) - 1 + years)
    b.table(headers, widths, [
        ("tag", [f"{{%tr for r in {var} %}}"]),
        ("tag", ["{%tr if r.rubrik %}"]),
        ("head", ["{{ r.post }}"] + blank),
        ("tag", ["{%tr elif r.stark %}"]),
        ("bold", lead + values),
        ("tag", ["{%tr else %}"]),
        ("row", lead + values),
        ("tag", ["{%tr endif %}"]),
        ("tag", ["{%tr endfor %}"]),
    ], numeric_from=len(lead))


def followup_table(b: Builder, var: str):
    """The follow-up's table: budget, utfall to the cut-off date, prognos (in its unit)."""
    cells = [f"{{% if r.hel %}}{{{{ r.varden[{i}]|tkr_hel }}}}{{% else %}}{{{{ r.varden[{i}]|tkr }}}}{{% endif %}}"
             for i in range(3)]
    b.table([f"Belopp i {{{{ {var}.enhet }}}}", f"Budget {{{{ {var}.ar }}}}", f"Utfall per {{{{ {var}.per|datum }}}}",
             f"Prognos {{{{ {var}.ar }}}}"], [8.6, 2.6, 2.8, 2.6], [
        ("tag", [f"{{%tr for r in {var}.rader %}}"]),
        ("tag", ["{%tr if r.typ == 'rubrik' %}"]),
        ("head", ["{{ r.post }}", "", "", ""]),
        ("tag", ["{%tr elif r.typ == 'summa' %}"]),
        ("bold", ["{{ r.post }}"] + cells),
        ("tag", ["{%tr else %}"]),
        ("row", ["{{ r.post }}"] + cells),
        ("tag", ["{%tr endif %}"]),
        ("tag", ["{%tr endfor %}"]),
    ])
    e = "{{ " + var + ".enhet }}"
    b.tag(f"{{%p if {var}.eget_kapital is not none %}}")
    b.p(f"Prognos eget kapital = eget kapital vid årets början ({{{{ {var}.ek_start|tkr_hel }}}} {e} enligt "
        f"{{{{ {var}.ek_kalla }}}}) + prognostiserat resultat ({{{{ {var}.resultat|tkr }}}} {e}) = "
        f"{{{{ {var}.eget_kapital|tkr_hel }}}} {e}. Summa kostnader, resultat och eget kapital visas i hela {e}.",
        italic=True, keep=True)
    b.tag("{%p endif %}")
    b.p(f"{{% if {var}.over_tak %}}Det prognostiserade egna kapitalet överstiger taket "
        f"{{{{ {var}.tak|tkr_hel }}}} {e} ({{{{ {var}.tak_andel|pct(0) }}}} av driftsbidraget).{{% elif "
        f"{var}.under_golv %}}Det prognostiserade egna kapitalet understiger golvet {{{{ {var}.golv|tkr_hel }}}} {e}."
        f"{{% elif {var}.tak is not none %}}Det prognostiserade egna kapitalet ligger inom taket "
        f"{{{{ {var}.tak|tkr_hel }}}} {e}{{% if {var}.golv is not none %}} och golvet {{{{ {var}.golv|tkr_hel }}}} "
        f"{e}{{% endif %}}.{{% endif %}}")


def findings_section(b: Builder, new_page: bool = False):
    """A draft's findings (the only place a check's code is printed)."""
    b.tag("{%p if utkast and fynd %}")
    b.h("Kontrollresultat", 1, new_page=new_page)
    b.p("Följande uppgifter stämmer inte. Varje rad anger arbetsbok, blad och cell.")
    b.table(["Typ", "Plats", "Förväntat", "Faktiskt", "Meddelande"], [1.8, 4.0, 2.4, 2.4, 6.0], [
        ("tag", ["{%tr for x in fynd %}"]),
        ("row", ["{{ x.allvarlighet }}", "{{ x.plats }}", "{{ x.forvantat }}", "{{ x.faktiskt }}",
                 "{{ x.meddelande }} ({{ x.kod }})"]),
        ("tag", ["{%tr endfor %}"]),
    ], numeric_from=99)
    b.tag("{%p if fynd_utelamnade is defined and fynd_utelamnade %}")
    b.p("Här visas de första {{ fynd|length|antal }} fynden; ytterligare {{ fynd_utelamnade|antal }} finns i "
        "revisionsunderlaget och i finsam check.", italic=True)
    b.tag("{%p endif %}")
    b.tag("{%p endif %}")

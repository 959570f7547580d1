"""The docxtpl templates' building blocks: one Builder (page, styles, header, footer),
tables, and the sections several documents share. Each document's template is built by
its own module in this package; ``python -m finsam.mallar`` writes them all.

The .docx is the artefact: open it in Word to restyle headings, fonts or tables; the
Jinja tags ({{ … }}, {%p … %}, {%tr … %}) carry the figures. This script only makes
the first version reproducible. No figure is typed here: every number is a tag.
"""
from __future__ import annotations

from pathlib import Path

from docx import Document
from docx.enum.section import WD_ORIENT
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt, RGBColor

BLUE = RGBColor(0x1F, 0x4E, 0x78)
RED = RGBColor(0xC0, 0x00, 0x00)
TABLE_STYLE = "Light List Accent 1"


class Builder:
    def __init__(self, header: str = "{{ f.namn }} – Årsredovisning {{ f.ar }}"):
        self.header_text = header
        self.doc = Document()
        sec = self.doc.sections[0]
        sec.orientation = WD_ORIENT.PORTRAIT
        sec.page_width, sec.page_height = Cm(21), Cm(29.7)
        sec.left_margin = sec.right_margin = Cm(2.2)
        sec.top_margin, sec.bottom_margin = Cm(2.2), Cm(2)
        styles = self.doc.styles
        normal = styles["Normal"]
        normal.font.name = "Calibri"
        normal.font.size = Pt(10.5)
        normal.paragraph_format.space_after = Pt(6)
        for name, size in (("Title", 26), ("Heading 1", 16), ("Heading 2", 13), ("Heading 3", 11.5)):
            st = styles[name]
            st.font.name = "Calibri"
            st.font.size = Pt(size)
            st.font.color.rgb = BLUE
        self.doc.core_properties.title = "Årsredovisning"
        self.doc.core_properties.author = "finsam"
        self._header_footer()

    # -- text ---------------------------------------------------------------------
    def p(self, text: str = "", style: str | None = None, bold=False, italic=False, align=None,
          size=None, color=None):
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
        return par

    def h(self, text: str, level: int = 1):
        return self.doc.add_heading(text, level)

    def tag(self, text: str):
        """A paragraph holding only a {%p … %} tag (docxtpl removes the paragraph)."""
        return self.doc.add_paragraph(text)

    def loop_text(self, var: str, style: str | None = None):
        self.tag(f"{{%p for stycke in {var} %}}")
        self.p("{{ stycke }}", style=style)
        self.tag("{%p endfor %}")

    def text_section(self, key: str, heading: str | None = None, level: int = 2, optional=False):
        if optional:
            self.tag(f"{{%p if texter.{key} %}}")
        if heading:
            self.h(heading, level)
        self.loop_text(f"texter.{key}")
        if optional:
            self.tag("{%p endif %}")

    def page_break(self):
        self.doc.add_paragraph().add_run().add_break(WD_BREAK.PAGE)

    # -- tables -------------------------------------------------------------------
    def table(self, headers: list[str], widths: list[float], rows: list[tuple[str, list[str]]],
              numeric_from: int = 1, style=TABLE_STYLE):
        """rows: (kind, cells) where kind is 'tag' (one tag in the first cell), 'row',
        'bold' or 'head' (a group heading)."""
        t = self.doc.add_table(rows=1, cols=len(headers))
        t.style = self.doc.styles[style]
        t.alignment = WD_TABLE_ALIGNMENT.CENTER
        for i, text in enumerate(headers):
            cell = t.rows[0].cells[i]
            cell.text = ""
            run = cell.paragraphs[0].add_run(text)
            run.bold = True
            if i >= numeric_from:
                cell.paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.RIGHT
        _repeat_header(t.rows[0])
        for kind, cells in rows:
            r = t.add_row()
            if kind == "tag":
                r.cells[0].text = cells[0]
                continue
            for i, text in enumerate(cells):
                par = r.cells[i].paragraphs[0]
                run = par.add_run(text)
                if kind in ("bold", "head"):
                    run.bold = True
                if i >= numeric_from and kind != "head":
                    par.alignment = WD_ALIGN_PARAGRAPH.RIGHT
                par.paragraph_format.space_after = Pt(0)
        _fix_layout(t, widths)
        for row in t.rows:
            for i, w in enumerate(widths):
                row.cells[i].width = Cm(w)
        self.doc.add_paragraph()
        return t

    def _header_footer(self):
        sec = self.doc.sections[0]
        hp = sec.header.paragraphs[0]
        hp.add_run(self.header_text).font.size = Pt(8.5)
        hp.add_run("{% if utkast %}")
        r = hp.add_run("    UTKAST – ej fastställd, innehåller fel")
        r.bold, r.font.color.rgb, r.font.size = True, RED, Pt(11)
        hp.add_run("{% endif %}")
        fp = sec.footer.paragraphs[0]
        fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
        _page_field(fp)


def _fix_layout(table, widths: list[float]) -> None:
    """Fixed column widths (LibreOffice ignores cell widths under autofit) and no bold first
    column from the table style."""
    table.autofit = False
    tbl_pr = table._tbl.tblPr
    layout = OxmlElement("w:tblLayout")
    layout.set(qn("w:type"), "fixed")
    tbl_pr.append(layout)
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


def _page_field(paragraph):
    run = paragraph.add_run()
    for kind, text in (("begin", None), (None, "PAGE"), ("separate", None), (None, None), ("end", None)):
        if kind:
            el = OxmlElement("w:fldChar")
            el.set(qn("w:fldCharType"), kind)
            run._r.append(el)
        elif text:
            el = OxmlElement("w:instrText")
            el.set(qn("xml:space"), "preserve")
            el.text = text
            run._r.append(el)
        else:
            t = OxmlElement("w:t")
            t.text = "1"
            run._r.append(t)


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
             f"Prognos {{{{ {var}.ar }}}}"], [8.2, 2.6, 2.6, 2.6], [
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
        italic=True)
    b.tag("{%p endif %}")
    b.p(f"{{% if {var}.over_tak %}}Det prognostiserade egna kapitalet överstiger taket "
        f"{{{{ {var}.tak|tkr_hel }}}} {e} ({{{{ {var}.tak_andel|pct(0) }}}} av driftsbidraget).{{% elif "
        f"{var}.under_golv %}}Det prognostiserade egna kapitalet understiger golvet {{{{ {var}.golv|tkr_hel }}}} {e}."
        f"{{% elif {var}.tak is not none %}}Det prognostiserade egna kapitalet ligger inom taket "
        f"{{{{ {var}.tak|tkr_hel }}}} {e}{{% if {var}.golv is not none %}} och golvet {{{{ {var}.golv|tkr_hel }}}} "
        f"{e}{{% endif %}}.{{% endif %}}")


def findings_section(b: Builder):
    b.tag("{%p if utkast %}")
    b.h("Kontrollresultat", 1)
    b.p("Följande uppgifter stämmer inte. Varje rad anger arbetsbok, blad och cell.")
    b.table(["Typ", "Plats", "Förväntat", "Faktiskt", "Meddelande"], [1.8, 3.8, 2.3, 2.3, 6.4], [
        ("tag", ["{%tr for x in fynd %}"]),
        ("row", ["{{ x.allvarlighet }}", "{{ x.plats }}", "{{ x.forvantat }}", "{{ x.faktiskt }}",
                 "{{ x.meddelande }} ({{ x.kod }})"]),
        ("tag", ["{%tr endfor %}"]),
    ], numeric_from=99)
    b.tag("{%p endif %}")

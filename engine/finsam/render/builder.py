"""Build the docxtpl templates (arsredovisning.docx and the others) into a folder.

    python -m finsam.render.builder templates      # in the source tree (make mallar)

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


def participant_table(b: Builder):
    b.table(["Insats", "Deltagare (♀/♂)", "Volyminsats", "Till arbete (♀/♂)", "Till studier (♀/♂)"],
            [5.6, 3.2, 2.4, 3.2, 3.2], [
                ("tag", ["{%tr for r in deltagare.rader %}"]),
                ("row", ["{{ r.insats }}", split("r.deltagare"),
                         "{% if r.volym is none %}ej aktuellt{% else %}{{ r.volym|antal }}{% endif %}",
                         split("r.arbete"), split("r.studier")]),
                ("tag", ["{%tr endfor %}"]),
                ("bold", ["Totalt", split("deltagare.totalt.deltagare"),
                          "{{ deltagare.totalt.volym|antal }}", split("deltagare.totalt.arbete"),
                          split("deltagare.totalt.studier")]),
            ])
    b.tag("{%p if deltagare.okant_kon %}")
    b.p("I totalen ingår {{ deltagare.okant_kon|antal }} deltagare utan uppgift om kön.", italic=True)
    b.tag("{%p endif %}")
    b.tag("{%p if deltagare.undertryckt %}")
    b.p("Uppdelning på kön visas bara när både kvinnor och män är minst tio, enligt NNS "
        "regel för redovisning; annars visas endast totalen.", italic=True)
    b.tag("{%p endif %}")
    b.p("Volyminsats räknar varje tillfälle med kortare konsultativt stöd. Deltagartalen är antal per "
        "insats och inte unika individer.", italic=True)


def goal_block(b: Builder, var: str):
    b.tag(f"{{%p for m in {var} %}}")
    b.p("{{ m.mal }}", style="List Bullet", bold=True)
    b.tag("{%p if m.berakning %}")
    b.p("Utfall: {{ m.utfall|antal }}{% if m.visa_kon %} ({{ m.kvinnor|antal }} kvinnor och "
        "{{ m.man|antal }} män){% endif %}{% if m.jamforelse == 'Fler än föregående år' and "
        "m.utfall_fg is not none %}, jämfört med {{ m.utfall_fg|antal }} föregående år{% elif "
        "m.malvarde is not none %}, målvärde {{ m.malvarde|antal }}{% endif %}.")
    b.tag("{%p endif %}")
    b.tag("{%p for k in m.kommentar %}")
    b.p("{{ k }}")
    b.tag("{%p endfor %}")
    b.p("{{ m.slutsats }}", italic=True)
    b.tag("{%p endfor %}")


def insats_block(b: Builder, var: str):
    b.tag(f"{{%p for i in {var} %}}")
    b.p("{{ i.namn }}", style="Heading 3")
    b.tag("{%p for stycke in i.beskrivning %}")
    b.p("{{ stycke }}")
    b.tag("{%p endfor %}")
    b.p("{% if i.agare %}Insatsägare: {{ i.agare }}. {% endif %}{% if i.budget is not none %}Budget "
        "{{ i.budget|kr }} kr, {% endif %}utfall {{ i.utfall|kr }} kr.", italic=True)
    b.tag("{%p if i.mal %}")
    b.table(["Insatsens mål", "Uppnått", "Utfall och resultat"], [6.3, 2.2, 7.6], [
        ("tag", ["{%tr for g in i.mal %}"]),
        ("row", ["{{ g.mal }}", "{{ g.uppnatt }}", "{{ g.resultat }}"]),
        ("tag", ["{%tr endfor %}"]),
    ], numeric_from=99)
    b.tag("{%p endif %}")
    b.tag("{%p endfor %}")


def build_annual_report() -> Document:
    b = Builder()
    # Title page
    for _ in range(6):
        b.p()
    b.p("Årsredovisning {{ f.ar }}", style="Title", align=WD_ALIGN_PARAGRAPH.CENTER)
    b.p("{{ f.namn }}", size=16, align=WD_ALIGN_PARAGRAPH.CENTER, color=BLUE)
    b.tag("{%p if f.organisationsnummer %}")
    b.p("Organisationsnummer {{ f.organisationsnummer }}", align=WD_ALIGN_PARAGRAPH.CENTER)
    b.tag("{%p endif %}")
    b.tag("{%p if f.beslutsdatum and not utkast %}")
    b.p("Beslutad av styrelsen {{ f.beslutsdatum|datum }}", align=WD_ALIGN_PARAGRAPH.CENTER)
    b.tag("{%p endif %}")
    b.tag("{%p if utkast %}")
    b.p("UTKAST", size=28, bold=True, color=RED, align=WD_ALIGN_PARAGRAPH.CENTER)
    b.p("Kontrollen hittade {{ antal_fel }} fel och {{ antal_avvikelser }} avvikelser bland "
        "{{ antal_kontroller }} kontroller. Dokumentet får inte fastställas förrän felen är rättade.",
        align=WD_ALIGN_PARAGRAPH.CENTER)
    b.tag("{%p endif %}")
    b.page_break()

    # Findings in a draft
    b.tag("{%p if utkast %}")
    b.h("Kontrollresultat", 1)
    b.p("Följande uppgifter stämmer inte. Varje rad anger arbetsbok, blad och cell.")
    b.table(["Allvarlighet", "Plats", "Förväntat", "Faktiskt", "Meddelande"],
            [2.0, 4.0, 2.4, 2.4, 6.0], [
                ("tag", ["{%tr for x in fynd %}"]),
                ("row", ["{{ x.allvarlighet }}", "{{ x.plats }}", "{{ x.forvantat }}", "{{ x.faktiskt }}",
                         "{{ x.meddelande }} ({{ x.kod }})"]),
                ("tag", ["{%tr endfor %}"]),
            ], numeric_from=99)
    b.page_break()
    b.tag("{%p endif %}")

    # Ordförande har ordet
    b.h("Ordförande har ordet", 1)
    b.loop_text("texter.ordforande_har_ordet")
    b.p("{{ f.ort }}{% if f.beslutsdatum %} {{ f.beslutsdatum|datum }}{% endif %}")
    b.p("{{ styrelse.ordforande }}", italic=True)
    b.p("Ordförande")

    # Contents
    b.h("Innehåll", 1)
    for line in ("1 Förvaltningsberättelse", "    1.1 Översikt över verksamhetens utveckling",
                 "    1.2 Viktiga förhållanden för resultat och ekonomisk ställning",
                 "    1.3 Händelser av väsentlig betydelse", "    1.4 Styrning och uppföljning av verksamheten",
                 "    1.5 God ekonomisk hushållning, måluppfyllelse och ekonomisk ställning",
                 "    1.6 Väsentliga personalförhållanden", "    1.7 Förväntad utveckling",
                 "2 Resultaträkning", "    2.1 Detaljerad budgetuppföljning", "3 Balansräkning",
                 "4 Kassaflödesanalys", "5 Driftredovisning", "6 Noter", "7 Styrelsens underskrifter"):
        b.p(line).paragraph_format.space_after = Pt(1)
    b.page_break()

    # 1 Förvaltningsberättelse
    b.h("1 Förvaltningsberättelse", 1)
    b.p("Förvaltningsberättelsen avser perioden 1 januari–31 december {{ f.ar }} och följer lagen "
        "(2018:597) om kommunal bokföring och redovisning i tillämpliga delar, med den struktur som "
        "RKR:s rekommendation R15 anger, anpassad till samordningsförbundens verksamhet.")
    b.h("Sammanfattning av verksamhetsåret {{ f.ar }}", 2)
    b.p("Förbundet fick {{ sammanfattning.driftsbidrag|kr }} kr i driftsbidrag från medlemmarna under "
        "{{ f.ar }}, {% if sammanfattning.riktning %}en {{ sammanfattning.riktning }} med "
        "{{ sammanfattning.forandring|kr }} kr jämfört med föregående år{% else %}lika mycket som "
        "föregående år{% endif %}. Tillsammans med det egna kapitalet vid årets början förfogade "
        "förbundet över {{ sammanfattning.forfogar|kr }} kr.")
    b.p("Insatserna kostade {{ sammanfattning.insatser|kr }} kr. Av dem gick "
        "{{ sammanfattning.individ|kr }} kr till individinriktade insatser, "
        "{{ sammanfattning.individ_andel_drift|pct }} av driftsbidraget, och "
        "{{ sammanfattning.struktur|kr }} kr till strukturövergripande insatser, "
        "{{ sammanfattning.struktur_andel_drift|pct }} av driftsbidraget.")
    b.p("Årets resultat blev {% if sammanfattning.overskott %}ett överskott{% else %}ett underskott"
        "{% endif %} på {{ sammanfattning.resultat|kr }} kr, och det egna kapitalet vid årets slut är "
        "{{ sammanfattning.eget_kapital|kr }} kr.")
    b.p("{{ deltagare.totalt.deltagare.totalt|antal }} deltagare{% if deltagare.totalt.deltagare.visa_kon %}"
        " ({{ deltagare.totalt.deltagare.kvinnor|antal }} kvinnor och {{ deltagare.totalt.deltagare.man|antal }}"
        " män){% endif %} tog del av de individinriktade insatserna, och "
        "{{ deltagare.till_arbete_studier|antal }}{% if deltagare.visa_kon_avslut %} "
        "({{ deltagare.till_arbete_studier_kvinnor|antal }} kvinnor och "
        "{{ deltagare.till_arbete_studier_man|antal }} män){% endif %} avslutades till arbete eller studier.")
    b.loop_text("texter.sammanfattning")
    b.p("Tabell 1. Deltagare och utfall i de individinriktade insatserna {{ f.ar }}", italic=True)
    participant_table(b)
    b.text_section("organisation", "Organisation", 3)
    b.text_section("uppdrag", "Uppdrag", 3)
    b.h("Finansiering", 3)
    b.p("Förbundet finansieras av medlemmarna: staten genom Försäkringskassan och Arbetsförmedlingen "
        "med hälften, regionen med en fjärdedel och kommunerna med en fjärdedel (lag 2003:1210).")
    b.table(["Medlem", "Andel", "Driftsbidrag {{ f.ar }}, kr"], [9.0, 2.5, 4.5], [
        ("tag", ["{%tr for m in medlemmar %}"]),
        ("row", ["{{ m.namn }}", "{{ m.andel|pct(0) }}", "{{ m.belopp|kr }}"]),
        ("tag", ["{%tr endfor %}"]),
        ("bold", ["Summa", "", "{{ sammanfattning.driftsbidrag|kr }}"]),
    ])
    b.loop_text("texter.finansiering")
    b.text_section("vision", "Verksamhetsidé och vision", 3)

    b.h("1.1 Översikt över verksamhetens utveckling", 2)
    b.table(["Belopp i kr", "{{ femar.ar[0] }}", "{{ femar.ar[1] }}", "{{ femar.ar[2] }}",
             "{{ femar.ar[3] }}", "{{ femar.ar[4] }}"], [4.6, 2.3, 2.3, 2.3, 2.3, 2.3], [
        ("tag", ["{%tr for r in femar.rader %}"]),
        ("row", ["{{ r.post }}"] + [
            f"{{% if r.typ == 'pct' %}}{{{{ r.varden[{i}]|pct(0) }}}}{{% elif r.typ == 'antal' %}}"
            f"{{{{ r.varden[{i}]|antal }}}}{{% else %}}{{{{ r.varden[{i}]|kr }}}}{{% endif %}}"
            for i in range(5)]),
        ("tag", ["{%tr endfor %}"]),
    ])
    b.p("Intäkter och kostnader inklusive finansiella poster. Soliditet = eget kapital / summa "
        "tillgångar.", italic=True)
    b.loop_text("texter.oversikt")
    b.text_section("viktiga_forhallanden", "1.2 Viktiga förhållanden för resultat och ekonomisk ställning")
    b.text_section("handelser", "1.3 Händelser av väsentlig betydelse")
    b.h("1.4 Styrning och uppföljning av verksamheten", 2)
    b.loop_text("texter.styrning")
    b.p("Styrelsen har under året haft {{ sammantraden.antal|antal }} protokollförda sammanträden"
        "{% if sammantraden.lista %}: {{ sammantraden.lista }}{% endif %}.")
    b.p("Ordinarie ledamöter", bold=True)
    b.table(["Namn", "Roll", "Organisation", "Period"], [4.5, 3.5, 5.0, 3.0], [
        ("tag", ["{%tr for m in styrelse.ordinarie %}"]),
        ("row", ["{{ m.namn }}", "{{ m.roll }}", "{{ m.organisation }}", "{{ m.period }}"]),
        ("tag", ["{%tr endfor %}"]),
    ], numeric_from=99)
    b.tag("{%p if styrelse.ersattare %}")
    b.p("Ersättare", bold=True)
    b.table(["Namn", "Organisation", "Period"], [4.5, 8.5, 3.0], [
        ("tag", ["{%tr for m in styrelse.ersattare %}"]),
        ("row", ["{{ m.namn }}", "{{ m.organisation }}", "{{ m.period }}"]),
        ("tag", ["{%tr endfor %}"]),
    ], numeric_from=99)
    b.tag("{%p endif %}")

    b.h("1.5 God ekonomisk hushållning, måluppfyllelse och ekonomisk ställning", 2)
    b.h("1.5.1 Resultat från de individinriktade insatserna", 3)
    participant_table(b)
    b.text_section("inriktning", "1.5.2 Inriktning", 3, optional=True)
    b.h("1.5.3 Verksamhetens mål {{ f.ar }}", 3)
    goal_block(b, "verksamhetsmal")
    b.h("1.5.4 Mål för ekonomi och god ekonomisk hushållning {{ f.ar }}", 3)
    b.p("Förbundets eget kapital ska vara högst {{ ek_mal.tak|pct(0) }} av årets tilldelade medel"
        "{% if ek_mal.golv %} och lägst {{ ek_mal.golv|kr }} kr{% endif %}.", style="List Bullet", bold=True)
    b.p("Utfall: eget kapital vid årets slut är {{ ek_mal.eget_kapital|kr }} kr, vilket motsvarar "
        "{{ ek_mal.andel|pct }} av årets tilldelade medel ({{ ek_mal.driftsbidrag|kr }} kr). Taket är "
        "{{ ek_mal.tak_kr|kr }} kr.")
    b.p("{% if ek_mal.uppnatt %}Målet är uppnått.{% elif ek_mal.over_tak %}Målet är ej uppnått: eget "
        "kapital överstiger taket.{% else %}Målet är ej uppnått: eget kapital understiger golvet."
        "{% endif %}", italic=True)
    b.p("Minst {{ individ_mal.mal|pct(0) }} av förbundets {{ individ_mal.namnare_text }} ska gå till "
        "individinriktade insatser.", style="List Bullet", bold=True)
    b.p("Utfall: {{ individ_mal.utfall|kr }} kr gick till individinriktade insatser, vilket motsvarar "
        "{{ individ_mal.andel|pct }} av {{ individ_mal.namnare_text }} ({{ individ_mal.namnare|kr }} kr).")
    b.p("{% if individ_mal.uppnatt %}Målet är uppnått.{% else %}Målet är ej uppnått.{% endif %}", italic=True)
    goal_block(b, "finansiella_mal")
    b.text_section("malgrupper", "1.5.5 Målgrupper", 3)
    b.h("1.5.6 Uppföljning och resultat för individinriktade insatser", 3)
    insats_block(b, "insatser_individ")
    b.h("1.5.7 Uppföljning och resultat för strukturövergripande insatser", 3)
    insats_block(b, "insatser_struktur")
    b.text_section("bedomning", "Styrelsens sammanfattande bedömning", 3, optional=True)
    b.h("1.5.8 Balanskravsresultat", 3)
    statement_table(b, "bkr.rader", ["Belopp i tkr", "{{ bkr.ar[0] }}", "{{ bkr.ar[1] }}", "{{ bkr.ar[2] }}"],
                    [10.0, 2.2, 2.2, 2.2], 3, "tkr", note_col=False)
    b.p("Balanskravsresultatet är {% if bkr.resultat < 0 %}negativt och ska återställas inom tre år"
        "{% else %}inte negativt; balanskravet är uppfyllt{% endif %}.")
    b.text_section("personal", "1.6 Väsentliga personalförhållanden")
    b.p("Antal anställda vid årets slut: {{ f.anstallda|antal }}.")
    b.text_section("forvantad_utveckling", "1.7 Förväntad utveckling")
    b.page_break()

    # 2 Resultaträkning
    b.h("2 Resultaträkning", 1)
    b.p("Räkenskapsåret {{ f.ar }}-01-01–{{ f.ar }}-12-31. Belopp i kronor.")
    statement_table(b, "rr", ["Belopp i kr", "Not", "{{ f.ar }}", "{{ f.ar_fg }}"], [9.0, 1.2, 3.0, 3.0], 2, "kr")
    b.h("2.1 Detaljerad budgetuppföljning {{ f.ar }}", 2)
    b.p("Belopp i tusental kronor (tkr). Differens = budget − utfall på varje rad; ett positivt tal "
        "betyder lägre kostnad eller högre intäkt än budgeterat för kostnadsrader respektive det "
        "omvända för intäktsrader.", italic=True)
    tkr_cells = ["{{ r.budget|tkr }}", "{{ r.utfall|tkr }}", "{{ r.differens|tkr }}", "{{ r.utfall_fg|tkr }}"]
    b.table(["Belopp i tkr", "Budget {{ f.ar }}", "Utfall {{ f.ar }}", "Differens", "Utfall {{ f.ar_fg }}"],
            [6.8, 2.4, 2.4, 2.4, 2.4], [
                ("tag", ["{%tr for r in budget %}"]),
                ("tag", ["{%tr if r.typ == 'rubrik' %}"]),
                ("head", ["{{ r.post }}", "", "", "", ""]),
                ("tag", ["{%tr elif r.typ == 'summa' %}"]),
                ("bold", ["{{ r.post }}"] + tkr_cells),
                ("tag", ["{%tr else %}"]),
                ("row", ["{% if r.indrag %}    {% endif %}{{ r.post }}"] + tkr_cells),
                ("tag", ["{%tr endif %}"]),
                ("tag", ["{%tr endfor %}"]),
            ])
    b.page_break()

    # 3 Balansräkning
    b.h("3 Balansräkning", 1)
    b.p("Belopp i kronor per den 31 december.")
    statement_table(b, "br", ["Belopp i kr", "Not", "{{ f.ar }}-12-31", "{{ f.ar_fg }}-12-31"],
                    [9.0, 1.2, 3.0, 3.0], 2, "kr")
    b.p("Soliditet (eget kapital / summa tillgångar): {{ soliditet|pct(0) }}.")
    b.text_section("ansvarsforbindelser", "Ansvarsförbindelser", 3, optional=True)

    # 4 Kassaflödesanalys
    b.h("4 Kassaflödesanalys", 1)
    statement_table(b, "kf", ["Belopp i tkr", "{{ f.ar }}", "{{ f.ar_fg }}"], [10.0, 3.0, 3.0], 2, "tkr",
                    note_col=False)

    # 5 Driftredovisning
    b.h("5 Driftredovisning", 1)
    b.p("Belopp i tkr. Avvikelsen är räknad så att ett positivt tal är bättre än budget.", italic=True)
    b.table(["Belopp i tkr", "Utfall {{ f.ar }}", "Budget {{ f.ar }}", "Avvikelse", "Utfall {{ f.ar_fg }}"],
            [6.8, 2.4, 2.4, 2.4, 2.4], [
                ("tag", ["{%tr for r in drift %}"]),
                ("row", ["{{ r.post }}", "{{ r.utfall|tkr }}", "{{ r.budget|tkr }}", "{{ r.avvikelse|tkr }}",
                         "{{ r.utfall_fg|tkr }}"]),
                ("tag", ["{%tr endfor %}"]),
            ])
    b.page_break()

    # 6 Noter
    b.h("6 Noter", 1)
    b.tag("{%p for n in noter %}")
    b.p("Not {{ n.nr }}. {{ n.rubrik }}", style="Heading 3")
    b.tag("{%p for stycke in n.text %}")
    b.p("{{ stycke }}")
    b.tag("{%p endfor %}")
    b.tag("{%p if n.rader %}")
    b.table(["Belopp i kr", "{{ f.ar }}", "{{ f.ar_fg }}"], [10.0, 3.0, 3.0], [
        ("tag", ["{%tr for r in n.rader %}"]),
        ("row", ["{{ r.post }}", "{{ r.varden[0]|kr }}", "{{ r.varden[1]|kr }}"]),
        ("tag", ["{%tr endfor %}"]),
        ("bold", ["Summa", "{{ n.summa[0]|kr }}", "{{ n.summa[1]|kr }}"]),
    ])
    b.tag("{%p endif %}")
    b.tag("{%p endfor %}")

    # 7 Underskrifter
    b.h("7 Styrelsens underskrifter", 1)
    b.p("Styrelsen intygar att årsredovisningen ger en rättvisande bild av förbundets resultat, "
        "ekonomiska ställning och verksamhet under {{ f.ar }}.")
    b.p("{{ f.ort }} den ……………………")
    b.table(["Namnteckning", "Namnförtydligande och roll"], [8.0, 8.0], [
        ("tag", ["{%tr for u in styrelse.undertecknare %}"]),
        ("row", ["\n\n……………………………………", "\n\n{{ u.namn }}, {{ u.roll|lower }}"]),
        ("tag", ["{%tr endfor %}"]),
    ], numeric_from=99, style="Table Grid")
    return b.doc


def followup_table(b: Builder, var: str):
    """The follow-up's table: budget, utfall to the cut-off date, prognos (tkr)."""
    cells = [f"{{% if r.hel %}}{{{{ r.varden[{i}]|tkr_hel }}}}{{% else %}}{{{{ r.varden[{i}]|tkr }}}}{{% endif %}}"
             for i in range(3)]
    b.table(["Belopp i tkr", f"Budget {{{{ {var}.ar }}}}", f"Utfall per {{{{ {var}.per|datum }}}}",
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
    b.p(f"Prognos eget kapital = eget kapital vid årets början ({{{{ {var}.ek_start|tkr_hel }}}} tkr enligt "
        f"{{{{ {var}.ek_kalla }}}}) + prognostiserat resultat ({{{{ {var}.resultat|tkr }}}} tkr) = "
        f"{{{{ {var}.eget_kapital|tkr_hel }}}} tkr. Summa kostnader, resultat och eget kapital visas i hela tkr.",
        italic=True)
    b.p(f"{{% if {var}.over_tak %}}Det prognostiserade egna kapitalet överstiger taket "
        f"{{{{ {var}.tak|tkr_hel }}}} tkr ({{{{ {var}.tak_andel|pct(0) }}}} av driftsbidraget).{{% elif "
        f"{var}.under_golv %}}Det prognostiserade egna kapitalet understiger golvet {{{{ {var}.golv|tkr_hel }}}} tkr."
        f"{{% elif {var}.tak is not none %}}Det prognostiserade egna kapitalet ligger inom taket "
        f"{{{{ {var}.tak|tkr_hel }}}} tkr och golvet {{{{ {var}.golv|tkr_hel }}}} tkr.{{% endif %}}")


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


def build_followup() -> Document:
    b = Builder("{{ u.forbund }} – Budgetuppföljning per {{ u.per|datum }}")
    b.p("Budgetuppföljning per {{ u.per|datum }}", style="Title")
    b.p("{{ u.forbund }}", size=14, color=BLUE)
    findings_section(b)
    followup_table(b, "u")
    return b.doc


def build_minutes() -> Document:
    b = Builder("{{ m.forbund }} – Sammanträdesprotokoll {{ m.datum|datum }}")
    b.p("SAMMANTRÄDESPROTOKOLL", style="Title")
    b.p("{{ m.forbund }}, styrelsen", size=14, color=BLUE)
    findings_section(b)
    b.table(["Sammanträdesdatum", "Plats och tid"], [5.0, 11.0], [
        ("row", ["{{ m.datum|datum }}", "{{ m.plats }}{% if m.tid %}, {{ m.tid }}{% endif %}"]),
    ], numeric_from=99)
    b.p("Beslutande ledamöter", bold=True)
    b.table(["Namn", "Organisation", "Roll"], [5.0, 6.0, 5.0], [
        ("tag", ["{%tr for a in m.ordinarie %}"]),
        ("row", ["{{ a.namn }}", "{{ a.organisation }}", "{{ a.roll }}"]),
        ("tag", ["{%tr endfor %}"]),
    ], numeric_from=99)
    b.tag("{%p if m.ersattare %}")
    b.p("Närvarande ersättare", bold=True)
    b.table(["Namn", "Organisation", "Tjänstgör"], [5.0, 6.0, 5.0], [
        ("tag", ["{%tr for a in m.ersattare %}"]),
        ("row", ["{{ a.namn }}", "{{ a.organisation }}",
                 "{% if a.tjanstgor %}Ja{% if a.ersatter %}, för {{ a.ersatter }}{% endif %}{% else %}Nej{% endif %}"]),
        ("tag", ["{%tr endfor %}"]),
    ], numeric_from=99)
    b.tag("{%p endif %}")
    b.tag("{%p if m.ovriga %}")
    b.p("Övriga närvarande", bold=True)
    b.table(["Namn", "Roll", "Organisation"], [5.0, 6.0, 5.0], [
        ("tag", ["{%tr for a in m.ovriga %}"]),
        ("row", ["{{ a.namn }}", "{{ a.roll }}{% if a.paragrafer %} ({{ a.paragrafer }}){% endif %}",
                 "{{ a.organisation }}"]),
        ("tag", ["{%tr endfor %}"]),
    ], numeric_from=99)
    b.tag("{%p endif %}")
    b.p("Protokollet omfattar § {{ m.forsta }}–{{ m.sista }}", bold=True)
    b.table(["Underskrifter", ""], [5.0, 11.0], [
        ("row", ["Sekreterare", "\n\n……………………………………  {{ m.sekreterare }}"]),
        ("row", ["Ordförande", "\n\n……………………………………  {{ m.ordforande }}"]),
        ("tag", ["{%tr for j in m.justerare %}"]),
        ("row", ["Justerare", "\n\n……………………………………  {{ j }}"]),
        ("tag", ["{%tr endfor %}"]),
    ], numeric_from=99, style="Table Grid")
    b.h("Bevis om anslag", 2)
    b.p("Protokollet är justerat. Justeringen har tillkännagivits genom anslag.")
    b.table(["Organ", "Styrelsen för {{ m.forbund }}"], [7.0, 9.0], [
        ("row", ["Sammanträdesdatum", "{{ m.datum|datum }}"]),
        ("row", ["Justeringsdatum", "{{ m.justeringsdatum|datum }}"]),
        ("row", ["Anslagsdatum", "{{ m.anslagsdatum|datum }}"]),
        ("row", ["Anslaget tas ned tidigast", "{{ m.nedtagning|datum }}"]),
        ("row", ["Förvaringsplats för protokollet", "{{ m.forvaring }}"]),
    ], numeric_from=99, style="Table Grid")
    b.page_break()
    b.tag("{%p for p in m.paragrafer %}")
    b.p("§ {{ p.nr }} {{ p.rubrik }}", style="Heading 2")
    b.tag("{%p if p.bilaga %}")
    b.p("(Bilaga {{ p.bilaga }})", italic=True)
    b.tag("{%p endif %}")
    b.tag("{%p for stycke in p.text %}")
    b.p("{{ stycke }}")
    b.tag("{%p endfor %}")
    b.tag("{%p if p.beslut %}")
    b.p("Styrelsen beslutade", bold=True)
    b.tag("{%p for rad in p.beslut %}")
    b.p("{{ rad }}")
    b.tag("{%p endfor %}")
    b.tag("{%p endif %}")
    b.tag("{%p endfor %}")
    b.tag("{%p for u in bilagor %}")
    b.page_break()
    b.h("Bilaga {{ u.bilaga_nr }}: Budgetuppföljning per {{ u.per|datum }}", 1)
    followup_table(b, "u")
    b.tag("{%p endfor %}")
    return b.doc


def build_rollup() -> Document:
    b = Builder("Sammanställning av samordningsförbund – {{ datum|datum }}")
    sec = b.doc.sections[0]
    sec.orientation = WD_ORIENT.LANDSCAPE
    sec.page_width, sec.page_height = Cm(29.7), Cm(21)
    b.p("Sammanställning av {{ summa.antal|antal }} samordningsförbund", style="Title")
    b.p("Nyckeltal ur förbundens arbetsböcker, kontrollerade av finsam {{ datum|datum }}. Belopp i kronor.")
    cells = ["{{ r.namn }} ({{ r.ar }})", "{{ r.driftsbidrag|kr }}", "{{ r.resultat|kr }}",
             "{{ r.eget_kapital|kr }}", "{{ r.ek_andel|pct }} av {{ r.ek_tak|pct(0) }}{% if not r.ek_inom %} *{% endif %}",
             "{{ r.individ_andel|pct }} av {{ r.individ_mal|pct(0) }}{% if not r.individ_uppnatt %} *{% endif %}",
             "{{ r.deltagare|antal }}{% if r.visa_kon %} ({{ r.deltagare_kvinnor|antal }}/{{ r.deltagare_man|antal }}){% endif %}",
             "{{ r.arbete_studier|antal }}{% if r.visa_kon_utfall %} ({{ r.arbete_studier_kvinnor|antal }}/"
             "{{ r.arbete_studier_man|antal }}){% endif %}", "{{ r.fel|antal }} / {{ r.avvikelser|antal }}"]
    b.table(["Förbund", "Driftsbidrag", "Årets resultat", "Eget kapital", "Eget kapital / tak",
             "Individinriktat / mål", "Deltagare (♀/♂)", "Till arbete/studier (♀/♂)", "Fel / avvikelser"],
            [4.5, 2.8, 2.8, 2.7, 2.6, 2.6, 3.2, 2.8, 1.4], [
                ("tag", ["{%tr for r in forbund %}"]),
                ("row", cells),
                ("tag", ["{%tr endfor %}"]),
                ("bold", ["Summa", "{{ summa.driftsbidrag|kr }}", "{{ summa.resultat|kr }}",
                          "{{ summa.eget_kapital|kr }}", "{{ summa.ek_andel|pct }}", "{{ summa.individ_andel|pct }}",
                          "{{ summa.deltagare|antal }}{% if summa.visa_kon %} ({{ summa.deltagare_kvinnor|antal }}/"
                          "{{ summa.deltagare_man|antal }}){% endif %}",
                          "{{ summa.arbete_studier|antal }}{% if summa.visa_kon_utfall %} ("
                          "{{ summa.arbete_studier_kvinnor|antal }}/{{ summa.arbete_studier_man|antal }}){% endif %}",
                          "{{ summa.fel|antal }} / {{ summa.avvikelser|antal }}"]),
            ])
    b.p("* målet är inte uppnått. Andelarna i summaraden är räknade på summan av driftsbidragen. "
        "Uppdelning på kön visas när både kvinnor och män är minst tio.", italic=True)
    b.tag("{%p if misslyckade %}")
    b.h("Mappar som inte kunde läsas", 2)
    b.table(["Mapp", "Fel"], [8.0, 18.0], [
        ("tag", ["{%tr for m in misslyckade %}"]),
        ("row", ["{{ m.mapp }}", "{{ m.fel_vid_lasning }}"]),
        ("tag", ["{%tr endfor %}"]),
    ], numeric_from=99)
    b.tag("{%p endif %}")
    return b.doc


def plan_table(b: Builder, var: str, years: int = 3, first_header: str = "Belopp i tkr"):
    cells = [f"{{{{ r.varden[{i}]|tkr }}}}" for i in range(years)]
    headers = [first_header] + [f"{{{{ vp.ar[{i}] }}}}" for i in range(years)]
    b.table(headers, [10.0] + [2.2] * years, [
        ("tag", [f"{{%tr for r in {var} %}}"]),
        ("tag", ["{%tr if r.typ == 'rubrik' %}"]),
        ("head", ["{{ r.post }}"] + [""] * years),
        ("tag", ["{%tr elif r.typ == 'summa' %}"]),
        ("bold", ["{{ r.post }}"] + cells),
        ("tag", ["{%tr else %}"]),
        ("row", ["{{ r.post }}{% if r.insatstyp %} ({{ r.insatstyp|lower }}){% endif %}"] + cells),
        ("tag", ["{%tr endif %}"]),
        ("tag", ["{%tr endfor %}"]),
    ])


def build_plan() -> Document:
    b = Builder("{{ vp.forbund }} – Verksamhetsplan {{ vp.ar[0] }}")
    for _ in range(5):
        b.p()
    b.p("Verksamhetsplan och budget {{ vp.ar[0] }}", style="Title", align=WD_ALIGN_PARAGRAPH.CENTER)
    b.p("med plan för {{ vp.ar[1] }}–{{ vp.ar[2] }}", size=16, align=WD_ALIGN_PARAGRAPH.CENTER, color=BLUE)
    b.p("{{ vp.forbund }}", size=14, align=WD_ALIGN_PARAGRAPH.CENTER)
    b.tag("{%p if vp.beslutsdatum %}")
    b.p("Beslutad av styrelsen {{ vp.beslutsdatum|datum }}", align=WD_ALIGN_PARAGRAPH.CENTER)
    b.tag("{%p endif %}")
    b.page_break()
    findings_section(b)
    b.tag("{%p for t in vp.texter %}")
    b.p("{{ t.rubrik }}", style="Heading 2")
    b.tag("{%p for stycke in t.stycken %}")
    b.p("{{ stycke }}")
    b.tag("{%p endfor %}")
    b.tag("{%p endfor %}")
    b.tag("{%p if vp.mal %}")
    b.h("Mål", 1)
    b.table(["Kategori", "Mål", "Indikator eller planerat värde"], [3.0, 8.5, 4.5], [
        ("tag", ["{%tr for m in vp.mal %}"]),
        ("row", ["{{ m.kategori }}", "{{ m.mal }}", "{{ m.indikator }}"]),
        ("tag", ["{%tr endfor %}"]),
    ], numeric_from=99)
    b.tag("{%p endif %}")
    b.h("Finansiella mål och planerade värden", 1)
    b.p("Eget kapital ska vara högst {{ vp.ek_tak|pct(0) }} av årets tilldelade medel{% if vp.ek_golv %} och "
        "lägst {{ vp.ek_golv|kr }} kr{% endif %}.")
    b.table(["År", "Planerat eget kapital, tkr", "Tak, tkr", "Andel av tilldelade medel", "Målet"],
            [2.0, 3.6, 3.0, 4.0, 3.4], [
                ("tag", ["{%tr for e in vp.eget_kapital %}"]),
                ("row", ["{{ e.ar }}", "{{ e.eget_kapital|tkr }}", "{{ e.tak|tkr_hel }}", "{{ e.andel|pct }}",
                         "{% if e.uppfylls %}uppfylls{% else %}uppfylls inte{% endif %}"]),
                ("tag", ["{%tr endfor %}"]),
            ])
    b.tag("{%p if vp.har_individmal %}")
    b.p("Minst {{ vp.individ_mal|pct(0) }} av de tilldelade medlen ska gå till individinriktade insatser.")
    b.tag("{%p for i in vp.individ %}")
    b.p("{{ i.text }} {% if i.uppfylls %}Målet uppfylls.{% else %}Målet uppfylls inte.{% endif %}")
    b.tag("{%p endfor %}")
    b.tag("{%p endif %}")
    b.h("Medlemmarnas bidrag", 1)
    b.p("Staten (Försäkringskassan och Arbetsförmedlingen) bär hälften, regionen en fjärdedel och kommunerna "
        "en fjärdedel. Belopp i tkr, räknade ur statens tilldelning och andelarna.")
    b.table(["Medlem", "Andel", "{{ vp.ar[0] }}", "{{ vp.ar[1] }}", "{{ vp.ar[2] }}"], [7.4, 2.2, 2.2, 2.2, 2.2], [
        ("tag", ["{%tr for m in vp.medlemmar %}"]),
        ("row", ["{{ m.namn }}{% if m.grund %} ({{ m.grund }}){% endif %}", "{{ m.andel|pct }}",
                 "{{ m.belopp[0]|tkr }}", "{{ m.belopp[1]|tkr }}", "{{ m.belopp[2]|tkr }}"]),
        ("tag", ["{%tr endfor %}"]),
        ("bold", ["Summa", "", "{{ vp.summa_bidrag[0]|tkr }}", "{{ vp.summa_bidrag[1]|tkr }}",
                  "{{ vp.summa_bidrag[2]|tkr }}"]),
    ])
    b.tag("{%p if vp.avrundning %}")
    b.p("Avrundning: regionens och kommunernas bidrag avrundas till hela tkr så att de tillsammans är lika "
        "med statens; återstående tkr går till de största resterna.", italic=True)
    b.tag("{%p for a in vp.avrundning %}")
    b.p("{{ a }}.", italic=True)
    b.tag("{%p endfor %}")
    b.tag("{%p endif %}")
    b.page_break()
    b.h("Budget {{ vp.ar[0] }} och plan {{ vp.ar[1] }}–{{ vp.ar[2] }}", 1)
    plan_table(b, "vp.budget")
    b.tag("{%p if vp.sammanstallning %}")
    b.h("Sammanställning", 2)
    plan_table(b, "vp.sammanstallning")
    b.tag("{%p endif %}")
    b.h("Resultatbudget", 1)
    statement_cells = [f"{{{{ r.varden[{i}]|tkr }}}}" for i in range(4)]
    for title, var in (("Resultatbudget", "vp.rb"), ("Balansbudget", "vp.bb")):
        if title == "Balansbudget":
            b.h("Balansbudget", 1)
        b.table(["Belopp i tkr", "Prognos {{ vp.ar0 }}", "Budget {{ vp.ar[0] }}", "Plan {{ vp.ar[1] }}",
                 "Plan {{ vp.ar[2] }}"], [7.6, 2.2, 2.2, 2.2, 2.2], [
            ("tag", [f"{{%tr for r in {var} %}}"]),
            ("tag", ["{%tr if r.stark %}"]),
            ("bold", ["{{ r.post }}"] + statement_cells),
            ("tag", ["{%tr else %}"]),
            ("row", ["{{ r.post }}"] + statement_cells),
            ("tag", ["{%tr endif %}"]),
            ("tag", ["{%tr endfor %}"]),
        ])
    return b.doc


def main(argv: list[str] | None = None) -> None:
    import io
    import sys

    from .docx import _stable_zip

    args = sys.argv[1:] if argv is None else argv
    if len(args) != 1:
        sys.exit("Användning: python -m finsam.render.builder MAPP")
    target = Path(args[0])
    target.mkdir(parents=True, exist_ok=True)
    for name, build in (("arsredovisning.docx", build_annual_report), ("protokoll.docx", build_minutes),
                        ("budgetuppfoljning.docx", build_followup), ("sammanstallning.docx", build_rollup),
                        ("verksamhetsplan.docx", build_plan)):
        buf = io.BytesIO()
        build().save(buf)
        path = target / name
        path.write_bytes(_stable_zip(buf.getvalue()))  # same script, same bytes
        print(path)


if __name__ == "__main__":
    main()

"""The verksamhetsplan's template (verksamhetsplan.docx)."""
from __future__ import annotations

from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH

from . import BLUE, RED, Builder, findings_section


def plan_table(b: Builder, var: str, years: int = 3, first_header: str = "Belopp i {{ vp.enhet }}"):
    cells = [f"{{{{ r.varden[{i}]|tkr }}}}" for i in range(years)]
    headers = [first_header] + [f"{{{{ vp.ar[{i}] }}}}" for i in range(years)]
    b.table(headers, [9.7] + [2.3] * years, [
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


def build() -> Document:
    b = Builder("{{ vp.forbund }} – Verksamhetsplan {{ vp.ar[0] }}",
                title="{% if utkast %}Utkast: {% endif %}Verksamhetsplan och budget {{ vp.ar[0] }} – {{ vp.forbund }}",
                author="{{ vp.forbund }}")
    # Cover: logo, title, förbund and the document's state (förslag or antagen)
    b.cover_space(3)
    b.logo()
    b.cover_space(2)
    b.p("Verksamhetsplan och budget {{ vp.ar[0] }}", style="Title", align=WD_ALIGN_PARAGRAPH.CENTER)
    b.p("med plan för {{ vp.ar[1] }}–{{ vp.ar[2] }}", size=16, align=WD_ALIGN_PARAGRAPH.CENTER, color=BLUE)
    b.p("{{ vp.forbund }}", size=14, align=WD_ALIGN_PARAGRAPH.CENTER)
    b.p("{% if utkast or not vp.beslutsdatum %}Förslag{% else %}Antagen av styrelsen "
        "{{ vp.beslutsdatum|datum }}{% endif %}", align=WD_ALIGN_PARAGRAPH.CENTER)
    b.tag("{%p if utkast and antal_fel %}")
    b.p("UTKAST", size=28, bold=True, color=RED, align=WD_ALIGN_PARAGRAPH.CENTER)
    b.p("Kontrollen hittade {{ antal_fel }} fel. Planen får inte antas förrän felen är rättade.",
        align=WD_ALIGN_PARAGRAPH.CENTER)
    b.tag("{%p endif %}")
    findings_section(b, new_page=True)
    b.toc(new_page=True)
    b.page_break()
    b.tag("{%p for t in vp.texter %}")
    b.p("{{ t.rubrik }}", style="Heading 1")
    b.loop_text("t.stycken", heading=2)
    b.tag("{%p endfor %}")
    b.tag("{%p if vp.mal %}")
    b.h("Mål", 1)
    b.table(["Kategori", "Mål", "Indikator eller planerat värde"], [3.2, 8.4, 5.0], [
        ("tag", ["{%tr for m in vp.mal %}"]),
        ("row", ["{{ m.kategori }}", "{{ m.mal }}", "{{ m.indikator }}"]),
        ("tag", ["{%tr endfor %}"]),
    ], numeric_from=99)
    b.tag("{%p endif %}")
    b.h("Finansiella mål och planerade värden", 1)
    b.tag("{%p if vp.ek_tak is not none or vp.ek_golv is not none %}")
    b.p("Eget kapital ska vara{% if vp.ek_tak is not none %} högst {{ vp.ek_tak|pct(0) }} av årets tilldelade "
        "medel{% endif %}{% if vp.ek_tak is not none and vp.ek_golv is not none %} och{% endif %}"
        "{% if vp.ek_golv is not none %} lägst {{ vp.ek_golv|belopp }}{% endif %}.")
    b.tag("{%p endif %}")
    b.table(["År", "Planerat eget kapital, {{ vp.enhet }}", "Tak, {{ vp.enhet }}", "Andel av tilldelade medel",
             "Målet"],
            [2.0, 3.6, 3.0, 4.0, 3.4], [
                ("tag", ["{%tr for e in vp.eget_kapital %}"]),
                ("row", ["{{ e.ar }}", "{{ e.eget_kapital|tkr }}", "{{ e.tak|tkr_hel }}", "{{ e.andel|pct }}",
                         "{% if not e.har_mal %}–{% elif e.uppfylls %}uppfylls{% else %}uppfylls inte{% endif %}"]),
                ("tag", ["{%tr endfor %}"]),
            ])
    b.tag("{%p if vp.har_individmal %}")
    b.p("Minst {{ vp.individ_mal|pct(0) }} av de tilldelade medlen ska gå till individinriktade insatser.")
    b.tag("{%p for i in vp.individ %}")
    b.p("Individinriktade insatser {{ i.ar }}: {{ i.individ|belopp }} av {{ i.namnare|belopp }} "
        "{{ i.namnare_text }} = {{ i.andel|pct }} (målet är minst {{ vp.individ_mal|pct }}). {% if i.uppfylls %}"
        "Målet uppfylls.{% else %}Målet uppfylls inte.{% endif %}")
    b.tag("{%p endfor %}")
    b.tag("{%p endif %}")
    b.h("Medlemmarnas bidrag", 1)
    b.p("Staten (Försäkringskassan och Arbetsförmedlingen) bär hälften, regionen en fjärdedel och kommunerna "
        "en fjärdedel. Belopp i {{ vp.enhet }}, räknade ur statens tilldelning och andelarna.")
    b.table(["Medlem", "Andel", "{{ vp.ar[0] }}", "{{ vp.ar[1] }}", "{{ vp.ar[2] }}"], [7.4, 2.2, 2.2, 2.2, 2.2], [
        ("tag", ["{%tr for m in vp.medlemmar %}"]),
        ("row", ["{{ m.namn }}{% if m.grund %} ({{ m.grund }}){% endif %}", "{{ m.andel|pct }}",
                 "{{ m.belopp[0]|tkr }}", "{{ m.belopp[1]|tkr }}", "{{ m.belopp[2]|tkr }}"]),
        ("tag", ["{%tr endfor %}"]),
        ("bold", ["Summa", "", "{{ vp.summa_bidrag[0]|tkr }}", "{{ vp.summa_bidrag[1]|tkr }}",
                  "{{ vp.summa_bidrag[2]|tkr }}"]),
    ])
    b.tag("{%p if vp.avrundning %}")
    b.p("Avrundning: regionens och kommunernas bidrag avrundas till hela {{ vp.enhet }} så att de tillsammans "
        "är lika med statens; det som återstår går till de medlemmar som har störst rest.", italic=True)
    b.tag("{%p for a in vp.avrundning %}")
    b.p("{{ a }}.", italic=True)
    b.tag("{%p endfor %}")
    b.tag("{%p endif %}")
    b.h("Budget {{ vp.ar[0] }} och plan {{ vp.ar[1] }}–{{ vp.ar[2] }}", 1, new_page=True)
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
        b.table(["Belopp i {{ vp.enhet }}", "Prognos {{ vp.ar0 }}", "Budget {{ vp.ar[0] }}", "Plan {{ vp.ar[1] }}",
                 "Plan {{ vp.ar[2] }}"], [7.6, 2.2, 2.2, 2.2, 2.2], [
            ("tag", [f"{{%tr for r in {var} %}}"]),
            ("tag", ["{%tr if r.stark %}"]),
            ("bold", ["{{ r.post }}"] + statement_cells),
            ("tag", ["{%tr else %}"]),
            ("row", ["{{ r.post }}"] + statement_cells),
            ("tag", ["{%tr endif %}"]),
            ("tag", ["{%tr endfor %}"]),
        ])
    b.tag("{%p if vp.motesplan %}")
    b.h("Mötesplan {{ vp.ar[0] }}", 1)
    b.table(["Styrelsemöte", "Tid", "Övrig information"], [3.6, 3.6, 9.4], [
        ("tag", ["{%tr for m in vp.motesplan %}"]),
        ("row", ["{{ m.datum|datum }}", "{{ m.tid }}", "{{ m.anteckning }}"]),
        ("tag", ["{%tr endfor %}"]),
    ], numeric_from=99)
    b.tag("{%p endif %}")
    b.tag("{%p if vp.underskrifter %}")
    b.h("Underskrifter", 1)
    b.signatures("vp.underskrifter", [], "{% if vp.ort %}{{ vp.ort }} {% endif %}"
                 "{% if vp.beslutsdatum and not utkast %}{{ vp.beslutsdatum|datum }}{% else %}"
                 "den ……………………{% endif %}")
    b.tag("{%p endif %}")
    return b.doc

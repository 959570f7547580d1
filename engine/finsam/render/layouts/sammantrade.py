"""The board minutes' template (protokoll.docx)."""
from __future__ import annotations

from docx import Document
from docx.enum.section import WD_ORIENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.shared import Cm, Pt

from . import BLUE, RED, Builder, findings_section, followup_table, split, statement_table  # noqa: F401


def build() -> Document:
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

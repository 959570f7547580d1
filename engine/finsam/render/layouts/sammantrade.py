"""The board minutes' template (protokoll.docx)."""
from __future__ import annotations

from docx import Document

from . import BLUE, Builder, findings_section, followup_table


def build() -> Document:
    b = Builder("{{ m.forbund }} – Sammanträdesprotokoll {{ m.datum|datum }}",
                title="{% if utkast %}Utkast: {% endif %}Sammanträdesprotokoll {{ m.datum|datum }} – "
                      "styrelsen för {{ m.forbund }}",
                author="{{ m.forbund }}", justering=True)
    b.logo()
    b.p("Sammanträdesprotokoll", style="Title")
    b.p("Styrelsen för {{ m.forbund }}", size=14, color=BLUE, keep=True)
    findings_section(b)
    b.table(["Sammanträdesdatum", "Plats och tid"], [5.0, 11.6], [
        ("row", ["{{ m.datum|datum }}", "{{ m.plats }}{% if m.tid %}, {{ m.tid }}{% endif %}"]),
    ], numeric_from=99, keep_together=True)
    b.p("Beslutande ledamöter", bold=True)
    b.table(["Namn", "Organisation", "Roll"], [5.0, 6.6, 5.0], [
        ("tag", ["{%tr for a in m.ordinarie %}"]),
        ("row", ["{{ a.namn }}", "{{ a.organisation }}", "{{ a.roll }}"]),
        ("tag", ["{%tr endfor %}"]),
    ], numeric_from=99)
    b.tag("{%p if m.ersattare %}")
    b.p("Närvarande ersättare", bold=True)
    b.table(["Namn", "Organisation", "Tjänstgör"], [5.0, 6.6, 5.0], [
        ("tag", ["{%tr for a in m.ersattare %}"]),
        ("row", ["{{ a.namn }}", "{{ a.organisation }}",
                 "{% if a.tjanstgor %}Ja{% if a.ersatter %}, för {{ a.ersatter }}{% endif %}{% else %}Nej{% endif %}"]),
        ("tag", ["{%tr endfor %}"]),
    ], numeric_from=99)
    b.tag("{%p endif %}")
    b.tag("{%p if m.ovriga %}")
    b.p("Övriga närvarande", bold=True)
    b.table(["Namn", "Roll", "Organisation"], [4.6, 5.6, 6.4], [
        ("tag", ["{%tr for a in m.ovriga %}"]),
        ("row", ["{{ a.namn }}", "{{ a.roll }}{% if a.paragrafer %} ({{ a.paragrafer }}){% endif %}",
                 "{{ a.organisation }}"]),
        ("tag", ["{%tr endfor %}"]),
    ], numeric_from=99)
    b.tag("{%p endif %}")
    b.p("Protokollet omfattar § {{ m.forsta }}–{{ m.sista }}", bold=True, keep=True)
    b.signatures("m.underskrifter", [], "")
    b.h("Bevis om anslag", 2)
    b.p("Protokollet är justerat. Justeringen har tillkännagivits genom anslag.")
    b.table(None, [7.0, 9.6], [
        ("row", ["Organ", "Styrelsen för {{ m.forbund }}"]),
        ("row", ["Sammanträdesdatum", "{{ m.datum|datum }}"]),
        ("row", ["Justeringsdatum", "{{ m.justeringsdatum|datum }}"]),
        ("row", ["Anslagsdatum", "{{ m.anslagsdatum|datum }}"]),
        ("row", ["Anslaget tas ned tidigast", "{{ m.nedtagning|datum }}"]),
        ("row", ["Förvaringsplats för protokollet", "{{ m.forvaring }}"]),
        ("row", ["Enligt uppdrag (namnteckning)", "\n\n……………………………………………"]),
        ("row", ["Namnförtydligande", "{{ m.anslag_av }}"]),
    ], numeric_from=99, style="Table Grid", keep_together=True)
    b.tag("{%p for p in m.paragrafer %}")
    b.p("§ {{ p.nr }} {{ p.rubrik }}", style="Heading 2")
    b.tag("{%p if p.bilaga %}")
    b.p("(Bilaga {{ p.bilaga }})", italic=True, keep=True)
    b.tag("{%p endif %}")
    b.loop_text("p.text", heading=3)
    b.tag("{%p if p.beslut %}")
    b.p("Styrelsen beslutade", bold=True, keep=True)
    b.tag("{%p for rad in p.beslut %}")
    b.p("{{ rad }}")
    b.tag("{%p endfor %}")
    b.tag("{%p endif %}")
    b.tag("{%p endfor %}")
    b.tag("{%p for u in bilagor %}")
    b.h("Bilaga {{ u.bilaga_nr }}: Budgetuppföljning per {{ u.per|datum }}", 1)
    followup_table(b, "u")
    b.tag("{%p endfor %}")
    return b.doc

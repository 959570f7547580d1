"""The template of the risk- och väsentlighetsanalys (riskanalys.docx), with its risk matrix:
a table whose cells are shaded by the band of their risk value (docxtpl's cellbg)."""
from __future__ import annotations

from docx import Document

from ...schema.internkontroll import MAX_LEVEL
from . import Builder
from .internkontrollplan import cover


def _scale_table(b: Builder, var: str):
    b.table(["Nivå", "Benämning", "Beskrivning"], [1.4, 4.0, b.text_width - 5.4], [
        ("tag", [f"{{%tr for x in {var} %}}"]),
        ("row", ["{{ x.niva }}", "{{ x.namn }}", "{{ x.beskrivning }}"]),
        ("tag", ["{%tr endfor %}"]),
    ], numeric_from=99, keep_together=True)


def _matrix(b: Builder, columns: int):
    """The risk matrix with ``columns`` väsentlighet levels (one table per number of levels a
    scale may have, chosen by the template: no column loops); one row per sannolikhet level,
    highest first."""
    first = 4.0
    width = round((b.text_width - first) / columns, 2)
    headers = ["Sannolikhet / väsentlighet"] + [f"{{{{ a.vasentlighet[{i}].niva }}}} "
                                                f"{{{{ a.vasentlighet[{i}].namn }}}}" for i in range(columns)]
    cells = [f"{{% cellbg rad.celler[{i}].farg %}}{{{{ rad.celler[{i}].text }}}}" for i in range(columns)]
    b.table(headers, [first] + [width] * columns, [
        ("tag", ["{%tr for rad in a.matris %}"]),
        ("row", ["{{ rad.niva }} {{ rad.namn }}"] + cells),
        ("tag", ["{%tr endfor %}"]),
    ], numeric_from=99, style="Table Grid", keep_together=True)


def build() -> Document:
    b = Builder("{{ a.forbund }} – Risk- och väsentlighetsanalys {{ a.ar }}",
                title="{% if utkast %}Utkast: {% endif %}Risk- och väsentlighetsanalys {{ a.ar }} – {{ a.forbund }}",
                author="{{ a.forbund }}")
    cover(b, "Risk- och väsentlighetsanalys {{ a.ar }}")

    b.h("Inledning", 1)
    b.loop_text("a.inledning")

    b.h("Bedömningsgrunder", 1)
    b.p("Varje risk bedöms efter två skalor. Riskvärdet är sannolikhet × väsentlighet. En risk med högre "
        "riskvärde än {{ a.grans }} ska ha en kontroll i planen för intern styrning och kontroll.")
    b.h("Sannolikhet: hur troligt det är att risken inträffar", 2)
    _scale_table(b, "a.sannolikhet")
    b.h("Väsentlighet: hur stora konsekvenserna blir om risken inträffar", 2)
    _scale_table(b, "a.vasentlighet")

    b.h("Risker {{ a.ar }}", 1)
    b.p("S är sannolikhet, V väsentlighet och RV riskvärdet. Kolumnen Kontroll visar om planen har en kontroll "
        "för riskens process.", keep=True)
    b.table(["Nr", "Process/rutin", "Risk", "S", "V", "RV", "Riskhantering", "Kontroll"],
            [1.0, 2.8, 3.8, 0.8, 0.8, 1.0, 4.8, 1.6], [
                ("tag", ["{%tr for r in a.risker %}"]),
                ("row", ["{{ r.nr }}", "{{ r.process }}", "{{ r.risk }}", "{{ r.sannolikhet|antal }}",
                         "{{ r.vasentlighet|antal }}", "{{ r.varde|antal }}", "{{ r.hantering }}", "{{ r.kontroll }}"]),
                ("tag", ["{%tr endfor %}"]),
            ], numeric_from=3, left=(6, 7))

    b.h("Riskmatris", 1)
    b.p("Riskerna efter sannolikhet (rader, högst överst) och väsentlighet (kolumner). Färgen visar riskvärdet.",
        keep=True)
    for columns in range(1, MAX_LEVEL + 1):
        b.tag(f"{{%p if a.antal_v == {columns} %}}")
        _matrix(b, columns)
        b.tag("{%p endif %}")
    b.table(None, [1.2, 8.0], [
        ("tag", ["{%tr for f in a.forklaring %}"]),
        ("row", ["{% cellbg f.farg %}", "{{ f.text }}"]),
        ("tag", ["{%tr endfor %}"]),
    ], numeric_from=99, style="Table Grid", keep_together=True)
    b.p("Rött: riskvärde över {{ a.grans }}. Gult: över hälften av gränsen. Grönt: lägre.", italic=True)

    b.h("Risker som kräver kontroll", 1)
    b.tag("{%p if a.hoga %}")
    b.tag("{%p for r in a.hoga %}")
    b.p("{{ r.nr }} {{ r.risk }} (riskvärde {{ r.varde }}): {% if r.kontroll %}{{ r.kontroll }}.{% else %}"
        "ingen kontroll i planen.{% endif %}", style="List Bullet")
    b.tag("{%p endfor %}")
    b.tag("{%p else %}")
    b.p("Ingen risk har högre riskvärde än {{ a.grans }}.")
    b.tag("{%p endif %}")
    return b.doc

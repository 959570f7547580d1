"""The template of the plan för intern styrning och kontroll (internkontrollplan.docx)."""
from __future__ import annotations

from docx import Document

from . import BLUE, RED, Builder, findings_section


def cover(b: Builder, title: str):
    """The cover both documents of internkontroll.xlsx share: title, förbund, and whether the
    board has adopted it ("Förslag" until it has)."""
    b.logo()
    b.p(title, style="Title")
    b.p("{{ a.forbund }}", size=14, color=BLUE, keep=True)
    b.p("{% if a.forslag %}Förslag{% else %}Antagen av styrelsen {{ a.antagen|datum }}{% if a.paragraf %}, "
        "{{ a.paragraf }}{% endif %}{% endif %}", bold=True, size=12)
    b.tag("{%p if utkast and antal_fel %}")
    b.p("UTKAST", size=28, bold=True, color=RED)
    b.p("Kontrollen hittade {{ antal_fel }} fel. Dokumentet kan inte antas förrän felen är rättade.")
    b.tag("{%p endif %}")
    findings_section(b)


def build() -> Document:
    b = Builder("{{ a.forbund }} – Plan för intern styrning och kontroll {{ a.ar }}",
                title="{% if utkast %}Utkast: {% endif %}Plan för intern styrning och kontroll {{ a.ar }} – "
                      "{{ a.forbund }}",
                author="{{ a.forbund }}")
    cover(b, "Plan för intern styrning och kontroll {{ a.ar }}")

    b.h("Inledning", 1)
    b.loop_text("a.inledning")

    b.tag("{%p if a.styrdokument %}")
    b.h("Kontrollmiljö", 1)
    b.p("För att förbundet ska ha en god kontrollmiljö förutsätts att följande dokument är upprättade:",
        keep=True)
    b.tag("{%p for d in a.styrdokument %}")
    b.p("{{ d }}", style="List Bullet")
    b.tag("{%p endfor %}")
    b.tag("{%p endif %}")

    b.h("Kontroller {{ a.ar }}", 1)
    b.p("Kontrollerna svarar mot riskerna i årets risk- och väsentlighetsanalys. En risk med högre riskvärde "
        "än {{ a.grans }} ska ha en kontroll för sin process.", keep=True)
    b.table(["Process/rutin", "Kontrollmoment", "Kontrollansvarig", "Frekvens", "Rapportering till"],
            [3.0, 5.2, 2.8, 3.0, 2.6], [
                ("tag", ["{%tr for k in a.kontroller %}"]),
                ("row", ["{{ k.process }}", "{{ k.moment }}", "{{ k.ansvarig }}", "{{ k.frekvens }}",
                         "{{ k.rapportering }}"]),
                ("tag", ["{%tr endfor %}"]),
            ], numeric_from=99)

    b.tag("{%p if a.uppfoljning %}")
    b.h("Uppföljning {{ a.ar }}", 1)
    b.p("{% if a.uppfoljning.datum %}Uppföljningen gjordes {{ a.uppfoljning.datum|datum }}"
        "{% if a.uppfoljning.av %} av {{ a.uppfoljning.av }}{% endif %}. {% endif %}"
        "{{ a.uppfoljning.sammanfattning }}")
    b.loop_text("a.uppfoljning.resultat")
    b.table(["Process/rutin", "Kontrollmoment", "Utfall", "Avvikelse", "Kommentar"], [3.0, 4.8, 2.4, 2.0, 4.4], [
        ("tag", ["{%tr for k in a.uppfoljning.rader %}"]),
        ("row", ["{{ k.process }}", "{{ k.moment }}", "{{ k.utfall }}", "{{ k.avvikelse }}", "{{ k.kommentar }}"]),
        ("tag", ["{%tr endfor %}"]),
    ], numeric_from=99)
    b.tag("{%p endif %}")
    return b.doc

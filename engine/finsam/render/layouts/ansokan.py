"""The application for funds' template (ansokan.docx)."""
from __future__ import annotations

from docx import Document

from ...schema.ansokan import MAX_YEARS
from . import BLUE, RED, Builder, findings_section


def _cost_table(b: Builder, years: int):
    """The cost budget with ``years`` year columns and a total (one table per number of years
    the förbund's form has, chosen by the template: no column loops)."""
    first = b.text_width - 2.6 * (years + 1)
    headers = ["Kostnadsslag ({{ a.enhet }})"] + [f"Budget {{{{ a.ar[{i}] }}}}" for i in range(years)] + ["Totalt"]
    cells = [f"{{{{ r.varden[{i}]|tal }}}}" for i in range(years)]
    sums = [f"{{{{ a.summa[{i}]|tal }}}}" for i in range(years)]
    b.table(headers, [round(first, 2)] + [2.6] * (years + 1), [
        ("tag", ["{%tr for r in a.kostnader %}"]),
        ("row", ["{{ r.post }}"] + cells + ["{{ r.totalt|tal }}"]),
        ("tag", ["{%tr endfor %}"]),
        ("bold", ["Summa"] + sums + ["{{ a.summa_totalt|tal }}"]),
    ])


def build() -> Document:
    b = Builder("{{ a.forbund }} – Ansökan om medel: {{ a.insats }}",
                title="{% if utkast %}Utkast: {% endif %}Ansökan om medel – {{ a.insats }} – {{ a.forbund }}",
                author="{{ a.forbund }}")
    b.logo()
    b.p("Ansökan om medel", style="Title")
    b.p("från {{ a.forbund }}", size=14, color=BLUE, keep=True)
    b.p("Insats: {{ a.insats }}", bold=True, size=12)
    b.tag("{%p if a.diarienummer or a.datum or a.period %}")
    b.p("{% if a.diarienummer %}Diarienummer {{ a.diarienummer }}. {% endif %}{% if a.datum %}Daterad "
        "{{ a.datum|datum }}. {% endif %}{% if a.period %}Period: {{ a.period }}.{% endif %}")
    b.tag("{%p endif %}")
    b.tag("{%p if utkast and antal_fel %}")
    b.p("UTKAST", size=28, bold=True, color=RED)
    b.p("Kontrollen hittade {{ antal_fel }} fel. Ansökan kan inte behandlas förrän felen är rättade.")
    b.tag("{%p endif %}")
    findings_section(b)
    b.tag("{%p if a.villkor %}")
    b.p("{{ a.villkor }}{% if a.mottagare %} Ansökan skickas till {{ a.mottagare }}.{% endif %}", italic=True)
    b.tag("{%p endif %}")

    b.h("Uppgifter om ansvarig part (stödmottagare)", 1)
    b.table(None, [6.0, b.text_width - 6.0], [
        ("tag", ["{%tr for x in a.sokande %}"]),
        ("row", ["{{ x.etikett }}", "{{ x.varde }}"]),
        ("tag", ["{%tr endfor %}"]),
    ], numeric_from=99, style="Table Grid")
    b.h("Samverkansparter", 1)
    b.tag("{%p if a.samverkansparter %}")
    b.table(["Organisation", "Enhet/arbetsställe", "Behörig att teckna avtal", "Kontaktperson"],
            [4.6, 3.4, 4.3, 4.3], [
                ("tag", ["{%tr for p in a.samverkansparter %}"]),
                ("row", ["{{ p.organisation }}", "{{ p.enhet }}", "{{ p.behorig }}", "{{ p.kontaktperson }}"]),
                ("tag", ["{%tr endfor %}"]),
            ], numeric_from=99)
    b.tag("{%p endif %}")
    b.p("Ansökan tar upp samverkan mellan {{ a.antal_parter }} av förbundets parter"
        "{% if a.parter %}: {{ a.parter|join(', ') }}{% endif %}. Förbundet kräver minst {{ a.minst_parter }}.")

    b.h("Sammanfattning", 1)
    b.loop_text("a.sammanfattning")
    b.p("Sökt belopp: {{ a.sokt|belopp }}{% if a.sokt_per_ar|length > 1 %} ({% for x in a.sokt_per_ar %}"
        "{{ x.ar }}: {{ x.belopp|belopp }}{% if not loop.last %}, {% endif %}{% endfor %}){% endif %}.", bold=True)

    b.h("Insatsbeskrivning", 1)
    b.tag("{%p if a.bakgrund %}")
    b.h("Bakgrund till insatsen", 2)
    b.loop_text("a.bakgrund")
    b.tag("{%p endif %}")
    b.h("Syftet med insatsen", 2)
    b.loop_text("a.syfte")
    b.h("Målgruppen för insatsen", 2)
    b.loop_text("a.malgrupp")
    b.tag("{%p if a.malgrupper %}")
    b.table(["Delgrupp", "Beskrivning"], [4.6, b.text_width - 4.6], [
        ("tag", ["{%tr for g in a.malgrupper %}"]),
        ("row", ["{{ g.grupp }}", "{{ g.beskrivning }}"]),
        ("tag", ["{%tr endfor %}"]),
    ], numeric_from=99)
    b.tag("{%p endif %}")
    b.h("Insatsens mål", 2)
    b.tag("{%p if a.mal %}")
    b.table(["Mål", "Indikator"], [9.6, b.text_width - 9.6], [
        ("tag", ["{%tr for m in a.mal %}"]),
        ("row", ["{{ m.mal }}", "{{ m.indikator }}"]),
        ("tag", ["{%tr endfor %}"]),
    ], numeric_from=99)
    b.tag("{%p endif %}")
    b.loop_text("a.mal_forbehall", italic=True)
    b.tag("{%p for x in a.avsnitt %}")
    b.p("{{ x.rubrik }}", style="Heading 2")
    b.loop_text("x.stycken")
    b.tag("{%p endfor %}")

    b.h("Sökta medel", 1)
    b.p("Insatsens totala kostnader per år och kostnadsslag, i {{ a.enhet }}.", keep=True)
    for years in range(1, MAX_YEARS + 1):
        b.tag(f"{{%p if a.antal_ar == {years} %}}")
        _cost_table(b, years)
        b.tag("{%p endif %}")
    b.p("Sökt belopp totalt: {{ a.sokt|belopp }}.", bold=True)

    b.h("Underskrifter", 1)
    b.signatures("a.underskrifter", ["Underskriften görs av den som är behörig att teckna avtal för "
                                     "organisationens räkning."], "Ort och datum ……………………………………")
    return b.doc

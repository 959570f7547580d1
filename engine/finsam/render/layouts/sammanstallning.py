"""The roll-up's template (sammanstallning.docx)."""
from __future__ import annotations

from docx import Document
from docx.enum.section import WD_ORIENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.shared import Cm, Pt

from . import BLUE, RED, Builder, findings_section, followup_table, split, statement_table  # noqa: F401


def build() -> Document:
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

"""The roll-up's template (sammanstallning.docx)."""
from __future__ import annotations

from docx import Document

from . import RED, Builder


def build() -> Document:
    b = Builder("Sammanställning av samordningsförbund – {{ datum|datum }}",
                title="Sammanställning av {{ antal_lasta|antal }} samordningsförbund {{ datum|datum }}",
                author="finsam", landscape=True)
    b.p("Sammanställning av {{ antal_lasta|antal }} samordningsförbund", style="Title")
    b.p("Nyckeltal ur förbundens arbetsböcker, kontrollerade av finsam {{ datum|datum }}. Belopp i kronor.")
    b.tag("{%p for v in varningar %}")
    b.p("Observera: {{ v }}", bold=True, color=RED)
    b.tag("{%p endfor %}")
    headers = ["Förbund", "Driftsbidrag", "Årets resultat", "Eget kapital", "Eget kapital / tak",
               "Individinriktat / mål", "Deltagare (kvinnor/män)", "Till arbete eller studier (kvinnor/män)",
               "Fel / avvikelser"]
    widths = [4.5, 2.5, 2.5, 2.5, 2.6, 2.7, 2.9, 3.1, 2.0]
    b.table(headers, widths, [
        ("tag", ["{%tr for r in forbund %}"]),
        ("row", CELLS),
        ("tag", ["{%tr endfor %}"]),
        ("bold", ["Summa", "{{ summa.driftsbidrag|kr }}", "{{ summa.resultat|kr }}",
                  "{{ summa.eget_kapital|kr }}", "{{ summa.ek_andel|pct }}", "{{ summa.individ_andel|pct }}",
                  "{{ summa.deltagare|antal }}{% if summa.visa_kon %} ({{ summa.deltagare_kvinnor|antal }}/"
                  "{{ summa.deltagare_man|antal }}){% endif %}",
                  "{{ summa.arbete_studier|antal }}{% if summa.visa_kon_utfall %} ("
                  "{{ summa.arbete_studier_kvinnor|antal }}/{{ summa.arbete_studier_man|antal }}){% endif %}",
                  "{{ summa.fel|antal }} / {{ summa.avvikelser|antal }}"]),
    ])
    b.p("* Målet är inte uppnått. Andelarna i summaraden är räknade på summan av driftsbidragen. "
        "Uppdelning på kön visas när både kvinnor och män är minst tio.", italic=True)
    b.tag("{%p if ej_summerade %}")
    b.h("Förbund som inte ingår i summan", 2)
    b.p("Deras siffror visas men räknas inte med i summan: ett förbund med fel i siffrorna kan inte "
        "summeras, och samma förbund och år räknas bara en gång.")
    b.table(headers[:-1] + ["Skäl"], [4.3, 2.4, 2.4, 2.4, 2.5, 2.6, 2.8, 2.9, 3.0], [
        ("tag", ["{%tr for r in ej_summerade %}"]),
        ("row", CELLS[:-1] + ["{{ r.skal }}"]),
        ("tag", ["{%tr endfor %}"]),
    ], left=(8,))
    b.tag("{%p endif %}")
    b.tag("{%p if misslyckade %}")
    b.h("Mappar som inte kunde läsas", 2)
    b.table(["Mapp", "Fel"], [8.0, 17.3], [
        ("tag", ["{%tr for m in misslyckade %}"]),
        ("row", ["{{ m.mapp }}", "{{ m.fel_vid_lasning }}"]),
        ("tag", ["{%tr endfor %}"]),
    ], numeric_from=99)
    b.tag("{%p endif %}")
    return b.doc


CELLS = ["{{ r.namn }} ({{ r.ar }})", "{{ r.driftsbidrag|kr }}", "{{ r.resultat|kr }}", "{{ r.eget_kapital|kr }}",
         "{{ r.ek_andel|pct }} av {{ r.ek_tak|pct(0) }}{% if not r.ek_inom %} *{% endif %}",
         "{{ r.individ_andel|pct }} av {{ r.individ_mal|pct(0) }}{% if not r.individ_uppnatt %} *{% endif %}",
         "{{ r.deltagare|antal }}{% if r.visa_kon %} ({{ r.deltagare_kvinnor|antal }}/{{ r.deltagare_man|antal }})"
         "{% endif %}",
         "{{ r.arbete_studier|antal }}{% if r.visa_kon_utfall %} ({{ r.arbete_studier_kvinnor|antal }}/"
         "{{ r.arbete_studier_man|antal }}){% endif %}", "{{ r.fel|antal }} / {{ r.avvikelser|antal }}"]

"""Risk- och väsentlighetsanalys för Samordningsförbundet Sundsvall 2024.

Pure data transcribed from seed 000 (/work/shared/seeds/000_bfcc53e69d583ac9.txt), where
the analysis is Bilaga 4 to § 59 of the board minutes of 2024-04-26. No logic.

Conventions
-----------
* Strings are copied exactly as printed (typos kept); PDF line breaks inside a cell are
  joined. An empty printed cell is ``None``.
* ``RISKS`` is the printed table in printed order, one dict per printed row, including
  rows whose first cell is empty or holds a risk description instead of a process (see the
  comments at those rows). ``rad`` is the row's position (1-based) in the printed table,
  the heading row not counted.
* The document prints no riskvärde (no product, no matrix), so ``riskvarde`` is ``None`` in
  every row. It makes no link from a risk to a control in the plan för intern styrning och
  kontroll, so ``kontroll_ref`` is ``None`` in every row (the process names merely overlap
  with the plan's, see seed000_NOTES.md).
* The table is printed as adopted 2023-11-28; the board's change of 2024-04-26 (§ 59) to
  one riskhantering text is kept apart in ``FACTS["andring_2024_04_26"]`` and is not
  written into the row.
"""
from __future__ import annotations

import datetime as dt

D = dt.date

FACTS = {
    "forbund": "Samordningsförbundet i Sundsvall",
    "brevhuvud": "SAMORDNINGSFÖRBUNDET SUNDSVALL",
    "titel": "Risk- och väsentlighetsanalys för Samordningsförbundet Sundsvall 2024",
    "ar": 2024,
    "beslutsorgan": "styrelsen",
    "beslutsdatum": D(2023, 11, 28),  # printed: "Antagen av styrelsen 2023-11-28"
    "paragraf": None,                 # no § stated
    "troskelvarde": None,             # no acceptance level or score limit stated
    "inledning": "I risk- och väsentlighetsanalysen presenteras risker som kan uppstå inom verksamheten.",
    # Treatment at the board meeting 2024-04-26 (minutes § 59, Bilaga 4).
    "behandling": {
        "protokoll_datum": D(2024, 4, 26),
        "protokoll_paragraf": 59,
        "protokoll_rubrik": "Genomgång av risk och väsentlighetsanalys för 2024",
        "bilaga": 4,
        "beslut": ["Att med ovannämnda ändring lägga risk och väsentlighetsanalys till handlingar."],
    },
    # The change the board made on 2024-04-26, as printed in § 59 ("samverkanstruktur"
    # sic, "Projekt /insatsplan" with the space as printed in the minutes). It applies to
    # row 10 (Uppföljning av verksamhetens mål / Projekt/Insatsplan följs inte).
    "andring_2024_04_26": {
        "rad": 10,
        "tryckt": (
            "Under uppföljning av verksamhetens mål, Projekt /insatsplan följs inte så vill "
            "styrelsen göra en ändring riskhantering till följande: Uppföljning sker vid den "
            "samverkanstruktur som finns i förbundet."
        ),
        "riskhantering_fore": "Uppföljning sker vid styrgruppsmöten.",
        "riskhantering_efter": "Uppföljning sker vid den samverkanstruktur som finns i förbundet.",
    },
}

# The printed scale texts. The document prints väsentlighet first, then sannolikhet.
SCALES = {
    "vasentlighet": {
        "rubrik": "Väsentlighet - bedömning om de konsekvenser som uppstår om risken inträffar:",
        "nivaer": {
            1: {"namn": "Försumbar", "text": "konsekvensen är obetydlig"},
            2: {"namn": "Lindrig", "text": "konsekvensen uppfattas som liten"},
            3: {"namn": "Kännbar", "text": "konsekvensen uppfattas som besvärande"},
            4: {"namn": "Allvarlig", "text": "konsekvensen är stor, får inte inträffa"},
        },
    },
    "sannolikhet": {
        "rubrik": "Sannolikhet - hur troligt det är att en risk inträffar:",
        "nivaer": {
            1: {"namn": "Osannolik", "text": "risken är obefintlig"},
            2: {"namn": "Mindre sannolik", "text": "liten risk att fel kan uppstå"},
            3: {"namn": "Möjlig", "text": "det finns risk för att fel ska uppstå"},
            4: {"namn": "Sannolik", "text": "det är mycket troligt att fel ska uppstå"},
        },
    },
}

# Printed column headings, in order, and the key each maps to.
COLUMNS = [
    ("Samordningsförbundets rutiner och processer", "process"),
    ("Risker", "risk"),
    ("Sannolikhet", "sannolikhet"),
    ("Väsentlighet", "vasentlighet"),
    ("Riskhantering", "riskhantering"),
]


def _row(rad, process, risk, sannolikhet, vasentlighet, riskhantering):
    return {"rad": rad, "process": process, "risk": risk, "sannolikhet": sannolikhet,
            "vasentlighet": vasentlighet, "riskvarde": None, "riskhantering": riskhantering,
            "kontroll_ref": None}


RISKS = [
    _row(1, "Attest", "Attester tas på felaktig nivå", 1, 3,
         "Attest ordning antagen av styrelsen följs"),  # "Attest ordning" in two words, sic
    # The plan för intern styrning och kontroll calls this process "Delegering".
    _row(2, "Delegation", "Beslut tas på felaktig delegation", 1, 3,
         "Delegationsordningen antagen av styrelsen följs"),
    _row(3, "Diarie och arkivering", "Handlingar diarieförs inte korrekt", 2, 2,
         "Rutiner antagna av styrelsen följs"),
    _row(4, "Diarie och arkivering", "Handlingar arkiveras inte korrekt", 2, 2,
         "Rutiner antagna av styrelsen följs"),
    _row(5, "Diarie och arkivering", "Handlingar gallras inte korrekt", 2, 2,
         "Rutiner antagna av styrelsen följs"),
    _row(6, "Uppföljning budget", "Budget följs inte", 1, 4,
         "Regelbunden ekonomisk rapport vid styrelsemöten"),
    _row(7, "Uppföljning budget", "Felaktiga utbetalningar", 1, 4,
         "Rutiner antagna av styrelsen följs"),
    # First row after the page break: only the Riskhantering cell is printed; process,
    # risk and both scores are empty. Most likely the rest of row 7's riskhantering split
    # over the page ("Rutiner antagna av styrelsen följs" + "Regelbunden ekonomisk
    # rapport"), but the seed prints it as a row of its own, so it is kept as one, with
    # process=None.
    _row(8, None, None, None, None, "Regelbunden ekonomisk rapport"),
    _row(9, "Uppföljning av verksamhetens mål", "Verksamhetens mål uppfylls inte", 2, 3,
         "Uppföljning sker i delårsrapporter/årsrapporter, muntliga dragningar för "
         "styrelsen och vid styrgruppsmöte."),
    # Riskhantering changed by the board 2024-04-26 (§ 59); see FACTS["andring_2024_04_26"].
    _row(10, "Uppföljning av verksamhetens mål", "Projekt/Insatsplan följs inte", 2, 3,
         "Uppföljning sker vid styrgruppsmöten."),
    # Rows 11 and 12: the risk description is printed in the first (process) column and
    # the Risker column is empty, as printed. Row 12's "längre än 6 månader" continues
    # row 11's "Vid hel frånvaro ..." (i.e. absence longer than 6 months).
    _row(11, "Förbundschef eller utvecklingsledare på Samordningsförbundet drabbas av "
             "sjukfrånvaro. Vid hel frånvaro från 1 vecka upp till 6 månader.", None, 2, 3,
         "Förbundschef eller utvecklingsledaren täcker upp för varandra vid frånvaron och "
         "får tillgång till varandras mail. Ordförande i förbundet stödjer detta arbete"),
    _row(12, "längre än 6 månader", None, 3, 3, "Anställa vikarie"),
]

"""Plan för intern styrning och kontroll för 2024, Samordningsförbundet i Sundsvall.

Pure data transcribed from seed 000 (/work/shared/seeds/000_bfcc53e69d583ac9.txt), where
the plan is Bilaga 3 to § 58 of the board minutes of 2024-04-26. No logic, no imports
beyond the standard library.

Conventions
-----------
* Strings are copied exactly as printed (typos kept, marked "sic" in a comment); the only
  change is that the PDF conversion's line breaks inside a paragraph are joined.
* An empty printed cell is ``None`` (never "" and never 0).
* ``PROCESSES`` is the printed table in printed order. The printed table has exactly five
  columns (Process/ rutin, Kontrollmoment, Kontrollansvarig, Frekvens, Rapportering till);
  it has no method column, no risk reference and no threshold, so no extra keys exist.
* Every row of this table has a process cell: no row has ``process=None``. (The rows with
  an empty first cell are in the risk- och väsentlighetsanalys, see riskanalys_2024.py.)
"""
from __future__ import annotations

import datetime as dt

D = dt.date

FACTS = {
    # Letterhead prints "SAMORDNINGSFÖRBUNDET SUNDSVALL"; the name used in the minutes is
    # "Samordningsförbundet i Sundsvall".
    "forbund": "Samordningsförbundet i Sundsvall",
    "brevhuvud": "SAMORDNINGSFÖRBUNDET SUNDSVALL",
    "titel": "Plan för intern styrning och kontroll för 2024",
    "ar": 2024,
    # Printed in the heading: "Plan för intern styrning och kontroll för 2024. Antagen av
    # styrelsen 2023-11-28".
    "beslutsorgan": "styrelsen",
    "beslutsdatum": D(2023, 11, 28),
    # The plan states no § for its adoption (and the 2023-11-28 minutes are not in the seeds).
    "paragraf": None,
    # The plan states no threshold (no amount limit, no risk-score limit, no sample size).
    "troskelvarde": None,
    "inledning": [
        "Samordningsförbundet upprättar plan för intern styrning och kontroll för att "
        "säkerställa att Samordningsförbundets beslutade mål uppnås.",
        "Internkontroll är viktig för styrning och uppföljning av verksamheten.",
        "Syftet med den interna kontrollen är att säkerställa att verksamheterna sköts på ett "
        "ändamålsenligt, effektivt och säkert sätt. I arbetet med internkontroll tydliggörs "
        "risker och brister i verksamheten.",
        # "(2003:1 210)" with a space is as printed; the law is SFS 2003:1210.
        "Det handlar om att säkra verksamheternas ändamålsenlighet och effektivitet, "
        "tillförlitlig finansiell rapportering, styrelsens egna mål samt efterlevnad av lag "
        "(2003:1 210) tillsammans med Samordningsförbundets egna föreskrifter och riktlinjer. "
        "Förvaltningsberättelsen ska omfatta/beskriva områden i enlighet med lagen (2018:597) "
        "om kommunal bokföring och redovisning i tillämpliga delar.",
    ],
    "kontrollmiljo_ingress": (
        "För att Samordningsförbundet skall uppnå en god kontrollmiljö förutsätts att "
        "följande dokument upprättats:"
    ),
    "kontrollmiljo_dokument": [
        "Förbundsordning",
        "Attest- och delegeringsordning",
        "Budget",
        "Firmatecknare",
        "Verksamhetsplan",
        "Årsredovisning och delårsbokslut upprättade enligt god sed.",
    ],
    # The review of the plan reported to the board on 2024-04-26 (minutes § 58, Bilaga 3).
    "granskning": {
        "datum": D(2024, 4, 19),
        "utford_av": "ordförande och förbundschef",
        "plats": "förbundets kansli",
        "metod": "stickprovskontroll av de processer som finns angivna i planen",
        "resultat": "Granskningen visar inte på några avvikelser som behöver åtgärdas i nuläget.",
        "protokoll_datum": D(2024, 4, 26),
        "protokoll_paragraf": 58,
        "protokoll_rubrik": "Genomgång av plan för intern styrning och kontroll 2024",
        "bilaga": 3,
        "beslut": [
            # No full stop at the end, as printed.
            "Att lägga granskningen av planen för intern styrning och kontroll till handlingarna",
        ],
    },
}

# Printed column headings, in order, and the key each one maps to.
COLUMNS = [
    ("Process/ rutin", "process"),
    ("Kontrollmoment", "kontrollmoment"),
    ("Kontrollansvarig", "kontrollansvarig"),
    ("Frekvens", "frekvens"),
    ("Rapportering till", "rapportering_till"),
]

PROCESSES = [
    {"process": "Attest",
     "kontrollmoment": "Att gällande rutiner och regelverk följs och att attestförteckning är aktuell",
     "kontrollansvarig": "Förbundschef",
     "frekvens": "Efter prioritering i styrelse",
     "rapportering_till": "Styrelsen"},
    {"process": "Delegering",
     "kontrollmoment": "Kontroll att delegeringsordningen följs",
     "kontrollansvarig": "Förbundschef",
     "frekvens": "Efter prioritering i styrelse",
     "rapportering_till": "Styrelsen"},
    {"process": "Diarie och arkivering",
     "kontrollmoment": "Kontroll att diarie och arkivering sker enligt regelverk",
     "kontrollansvarig": "Förbundschef",
     "frekvens": "Efter prioritering i styrelse",
     "rapportering_till": "Styrelsen"},
    {"process": "Uppföljning budget",
     "kontrollmoment": "Budget i balans",
     "kontrollansvarig": "Förbundschef",
     "frekvens": "Kvartalsvis samt delårsbokslut och årsbokslut",
     "rapportering_till": "Styrelsen"},
    {"process": "Uppföljning av verksamhetens mål",
     "kontrollmoment": "Verksamhetsplan",
     "kontrollansvarig": "Förbundschef",
     "frekvens": "Kvartalsvis samt delårsbokslut och årsbokslut",
     "rapportering_till": "Styrelsen"},
]

"""internkontroll.xlsx: the förbund's plan för intern styrning och kontroll and its risk- och
väsentlighetsanalys for one year, in one workbook (the plan's controls answer the analysis's
risks, process by process, so the two are kept and checked together).

What varies per förbund lives in the workbook, not in the program: the scales for
sannolikhet and väsentlighet (levels and texts; prefilled with the common four levels), the
risk value above which a risk must have a control in the plan, and the documents the
kontrollmiljö presupposes. The year's follow-up of each control (utfört, avvikelse,
kommentar) is kept in the plan's own rows, where the förbund reports it.
"""
from __future__ import annotations

from .fields import COUNT, DATE, TEXT, YEAR, Column, FormSheet, TableSheet, WorkbookSchema, choice

MAX_LEVEL = 5                    # a scale has at most five levels (the risk matrix is at most 5 × 5)
YES_NO = ("Ja", "Nej")
DONE = ("Ja", "Delvis", "Nej")

# The common four-level scales, as Samordningsförbundet Sundsvall prints them (seed 000).
SANNOLIKHET = ({"niva": 1, "namn": "Osannolik", "beskrivning": "Risken är obefintlig."},
               {"niva": 2, "namn": "Mindre sannolik", "beskrivning": "Liten risk att fel kan uppstå."},
               {"niva": 3, "namn": "Möjlig", "beskrivning": "Det finns risk för att fel ska uppstå."},
               {"niva": 4, "namn": "Sannolik", "beskrivning": "Det är mycket troligt att fel ska uppstå."})
VASENTLIGHET = ({"niva": 1, "namn": "Försumbar", "beskrivning": "Konsekvensen är obetydlig."},
                {"niva": 2, "namn": "Lindrig", "beskrivning": "Konsekvensen uppfattas som liten."},
                {"niva": 3, "namn": "Kännbar", "beskrivning": "Konsekvensen uppfattas som besvärande."},
                {"niva": 4, "namn": "Allvarlig", "beskrivning": "Konsekvensen är stor, får inte inträffa."})
DOCUMENTS = ({"dokument": "Förbundsordning"}, {"dokument": "Attest- och delegeringsordning"},
             {"dokument": "Budget"}, {"dokument": "Firmatecknare"}, {"dokument": "Verksamhetsplan"},
             {"dokument": "Årsredovisning och delårsbokslut upprättade enligt god sed"})

SETTINGS = FormSheet(
    "Inställningar", "internkontroll", "Plan för intern styrning och kontroll: uppgifter",
    (
        Column("forbund", "Förbund", TEXT, required=True, width=40),
        Column("ar", "År", YEAR, required=True, help="Året planen och analysen gäller."),
        Column("antagen", "Antagen av styrelsen (datum)", DATE,
               help="Tomt: planen och analysen är ett förslag och skrivs ut som ”Förslag”."),
        Column("paragraf", "Paragraf", TEXT, help="Protokollets paragraf, om den anges, t.ex. ”§ 87”."),
        Column("kontroll_over", "Riskvärde som kräver kontroll: över", COUNT, required=True, default=8,
               minimum=1, maximum=MAX_LEVEL * MAX_LEVEL,
               help="En risk vars riskvärde (sannolikhet × väsentlighet) är högre än detta ska ha en "
                    "kontroll i planen för samma process. 8 betyder att riskvärdena 9–16 kräver kontroll."),
        Column("inledning", "Planens inledning", TEXT, width=80,
               help="Förbundets egen inledning till planen; tomt ger en allmän text. Ny rad i cellen "
                    "(Alt+Enter) blir nytt stycke."),
        Column("analysens_inledning", "Analysens inledning", TEXT, width=80,
               help="Förbundets egen inledning till risk- och väsentlighetsanalysen; tomt ger en allmän text."),
        Column("uppfoljning_datum", "Uppföljningen gjord (datum)", DATE,
               help="När årets uppföljning av kontrollerna gjordes. Utfallet per kontroll skrivs i bladet "
                    "Kontrollplan."),
        Column("uppfoljning_av", "Uppföljningen gjord av", TEXT,
               help="Skrivs in mitt i en mening (”Uppföljningen gjordes … av …”): t.ex. ”ordförande och "
                    "förbundschef” eller ett namn."),
        Column("uppfoljning_resultat", "Uppföljningens slutsats", TEXT, width=80,
               help="Slutsatsen som den rapporteras till styrelsen."),
    ),
    help="Planen och analysen gäller ett år. Planen skrivs ut som ”Förslag” tills datumet då styrelsen "
         "antog den är ifyllt.",
)


def _scale(name: str, key: str, title: str, prefill: tuple[dict, ...], what: str) -> TableSheet:
    return TableSheet(
        name, key, title,
        (Column("niva", "Nivå", COUNT, required=True, minimum=1, maximum=MAX_LEVEL, width=8),
         Column("namn", "Benämning", TEXT, required=True, width=20),
         Column("beskrivning", "Beskrivning", TEXT, width=60)),
        help=f"Förbundets skala för {what}, en rad per nivå (1 är lägst, högst {MAX_LEVEL} nivåer). Riskernas "
             "bedömningar ska vara en av nivåerna.",
        prefill=prefill, blank_rows=2, unique="niva",
    )


PROBABILITY = _scale("Sannolikhet", "sannolikhet", "Skala för sannolikhet: hur troligt det är att en risk "
                     "inträffar", SANNOLIKHET, "sannolikhet")
IMPACT = _scale("Väsentlighet", "vasentlighet", "Skala för väsentlighet: hur stora konsekvenserna blir om "
                "risken inträffar", VASENTLIGHET, "väsentlighet")

RISKS = TableSheet(
    "Risker", "risker", "Risk- och väsentlighetsanalys",
    (
        Column("process", "Process/rutin", TEXT, width=26,
               help="Förbundets rutin eller process; samma namn som i bladet Kontrollplan."),
        Column("risk", "Risk", TEXT, width=40),
        Column("sannolikhet", "Sannolikhet", COUNT, width=12, help="En nivå ur bladet Sannolikhet."),
        Column("vasentlighet", "Väsentlighet", COUNT, width=12, help="En nivå ur bladet Väsentlighet."),
        Column("riskhantering", "Riskhantering", TEXT, required=True, width=50),
    ),
    help="En rad per risk. Riskvärdet är sannolikhet × väsentlighet (räknas av programmet); en risk med "
         "högre riskvärde än "
         "gränsen i bladet Inställningar ska ha en kontroll för samma process i bladet Kontrollplan.",
    blank_rows=20,
)

CONTROLS = TableSheet(
    "Kontrollplan", "kontroller", "Plan för intern styrning och kontroll",
    (
        Column("process", "Process/rutin", TEXT, width=26),
        Column("kontrollmoment", "Kontrollmoment", TEXT, required=True, width=44),
        Column("kontrollansvarig", "Kontrollansvarig", TEXT, width=18),
        Column("frekvens", "Frekvens", TEXT, width=22, help="Hur ofta, t.ex. ”Kvartalsvis” eller ”Årligen”."),
        Column("rapportering_till", "Rapportering till", TEXT, width=16),
        choice("utfort", "Utförd", DONE, width=10,
               help="Årets uppföljning: om kontrollen har gjorts. Tomt: inte rapporterat."),
        choice("avvikelse", "Avvikelse", YES_NO, width=10, help="Årets uppföljning: om kontrollen fann avvikelser."),
        Column("kommentar", "Kommentar", TEXT, width=50,
               help="Årets uppföljning: vad kontrollen fann och vad som görs åt en avvikelse."),
    ),
    help="En rad per kontroll. Kolumnerna Utförd, Avvikelse och Kommentar fylls i vid årets uppföljning; "
         "årsredovisningen redovisar dem när arbetsboken ligger i samma mapp.",
    blank_rows=15,
)

DOCUMENTS_SHEET = TableSheet(
    "Styrdokument", "styrdokument", "Dokument som en god kontrollmiljö förutsätter",
    (Column("dokument", "Dokument", TEXT, required=True, width=60),
     Column("antagen", "Senast antaget", DATE, width=16, help="När dokumentet senast antogs eller upprättades; "
            "frivilligt.")),
    help="De dokument förbundet ska ha upprättat för en god kontrollmiljö; skrivs ut i planen.",
    prefill=DOCUMENTS, blank_rows=6,
)

INTERNKONTROLL_WB = WorkbookSchema(
    "internkontroll.xlsx", "Intern styrning och kontroll",
    "Årets plan för intern styrning och kontroll och risk- och väsentlighetsanalysen: riskerna med "
    "sannolikhet och väsentlighet, kontrollerna med ansvarig och frekvens, och årets uppföljning av "
    "kontrollerna.",
    (SETTINGS, PROBABILITY, IMPACT, RISKS, CONTROLS, DOCUMENTS_SHEET),
    kind="internkontroll", year_field=("internkontroll", "ar"),
)

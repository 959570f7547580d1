"""sammantrade.xlsx (one board meeting) and budgetuppfoljning.xlsx (an interim follow-up)."""
from __future__ import annotations

from .ekonomi import BUDGET_GROUPS, YES_NO
from .fields import (COUNT, DATE, KR, PERCENT, TEXT, TKR, YEAR, Column, FormSheet, TableSheet,
                     WorkbookSchema, choice)

ATTENDANCE_KINDS = ("Ordinarie", "Ersättare", "Övrig")
FOLLOWUP_ROW_TYPES = ("Rad", "Rubrik", "Summa grupp", "Summa kostnader", "Resultat", "Prognos eget kapital")

MEETING_FACTS = FormSheet(
    "Sammanträde", "sammantrade", "Sammanträdet",
    (
        Column("forbund", "Förbund", TEXT, required=True, width=40),
        Column("datum", "Sammanträdesdatum", DATE, required=True),
        Column("tid", "Tid", TEXT, help="T.ex. 09.00–12.00."),
        Column("plats", "Plats", TEXT, required=True),
        Column("forsta_paragraf", "Första paragraf", COUNT, required=True,
               help="Numret på dagens första §; ska fortsätta från förra protokollet."),
        Column("foregaende_sista", "Föregående protokolls sista paragraf", COUNT,
               help="Behövs bara om förra sammanträdets arbetsbok inte ligger i samma mapp."),
        Column("ordforande", "Ordförande", TEXT, required=True),
        Column("sekreterare", "Sekreterare", TEXT, required=True),
        Column("justerare", "Justerare", TEXT, required=True,
               help="Den eller de som justerar jämte ordföranden; flera namn skiljs med komma."),
        Column("justeringsdatum", "Justeringsdatum", DATE, required=True),
        Column("anslagsdatum", "Anslagsdatum", DATE, required=True,
               help="Dagen då justeringen anslås. Datum för nedtagning räknas fram (+21 dagar)."),
        Column("forvaring", "Protokollet finns tillgängligt", TEXT,
               help="Var protokollet förvaras, t.ex. webbplats och kontor."),
    ),
    help="Uppgifter om sammanträdet. Anslaget tas ned tidigast 21 dagar efter anslagsdatum; "
         "programmet räknar fram datumet.",
)

ATTENDANCE = TableSheet(
    "Närvaro", "narvaro", "Närvaro",
    (
        Column("namn", "Namn", TEXT, required=True, width=26),
        Column("organisation", "Organisation", TEXT, width=30),
        choice("kategori", "Kategori", ATTENDANCE_KINDS, required=True, width=12),
        Column("roll", "Roll", TEXT, width=24, help="T.ex. ordförande, ledamot, förbundschef."),
        choice("narvarande", "Närvarande", YES_NO, required=True, width=12),
        choice("tjanstgorande", "Tjänstgörande", YES_NO, width=14,
               help="Ja för en ersättare som tjänstgör i stället för en frånvarande ordinarie."),
        Column("ersatter", "Ersätter", TEXT, width=24, help="Den ordinarie som ersättaren tjänstgör för."),
        Column("paragrafer", "Närvarande vid", TEXT, width=14, help="T.ex. § 53–60 om inte hela mötet."),
    ),
    help="Alla styrelsens ledamöter och ersättare, närvarande eller inte, och övriga närvarande.",
    blank_rows=16,
)

PARAGRAPHS = TableSheet(
    "Paragrafer", "paragrafer", "Paragrafer",
    (
        Column("nr", "§", COUNT, required=True, width=6),
        Column("rubrik", "Rubrik", TEXT, required=True, width=40),
        Column("bilaga", "Bilaga", COUNT, width=8),
        Column("text", "Text", TEXT, width=70, help="Ny rad i cellen (Alt+Enter) blir nytt stycke."),
        Column("beslut", "Beslut", TEXT, width=60,
               help="En beslutsrad per rad i cellen (Alt+Enter); varje rad börjar med ”Att ”."),
    ),
    help="En rad per paragraf i nummerordning.",
    blank_rows=25,
)

MEETING_WB = WorkbookSchema(
    "sammantrade.xlsx", "Sammanträde",
    "Ett styrelsesammanträde: uppgifter, närvaro och paragrafer. Filen får heta "
    "sammantrade-ÅÅÅÅ-MM-DD.xlsx; flera sammanträden kan ligga i samma mapp.",
    (MEETING_FACTS, ATTENDANCE, PARAGRAPHS),
)

FOLLOWUP_FACTS = FormSheet(
    "Uppgifter", "uppgifter", "Budgetuppföljning",
    (
        Column("forbund", "Förbund", TEXT, required=True, width=40),
        Column("ar", "År", YEAR, required=True),
        Column("per", "Utfall per", DATE, required=True, help="Brytdatum för utfallet."),
        Column("ek_ingaende", "Eget kapital vid årets början (tkr)", TKR,
               help="Hämtas från föregående års ekonomi.xlsx om den anges nedan; annars fyll i här."),
        Column("foregaende_ar", "Föregående års mapp", TEXT,
               help="Sökväg till mappen med föregående års ekonomi.xlsx, t.ex. ../sundsvall-2023."),
        Column("driftsbidrag", "Driftsbidrag (tilldelade medel) i år", KR,
               help="Nämnaren för taket på eget kapital; tomt = summa intäkter i budgeten."),
        Column("ek_tak", "Eget kapital: högst andel av driftsbidraget", PERCENT, default=0.2),
        Column("ek_golv", "Eget kapital: lägst (kr)", KR, default=0),
        Column("bilaga_datum", "Bilaga till sammanträdet", DATE,
               help="Sammanträdet där uppföljningen är bilaga, om något."),
        Column("bilaga_nr", "Bilaga nummer", COUNT),
    ),
    help="Uppföljningen redovisar budget, utfall till brytdatum och prognos för helåret i tkr.",
)

FOLLOWUP_LINES = TableSheet(
    "Uppföljning", "uppfoljning", "Budget, utfall och prognos (tkr)",
    (
        choice("grupp", "Grupp", BUDGET_GROUPS, width=16),
        choice("radtyp", "Radtyp", FOLLOWUP_ROW_TYPES, width=18),
        Column("post", "Post", TEXT, required=True, width=44),
        Column("budget", "Budget", TKR, width=12),
        Column("utfall", "Utfall", TKR, width=12),
        Column("prognos", "Prognos", TKR, width=12),
    ),
    help="Summeringsrader kontrolleras mot raderna. Raden Prognos eget kapital = eget kapital vid "
         "årets början + prognostiserat resultat.",
    prefill=(
        {"grupp": "Intäkter", "post": "Staten (Försäkringskassan och Arbetsförmedlingen)"},
        {"grupp": "Intäkter", "post": "Region"},
        {"grupp": "Intäkter", "post": "Kommun"},
        {"grupp": "Intäkter", "radtyp": "Summa grupp", "post": "Summa intäkter"},
        {"grupp": "Styrelsen", "post": "Styrelsearvoden"},
        {"grupp": "Styrelsen", "radtyp": "Summa grupp", "post": "Summa styrelsen"},
        {"grupp": "Administration", "post": "Konsulter"},
        {"grupp": "Administration", "radtyp": "Summa grupp", "post": "Summa administration"},
        {"grupp": "Insatser", "post": "Insats 1"},
        {"grupp": "Insatser", "radtyp": "Summa grupp", "post": "Summa insatser"},
        {"radtyp": "Summa kostnader", "post": "Summa kostnader"},
        {"radtyp": "Resultat", "post": "Resultat"},
        {"radtyp": "Prognos eget kapital", "post": "Prognos eget kapital"},
    ),
    blank_rows=0,
)

FOLLOWUP_WB = WorkbookSchema(
    "budgetuppfoljning.xlsx", "Budgetuppföljning",
    "Budgetuppföljning under året: budget, utfall till ett brytdatum och prognos för helåret. "
    "Filen får heta budgetuppfoljning-ÅÅÅÅ-MM-DD.xlsx.",
    (FOLLOWUP_FACTS, FOLLOWUP_LINES),
)

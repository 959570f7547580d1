"""budgetuppfoljning.xlsx: an interim budget follow-up (budget, utfall to a date, prognos)."""
from __future__ import annotations

from .ekonomi import BUDGET_GROUPS, group_column
from .fields import COUNT, DATE, KR, PERCENT, TEXT, TKR, YEAR, Column, FormSheet, TableSheet, WorkbookSchema, choice

FOLLOWUP_ROW_TYPES = ("Rad", "Rubrik", "Summa grupp", "Summa kostnader", "Resultat", "Prognos eget kapital")

FOLLOWUP_FACTS = FormSheet(
    "Uppgifter", "uppgifter", "Budgetuppföljning",
    (
        Column("forbund", "Förbund", TEXT, required=True, width=40),
        Column("ar", "År", YEAR, required=True),
        Column("per", "Utfall per", DATE, required=True, help="Brytdatum för utfallet."),
        Column("ek_ingaende", "Eget kapital vid årets början (tkr)", TKR, aliases=("Eget kapital vid årets början",),
               help="Hämtas från föregående års ekonomi.xlsx om den anges nedan; annars fyll i här."),
        Column("foregaende_ar", "Föregående års mapp", TEXT, link=("ekonomi.xlsx",),
               help="Sökväg till mappen med föregående års ekonomi.xlsx, t.ex. ../sundsvall-2023."),
        Column("driftsbidrag", "Driftsbidrag (tilldelade medel) i år", KR,
               help="Nämnaren för taket på eget kapital; tomt = summa intäkter i budgeten."),
        Column("ek_tak", "Eget kapital: högst andel av driftsbidraget", PERCENT, default=0.2,
               help="Tomt = inget tak."),
        Column("ek_golv", "Eget kapital: lägst (kr)", KR, help="Tomt = inget golv."),
        Column("bilaga_datum", "Bilaga till sammanträdet", DATE,
               help="Sammanträdet där uppföljningen är bilaga, om något."),
        Column("bilaga_nr", "Bilaga nummer", COUNT),
    ),
    help="Uppföljningen redovisar budget, utfall till brytdatum och prognos för helåret.",
)

FOLLOWUP_GROUPS = BUDGET_GROUPS  # the one sheet definition, shared with ekonomi.xlsx

FOLLOWUP_LINES = TableSheet(
    "Uppföljning", "uppfoljning", "Budget, utfall och prognos",
    (
        group_column(),
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
    (FOLLOWUP_FACTS, FOLLOWUP_GROUPS, FOLLOWUP_LINES),
    kind="budgetuppfoljning", version=2, year_field=("uppgifter", "ar"),
)

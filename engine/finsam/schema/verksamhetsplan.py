"""verksamhetsplan.xlsx: next year's budget, the plan for two more, member contributions."""
from __future__ import annotations

from .ekonomi import MEMBER_CATEGORIES, ROW_TYPES, SHARE_DENOMINATORS, BUDGET_GROUPS, group_column
from .fields import (DATE, KR, PERCENT, PROSE, TEXT, TKR, YEAR, Column, FormSheet, Line, StatementSheet,
                     TableSheet, WorkbookSchema, choice)
from .insatser import INSATS_TYPES
from .texter import Reference, table_reference_help


# The figures a text of the verksamhetsplan (verksamhetsplan.xlsx, Texter) can refer to:
# the plan's own, for the budget year (år 1) unless the name says another.
PLAN_REFERENCES = (
    Reference("driftsbidrag", "tilldelade medel år 1: medlemmarnas bidrag tillsammans", "belopp"),
    Reference("driftsbidrag år 2", "tilldelade medel år 2", "belopp"),
    Reference("driftsbidrag år 3", "tilldelade medel år 3", "belopp"),
    Reference("statens tilldelning", "statens tilldelning år 1, bladet Uppgifter", "belopp"),
    Reference("budget kostnader", "budgeterade kostnader år 1 (raden Summa kostnader i bladet Budget)", "belopp"),
    Reference("budget resultat", "budgeterat resultat år 1 (raden Resultat i bladet Budget)", "belopp"),
    Reference("budget insatser", "budgeten för insatserna år 1 (raderna i insatsgrupperna)", "belopp"),
    Reference("budget individinriktat", "budgeten för de individinriktade insatserna år 1", "belopp"),
    Reference("budget strukturövergripande", "budgeten för de strukturövergripande insatserna år 1", "belopp"),
    Reference("andel individinriktat", "individinriktade insatser år 1 i procent av målets nämnare", "andel"),
    Reference("mål individinriktat", "förbundets mål för andelen till individinriktade insatser", "andel"),
    Reference("eget kapital", "planerat eget kapital vid slutet av år 1 (balansbudgeten)", "belopp"),
    Reference("insatser", "antal insatsrader i budgeten", "antal"),
)


def plan_reference_help() -> tuple[tuple[str, str], ...]:
    return table_reference_help(PLAN_REFERENCES, "en text i bladet Texter", "verksamhetsplanen")


PLAN_YEARS = ("ar1", "ar2", "ar3")
STATEMENT_YEARS = ("ar0", "ar1", "ar2", "ar3")


def _years(kind=TKR):
    return (Column("ar1", "År 1", kind, width=12), Column("ar2", "År 2", kind, width=12),
            Column("ar3", "År 3", kind, width=12))


PLAN_FACTS = FormSheet(
    "Uppgifter", "uppgifter", "Verksamhetsplan och budget",
    (
        Column("forbund", "Förbund", TEXT, required=True, width=40),
        Column("forsta_ar", "Första planår (år 1)", YEAR, required=True,
               help="Budgetåret; år 2 och 3 är planår."),
        Column("beslutsdatum", "Beslutad av styrelsen", DATE),
        Column("staten_1", "Statens tilldelning år 1 (tkr)", TKR, required=True,
               help="Försäkringskassans och Arbetsförmedlingens bidrag; övriga medlemmars bidrag räknas fram."),
        Column("staten_2", "Statens tilldelning år 2 (tkr)", TKR, required=True),
        Column("staten_3", "Statens tilldelning år 3 (tkr)", TKR, required=True),
        Column("ek_tak", "Eget kapital: högst andel av tilldelade medel", PERCENT, default=0.2,
               help="Tomt = inget tak."),
        Column("ek_golv", "Eget kapital: lägst (kr)", KR, help="Tomt = inget golv."),
        Column("individ_mal", "Individinriktade insatser: lägst andel", PERCENT,
               help="Tomt om förbundet inte har något sådant mål."),
        choice("individ_namnare", "Individinriktade insatser: andel av", SHARE_DENOMINATORS, default="Driftsbidrag"),
        Column("ort", "Ort för underskrifterna", TEXT, help="T.ex. Timrå; står före datumet vid underskrifterna."),
    ),
    help="Regionens och kommunernas bidrag räknas fram ur statens tilldelning och medlemmarnas andelar "
         "och avrundas till hela tkr så att de tillsammans är lika med statens (största rest).",
)

PLAN_MEMBERS = TableSheet(
    "Medlemmar", "medlemmar", "Medlemmar och deras andel av de tilldelade medlen",
    (
        Column("namn", "Medlem", TEXT, required=True, width=40),
        choice("kategori", "Kategori", MEMBER_CATEGORIES, required=True, width=14),
        Column("andel", "Andel av driftsbidraget", PERCENT, required=True, width=16),
        Column("grund", "Grund för andelen", TEXT, width=30,
               help="T.ex. ”lika delning” eller ”befolkning 31/12 2020”."),
    ),
    help="Staten 50 %, regionen 25 %, kommunerna tillsammans 25 % fördelat efter befolkning eller "
         "överenskommelse.", blank_rows=10, unique="namn",
)

CONTRIBUTIONS = TableSheet(
    "Bidrag", "bidrag", "Medlemsbidrag som de anges i planen (frivilligt)",
    (Column("namn", "Medlem", TEXT, required=True, width=40), *_years()),
    help="Fyll i bara om planen redan anger bidragen; de kontrolleras då mot andelarna. Annars räknar "
         "programmet fram dem.", blank_rows=10,
)

PLAN_GROUPS = BUDGET_GROUPS  # the one sheet definition, shared with ekonomi.xlsx

PLAN_BUDGET = TableSheet(
    "Budget", "budget", "Budget och plan",
    (
        group_column(),
        choice("radtyp", "Radtyp", ROW_TYPES, width=16),
        Column("post", "Post", TEXT, required=True, width=44),
        choice("insatstyp", "Insatstyp", INSATS_TYPES, width=20,
               help="För rader i gruppen Insatser: individinriktad eller strukturövergripande."),
        *_years(),
    ),
    help="Detaljbudgeten. Planåren får lämnas tomma om planen bara anges i sammanställningen.",
    prefill=(
        {"grupp": "Intäkter", "post": "Staten"}, {"grupp": "Intäkter", "post": "Region"},
        {"grupp": "Intäkter", "post": "Kommun"},
        {"grupp": "Intäkter", "radtyp": "Summa grupp", "post": "Summa intäkter"},
        {"grupp": "Styrelsen", "post": "Styrelsearvoden"},
        {"grupp": "Styrelsen", "radtyp": "Summa grupp", "post": "Summa styrelsen"},
        {"grupp": "Administration", "post": "Personalkostnader kansliet"},
        {"grupp": "Administration", "radtyp": "Summa grupp", "post": "Summa administration"},
        {"grupp": "Insatser", "post": "Insats 1", "insatstyp": "Individinriktad"},
        {"grupp": "Insatser", "radtyp": "Summa grupp", "post": "Summa insatser"},
        {"radtyp": "Summa kostnader", "post": "Summa kostnader"}, {"radtyp": "Resultat", "post": "Resultat"},
    ),
    blank_rows=0,
)

PLAN_SUMMARY = TableSheet(
    "Sammanställning", "sammanstallning", "Sammanställning per grupp",
    (
        group_column(),
        choice("radtyp", "Radtyp", ROW_TYPES, width=16),
        Column("post", "Post", TEXT, required=True, width=44),
        *_years(),
    ),
    help="Planens sammanfattande tabell. Varje grupp ska stämma med detaljbudgeten de år den har belopp.",
    prefill=(
        {"grupp": "Intäkter", "post": "Medlemsbidrag"},
        {"grupp": "Intäkter", "radtyp": "Summa grupp", "post": "Summa intäkter"},
        {"grupp": "Styrelsen", "post": "Styrelsen"}, {"grupp": "Administration", "post": "Administration"},
        {"grupp": "Insatser", "post": "Insatser"},
        {"radtyp": "Summa kostnader", "post": "Summa kostnader"}, {"radtyp": "Resultat", "post": "Resultat"},
    ),
    blank_rows=0,
)

RESULT_BUDGET = StatementSheet(
    "Resultatbudget", "rb", "Resultatbudget", TKR,
    (
        Line("intakter", "Verksamhetens intäkter"),
        Line("kostnader", "Verksamhetens kostnader"),
        Line("verksamhetens_resultat", "Verksamhetens nettokostnader", "intakter - kostnader", strong=True),
        Line("finansiella_intakter", "Finansiella intäkter"),
        Line("finansiella_kostnader", "Finansiella kostnader"),
        Line("arets_resultat", "Årets resultat",
             "verksamhetens_resultat + finansiella_intakter - finansiella_kostnader", strong=True),
    ),
    years=STATEMENT_YEARS,
    help="Kostnader anges som positiva belopp. Första kolumnen är prognosen för året före planen.",
)

BALANCE_BUDGET = StatementSheet(
    "Balansbudget", "bb", "Balansbudget per den 31 december", TKR,
    (
        Line("anlaggningstillgangar", "Anläggningstillgångar"),
        Line("omsattningstillgangar", "Omsättningstillgångar"),
        Line("summa_tillgangar", "Summa tillgångar", "anlaggningstillgangar + omsattningstillgangar", strong=True),
        Line("balanserat", "Balanserat eget kapital"),
        Line("arets_resultat", "Årets resultat"),
        Line("eget_kapital", "Summa eget kapital", "balanserat + arets_resultat", strong=True),
        Line("avsattningar", "Avsättningar"),
        Line("langfristiga_skulder", "Långfristiga skulder"),
        Line("kortfristiga_skulder", "Kortfristiga skulder"),
        Line("summa_skulder", "Summa skulder", "langfristiga_skulder + kortfristiga_skulder"),
        Line("summa_ek_skulder", "Summa eget kapital, avsättningar och skulder",
             "eget_kapital + avsattningar + summa_skulder", strong=True),
    ),
    years=STATEMENT_YEARS,
)

PLAN_GOALS = TableSheet(
    "Mål", "mal", "Verksamhetsmål och övriga mål",
    (
        choice("kategori", "Kategori", ("Verksamhetsmål", "Finansiellt mål"), required=True, width=16),
        Column("mal", "Mål", TEXT, required=True, width=60),
        Column("indikator", "Indikator eller planerat värde", TEXT, width=40),
    ),
    help="Målen om eget kapital och individinriktade insatser följs upp automatiskt ur budgeten.",
    blank_rows=12,
)

PLAN_TEXTS = TableSheet(
    "Texter", "texter", "Planens text",
    (Column("rubrik", "Rubrik", TEXT, required=True, width=40),
     Column("text", "Text", PROSE, width=100)),
    blank_rows=15,
)

PLAN_MEETINGS = TableSheet(
    "Mötesplan", "motesplan", "Styrelsens mötesplan (frivilligt)",
    (Column("datum", "Datum", DATE, required=True, width=14),
     Column("tid", "Tid", TEXT, width=16, help="T.ex. 9.00–12.00."),
     Column("anteckning", "Övrig information", TEXT, width=60,
            help="T.ex. ”Beslut om årsredovisningen” eller ”Planeringsdag”.")),
    help="Fyll i om planen ska visa styrelsens möten under året.", blank_rows=12, optional=True,
)

PLAN_SIGNATURES = TableSheet(
    "Underskrifter", "underskrifter", "Underskrifter (frivilligt)",
    (Column("namn", "Namn", TEXT, required=True, width=30),
     Column("roll", "Roll", TEXT, width=24, help="T.ex. Ordförande, Vice ordförande, Ledamot.")),
    help="De som skriver under planen, i den ordning de ska stå. Lämna tomt om planen inte skrivs under.",
    blank_rows=10, optional=True,
)

PLAN_WB = WorkbookSchema(
    "verksamhetsplan.xlsx", "Verksamhetsplan",
    "Verksamhetsplan och budget: tre år sida vid sida, medlemsbidrag, resultat- och balansbudget, mål "
    "och planens text.",
    (PLAN_FACTS, PLAN_MEMBERS, CONTRIBUTIONS, PLAN_GROUPS, PLAN_BUDGET, PLAN_SUMMARY, RESULT_BUDGET,
     BALANCE_BUDGET, PLAN_GOALS, PLAN_TEXTS, PLAN_MEETINGS, PLAN_SIGNATURES),
    kind="verksamhetsplan", version=2, year_field=("uppgifter", "forsta_ar"), notes=plan_reference_help(),
)

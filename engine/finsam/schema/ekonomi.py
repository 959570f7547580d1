"""ekonomi.xlsx: settings, members, board, statements, budget follow-up."""
from __future__ import annotations

from .fields import (COUNT, DATE, KR, PERCENT, TEXT, TKR, YEAR, Column, FormSheet, Line, Ref,
                     StatementSheet, TableSheet, WorkbookSchema, choice)

MEMBER_CATEGORIES = ("Staten", "Region", "Kommun")
BOARD_ROLES = ("Ordförande", "Vice ordförande", "Ledamot", "Ersättare")
SHARE_DENOMINATORS = ("Driftsbidrag", "Kostnader")
YES_NO = ("Ja", "Nej")
GROUP_KINDS = ("Intäkter", "Kostnader")
ROW_TYPES = ("Rad", "Rubrik", "Summa grupp", "Summa kostnader", "Resultat")
NOTE_ROW_TYPES = ("Rad", "Summa")
DIFFERENCE_SIGNS = ("budget − utfall", "utfall − budget")
# The budget groups a blank workbook starts with; every förbund defines its own.
STANDARD_GROUPS = (
    {"grupp": "Intäkter", "slag": "Intäkter", "insatser": "Nej"},
    {"grupp": "Styrelsen", "slag": "Kostnader", "insatser": "Nej"},
    {"grupp": "Administration", "slag": "Kostnader", "insatser": "Nej"},
    {"grupp": "Insatser", "slag": "Kostnader", "insatser": "Ja"},
)


def budget_groups_sheet(title: str = "Budgetgrupper") -> TableSheet:
    """The förbund's own budget groups: which are income, which costs, which count as insatser
    (e.g. a group "Verksamhet" for shared activities that are not insatser)."""
    return TableSheet(
        "Budgetgrupper", "budgetgrupper", title,
        (
            Column("grupp", "Grupp", TEXT, required=True, width=28),
            choice("slag", "Slag", GROUP_KINDS, required=True, width=14,
                   help="Intäkter eller Kostnader: summa kostnader och resultat räknas ur detta."),
            choice("insatser", "Räknas till insatser", YES_NO, width=16,
                   help="Ja för grupper vars kostnader är insatser (jämförs med insatser.xlsx). Tomt = Nej."),
        ),
        help="Förbundets budgetgrupper. Gruppnamnen väljs sedan i budgettabellens kolumn Grupp.",
        prefill=STANDARD_GROUPS, blank_rows=6, unique="grupp", optional=True,
    )


def group_column(**kw) -> Column:
    return Column("grupp", "Grupp", TEXT, width=16, refs=Ref("budgetgrupper", "grupp"),
                  help="En grupp ur bladet Budgetgrupper.", **kw)

SETTINGS = FormSheet(
    "Inställningar", "installningar", "Inställningar för förbundet och året",
    (
        Column("namn", "Förbundets namn", TEXT, required=True, width=40,
               help="Som det ska stå i rapporterna, t.ex. Samordningsförbundet i Sundsvall."),
        Column("ort", "Säte (ort)", TEXT, required=True, help="Orten som står vid underskrifter."),
        Column("organisationsnummer", "Organisationsnummer", TEXT,
               help="Förbundets organisationsnummer (frivilligt)."),
        Column("ar", "Räkenskapsår", YEAR, required=True, help="Året som årsredovisningen avser."),
        Column("driftsbidrag", "Driftsbidrag (tilldelade medel) i år", KR, required=True,
               help="Medlemmarnas sammanlagda bidrag för året, i kronor."),
        Column("driftsbidrag_fg", "Driftsbidrag (tilldelade medel) föregående år", KR,
               help="Samma uppgift för föregående år, i kronor."),
        Column("ek_tak", "Eget kapital: högst andel av driftsbidraget", PERCENT,
               default=0.2, help="Nationella rådets rekommendation är högst 20 %. Tomt = inget tak."),
        Column("ek_golv", "Eget kapital: lägst (kr)", KR,
               help="Förbundets eget golv i kronor. Tomt = inget golv."),
        Column("individ_mal", "Individinriktade insatser: lägst andel", PERCENT,
               default=0.7, help="Målet för andelen av medlen som går till individinriktade insatser. "
                                 "Tomt = inget mål (andelen redovisas men bedöms inte)."),
        choice("individ_namnare", "Individinriktade insatser: andel av", SHARE_DENOMINATORS,
               default="Driftsbidrag",
               help="Driftsbidrag = andel av tilldelade medel; Kostnader = andel av verksamhetens kostnader."),
        Column("anstallda", "Antal anställda", COUNT, default=0,
               help="Förbundets egna anställda vid årets slut. Tomt = redovisas inte."),
        Column("beslutsdatum", "Årsredovisningen beslutad av styrelsen", DATE,
               help="Datum för styrelsens beslut (lämna tomt i ett utkast)."),
        Column("foregaende_ar", "Föregående års mapp", TEXT, link=("ekonomi.xlsx",),
               help="Frivilligt: sökväg till mappen med föregående års ekonomi.xlsx, t.ex. "
                    "../sundsvall-2022. Jämförelsetalen kontrolleras då mot förra årets rapport."),
    ),
    help="Värdena styr kontrollerna: tak och golv för eget kapital och målet för individinriktade "
         "insatser hör till förbundet och står här, inte i programmet.",
)

MEMBERS = TableSheet(
    "Medlemmar", "medlemmar", "Medlemmar och deras andel av driftsbidraget",
    (
        Column("namn", "Medlem", TEXT, required=True, width=40),
        choice("kategori", "Kategori", MEMBER_CATEGORIES, required=True, width=14),
        Column("andel", "Andel av driftsbidraget", PERCENT, required=True, width=16),
    ),
    help="Staten (Försäkringskassan och Arbetsförmedlingen) bär hälften, regionen en fjärdedel och "
         "kommunerna tillsammans en fjärdedel (lag 2003:1210).",
    blank_rows=8, unique="namn",
)

BOARD = TableSheet(
    "Styrelse", "styrelse", "Styrelsens ledamöter och ersättare under året",
    (
        Column("namn", "Namn", TEXT, required=True, width=28),
        choice("roll", "Roll", BOARD_ROLES, required=True, width=18),
        Column("organisation", "Organisation", TEXT, required=True, width=30),
        Column("period", "Period", TEXT, width=18, help="T.ex. ”t.o.m. 31/3” eller ”fr.o.m. 1/4”."),
        choice("undertecknar", "Undertecknar årsredovisningen", YES_NO, width=14,
               help="Tomt betyder Ja för ordinarie ledamöter och Nej för ersättare."),
    ),
    blank_rows=12,
)

MEETINGS = TableSheet(
    "Sammanträden", "sammantraden", "Styrelsens protokollförda sammanträden under året",
    (
        Column("datum", "Datum", DATE, required=True, width=14),
        Column("anteckning", "Anteckning", TEXT, width=30, help="T.ex. ”konstituerande möte”."),
    ),
    blank_rows=12,
)

INCOME_STATEMENT = StatementSheet(
    "Resultaträkning", "rr", "Resultaträkning", KR,
    (
        Line("intakter", "Verksamhetens intäkter", note=2),
        Line("kostnader", "Verksamhetens kostnader", note=3),
        Line("verksamhetens_resultat", "Verksamhetens resultat", "intakter - kostnader", strong=True),
        Line("finansiella_intakter", "Finansiella intäkter"),
        Line("finansiella_kostnader", "Finansiella kostnader"),
        Line("resultat_efter_finansiella", "Resultat efter finansiella poster",
             "verksamhetens_resultat + finansiella_intakter - finansiella_kostnader", strong=True),
        Line("extraordinara", "Extraordinära poster"),
        Line("arets_resultat", "Årets resultat", "resultat_efter_finansiella + extraordinara", strong=True),
    ),
    help="Kostnader anges som positiva belopp; rapporten visar dem med minustecken.",
)

BALANCE_SHEET = StatementSheet(
    "Balansräkning", "br", "Balansräkning per den 31 december", KR,
    (
        Line("rubrik_tillgangar", "Tillgångar", heading=True),
        Line("anlaggningstillgangar", "Anläggningstillgångar"),
        Line("fordringar", "Fordringar", note=4),
        Line("kortfristiga_placeringar", "Kortfristiga placeringar"),
        Line("kassa_bank", "Kassa och bank"),
        Line("summa_omsattningstillgangar", "Summa omsättningstillgångar",
             "fordringar + kortfristiga_placeringar + kassa_bank"),
        Line("summa_tillgangar", "Summa tillgångar",
             "anlaggningstillgangar + summa_omsattningstillgangar", strong=True),
        Line("rubrik_ek", "Eget kapital, avsättningar och skulder", heading=True),
        Line("eget_kapital", "Eget kapital", "ovrigt_eget_kapital + arets_resultat"),
        Line("arets_resultat", "därav årets resultat", aliases=("Årets resultat",)),
        Line("ovrigt_eget_kapital", "därav övrigt eget kapital", aliases=("Övrigt eget kapital",)),
        Line("avsattningar", "Avsättningar"),
        Line("langfristiga_skulder", "Långfristiga skulder"),
        Line("kortfristiga_skulder", "Kortfristiga skulder", note=5),
        Line("summa_skulder", "Summa skulder", "langfristiga_skulder + kortfristiga_skulder"),
        Line("summa_ek_skulder", "Summa eget kapital, avsättningar och skulder",
             "eget_kapital + avsattningar + summa_skulder", strong=True),
    ),
)

CASH_FLOW = StatementSheet(
    "Kassaflödesanalys", "kf", "Kassaflödesanalys", TKR,
    (
        Line("rubrik_lopande", "Den löpande verksamheten", heading=True),
        Line("resultat", "Resultat efter finansiella poster"),
        Line("justeringar", "Justeringar för poster som inte ingår i kassaflödet"),
        Line("fore_rorelsekapital", "Kassaflöde före förändringar av rörelsekapital",
             "resultat + justeringar", strong=True),
        Line("forandring_fordringar", "Minskning (+) / ökning (−) av kortfristiga fordringar"),
        Line("forandring_skulder", "Ökning (+) / minskning (−) av kortfristiga skulder"),
        Line("lopande", "Kassaflöde från den löpande verksamheten",
             "fore_rorelsekapital + forandring_fordringar + forandring_skulder", strong=True),
        Line("investering", "Kassaflöde från investeringsverksamheten"),
        Line("finansiering", "Kassaflöde från finansieringsverksamheten"),
        Line("arets_kassaflode", "Årets kassaflöde", "lopande + investering + finansiering", strong=True),
        Line("likvida_borjan", "Likvida medel vid årets början"),
        Line("likvida_slut", "Likvida medel vid årets slut", "likvida_borjan + arets_kassaflode",
             strong=True),
    ),
    help="Förändringarna ska stämma mot de två balansräkningarna.",
)

BALANCE_REQUIREMENT = StatementSheet(
    "Balanskravsresultat", "bkr", "Balanskravsresultat", TKR,
    (
        Line("arets_resultat", "Årets resultat enligt resultaträkningen"),
        Line("reducering_realisationsvinster", "Reducering av samtliga realisationsvinster"),
        Line("justering_realisationsvinster", "Justering för realisationsvinster enligt undantagsmöjlighet"),
        Line("justering_realisationsforluster", "Justering för realisationsförluster enligt undantagsmöjlighet"),
        Line("orealiserade", "Orealiserade vinster/förluster i värdepapper"),
        Line("aterforing_orealiserade", "Återföring av orealiserade förluster i värdepapper"),
        Line("efter_justeringar", "Årets resultat efter balanskravsjusteringar",
             "arets_resultat + reducering_realisationsvinster + justering_realisationsvinster"
             " + justering_realisationsforluster + orealiserade + aterforing_orealiserade", strong=True),
        Line("reservering_rur", "Reservering av medel till resultatutjämningsreserv"),
        Line("anvandning_rur", "Användning av medel från resultatutjämningsreserv"),
        Line("balanskravsresultat", "Balanskravsresultat",
             "efter_justeringar + reservering_rur + anvandning_rur", strong=True),
    ),
    years=("i_ar", "fg_ar", "fg2_ar"),
    help="Justeringar anges med tecken: det som minskar resultatet med minustecken.",
)

NOTES = TableSheet(
    "Noter", "noter", "Specifikationer till noterna",
    (
        Column("not_nr", "Not", COUNT, required=True, width=6),
        Column("post", "Post", TEXT, required=True, width=44),
        Column("i_ar", "Innevarande år", KR, width=16),
        Column("fg_ar", "Föregående år", KR, width=16),
        choice("radtyp", "Radtyp", NOTE_ROW_TYPES, width=12, optional=True,
               help="Tomt betyder Rad. En rad Summa (eller en post som börjar med ”Summa”) är notens "
                    "summa och kontrolleras mot raderna."),
    ),
    help="Raderna under en not ska summera till posten med samma notnummer i resultat- eller "
         "balansräkningen. Notens summarad får skrivas med. Not 1 (redovisningsprinciper) skrivs "
         "i texter.xlsx.",
    blank_rows=20,
)

BUDGET_GROUPS = budget_groups_sheet()

BUDGET = TableSheet(
    "Budgetuppföljning", "budget", "Detaljerad budgetuppföljning",
    (
        group_column(),
        choice("radtyp", "Radtyp", ROW_TYPES, width=16,
               help="Tomt betyder Rad. Summeringsrader kontrolleras mot raderna."),
        Column("post", "Post", TEXT, required=True, width=44),
        Column("budget", "Budget", TKR, width=12),
        Column("utfall", "Utfall", TKR, width=12),
        Column("differens", "Differens", TKR, computed="={budget}-{utfall}", width=14,
               computed_if=("differens_tecken", "utfall − budget", "={utfall}-{budget}"),
               aliases=("Differens (budget − utfall)",)),
        Column("utfall_fg", "Utfall föregående år", TKR, width=14),
    ),
    help="Intäkter som minskar en kostnadsgrupp (t.ex. ränteintäkter) anges med minustecken. "
         "Infoga nya rader mitt i en grupp så följer summaraden med.",
    extra_settings=(choice("differens_tecken", "Differens räknas som", DIFFERENCE_SIGNS,
                           help="Tomt: programmet ser själv vilket tecken tabellen använder."),),
    prefill=(
        {"grupp": "Intäkter", "post": "Staten (Försäkringskassan och Arbetsförmedlingen)"},
        {"grupp": "Intäkter", "post": "Region"},
        {"grupp": "Intäkter", "post": "Kommun"},
        {"grupp": "Intäkter", "radtyp": "Summa grupp", "post": "Summa intäkter"},
        {"grupp": "Styrelsen", "radtyp": "Rubrik", "post": "Styrelsen"},
        {"grupp": "Styrelsen", "post": "Styrelsearvoden"},
        {"grupp": "Styrelsen", "post": "Extern representation"},
        {"grupp": "Styrelsen", "radtyp": "Summa grupp", "post": "Summa styrelsen"},
        {"grupp": "Administration", "radtyp": "Rubrik", "post": "Administration"},
        {"grupp": "Administration", "post": "Lokalhyra"},
        {"grupp": "Administration", "post": "Förbrukningsmaterial"},
        {"grupp": "Administration", "post": "Kontorsmaterial"},
        {"grupp": "Administration", "post": "Mobiltelefon"},
        {"grupp": "Administration", "post": "Porto"},
        {"grupp": "Administration", "post": "Redovisningstjänster"},
        {"grupp": "Administration", "post": "IT-tjänster, datadrift"},
        {"grupp": "Administration", "post": "Konsulter"},
        {"grupp": "Administration", "post": "Övriga främmande tjänster"},
        {"grupp": "Administration", "post": "Utbildning, konferens och resor"},
        {"grupp": "Administration", "post": "Övriga personalkostnader"},
        {"grupp": "Administration", "post": "Ränteintäkter"},
        {"grupp": "Administration", "post": "Övriga finansiella kostnader"},
        {"grupp": "Administration", "radtyp": "Summa grupp", "post": "Summa administration"},
        {"grupp": "Insatser", "radtyp": "Rubrik", "post": "Insatser"},
        {"grupp": "Insatser", "post": "Insats 1"},
        {"grupp": "Insatser", "post": "Insats 2"},
        {"grupp": "Insatser", "post": "Insats 3"},
        {"grupp": "Insatser", "radtyp": "Summa grupp", "post": "Summa insatser"},
        {"radtyp": "Summa kostnader", "post": "Summa kostnader"},
        {"radtyp": "Resultat", "post": "Resultat"},
    ),
    blank_rows=0,
)

FIVE_YEARS = TableSheet(
    "Femårsöversikt", "femar", "Översikt över verksamhetens utveckling",
    (
        Column("ar", "År", YEAR, required=True, width=8),
        Column("intakter", "Verksamhetens intäkter", KR, width=18,
               help="Inklusive finansiella intäkter."),
        Column("kostnader", "Verksamhetens kostnader", KR, width=18,
               help="Inklusive finansiella kostnader."),
        Column("resultat", "Årets resultat", KR, computed="={intakter}-{kostnader}", width=16),
        Column("soliditet", "Soliditet", PERCENT, width=12),
        Column("anstallda", "Antal anställda", COUNT, width=12),
    ),
    help="Innevarande år först. Intäkter och kostnader inklusive finansiella poster.",
    blank_rows=5,
)

EKONOMI = WorkbookSchema(
    "ekonomi.xlsx", "Ekonomi",
    "Inställningar, medlemmar, styrelse, resultat- och balansräkning, kassaflöde, noter, "
    "budgetuppföljning, femårsöversikt och balanskravsresultat.",
    (SETTINGS, MEMBERS, BOARD, MEETINGS, INCOME_STATEMENT, BALANCE_SHEET, CASH_FLOW, NOTES,
     BUDGET_GROUPS, BUDGET, FIVE_YEARS, BALANCE_REQUIREMENT),
    kind="arsredovisning", version=2, year_field=("installningar", "ar"),
)

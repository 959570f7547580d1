"""ansokan.xlsx: one application for funds (ansökan om medel) for an insats.

What varies per förbund lives in the workbook, not in the program: its parties (the
members whose co-operation the application must show), how many of them must co-operate,
its cost types, and how many budget years its form has (at most ``MAX_YEARS``).

The förbund's parties are the workbook's own list (sheet Parter), not ekonomi.xlsx's
Medlemmar: an application is written and decided without the year's accounts, and the
Medlemmar sheet lists staten as one member (its share of the allocation) where the form
counts Försäkringskassan and Arbetsförmedlingen as two parties (lag 2003:1210, 5 §).
"""
from __future__ import annotations

from .ekonomi import MEMBER_CATEGORIES
from .fields import COUNT, DATE, KR, PROSE, TEXT, YEAR, Column, FormSheet, Ref, TableSheet, WorkbookSchema, choice
from .texter import Reference, table_reference_help


# The figures a text of an ansökan om medel (Beskrivning, Avsnitt) can refer to.
APPLICATION_REFERENCES = (
    Reference("sökt belopp", "det sökta beloppet, bladet Ansökan", "belopp"),
    Reference("budget totalt", "kostnadsbudgeten för alla år, bladet Kostnader", "belopp"),
    Reference("budget år 1", "kostnadsbudgeten första budgetåret", "belopp"),
    Reference("budget år 2", "kostnadsbudgeten andra budgetåret", "belopp"),
    Reference("budget år 3", "kostnadsbudgeten tredje budgetåret", "belopp"),
    Reference("budgetår", "antal budgetår", "antal"),
    Reference("samverkansparter", "antal samverkansparter i bladet Samverkansparter", "antal"),
    Reference("parter i samverkan", "förbundets parter som samverkar, den sökandes part medräknad", "antal"),
    Reference("minst parter", "hur många parter förbundet kräver ska samverka, bladet Villkor", "antal"),
)


def application_reference_help() -> tuple[tuple[str, str], ...]:
    return table_reference_help(APPLICATION_REFERENCES, "en text i bladen Beskrivning och Avsnitt", "ansökan")


MAX_YEARS = 3                    # budget columns År 1 … År 3
BUDGET_YEARS = tuple(f"ar{i}" for i in range(1, MAX_YEARS + 1))
STATE_PARTIES = ({"namn": "Försäkringskassan", "kategori": "Staten"},
                 {"namn": "Arbetsförmedlingen", "kategori": "Staten"})
COST_TYPES = ({"namn": "Lönekostnader"}, {"namn": "Lokalkostnader"}, {"namn": "Material (IT och telefoni)"},
              {"namn": "Övriga kostnader"})
SECTIONS = ("Avgränsningar och mervärde", "Genomförande/samverkan", "Jämställdhet", "Resultatspridning",
            "Förväntat resultat för de samverkande parterna", "Förväntat resultat för individerna")

APPLICATION = FormSheet(
    "Ansökan", "ansokan", "Ansökan om medel",
    (
        Column("forbund", "Förbund", TEXT, required=True, width=40, help="Förbundet som ansökan ställs till."),
        Column("insats", "Insatsens namn", TEXT, required=True,
               help="Protokollets beslut om ansökan hänvisar till namnet (eller diarienumret)."),
        Column("diarienummer", "Diarienummer", TEXT, help="Förbundets diarienummer för ansökan, om den har fått ett."),
        Column("budgetpost", "Budgetpost", TEXT,
               help="Raden insatsen får i verksamhetsplanens och budgetuppföljningens budget, om den heter "
                    "något annat än insatsen. Beviljade medel stäms av mot den raden."),
        Column("datum", "Datum för ansökan", DATE),
        Column("period", "Period", TEXT, help="Som i ansökan, t.ex. ”sept–dec 2024 och jan–dec 2025”."),
        Column("forsta_ar", "Första budgetår (år 1)", YEAR, required=True),
        Column("antal_ar", "Antal budgetår", COUNT, required=True, default=2, minimum=1, maximum=MAX_YEARS,
               help=f"Hur många år budgeten omfattar (1–{MAX_YEARS}); kolumnerna År 1, År 2 … i bladet Kostnader."),
        Column("sokt_belopp", "Sökt belopp totalt (kr)", KR, required=True,
               help="Beloppet ansökan avser; ska vara lika med kostnadsbudgetens summa för alla år."),
    ),
    help="Uppgifter om ansökan. Personnummer, telefonnummer och e-postadresser skrivs inte i arbetsboken.",
)

APPLICANT = FormSheet(
    "Sökande", "sokande", "Uppgifter om ansvarig part (stödmottagare)",
    (
        Column("organisation", "Organisationens namn", TEXT, required=True, width=40),
        Column("enhet", "Enhet/arbetsställe", TEXT),
        Column("part", "Förbundets part", TEXT, required=True, refs=Ref("parter", "namn"),
               help="Den av förbundets parter (bladet Parter) som organisationen hör till, t.ex. kommunen "
                    "för en kommunal förvaltning."),
        Column("organisationsnummer", "Organisationsnummer", TEXT),
        Column("behorig", "Behörig att teckna avtal", TEXT, help="Namn och titel; skriver under ansökan."),
        Column("kontaktperson", "Kontaktperson", TEXT),
        Column("utdelningsadress", "Utdelningsadress", TEXT),
        Column("postadress", "Postnummer och postadress", TEXT),
        Column("plusgiro", "Plusgiro", TEXT),
        Column("bankgiro", "Bankgiro", TEXT),
    ),
    help="Den organisation som söker och tar emot medlen.",
)

PARTNERS = TableSheet(
    "Samverkansparter", "samverkansparter", "Uppgifter om samverkansparter",
    (
        Column("organisation", "Organisationens namn", TEXT, required=True, width=30, refs=Ref("parter", "namn"),
               help="En av förbundets parter (bladet Parter)."),
        Column("enhet", "Enhet/arbetsställe", TEXT, width=20),
        Column("behorig", "Behörig att teckna avtal", TEXT, width=26, help="Skriver under för parten."),
        Column("kontaktperson", "Kontaktperson", TEXT, width=26),
    ),
    help="De av förbundets parter som samverkar i insatsen, utöver den sökande. Ansökan ska ta upp "
         "samverkan mellan minst så många parter som bladet Villkor anger.",
    blank_rows=6,
)

DESCRIPTION = FormSheet(
    "Beskrivning", "beskrivning", "Insatsbeskrivning",
    (
        Column("sammanfattning", "Sammanfattning", PROSE, required=True, width=80),
        Column("bakgrund", "Bakgrund till insatsen", PROSE, width=80),
        Column("syfte", "Syftet med insatsen", PROSE, required=True, width=80),
        Column("malgrupp", "Målgruppen för insatsen", PROSE, required=True, width=80,
               help="Målgruppen i stort; delgrupper skrivs i bladet Målgrupp."),
        Column("mal_forbehall", "Kommentar till målen", PROSE, width=80,
               help="T.ex. att målen är preliminära."),
    ),
    help="Insatsens beskrivning; övriga avsnitt i bladet Avsnitt.",
)

TARGET_GROUPS = TableSheet(
    "Målgrupp", "malgrupper", "Målgruppen i delgrupper (frivilligt)",
    (
        Column("grupp", "Delgrupp eller aktualiserande part", TEXT, required=True, width=30),
        Column("beskrivning", "Beskrivning", TEXT, width=80),
    ),
    help="En rad per delgrupp, t.ex. per part som aktualiserar deltagare.", blank_rows=8,
)

GOALS = TableSheet(
    "Mål", "mal", "Insatsens mål",
    (
        Column("mal", "Mål", TEXT, required=True, width=60),
        Column("indikator", "Indikator", TEXT, width=50, help="Hur målet mäts; varje mål ska ha en."),
    ),
    help="Insatsens mål, vart och ett med sin indikator.", blank_rows=10,
)

SECTIONS_SHEET = TableSheet(
    "Avsnitt", "avsnitt", "Övriga avsnitt i förbundets mall",
    (
        Column("rubrik", "Rubrik", TEXT, required=True, width=40),
        Column("text", "Text", PROSE, width=100),
    ),
    help="Avsnitten i förbundets mall för insatsbeskrivningar, i ordning. Ett avsnitt utan text tas inte med.",
    prefill=tuple({"rubrik": s} for s in SECTIONS), blank_rows=4,
)


def _years():
    return tuple(Column(key, f"År {i}", KR, width=14) for i, key in enumerate(BUDGET_YEARS, 1))


COSTS = TableSheet(
    "Kostnader", "kostnader", "Sökta medel: kostnadsbudget per år och kostnadsslag",
    (
        Column("kostnadsslag", "Kostnadsslag", TEXT, required=True, width=30, refs=Ref("kostnadsslag", "namn"),
               help="Ett kostnadsslag ur bladet Kostnadsslag."),
        Column("specifikation", "Specifikation", TEXT, width=30, help="T.ex. vilka övriga kostnader."),
        *_years(),
        Column("totalt", "Totalt", KR, computed="=" + "+".join(f"{{{k}}}" for k in BUDGET_YEARS), width=14),
    ),
    help="Insatsens totala kostnader. År 1 är första budgetåret i bladet Ansökan. Raden Summa ska vara "
         "summan av raderna; totalen ska vara lika med det sökta beloppet.",
    total_label="Summa", blank_rows=6,
)

COST_TYPES_SHEET = TableSheet(
    "Kostnadsslag", "kostnadsslag", "Förbundets kostnadsslag",
    (Column("namn", "Kostnadsslag", TEXT, required=True, width=40),
     Column("beskrivning", "Vad som ingår", TEXT, width=60)),
    help="Kostnadsslagen i förbundets ansökningsblankett.", prefill=COST_TYPES, blank_rows=6, unique="namn",
)

PARTIES = TableSheet(
    "Parter", "parter", "Förbundets samverkande parter",
    (Column("namn", "Part", TEXT, required=True, width=40),
     choice("kategori", "Kategori", MEMBER_CATEGORIES, width=14,
            help="Försäkringskassan och Arbetsförmedlingen är var sin part, båda staten.")),
    help="Förbundets medlemmar var för sig: Försäkringskassan, Arbetsförmedlingen, regionen och varje kommun.",
    prefill=STATE_PARTIES, blank_rows=6, unique="namn",
)

TERMS = FormSheet(
    "Villkor", "villkor", "Förbundets villkor för ansökan",
    (
        Column("minst_parter", "Minst antal samverkande parter", COUNT, required=True, default=2, minimum=1,
               help="Hur många av förbundets parter (den sökandes part medräknad) ansökan ska ta upp "
                    "samverkan mellan."),
        Column("villkor", "Villkor som text", TEXT, width=80,
               default="Ett krav för att ansökan ska behandlas är att den tar upp samverkan mellan minst två av "
                       "förbundets samverkande parter.",
               help="Står i ansökan som den skrivs ut."),
        Column("mottagare", "Ansökan skickas till", TEXT, width=60),
    ),
    help="Förbundets villkor, lika för alla ansökningar.",
)

APPLICATION_WB = WorkbookSchema(
    "ansokan.xlsx", "Ansökan om medel",
    "En ansökan om medel för en insats: sökande, samverkansparter, beskrivning, mål med indikatorer och "
    "kostnadsbudget per år. Filen får heta ansokan-NAMN.xlsx; flera ansökningar kan ligga i samma mapp.",
    (APPLICATION, APPLICANT, PARTNERS, DESCRIPTION, TARGET_GROUPS, GOALS, SECTIONS_SHEET, COSTS,
     COST_TYPES_SHEET, PARTIES, TERMS),
    kind="ansokan", year_field=("ansokan", "forsta_ar"), notes=application_reference_help(),
)

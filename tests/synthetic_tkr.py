"""A second kind of förbund for the tests, made up (not a copy of Sundsvall): it reports
in tkr with two decimals, has one kommun, its own insats types and budget groups, no goal
for the individinriktade share, no eget kapital floor, no ordförande text, goals judged
"Till viss del", blank cells for what it does not report (no meetings listed, no
anläggningstillgångar, last year's budget utfall), and a five-year overview in exact kronor.

The ledger is kept in whole kronor (``LEDGER``); every printed figure is the ledger's
rounded to the sheet's precision, sums rounded from the exact sums, as a real report
prints them. So the printed items need not add up to the printed totals: they agree
within their rounding, which is what the checks must accept.

    workbooks() -> {file name: data for finsam.schema.write.write_workbook}
"""
from __future__ import annotations

import copy
from decimal import ROUND_HALF_UP, Decimal

UNIT = "tkr med 2 decimaler"
EXACT = "kr, exakt"


def tkr(kr: int) -> Decimal:
    """Kronor printed in tkr with two decimals, rounded half up as ledgers print."""
    return (Decimal(kr) / 1000).quantize(Decimal("0.01"), ROUND_HALF_UP)


# The ledger, exact kronor: (this year 2024, last year 2023); None = not reported.
LEDGER = {
    "intakter": (4_200_004, 4_150_002),
    "kostnader": (4_010_118, 4_301_555),
    "finansiella_intakter": (12_345, 8_210),
    "finansiella_kostnader": (1_234, 999),
    "fordringar": (150_321, 170_987),
    "kassa_bank": (1_406_334, 1_084_671),
    "kortfristiga_skulder": (600_000, 500_000),
    "ek_start": (755_658, 900_000),
    # 2022 closing balances, for last year's cash flow
    "fordringar_2022": 160_000, "skulder_2022": 450_000, "kassa_2022": 1_190_000,
}


def _years(f):
    return tuple(f(i) for i in (0, 1))


def _statements() -> dict:
    L = LEDGER
    res = _years(lambda i: L["intakter"][i] - L["kostnader"][i])
    after = _years(lambda i: res[i] + L["finansiella_intakter"][i] - L["finansiella_kostnader"][i])
    rr = {
        "intakter": _years(lambda i: tkr(L["intakter"][i])),
        "kostnader": _years(lambda i: tkr(L["kostnader"][i])),
        "verksamhetens_resultat": _years(lambda i: tkr(res[i])),
        "finansiella_intakter": _years(lambda i: tkr(L["finansiella_intakter"][i])),
        "finansiella_kostnader": _years(lambda i: tkr(L["finansiella_kostnader"][i])),
        "resultat_efter_finansiella": _years(lambda i: tkr(after[i])),
        "extraordinara": (None, None),
        "arets_resultat": _years(lambda i: tkr(after[i])),
    }
    assets = _years(lambda i: L["fordringar"][i] + L["kassa_bank"][i])
    equity = _years(lambda i: L["ek_start"][i] + after[i])
    br = {
        "anlaggningstillgangar": (None, None),
        "fordringar": _years(lambda i: tkr(L["fordringar"][i])),
        "kortfristiga_placeringar": (None, None),
        "kassa_bank": _years(lambda i: tkr(L["kassa_bank"][i])),
        "summa_omsattningstillgangar": _years(lambda i: tkr(assets[i])),
        "summa_tillgangar": _years(lambda i: tkr(assets[i])),
        "eget_kapital": _years(lambda i: tkr(equity[i])),
        "arets_resultat": _years(lambda i: tkr(after[i])),
        "ovrigt_eget_kapital": _years(lambda i: tkr(L["ek_start"][i])),
        "avsattningar": (None, None),
        "langfristiga_skulder": (None, None),
        "kortfristiga_skulder": _years(lambda i: tkr(L["kortfristiga_skulder"][i])),
        "summa_skulder": _years(lambda i: tkr(L["kortfristiga_skulder"][i])),
        "summa_ek_skulder": _years(lambda i: tkr(equity[i] + L["kortfristiga_skulder"][i])),
    }
    ford_prev = (L["fordringar"][1], L["fordringar_2022"])
    skuld_prev = (L["kortfristiga_skulder"][1], L["skulder_2022"])
    d_ford = _years(lambda i: ford_prev[i] - L["fordringar"][i])      # a decrease is +
    d_skuld = _years(lambda i: L["kortfristiga_skulder"][i] - skuld_prev[i])
    running = _years(lambda i: after[i] + d_ford[i] + d_skuld[i])
    start = (L["kassa_bank"][1], L["kassa_2022"])
    kf = {
        "resultat": _years(lambda i: tkr(after[i])),
        "justeringar": (None, None),
        "fore_rorelsekapital": _years(lambda i: tkr(after[i])),
        "forandring_fordringar": _years(lambda i: tkr(d_ford[i])),
        "forandring_skulder": _years(lambda i: tkr(d_skuld[i])),
        "lopande": _years(lambda i: tkr(running[i])),
        "investering": (None, None),
        "finansiering": (None, None),
        "arets_kassaflode": _years(lambda i: tkr(running[i])),
        "likvida_borjan": _years(lambda i: tkr(start[i])),
        "likvida_slut": _years(lambda i: tkr(start[i] + running[i])),
    }
    prior = 150_000  # 2022's result, for the three-year balanskravsresultat
    three = (after[0], after[1], prior)
    bkr = {"arets_resultat": tuple(tkr(v) for v in three),
           "efter_justeringar": tuple(tkr(v) for v in three),
           "balanskravsresultat": tuple(tkr(v) for v in three)}
    for key in ("reducering_realisationsvinster", "justering_realisationsvinster",
                "justering_realisationsforluster", "orealiserade", "aterforing_orealiserade",
                "reservering_rur", "anvandning_rur"):
        bkr[key] = (Decimal(0), Decimal(0), Decimal(0))
    return {"rr": rr, "br": br, "kf": kf, "bkr": bkr}, after, equity, assets


def _b(grupp, post, budget=None, utfall=None, radtyp=None):
    row = {"grupp": grupp, "post": post, "budget": budget, "utfall": utfall, "utfall_fg": None}
    if radtyp:
        row["radtyp"] = radtyp
    return row


def D(x: str) -> Decimal:
    return Decimal(x)


BUDGET = [
    _b("Medlemsbidrag", "Staten", D("2100.00"), D("2100.00")),
    _b("Medlemsbidrag", "Region Testland", D("1050.00"), D("1050.00")),
    _b("Medlemsbidrag", "Testby kommun", D("1050.00"), D("1050.00")),
    _b("Medlemsbidrag", "Summa medlemsbidrag", D("4200.00"), D("4200.00"), radtyp="Summa grupp"),
    _b("Gemensamt", "Kansli", D("640.00"), D("612.40")),
    _b("Gemensamt", "Revision", D("50.00"), D("48.20")),
    _b("Gemensamt", "Ränteintäkter", D("-10.00"), D("-12.35")),
    _b("Gemensamt", "Finansiella kostnader", D("1.00"), D("1.23")),
    _b("Gemensamt", "Summa gemensamt", D("681.00"), D("649.48"), radtyp="Summa grupp"),
    _b("Verksamhet", "Gemensamma aktiviteter", D("200.00"), D("180.55")),
    _b("Verksamhet", "Summa verksamhet", D("200.00"), D("180.55"), radtyp="Summa grupp"),
    _b("Insatser", "Stegvis", D("1500.00"), D("1500.00")),
    _b("Insatser", "Arbetsträning", D("1000.00"), D("950.30")),
    _b("Insatser", "Samtalsstöd", D("420.00"), D("420.00")),
    _b("Insatser", "Samverkansforum", D("350.00"), D("298.67")),
    _b("Insatser", "Summa insatser", D("3270.00"), D("3168.97"), radtyp="Summa grupp"),
    # the printed total is the ledger's exact sum rounded (3 999 007 kr), not the rows' sum
    _b(None, "Summa kostnader", D("4151.00"), D("3999.01"), radtyp="Summa kostnader"),
    _b(None, "Resultat", D("49.00"), D("201.00"), radtyp="Resultat"),
]

GROUPS = [
    {"grupp": "Medlemsbidrag", "slag": "Intäkter", "insatser": "Nej"},
    {"grupp": "Gemensamt", "slag": "Kostnader", "insatser": "Nej"},
    {"grupp": "Verksamhet", "slag": "Kostnader", "insatser": "Nej"},
    {"grupp": "Insatser", "slag": "Kostnader", "insatser": "Ja"},
]

TYPES = [
    {"typ": "Individinsats", "klass": "Individinriktad"},
    {"typ": "Volyminsats", "klass": "Individinriktad"},
    {"typ": "Strukturell", "klass": "Strukturövergripande"},
]

INSATSER = [
    {"namn": "Stegvis", "typ": "Individinsats", "agare": "Testby kommun", "budgetpost": "Stegvis",
     "budget": D("1500.00"), "utfall": D("1500.00"), "beskrivning": "Stöd steg för steg mot arbete."},
    {"namn": "Arbetsträning", "typ": "individinsats", "agare": "Region Testland", "budgetpost": "Arbetsträning",
     "budget": D("1000.00"), "utfall": D("950.30"), "beskrivning": "Arbetsträning i kommunens verksamheter."},
    {"namn": "Samtalsstöd", "typ": "Volyminsats", "agare": "Testby kommun", "budgetpost": "Samtalsstöd",
     "budget": D("420.00"), "utfall": D("420.00"), "beskrivning": "Kortare samtalsstöd utan inskrivning."},
    {"namn": "Samverkansforum", "typ": "Strukturell", "agare": "Samordningsförbundet",
     "budgetpost": "Samverkansforum", "budget": D("350.00"), "utfall": D("298.67"),
     "ej_forbrukat": D("51.33"), "beskrivning": "Forum för chefer hos medlemmarna."},
]

INSATS_GOALS = [
    {"insats": "Stegvis", "mal": "Minst 20 deltagare går vidare till arbete eller studier.",
     "uppnatt": "Till viss del", "resultat": "Nio gick vidare till arbete."},
    {"insats": "Arbetsträning", "mal": "Deltagarna upplever att insatsen hjälpt dem.",
     "uppnatt": "ja", "resultat": "Enkäten visar en positiv bild."},
    {"insats": "Samverkansforum", "mal": "Fyra forum under året.", "uppnatt": "Delvis uppnått",
     "resultat": "Tre forum hölls."},
]

GOALS = [
    {"kategori": "Verksamhetsmål", "mal": "Fler deltagare än föregående år.", "matetal": "Deltagare",
     "jamforelse": "Fler än föregående år", "utfall_fg": 80,
     "kommentar": "Insatserna nådde fler än året innan."},
    {"kategori": "Verksamhetsmål", "mal": "Medlemmarna upplever att samverkan har stärkts.",
     "uppnatt": "Till viss del", "kommentar": "Två av tre medlemmar instämmer."},
]

PARTICIPANTS = [
    {"insats": "Stegvis", "kvinnor": 40, "man": 35, "arbete_kvinnor": 5, "arbete_man": 4},
    {"insats": "Arbetsträning", "kvinnor": 12, "man": 9, "studier_kvinnor": 1},
    {"insats": "Samtalsstöd", "volym": 230},
]


def workbooks() -> dict:
    statements, after, equity, assets = _statements()
    L = LEDGER
    five = [
        {"ar": 2024, "intakter": L["intakter"][0] + L["finansiella_intakter"][0],
         "kostnader": L["kostnader"][0] + L["finansiella_kostnader"][0], "resultat": after[0],
         "soliditet": Decimal("0.61")},
        {"ar": 2023, "intakter": L["intakter"][1] + L["finansiella_intakter"][1],
         "kostnader": L["kostnader"][1] + L["finansiella_kostnader"][1], "resultat": after[1],
         "soliditet": Decimal("0.60")},
        {"ar": 2022, "intakter": 4_100_000, "kostnader": 3_950_000, "resultat": 150_000},
    ]
    notes = [
        {"not_nr": 2, "post": "Staten", "i_ar": D("2100.00"), "fg_ar": D("2075.00")},
        {"not_nr": 2, "post": "Region Testland", "i_ar": D("1050.00"), "fg_ar": D("1037.50")},
        {"not_nr": 2, "post": "Testby kommun", "i_ar": D("1050.00"), "fg_ar": D("1037.50")},
        {"not_nr": 2, "post": "Summa", "i_ar": tkr(L["intakter"][0]), "fg_ar": tkr(L["intakter"][1]),
         "radtyp": "Summa"},
        {"not_nr": 5, "post": "Leverantörsskulder", "i_ar": D("412.10"), "fg_ar": D("300.00")},
        {"not_nr": 5, "post": "Upplupna kostnader", "i_ar": D("187.90"), "fg_ar": D("200.00")},
    ]
    eko = {
        "installningar": {
            "namn": "Samordningsförbundet Testbygd", "ort": "Testby", "ar": 2024,
            "driftsbidrag": 4_200_000, "driftsbidrag_fg": 4_150_000, "ek_tak": Decimal("0.25"),
            "ek_golv": None, "individ_mal": None, "individ_namnare": "Driftsbidrag", "anstallda": None,
        },
        "medlemmar": [
            {"namn": "Staten (Försäkringskassan och Arbetsförmedlingen)", "kategori": "Staten", "andel": 0.5},
            {"namn": "Region Testland", "kategori": "Region", "andel": 0.25},
            {"namn": "Testby kommun", "kategori": "Kommun", "andel": 0.25},
        ],
        "styrelse": [
            {"namn": "Alva Ek", "roll": "Ordförande", "organisation": "Testby kommun", "undertecknar": "Ja"},
            {"namn": "Bo Lind", "roll": "Vice ordförande", "organisation": "Region Testland",
             "undertecknar": "Ja"},
            {"namn": "Cilla Björk", "roll": "Ledamot", "organisation": "Försäkringskassan", "undertecknar": "Ja"},
            {"namn": "Dan Asp", "roll": "Ledamot", "organisation": "Arbetsförmedlingen", "undertecknar": "Ja"},
        ],
        "sammantraden": [],
        "budgetgrupper": GROUPS, "budget": BUDGET, "femar": five, "noter": notes,
        "budget.differens_tecken": "utfall − budget",
        **statements,
        **{f"{k}.enhet": UNIT for k in ("rr", "br", "kf", "bkr", "noter", "budget")},
        "femar.enhet": EXACT,
    }
    return copy.deepcopy({
        "ekonomi.xlsx": eko,
        "insatser.xlsx": {"insatstyper": TYPES, "insatser": INSATSER, "insatsmal": INSATS_GOALS, "mal": GOALS,
                          "insatser.enhet": UNIT},
        "deltagare.xlsx": {"deltagare": PARTICIPANTS},
        "texter.xlsx": {"texter": {
            "sammanfattning": "Ett år med fler deltagare och ett överskott.",
            "organisation": "Förbundet har tre medlemmar: staten, Region Testland och Testby kommun.",
            "redovisningsprinciper": "Årsredovisningen följer lagen om kommunal bokföring och redovisning "
                                     "i tillämpliga delar.",
        }},
    })

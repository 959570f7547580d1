"""Figures of Samordningsförbundet i Sundsvall's annual report 2022 (seed 003), transcribed
exactly AS PUBLISHED: no corrections, contradictions kept.

Every table gives the values printed, in the unit printed (``UNITS``), for every year column
printed (2022 and 2021; the balanskravsresultat also 2020). Sum lines carry the printed
subtotals and totals so a checker can compare them with their items. A blank cell in the
print is ``None``; a printed ``0`` is ``0``. The report prints no dashes in its tables, so no
dash had to be read as 0. A line the report does not print at all is ``None`` too (said so at
the line). Texts are our own short summaries, not the report's prose; the printed sentences
that state figures are kept verbatim in ``PROSE_FIGURES``.

The NNS indicator report 2022 (bilaga 9) is not part of this module. The contradictions found
are listed in sundsvall_2022_NOTES.md next to this file.
"""
from __future__ import annotations

import datetime as dt

D = dt.date

# Unit of each table as printed. The five-year overview and the notes print no unit; their
# figures are whole kronor. Soliditet in the five-year overview is printed in whole percent.
UNITS = {
    "rr": "kr", "br": "kr", "kf": "tkr", "bkr": "tkr", "budget": "tkr", "drift": "tkr",
    "femar": "kr", "femar_soliditet": "%", "noter": "kr", "insatser": "kr",
    "deltagare": "st", "enkater": "%", "insatskatalogen": "st / %",
}
# Decimals as printed: only the detailed budget follow-up has decimals, and only on the two
# member rows of 1 844,5 tkr (one decimal, decimal comma); every other figure is an integer.
DECIMALS = {
    "rr": 0, "br": 0, "kf": 0, "bkr": 0, "budget": 0, "budget_kommun_region": 1, "drift": 0,
    "femar": 0, "noter": 0, "insatser": 0, "insatskatalogen_procent": 1,
}
# The unit headings exactly as printed above each table (None: no unit printed).
UNIT_LABELS = {
    "rr": "Belopp i kr.", "br": "Belopp i kr.", "kf": "Belopp i tkr.", "bkr": "Belopp i tkr",
    "budget": "2.1 Detaljerad budgetuppföljning 2022, tusentals kronor", "drift": "Belopp tkr",
    "femar": None, "noter": None,
}

SETTINGS = {
    "namn": "Samordningsförbundet i Sundsvall",
    "ort": "Sundsvall",
    "organisationsnummer": None,  # not printed
    "ar": 2022,
    "driftsbidrag": 7_378_000,
    # "oförändrat jämfört med från föregående år"; not 2 prints 3 689 000 + 1 844 500 + 1 844 500
    # for 2021 as well.
    "driftsbidrag_fg": 7_378_000,
    "ek_tak": 0.2,        # "ska inte överstiga 20 procent av årets tilldelade medel"
    "ek_golv": 400_000,   # "dock heller inte understiga 400 000 kronor"
    "individ_mal": 0.7,   # "minst 70% av dessa gå till individinriktade insatser"
    # The goal is worded as a share of "tilldelade medel" (driftsbidrag), but its printed
    # outcome is "74 % av förbundets kostnader 2022" (the summary gives 78 % av driftsbidraget).
    "individ_namnare": "Driftsbidrag",
    "anstallda": 0,
    "beslutsdatum": D(2023, 2, 21),  # cover: "Beslutad av styrelsen 2023-02-21"
}

MEMBERS = [
    {"namn": "Staten (Försäkringskassan och Arbetsförmedlingen)", "kategori": "Staten", "andel": 0.5},
    {"namn": "Region Västernorrland", "kategori": "Region", "andel": 0.25},
    {"namn": "Sundsvalls kommun", "kategori": "Kommun", "andel": 0.25},
]

# 1.4, in the printed order. The list prints no chair: the roles come from the signature page
# ("Christina Nordenö Ordförande", "Jonas Väst Vice ordförande") and the chair's foreword.
# Lina Kempe is listed twice: ersättare t.o.m. 22/5, ordinarie fr.o.m. 23/5. Between Benny
# Norrbin (t.o.m. 18/1) and Pia Persbo (fr.o.m. 23/5) no ersättare for Arbetsförmedlingen is
# printed.
BOARD = [
    {"namn": "Christina Nordenö", "roll": "Ordförande", "organisation": "Region Västernorrland",
     "undertecknar": "Ja"},
    {"namn": "Jonas Väst", "roll": "Vice ordförande", "organisation": "Sundsvalls kommun",
     "undertecknar": "Ja"},
    {"namn": "Peter Pettersson", "roll": "Ledamot", "organisation": "Arbetsförmedlingen",
     "undertecknar": "Ja"},
    {"namn": "Fredrik Samnegård", "roll": "Ledamot", "organisation": "Försäkringskassan",
     "period": "t.o.m. 22/5", "undertecknar": "Nej"},
    {"namn": "Lina Kempe", "roll": "Ledamot", "organisation": "Försäkringskassan",
     "period": "fr.o.m. 23/5", "undertecknar": "Ja"},
    {"namn": "Sanna Jonsson", "roll": "Ersättare", "organisation": "Region Västernorrland"},
    {"namn": "Thomas Burman", "roll": "Ersättare", "organisation": "Sundsvalls kommun"},
    {"namn": "Benny Norrbin", "roll": "Ersättare", "organisation": "Arbetsförmedlingen",
     "period": "t.o.m. 18/1"},
    {"namn": "Pia Persbo", "roll": "Ersättare", "organisation": "Arbetsförmedlingen",
     "period": "fr.o.m. 23/5"},
    {"namn": "Lina Kempe", "roll": "Ersättare", "organisation": "Försäkringskassan",
     "period": "t.o.m. 22/5"},
    {"namn": "Lotta Qvarnlöf", "roll": "Ersättare", "organisation": "Försäkringskassan",
     "period": "fr.o.m. 23/5"},
]
# Signature page (7), in the printed order; the date line is printed blank ("Datum:.....").
SIGNATURES = [("Christina Nordenö", "Ordförande"), ("Lina Kempe", "Ledamot"),
              ("Jonas Väst", "Vice ordförande"), ("Peter Pettersson", "Ledamot")]

# "Styrelsen har under året haft 7 st. protokollförda sammanträden: 22/1, 25/2, 6/5, 17/6,
# 16/9, 21/10 och 25/11." Uncertain: 22/1/2022 was a Saturday, all other dates are Fridays;
# transcribed as printed.
MEETINGS = [
    {"datum": D(2022, 1, 22)}, {"datum": D(2022, 2, 25)}, {"datum": D(2022, 5, 6)},
    {"datum": D(2022, 6, 17)}, {"datum": D(2022, 9, 16)}, {"datum": D(2022, 10, 21)},
    {"datum": D(2022, 11, 25)},
]
MEETINGS_PRINTED_COUNT = 7

# Statements: line -> (2022, 2021[, 2020]) as printed. None = blank cell or line not printed.
# Resultaträkning, "Belopp i kr.". Sign convention of the schema: costs positive. The report
# prints "Verksamhetens kostnader" without sign but "Finansiella kostnader" as -429 / -453;
# those two are stored as positive costs (429, 453), see PRINTED_NEGATIVE.
RR = {
    "intakter": (7_377_991, 7_378_002),              # not 2 sums 2021 to 7 378 001
    "kostnader": (7_786_784, 7_663_802),
    "verksamhetens_resultat": (-408_792, -285_801),  # items give -408 793 and -285 800
    "finansiella_intakter": (None, None),            # line not printed
    "finansiella_kostnader": (429, 453),             # printed "-429", "-453"
    "resultat_efter_finansiella": (-409_222, -286_254),
    "extraordinara": (0, 0),
    "arets_resultat": (-409_222, -286_254),
}
PRINTED_NEGATIVE = {("rr", "finansiella_kostnader"): (-429, -453)}

# Balansräkning per 2022-12-31 and 2021-12-31, "Belopp i kr.".
BR = {
    "anlaggningstillgangar": (None, None),          # line not printed
    "fordringar": (224_600, 237_637),
    "kortfristiga_placeringar": (None, None),       # line not printed
    "kassa_bank": (3_471_999, 3_507_431),
    "summa_omsattningstillgangar": (3_696_600, 3_745_068),  # 224 600 + 3 471 999 = 3 696 599
    "summa_tillgangar": (3_696_599, 3_745_068),
    "eget_kapital": (812_116, 1_221_338),
    "arets_resultat": (-409_221, -286_254),         # printed "- 409 221"; RR: -409 222
    "ovrigt_eget_kapital": (1_221_338, 1_507_592),
    "avsattningar": (None, None),                   # line not printed
    "langfristiga_skulder": (None, None),           # line not printed
    "kortfristiga_skulder": (2_884_483, 2_523_730),
    "summa_skulder": (None, None),                  # only the heading "Skulder" is printed
    "summa_ek_skulder": (3_696_599, 3_745_068),
}

# Kassaflödesanalys, "Belopp i tkr.", columns 2022-12-31 and 2021-12-31. The line
# "Justeringar för poster som inte ingår i kassaflödet" is printed with both cells blank.
KF = {
    "resultat": (-409, -286),
    "justeringar": (None, None),
    "fore_rorelsekapital": (-409, -286),
    "forandring_fordringar": (-114, 58),    # BR: 237 637 -> 224 600 is a decrease of 13 tkr
    "forandring_skulder": (288, -575),      # BR: 2 523 730 -> 2 884 483 is an increase of 361 tkr
    "lopande": (-235, -803),
    "investering": (None, None),            # line not printed
    "finansiering": (None, None),           # line not printed
    "arets_kassaflode": (-235, -803),
    "likvida_borjan": (3_507, 4_277),
    "likvida_slut": (3_472, 3_507),         # 3 507 - 235 = 3 272; 4 277 - 803 = 3 474
}

# Balanskravsresultat (1.5.8), "Belopp i tkr", columns 2022, 2021, 2020. All zeros are printed
# as "0". The fourth line is printed with the label of the third ("Justering för
# realisationsvinster enligt undantagsmöjlighet" twice); we take it as the förluster line.
BKR = {
    "arets_resultat": (-409, -286, 165),
    "reducering_realisationsvinster": (0, 0, 0),
    "justering_realisationsvinster": (0, 0, 0),
    "justering_realisationsforluster": (0, 0, 0),
    "orealiserade": (0, 0, 0),
    "aterforing_orealiserade": (0, 0, 0),
    "efter_justeringar": (-409, -286, 165),
    "reservering_rur": (0, 0, 0),
    "anvandning_rur": (0, 0, 0),
    "balanskravsresultat": (-409, -286, 165),
}

# Labels printed differently from the schema's line labels.
PRINTED_LABELS = {
    ("kf", "fore_rorelsekapital"):
        "Kassaflöde från den löpande verksamheten före förändringar av rörelsekapital",
    ("kf", "forandring_fordringar"): "Ökning/minskning kortfristiga fordringar",
    ("kf", "forandring_skulder"): "Ökning/minskning kortfristiga skulder",
    ("kf", "lopande"): "Kassaflöde för den löpande verksamheten",
    ("bkr", "justering_realisationsforluster"):
        "Justering för realisationsvinster enligt undantagsmöjlighet",
    ("br", "arets_resultat"): "Årets resultat",
    ("br", "ovrigt_eget_kapital"): "Övrigt eget kapital",
}

# 5. Driftredovisning, "Belopp tkr". Columns: utfall jan-dec 2022, aktuell budget jan-dec 2022,
# "Avvikelse utfall - budget", bokslut helår 2021. Blank cells None. Utgående eget kapital 2021
# is printed "1221" (no thousands space).
DRIFT = [
    {"post": "Nettokostnad", "utfall": 7_787, "budget": 8_034, "avvikelse": 247, "bokslut_fg": 7_664},
    {"post": "Medlemsavgift", "utfall": 7_378, "budget": 7_378, "avvikelse": 0, "bokslut_fg": 7_378},
    {"post": "Resultat", "utfall": -409, "budget": -656, "avvikelse": 247, "bokslut_fg": -286},
    {"post": "Utgående eget kapital", "utfall": 812, "budget": 1_221, "avvikelse": 409,
     "bokslut_fg": 1_221},
    {"post": "Likvida medel", "utfall": 3_472, "budget": None, "avvikelse": None, "bokslut_fg": 4_276},
]

# 6. Noter (kronor, no unit printed). "i_ar" = 2022(-12-31), "fg_ar" = 2021(-12-31).
# Not 3 prints no figures ("Se detaljerad budgetuppföljning 2022-12-31, sida 22").
NOTES = [
    {"not_nr": 2, "post": "Driftbidrag från staten", "i_ar": 3_689_000, "fg_ar": 3_689_000},
    {"not_nr": 2, "post": "Driftbidrag från Sundsvalls kommun", "i_ar": 1_844_500, "fg_ar": 1_844_500},
    {"not_nr": 2, "post": "Driftbidrag från Region Västernorrland", "i_ar": 1_844_500, "fg_ar": 1_844_500},
    {"not_nr": 2, "post": "Öresutjämning", "i_ar": -9, "fg_ar": 1},
    {"not_nr": 2, "post": "Summa", "i_ar": 7_377_991, "fg_ar": 7_378_001, "radtyp": "Summa"},
    {"not_nr": 4, "post": "Skatteverket", "i_ar": 223_679, "fg_ar": 237_637},
    {"not_nr": 4, "post": "Övr. kortfristiga fordr", "i_ar": 921, "fg_ar": None},  # 2021 blank
    {"not_nr": 4, "post": "Summa", "i_ar": 224_600, "fg_ar": 237_637, "radtyp": "Summa"},
    {"not_nr": 5, "post": "Leverantörsskulder", "i_ar": 526_965, "fg_ar": 21_311},
    {"not_nr": 5, "post": "Interimsskulder", "i_ar": 2_338_292, "fg_ar": 2_478_443},
    {"not_nr": 5, "post": "Källskatt, Sociala avgifter", "i_ar": 19_226, "fg_ar": 23_976},
    {"not_nr": 5, "post": "Summa", "i_ar": 2_884_483, "fg_ar": 2_523_730, "radtyp": "Summa"},
]


def _b(grupp, post, budget=None, utfall=None, differens=None, fg=None, radtyp=None):
    row = {"grupp": grupp, "post": post, "budget": budget, "utfall": utfall,
           "differens": differens, "utfall_fg": fg}
    if radtyp:
        row["radtyp"] = radtyp
    return row


# 2.1 Detaljerad budgetuppföljning 2022, tusentals kronor. Columns: Budget 2022, Utfall 2022,
# Differens 2022, Utfall 2021. Labels exactly as printed. In 2022 the printed differens is
# utfall − budget on every row (the schema's computed column is budget − utfall). Blank cells
# (None): Lokalhyra 2021, every insats row 2021, the differens of "Resultat 2022".
BUDGET = [
    _b("Intäkter", "Försäkringskassan/Arbetsförmedlingen", 3_689, 3_689, 0, 3_689),
    _b("Intäkter", "Sundsvalls kommun", 1_844.5, 1_844.5, 0, 1_844.5),
    _b("Intäkter", "Region Västernorrland", 1_844.5, 1_844.5, 0, 1_844.5),
    _b("Intäkter", "Summa intäkter", 7_378, 7_378, 0, 7_378, radtyp="Summa grupp"),
    _b("Styrelsen", "Styrelsen", radtyp="Rubrik"),
    _b("Styrelsen", "Styrelsearvoden", 100, 103, 3, 115),
    _b("Styrelsen", "Extern representation", 5, 5, 0, 5),
    _b("Styrelsen", "Summa styrelsen", 105, 108, 3, 120, radtyp="Summa grupp"),
    _b("Administration", "Administration", radtyp="Rubrik"),
    _b("Administration", "Lokalhyra", 0, 60, 60, None),
    _b("Administration", "Hyra inventarier och maskiner", 0, 0, 0, 0),
    _b("Administration", "Förbrukningsmaterial", 1, 0, -1, 0),
    _b("Administration", "Kontorsmaterial", 3, 1, -2, 0),
    _b("Administration", "Fast telefoni", 0, 0, 0, 2),
    _b("Administration", "Mobiltelefon", 3, 0, -3, 0),
    _b("Administration", "Porto", 2, 0, -2, 0),
    _b("Administration", "Redovisningstjänster", 70, 68, -2, 74),
    _b("Administration", "IT-tjänster, datadrift", 18, 28, 10, 24),
    _b("Administration", "Konsulter", 768, 767, -1, 754),
    _b("Administration", "Övr. främmande tjänster", 16, 15, -1, 52),
    _b("Administration", "Utbildning/Konferens/resor", 80, 79, -1, 16),
    _b("Administration", "Övriga personalkostnader", 0, 0, 0, 0),
    _b("Administration", "Ränteintäkter", 0, 0, 0, 0),
    _b("Administration", "Övriga finansiella kostnader", 1, 1, 0, 1),
    _b("Administration", "Summa administration", 962, 1_019, 57, 923, radtyp="Summa grupp"),
    _b("Insatser", "Insatser 2022", radtyp="Rubrik"),
    _b("Insatser", "Arbetsmarknadstorget", radtyp="Rubrik"),
    _b("Insatser", "• Försäkringskassan", 193, 193, 0, None),
    _b("Insatser", "• 2 st. Arbetsförmedlare", 1_160, 1_160, 0, None),
    _b("Insatser", "• Sip-Samordnare", 645, 645, 0, None),
    _b("Insatser", "• 3 st. Arbetskonsulenter", 1_894, 1_789, -105, None),
    _b("Insatser", "• Psykolog", 895, 867, -28, None),
    _b("Insatser", "• Arbetsterapeut", 610, 603, -7, None),
    _b("Insatser", "Rehabvägledare", 620, 500, -120, None),
    _b("Insatser", "Utvecklingsledare", 745, 758, 13, None),
    _b("Insatser", "Insatskatalogen", 55, 48, -7, None),
    _b("Insatser", "Psykeveckan", 50, 23, -27, None),
    _b("Insatser", "Kompetensutveckling, gemensamma utbildningar", 100, 74, -26, None),
    _b("Insatser", "Summa insatser 2022", 6_967, 6_660, -307, 6_621, radtyp="Summa grupp"),
    _b(None, "Summa kostnader 2022", 8_034, 7_787, -247, 7_664, radtyp="Summa kostnader"),
    _b(None, "Resultat 2022", -656, -409, None, -286, radtyp="Resultat"),
]

# 1.1 Översikt över verksamhetens utveckling (kronor, no unit printed; soliditet in whole %,
# printed "22 %" for 2022 and "33%" etc. for the other years). Intäkter and kostnader here
# include the financial items: 7 786 784 + 429 = 7 787 213 and 7 663 802 + 453 = 7 664 255.
FIVE_YEARS = [
    {"ar": 2022, "intakter": 7_377_991, "kostnader": 7_787_213, "resultat": -409_222,
     "soliditet": 22, "anstallda": 0},
    {"ar": 2021, "intakter": 7_378_001, "kostnader": 7_664_255, "resultat": -286_254,
     "soliditet": 33, "anstallda": 0},
    {"ar": 2020, "intakter": 7_378_000, "kostnader": 7_213_245, "resultat": 164_757,  # ≠ 164 755
     "soliditet": 32, "anstallda": 0},
    {"ar": 2019, "intakter": 7_424_000, "kostnader": 7_109_107, "resultat": 314_893,
     "soliditet": 30, "anstallda": 0},
    {"ar": 2018, "intakter": 7_860_000, "kostnader": 7_525_700, "resultat": 334_000,  # ≠ 334 300
     "soliditet": 22, "anstallda": 0},
]

AMT = "Sundsvalls kommun (Arbetsmarknadstorget)"
# Owners: the 2022 report names only Sundsvalls kommun as huvudman for Rehabvägledare (1.3),
# the förbund as owner of Insatskatalogen (Sundsvall's part), and Sundsvalls kommun as the
# employer of the utvecklingsledare (Organisation). Försäkringskassan and Arbetsförmedlingen
# follow from the insats names. For the other AMT insatser no owner is printed; we use the
# 2023 module's owner (OWNER_NOT_PRINTED).
OWNER_NOT_PRINTED = {"SIP-samordnare på AMT", "Arbetskonsulent AE", "Arbetskonsulent gemensam",
                     "Psykolog", "Arbetsterapeut", "Kompetensutveckling – gemensamma utbildningar",
                     "Psykiatridagarna 2022"}
# Names as in Tabell 1 / 1.5.1 for the individinriktade insatser; "rubrik" is the heading of
# the insats in 1.5.6/1.5.7 as printed. Type as the report classifies it: 1.5.6 =
# individinriktade (Rehabvägledare is in Tabell 1 and its 500 000 kr is inside the 5 755 696 kr),
# 1.5.7 = strukturövergripande. Utvecklingsledare has no section of its own; it is
# strukturövergripande because the printed 903 000 kr equals 758 + 48 + 23 + 74 tkr
# (Utvecklingsledare + Insatskatalogen + Psykeveckan + Kompetensutveckling).
# budget/utfall in kr only where the text prints a kr amount; otherwise None (the tkr figures
# are in BUDGET under "budgetpost"). "• 3 st. Arbetskonsulenter" is shared by Arbetskonsulent
# AE (one konsulent) and Arbetskonsulent gemensam (two). The report gives no beviljat /
# förbrukat / ej förbrukat for the structural insatser.
INSATSER = [
    {"namn": "SIP-samordnare på AMT", "typ": "Individinriktad", "agare": AMT,
     "rubrik": "Socialsekreterare med SIP-samordnarfunktion",
     "budgetpost": "• Sip-Samordnare", "budget": None, "utfall": None,
     "beskrivning": "Socialsekreterare som samordnar kontakten med vården för deltagare med fysisk "
                    "eller psykisk ohälsa och utvecklar användningen av samordnad individuell plan (SIP)."},
    {"namn": "Försäkringskassan på AMT", "typ": "Individinriktad", "agare": "Försäkringskassan",
     "rubrik": "Handläggare från Försäkringskassan",
     "budgetpost": "• Försäkringskassan", "budget": None, "utfall": None,
     "beskrivning": "En försäkringsutredare på Arbetsmarknadstorget stöttar personer med långvarig "
                    "ohälsa och sprider kunskap om sjukförsäkringen i beredningsgrupperna."},
    # budget: "två heltidstjänster ... till ett sammanlagt belopp på 1100 000 kr" (printed thus);
    # the follow-up prints 1 160 tkr as budget and utfall.
    {"namn": "Arbetsförmedlare på AMT", "typ": "Individinriktad", "agare": "Arbetsförmedlingen",
     "rubrik": "Arbetsförmedlare på arbetsmarknadstorget",
     "budgetpost": "• 2 st. Arbetsförmedlare", "budget": 1_100_000, "utfall": None,
     "beskrivning": "Två arbetsförmedlare säkrar Arbetsförmedlingens närvaro på torget och arbetar "
                    "mot anpassade anställningar, studier och rätt ersättningsform."},
    {"namn": "Arbetskonsulent AE", "typ": "Individinriktad", "agare": AMT,
     "rubrik": "Arbetskonsulent för personer med aktivitetsersättning",
     "budgetpost": "• 3 st. Arbetskonsulenter", "budget": None, "utfall": None,
     "beskrivning": "Arbetslivsinriktad rehabilitering för unga vuxna med funktionsnedsättning och "
                    "aktivitetsersättning eller sjukpenning."},
    {"namn": "Arbetskonsulent gemensam", "typ": "Individinriktad", "agare": AMT,
     "rubrik": "Två arbetskonsulenter för personer som har behov av förrehabiliterande insatser "
               "men som inte uppstår försörjningsstöd",
     "budgetpost": "• 3 st. Arbetskonsulenter", "budget": None, "utfall": None,
     "beskrivning": "Förrehabiliterande stöd för personer som saknar naturliga vägar in till "
                    "arbetslivsinriktad rehabilitering."},
    {"namn": "Psykolog", "typ": "Individinriktad", "agare": AMT, "rubrik": "Psykologtjänst",
     "budgetpost": "• Psykolog", "budget": None, "utfall": None,
     "beskrivning": "Psykologkompetens på torget: utbildning och konsultation för personalen samt "
                    "bedömningar och behandling för deltagare."},
    {"namn": "Arbetsterapeut", "typ": "Individinriktad", "agare": AMT, "rubrik": "Arbetsterapeutjänst",
     "budgetpost": "• Arbetsterapeut", "budget": None, "utfall": None,
     "beskrivning": "Utredning och behandling av aktivitetsförmåga samt konsultativt stöd till "
                    "arbetskonsulenter och socialsekreterare."},
    # utfall: "finansierade en tjänst till en kostnad av 500 000 kronor".
    {"namn": "Rehabvägledare", "typ": "Individinriktad", "agare": "Sundsvalls kommun",
     "rubrik": "I-Kraft Rehabvägledare", "budgetpost": "Rehabvägledare", "budget": None,
     "utfall": 500_000,
     "beskrivning": "Stöd och vägledning utan biståndsbeslut för personer med psykisk ohälsa mot "
                    "bättre mående och ökad aktivitet; finansieringen upphör inför 2023."},
    {"namn": "Utvecklingsledare", "typ": "Strukturövergripande", "agare": "Sundsvalls kommun",
     "rubrik": None, "budgetpost": "Utvecklingsledare", "budget": None, "utfall": None,
     "beviljat": None, "forbrukat": None, "ej_forbrukat": None,
     "beskrivning": "Tjänsten som förbundet köper av Sundsvalls kommun; bland annat arbetet med "
                    "att implementera BIP på Arbetsmarknadstorget."},
    {"namn": "Insatskatalogen", "typ": "Strukturövergripande", "agare": "Samordningsförbundet",
     "rubrik": "Insatskatalogen", "budgetpost": "Insatskatalogen", "budget": None, "utfall": None,
     "beviljat": None, "forbrukat": None, "ej_forbrukat": None,
     "beskrivning": "Sökverktyg över insatser och aktiviteter; förbundet äger delen för Sundsvalls kommun."},
    {"namn": "Kompetensutveckling – gemensamma utbildningar", "typ": "Strukturövergripande",
     "agare": "Samordningsförbundet", "rubrik": "Kompetensutveckling – gemensamma utbildningar",
     "budgetpost": "Kompetensutveckling, gemensamma utbildningar", "budget": None, "utfall": None,
     "beviljat": None, "forbrukat": None, "ej_forbrukat": None,
     "beskrivning": "Inspirationsdag i länet (flyttad till våren 2023), samverkansdag för "
                    "Arbetsmarknadstorget och medverkan i psykiatridagarna."},
    {"namn": "Psykiatridagarna 2022", "typ": "Strukturövergripande", "agare": None,
     "rubrik": "Psykiatridagarna 2022", "budgetpost": "Psykeveckan", "budget": None, "utfall": None,
     "beviljat": None, "forbrukat": None, "ej_forbrukat": None,
     "beskrivning": "Föreläsningar om psykisk ohälsa i samarrangemang med regionen, kommunen, "
                    "brukarrådet och länets samordningsförbund, på plats och digitalt."},
]
# Further headings under 1.5.7 without a budget post of their own (not insatser in the
# follow-up): figures as printed.
STRUCTURE_ACTIVITIES = [
    {"namn": "Inspirationsdag i länet", "del_av": "Kompetensutveckling – gemensamma utbildningar",
     "genomford": False},
    {"namn": "Samverkansdagen", "del_av": "Kompetensutveckling – gemensamma utbildningar",
     "datum": D(2022, 6, 1)},
    {"namn": "BIP (jobb-/sysselsättningsindikatorprojektet)", "del_av": None,
     "kick_off": D(2022, 4, 29), "deltagare_kick_off": 90, "utbildning_skapa": D(2022, 5, 20),
     "workshops": 2},
    {"namn": "Våga fråga", "del_av": None},
    {"namn": "Norrlandskonferens 2022", "del_av": None, "deltagare": 52, "enkatsvar": 30},
]

# Mål per insats (1.5.6 tables and 1.5.7). (insats, mål in our words, judgement EXACTLY as
# printed in "Har målet uppnåtts? Ja eller nej", result in our words with the printed figures).
# The printed result cells with figures are verbatim in PROSE_FIGURES. None = no judgement
# printed.
INSATS_GOALS = [
    ("SIP-samordnare på AMT", "Socialsekreterarna på ekonomiskt bistånd registrerar med stöd av "
     "SIP-samordnaren minst lika många SIP-beslut som 2021.", "Ja", "100 SIP-beslut registrerades."),
    ("SIP-samordnare på AMT", "Minst 70 konsultationer med socialsekreterare och samverkanspartner "
     "på torget under 2022.", "Ja", "165 konsultationer genomfördes."),
    ("SIP-samordnare på AMT", "Socialsekreterare och samverkanspartner upplever att stödet från "
     "SIP-samordnaren håller god kvalitet.", "Ja",
     "35 av 42 tillfrågade svarade; 100 % av dem upplevde stöd av god kvalitet."),
    ("Försäkringskassan på AMT", "Kunskapen om sjukförsäkringen ökar.",
     "Ja. Målet att öka kunskapen om sjukförsäkringen har uppnåtts.",
     "Första året som det konsultativa stödet följs; stöd i ärenden vid 59 tillfällen under första "
     "halvåret."),
    ("Försäkringskassan på AMT", "35 individer aktualiseras under 2022 (riktvärde).", "Nej",
     "20 individer skrevs in; lång väntetid till gemensam kartläggning hos Arbetsförmedlingen "
     "begränsade inflödet."),
    ("Arbetsförmedlare på AMT", "Minst 60 subventionerade anställningar (lönebidrag och "
     "nystartsjobb) under 2022.", "Ja",
     "[insats: Arbetsförmedlare på AMT till arbete] anställningar, varav 82 med lönebidrag (47 nya beslut, 35 förlängningar), 12 utan stöd, "
     "10 nystartsjobb, 4 introduktionsjobb och 3 Samhall; dessutom 5 sjukersättningar, "
     "1 aktivitetsersättning och 9 till studier, totalt 126 individer."),
    ("Arbetsförmedlare på AMT", "Deltagarna närmar sig egen försörjning (NNS indikatorenkät).", "Ja",
     "Alla 17 svarande var mer redo att arbeta eller studera."),
    ("Arbetsförmedlare på AMT", "Deltagarna upplever att de fått hjälp att hantera sin situation "
     "(NNS indikatorenkät).", "Ja", "Alla utom en av 17 svarande."),
    ("Arbetsförmedlare på AMT", "Det finns en planering när insatsen avslutas (NNS indikatorenkät).",
     "Nej", "För få avslutsenkäter för att kunna mäta målet."),
    ("Arbetskonsulent AE", "Fler deltagare avslutas till arbete eller studier än 2021.", "Ja",
     "[insats: Arbetskonsulent AE till arbete eller studier] individer, mot 3 år 2021."),
    ("Arbetskonsulent AE", "Deltagarna närmar sig egen försörjning (NNS indikatorenkät).", "Ja",
     "36 svarande; 81 % var mer redo att arbeta eller studera."),
    ("Arbetskonsulent AE", "Deltagarna upplever att de fått hjälp att hantera sin situation "
     "(NNS indikatorenkät).", "Ja", "36 svarande; 78 % hade fått hjälp att hantera sin situation."),
    ("Arbetskonsulent AE", "Det finns en planering när insatsen avslutas (NNS indikatorenkät).",
     "Nej", "För få avslutsenkäter för att kunna mäta målet."),
    ("Arbetskonsulent gemensam", "Fler deltagare avslutas till arbete eller studier än 2021.", "Ja",
     "[insats: Arbetskonsulent gemensam till arbete] individer till arbete, mot 3 år 2021."),
    # The two arbetskonsulent tables print identical survey figures (36 / 81 % / 78 %).
    ("Arbetskonsulent gemensam", "Deltagarna närmar sig egen försörjning (NNS indikatorenkät).",
     "Ja", "36 svarande; 81 % var mer redo att arbeta eller studera."),
    ("Arbetskonsulent gemensam", "Deltagarna upplever att de fått hjälp att hantera sin situation "
     "(NNS indikatorenkät).", "Ja", "36 svarande; 78 % hade fått hjälp att hantera sin situation."),
    ("Arbetskonsulent gemensam", "Det finns en planering när insatsen avslutas (NNS "
     "indikatorenkät).", "Nej", "För få avslutsenkäter för att kunna mäta målet."),
    ("Psykolog", "Två utbildningstillfällen per år för personalen, med utvärdering.", "Ja",
     "4 utbildningstillfällen i januari 2022 och en föreläsning för arbetsledare i december; stor "
     "nöjdhet i utvärderingarna."),
    ("Psykolog", "Regelbunden stödjande och rådgivande konsultation för deltagarnära personal.", "Ja",
     "163 konsultationer; enkät till 22 arbetskonsulenter med 59 % svarsfrekvens, alla nöjda eller "
     "mycket nöjda."),
    ("Psykolog", "30 kliniska bedömningar och 30 behandlingsinsatser riktade till deltagare.", "Ja",
     "30 kliniska bedömningar genomfördes (behandlingsinsatserna redovisas inte)."),
    ("Arbetsterapeut", "Utreda aktivitetsförmåga och vidta åtgärder så att deltagaren kan vara kvar "
     "i, återgå till eller få ett arbete.", "Ja", "33 deltagarprocesser, varav 20 aktualiserades 2022."),
    ("Arbetsterapeut", "Bidra med ett arbetsterapeutiskt perspektiv och konsultativt stöd till "
     "arbetskonsulenter och socialsekreterare.", "Ja", "100 konsultationer enligt SUS."),
    ("Rehabvägledare", "Fler deltagare avslutas till arbete eller studier än 2021.", "Ja",
     "[insats: Rehabvägledare till arbete eller studier] individer, mot 7 år 2021."),
    # 1.5.7 has no Ja/Nej column; the judgement is the printed sentence.
    ("Insatskatalogen", "Användningen av katalogen ökar 2022 jämfört med 2021.",
     "Således är målet, att öka användandet under 2022 jämfört med 2021 uppnått.",
     "I Sundsvall ökade användarna med 75,7 %, sessionerna med 24,0 % och sidvisningarna med "
     "47,2 % de senaste 12 månaderna."),
    ("Kompetensutveckling – gemensamma utbildningar", "En inspirationsdag med övriga förbund i länet.",
     None, "Flyttad till våren 2023, med tema SFI-elever med bristande språkprogression."),
    ("Kompetensutveckling – gemensamma utbildningar", "En lokal samverkansdag om förbundet, "
     "insatserna och huvudmännens uppdrag.", None, "Genomförd den 1 juni för Arbetsmarknadstorget."),
    ("Kompetensutveckling – gemensamma utbildningar", "Medverka i psykiatriveckan tillsammans med "
     "kommunen, regionen och brukarorganisationerna.", None,
     "Psykiatridagarna genomfördes med cirka 100 personer på plats och 1157 påbörjade streams."),
]

# 1.5.3 and 1.5.4. "uppnatt" is the judgement exactly as printed (None: none printed). The
# two financial goals on eget kapital and the individinriktade share are transcribed here
# too, although the 2023 module leaves them to the automatic follow-up.
GOALS = [
    {"kategori": "Verksamhetsmål", "mal": "Fler deltagare i individinriktade insatser avslutas "
     "till studier eller arbete 2022 jämfört med 2021.", "matetal": "Till arbete eller studier",
     "jamforelse": "Fler än föregående år", "utfall": 137, "utfall_fg": 67, "uppnatt": None,
     "kommentar": "Mer än en fördubbling; förklaras med efterfrågan på arbetskraft efter pandemin "
                  "och bedöms inte vara ett normalt år."},
    {"kategori": "Verksamhetsmål", "mal": "Deltagare i individinriktade insatser närmar sig egen "
     "försörjning.", "uppnatt": "årets resultat är tillfredställande",
     "kommentar": "85 % av männen och 84 % av kvinnorna i pågående insats är mer redo att arbeta "
                  "eller studera (rikssnitt 66 % respektive 55 %)."},
    {"kategori": "Verksamhetsmål", "mal": "Deltagare i individinriktade insatser upplever att de "
     "fått hjälp att utveckla sätt att hantera sin situation.",
     "uppnatt": "årets resultat är tillfredställande",
     "kommentar": "Pågående insats: 91 % av männen och 79 % av kvinnorna; avslutad insats: 95 % "
                  "respektive 80 %."},
    {"kategori": "Verksamhetsmål", "mal": "Deltagarna upplever att det finns en planering som tar "
     "vid när insatsen avslutas.", "uppnatt": "årets resultat inte är helt tillfredställande",
     "kommentar": "75 % av männen och 89 % av kvinnorna; männen ligger under rikssnittet 82 %."},
    {"kategori": "Verksamhetsmål", "mal": "Samverkansstrukturen inom Samordningsförbundet i "
     "Sundsvall är en fungerande plattform för att initiera, upprätthålla och underhålla relationen "
     "mellan inblandade parter.", "uppnatt": "årets resultat inte är helt tillfredsställande",
     "kommentar": "67 % av personalen, 67 % av cheferna och 83 % av styrelsen instämmer; få svarande."},
    {"kategori": "Finansiellt mål", "mal": "Förbundets egna kapital ska inte överstiga 20 procent "
     "av årets tilldelade medel dock heller inte understiga 400 000 kronor.", "utfall": 812_116,
     "andel": 11, "uppnatt": "Därmed anses målet uppnått.",
     "kommentar": "Eget kapital vid årets slut motsvarar 11 % av tilldelade medel."},
    {"kategori": "Finansiellt mål", "mal": "Av Samordningsförbundets tilldelade medel skall minst "
     "70% av dessa gå till individinriktade insatser.", "utfall": 5_755_696, "andel": 74,
     "uppnatt": "Därmed anses målet uppnått.",
     "kommentar": "Andelen redovisas av förbundets kostnader, inte av tilldelade medel."},
    {"kategori": "Finansiellt mål", "mal": "Fler deltagare i förbundsfinansierade insatser 2022 "
     "jämfört med 2021.", "matetal": "Deltagare", "jamforelse": "Fler än föregående år",
     "utfall": 713, "utfall_fg": 596, "uppnatt": "Därmed anses målet uppfyllt.",
     "kommentar": "Samma ekonomiska förutsättningar och i stort sett samma insatser som 2021."},
]

# NNS survey tables printed in 1.5.3 (percent as printed; n as printed). Columns: question,
# survey, group, n, negativt, varken eller, positivt, (klart positivt), svarsfrekvens.
# Printed question texts, including "arbets/studera".
Q_REDO = ("Känner du dig mer redo att kunna arbets/studera jämfört med innan du fick kontakt "
          "med oss?")
Q_HANTERA = "Har det stöd du fått hjälpt dig att hantera din situation?"
Q_PLAN = "Finns det en tillräcklig planering för vad som ska hända efter att detta stöd upphört?"
Q_STRUKTUR = ("Har ni strukturer för att initiera, upprätthålla och underhålla relationer mellan "
              "inblandade aktörer?")
Q_STRUKTUR_CHEF = ("Har ni strukturer för att initiera, upprätthålla och underhålla relationer "
                   "mellan de samverkande myndigheterna?")
SURVEYS = [
    (Q_REDO, "Deltagare - pågåendeenkät", "Samtliga", 72, 7, 8, 85, 64, 100),
    (Q_REDO, "Deltagare - pågåendeenkät", "kvinnor", 38, 5, 11, 84, 61, 100),
    (Q_REDO, "Deltagare - pågåendeenkät", "män", 34, 9, 6, 85, 68, 100),
    (Q_HANTERA, "Deltagare – pågåendeenkät", "Samtliga", 72, 1, 14, 85, 69, 100),
    (Q_HANTERA, "Deltagare – pågåendeenkät", "kvinnor", 38, 0, 21, 79, 68, 100),
    (Q_HANTERA, "Deltagare – pågåendeenkät", "män", 34, 3, 6, 91, 71, 100),
    # n: 10 + 20 = 30, Samtliga n=32
    (Q_HANTERA, "Deltagare – avslutsenkät", "Samtliga", 32, 0, 9, 91, 66, 100),
    (Q_HANTERA, "Deltagare – avslutsenkät", "kvinnor", 10, 0, 20, 80, 70, 100),
    (Q_HANTERA, "Deltagare – avslutsenkät", "män", 20, 0, 5, 95, 60, 100),
    # n: 9 + 16 = 25, Samtliga n=27
    (Q_PLAN, "Deltagare - avslutsenkät", "Samtliga", 27, 0, 19, 81, 59, 100),
    (Q_PLAN, "Deltagare - avslutsenkät", "kvinnor", 9, 0, 11, 89, 67, 100),
    (Q_PLAN, "Deltagare - avslutsenkät", "män", 16, 0, 25, 75, 63, 100),
    (Q_STRUKTUR, "Personal", None, 12, 8, 25, 67, 42, 100),
    (Q_STRUKTUR_CHEF, "Parternas chefsgrupp", None, 9, 11, 22, 67, 33, 100),
    (Q_STRUKTUR, "Styrelse", None, 6, 17, 0, 83, 67, 100),
]
# Rikssnitt 2022 stated in the text of 1.5.3 (percent positive).
NATIONAL_AVERAGES = {
    "redo_man": 66, "redo_kvinnor": 55, "hantera_pagaende_man": 76, "hantera_pagaende_kvinnor": 74,
    "hantera_avslut_man": 77, "hantera_avslut_kvinnor": 76, "planering_man": 82,
    "planering_kvinnor": 82, "struktur_personal": 77, "struktur_chefer": 69, "struktur_styrelse": 93,
}

# 1.5.7 Insatskatalogen: "Statistik per stad, sista 12 månader jämfört med föregående"
# (users, % Δ, sessions, % Δ, pageviews, % Δ; percent printed with a decimal point).
INSATSKATALOGEN_STATS = [
    ("Stockholm", 3_768, 13.2, 5_966, 7.0, 41_570, -10.5),
    ("Gothenburg", 1_366, 35.4, 2_281, 37.0, 20_586, 12.5),
    ("(not set)", 1_021, 76.0, 1_308, 67.9, 6_603, 7.0),
    ("Linköping", 473, 3.3, 1_642, 21.3, 16_932, 29.5),
    ("Vasteras", 406, -4.2, 697, 8.2, 4_337, -12.1),
    ("Sundsvall", 404, 75.7, 734, 24.0, 6_897, 47.2),
    ("Örebro", 316, 6.0, 511, 0.6, 3_343, -29.4),
    ("Jönköping", 212, 20.5, 327, 5.8, 2_659, -15.3),
    ("Malmö", 188, 39.3, 283, 8.8, 1_796, 23.9),
    ("Huddinge", 186, -29.0, 377, -26.7, 2_948, -49.7),
]

# Tabell 1 / 1.5.1 "Sammanställning av resultat från Samordningsförbundets individriktade
# insatser" (printed twice, identically). The 2022 report prints NO gender split: kvinnor,
# män and the per-gender outcomes are None. "ej aktuellt" / "Ej aktuellt" cells are None and
# listed in NOT_APPLICABLE with their printed spelling.
PARTICIPANT_COLUMNS = ("insats", "totalt", "kvinnor", "man", "volym", "arbete", "arbete_kvinnor",
                       "arbete_man", "studier", "studier_kvinnor", "studier_man")
PARTICIPANTS = [
    ("Arbetsförmedlare på AMT", 376, None, None, 600, 111, None, None, 9, None, None),
    ("Arbetskonsulent AE", 34, None, None, None, 4, None, None, 1, None, None),
    ("Arbetskonsulent gemensam", 45, None, None, None, 4, None, None, 0, None, None),
    ("Försäkringskassan på AMT", 20, None, None, 103, None, None, None, None, None, None),
    ("Psykolog", 34, None, None, 166, None, None, None, None, None, None),
    ("Arbetsterapeut", 33, None, None, 100, None, None, None, None, None, None),
    ("SIP-samordnare på AMT", 100, None, None, 165, None, None, None, None, None, None),
    ("Rehabvägledare", 71, None, None, None, 4, None, None, 4, None, None),
]
PARTICIPANT_TOTAL = ("Totalt", 713, None, None, 1134, 123, None, None, 14, None, None)
NOT_APPLICABLE = {
    ("Arbetskonsulent AE", "volym"): "ej aktuellt",
    ("Arbetskonsulent gemensam", "volym"): "ej aktuellt",
    ("Rehabvägledare", "volym"): "ej aktuellt",
    **{(i, c): "Ej aktuellt" for i in ("Försäkringskassan på AMT", "Psykolog", "Arbetsterapeut",
                                        "SIP-samordnare på AMT") for c in ("arbete", "studier")},
}

TEXTS = {
    "ordforande_har_ordet":
        "Ordföranden beskriver 2022 som ett tufft, spännande och utmanande år.\n"
        "Insatserna på Arbetsmarknadstorget lyfts fram särskilt: många har fått stöd att gå vidare "
        "i livet, vilket gynnar både individen och familjen.\n"
        "Kontakten med NNS har fördjupats och ger förbundet en väg in till den nationella politiken. "
        "Samverkan är nyckeln också inför 2023.",
    "sammanfattning":
        "Driftsbidraget var detsamma som 2021 och året slutade med ett underskott, vilket minskade "
        "det egna kapitalet. Merparten av insatsmedlen gick till individinriktade insatser. Fler "
        "deltagare än året innan fick stöd och dubbelt så många gick vidare till arbete eller "
        "studier, och förbundet bedömer därför verksamheten som mer resurseffektiv.",
    "organisation":
        "Förbundet bildades 2004 och har Arbetsförmedlingen, Försäkringskassan, Region "
        "Västernorrland och Sundsvalls kommun som medlemmar; förbundsordningen reviderades 2011. "
        "Styrelsen är högsta beslutande organ och ansvarar för utveckling och ekonomi. Förbundschef "
        "och utvecklingsledare är anställda av Sundsvalls kommun, och förbundet köper tjänsterna.",
    "uppdrag":
        "Förbundet finansierar insatser som kompletterar medlemmarnas ordinarie verksamhet, så att "
        "invånare får stöd och rehabilitering mot egen försörjning. Individinsatserna bedrivs av "
        "parterna, och förbundet stödjer också strukturella insatser som kompetensutveckling och "
        "kunskapsutbyte.",
    "finansiering":
        "Staten genom Försäkringskassan och Arbetsförmedlingen står för hälften av medlen, Region "
        "Västernorrland och Sundsvalls kommun för en fjärdedel var.",
    "vision":
        "Visionen är ”Samverkan som gör skillnad”. Samhällets resurser ska användas bättre och "
        "effektivare för att förbättra hälsa och förmåga till arbete eller studier hos invånarna i "
        "Sundsvalls kommun.",
    "oversikt":
        "Sedan 2016 fördelas de statliga medlen efter en gemensamt beslutad modell. Förbundet har "
        "ingen egen personal; förbundschef och utvecklingsledare köps av Sundsvalls kommun enligt avtal.",
    "viktiga_forhallanden":
        "Driftsbidraget var oförändrat, men underskottet gör att det egna kapitalet vid årets slut "
        "enligt förbundet ligger under Nationella rådets rekommendationer. Inför 2023 sänks "
        "bidraget, och tillsammans med den höga inflationen väcker det oro för förbundets ekonomi.",
    "handelser":
        "Styrelsen har skärpt sin målstyrning och gått med i NNS indikatorprojekt; enkäterna används "
        "sedan 2022.\n"
        "Implementeringen av BIP på Arbetsmarknadstorget fortsatte, och personalen utbildades i "
        "skattningsverktyget SKAPA.\n"
        "Finansieringen av Rehabvägledare upphör inför 2023 efter beslut tillsammans med Sundsvalls "
        "kommun, som vill göra ett omtag för målgruppen.",
    "styrning":
        "Förbundet styrs av lagen (2003:1210) om finansiell samordning av rehabiliteringsinsatser och "
        "förbundsordningen. Styrelsen har styrdokument för intern kontroll, får kvartalsvisa "
        "budgetgenomgångar och redovisningar från insatserna, och förbundet upprättar delårsbokslut "
        "per 30 juni och årsbokslut. Budget och verksamhetsplan för 2022 antogs i november 2021.",
    "resultat_insatser":
        "Deltagartalen kommer från insatsernas årsrapporter och avser inte unika individer, medan "
        "volyminsatserna är hämtade ur SUS. Antalet som gått vidare till arbete eller studier "
        "bedöms som exceptionellt högt, främst till följd av stor efterfrågan på arbetskraft när "
        "pandemirestriktionerna släppte.",
    "bedomning":
        "Styrelsen lyfter fram arbetet på Arbetsmarknadstorget, där samlokaliseringen av "
        "myndigheterna är en viktig framgångsfaktor. Med indikatorenkäterna kan kvaliteten nu följas "
        "ur deltagarnas perspektiv, och 2022 bedöms vara ett exceptionellt år för avslut till "
        "arbete eller studier.",
    "inriktning":
        "Arbetsmarknadstorget är den naturliga samverkansytan. Förbundet ska fortsätta stödja och "
        "utveckla torget, pröva om nya idéer kan bli en del av det och förbättra "
        "samverkansstrukturen kring förbundet.",
    "malgrupper":
        "Insatserna riktar sig till invånare i Sundsvalls kommun i förvärvsaktiv ålder (16–64 år) "
        "med behov av samordnad rehabilitering, särskilt personer med komplex problematik, och kan "
        "också vara förebyggande.",
    "personal":
        "Förbundet har ingen egen anställd personal och därför inga egna pensionsavsättningar. "
        "Sundsvalls kommun sköter löner och pensioner för de tjänster förbundet köper.",
    "forvantad_utveckling":
        "Målet om fler avslut till arbete eller studier 2023 bedöms bli svårt att nå efter det "
        "starka 2022, med hög inflation och en avmattad arbetsmarknad. Satsningen på BIP fortsätter. "
        "Att SUS avvecklades innan Uppföljning Finsam är i drift ses som en stor brist, och "
        "oförändrade medel innebär i praktiken minskade resurser.",
    "redovisningsprinciper":
        "Årsredovisningen är upprättad enligt lagen (2018:597) om kommunal bokföring och "
        "redovisning i tillämpliga delar. Tillgångar och skulder värderas till anskaffningsvärde. "
        "Inkomster och utgifter periodiseras enligt god redovisningssed, och medlemsavgifter "
        "bokförs i den period de avser.",
    "ansvarsforbindelser": "Förbundet har inga ansvarsförbindelser.",
}

# The printed sentences that state figures, verbatim from the seed: (section, sentence,
# figures). Only conversion markup is removed (**bold**, <b>, list dashes); a sentence or
# table cell broken by a page break is joined with one space (the Psykolog goal cell and the
# Arbetsförmedlare "alla utom en" cell). Table cells (goal tables in 1.5.6) are kept whole.
# "figures" lists every digit group in reading order (a space between digit groups of three
# is a thousands separator, dates like 22/1 give 22, 1), followed by counts written in words
# (fyra, två) and the shares hälften/fjärdedel as 0.5, 0.25, 0.25.
# Spacing is the seed's (double spaces inside the Arbetsförmedlare result cell mark line
# breaks; "nystartsjobb ." has the space the conversion left before the full stop).
# The sentence "För 2022 får ..." and the five after it are printed twice (sammanfattning
# and 1.2), and so is "2022 var kostnaden ..." (sammanfattning and 1.5.1).
PROSE_FIGURES = [
    ('Sammanfattning av verksamhetsåret 2022',
     'För 2022 får Samordningsförbundet i Sundsvall 7 378 000 kr i driftsbidrag från huvudmännen, vilket är oförändrat jämfört med från föregående år, tillsammans med det egna kapitalet förfogar förbundet över 8 599 338 kr för 2022.',
     (2022, 7378000, 8599338, 2022)),
    ('Sammanfattning av verksamhetsåret 2022',
     'Kostnader för de insatser styrelsen beslutat om uppgick till 6 660 000 kr.',
     (6660000,)),
    ('Sammanfattning av verksamhetsåret 2022',
     '5 755 696 kr gick till individriktade insatser, vilket motsvarar 78 % av driftsbidraget.',
     (5755696, 78)),
    ('Sammanfattning av verksamhetsåret 2022',
     '903 000 kr gick till strukturövergripande insatser vilket motsvarar 12 % av driftsbidraget.',
     (903000, 12)),
    ('Sammanfattning av verksamhetsåret 2022',
     'Resultatet för 2022 blev ett minus resultat på 409 222 kr.',
     (2022, 409222)),
    ('Sammanfattning av verksamhetsåret 2022',
     'Med årets resultat har förbundet ett eget kapital 812 116 kr vid ingången till 2023.',
     (812116, 2023)),
    ('Sammanfattning av verksamhetsåret 2022',
     'Under året har 137 personer, som fått stöd av Samordningsförbundets insatser, gått vidare till arbete eller studier.',
     (137,)),
    ('Sammanfattning av verksamhetsåret 2022',
     'Vilket är mer än dubbelt så många som under 2021.',
     (2021,)),
    ('Sammanfattning av verksamhetsåret 2022',
     'Med svar från NNS indikatorsenkäter, bilaga 9, kan det konstateras att 85% av männen och 84% av kvinnorna i en pågående insats anser att de är mera redo att arbeta eller studera jämfört med innan de fick hjälp av insatsen.',
     (9, 85, 84)),
    ('Sammanfattning av verksamhetsåret 2022',
     'Jämfört med rikssnittet under 2022 som för män var 66% och för kvinnor 55%.',
     (2022, 66, 55)),
    ('Sammanfattning av verksamhetsåret 2022',
     'Ett annat mål för förbunden är att vi ska vara resurseffektiva och eftersom över 700 deltagare fått hjälp av våra insatser under året, motsvarande siffra för 2021 var cirka 600.',
     (700, 2021, 600)),
    ('Sammanfattning av verksamhetsåret 2022',
     '2022 var kostnaden för att bedriva dessa insatser, 5 755 696 kronor, motsvarande siffra för 2021 var 5 685 000.',
     (2022, 5755696, 2021, 5685000)),
    ('Organisation',
     'Förbundets organisation består av en styrelse bestående av fyra ledamöter och fyra ersättare utsedda av förbunds medlemmar.',
     (4, 4)),
    ('Finansiering',
     'Samordningsförbundet Sundsvall finansieras via Försäkringskassan och Arbetsförmedlingen med hälften av medlen, Region Västernorrland med en fjärdedel och Sundsvalls kommun med resterande fjärdedel.',
     (0.5, 0.25, 0.25)),
    ('Finansiering',
     'För 2022 får Samordningsförbundet i Sundsvall 7 378 000 kr i driftsbidrag från huvudmännen.',
     (2022, 7378000)),
    ('1.2 Viktiga förhållanden för resultat och ekonomisk ställning',
     'För 2022 får Samordningsförbundet i Sundsvall 7 378 000 kr i driftsbidrag från huvudmännen, vilket är oförändrat jämfört med från föregående år, tillsammans med det egna kapitalet förfogar förbundet över 8 599 338 kr för 2022.',
     (2022, 7378000, 8599338, 2022)),
    ('1.2 Viktiga förhållanden för resultat och ekonomisk ställning',
     'Kostnader för de insatser styrelsen beslutat om uppgick till 6 660 000 kr.',
     (6660000,)),
    ('1.2 Viktiga förhållanden för resultat och ekonomisk ställning',
     '5 755 696 kr gick till individriktade insatser, vilket motsvarar 78 % av driftsbidraget.',
     (5755696, 78)),
    ('1.2 Viktiga förhållanden för resultat och ekonomisk ställning',
     '903 000 kr gick till strukturövergripande insatser vilket motsvarar 12 % av driftsbidraget.',
     (903000, 12)),
    ('1.2 Viktiga förhållanden för resultat och ekonomisk ställning',
     'Resultatet för 2022 blev ett minus resultat på 409 222 kr.',
     (2022, 409222)),
    ('1.2 Viktiga förhållanden för resultat och ekonomisk ställning',
     'Med årets resultat har förbundet ett eget kapital 812 116 kr vid ingången till 2023.',
     (812116, 2023)),
    ('1.2 Viktiga förhållanden för resultat och ekonomisk ställning',
     'Förbundet har under 2020, 2021 och 2022 fått samma tilldelning av driftsbidrag från huvudmännen men inför verksamhetsåret 2023 får förbundet en sänkning med totalt 18 000 kr i driftsbidrag från huvudmännen.',
     (2020, 2021, 2022, 2023, 18000)),
    ('1.2 Viktiga förhållanden för resultat och ekonomisk ställning',
     'Om detta är en trend att förbundet kommer att få minskat driftsbidrag samtidigt som vi förnärvarande har en inflation på cirka 10 % finns en oro för förbundet framtida ekonomi.',
     (10,)),
    ('1.4 Styrning och uppföljning av verksamheten',
     'Styrelsen har under året haft 7 st. protokollförda sammanträden: 22/1, 25/2, 6/5, 17/6, 16/9, 21/10 och 25/11.',
     (7, 22, 1, 25, 2, 6, 5, 17, 6, 16, 9, 21, 10, 25, 11)),
    ('1.5.1 Sammanställning av resultat',
     'Det bör därför förtydligas att 713 deltagare inte är unika individer utan en del av dem sannolikt har haft kontakt med fler än en insats under året.',
     (713,)),
    ('1.5.1 Sammanställning av resultat',
     'Måste anses oerhört glädjande att över 700 individer fått stöd under 2022 fått individriktat stöd, för att ta steg mot arbetsmarknaden eller studier.',
     (700, 2022)),
    ('1.5.1 Sammanställning av resultat',
     '2021 var motsvarande siffra cirka 600 individer.',
     (2021, 600)),
    ('1.5.1 Sammanställning av resultat',
     '2022 var kostnaden för att bedriva dessa insatser, 5 755 696 kronor, motsvarande siffra för 2021 var 5 685 000.',
     (2022, 5755696, 2021, 5685000)),
    ('1.5.1 Sammanställning av resultat',
     'När man sedan analyserar utfallet i de insatser förbundet finansierar har alltså över 130 deltagare gått vidare till anställningar eller studier under året, vilket är en fördubbling mot föregående år.',
     (130,)),
    ('1.5.1 Sammanställning av resultat',
     'Kostnadsfördelning mellan administration/styrelse och individriktade insatser respektive strukturövergripande insatser är att 74 % gått till individ inriktade insatser, 12 % till struktur övergripande insatser och 14 % till administration/styrelse av förbundets förbrukade medel 2022.',
     (74, 12, 14, 2022)),
    ('Styrelsens sammanfattande bedömning av utfallet av insatserna',
     'Tack vara den fina samverkan som bedrivs där avslutades över 130 personer till arbete eller studier, en hisnande siffra.',
     (130,)),
    ('Styrelsens sammanfattande bedömning av utfallet av insatserna',
     'Totalt har över 100 deltagare har tagit chansen att besvara enkäten och på så vis bidragit till fortsatt utveckling av våra insatser.',
     (100,)),
    ('1.5.3 Verksamhetens mål 2022',
     'Utfall: Under 2021 avslutades totalt 67 stycken individer till arbete eller studier.',
     (2021, 67)),
    ('1.5.3 Verksamhetens mål 2022',
     'Motsvarande siffra under 2022 är 137 individer, ett oerhört högt resultat.',
     (2022, 137)),
    ('1.5.3 Verksamhetens mål 2022',
     'Utfall: I tabellen nedan från "Resultatrapport från NNS indikatorsenkäter", bilaga 9, kan utläsas att 85% av männen och 84% av kvinnorna i en pågående insats anser att de är mera redo att arbeta eller studera jämfört med innan de fick hjälp av insatsen.',
     (9, 85, 84)),
    ('1.5.3 Verksamhetens mål 2022',
     'Jämfört med rikssnittet under 2022 som för män var 66% och för kvinnor 55%, anser förbundet att årets resultat är tillfredställande.',
     (2022, 66, 55)),
    ('1.5.3 Verksamhetens mål 2022',
     'Utfall: I tabellen nedan från "Resultatrapport från NNS indikatorsenkäter", bilaga 9, kan utläsas att 91% av männen och 79% av kvinnorna i en pågående insats anser att de har fått hjälp med att hantera sin situation.',
     (9, 91, 79)),
    ('1.5.3 Verksamhetens mål 2022',
     'Jämför vi oss med rikssnittet under 2022 var resultatet för män 76% och för kvinnor 74%.',
     (2022, 76, 74)),
    ('1.5.3 Verksamhetens mål 2022',
     'Gällande deltagare som avslutat sin insats anger 95% av männen och 80% av kvinnorna att de fått hjälp att hantera sin situation.',
     (95, 80)),
    ('1.5.3 Verksamhetens mål 2022',
     'Jämför vi oss även där med rikssnittet under 2022 var resultatet för män 77% och för kvinnor 76%.',
     (2022, 77, 76)),
    ('1.5.3 Verksamhetens mål 2022',
     'Utfall: I tabellen nedan från "Resultatrapport från NNS indikatorsenkäter", bilaga 9, kan utläsas att 75% av männen och 89% av kvinnorna anser att det finns en tillräcklig planering för vad som ska hända när insatsen avslutas.',
     (9, 75, 89)),
    ('1.5.3 Verksamhetens mål 2022',
     'Jämför vi oss med rikssnittet under 2022 var resultatet för män 82% och för kvinnor 82%.',
     (2022, 82, 82)),
    ('1.5.3 Verksamhetens mål 2022',
     'Utfall: I tabellen nedan från "Resultatrapport från NNS indikatorsenkäter", bilaga 9, kan utläsas att 67% av personalen, 67% av cheferna och 83% av styrelsen anser att samverkansstrukturen inom förbundet är en fungerande plattform.',
     (9, 67, 67, 83)),
    ('1.5.3 Verksamhetens mål 2022',
     'Jämför vi oss med rikssnittet under 2022 var resultatet för personal 77%, 69% för cheferna och 93% för styrelser.',
     (2022, 77, 69, 93)),
    ('1.5.4 Mål för ekonomi och god ekonomisk hushållning 2022',
     'Förbundets egna kapital ska inte överstiga 20 procent av årets tilldelade medel dock heller inte understiga 400 000 kronor.',
     (20, 400000)),
    ('1.5.4 Mål för ekonomi och god ekonomisk hushållning 2022',
     'Utfall: Förbundet egna kapital var vid årets slut 812 116 kronor vilket motsvarar 11 % av årets tilldelade medel.',
     (812116, 11)),
    ('1.5.4 Mål för ekonomi och god ekonomisk hushållning 2022',
     'Av Samordningsförbundets tilldelade medel skall minst 70% av dessa gå till individinriktade insatser.',
     (70,)),
    ('1.5.4 Mål för ekonomi och god ekonomisk hushållning 2022',
     'Utfall: 5 755 696 kr gick till individinriktade insatser, vilket motsvarar 74 % av förbundets kostnader 2022.',
     (5755696, 74, 2022)),
    ('1.5.4 Mål för ekonomi och god ekonomisk hushållning 2022',
     'Att då fler individer fått tagit del av förbundets insatser under 2022(713 individer) jämfört med 2021(596 individer) samt att fler avslutades till arbete eller studier(137 under 2022 jämf. 67 under 2021) Därmed anses målet uppfyllt.',
     (2022, 713, 2021, 596, 137, 2022, 67, 2021)),
    ('1.5.5 Målgrupper',
     'De samverkansinsatser som Samordningsförbundet finansierar ska rikta sig till medborgare i Sundsvalls kommun och vara i förvärvsaktiv ålder (16-64 år) med behov av samordnad rehabilitering.',
     (16, 64)),
    ('1.5.6 Arbetsmarknadstorget',
     'Personer mellan 16-64 år som uppbär någon form av försörjningsstöd, aktivitetsstöd, utvecklingsersättning, sjukpenning eller arbetslöshetsersättning.',
     (16, 64)),
    ('1.5.6 Arbetsmarknadstorget',
     'Personer mellan 19-29 år som uppbär aktivitetsersättning.',
     (19, 29)),
    ('1.5.6 Arbetsmarknadstorget',
     'Samordningsförbundet har under 2022 delfinansierat Arbetsmarknadstorget i Sundsvall med 5 255 696.',
     (2022, 5255696)),
    ('1.5.6 SIP-samordnare på AMT (mål)',
     'SIP-samordnaren ska genomföra minst 70 konsultationer med socialsekreterare och samverkanspartners på Arbetsmarknadstorget i arbetet med deltagare som har fysisk- och psykisk ohälsa under 2022.',
     (70, 2022)),
    ('1.5.6 SIP-samordnare på AMT (utfall)',
     '100 SIP beslut registrerades.',
     (100,)),
    ('1.5.6 SIP-samordnare på AMT (utfall)',
     '165 konsultationer har genomförts under 2022.',
     (165, 2022)),
    ('1.5.6 SIP-samordnare på AMT (utfall)',
     '35 av 42 respondenter besvarade enkäten. 100% av dem anser att de har fått stöd av SIP-samordnaren och att stödet hållit god kvalitet.',
     (35, 42, 100)),
    ('1.5.6 Försäkringskassan på AMT (mål)',
     'Försäkringskassan har ett riktvärde att under 2022 aktualisera 35 individer.',
     (2022, 35)),
    ('1.5.6 Försäkringskassan på AMT (utfall)',
     'Det är första året som vi följer antalet konsultativa stöd som Försäkringskassan ger. Vi ser det positivt att vi under första halvåret har kunnat stötta i ärenden vid 59 tillfällen.',
     (59,)),
    ('1.5.6 Försäkringskassan på AMT (utfall)',
     '20 individer har skrivits in på Arbetsmarknadstorget under året. Till stor del beror detta på att Arbetsförmedlingen inte har',
     (20,)),
    ('1.5.6 Arbetsförmedlare på AMT',
     'Syftet med insatsen är att finansiera två heltidstjänster från Arbetsförmedlingen på AMT till ett sammanlagt belopp på 1100 000 kr för att säkerställa bemanning från Arbetsförmedlingen på Arbetsmarknadstorget då Arbetsförmedlingen reformeras och får andra uppdrag.',
     (1100000, 2)),
    ('1.5.6 Arbetsförmedlare på AMT (mål)',
     'Målsättningen är att under 2022 genomföra minst 60 subventionerade anställningar: Vilket kan innefatta; lönebidrag och nystartsjobb .',
     (2022, 60)),
    ('1.5.6 Arbetsförmedlare på AMT (utfall)',
     'Under 2022 har följande resultat uppnåtts:  Totalt 111 anställningar (82 anställningar med lönebidrag)  47 nya beslut (LFU/OSA) 35 förlängningar (LFU/OSA) 12 anställning utan stöd 10 nystartsjobb 4 introduktionsjobb 3 Samhall 5 sjukersättningar 1 aktivitetsersättning 9 studier  Totalt 126 individer. Av dessa är det 91 personer (ej räknat förlängningar) som lämnar försörjningsstöd. 76 personer får anställning som innan inte hade det.',
     (2022, 111, 82, 47, 35, 12, 10, 4, 3, 5, 1, 9, 126, 91, 76)),
    ('1.5.6 Arbetsförmedlare på AMT (utfall)',
     '17 respondenter besvarade enkäten. Av dessa var samtliga mer redo att arbeta eller studera jämfört med innan de påbörjade insatsen.',
     (17,)),
    ('1.5.6 Arbetsförmedlare på AMT (utfall)',
     '17 respondenter besvarade enkäten. Av dessa upplevde alla utom en att de fått hjälp att hantera sin situation.',
     (17,)),
    ('1.5.6 Arbetskonsulent AE (utfall)',
     '2021 avslutades 3 individer till arbete och studier. Motsvarande siffra under 2022 är 5 individer.',
     (2021, 3, 2022, 5)),
    ('1.5.6 Arbetskonsulent AE (utfall)',
     '36 respondenter besvarade enkäten. Av dessa ansåg 81% att de var mer redo att arbeta eller studera jämfört med innan de påbörjade insatsen.',
     (36, 81)),
    ('1.5.6 Arbetskonsulent AE (utfall)',
     '36 respondenter besvarade enkäten. Av dessa ansåg 78% att de fått hjälp att hantera sin situation.',
     (36, 78)),
    ('1.5.6 Arbetskonsulent gemensam (utfall)',
     '2021 avslutades 3 individer till arbete. Motsvarande siffra under 2022 är 4 individer.',
     (2021, 3, 2022, 4)),
    ('1.5.6 Arbetskonsulent gemensam (utfall)',
     '36 respondenter besvarade enkäten. Av dessa ansåg 81% att de var mer redo att arbeta eller studera jämfört med innan de påbörjade insatsen.',
     (36, 81)),
    ('1.5.6 Arbetskonsulent gemensam (utfall)',
     '36 respondenter besvarade enkäten. Av dessa ansåg 78% att de fått hjälp att hantera sin situation.',
     (36, 78)),
    ('1.5.6 Psykolog (mål)',
     'Två genomförda utbildningstillfällen (exempelvis workshop eller föreläsning) per år.',
     (2,)),
    ('1.5.6 Psykolog (mål)',
     'Mål individuella insatser: Psykologen ska ha genomfört 30 stycken kliniska bedömningar som har dokumenterats och kommunicerats vidare till berörda parter på lämpligt sätt. Psykologen ska ha genomfört 30 stycken behandlingsinsatser riktade direkt mot deltagare som lett till något av följande; ökad förståelse, stärkt förmåga, minskade symtom eller bättre anpassning.',
     (30, 30)),
    ('1.5.6 Psykolog (utfall)',
     '4 utbildningstillfällen erbjöds personal på arbetsmarknadstorget under januari 2022. Psykologen har även hållit en föreläsning för arbetsledare på Ung Kraft/Erikshjälpen/Servicegruppen i december 2022. Utvärderingarna av utbildningsinslagen påvisade stor nöjdhet bland respondenterna.',
     (4, 2022, 2022)),
    ('1.5.6 Psykolog (utfall)',
     'Antal genomförda konsultationer under 2022, är 163 stycken. Under december 2022 administrerades en enkät till 22 arbetskonsulenter för att få en bild av hur de upplever kvaliteten på samverkan och stödet från psykologen. Svarefrekvensen på enkäten var 59 %. Alla respondenter uppger att de är nöjda/mkt nöjda med den samverkansform vi har idag',
     (2022, 163, 2022, 22, 59)),
    ('1.5.6 Psykolog (utfall)',
     'Psykologen har genomfört 30 kliniska bedömningar under året.',
     (30,)),
    ('1.5.6 Arbetsterapeut (utfall)',
     '33 deltagarprocesser varav 20 stycken aktualiserades under 2022.',
     (33, 20, 2022)),
    ('1.5.6 Arbetsterapeut (utfall)',
     'Antal konsultationer enligt SUS 100 stycken',
     (100,)),
    ('1.5.6 Rehabvägledare',
     'Målgruppen är personer med psykisk ohälsa i åldern 18-65 år.',
     (18, 65)),
    ('1.5.6 Rehabvägledare',
     'Samordningsförbundet Sundsvall finansierade en tjänst till en kostnad av 500 000 kronor.',
     (500000,)),
    ('1.5.6 Rehabvägledare (utfall)',
     'Under året har 8 individer avslutats till arbete eller studier. Motsvarande siffra 2021 var 7 individer.',
     (8, 2021, 7)),
    ('1.5.7 Insatskatalogen',
     'I tabellen nedan framgår att användandet har ökat med 76% de senaste 12 månaderna jämfört med föregående, antal gånger dessa användare använt Insatskatalogen samt hur många sidor de klickat in på, har ökat med 24 respektive 47 %.',
     (76, 12, 24, 47)),
    ('1.5.7 Insatskatalogen',
     'Således är målet, att öka användandet under 2022 jämfört med 2021 uppnått.',
     (2022, 2021)),
    ('1.5.7 Psykiatridagarna 2022',
     'På plats var det cirka 100 personer på båda dagarna.',
     (100,)),
    ('1.5.7 Psykiatridagarna 2022',
     'Digitalt påbörjades 1157 streams under dessa dagar, varav 290 unika IP-adresser, vid varje IP-adress kan fler än en person delta.',
     (1157, 290)),
    ('1.5.7 Psykiatridagarna 2022',
     'I genomsnitt deltog varje person under 45 minuter.',
     (45,)),
    ('1.5.7 BIP',
     '29/4 hölls en digital kick-off för BIP med cirka 90 deltagande tjänstemän och politiker från våra samverkansparter.',
     (29, 4, 90)),
    ('1.5.7 BIP',
     'Projektgruppen har genomfört två workshops under hösten med fokus på att hitta gemensamma rutiner kring BIP och SKAPA.',
     (2,)),
    ('1.5.7 Norrlandskonferens 2022',
     'Totalt deltog 52 personer, vilket var flest någonsin.',
     (52,)),
    ('1.5.7 Norrlandskonferens 2022',
     '30 svar',
     (30,)),
]


def _participants():
    return [dict(zip(PARTICIPANT_COLUMNS, row)) for row in PARTICIPANTS]


PUBLISHED = {
    "ekonomi.xlsx": {
        "installningar": SETTINGS, "medlemmar": MEMBERS, "styrelse": BOARD,
        "sammantraden": MEETINGS, "rr": RR, "br": BR, "kf": KF, "bkr": BKR, "noter": NOTES,
        "budget": BUDGET, "femar": FIVE_YEARS, "driftredovisning": DRIFT,
    },
    "insatser.xlsx": {
        "insatser": INSATSER,
        "insatsmal": [dict(zip(("insats", "mal", "uppnatt", "resultat"), g)) for g in INSATS_GOALS],
        "mal": GOALS,
    },
    "deltagare.xlsx": {
        "deltagare": _participants(),
        "deltagare_totalt": dict(zip(PARTICIPANT_COLUMNS, PARTICIPANT_TOTAL)),
    },
    "texter.xlsx": {"texter": TEXTS},
}


# -- the 2022 report typed into the blank workbooks ---------------------------------------
# What a förbund economist would type from the printed report into the blank workbooks, in
# the report's own conventions: statements, notes, the five-year overview and the insatser
# in whole kronor from the ledger, the cash flow, the balanskravsresultat and the detailed
# budget follow-up in tkr, the follow-up's differens as utfall − budget. The participant
# table prints no gender split, so its figures go in the columns "utan uppgift om kön".
# Judgements printed as sentences are typed as the word a user picks from the list.
EXACT_KR = "kr, exakt"
JUDGEMENT_TYPED = {
    "Således är målet, att öka användandet under 2022 jämfört med 2021 uppnått.": "Ja",
    "årets resultat är tillfredställande": "Ja",
    "årets resultat inte är helt tillfredställande": "Delvis",
    "årets resultat inte är helt tillfredsställande": "Delvis",
    "Därmed anses målet uppnått.": "Ja",
    "Därmed anses målet uppfyllt.": "Ja",
}
INSATS_KEYS = ("namn", "typ", "agare", "budgetpost", "budget", "utfall", "ej_forbrukat", "beskrivning")
GOAL_KEYS = ("kategori", "mal", "matetal", "jamforelse", "malvarde", "utfall", "varav_kvinnor",
             "varav_man", "utfall_fg", "uppnatt", "kommentar")


def _typed(judgement):
    return JUDGEMENT_TYPED.get(judgement, judgement)


def _participant_row(row: tuple) -> dict:
    r = dict(zip(PARTICIPANT_COLUMNS, row))
    return {"insats": r["insats"], "okant_kon": r["totalt"], "volym": r["volym"],
            "arbete_okant": r["arbete"], "studier_okant": r["studier"]}


def workbooks() -> dict:
    """The four workbooks of the 2022 annual report, file name -> data for the schema writer.
    The two financial goals (eget kapital, individinriktade insatser) are settings, not rows
    of Förbundets mål; the driftredovisning (section 5) has no sheet of its own."""
    import copy

    goals = [{k: g.get(k) for k in GOAL_KEYS} | {"uppnatt": _typed(g.get("uppnatt"))}
             for g in GOALS if "matetal" in g or g["kategori"] == "Verksamhetsmål"]
    return copy.deepcopy({
        "ekonomi.xlsx": {
            "installningar": SETTINGS, "medlemmar": MEMBERS, "styrelse": BOARD,
            "sammantraden": MEETINGS, "rr": RR, "br": BR, "kf": KF, "bkr": BKR, "noter": NOTES,
            "budget": BUDGET, "femar": [dict(r, soliditet=r["soliditet"] / 100) for r in FIVE_YEARS],
            "rr.enhet": EXACT_KR, "br.enhet": EXACT_KR, "noter.enhet": EXACT_KR, "femar.enhet": EXACT_KR,
            "kf.enhet": "tkr", "bkr.enhet": "tkr", "budget.enhet": "tkr",
            "budget.differens_tecken": "utfall − budget",
        },
        "insatser.xlsx": {
            "insatser.enhet": EXACT_KR,
            "insatser": [{k: i.get(k) for k in INSATS_KEYS} for i in INSATSER],
            "insatsmal": [{"insats": g[0], "mal": g[1], "uppnatt": _typed(g[2]), "resultat": g[3]}
                          for g in INSATS_GOALS],
            "mal": goals,
        },
        "deltagare.xlsx": {"deltagare": [_participant_row(r) for r in PARTICIPANTS]},
        "texter.xlsx": {"texter": TEXTS},
    })

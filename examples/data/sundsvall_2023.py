"""Figures of Samordningsförbundet i Sundsvall's annual report 2023 (seed 002), with the
2022 comparatives checked against the annual report 2022 (seed 003).

``CORRECTED`` is the reconciled version (examples/sundsvall-2023); ``published()`` puts
back the figures as printed (examples/sundsvall-2023-publicerad). The sections without
figures are our own short summaries; the report's passages with figures are put in by
``sundsvall_2023_texts`` (as printed, or with references in the corrected example). Regenerate the workbooks with
``python -m tools.make_examples``.
"""
from __future__ import annotations

import copy
import datetime as dt

D = dt.date

SETTINGS = {
    "namn": "Samordningsförbundet i Sundsvall",
    "ort": "Sundsvall",
    "organisationsnummer": None,
    "ar": 2023,
    "driftsbidrag": 7_360_000,
    "driftsbidrag_fg": 7_378_000,
    "ek_tak": 0.2,
    "ek_golv": 400_000,
    "individ_mal": 0.7,
    "individ_namnare": "Driftsbidrag",
    "anstallda": 0,
    "beslutsdatum": D(2024, 3, 22),
}

MEMBERS = [
    {"namn": "Staten (Försäkringskassan och Arbetsförmedlingen)", "kategori": "Staten", "andel": 0.5},
    {"namn": "Region Västernorrland", "kategori": "Region", "andel": 0.25},
    {"namn": "Sundsvalls kommun", "kategori": "Kommun", "andel": 0.25},
]

BOARD = [
    {"namn": "Jonas Väst", "roll": "Ordförande", "organisation": "Sundsvalls kommun"},
    {"namn": "Christina Nordenö", "roll": "Vice ordförande", "organisation": "Region Västernorrland"},
    {"namn": "Lina Kempe", "roll": "Ledamot", "organisation": "Försäkringskassan"},
    {"namn": "Peter Pettersson", "roll": "Ledamot", "organisation": "Arbetsförmedlingen"},
    {"namn": "Sanna Jonsson", "roll": "Ersättare", "organisation": "Region Västernorrland",
     "period": "t.o.m. 31/3"},
    {"namn": "Caroline Nordgren", "roll": "Ersättare", "organisation": "Region Västernorrland",
     "period": "fr.o.m. 1/4"},
    {"namn": "Thomas Burman", "roll": "Ersättare", "organisation": "Sundsvalls kommun"},
    {"namn": "Pia Persbo", "roll": "Ersättare", "organisation": "Arbetsförmedlingen"},
    {"namn": "Lotta Qvarnlöf", "roll": "Ersättare", "organisation": "Försäkringskassan"},
]

MEETINGS = [
    {"datum": D(2023, 1, 27)}, {"datum": D(2023, 2, 21)},
    {"datum": D(2023, 4, 3), "anteckning": "konstituerande möte"},
    {"datum": D(2023, 4, 28)}, {"datum": D(2023, 5, 26)}, {"datum": D(2023, 8, 29)},
    {"datum": D(2023, 10, 27)}, {"datum": D(2023, 11, 28)},
]

# Statements: line -> (innevarande år, föregående år[, två år sedan]); None = formula.
RR = {
    "intakter": (7_360_006, 7_377_991),
    "kostnader": (6_890_369, 7_786_784),
    "finansiella_intakter": (7_299, 0),
    "finansiella_kostnader": (628, 429),
    "extraordinara": (0, 0),
}
BR = {
    "anlaggningstillgangar": (0, 0),
    "fordringar": (196_466, 224_600),
    "kortfristiga_placeringar": (0, 0),
    "kassa_bank": (3_727_015, 3_471_999),
    "arets_resultat": (476_308, -409_222),
    "ovrigt_eget_kapital": (812_116, 1_221_338),
    "avsattningar": (0, 0),
    "langfristiga_skulder": (0, 0),
    "kortfristiga_skulder": (2_635_057, 2_884_483),
}
# Cash flow in tkr. 2022 corrected from the balance sheets of 2021 and 2022 (seed 003):
# fordringar 237 637 -> 224 600 (+13), skulder 2 523 730 -> 2 884 483 (+361).
KF = {
    "resultat": (476, -409),
    "justeringar": (0, 0),
    "forandring_fordringar": (28, 13),
    "forandring_skulder": (-249, 361),
    "investering": (0, 0),
    "finansiering": (0, 0),
    "likvida_borjan": (3_472, 3_507),
}
BKR = {
    "arets_resultat": (476, -409, -286),
    "reducering_realisationsvinster": (0, 0, 0),
    "justering_realisationsvinster": (0, 0, 0),
    "justering_realisationsforluster": (0, 0, 0),
    "orealiserade": (0, 0, 0),
    "aterforing_orealiserade": (0, 0, 0),
    "reservering_rur": (0, 0, 0),
    "anvandning_rur": (0, 0, 0),
}

NOTES = [
    {"not_nr": 2, "post": "Driftbidrag från staten", "i_ar": 3_680_000, "fg_ar": 3_689_000},
    {"not_nr": 2, "post": "Driftbidrag från Sundsvalls kommun", "i_ar": 1_840_000, "fg_ar": 1_844_500},
    {"not_nr": 2, "post": "Driftbidrag från Region Västernorrland", "i_ar": 1_840_000, "fg_ar": 1_844_500},
    {"not_nr": 2, "post": "Öresutjämning", "i_ar": 6, "fg_ar": -9},
    {"not_nr": 4, "post": "Skatteverket", "i_ar": 196_466, "fg_ar": 223_679},
    {"not_nr": 4, "post": "Övriga kortfristiga fordringar", "i_ar": 0, "fg_ar": 921},
    {"not_nr": 5, "post": "Leverantörsskulder", "i_ar": 476_728, "fg_ar": 526_965},
    {"not_nr": 5, "post": "Interimsskulder", "i_ar": 2_141_821, "fg_ar": 2_338_292},
    {"not_nr": 5, "post": "Källskatt, sociala avgifter", "i_ar": 16_508, "fg_ar": 19_226},
]


def _b(grupp, post, budget=None, utfall=None, fg=None, radtyp=None):
    row = {"grupp": grupp, "post": post, "budget": budget, "utfall": utfall, "utfall_fg": fg}
    if radtyp:
        row["radtyp"] = radtyp
    return row


NEW_INSATSER_POST = "Nya insatser/aktiviteter 2023, ex. SFI, Fontänhus, Vård i glesbygd"
BUDGET = [
    _b("Intäkter", "Försäkringskassan/Arbetsförmedlingen", 3_680, 3_680, 3_689),
    _b("Intäkter", "Sundsvalls kommun", 1_840, 1_840, 1_844.5),
    _b("Intäkter", "Region Västernorrland", 1_840, 1_840, 1_844.5),
    _b("Intäkter", "Summa intäkter", radtyp="Summa grupp"),
    _b("Styrelsen", "Styrelsen", radtyp="Rubrik"),
    _b("Styrelsen", "Styrelsearvoden", 105, 83, 103),
    _b("Styrelsen", "Extern representation", 5, 9, 5),
    _b("Styrelsen", "Summa styrelsen", radtyp="Summa grupp"),
    _b("Administration", "Administration", radtyp="Rubrik"),
    _b("Administration", "Lokalhyra", 60, 60, 60),
    _b("Administration", "Förbrukningsmaterial", 2, 0, 0),
    _b("Administration", "Kontorsmaterial", 3, 1, 1),
    _b("Administration", "Mobiltelefon", 4, 0, 0),
    _b("Administration", "Porto", 4, 0, 0),
    _b("Administration", "Redovisningstjänster", 75, 95, 68),
    _b("Administration", "IT-tjänster, datadrift", 21, 27, 28),
    _b("Administration", "Konsulter", 790, 815, 767),
    _b("Administration", "Övriga främmande tjänster", 20, 25, 15),
    _b("Administration", "Utbildning, konferens och resor", 100, 80, 79),
    _b("Administration", "Övriga personalkostnader", 0, 0, 0),
    _b("Administration", "Ränteintäkter", 0, -7, 0),
    _b("Administration", "Övriga finansiella kostnader", 1, 1, 1),
    _b("Administration", "Summa administration", radtyp="Summa grupp"),
    _b("Insatser", "Insatser 2023", radtyp="Rubrik"),
    _b("Insatser", "Arbetsmarknadstorget", radtyp="Rubrik"),
    _b("Insatser", "• Försäkringskassan", 194, 193, 193),
    _b("Insatser", "• 2 st. Arbetsförmedlare", 1_000, 1_000, 1_160),
    _b("Insatser", "• SIP-samordnare", 660, 660, 645),
    _b("Insatser", "• Arbetskonsulenter", 1_322, 1_312, 1_789),
    _b("Insatser", "• Psykolog", 912, 912, 867),
    _b("Insatser", "• Arbetsterapeut", 622, 622, 603),
    _b("Insatser", "Utvecklingsledare", 775, 751, 758),
    _b("Insatser", "Rehabvägledare", 0, 0, 500),
    _b("Insatser", "Insatskatalogen", 55, 77, 48),
    _b("Insatser", "Psykeveckan", 50, 12, 23),
    _b("Insatser", "Kompetensutveckling, gemensamma utbildningar", 170, 124, 74),
    _b("Insatser", NEW_INSATSER_POST, 410, 32, 0),
    _b("Insatser", "Summa insatser", radtyp="Summa grupp"),
    _b(None, "Summa kostnader", radtyp="Summa kostnader"),
    _b(None, "Resultat", radtyp="Resultat"),
]

# 2020: the published overview gives 7 378 000 − 7 213 245 = 164 755 but a result of
# 164 757 (also 165 tkr in the balanskravsresultat); the costs are corrected.
FIVE_YEARS = [
    {"ar": 2023, "intakter": 7_367_305, "kostnader": 6_890_997, "soliditet": 0.33, "anstallda": 0},
    {"ar": 2022, "intakter": 7_377_991, "kostnader": 7_787_213, "soliditet": 0.22, "anstallda": 0},
    {"ar": 2021, "intakter": 7_378_001, "kostnader": 7_664_255, "soliditet": 0.33, "anstallda": 0},
    {"ar": 2020, "intakter": 7_378_000, "kostnader": 7_213_243, "soliditet": 0.32, "anstallda": 0},
    {"ar": 2019, "intakter": 7_424_000, "kostnader": 7_109_107, "soliditet": 0.30, "anstallda": 0},
]

AMT = "Sundsvalls kommun (Arbetsmarknadstorget)"
INSATSER = [
    {"namn": "Försäkringskassan på AMT", "typ": "Individinriktad", "agare": "Försäkringskassan",
     "budgetpost": "• Försäkringskassan", "budget": 194_000, "utfall": 193_120,
     "beskrivning": "En försäkringsutredare från Försäkringskassan finns på Arbetsmarknadstorget, "
                    "stöttar deltagare med lång ohälsa och sprider kunskap om sjukförsäkringen."},
    {"namn": "Arbetsförmedlare på AMT", "typ": "Individinriktad", "agare": "Arbetsförmedlingen",
     "budgetpost": "• 2 st. Arbetsförmedlare", "budget": 1_000_000, "utfall": 1_000_000,
     "beskrivning": "Två arbetsförmedlare arbetar mot anpassade anställningar, studier och rätt "
                    "ersättningsform för deltagarna."},
    {"namn": "SIP-samordnare på AMT", "typ": "Individinriktad", "agare": AMT,
     "budgetpost": "• SIP-samordnare", "budget": 660_000, "utfall": 660_000,
     "beskrivning": "Socialsekreterare med SIP-samordnarfunktion som samordnar kontakten med vården "
                    "för deltagare med fysisk eller psykisk ohälsa."},
    {"namn": "Arbetskonsulent AE", "typ": "Individinriktad", "agare": AMT,
     "budgetpost": "• Arbetskonsulenter", "budget": 661_000, "utfall": 656_157,
     "beskrivning": "Arbetslivsinriktad rehabilitering för unga vuxna med aktivitetsersättning."},
    {"namn": "Arbetskonsulent gemensam", "typ": "Individinriktad", "agare": AMT,
     "budgetpost": "• Arbetskonsulenter", "budget": 661_000, "utfall": 656_000,
     "beskrivning": "Förrehabiliterande stöd för personer som saknar naturliga vägar in till "
                    "arbetslivsinriktad rehabilitering."},
    {"namn": "Psykolog", "typ": "Individinriktad", "agare": AMT,
     "budgetpost": "• Psykolog", "budget": 912_000, "utfall": 912_000,
     "beskrivning": "Stödjande och rådgivande psykolog för deltagare och personal."},
    {"namn": "Arbetsterapeut", "typ": "Individinriktad", "agare": AMT,
     "budgetpost": "• Arbetsterapeut", "budget": 622_000, "utfall": 622_000,
     "beskrivning": "Gruppinterventioner och konsultation med fokus på hälsa och vardagsstruktur."},
    {"namn": "Utvecklingsledare, individinriktat stöd", "typ": "Individinriktad", "agare": AMT,
     "budgetpost": "Utvecklingsledare", "budget": 500_000, "utfall": 482_911,
     "beskrivning": "Den del av utvecklingsledarens tjänst som arbetar direkt med deltagarnas "
                    "progression på Arbetsmarknadstorget."},
    {"namn": "Utvecklingsledare, struktur och BIP", "typ": "Strukturövergripande", "agare": AMT,
     "budgetpost": "Utvecklingsledare", "budget": 275_000, "utfall": 268_089,
     "beskrivning": "Implementering av BIP och utveckling av samverkansstrukturen."},
    {"namn": "Insatskatalogen", "typ": "Strukturövergripande", "agare": "Samordningsförbundet",
     "budgetpost": "Insatskatalogen", "budget": 55_000, "utfall": 77_000,
     "beskrivning": "Sökverktyg över insatser och aktiviteter i Sundsvalls kommun."},
    {"namn": "Psykiatridagarna", "typ": "Strukturövergripande", "agare": "Samordningsförbundet",
     "budgetpost": "Psykeveckan", "budget": 50_000, "utfall": 12_000,
     "beskrivning": "Föreläsningar om psykisk hälsa tillsammans med regionen, kommunen och "
                    "brukarorganisationerna."},
    {"namn": "Kompetensutveckling, gemensamma utbildningar", "typ": "Strukturövergripande",
     "agare": "Samordningsförbundet", "budgetpost": "Kompetensutveckling, gemensamma utbildningar",
     "budget": 170_000, "utfall": 124_000,
     "beskrivning": "Inspirationsdag i länet och föreläsningsserie med Hjärnkoll."},
    {"namn": "Nya insatser 2023 (SFI, Fontänhus, Vård i glesbygd)", "typ": "Strukturövergripande",
     "agare": "Samordningsförbundet", "budgetpost": NEW_INSATSER_POST,
     "budget": 410_000, "utfall": 32_000,
     "beskrivning": "Medel reserverade för insatser som startar 2024."},
]

INSATS_GOALS = [
    ("SIP-samordnare på AMT", "Minst lika många SIP-beslut som 2021 registreras med stöd av "
     "SIP-samordnaren.", "Ja", "124 SIP-beslut registrerades, varav 37 initierade av vården."),
    ("SIP-samordnare på AMT", "Minst 70 konsultationer med socialsekreterare och "
     "samverkanspartner.", "Ja", "179 konsultationer genomfördes."),
    ("Försäkringskassan på AMT", "Kunskapen om sjukförsäkringen ökar hos samverkanspartnerna.",
     "Ja", "111 konsultationer genomfördes."),
    ("Försäkringskassan på AMT", "35 individer aktualiseras under året (riktvärde).", "Ja",
     "22 personer med aktivitetsersättning och 17 med sjukpenning aktualiserades i beredningsgrupp."),
    ("Arbetsförmedlare på AMT", "Minst 60 subventionerade anställningar (lönebidrag, nystartsjobb, "
     "introduktionsjobb).", "Ja", "164 anställningar; dessutom gick 9 personer till utbildning."),
    ("Arbetskonsulent AE", "Fler deltagare avslutas till arbete eller studier än 2022.", "Ja",
     "6 deltagare avslutades till arbete eller studier, mot 5 år 2022."),
    ("Arbetskonsulent AE", "Deltagarna närmar sig egen försörjning (NNS indikatorenkät).", "Ja",
     "75 % av 16 svarande var mer redo att arbeta eller studera."),
    ("Arbetskonsulent gemensam", "Fler deltagare avslutas till arbete eller studier än 2022.", "Ja",
     "Sex deltagare avslutades mot arbete, varav tre med anställningsstöd, och en mot studier."),
    ("Arbetskonsulent gemensam", "Deltagarna upplever att det finns en planering när insatsen "
     "avslutas (NNS indikatorenkät).", "Ja", "87 % av 15 svarande."),
    ("Psykolog", "Hälsofrämjande råd och stöd, individuellt eller i grupp.", "Ja",
     "49 individuella kontakter under året."),
    ("Psykolog", "Två utbildningstillfällen för personalen.", "Ja",
     "Tre handledarutbildningar genomfördes."),
    ("Arbetsterapeut", "Gruppinterventioner stärker deltagarna att behålla, återgå till eller få "
     "ett arbete.", "Ja", "Tre ACT-grupper; 24 deltagare aktualiserades och 19 fullföljde."),
    ("Insatskatalogen", "Användningen av katalogen ökar jämfört med 2022.", "Ej bedömt",
     "Kan inte visas: besöksstatistiken finns inte längre och Välfärdsguiden försenades till 2024."),
    ("Kompetensutveckling, gemensamma utbildningar", "En inspirationsdag med övriga förbund i "
     "länet.", "Ja", "Inspirationsdag om SFI-elever med långsam språkprogression, cirka 90 deltagare."),
]

GOALS = [
    {"kategori": "Verksamhetsmål", "mal": "Fler deltagare i individinriktade insatser avslutas "
     "till arbete eller studier 2023 jämfört med 2022.", "matetal": "Till arbete eller studier",
     "jamforelse": "Fler än föregående år", "utfall_fg": 137,
     "kommentar": "En fortsatt stark arbetsmarknad bedöms förklara en del av det höga utfallet."},
    {"kategori": "Verksamhetsmål", "mal": "Fler deltagare i individinriktade insatser närmar sig "
     "egen försörjning 2023 jämfört med 2022.", "uppnatt": "Ja",
     "kommentar": "Medelvärdena i SKAPA ökade inom samtliga områden mellan mättillfällena. I NNS "
                  "enkät till deltagare i pågående insats svarade 86 % att de är mer redo att "
                  "arbeta eller studera, en procentenhet mer än 2022."},
    {"kategori": "Verksamhetsmål", "mal": "Fler deltagare upplever att de fått hjälp att hantera "
     "sin situation 2023 jämfört med 2022.", "uppnatt": "Ja",
     "kommentar": "95 % av deltagarna i pågående insats, tio procentenheter mer än 2022."},
    {"kategori": "Verksamhetsmål", "mal": "Fler deltagare upplever att det finns en planering när "
     "insatsen avslutas 2023 jämfört med 2022.", "uppnatt": "Ja",
     "kommentar": "88 % positiva svar, sju procentenheter mer än 2022."},
    {"kategori": "Verksamhetsmål", "mal": "Fler upplever samverkansstrukturen som en fungerande "
     "plattform mellan parterna 2023 jämfört med 2022.", "uppnatt": "Ja",
     "kommentar": "Andelen positiva ökade bland personal och chefer och var oförändrad i styrelsen."},
    {"kategori": "Finansiellt mål", "mal": "Fler deltagare i förbundsfinansierade insatser 2023 "
     "jämfört med 2022.", "matetal": "Deltagare", "jamforelse": "Fler än föregående år",
     "utfall_fg": 713,
     "kommentar": "Med i stort sett samma ekonomiska förutsättningar som 2022 fick fler del av "
                  "insatserna."},
]

# The report prints "Arbetskonsulent gemensam 39 (23/14)" and "Totalt 734 (359/373)":
# 23 + 14 = 37 and 359 + 373 = 732. The corrected example keeps every printed figure and
# records the 2 participants without a gender split as "utan uppgift om kön".
PARTICIPANTS = [
    # insats, ♀, ♂, utan uppgift om kön, volym, arbete ♀, arbete ♂, studier ♀, studier ♂
    ("Arbetsförmedlare på AMT", 175, 223, None, 270, 72, 92, 4, 5),
    ("Arbetskonsulent AE", 25, 20, None, None, 3, 2, 0, 0),
    ("Arbetskonsulent gemensam", 23, 14, 2, None, 2, 3, 1, 0),
    ("Försäkringskassan på AMT", 29, 10, None, 111, 3, 2, 0, 0),
    ("Psykolog", 32, 17, None, 207, 2, 1, 3, 0),
    ("Arbetsterapeut", 20, 20, None, 252, 3, 1, 0, 0),
    ("SIP-samordnare på AMT", 55, 69, None, 179, 0, 0, 0, 0),
]

TEXTS = {
    "ordforande_har_ordet":
        "2023 blev ett år med i stort sett samma budget som året innan, men med en delvis ny "
        "styrelse som tillträdde den 1 april efter valet.\n"
        "Arbetsmarknadstorget har fortsatt att vara navet för förbundets individinriktade insatser. "
        "Under året har vi också tagit första stegen mot en förprojektering av ett Fontänhus och mot "
        "ett nytt arbetssätt för personer med långsam progression i svenska språket.\n"
        "Samverkan mellan kommunen, regionen, Arbetsförmedlingen och Försäkringskassan har varit "
        "god, och måluppfyllelsen i insatserna har varit hög. Samverkan gör skillnad!",
    "organisation":
        "Förbundet bildades 2004 och är en fristående juridisk person med Arbetsförmedlingen, "
        "Försäkringskassan, Region Västernorrland och Sundsvalls kommun som medlemmar. Styrelsen "
        "har fyra ledamöter och fyra ersättare och är förbundets högsta beslutande organ. "
        "Förbundschefen och den biträdande förbundschefen köps av Sundsvalls kommun.",
    "uppdrag":
        "Förbundet finansierar insatser som kompletterar medlemmarnas ordinarie verksamhet, så att "
        "invånare får stöd och rehabilitering mot egen försörjning. Förbundet stödjer också "
        "strukturella insatser som gör det lättare för medlemmarna att samarbeta.",
    "vision":
        "Visionen är ”Samverkan som gör skillnad”. Samhällets resurser ska användas bättre för att "
        "ge förbättrad hälsa och förmåga till arbete eller studier.",
    "viktiga_forhallanden":
        "Driftsbidraget sänktes med 18 000 kr inför 2023. Överskottet beror främst på att två "
        "planerade insatser inte kom i gång under året: Bransch-SFI startade i januari 2024 och "
        "förprojekteringen av ett Fontänhus genomförs under 2024.",
    "handelser":
        "I april arrangerades en inspirationsdag med länets förbund om SFI-elever med långsam "
        "språkprogression, med cirka 90 deltagare.\n"
        "Ett analysteam bildades för att ge styrelsen och huvudmännen en samlad bild av läget för "
        "människor utanför arbetsmarknaden.\n"
        "Förbundets vice ordförande valdes in i styrelsen för Nationella nätverket för "
        "samordningsförbund (NNS).",
    "styrning":
        "Förbundet styrs av lagen (2003:1210) om finansiell samordning av rehabiliteringsinsatser och "
        "förbundsordningen. Styrelsen får kvartalsvisa budgetgenomgångar och redovisningar från "
        "insatserna, och förbundet upprättar delårsbokslut per 30 juni och årsbokslut.\n"
        "Sedan 2023 får förbunden inte samla in uppgifter om enskilda deltagare. Deltagartalen i "
        "årsredovisningen är därför antal från insatsernas egna rapporter och inte unika individer.",
    # 1.5.1 after the participant table (seed 002, figures left out: the engine prints them).
    "resultat":
        "Som *volyminsats* räknas varje tillfälle som en insats gett kortare konsultativt stöd, antingen "
        "till en deltagare eller till annan personal på Arbetsmarknadstorget (AMT).\n"
        "## Analys\n"
        "Resultatet gällande antal till arbete och studier bedöms vara **exceptionellt högt**. Vår analys "
        "är att det beror på en ovanligt stark arbetsmarknad, och vår bedömning är att det sannolikt "
        "blir svårt att nå ett sådant resultat under 2024.",
    "inriktning":
        "Arbetsmarknadstorget är den naturliga samverkansytan, och samverkansstrukturen kring "
        "förbundet ska fortsätta att utvecklas:\n"
        "- Fortsätta stödja och utveckla Arbetsmarknadstorget i Sundsvall.\n"
        "- Fortsätta utveckla och förbättra samverkansstrukturen kring förbundet.",
    # 1.5.6 before the insatser (seed 002: the Arbetsmarknadstorget introduction).
    "individinsatser":
        "## Arbetsmarknadstorget\n"
        "Arbetsmarknadstorget i Sundsvall är en samverkansplattform där personal från Sundsvalls kommun, "
        "Försäkringskassan, Arbetsförmedlingen och Region Västernorrland arbetar tillsammans med personer "
        "som behöver samordnade insatser för att komma vidare mot arbete eller studier.\n"
        "Arbetsmarknadstorget jobbar med:\n"
        "- Personer mellan 16-64 år som uppbär någon form av försörjningsstöd, aktivitetsstöd, "
        "utvecklingsersättning, sjukpenning eller arbetslöshetsersättning.\n"
        "- Personer mellan 19-29 år som uppbär aktivitetsersättning.\n"
        "- Personer inom det kommunala aktivitetsansvaret (KAA).",
    "malgrupper":
        "Insatserna riktar sig till invånare i Sundsvalls kommun i förvärvsaktiv ålder (16–65 år) med "
        "behov av samordnad rehabilitering, särskilt personer med sammansatt problematik.",
    "bedomning":
        "Styrelsen bedömer att insatserna haft en mycket hög måluppfyllelse, både i antal som gått "
        "vidare till arbete eller studier och i de mål som mäts med NNS indikatorenkäter.",
    "personal":
        "Förbundet har ingen egen anställd personal och därför inga egna pensionsavsättningar. "
        "Förbundschef och utvecklingsledare köps av Sundsvalls kommun.",
    "forvantad_utveckling":
        "Det höga utfallet till arbete och studier 2023 blir svårt att nå igen under 2024, när "
        "arbetslösheten stiger. Oförändrade statliga medel sedan 2016 innebär i praktiken minskade "
        "resurser. Förbundet hoppas att uppföljningssystemet Uppföljning Finsam ger bättre "
        "möjligheter att följa upp insatserna.",
    "redovisningsprinciper":
        "Årsredovisningen är upprättad enligt lagen (2018:597) om kommunal bokföring och "
        "redovisning i tillämpliga delar. Tillgångar och skulder värderas till anskaffningsvärde. "
        "Inkomster och utgifter periodiseras enligt god redovisningssed, och medlemsavgifter "
        "bokförs i den period de avser.",
    "ansvarsforbindelser": "Förbundet har inga ansvarsförbindelser.",
}


def _participants():
    keys = ("insats", "kvinnor", "man", "okant_kon", "volym", "arbete_kvinnor", "arbete_man",
            "studier_kvinnor", "studier_man")
    return [dict(zip(keys, row)) for row in PARTICIPANTS]


# Units as the report prints them: the statements, notes and insatser in whole kronor, exact
# (the ledger is kept in whole kronor: note 2 books an "Öresutjämning"); the cash flow, the
# balanskravsresultat and the detailed follow-up in whole tkr (rounded); the five-year
# overview in kronor.
EXACT_KR = "kr, exakt"
_BASE = {
    "ekonomi.xlsx": {
        "installningar": SETTINGS, "medlemmar": MEMBERS, "styrelse": BOARD,
        "sammantraden": MEETINGS, "rr": RR, "br": BR, "kf": KF, "bkr": BKR, "noter": NOTES,
        "budget": BUDGET, "femar": FIVE_YEARS,
        "rr.enhet": EXACT_KR, "br.enhet": EXACT_KR, "noter.enhet": EXACT_KR, "femar.enhet": EXACT_KR,
        "kf.enhet": "tkr", "bkr.enhet": "tkr", "budget.enhet": "tkr",
    },
    "insatser.xlsx": {
        "insatser.enhet": EXACT_KR,
        "insatser": INSATSER,
        "insatsmal": [dict(zip(("insats", "mal", "uppnatt", "resultat"), g)) for g in INSATS_GOALS],
        "mal": GOALS,
    },
    "deltagare.xlsx": {"deltagare": _participants()},
    "texter.xlsx": {"texter": TEXTS},
}

# The insatser's goal results with their figures as references (corrected example); the
# published example keeps them as INSATS_GOALS types them.
_RESULT_REFERENCES = {
    "164 anställningar; dessutom gick 9 personer till utbildning.":
        "[insats: Arbetsförmedlare på AMT till arbete] anställningar; dessutom gick "
        "[insats: Arbetsförmedlare på AMT till studier] personer till utbildning.",
    "6 deltagare avslutades till arbete eller studier, mot 5 år 2022.":
        "[insats: Arbetskonsulent AE till arbete eller studier] deltagare avslutades till arbete eller "
        "studier, mot 5 år 2022.",
    "Sex deltagare avslutades mot arbete, varav tre med anställningsstöd, och en mot studier.":
        "[insats: Arbetskonsulent gemensam till arbete] deltagare avslutades mot arbete, varav tre med "
        "anställningsstöd, och [insats: Arbetskonsulent gemensam till studier] mot studier.",
}


def _corrected() -> dict:
    import sundsvall_2023_texts

    data = copy.deepcopy(_BASE)
    data["insatser.xlsx"]["insatsmal"] = [dict(g, resultat=_RESULT_REFERENCES.get(g["resultat"], g["resultat"]))
                                          for g in data["insatser.xlsx"]["insatsmal"]]
    return sundsvall_2023_texts.corrected(data)


CORRECTED = _corrected()

# Differens column as printed in 2.1 (budget − utfall on some rows, utfall − budget on others).
PUBLISHED_DIFFERENS = {
    "Försäkringskassan/Arbetsförmedlingen": 0, "Sundsvalls kommun": 0, "Region Västernorrland": 0,
    "Summa intäkter": 0, "Styrelsearvoden": 22, "Extern representation": -4, "Summa styrelsen": 18,
    "Lokalhyra": 0, "Förbrukningsmaterial": 2, "Kontorsmaterial": -2, "Mobiltelefon": -4,
    "Porto": -4, "Redovisningstjänster": 20, "IT-tjänster, datadrift": 6, "Konsulter": 25,
    "Övriga främmande tjänster": 5, "Utbildning, konferens och resor": -20,
    "Övriga personalkostnader": 0, "Ränteintäkter": -7, "Övriga finansiella kostnader": 0,
    "Summa administration": 17, "• Försäkringskassan": 1, "• 2 st. Arbetsförmedlare": 0,
    "• SIP-samordnare": 0, "• Arbetskonsulenter": -10, "• Psykolog": 0, "• Arbetsterapeut": 0,
    "Utvecklingsledare": -24, "Rehabvägledare": 0, "Insatskatalogen": 22, "Psykeveckan": -38,
    "Kompetensutveckling, gemensamma utbildningar": -46, NEW_INSATSER_POST: 378,
    "Summa insatser": 475, "Summa kostnader": 476,
}


def published() -> dict:
    """The same figures and texts as printed in the annual report 2023, contradictions included."""
    import sundsvall_2023_texts

    data = sundsvall_2023_texts.published(copy.deepcopy(_BASE))
    eko = data["ekonomi.xlsx"]
    # Last year's report as published, to compare this report's 2022 column with.
    eko["installningar"] = dict(eko["installningar"], foregaende_ar="../sundsvall-2022")
    # Resultaträkning 2022: verksamhetens resultat printed as −408 792 (7 377 991 − 7 786 784 = −408 793).
    eko["rr"] = dict(eko["rr"], verksamhetens_resultat=(None, -408_792),
                     resultat_efter_finansiella=(None, -409_222), arets_resultat=(None, -409_222))
    # Balansräkning 2022: omsättningstillgångar 3 696 600 (224 600 + 3 471 999 = 3 696 599),
    # årets resultat −409 221 (−409 222 in the resultaträkning); the totals as printed.
    eko["br"] = dict(eko["br"], summa_omsattningstillgangar=(None, 3_696_600),
                     summa_tillgangar=(None, 3_696_599), arets_resultat=(476_308, -409_221),
                     eget_kapital=(None, 812_116))
    # Kassaflödesanalys 2022 as printed: −114 and 288 do not match the balance sheets.
    eko["kf"] = dict(eko["kf"], forandring_fordringar=(28, -114), forandring_skulder=(-249, 288),
                     likvida_slut=(None, 3_472))
    # Femårsöversikt 2020 as printed: 7 378 000 − 7 213 245 ≠ 164 757.
    eko["femar"] = [dict(r) for r in eko["femar"]]
    eko["femar"][3].update(kostnader=7_213_245, resultat=164_757)
    eko["budget"] = [dict(r, differens=PUBLISHED_DIFFERENS[r["post"]])
                     if r["post"] in PUBLISHED_DIFFERENS else dict(r) for r in eko["budget"]]
    ins = data["insatser.xlsx"]
    # Text: insatser cost 5 774 942 kr, of which 592 754 kr structural; follow-up: 5 695 tkr.
    ins["insatser"] = [dict(r) for r in ins["insatser"]]
    for r in ins["insatser"]:
        if r["namn"] == "Utvecklingsledare, struktur och BIP":
            r["utfall"] = 347_754
    # Goals as printed: 746 participants; 199 to work or studies "varav 93 kvinnor och 103 män".
    ins["mal"] = [dict(g) for g in ins["mal"]]
    ins["mal"][0].update(utfall=199, varav_kvinnor=93, varav_man=103)
    ins["mal"][5].update(utfall=746)
    # Participant table as printed: "Arbetskonsulent gemensam 39 (23/14)".
    data["deltagare.xlsx"]["deltagare"] = [
        dict(r, okant_kon=None, totalt=39) if r["insats"] == "Arbetskonsulent gemensam" else dict(r)
        for r in data["deltagare.xlsx"]["deltagare"]]
    return data

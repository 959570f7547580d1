"""NNS indikatorenkät 2023 of Samordningsförbundet i Sundsvall, transcribed from seed 002.

Source: /work/shared/seeds/002_7f0721e25a39fdde.txt, the section "Resultatrapport från NNS
indikatorsenkäter, mätperioden 221101–231031" (bilaga 8 to the annual report 2023; seed
lines 1773-2036). Pure data, no logic beyond the two row helpers below; every figure is as
printed. Four of its tables are printed a second time in the annual report 2023, 1.5.3
(Tabell 2-5); those copies were compared cell by cell and differ only where ``note`` says.

Layout of the printed tables
----------------------------
The report has one block per indicator: a heading "Indikator N: <statement>" (kept in
``INDICATOR_TEXTS``), a table, and below it a sentence defining the answer scale (kept in
``SCALES``). Indicator 11 has no table ("har ännu ej tagits i bruk").

Each table starts with a column header row::

    | Negativt | Varken eller | Positivt (Klart positivt) | | | Resultat jämfört med 2022

followed, per question, by a question row::

    <question text> | <respondent group> | svarsfrekvens

and then the data rows. For the two participant groups ("Deltagare - pågåendeenkät",
"Deltagare - avslutsenkät") there are three data rows, "Samtliga (n=..)", "kvinnor (n=..)"
and "män (n=..)"; for the other groups (Personal, Remittenter, Parternas chefsgrupp,
Styrelse) there is one row, "(n=..)", and no split by gender. A data row holds: share
negative %, share neither %, share positive %, the share "klart positivt" % in brackets,
the response rate % and the change against 2022: an arrow ↑ / ↓ with a figure ("↑ 6%") or
"→" for unchanged. The change is the difference in percentage points of the positive share
(checked against the annual report 2022 in seed 003, e.g. indicator 7, pågående, 86 % "↑ 1%"
against 85 % there). The first question of indicator 6 has the columns "Ja | Nej" instead
(response rate and change after them, no "klart positivt").

Fields
------
``INDICATORS`` has one dict per printed question row, in printed order:
``indicator`` (the printed number), ``group`` (a key into ``GROUPS``), ``group_printed``
(the group label as printed in that question row), ``scale`` ("frekvens", "grad" or
"ja_nej", see ``SCALES``), ``question`` (exactly as printed, HTML/markdown markup removed),
``total`` / ``women`` / ``men`` (one data row each; ``women`` and ``men`` are None where
no gender split is printed) and ``note``. A data row is a dict: ``label`` (as printed),
``n``, ``negative``, ``neutral``, ``positive`` (the share agreeing, "positiva svar"),
``clearly_positive``, ``response_rate``, ``change`` (as printed, None if not printed) and
``change_points`` (the same as a signed number: ↑ +, ↓ -, → 0). Ja/Nej rows have ``yes``
and ``no`` instead of the four shares. Percentages are integers as printed (86 for 86 %);
a cell that is not printed is None, never a guess. Because of rounding, negative + neutral
+ positive is 99-101 in some rows (as printed).

Gender split: the report says a split by gender may be shown only if at least ten women
and ten men answered a question (``FACTS["gender_split_rule"]``). All participant rows
meet that (at least 16 of each); for Personal (13), Remittenter (11), Parternas chefsgrupp
(9) and Styrelse (6) no split is printed, so ``women`` / ``men`` and the group's
``n_women`` / ``n_men`` are None. The report does not say whether that is suppression or
simply that those surveys do not ask for gender.

Defects of the conversion (recorded as None, see ``note``): indicator 12, Styrelse: no
response rate and the arrow on the question line; indicators 13 and 14: only the
negative and neutral shares survive, the positive, clearly positive and response-rate
cells are missing and the arrow stands on the question line.

Printed contradiction: the Bakgrund says "Den här är första gången som Samordningsförbundet
i Sundsvall använder indikatorsenkäterna i sina verksamheter", but the same report compares
every figure with 2022 and counts 140 questionnaires in 2022; the förbund began using the
surveys in 2022 (annual report 2022, seed 003, 1.3). Kept verbatim in ``FACTS``.
"""
from __future__ import annotations

import datetime as dt


def _change_points(change):
    if change is None:
        return None
    if change == "→":
        return 0
    arrow, figure = change.split(" ")
    points = int(figure.rstrip("%"))
    return points if arrow == "↑" else -points


def _row(label, n, negative, neutral, positive, clearly_positive, response_rate, change):
    """One printed data row of a Negativt / Varken eller / Positivt table."""
    return {"label": label, "n": n, "negative": negative, "neutral": neutral,
            "positive": positive, "clearly_positive": clearly_positive,
            "response_rate": response_rate, "change": change,
            "change_points": _change_points(change)}


def _yn(label, n, yes, no, response_rate, change):
    """One printed data row of a Ja / Nej table (indicator 6, first question)."""
    return {"label": label, "n": n, "yes": yes, "no": no, "response_rate": response_rate,
            "change": change, "change_points": _change_points(change)}


FACTS = {
    "forbund": "Samordningsförbundet i Sundsvall",
    "ar": 2023,
    "source": "seed 002 (002_7f0721e25a39fdde.txt), bilaga 8 till årsredovisning 2023",
    "title": "Resultatrapport från NNS indikatorsenkäter, mätperioden 221101–231031",
    "survey_period": (dt.date(2022, 11, 1), dt.date(2023, 10, 31)),
    "survey_period_printed": "221101–231031",
    "comparison_year": 2022,
    "respondent_groups": 6,
    "indicators": 16,
    "indicators_not_in_use": [11],
    # "Under 2023 har totalt 129 enkäter samlats in från samtliga respondentgrupper, vilket
    # är något färre än de 140 enkäter som samlades in under 2022." The largest n per group
    # (42 + 48 + 13 + 11 + 9 + 6) adds up to the 129.
    "questionnaires": 129,
    "questionnaires_previous_year": 140,
    "gender_split_rule": (
        "Redovisning av könsuppdelad statistik får göras om det är minst tio respondenter "
        "från både kvinnliga och manliga deltagare som har besvarat en fråga."),
    "first_time_claim": (
        "Den här är första gången som Samordningsförbundet i Sundsvall använder "
        "indikatorsenkäterna i sina verksamheter."),
}

# Respondent groups in the order and wording of "Mätningen" ("Det är sex olika
# respondentgrupper som har fått svara på en indikatorenkät; 1. ... 6. ..."). The report
# prints no separate count per group: ``n`` / ``n_women`` / ``n_men`` are the largest n
# printed for the group in the tables (every question of the group has that n, except the
# two follow-up questions of indicator 6, answered by 43 (27 kvinnor, 16 män) of the 48).
GROUPS = [
    {"key": "deltagare_pagaende", "number": 1, "printed": "Deltagare i pågående insats",
     "table_labels": ["Deltagare - pågåendeenkät"], "n": 42, "n_women": 19, "n_men": 23},
    {"key": "deltagare_avslut", "number": 2, "printed": "Deltagare inför avslut i insats",
     "table_labels": ["Deltagare - avslutsenkät"], "n": 48, "n_women": 28, "n_men": 20},
    {"key": "personal", "number": 3,
     "printed": ("Personal (medarbetarrådets medlemmar och medarbetare i "
                 "förbundsfinansierade insatser)"),
     "table_labels": ["Personal"], "n": 13, "n_women": None, "n_men": None},
    {"key": "remittenter", "number": 4,
     "printed": "Remittent (som aktualiserar individer till förbundsfinansierade insatser)",
     "table_labels": ["Remmittenter", "Remittenter"], "n": 11, "n_women": None, "n_men": None},
    {"key": "chefsgrupp", "number": 5,
     "printed": "Chefsgrupp (samverkansråd och strategirådets medlemmar)",
     "table_labels": ["Parternas chefsgrupp"], "n": 9, "n_women": None, "n_men": None},
    {"key": "styrelse", "number": 6, "printed": "Styrelse (förbundsstyrelsen)",
     "table_labels": ["Styrelse"], "n": 6, "n_women": None, "n_men": None},
]

# The sentence printed under each table; "frekvens" under indicators 1-4 and 8, "grad"
# under the others. Indicator 6's first question is Ja/Nej.
SCALES = {
    "frekvens": (
        "Som positiva svar räknas svarsalternativen ofta, för det mesta, och alltid. "
        "Graderingen \"klart positivt\" är en summering av de två sistnämnda "
        "svarsalternativen. Som negativa svar räknas svarsalternativen sällan och aldrig."),
    "grad": (
        "Som positiva svar räknas svarsalternativen till stor del, till mycket stor del, och "
        "helt och hållet. Graderingen \"klart positivt\" är en summering av de två "
        "sistnämnda svarsalternativen. Som negativa svar räknas svarsalternativen till liten "
        "del och inte alls."),
    "ja_nej": None,
}

INDICATOR_TEXTS = {
    1: ("Deltagarna känner att de insatser som erbjuds är organiserade runt deras behov "
        "(personcentrerade)."),
    2: "Deltagarna upplever inflytande över rehabiliteringsprocessen.",
    3: ("En möjlighet att låta rehabiliteringsprocessen få ta den tid som behövs utifrån "
        "deltagarnas förutsättningar."),
    4: ("Deltagarna upplever att det finns någon som håller samman och stödjer den enskildes "
        "samordnade rehabiliteringsprocess."),
    5: ("Deltagarna upplever att de kan hantera egna symtom och funktionsnedsättning samt att "
        "de har fått stöd från myndigheterna i att leva med detta."),
    6: ("När insatser avslutas i en samordnad rehabiliteringstjänst upplever deltagarna att "
        "det finns en planering/tjänster som tar vid, och att de levereras utan onödigt "
        "dröjsmål."),
    7: ("Deltagarna upplever att det har skett en stegförflyttning närmare "
        "arbetsmarknaden/egen försörjning."),
    8: ("Personalen upplever att andra medarbetare/professionella i andra myndigheter "
        "respekterar deras kunskap, roller och arbetssätt."),
    9: ("Att det systematiskt tillvaratas erfarenheter, kunskaper och synpunkter såväl från "
        "enskilda deltagare/brukare som från brukarorganisationer eller grupper av "
        "deltagare."),
    10: ("Samordnade insatser inkluderar även andra aktörer i samhället, företag, ideella "
         "krafter och föreningsliv i det löpande arbetet på ett strukturerat sätt."),
    11: ("Utfall för deltagarna som kommer ur de samordnade insatserna är hållbara och säkra "
         "över tid. Registerstudie (har ännu ej tagits i bruk)."),
    12: ("En struktur har skapats vars huvuduppgifter är att strategiskt initiera, "
         "upprätthålla och underhålla relationer."),
    13: "Samordnade insatser har ett sektorsövergripande arbetssätt och synsätt.",
    14: ("Det finns en klar och tydlig strategi för uppföljning och utvärdering av "
         "myndighetsgemensamma insatser."),
    15: ("Insikter från samverkan leder till att nya typer av förebyggande insatser utvecklas "
         "så att behov av samordnad rehabilitering inte behöver bli aktuellt om individer "
         "fångas upp mycket tidigare och på ett annorlunda sätt."),
    16: ("En värdegrund utifrån mänskliga rättigheter såsom jämställdhet, mångfald och "
         "jämlikhet genomsyrar den lokala samverkanskulturen."),
}

INDICATORS = [
    {
        "indicator": 1, "group": "deltagare_pagaende", "scale": "frekvens",
        "group_printed": "Deltagare - pågåendeenkät",
        "question": "Får du stöd på ett sätt som är till stor nytta för dig?",
        "total": _row("Samtliga (n=42)", 42, 0, 5, 95, 90, 100, "↓ 2%"),
        "women": _row("kvinnor (n=19)", 19, 0, 11, 89, 84, 100, "↓ 8%"),
        "men": _row("män (n=23)", 23, 0, 0, 100, 96, 100, "↑ 3%"),
        "note": None,
    },
    {
        "indicator": 1, "group": "deltagare_avslut", "scale": "frekvens",
        "group_printed": "Deltagare - avslutsenkät",
        "question": "Har du fått stöd på ett sätt som är till stor nytta för dig?",
        "total": _row("Samtliga (n=48)", 48, 0, 4, 96, 88, 100, "↓ 1%"),
        "women": _row("kvinnor (n=28)", 28, 0, 7, 93, 89, 100, "↑ 3%"),
        "men": _row("män (n=20)", 20, 0, 0, 100, 85, 100, "→"),
        "note": None,
    },
    {
        "indicator": 2, "group": "deltagare_pagaende", "scale": "frekvens",
        "group_printed": "Deltagare - pågåendeenkät",
        "question": "Är du med och bestämmer vilket stöd du skall få?",
        "total": _row("Samtliga (n=42)", 42, 0, 7, 93, 90, 100, "↓ 3%"),
        "women": _row("kvinnor (n=19)", 19, 0, 16, 84, 79, 100, "↓ 13%"),
        "men": _row("män (n=23)", 23, 0, 0, 100, 100, 100, "↑ 6%"),
        "note": None,
    },
    {
        "indicator": 2, "group": "deltagare_avslut", "scale": "frekvens",
        "group_printed": "Deltagare - avslutsenkät",
        "question": "Har du fått vara med och bestämma vilket stöd som du får/har fått?",
        "total": _row("Samtliga (n=48)", 48, 0, 0, 100, 100, 100, "↑ 3%"),
        "women": _row("kvinnor (n=28)", 28, 0, 0, 100, 100, 100, "↑ 10%"),
        "men": _row("män (n=20)", 20, 0, 0, 100, 100, 100, "→"),
        "note": None,
    },
    {
        "indicator": 3, "group": "deltagare_pagaende", "scale": "frekvens",
        "group_printed": "Deltagare - pågåendeenkät",
        "question": "Får stödet ta den tid du behöver?",
        "total": _row("samtliga (n=42)", 42, 2, 2, 95, 93, 100, "↑ 2%"),
        "women": _row("kvinnor (n=19)", 19, 5, 5, 89, 84, 100, "→"),
        "men": _row("män (n=23)", 23, 0, 0, 100, 100, 100, "↑ 3%"),
        "note": None,
    },
    {
        "indicator": 3, "group": "deltagare_avslut", "scale": "frekvens",
        "group_printed": "Deltagare - avslutsenkät",
        "question": "Har stödet fått tagit den tid du behövt?",
        "total": _row("Samtliga (n=48)", 48, 0, 2, 98, 92, 100, "↑ 1%"),
        "women": _row("kvinnor (n=28)", 28, 0, 4, 96, 96, 100, "↑ 6%"),
        "men": _row("män (n=20)", 20, 0, 0, 100, 85, 100, "→"),
        "note": None,
    },
    {
        "indicator": 3, "group": "personal", "scale": "frekvens",
        "group_printed": "Personal",
        "question": "Får stödet som ni ger ta den tid som behövs?",
        "total": _row("(n=13)", 13, 0, 15, 85, 85, 100, "↓ 15%"),
        "women": None, "men": None,
        "note": None,
    },
    {
        "indicator": 3, "group": "remittenter", "scale": "frekvens",
        "group_printed": "Remmittenter",
        "question": "Får stödet till deltagarna i insatsen ta den tid som behövs?",
        "total": _row("(n=11)", 11, 0, 0, 100, 82, 100, "→"),
        "women": None, "men": None,
        "note": "Group printed \"Remmittenter\" (sic); \"Remittenter\" under indicator 6.",
    },
    {
        "indicator": 4, "group": "deltagare_pagaende", "scale": "frekvens",
        "group_printed": "Deltagare - pågåendeenkät",
        "question": "Stödjer insatsen dig i kontakterna med myndigheterna och vården?",
        "total": _row("samtliga (n=42)", 42, 0, 2, 98, 86, 100, "↑ 6%"),
        "women": _row("kvinnor (n=19)", 19, 0, 5, 95, 84, 100, "↑ 6%"),
        "men": _row("män (n=23)", 23, 0, 0, 100, 87, 100, "↑ 6%"),
        "note": None,
    },
    {
        "indicator": 4, "group": "deltagare_avslut", "scale": "frekvens",
        "group_printed": "Deltagare - avslutsenkät",
        "question": "Har insatsen stöttat dig i kontakterna med myndigheterna och vården?",
        "total": _row("Samtliga (n=48)", 48, 2, 2, 96, 85, 98, "↑ 8%"),
        "women": _row("kvinnor (n=28)", 28, 4, 4, 93, 82, 100, "↑ 13%"),
        "men": _row("män (n=20)", 20, 0, 0, 100, 89, 95, "↑ 10%"),
        "note": ("Question and group printed without bold; arrow and points in separate cells. "
            "Response rates 98 % (samtliga) and 95 % (män) are the only ones below 100 % in "
            "the report."),
    },
    {
        "indicator": 5, "group": "deltagare_pagaende", "scale": "grad",
        "group_printed": "Deltagare - pågåendeenkät",
        "question": "Har det stöd du fått hjälpt dig att hantera din situation?",
        "total": _row("Samtliga (n=42)", 42, 0, 5, 95, 86, 100, "↑ 10%"),
        "women": _row("kvinnor (n=19)", 19, 0, 5, 95, 74, 100, "↑ 16%"),
        "men": _row("män (n=23)", 23, 0, 4, 96, 96, 100, "↑ 5%"),
        "note": "Also printed as Tabell 3 in the annual report 2023, 1.5.3 (same figures).",
    },
    {
        "indicator": 5, "group": "deltagare_avslut", "scale": "grad",
        "group_printed": "Deltagare - avslutsenkät",
        "question": "Har det stöd du fått hjälpt dig att hantera din situation?",
        "total": _row("Samtliga (n=48)", 48, 0, 10, 90, 79, 100, "↓ 1%"),
        "women": _row("kvinnor (n=28)", 28, 0, 7, 93, 82, 100, "↑ 13%"),
        "men": _row("män (n=20)", 20, 0, 15, 85, 75, 100, "↓ 10%"),
        "note": "Also printed as Tabell 3 in the annual report 2023, 1.5.3 (same figures).",
    },
    {
        "indicator": 6, "group": "deltagare_avslut", "scale": "ja_nej",
        "group_printed": "Deltagare - avslutsenkät",
        "question": ("Har ni påbörjat en planering för vad som ska hända efter att nuvarande "
            "stöd har upphört?"),
        "total": _yn("Samtliga (n=48)", 48, 90, 10, 100, "↑ 6%"),
        "women": _yn("kvinnor (n=28)", 28, 96, 4, 100, "↑ 6%"),
        "men": _yn("män (n=20)", 20, 80, 20, 100, "→"),
        "note": ("Ja/Nej question: yes = the Ja column, no = the Nej column; no clearly-positive "
            "column."),
    },
    {
        "indicator": 6, "group": "deltagare_avslut", "scale": "grad",
        "group_printed": "Deltagare - avslutsenkät",
        "question": ("Finns det en tillräcklig planering för vad som ska hända efter att detta"
            " stöd upphört?"),
        "total": _row("Samtliga (n=43)", 43, 2, 9, 88, 86, 100, "↑ 7%"),
        "women": _row("kvinnor (n=27)", 27, 4, 11, 85, 81, 100, "↓ 4%"),
        "men": _row("män (n=16)", 16, 0, 6, 94, 94, 100, "↑ 19%"),
        "note": ("Answered by n=43 (27 kvinnor, 16 män) of the 48 in the avslutsenkät. Also "
            "printed as Tabell 4 in the annual report 2023, 1.5.3 (same figures)."),
    },
    {
        "indicator": 6, "group": "deltagare_avslut", "scale": "grad",
        "group_printed": "Deltagare - avslutsenkät",
        "question": "Kommer det som är planerat att påbörjas inom rimlig tid?",
        "total": _row("Samtliga (n=43)", 43, 0, 12, 88, 81, 100, "↑ 7%"),
        "women": _row("kvinnor (n=27)", 27, 0, 11, 89, 81, 100, "→"),
        "men": _row("män (n=16)", 16, 0, 13, 88, 81, 100, "↑ 13%"),
        "note": "Answered by n=43 (27 kvinnor, 16 män) of the 48 in the avslutsenkät.",
    },
    {
        "indicator": 6, "group": "personal", "scale": "grad",
        "group_printed": "Personal",
        "question": ("Finns det en tillräcklig planering för vad som ska hända efter att detta"
            " stöd upphör?"),
        "total": _row("(n=13)", 13, 0, 8, 92, 77, 100, "→"),
        "women": None, "men": None,
        "note": None,
    },
    {
        "indicator": 6, "group": "remittenter", "scale": "grad",
        "group_printed": "Remittenter",
        "question": ("Finns det en tillräcklig planering för vad som ska hända deltagarna "
            "efter avslutad insats?"),
        "total": _row("(n=11)", 11, 0, 0, 100, 91, 100, "↑ 11%"),
        "women": None, "men": None,
        "note": None,
    },
    {
        "indicator": 6, "group": "remittenter", "scale": "grad",
        "group_printed": "Remittenter",
        "question": "Upplever du att de du samverkar med i insatsen lyssnar på dig?",
        "total": _row("(n=11)", 11, 0, 0, 100, 82, 100, "→"),
        "women": None, "men": None,
        "note": ("Printed under indicator 6, although the question is about being listened to (cf."
            " indicator 8)."),
    },
    {
        "indicator": 7, "group": "deltagare_pagaende", "scale": "grad",
        "group_printed": "Deltagare - pågåendeenkät",
        "question": ("Känner du dig mer redo att kunna arbeta/studera jämfört med innan du "
            "fick kontakt med oss?"),
        "total": _row("samtliga (n=42)", 42, 0, 14, 86, 76, 100, "↑ 1%"),
        "women": _row("kvinnor (n=19)", 19, 0, 26, 74, 68, 100, "↓ 10%"),
        "men": _row("män (n=23)", 23, 0, 4, 96, 83, 100, "↑ 11%"),
        "note": "Also printed as Tabell 2 in the annual report 2023, 1.5.3 (same figures).",
    },
    {
        "indicator": 7, "group": "deltagare_avslut", "scale": "grad",
        "group_printed": "Deltagare - avslutsenkät",
        "question": ("Känner du dig mer redo att kunna arbeta/studera jämfört med innan du "
            "fick kontakt med oss?"),
        "total": _row("Samtliga (n=48)", 48, 15, 13, 73, 71, 100, "↑ 4%"),
        "women": _row("kvinnor (n=28)", 28, 11, 14, 75, 71, 100, "↑ 15%"),
        "men": _row("män (n=20)", 20, 20, 10, 70, 70, 100, "↓ 5%"),
        "note": None,
    },
    {
        "indicator": 8, "group": "personal", "scale": "frekvens",
        "group_printed": "Personal",
        "question": "Upplever du att de du samverkar med hos andra myndigheter lyssnar på dig?",
        "total": _row("(n=13)", 13, 0, 8, 92, 92, 100, "↓ 8%"),
        "women": None, "men": None,
        "note": None,
    },
    {
        "indicator": 8, "group": "personal", "scale": "frekvens",
        "group_printed": "Personal",
        "question": ("Upplever du att de du samverkar med hos andra myndigheter vet vad du kan"
            " tillföra?"),
        "total": _row("(n=13)", 13, 0, 0, 100, 85, 100, "↑ 8%"),
        "women": None, "men": None,
        "note": None,
    },
    {
        "indicator": 8, "group": "remittenter", "scale": "frekvens",
        "group_printed": "Remmittenter",
        "question": ("Upplever du att de du samverkar med hos andra myndigheter vet vad du kan"
            " tillföra?"),
        "total": _row("(n=11)", 11, 0, 0, 100, 91, 100, "→"),
        "women": None, "men": None,
        "note": "Group printed \"Remmittenter\" (sic).",
    },
    {
        "indicator": 9, "group": "deltagare_pagaende", "scale": "grad",
        "group_printed": "Deltagare - pågåendeenkät",
        "question": ("Upplever du att personalen tar tillvara på dina erfarenheter, såsom "
            "kunskaper och synpunkter?"),
        "total": _row("Samtliga (n=42)", 42, 0, 2, 98, 90, 100, "↑ 4%"),
        "women": _row("kvinnor (n=19)", 19, 0, 5, 95, 84, 100, "↑ 3%"),
        "men": _row("män (n=23)", 23, 0, 0, 100, 96, 100, "↑ 3%"),
        "note": None,
    },
    {
        "indicator": 9, "group": "deltagare_avslut", "scale": "grad",
        "group_printed": "Deltagare - avslutsenkät",
        "question": ("Upplever du att personalen tagit tillvara dina erfarenheter, såsom "
            "kunskaper och synpunkter?"),
        "total": _row("Samtliga (n=48)", 48, 0, 4, 96, 92, 100, "↑ 2%"),
        "women": _row("kvinnor (n=28)", 28, 0, 4, 96, 93, 100, "↑ 6%"),
        "men": _row("män (n=20)", 20, 0, 5, 95, 90, 100, "→"),
        "note": None,
    },
    {
        "indicator": 9, "group": "personal", "scale": "grad",
        "group_printed": "Personal",
        "question": ("Tas erfarenheter, såsom kunskaper och synpunkter från deltagare "
            "systematiskt tillvara?"),
        "total": _row("(n=13)", 13, 0, 8, 92, 77, 100, "→"),
        "women": None, "men": None,
        "note": None,
    },
    {
        "indicator": 9, "group": "chefsgrupp", "scale": "grad",
        "group_printed": "Parternas chefsgrupp",
        "question": ("Tas erfarenheter, såsom kunskaper och synpunkter från deltagare "
            "systematiskt tillvara?"),
        "total": _row("(n=9)", 9, 0, 11, 89, 22, 100, "↑ 11%"),
        "women": None, "men": None,
        "note": None,
    },
    {
        "indicator": 9, "group": "chefsgrupp", "scale": "grad",
        "group_printed": "Parternas chefsgrupp",
        "question": ("Medverkar individer med samordnade rehabiliteringsbehov i utvecklingen "
            "av insatser?"),
        "total": _row("(n=9)", 9, 22, 22, 56, 22, 100, "→"),
        "women": None, "men": None,
        "note": None,
    },
    {
        "indicator": 10, "group": "personal", "scale": "grad",
        "group_printed": "Personal",
        "question": ("Har ni rutiner för att samarbeta med andra aktörer i arbetet när det "
            "gäller insatser för deltagarna?"),
        "total": _row("(n=13)", 13, 0, 0, 100, 69, 100, "↑ 8%"),
        "women": None, "men": None,
        "note": None,
    },
    {
        "indicator": 10, "group": "chefsgrupp", "scale": "grad",
        "group_printed": "Parternas chefsgrupp",
        "question": ("Har er samverkansgrupp ett strukturerat samarbete med aktörer utöver de "
            "som är medlemmar i samordningsförbundet?"),
        "total": _row("(n=9)", 9, 11, 44, 44, 33, 100, "→"),
        "women": None, "men": None,
        "note": None,
    },
    {
        "indicator": 12, "group": "personal", "scale": "grad",
        "group_printed": "Personal",
        "question": ("Har ni strukturer för att initiera, upprätthålla och underhålla "
            "relationer mellan inblandade aktörer?"),
        "total": _row("(n=13)", 13, 0, 8, 92, 62, 100, "↑ 25%"),
        "women": None, "men": None,
        "note": "Also printed in Tabell 5 of the annual report 2023, 1.5.3 (same figures).",
    },
    {
        "indicator": 12, "group": "chefsgrupp", "scale": "grad",
        "group_printed": "Parternas chefsgrupp",
        "question": ("Har ni strukturer för att initiera, upprätthålla och underhålla "
            "relationer mellan de samverkande myndigheterna?"),
        "total": _row("(n=9)", 9, 0, 22, 78, 56, 100, "↑ 11%"),
        "women": None, "men": None,
        "note": "Also printed in Tabell 5 of the annual report 2023, 1.5.3 (same figures).",
    },
    {
        "indicator": 12, "group": "styrelse", "scale": "grad",
        "group_printed": "Styrelse",
        "question": ("Har ni strukturer för att initiera, upprätthålla och underhålla "
            "relationer mellan inblandade aktörer?"),
        "total": _row("(n=6)", 6, 0, 17, 83, 83, None, "→"),
        "women": None, "men": None,
        "note": ("Response rate not printed and the arrow stands on the question line. Tabell 5 of"
            " the annual report 2023 prints the same row with svarsfrekvens 100% and →."),
    },
    {
        "indicator": 13, "group": "personal", "scale": "grad",
        "group_printed": "Personal",
        "question": ("Omfattas det synsätt ni har angående människors resurser och möjligheter"
            " av alla i den samordnade insatsen?"),
        "total": _row("(n=13)", 13, 0, 23, None, None, None, "↓ 15%"),
        "women": None, "men": None,
        "note": ("Only Negativt 0% and Varken eller 23% are printed; positive, clearly positive "
            "and response rate are missing (lost in the PDF conversion) and the ↓ 15% stands "
            "on the question line. Not filled in: 100 - 0 - 23 would suggest 77, but that is "
            "not printed."),
    },
    {
        "indicator": 13, "group": "personal", "scale": "grad",
        "group_printed": "Personal",
        "question": ("Fungerar de olika arbetssätt ni har i den samordnade insatsen bra "
            "tillsammans?"),
        "total": _row("(n=13)", 13, 0, 15, None, None, None, "↓ 15%"),
        "women": None, "men": None,
        "note": ("Only Negativt 0% and Varken eller 15% are printed; positive, clearly positive "
            "and response rate are missing and the ↓ 15% stands on the question line. Not "
            "filled in: 100 - 0 - 15 would suggest 85, but that is not printed."),
    },
    {
        "indicator": 14, "group": "styrelse", "scale": "grad",
        "group_printed": "Styrelse",
        "question": ("Har ni en strategi för hur ni arbetar med uppföljning och utvärdering av"
            " de samordnade rehabiliteringsinsatserna?"),
        "total": _row("(n=6)", 6, 0, 0, None, None, None, "→"),
        "women": None, "men": None,
        "note": ("Only Negativt 0% and Varken eller 0% are printed; positive, clearly positive and"
            " response rate are missing and the → stands on the question line. Not filled in "
            "(would suggest 100)."),
    },
    {
        "indicator": 14, "group": "styrelse", "scale": "grad",
        "group_printed": "Styrelse",
        "question": ("Använder ni uppföljning och utvärdering som underlag för att utveckla de"
            " samordnade rehabiliteringsinsatserna?"),
        "total": _row("(n=6)", 6, 0, 0, None, None, None, "→"),
        "women": None, "men": None,
        "note": ("Only Negativt 0% and Varken eller 0% are printed; positive, clearly positive and"
            " response rate are missing and the → stands on the question line. Not filled in "
            "(would suggest 100)."),
    },
    {
        "indicator": 15, "group": "chefsgrupp", "scale": "grad",
        "group_printed": "Parternas chefsgrupp",
        "question": ("Används erfarenheter från förbundsfinansierade insatser som underlag för"
            " fortsatt utveckling av samordnad arbetslivsinriktad rehabilitering?"),
        "total": _row("(n=9)", 9, 0, 33, 67, 56, 100, "↓ 11%"),
        "women": None, "men": None,
        "note": None,
    },
    {
        "indicator": 15, "group": "chefsgrupp", "scale": "grad",
        "group_printed": "Parternas chefsgrupp",
        "question": ("Har erfarenheter från er samverkan lett till att förebyggande insatser "
            "utvecklats med avsikten att samordnad rehabilitering inte ska behöva bli"
            " aktuell?"),
        "total": _row("(n=9)", 9, 22, 22, 56, 22, 100, "↑ 23%"),
        "women": None, "men": None,
        "note": None,
    },
    {
        "indicator": 16, "group": "personal", "scale": "grad",
        "group_printed": "Personal",
        "question": ("Har ni rutiner för att arbeta med jämställdhet, jämlikhet och mångfald i"
            " insatsen?"),
        "total": _row("(n=13)", 13, 15, 23, 62, 54, 100, "↑ 4%"),
        "women": None, "men": None,
        "note": None,
    },
    {
        "indicator": 16, "group": "personal", "scale": "grad",
        "group_printed": "Personal",
        "question": ("Avsätts tid till lärande och reflektion kopplat till jämställdhet, "
            "jämlikhet och mångfald?"),
        "total": _row("(n=13)", 13, 46, 8, 46, 38, 100, "↑ 4%"),
        "women": None, "men": None,
        "note": None,
    },
    {
        "indicator": 16, "group": "chefsgrupp", "scale": "grad",
        "group_printed": "Parternas chefsgrupp",
        "question": "Används könsuppdelad statistik i planering, beslut och prioriteringar?",
        "total": _row("(n=9)", 9, 0, 11, 89, 33, 100, "↑ 11%"),
        "women": None, "men": None,
        "note": None,
    },
    {
        "indicator": 16, "group": "chefsgrupp", "scale": "grad",
        "group_printed": "Parternas chefsgrupp",
        "question": ("Har ni integrerat jämställdhet, jämlikhet och mångfald i den samverkan "
            "som stöds av samordningsförbundet?"),
        "total": _row("(n=9)", 9, 11, 0, 89, 33, 100, "↑ 45%"),
        "women": None, "men": None,
        "note": None,
    },
    {
        "indicator": 16, "group": "styrelse", "scale": "grad",
        "group_printed": "Styrelse",
        "question": "Används könsuppdelad statistik i planering, beslut och prioriteringar?",
        "total": _row("(n=6)", 6, 0, 0, 100, 50, 100, "→"),
        "women": None, "men": None,
        "note": None,
    },
    {
        "indicator": 16, "group": "styrelse", "scale": "grad",
        "group_printed": "Styrelse",
        "question": ("Har styrelsen integrerat jämställdhet, jämlikhet och mångfald i "
            "förbundets verksamhetsplanering?"),
        "total": _row("(n=6)", 6, 17, 17, 67, 50, 100, "↓ 16%"),
        "women": None, "men": None,
        "note": None,
    },
]

# NNS results printed per insats in the annual report 2023, 1.5.6 (goal tables of the
# insatser). Only the two arbetskonsulent insatser print them, and both print exactly the
# same three rows (16 / 75 %, 16 / 94 %, 15 / 87 %); the report does not say whether the
# same respondents are counted for both insatser. The report does not say which
# questionnaire (pågående or avslut) they come from. ``text`` is the outcome cell as printed.
_AE = "Arbetskonsulent för personer med aktivitetsersättning"
_GEM = "Arbetskonsulent gemensam"
_GOAL_READY = ("Deltagarna i insatsen närmar sig egen försörjning. Indikator: Mäts med NNS "
               "indikatorenkät")
_GOAL_COPE = ("Deltagarna i insatsen upplever att de fått hjälp att utveckla sätt att hantera "
              "sin situation. Indikator: Mäts med NNS indikatorenkät")
_GOAL_PLAN = ("Deltagarna upplever att finns en planering som tar vid när insatsen avslutas. "
              "Indikator: Mäts med NNS indikatorenkät")
_TEXT_READY = ("16 respondenter besvarade frågan. Av dessa ansåg 75% att de var mer redo att "
               "arbeta eller studera jämfört med innan de påbörjade insatsen.")
_TEXT_COPE = ("16 respondenter besvarade frågan. Av dessa ansåg 94% att de fått hjälp att "
              "hantera sin situation.")
_TEXT_PLAN = ("15 respondenter besvarade frågan. Av dessa ansåg 87% att det finns en planering "
              "som tar vid när insatsen avslutas.")
INSATS_RESULTS = [
    {"insats": insats, "indicator": indicator, "goal": goal, "achieved": "Ja", "n": n,
     "positive": positive, "text": text}
    for insats in (_AE, _GEM)
    for indicator, goal, n, positive, text in (
        (7, _GOAL_READY, 16, 75, _TEXT_READY),
        (5, _GOAL_COPE, 16, 94, _TEXT_COPE),
        (6, _GOAL_PLAN, 15, 87, _TEXT_PLAN),
    )
]
# ``indicator`` above is not printed in 1.5.6; it is the indicator of the report whose
# question matches the goal (7 ready to work or study, 5 coping, 6 planning).



# The section "Resultat" of the report (seed lines 1787-1805), verbatim: the analysis
# (RESULT_TEXT, one paragraph a line) and the quotes from the free-text answers (QUOTES;
# the list's markup, bullets and italics, removed).
RESULT_TEXT = "\n".join([
    'Tittar man på resultatet i sin helhet så är respondentgruppen deltagare mycket positiva till de insatser som samordningsförbundet finansierar. Gällande styrelsens verksamhetsmål, "Fler deltagare i individinriktade insatser närmar sig egen försörjning 2023 jämfört med 2022", så har det skett en mindre förbättring till 2023 jämfört med 2022, både vad det gäller deltagare i pågående insats samt avslutade deltagare, se tabell, Indikator 7. Dock kan det noteras att det finns vissa könsskillnader inom respondentgrupperna.',
    'I det andra verksamhetsmålet, "Fler deltagare i individinriktade insatser upplever att de fått hjälp att utveckla sätt att hantera sin situation 2023 jämfört med 2022, har det för deltagarna i pågående insats skett en tydlig förbättring 2023 jämfört med 2022. En ökning med 10 % där resultatet nu är att 95% av respondenterna anser sig haft en positiv utveckling inom området. För avslutade deltagare, är resultatet 90% positiva, en marginell skillnad mot året innan, men fortfarande ett mycket bra resultat, se tabell, Indikator 5.',
    'Gällande verksamhetsmålet, "Fler deltagare upplever att det finns en planering som tar vid när insatsen avslutas 2023 jämfört med 2022", har det skett en ökning med 7% från föregående år. Där nu hela 88% av respondenterna är positiva till den planering som skall ta vid, se tabell, Indikator 6.',
    'Angående verksamhetsmålet, "Fler upplever att Samverkansstrukturen inom Samordningsförbundet i Sundsvall är en fungerande plattform för att initiera, upprätthålla och underhålla relationen mellan inblandade parter 2023 jämfört med 2022", har det skett en ökning gällande positiva svar med 25% för respondentgruppen personal, bland cheferna är ökningen 11% och för styrelsen är det samma resultat som året innan, se tabell, Indikator 12.',
    'I deltagarenkäten fanns även möjlighet att lämna fritextsvar gällande bland annat vilken skillnad stödet gjort för dem. I svaren kan det utläsas vilken enorm skillnad personalen gör för de deltagare som de hjälper. Ett axplock av citaten:',
])
QUOTES = [
    'Möjligheten att få hjälp med att etablera nya kontakter på arbetsmarknaden har varit ovärderlig. Kontinuerlig kontakt har underlättat och tagit bort stressen, vilket gjort måendet bättre.',
    'Fått tillbaka självförtroendet.',
    'Utan detta stöd hade jag inte varit där jag är idag.',
    'En otrolig skillnad. Insatsen har varit helt outhärlig.',
    'Jag hanterar min sömn och ångest på ett bättre sätt nu. Känner ingen skam. Jag är gladare nu.',
    'Jag har fått en bra grund att stå på. Redskap att arbeta framåt. Jag har blivit mer självsäker.',
    'Dom har gett mig bra redskap som jag kan använda resten av livet. Ett hållbart sätt att tänka.',
    'Stödet jag har fått gör att jag känner mig trygg i nuvarande situation. Samt nyfiken på att jag kan klara av nya utmaningar.',
    'Det enda jag har att säga är om mig själv och det är att jag skulle tagit kontakt tidigare än att sitta på arselet i flera år och inte göra någonting. Tycker det har varit kanon!',
]

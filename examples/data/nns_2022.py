"""NNS indikatorenkät 2022 of Samordningsförbundet i Sundsvall, as far as seed 003 prints it.

Source: /work/shared/seeds/003_89812b228534ec4f.txt, the annual report 2022. Its list of
bilagor names "9, Resultatrapport från NNS indikatorsenkäter", but the seed ends with that
list: the 2022 indicator report itself is NOT in the seed (seeds/README.md says it is). What
the seed does print are extracts: in 1.5.3 (Verksamhetens mål 2022) four tables copied
"från \\"Resultatrapport från NNS indikatorsenkäter\\", bilaga 9", one per goal, each with
national averages (rikssnitt) for 2022 in the prose around it; and in 1.5.6 a few NNS
results per insats. Only those are transcribed here. Pure data, no logic beyond the row
helper; every figure is as printed.

Layout of the printed tables
----------------------------
The same as in the 2023 report (see nns_2023.py) but without the column "Resultat jämfört
med 2022" and without indicator headings. A column header row::

    | Negativt | Varken eller | Positivt (Klart positivt) | | Svarsfrekvens

then per question a question row "<question text> | <respondent group> | svarsfrekvens",
then data rows: for participants "Samtliga (n=..)", "kvinnor (n=..)", "män (n=..)", for
Personal / Parternas chefsgrupp / Styrelse a single "(n=..)" row. A data row holds the
shares negative %, neither %, positive %, "klart positivt" % in brackets and the response
rate %. Under each table the scale sentence of the "grad" scale (``SCALES``). In the
coping table the positive and clearly positive shares share one cell ("85% (69%)").

Fields
------
``INDICATORS`` has one dict per printed question row, in printed order, with the same keys
as nns_2023.INDICATORS plus: ``indicator`` is None (no indicator number is printed in
seed 003); ``indicator_2023`` is the number of the indicator with the same question in the
2023 report (a match by question text, not printed here); ``goal`` is the goal of 1.5.3
under which the table is printed (verbatim); ``national_average`` holds the rikssnitt 2022
printed in the Utfall text of that goal (None where not printed; no total is printed).
``change`` / ``change_points`` are None throughout: the 2022 tables print no comparison.
``GROUPS`` lists the groups that appear in the tables (Remittenter appear nowhere in seed
003); the report prints no separate count per group: n / n_women / n_men are the largest n
printed for the group. For Personal, Parternas chefsgrupp and Styrelse no gender split is
printed (None).

Cross-check against the 2023 report (seed 002), whose tables print the change against
2022: for every row of every table here, the 2023 positive share minus the printed change
gives exactly the 2022 positive share printed here (15 rows checked, no difference).

Oddities as printed: in the two avslut tables the gender rows do not add up to the total
(10 + 20 of 32, 9 + 16 of 27); "kvinnor (n=9)" is shown although the 2023 report's rule
asks for at least ten women and ten men before a gender split is shown (the rule is not
printed in seed 003).
"""
from __future__ import annotations


def _row(label, n, negative, neutral, positive, clearly_positive, response_rate, change):
    """One printed data row of a Negativt / Varken eller / Positivt table."""
    return {"label": label, "n": n, "negative": negative, "neutral": neutral,
            "positive": positive, "clearly_positive": clearly_positive,
            "response_rate": response_rate, "change": change,
            "change_points": None}  # the 2022 tables print no comparison


FACTS = {
    "forbund": "Samordningsförbundet i Sundsvall",
    "ar": 2022,
    "source": ("seed 003 (003_89812b228534ec4f.txt), årsredovisning 2022, 1.5.3 and 1.5.6; "
               "the report itself (bilaga 9) is not in the seed"),
    "title": "Resultatrapport från NNS indikatorsenkäter",
    "survey_period": None,  # not printed in seed 003
    "survey_period_printed": None,
    "comparison_year": None,
    # Not printed in seed 003; the 2023 report (seed 002) says "de 140 enkäter som samlades
    # in under 2022".
    "questionnaires": None,
    "questionnaires_per_2023_report": 140,
    # Annual report 2022, 1.3 and the board's assessment in 1.5.1 (verbatim):
    "joined_printed": ("I det arbetet har styrelsen beslutat gå med i Indikatorsprojektet och "
                       "har börjat använda sig av enkäterna under 2022."),
    "participants_answered_printed": (
        "Totalt har över 100 deltagare har tagit chansen att besvara enkäten och på så vis "
        "bidragit till fortsatt utveckling av våra insatser."),
    "gender_split_rule": None,  # not printed in seed 003
}

GROUPS = [
    {"key": "deltagare_pagaende", "printed": "Deltagare - pågåendeenkät",
     "table_labels": ["Deltagare - pågåendeenkät", "Deltagare – pågåendeenkät"],
     "n": 72, "n_women": 38, "n_men": 34},
    # n=32 (10/20) in the coping table, n=27 (9/16) in the planning table.
    {"key": "deltagare_avslut", "printed": "Deltagare - avslutsenkät",
     "table_labels": ["Deltagare – avslutsenkät", "Deltagare - avslutsenkät"],
     "n": 32, "n_women": 10, "n_men": 20},
    {"key": "personal", "printed": "Personal", "table_labels": ["Personal"],
     "n": 12, "n_women": None, "n_men": None},
    {"key": "chefsgrupp", "printed": "Parternas chefsgrupp",
     "table_labels": ["Parternas chefsgrupp"], "n": 9, "n_women": None, "n_men": None},
    {"key": "styrelse", "printed": "Styrelse", "table_labels": ["Styrelse"],
     "n": 6, "n_women": None, "n_men": None},
]

SCALES = {
    "grad": (
        "Som positiva svar räknas svarsalternativen till stor del, till mycket stor del, och "
        "helt och hållet. Graderingen \"klart positivt\" är en summering av de två "
        "sistnämnda svarsalternativen. Som negativa svar räknas svarsalternativen till liten "
        "del och inte alls."),
}

# The goals of 1.5.3 under which the tables are printed, verbatim.
_GOAL_READY = "Deltagare i individinriktade insatser närmar sig egen försörjning."
_GOAL_COPE = ("Deltagare i individinriktade insatser upplever att de fått hjälp att utveckla "
              "sätt att hantera sin situation.")
_GOAL_PLAN = "Deltagarna upplever att det finns en planering som tar vid när insatsen avslutas."
_GOAL_STRUCT = ("Samverkansstrukturen inom Samordningsförbundet i Sundsvall är en fungerande "
                "plattform för att initiera, upprätthålla och underhålla relationen mellan "
                "inblandade parter.")

# The sentences of 1.5.3 that print the rikssnitt, verbatim (source of national_average).
NATIONAL_AVERAGE_TEXTS = [
    ("Jämfört med rikssnittet under 2022 som för män var 66% och för kvinnor 55%, anser "
     "förbundet att årets resultat är tillfredställande."),
    "Jämför vi oss med rikssnittet under 2022 var resultatet för män 76% och för kvinnor 74%.",
    ("Jämför vi oss även där med rikssnittet under 2022 var resultatet för män 77% och för "
     "kvinnor 76%."),
    "Jämför vi oss med rikssnittet under 2022 var resultatet för män 82% och för kvinnor 82%.",
    ("Jämför vi oss med rikssnittet under 2022 var resultatet för personal 77%, 69% för "
     "cheferna och 93% för styrelser."),
]

INDICATORS = [
    {
        "indicator": None, "indicator_2023": 7, "group": "deltagare_pagaende", "scale": "grad",
        "group_printed": "Deltagare - pågåendeenkät",
        "question": ("Känner du dig mer redo att kunna arbets/studera jämfört med innan du "
            "fick kontakt med oss?"),
        "total": _row("Samtliga (n=72)", 72, 7, 8, 85, 64, 100, None),
        "women": _row("kvinnor (n=38)", 38, 5, 11, 84, 61, 100, None),
        "men": _row("män (n=34)", 34, 9, 6, 85, 68, 100, None),
        "goal": _GOAL_READY,
        "national_average": {"total": None, "women": 55, "men": 66},
        "note": ("Question printed over two lines (\"Känner du dig mer redo att kunna\" / "
                 "\"arbets/studera jämfört ...\"), joined with one space; \"arbets\" as "
                 "printed."),
    },
    {
        "indicator": None, "indicator_2023": 5, "group": "deltagare_pagaende", "scale": "grad",
        "group_printed": "Deltagare – pågåendeenkät",
        "question": "Har det stöd du fått hjälpt dig att hantera din situation?",
        "total": _row("Samtliga (n=72)", 72, 1, 14, 85, 69, 100, None),
        "women": _row("kvinnor (n=38)", 38, 0, 21, 79, 68, 100, None),
        "men": _row("män (n=34)", 34, 3, 6, 91, 71, 100, None),
        "goal": _GOAL_COPE,
        "national_average": {"total": None, "women": 74, "men": 76},
        "note": None,
    },
    {
        "indicator": None, "indicator_2023": 5, "group": "deltagare_avslut", "scale": "grad",
        "group_printed": "Deltagare – avslutsenkät",
        "question": "Har det stöd du fått hjälpt dig att hantera din situation?",
        "total": _row("Samtliga (n=32)", 32, 0, 9, 91, 66, 100, None),
        "women": _row("kvinnor (n=10)", 10, 0, 20, 80, 70, 100, None),
        "men": _row("män (n=20)", 20, 0, 5, 95, 60, 100, None),
        "goal": _GOAL_COPE,
        "national_average": {"total": None, "women": 76, "men": 77},
        "note": ("kvinnor 10 + män 20 = 30 of n=32: 2 respondents without a printed gender."),
    },
    {
        "indicator": None, "indicator_2023": 6, "group": "deltagare_avslut", "scale": "grad",
        "group_printed": "Deltagare - avslutsenkät",
        "question": ("Finns det en tillräcklig planering för vad som ska hända efter att detta"
            " stöd upphört?"),
        "total": _row("Samtliga (n=27)", 27, 0, 19, 81, 59, 100, None),
        "women": _row("kvinnor (n=9)", 9, 0, 11, 89, 67, 100, None),
        "men": _row("män (n=16)", 16, 0, 25, 75, 63, 100, None),
        "goal": _GOAL_PLAN,
        "national_average": {"total": None, "women": 82, "men": 82},
        "note": ("kvinnor 9 + män 16 = 25 of n=27: 2 respondents without a printed gender. kvinnor"
            " (n=9) is printed although fewer than the ten the 2023 report requires for a "
            "gender split."),
    },
    {
        "indicator": None, "indicator_2023": 12, "group": "personal", "scale": "grad",
        "group_printed": "Personal",
        "question": ("Har ni strukturer för att initiera, upprätthålla och underhålla "
            "relationer mellan inblandade aktörer?"),
        "total": _row("(n=12)", 12, 8, 25, 67, 42, 100, None),
        "women": None, "men": None,
        "goal": _GOAL_STRUCT,
        "national_average": {"total": 77},
        "note": None,
    },
    {
        "indicator": None, "indicator_2023": 12, "group": "chefsgrupp", "scale": "grad",
        "group_printed": "Parternas chefsgrupp",
        "question": ("Har ni strukturer för att initiera, upprätthålla och underhålla "
            "relationer mellan de samverkande myndigheterna?"),
        "total": _row("(n=9)", 9, 11, 22, 67, 33, 100, None),
        "women": None, "men": None,
        "goal": _GOAL_STRUCT,
        "national_average": {"total": 69},
        "note": None,
    },
    {
        "indicator": None, "indicator_2023": 12, "group": "styrelse", "scale": "grad",
        "group_printed": "Styrelse",
        "question": ("Har ni strukturer för att initiera, upprätthålla och underhålla "
            "relationer mellan inblandade aktörer?"),
        "total": _row("(n=6)", 6, 17, 0, 83, 67, 100, None),
        "women": None, "men": None,
        "goal": _GOAL_STRUCT,
        "national_average": {"total": 93},
        "note": None,
    },
]

# NNS results printed per insats in the annual report 2022, 1.5.6 (goal tables of the
# insatser), verbatim. ``positive`` is a percentage where one is printed; the
# Arbetsförmedlare rows print words instead ("samtliga", "alla utom en"), kept in
# ``positive_words``. The two arbetskonsulent insatser print the same figures (36 / 81 %,
# 36 / 78 %); the report does not say whether they are the same respondents. 17 + 36 + 36
# would be 89, more than the 72 of the pågående table. ``indicator`` is not printed: it is
# the 2023 report's indicator whose question matches the goal.
_AF = "Arbetsförmedlare på arbetsmarknadstorget"
_AE = "Arbetskonsulent för personer med aktivitetsersättning"
_TWO = ("Två arbetskonsulenter för personer som har behov av förrehabiliterande insatser men "
        "som inte uppstår försörjningsstöd")
_I_READY = ("Deltagarna i insatsen närmar sig egen försörjning. Indikator: Mäts med NNS "
            "indikatorenkät och sammanställs i årsrapporten.")
_I_COPE = ("Deltagarna i insatsen upplever att de fått hjälp att utveckla sätt att hantera sin "
           "situation. Indikator: Mäts med NNS indikatorenkät och sammanställs i årsrapporten")
_I_PLAN = ("Deltagarna upplever att finns en planering som tar vid när insatsen avslutas. "
           "Indikator: Mäts med NNS indikatorenkät och sammanställs i årsrapporten.")
_TOO_FEW = "För få avslutsenkäter har inkommit under året för att kunna mäta detta mål."
_KONSULENT = [
    (7, _I_READY, "Ja", 36, 81, None,
     "36 respondenter besvarade enkäten. Av dessa ansåg 81% att de var mer redo att arbeta "
     "eller studera jämfört med innan de påbörjade insatsen."),
    (5, _I_COPE, "Ja", 36, 78, None,
     "36 respondenter besvarade enkäten. Av dessa ansåg 78% att de fått hjälp att hantera "
     "sin situation."),
    (6, _I_PLAN, "Nej", None, None, None, _TOO_FEW),
]
_KEYS = ("indicator", "goal", "achieved", "n", "positive", "positive_words", "text")
INSATS_RESULTS = [
    dict(zip(("insats",) + _KEYS, row)) for row in [
        (_AF, 7, _I_READY, "Ja", 17, None, "samtliga",
         "17 respondenter besvarade enkäten. Av dessa var samtliga mer redo att arbeta eller "
         "studera jämfört med innan de påbörjade insatsen."),
        # The goal and outcome cells of this row run over a page break in the seed; joined.
        (_AF, 5, _I_COPE, "Ja", 17, None, "alla utom en",
         "17 respondenter besvarade enkäten. Av dessa upplevde alla utom en att de fått hjälp "
         "att hantera sin situation."),
        (_AF, 6, _I_PLAN, "Nej", None, None, None, _TOO_FEW),
        *((_AE,) + r for r in _KONSULENT),
        *((_TWO,) + r for r in _KONSULENT),
    ]
]

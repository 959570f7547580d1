"""Workbook data for examples/sundsvall-ansokan-2024: the application for funds "Arbetskonsulent
med uppdrag från andra än ekonomiskt bistånd" (seed 000, Bilaga 5 to § 61 of 2024-04-26),
built from the transcription in ``ansokan_2024.py``, and the meeting that decided on it.

``FOLDER`` is the folder: the application, the minutes of 2024-04-26 with their "Beslut om
medel" row for § 61 and the budget follow-up per 2024-03-31 (the meeting's Bilaga 2). The
board did NOT grant the application: § 61 sent it back (återremittera), so the row has no
year and no amount, and nothing is checked against the follow-up's budget.

What is ours, not printed:
* the long sections are the transcription's short summaries (keys ``*_sammandrag``), not
  the printed text;
* "Förbundets part" of the applicant: Sundsvalls kommun (IAF is a förvaltning of the
  kommun; the organisationsnummer 212000-2411 is the kommun's);
* the förbund's parties (sheet Parter) as the verksamhetsplan 2024 names the members:
  Arbetsförmedlingen, Försäkringskassan, Region Västernorrland and Sundsvalls kommun;
* the reference from § 61 to the application (the insats's name; the form has no
  diarienummer).
Telephone numbers and e-mail addresses are not in the workbook, as in the transcription.
"""
from __future__ import annotations

import copy

import ansokan_2024 as seed
import sundsvall_2024
import sundsvall_minutes

F, B = seed.FACTS, seed.BUDGET
APPLICANT_PART = "Sundsvalls kommun"
PARTIES = (("Försäkringskassan", "Staten"), ("Arbetsförmedlingen", "Staten"),
           ("Region Västernorrland", "Region"), ("Sundsvalls kommun", "Kommun"))
# Section 2.2–3.3 of the form's "Mall för insatsbeskrivningar", in printed order.
SECTIONS = (("Avgränsningar och mervärde", "avgransningar_mervarde_sammandrag"),
            ("Genomförande/samverkan", "genomforande_sammandrag"),
            ("Jämställdhet", "jamstalldhet_sammandrag"),
            ("Resultatspridning", "resultatspridning_sammandrag"),
            ("Förväntat resultat för de samverkande parterna", "forvantat_resultat_parter_sammandrag"),
            ("Förväntat resultat för individerna", "forvantat_resultat_individer_sammandrag"))
# The printed cost types' names (the form's last one carries its instruction in brackets).
OTHER = "Övriga kostnader (ange typ av övriga kostnader)"


def _cost_type(name: str) -> str:
    return "Övriga kostnader" if name == OTHER else name


def application() -> dict:
    s = F["sokande"]
    years = B["ar"]
    keys = {year: f"ar{i}" for i, year in enumerate(years, 1)}
    costs = []
    for row in B["rader"]:
        r = {"kostnadsslag": _cost_type(row["kostnadsslag"])}
        r.update({keys[y]: v for y, v in row["belopp"].items() if v is not None})
        costs.append(r)
    total = {"kostnadsslag": "Summa"}  # the printed Summa row, typed as printed
    total.update({keys[y]: v for y, v in B["summa"]["belopp"].items()})
    costs.append(total)
    method = f"Insatsen arbetar efter metoden {F['metod']}, med grunden i {F['metod_grund']}."
    sections = [{"rubrik": title, "text": F[key] + (f"\n{method}" if key == "genomforande_sammandrag" else "")}
                for title, key in SECTIONS]
    return {
        "ansokan": {"forbund": F["forbund"], "insats": F["insats"], "diarienummer": None, "budgetpost": None,
                    "datum": F["datum"], "period": " och ".join(F["period"]["tryckt"]),
                    "forsta_ar": years[0], "antal_ar": len(years),
                    "sokt_belopp": B["sokt_belopp"]["belopp"]},
        "sokande": {"organisation": s["organisation"], "enhet": s["enhet"], "part": APPLICANT_PART,
                    "organisationsnummer": s["organisationsnummer"], "behorig": s["behorig_att_teckna_avtal"],
                    "kontaktperson": s["kontaktperson"], "utdelningsadress": s["utdelningsadress"],
                    "postadress": s["postnummer_postadress"], "plusgiro": s["plusgiro"], "bankgiro": s["bankgiro"]},
        "samverkansparter": [{"organisation": p["organisation"], "enhet": p["enhet"],
                              "behorig": p["behorig_att_teckna_avtal"], "kontaktperson": p["kontaktperson"]}
                             for p in F["samverkansparter_uppgifter"]],
        "beskrivning": {"sammanfattning": F["sammanfattning_sammandrag"] + "\n" + F["sammanfattning_belopp"],
                        "bakgrund": F["bakgrund_sammandrag"], "syfte": F["syfte"],
                        "malgrupp": F["malgrupp"] + ".", "mal_forbehall": F["mal_forbehall"]},
        "malgrupper": [{"grupp": f"Aktualiseras av {g['aktualiseras_av']}", "beskrivning": g["sammandrag"]}
                       for g in F["malgrupper"]],
        "mal": [{"mal": goal, "indikator": indicator} for goal, indicator in seed.GOALS],
        "avsnitt": sections,
        "kostnader": costs,
        "kostnader.enhet": B["enhet"],
        "kostnadsslag": [{"namn": _cost_type(r["kostnadsslag"])} for r in B["rader"]],
        "parter": [{"namn": name, "kategori": kind} for name, kind in PARTIES],
        "villkor": {"minst_parter": 2, "villkor": F["villkor"], "mottagare": F["mottagare_adress"]},
    }


def meeting() -> dict:
    """The minutes of 2024-04-26 with the § 61 decision as a row of Beslut om medel."""
    data = sundsvall_2024._meeting(copy.deepcopy(sundsvall_minutes.MEETING_2024_04_26))
    data["sammantrade"]["foregaende_sista"] = 52  # the meeting of 2024-03-22 ended with § 52
    d = seed.DECISION
    assert d["utfall"] == "återremitterad" and d["beviljat_belopp"] is None
    data["medelsbeslut"] = [{"nr": d["paragraf"], "ansokan": F["insats"], "beslut": "Återremittera"}]
    return data


FOLDER = {
    "ansokan-arbetskonsulent.xlsx": ("ansokan.xlsx", application()),
    "sammantrade-2024-04-26.xlsx": ("sammantrade.xlsx", meeting()),
    "budgetuppfoljning-2024-03-31.xlsx": sundsvall_2024.MEETINGS["budgetuppfoljning-2024-03-31.xlsx"],
}


def example_folders() -> dict:
    return {"sundsvall-ansokan-2024": FOLDER}


def kind_examples() -> dict:
    return {"ansokan": {"ansokan.xlsx": application()}}

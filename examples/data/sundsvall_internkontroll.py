"""Workbook data for examples/sundsvall-internkontroll-2024 (clean) and
sundsvall-internkontroll-2024-publicerad (as printed): the plan för intern styrning och
kontroll 2024 and the risk- och väsentlighetsanalys 2024 of Samordningsförbundet i Sundsvall
(seed 000, Bilaga 3 and 4 to § 58 and § 59 of 2024-04-26), built from the transcriptions in
``internkontroll_2024.py`` and ``riskanalys_2024.py``, with the year's follow-up of the plan
from § 58 (the review of 2024-04-19).

As printed (``published=True``): the risk table's rows as the seed prints them: row 8 holds
only a riskhantering (the rest of row 7's, split by a page break), rows 11 and 12 hold the
risk in the process column, and the risk analysis calls the process "Delegation" where the
plan says "Delegering".

Clean (``published=False``), what is ours, not printed:
* row 8's text joined to row 7's riskhantering;
* rows 11 and 12 with the process "Bemanning" and their risk in the Risk column;
* "Delegering" in the risk analysis too, as in the plan;
* a control for Bemanning (the plan has none; row 12's risk value 9 is above the limit);
* the limit itself, 8 (risk values 9–16 need a control): neither document states one, so
  the workbook's default is used in both folders;
* the follow-up: § 58 reports a stickprov of the plan's processes on 2024-04-19 without
  deviations, written as "Utförd: Ja, Avvikelse: Nej" for each of the five printed controls.
"""
from __future__ import annotations

import copy

import internkontroll_2024 as plan
import riskanalys_2024 as analysis

P, A = plan.FACTS, analysis.FACTS
LIMIT = 8
REVIEW = P["granskning"]
BEMANNING = {"process": "Bemanning",
             "kontrollmoment": "Att förbundschef och utvecklingsledare kan täcka upp för varandra och att vikarie "
                               "anställs vid frånvaro längre än 6 månader",
             "kontrollansvarig": "Ordförande", "frekvens": "Vid frånvaro", "rapportering_till": "Styrelsen"}


def _scale(key: str) -> list[dict]:
    return [{"niva": n, "namn": x["namn"], "beskrivning": x["text"][:1].upper() + x["text"][1:] + "."}
            for n, x in sorted(analysis.SCALES[key]["nivaer"].items())]


def _risk(row: dict) -> dict:
    return {k: row[k] for k in ("process", "risk", "sannolikhet", "vasentlighet", "riskhantering")
            if row[k] is not None}


def _risks(published: bool) -> list[dict]:
    rows = [_risk(r) for r in analysis.RISKS]
    if published:
        return rows
    by_nr = {r["rad"]: _risk(r) for r in analysis.RISKS}
    by_nr[7]["riskhantering"] += ". " + by_nr[8]["riskhantering"]
    by_nr[2]["process"] = "Delegering"
    by_nr[11] = {"process": "Bemanning", "risk": analysis.RISKS[10]["process"], "sannolikhet": 2,
                 "vasentlighet": 3, "riskhantering": analysis.RISKS[10]["riskhantering"]}
    by_nr[12] = {"process": "Bemanning", "risk": "Förbundschef eller utvecklingsledare är frånvarande längre än "
                                                  "6 månader.", "sannolikhet": 3, "vasentlighet": 3,
                 "riskhantering": analysis.RISKS[11]["riskhantering"]}
    return [row for nr, row in sorted(by_nr.items()) if nr != 8]


def _controls(published: bool) -> list[dict]:
    rows = [dict(r) for r in plan.PROCESSES]
    for r in rows:  # § 58: a stickprov of every process in the plan, no deviations
        r.update(utfort="Ja", avvikelse="Nej",
                 kommentar=f"Stickprov {REVIEW['datum'].isoformat()}, inga avvikelser.")
    if not published:
        rows.append(dict(BEMANNING))
    return rows


def workbook(published: bool = False) -> dict:
    return {
        "internkontroll": {
            "forbund": P["forbund"], "ar": P["ar"], "antagen": P["beslutsdatum"], "kontroll_over": LIMIT,
            "inledning": "\n".join(P["inledning"]),
            "analysens_inledning": A["inledning"],
            "uppfoljning_datum": REVIEW["datum"], "uppfoljning_av": REVIEW["utford_av"],
            "uppfoljning_resultat": f"Ordförande genomförde {REVIEW['metod']}. {REVIEW['resultat']}",
        },
        "sannolikhet": _scale("sannolikhet"),
        "vasentlighet": _scale("vasentlighet"),
        "risker": _risks(published),
        "kontroller": _controls(published),
        "styrdokument": [{"dokument": d.rstrip(".")} for d in P["kontrollmiljo_dokument"]],
    }


def folder(published: bool = False) -> dict:
    return {"internkontroll.xlsx": ("internkontroll.xlsx", copy.deepcopy(workbook(published)))}


def example_folders() -> dict:
    return {"sundsvall-internkontroll-2024": folder(),
            "sundsvall-internkontroll-2024-publicerad": folder(published=True)}


def kind_examples() -> dict:
    return {"internkontroll": {"internkontroll.xlsx": workbook()}}

"""Workbook data for the spring 2024 meetings of Samordningsförbundet i Sundsvall, built
from the extracted seed data in ``sundsvall_minutes.py``.

``MEETINGS`` is the reconciled folder examples/sundsvall-2024-04-26 (two meetings and the
follow-up per 2024-03-31, whose prognos sums are formulas); ``published()`` is the
follow-up as printed (examples/sundsvall-2024-04-26-publicerad).
"""
from __future__ import annotations

import copy

import sundsvall_minutes as seed

TYPES = {"rad": "Rad", "rubrik": "Rubrik", "delsumma": "Summa grupp", "summa": "Summa kostnader",
         "resultat": "Resultat", "eget_kapital": "Prognos eget kapital"}


def _meeting(m: dict) -> dict:
    attendance = []
    for a in m["narvaro"]:
        row = {"namn": a["namn"], "organisation": a["organisation"], "kategori": a["kategori"],
               "roll": a["roll"], "narvarande": "Ja" if a["narvarande"] else "Nej"}
        if a["kategori"] == "Ersättare":
            row["tjanstgorande"] = "Ja" if a["tjanstgorande"] else "Nej"
        if a.get("paragrafer"):
            first, last = a["paragrafer"]
            row["paragrafer"] = f"§ {first}–{last}"
        attendance.append(row)
    paragraphs = [{"nr": p["nr"], "rubrik": p["rubrik"], "bilaga": p["bilaga"], "text": p["text"] or None,
                   "beslut": "\n".join(p["beslut"]) or None} for p in m["paragrafer"]]
    facts = {"forbund": m["forbund"], "datum": m["datum"], "tid": None, "plats": m["plats"],
             "forsta_paragraf": m["forsta_paragraf"], "ordforande": m["ordforande"],
             "sekreterare": m["sekreterare"], "justerare": ", ".join(m["justerare"]),
             "justeringsdatum": m["justeringsdatum"], "anslagsdatum": m["anslagsdatum"],
             "forvaring": m["protokoll_tillgangligt"]}
    return {"sammantrade": facts, "narvaro": attendance, "paragrafer": paragraphs}


def _followup(f: dict, as_printed: bool) -> dict:
    rows = []
    for r in f["rader"]:
        kind = TYPES[r["typ"]]
        row = {"grupp": r["grupp"], "radtyp": kind if kind != "Rad" else None,
               "post": r["text"].replace("Arbetssterapeut", "Arbetsterapeut") if not as_printed else r["text"]}
        if kind in ("Rad",) or as_printed:
            row.update(budget=r["budget"], utfall=r["utfall"], prognos=r["prognos"])
        rows.append(row)
    facts = {"forbund": f["forbund"], "ar": f["ar"], "per": f["per"], "ek_ingaende": f["eget_kapital_ingaende"],
             "foregaende_ar": "../sundsvall-2023", "driftsbidrag": 7_360_000, "ek_tak": 0.2,
             "ek_golv": 400_000, "bilaga_datum": f["bilaga_till"]["protokoll"],
             "bilaga_nr": f["bilaga_till"]["bilaga"]}
    return {"uppgifter": facts, "uppfoljning": rows}


MEETINGS = {
    "sammantrade-2024-03-22.xlsx": ("sammantrade.xlsx", _meeting(seed.MEETING_2024_03_22)),
    "sammantrade-2024-04-26.xlsx": ("sammantrade.xlsx", _meeting(seed.MEETING_2024_04_26)),
    "budgetuppfoljning-2024-03-31.xlsx": ("budgetuppfoljning.xlsx",
                                          _followup(seed.FOLLOWUP_2024_03_31, as_printed=False)),
}


def published() -> dict:
    """The follow-up per 2024-03-31 exactly as printed (prognos eget kapital 1 965)."""
    return {"budgetuppfoljning-2024-03-31.xlsx": (
        "budgetuppfoljning.xlsx", _followup(copy.deepcopy(seed.FOLLOWUP_2024_03_31), as_printed=True))}

"""The NNS indikatorenkät transcriptions (nns_2023.py, nns_2022.py) as nns.xlsx data.

Only a change of shape: every figure is the printed one (a share 95 % becomes 0.95, "↑ 6%"
a change of 0.06, "→" 0), a cell that is not printed stays blank. The rows for women and men
leave indicator, question and group blank, as a förbund types them (the row above's apply).
"""
from __future__ import annotations

from decimal import Decimal

# Respondent groups as nns.xlsx names them, from the printed group keys.
GROUP_NAMES = {
    "deltagare_pagaende": "Deltagare i pågående insats",
    "deltagare_avslut": "Deltagare inför avslut i insats",
    "personal": "Personal",
    "remittenter": "Remittenter",
    "chefsgrupp": "Chefsgrupp",
    "styrelse": "Styrelse",
}
SCALES = {"frekvens": "Frekvens", "grad": "Grad", "ja_nej": "Ja/Nej"}


def _share(percent):
    return None if percent is None else Decimal(percent) / 100


def _row(q: dict, row: dict, gender: str, first: bool) -> dict:
    yes_no = q["scale"] == "ja_nej"
    out = {
        "indikator": q["indicator"] if first else None,
        "fraga": q["question"] if first else None,
        "grupp": GROUP_NAMES[q["group"]] if first else None,
        "kon": gender,
        "skala": SCALES[q["scale"]] if first else None,
        "antal": row["n"],
        "negativ": _share(row["no"] if yes_no else row["negative"]),
        "neutral": None if yes_no else _share(row["neutral"]),
        "positiv": _share(row["yes"] if yes_no else row["positive"]),
        "klart_positivt": None if yes_no else _share(row["clearly_positive"]),
        "svarsfrekvens": _share(row["response_rate"]),
        "forandring": _share(row["change_points"]),
    }
    return out


def results(indicators: list[dict]) -> list[dict]:
    rows = []
    for q in indicators:
        rows.append(_row(q, q["total"], "Samtliga", True))
        for key, gender in (("women", "Kvinnor"), ("men", "Män")):
            if q.get(key) is not None:
                rows.append(_row(q, q[key], gender, False))
    return rows


def workbook(module, year: int | None = None) -> dict:
    """nns.xlsx data from a transcription module (nns_2023 or nns_2022)."""
    facts = module.FACTS
    period = facts.get("survey_period")
    groups = []
    for g in module.GROUPS:
        groups.append({"grupp": GROUP_NAMES[g["key"]], "beskrivning": g["printed"] if g["printed"] !=
                       GROUP_NAMES[g["key"]] else None, "antal": g["n"], "kvinnor": g["n_women"],
                       "man": g["n_men"]})
    texts = getattr(module, "INDICATOR_TEXTS", {})
    from finsam.schema.nns import INDICATOR_TEXTS

    standard = dict(INDICATOR_TEXTS)
    return {
        "nns": {
            "ar": year or facts["ar"],
            "rubrik": facts["title"].split(",")[0],  # the period has its own cell
            "period": f"{period[0].isoformat()}–{period[1].isoformat()}" if period else None,
            "jamforelsear": facts.get("comparison_year"),
            "antal_enkater": facts.get("questionnaires"),
            "antal_enkater_fg": facts.get("questionnaires_previous_year"),
            "resultat": getattr(module, "RESULT_TEXT", None),
            "citat": "\n".join(getattr(module, "QUOTES", ())) or None,
        },
        "nnsgrupper": groups,
        "nnsindikatorer": [{"nr": n, "indikator": texts.get(n, standard[n])} for n in sorted(standard)],
        "nnsresultat": results(module.INDICATORS),
    }

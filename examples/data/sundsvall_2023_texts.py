"""The free texts of the two Sundsvall 2023 examples, from the printed passages.

``published()``: the passages of the annual report 2023 that carry figures, exactly as
printed (``sundsvall_2023_prose.PASSAGES``, seed 002), in the cells a förbund would type
them in: texter.xlsx per section, the goals' comments (insatser.xlsx, Mål) and the
insatser's descriptions (insatser.xlsx, Insatser). ``corrected()``: the same passages with
every figure the workbooks hold written as a reference ([deltagare], [eget kapital] …),
so the corrected report prints the workbooks' figures and the published one's
contradictions are found at their text cells.
"""
from __future__ import annotations

import sundsvall_2023_prose as P

# The passages' goal keys -> the row of sundsvall_2023.GOALS whose comment holds them; the
# two financial goals the engine computes itself go to texter.xlsx "ekonomiska_mal".
GOAL_ROWS = {
    "mal:fler_deltagare_i_individinriktade_insatser_avslutas": 0,
    "mal:fler_deltagare_i_individinriktade_insatser_narmar": 1,
    "mal:fler_deltagare_i_individinriktade_insatser_upplever": 2,
    "mal:fler_deltagarna_upplever_att_det_finns_en_planering": 3,
    "mal:fler_upplever_att_samverkansstrukturen": 4,
    "mal:fler_deltagare_i_forbundsfinansierade_insatser": 5,
    "mal:forbundets_egna_kapital": "ekonomiska_mal",
    "mal:av_samordningsforbundets_tilldelade_medel": "ekonomiska_mal",
}
# Insats keys whose insats is not one of the workbook's (Arbetsmarknadstorget is the place
# the insatser run at): its passages go to the texter.xlsx section about the direction.
INSATS_NAMES = {
    "insats:kompetensutveckling": "Kompetensutveckling, gemensamma utbildningar",
    "insats:psykiatridagarna": "Psykiatridagarna",
    "insats:arbetsmarknadstorget": "inriktning",
}

# The printed figures the workbooks hold, as references (corrected example). Replaced in
# this order, each only where the passage has it; a figure the workbooks do not hold stays.
A = "insats: Arbetsförmedlare på AMT"
AE = "insats: Arbetskonsulent AE"
G = "insats: Arbetskonsulent gemensam"
REFERENCES = [
    ("7 360 000 kr", "[driftsbidrag]"),
    ("minskning med 18 000 kr", "minskning med [förändring driftsbidrag]"),
    ("totalt 18 000 kr", "totalt [förändring driftsbidrag]"),
    ("8 172 116 kr", "[till förfogande]"),
    ("5 774 942 kr", "[kostnad insatser]"),
    ("5 182 188 kr", "[kostnad individinriktat]"),
    ("592 754 kr", "[kostnad strukturövergripande]"),
    ("motsvarar 70 % av driftsbidraget", "motsvarar [andel individinriktat av driftsbidraget] av driftsbidraget"),
    ("motsvarar 8 % av driftsbidraget", "motsvarar [andel strukturövergripande] av driftsbidraget"),
    ("476 308 kr", "[årets resultat]"),
    ("1 288 424 kr", "[eget kapital]"),
    ("1 288 424 kronor", "[eget kapital]"),
    ("17,5 %", "[andel eget kapital]"),
    ("70,4 % av förbundets kostnader", "[andel individinriktat av driftsbidraget] av driftsbidraget"),
    ("minst 70%", "minst [mål individinriktat]"),
    ("20 procent", "[eget kapital tak]"),
    ("400 000 kronor", "[eget kapital golv]"),
    ("199 personer", "[till arbete eller studier] personer"),
    ("199 individer, varav 93 kvinnor och 103 män",
     "[till arbete eller studier] individer, varav [till arbete eller studier kvinnor] kvinnor och "
     "[till arbete eller studier män] män"),
    ("199 individer", "[till arbete eller studier] individer"),
    ("över 199 deltagare", "[till arbete eller studier] deltagare"),
    ("(199 under 2023", "([till arbete eller studier] under 2023"),
    ("(734 individer)", "([deltagare] individer)"),
    ("(746 individer)", "([deltagare] individer)"),
    ("att 734 deltagare", "att [deltagare] deltagare"),
    ("att 734 individer", "att [deltagare] individer"),
    ("att 70 % gått till individinriktade insatser, 8 % till struktur övergripande insatser och 22 % till "
     "administration/styrelse av förbundets förbrukade medel",
     "att [andel individinriktat av kostnaderna] gått till individinriktade insatser och "
     "[andel strukturövergripande av kostnaderna] till struktur övergripande insatser av förbundets "
     "förbrukade medel"),
    ("haft 8 protokollförda", "haft [sammanträden] protokollförda"),
    ("Totalt 164 anställningar", f"Totalt [{A} till arbete] anställningar"),
    ("med 164 anställningar", f"med [{A} till arbete] anställningar"),
    ("9 personer har gått mot utbildning", f"[{A} till studier] personer har gått mot utbildning"),
    ("under 2023 avslutades 6 deltagare", f"under 2023 avslutades [{AE} till arbete eller studier] deltagare"),
    ("med 45 deltagare", f"med [{AE} deltagare] deltagare"),
    ("20 män och 25 kvinnor", f"[{AE} deltagare män] män och [{AE} deltagare kvinnor] kvinnor"),
    ("4 deltagare har påbörjat anställning", "[insats: Arbetsterapeut till arbete] deltagare har påbörjat "
     "anställning"),
]


def _cells(passages):
    """key -> text: a paragraph per printed line, sentences of one line joined."""
    out: dict[object, list[list]] = {}
    for p in passages:
        key = p["key"]
        target = GOAL_ROWS.get(key, INSATS_NAMES.get(key, key))
        if key.startswith("insats:") and key not in INSATS_NAMES:
            target = ("insats", P.INSATSER[key][1])
        lines = out.setdefault(target, [])
        if lines and lines[-1][0] == p["line"] and lines[-1][1][-1].rstrip().endswith((".", "!", "?")):
            lines[-1][1].append(p["text"])
        else:
            lines.append([p["line"], [p["text"]]])
    return {k: "\n".join(" ".join(texts) for _, texts in lines) for k, lines in out.items()}


def _with_references(text: str) -> str:
    for printed, ref in REFERENCES:
        text = text.replace(printed, ref)
    return text


def _apply(data: dict, cells: dict) -> dict:
    """Put the cells into a copy of the example's workbooks (sundsvall_2023's layout)."""
    texter = dict(data["texter.xlsx"]["texter"])
    ins = data["insatser.xlsx"]
    goals = [dict(g) for g in ins["mal"]]
    insatser = [dict(i) for i in ins["insatser"]]
    by_name = {i["namn"]: i for i in insatser}
    for key, text in cells.items():
        if isinstance(key, int):
            goals[key]["kommentar"] = text
        elif isinstance(key, tuple):
            by_name[key[1]]["beskrivning"] = text
        elif key in by_name:
            by_name[key]["beskrivning"] = text
        else:
            texter[key] = text
    data["texter.xlsx"] = {"texter": texter}
    ins["mal"] = goals
    ins["insatser"] = insatser
    return data


def published(data: dict) -> dict:
    return _apply(data, _cells(P.PASSAGES))


# The printed summary's first two paragraphs say what the report's own summary sentences
# (computed from the workbooks) already say; the corrected addition leaves them out
# instead of printing every figure twice.
STATED_BY_THE_REPORT = {("sammanfattning", 1133), ("sammanfattning", 1135)}


def corrected(data: dict) -> dict:
    passages = [p for p in P.PASSAGES if (p["key"], p["line"]) not in STATED_BY_THE_REPORT]
    cells = {k: _with_references(v) for k, v in _cells(passages).items()}
    return _apply(data, cells)

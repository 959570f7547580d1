"""The NNS bilaga's template context: the survey, its respondent groups and, per indicator,
its questions with the rows NNS's rule lets the document show, and a chart of the shares.

Survey results by gender are shown only where both women and men are at least ten
(``model.nns.show_split``, NNS's rule, which keeps the respondents anonymous); that holds
for respondent groups and questions alike. A share not reported is None ("–" in the
table, a gap in the chart), never 0.
"""
from __future__ import annotations

from .. import fmt
from ..model.nns import Answer, Question, Survey, show_split
from .charts import Chart, Series
from .text import blocks

NEGATIVE, NEUTRAL, POSITIVE = "ED7D31", "A5A5A5", "1F4E78"
GENDER_WORDS = {"Kvinnor": "kvinnor", "Män": "män"}


def paragraphs(text: str | None) -> list[str]:
    """Plain lines (the quotes, each a bullet as typed)."""
    return [p.strip() for p in (text or "").split("\n") if p.strip()]


def _row(a: Answer, label: str) -> dict:
    return {"etikett": label, "antal": a.antal, "negativ": a.negativ, "neutral": a.neutral, "positiv": a.positiv,
            "klart_positivt": a.klart_positivt, "svarsfrekvens": a.svarsfrekvens, "forandring": a.forandring}


def _label(a: Answer, gender: str) -> str:
    base = "Samtliga" if gender == "Samtliga" else gender
    return f"{base} (n={fmt.count(a.antal)})" if a.antal is not None else base


def _rows(q: Question) -> list[tuple[str, Answer]]:
    """(gender, answer) of the rows shown: all who answered, and women and men where NNS's
    rule allows."""
    out = [("Samtliga", q.samtliga)] if q.samtliga is not None else []
    if q.split_shown:
        out += [("Kvinnor", q.kvinnor), ("Män", q.man)]
    return out


def _question(q: Question) -> dict:
    rows = _rows(q)
    hidden = (q.kvinnor is not None or q.man is not None) and not q.split_shown
    return {"fraga": q.fraga, "grupp": q.grupp, "ja_nej": q.skala == "Ja/Nej",
            "rader": [_row(a, _label(a, g)) for g, a in rows], "kon_dold": hidden}


def _chart(nr: int, text: str, questions: list[Question]) -> Chart | None:
    """The indicator's shares as stacked bars, one bar per row shown. Ja/Nej questions are in
    the table only (their answers are not on the same scale), and so is a row whose shares
    are not all reported: a bar of two of its three parts would look like a whole."""
    scaled = [q for q in questions if q.skala != "Ja/Nej"]
    per_group: dict[str, int] = {}
    for q in scaled:
        per_group[q.grupp] = per_group.get(q.grupp, 0) + 1
    seen: dict[str, int] = {}
    cats, neg, neu, pos = [], [], [], []
    for q in scaled:
        seen[q.grupp] = seen.get(q.grupp, 0) + 1
        suffix = f", fråga {seen[q.grupp]}" if per_group[q.grupp] > 1 else ""
        for gender, a in _rows(q):
            if a.negativ is None or a.neutral is None or a.positiv is None:
                continue
            who = "" if gender == "Samtliga" else f", {GENDER_WORDS[gender]}"
            cats.append(f"{q.grupp}{suffix}{who}")
            neg.append(a.negativ)
            neu.append(a.neutral)
            pos.append(a.positiv)
    if not any(v is not None for v in neg + neu + pos):
        return None
    series = (Series("Negativt", tuple(neg), color=NEGATIVE), Series("Varken eller", tuple(neu), color=NEUTRAL),
              Series("Positivt", tuple(pos), color=POSITIVE))
    title = f"Indikator {nr}: andel svar per respondentgrupp"
    parts = []
    for i, c in enumerate(cats):
        shares = [f"{s.name.lower()} {fmt.percent(s.values[i], 0)}" for s in series if s.values[i] is not None]
        parts.append(f"{c}: " + ", ".join(shares))
    alt = f"Diagram: indikator {nr}, {text.rstrip('.')}. " + "; ".join(parts) + "."
    return Chart(title, tuple(cats), series, "%", alt, horizontal=True, stacked=True, labels=True,
                 label_from=0.06, height_cm=round(1.6 + 0.62 * len(cats), 2), maximum=1.0)


def nns_context(survey: Survey | None, charts: bool = False, year: int | None = None) -> dict:
    """The context's ``nns``: ``har`` False when the folder has no nns.xlsx with results."""
    if survey is None or not survey.has_results:
        return {"har": False}
    info = survey.info
    texts = {i.nr: i.indikator for i in survey.indicators}
    indicators = []
    for nr in sorted({q.indikator for q in survey.questions if q.indikator is not None}):
        qs = [q for q in survey.questions if q.indikator == nr]
        indicators.append({"nr": nr, "text": texts.get(nr, ""), "fragor": [_question(q) for q in qs],
                           "diagram": _chart(nr, texts.get(nr, ""), qs) if charts else None})
    unnumbered = [q for q in survey.questions if q.indikator is None]
    if unnumbered:
        indicators.append({"nr": None, "text": "", "fragor": [_question(q) for q in unnumbered], "diagram": None})
    groups = []
    for g in survey.groups:
        if g.antal is None and not any(q.grupp == g.grupp for q in survey.questions):
            continue  # a prefilled group nobody answered
        split = show_split(g.kvinnor, g.man)
        groups.append({"grupp": g.grupp, "beskrivning": g.beskrivning or "", "antal": g.antal,
                       "visa_kon": split, "kvinnor": g.kvinnor if split else None, "man": g.man if split else None})
    hidden = sum(1 for q in survey.questions if (q.kvinnor is not None or q.man is not None) and not q.split_shown)
    return {
        "har": True, "rubrik": info.rubrik or "Resultatrapport från NNS indikatorenkäter", "ar": info.ar or year,
        "period": info.period or "", "jamforelsear": info.jamforelsear,
        "antal_enkater": info.antal_enkater, "antal_enkater_fg": info.antal_enkater_fg,
        "resultat": blocks(info.resultat), "citat": paragraphs(info.citat),
        "grupper": groups, "grupper_kon": any(g["visa_kon"] for g in groups),
        "indikatorer": indicators, "kon_dolda": hidden,
        "skalor": sorted({q.skala for q in survey.questions if q.skala}),
        "har_forandring": any(a.forandring is not None for a in survey.answers),
    }


def bilagor(nns: dict) -> list[dict]:
    """The annual report's bilagor, numbered in the order they follow the report."""
    out = []
    if nns.get("har"):
        out.append({"nr": len(out) + 1, "titel": nns["rubrik"]})
    return out

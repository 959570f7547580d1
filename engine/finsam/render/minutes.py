"""Contexts and rendering of the board minutes and the interim budget follow-up."""
from __future__ import annotations

from decimal import Decimal

from ..check.finding import AVVIKELSE, FEL, Finding
from ..model.meeting import TAKE_DOWN_DAYS, FollowUp, Minutes
from .context import _finding, paragraphs
from .docx import render_docx

THOUSAND = Decimal(1000)
WHOLE_TKR_ROWS = ("Summa kostnader", "Resultat", "Prognos eget kapital")


def followup_context(u: FollowUp, results: list[Finding], draft: bool = False) -> dict:
    facts = u.facts
    start = u.ek_previous_year / THOUSAND if u.ek_previous_year is not None else facts.ek_ingaende
    result = u.row("Resultat")
    prognos_result = result.prognos if result is not None else None
    equity = None if start is None or prognos_result is None else start + prognos_result
    income = u.row("Summa grupp", "Intäkter")
    allocation = (facts.driftsbidrag / THOUSAND if facts.driftsbidrag is not None
                  else income.budget if income is not None else None)
    cap = facts.ek_tak * allocation if facts.ek_tak is not None and allocation is not None else None
    floor = facts.ek_golv / THOUSAND if facts.ek_golv is not None else None
    rows = []
    for r in u.rows:
        kind = {"Rad": "rad", "Rubrik": "rubrik"}.get(r.radtyp, "summa")
        values = [r.budget, r.utfall, r.prognos]
        if r.radtyp == "Prognos eget kapital":
            values = [None, None, equity]
        rows.append({"post": r.post, "typ": kind, "hel": r.radtyp in WHOLE_TKR_ROWS, "varden": values})
    bad = [x for x in results if not x.ok]
    return {
        "utkast": draft,
        "fynd": [_finding(x) for x in bad],
        "u": {"forbund": facts.forbund, "ar": facts.ar, "per": facts.per, "rader": rows,
              "ek_start": start, "ek_kalla": "föregående års ekonomi.xlsx" if u.ek_previous_year is not None
              else "uppgifterna i arbetsboken", "resultat": prognos_result, "eget_kapital": equity,
              "tak": cap, "tak_andel": facts.ek_tak, "golv": floor,
              "over_tak": equity is not None and cap is not None and equity > cap,
              "under_golv": equity is not None and floor is not None and equity < floor,
              "bilaga_nr": facts.bilaga_nr},
    }


def minutes_context(m: Minutes, results: list[Finding], followups: list[dict], draft: bool = False) -> dict:
    f = m.facts
    present = [a for a in m.attendees if a.present]
    ordinarie = [a for a in present if a.kategori == "Ordinarie"]
    ersattare = [a for a in present if a.kategori == "Ersättare"]
    ovriga = [a for a in present if a.kategori == "Övrig"]

    def person(a):
        return {"namn": a.namn, "organisation": a.organisation or "", "roll": a.roll or "",
                "tjanstgor": a.serving, "ersatter": a.ersatter or "", "paragrafer": a.paragrafer or ""}

    first = m.paragraphs[0].nr if m.paragraphs else f.forsta_paragraf
    last = m.last_paragraph or f.forsta_paragraf
    bad = [x for x in results if not x.ok]
    return {
        "utkast": draft,
        "fynd": [_finding(x) for x in bad if x.severity == FEL] +
                [_finding(x) for x in bad if x.severity == AVVIKELSE],
        "m": {
            "forbund": f.forbund, "datum": f.datum, "tid": f.tid or "", "plats": f.plats,
            "ordforande": f.ordforande, "sekreterare": f.sekreterare, "justerare": f.justerare_list,
            "justeringsdatum": f.justeringsdatum, "anslagsdatum": f.anslagsdatum,
            "nedtagning": f.nedtagning, "dagar": TAKE_DOWN_DAYS, "forvaring": f.forvaring or "",
            "forsta": first, "sista": last,
            "ordinarie": [person(a) for a in ordinarie], "ersattare": [person(a) for a in ersattare],
            "ovriga": [person(a) for a in ovriga],
            "paragrafer": [{"nr": p.nr, "rubrik": p.rubrik, "bilaga": p.bilaga, "text": paragraphs(p.text),
                            "beslut": p.decisions} for p in m.paragraphs],
        },
        "bilagor": followups,
    }


def render_minutes(m: Minutes, results: list[Finding], attachments: list[dict], draft: bool) -> bytes:
    return render_docx("protokoll.docx", minutes_context(m, results, attachments, draft))


def render_followup(u: FollowUp, results: list[Finding], draft: bool) -> bytes:
    return render_docx("budgetuppfoljning.docx", followup_context(u, results, draft))

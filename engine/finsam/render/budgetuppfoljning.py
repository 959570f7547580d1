"""Context and rendering of the interim budget follow-up."""
from __future__ import annotations

from ..findings import FEL, Finding
from ..model.budgetuppfoljning import FollowUp
from .amounts import shown
from .arsredovisning import _finding
from .capped import findings as capped_findings
from .docx import render_docx

WHOLE_TKR_ROWS = ("Summa kostnader", "Resultat", "Prognos eget kapital")


def followup_context(u: FollowUp, results: list[Finding] = (), draft: bool = False) -> dict:
    facts = u.facts
    start = u.start
    equity = u.equity
    unit = u.unit
    rows = []
    for r in u.rows:
        kind = {"Rad": "rad", "Rubrik": "rubrik"}.get(r.radtyp, "summa")
        values = [r.budget, r.utfall, r.prognos]
        if r.radtyp == "Prognos eget kapital":
            values = [None, None, equity.value if equity is not None else None]
        rows.append({"post": r.post, "typ": kind, "hel": r.radtyp in WHOLE_TKR_ROWS,
                     "varden": [shown(v, unit, typed=r.radtyp not in WHOLE_TKR_ROWS) for v in values]})
    bad = [x for x in results if not x.ok]
    return {
        "utkast": draft,
        "antal_fel": sum(1 for x in bad if x.severity == FEL),
        **capped_findings([_finding(x) for x in bad if x.severity == FEL] +
                          [_finding(x) for x in bad if x.severity != FEL]),
        "u": {"forbund": facts.forbund, "ar": facts.ar, "per": facts.per, "rader": rows, "enhet": unit.name,
              "ek_start": shown(start.value, unit) if start is not None else None,
              "ek_kalla": "föregående års balansräkning" if start is not None and start.from_previous_year
              else "uppföljningens uppgifter", "resultat": shown(u.result, unit),
              "eget_kapital": shown(equity.value, unit) if equity is not None else None,
              "tak": shown(equity.cap, unit) if equity is not None else None, "tak_andel": facts.ek_tak,
              "golv": shown(equity.floor, unit) if equity is not None else None,
              "over_tak": equity is not None and equity.within_cap is False,
              "under_golv": equity is not None and equity.above_floor is False,
              "bilaga_nr": facts.bilaga_nr},
    }


def render(u: FollowUp, results: list[Finding], draft: bool = False) -> bytes:
    """The follow-up on its own (budgetuppfoljning.docx)."""
    return render_docx("budgetuppfoljning.docx", followup_context(u, results, draft))

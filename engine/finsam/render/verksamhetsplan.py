"""Context and rendering of the verksamhetsplan och budget."""
from __future__ import annotations

from decimal import Decimal

from .. import fmt
from ..findings import AVVIKELSE, FEL, Finding
from ..model.verksamhetsplan import PLAN_YEARS, Plan
from ..schema.verksamhetsplan import BALANCE_BUDGET, RESULT_BUDGET, STATEMENT_YEARS
from .amounts import shown
from .arsredovisning import _finding, _statement_rows, paragraphs
from .capped import findings as capped_findings
from .docx import render_docx

ZERO = Decimal(0)


def _table(rows, with_type=False) -> list[dict]:
    out = []
    for r in rows:
        kind = {"Rad": "rad", "Rubrik": "rubrik"}.get(r.radtyp, "summa")
        out.append({"post": r.post, "typ": kind, "varden": [shown(getattr(r, y), r.src.unit, True) for y in PLAN_YEARS],
                    "insatstyp": (getattr(r, "insatstyp", None) or "") if with_type else ""})
    return out


def plan_context(p: Plan, results: list[Finding], draft: bool = False) -> dict:
    from ..model.prose import plan_references

    refs = plan_references(p)
    f = p.facts
    unit = p.unit
    years = [f.year(y) for y in PLAN_YEARS]
    per_year = [p.contributions(y) for y in PLAN_YEARS]
    members = []
    notes = []
    for i, m in enumerate(p.members):
        row = [c[i] for c in per_year] if all(len(c) == len(p.members) for c in per_year) else []
        members.append({"namn": m.namn, "andel": m.andel, "grund": m.grund or "",
                        "belopp": [shown(c.amount, unit) for c in row]})
        for c, year in zip(row, years):
            if c.exact != c.amount:
                note = (f"{c.member}: {fmt.trimmed(c.exact / unit.scale, 2)} {unit.name} avrundas till "
                        f"{fmt.number(c.amount / unit.scale, max(unit.decimals, 0))} {unit.name}")
                if note not in notes:
                    notes.append(note)
    totals = [shown(sum((c.amount for c in row), ZERO), unit) for row in per_year]
    equity = []
    for y, year in zip(PLAN_YEARS, years):
        e = p.equity(y)
        if e is None:
            continue
        equity.append({"ar": year, "eget_kapital": shown(e.value, p.bb.unit), "tak": shown(e.cap, p.bb.unit),
                       "golv": shown(e.floor, p.bb.unit), "andel": e.share, "uppfylls": bool(e.met),
                       "har_mal": e.met is not None})
    individual = []
    for y, year in zip(PLAN_YEARS, years):
        share = p.individual(y)
        if share is not None and share.goal is not None:
            r = share.ratio
            individual.append({"ar": year, "individ": shown(r.numerator, unit), "namnare": shown(r.denominator, unit),
                               "namnare_text": r.denominator_label, "andel": r.value, "uppfylls": bool(share.met)})
    bad = [r for r in results if not r.ok]
    return {
        "utkast": draft,
        "antal_fel": sum(1 for r in bad if r.severity == FEL),
        **capped_findings([_finding(r) for r in bad if r.severity == FEL]
                          + [_finding(r) for r in bad if r.severity == AVVIKELSE]),
        "vp": {
            "forbund": f.forbund, "ar": years, "ar0": f.forsta_ar - 1, "beslutsdatum": f.beslutsdatum,
            "texter": [{"rubrik": t.rubrik, "stycken": paragraphs(t.text, refs)} for t in p.texts],
            "mal": [{"kategori": g.kategori, "mal": g.mal, "indikator": g.indikator or ""} for g in p.goals],
            "medlemmar": members, "summa_bidrag": totals, "avrundning": notes,
            "budget": _table(p.budget, with_type=True), "sammanstallning": _table(p.summary),
            "rb": _statement_rows(p.rb, RESULT_BUDGET, negate=("kostnader", "finansiella_kostnader"),
                                  years=STATEMENT_YEARS),
            "bb": _statement_rows(p.bb, BALANCE_BUDGET, years=STATEMENT_YEARS),
            "eget_kapital": equity, "ek_tak": f.ek_tak, "ek_golv": shown(f.ek_golv, unit), "enhet": unit.name,
            "individ": individual, "individ_mal": f.individ_mal,
            "har_individmal": bool(individual),
            "motesplan": [{"datum": m.datum, "tid": m.tid or "", "anteckning": m.anteckning or ""}
                          for m in sorted(p.meetings, key=lambda m: m.datum)],
            "underskrifter": [{"namn": s.namn, "roll": s.roll or ""} for s in p.signatures],
            "ort": f.ort or "",
        },
    }


def render(p: Plan, results: list[Finding], draft: bool = False) -> bytes:
    return render_docx("verksamhetsplan.docx", plan_context(p, results, draft))

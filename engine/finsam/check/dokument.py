"""Figures that several documents of a folder state must agree: the annual report's budget
follow-up shows the budget the board adopted in the verksamhetsplan for the year, and a § of
the minutes that adopts an annual report states the report's result and eget kapital. (The
budget follow-up's opening eget kapital against last year's closing is checked by
``check.budgetuppfoljning``.)

Each mismatch is one finding at the cell of the document being checked, its message naming
the other document's cell. The kinds hand over the other documents' models through
``kinds.Related``; this module only compares them.
"""
from __future__ import annotations

from ..findings import Finding
from ..names import norm
from .catalogue import avvikelse, declare, fel, saknas
from .registry import amount, line, missing_figure, reconcile

declare(
    "arsredovisning",
    avvikelse("ar-budget-verksamhetsplan", "Budgeten i årsredovisningens budgetuppföljning är den budget för året "
              "som styrelsen antog i verksamhetsplanen", "dokument"),
)
declare(
    "sammantrade",
    fel("protokoll-arsredovisning-resultat", "Årets resultat i paragrafen som fastställer årsredovisningen är "
        "årsredovisningens", "dokument"),
    fel("protokoll-arsredovisning-eget-kapital", "Eget kapital i paragrafen som fastställer årsredovisningen är "
        "årsredovisningens", "dokument"),
    saknas("protokoll-arsredovisning-saknas", "Årsredovisningen som en paragraf fastställer finns i mappen, så att "
           "beloppen kan stämmas av", "dokument"),
)


def _place(loc) -> str:
    return f"{loc.workbook} › {loc.sheet} › {loc.cell}" if loc.cell else str(loc)


def adopted_plan(plans: list, year: int):
    """The verksamhetsplan whose budget year is ``year``: the one adopted last, else a proposal."""
    mine = [p for p in plans if p.facts.forsta_ar == year]
    adopted = [p for p in mine if p.facts.beslutsdatum is not None]
    if adopted:
        return max(adopted, key=lambda p: p.facts.beslutsdatum)
    return mine[0] if len(mine) == 1 else None


def budget_against_plan(f, plans: list) -> list[Finding]:
    """Each line of the annual report's budget follow-up (ekonomi.xlsx, Budgetuppföljning)
    with a budget against the line of the same name in the year's verksamhetsplan."""
    year = f.settings.ar
    plan = adopted_plan(plans, year) if year else None
    if plan is None:
        return []
    planned = {}
    for r in plan.budget:
        if r.radtyp != "Rubrik" and r.ar1 is not None:
            planned.setdefault(norm(r.post), r)
    state = (f"antagen {plan.facts.beslutsdatum.isoformat()}" if plan.facts.beslutsdatum else "förslag")

    def compare(r):
        p = planned.get(norm(r.post))
        if p is None:
            return None
        other = amount(p, "ar1")
        return reconcile("ar-budget-verksamhetsplan", amount(r, "budget"), [other],
                         what=f"Budgeten för {r.post} {year}",
                         hint=f"Verksamhetsplanen ({state}) budgeterar raden i {_place(other.loc)}. "
                              "Årsredovisningens budget ska vara den antagna; har styrelsen ändrat budgeten "
                              "under året, gäller det nya beslutet.")

    rows = [r for r in f.budget if r.radtyp != "Rubrik" and r.budget is not None]
    lines = [(r, compare(r)) for r in rows if r.radtyp == "Rad"]
    out = [x for _, x in lines if x is not None]
    # A sum differs when a line does: it is compared only where every line agrees, so that
    # one differing cell is one finding (each document's own checks add up its sums).
    failed = {norm(r.grupp or "") for r, x in lines if x is not None and not x.ok}
    for r in rows:
        if r.radtyp == "Rad" or (failed and (r.radtyp != "Summa grupp" or norm(r.grupp or "") in failed)):
            continue
        found = compare(r)
        if found is not None:
            out.append(found)
    return out


def _report(reports: list, year: int):
    return next((r for r in reports if r.year == year), None)


def annual_decisions(m, reports: list) -> list[Finding]:
    """Each § of the minutes ``m`` that adopts an annual report: the result and eget kapital
    it states against the report of that year in the folder."""
    out = []
    for d in m.annual:
        if d.arets_resultat is None and d.eget_kapital is None:
            continue
        report = _report(reports, d.ar)
        if report is None:
            out.append(missing_figure("protokoll-arsredovisning-saknas", d.src.loc("ar"),
                                      f"Årsredovisningen {d.ar} (§ {d.nr})",
                                      "Lägg årsredovisningens arbetsböcker i mappen, så stäms beloppen i "
                                      "paragrafen av mot den."))
            continue
        f = report.forbund
        for key, code, what, st, line_key in (
                ("arets_resultat", "protokoll-arsredovisning-resultat", "Årets resultat", f.rr, "arets_resultat"),
                ("eget_kapital", "protokoll-arsredovisning-eget-kapital", "Eget kapital vid årets slut", f.br,
                 "eget_kapital")):
            if getattr(d, key) is None or not st.has(line_key):
                continue
            other = line(st, line_key)
            found = reconcile(code, amount(d, key), [other], what=f"{what} {d.ar} i § {d.nr}",
                              hint=f"Årsredovisningen har {_place(other.loc)}. Paragrafen ska ange det "
                                   "fastställda beloppet.")
            if found is not None:
                out.append(found)
    return out

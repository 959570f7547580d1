"""Rules for an interim budget follow-up (budgetuppföljning): its sums, and the forecast eget
kapital against last year's closing figure, the cap and the floor."""
from __future__ import annotations

from ..model.budgetuppfoljning import FollowUp
from ..units import TKR
from .budget import declare_budget_codes, subtotal_findings
from .catalogue import avvikelse, declare, fel, saknas
from .registry import Fig, amount, checker, limit, missing_figure, reconcile

check = checker("budgetuppfoljning")
declare_budget_codes("budgetuppfoljning", "uppfoljning", "Budgetuppföljning")
declare(
    "budgetuppfoljning",
    fel("uppfoljning-ingaende-eget-kapital", "Eget kapital vid årets början = eget kapital vid föregående års slut "
        "enligt föregående års ekonomi.xlsx", "foregaende-ar"),
    saknas("uppfoljning-ingaende-eget-kapital-saknas", "Eget kapital vid årets början är känt"),
    saknas("foregaende-ar-saknas", "Föregående års mapp finns och har föregående års ekonomi.xlsx"),
    fel("uppfoljning-prognos-eget-kapital", "Prognos eget kapital = eget kapital vid årets början + "
        "prognostiserat resultat", "summor"),
    avvikelse("uppfoljning-eget-kapital-tak", "Prognostiserat eget kapital är högst taket (andel av driftsbidraget)",
              "eget-kapital"),
    avvikelse("uppfoljning-eget-kapital-golv", "Prognostiserat eget kapital är minst golvet", "eget-kapital"),
)
AMOUNTS = (("budget", "budget"), ("utfall", "utfall"), ("prognos", "prognos"))


@check
def followup_sums(u: FollowUp):
    yield from subtotal_findings(u.rows, u.groups, "uppfoljning", AMOUNTS)


def _start_fig(u: FollowUp) -> Fig:
    start = u.start
    return Fig(start.value, start.loc, start.unit.half, start.unit)


@check
def followup_equity(u: FollowUp):
    if u.previous_equity is not None and u.facts.ek_ingaende is not None:
        found = reconcile("uppfoljning-ingaende-eget-kapital", amount(u.facts, "ek_ingaende"), [_start_fig(u)],
                          what="Eget kapital vid årets början")
        if found is not None:
            yield found
    result = u.row("Resultat")
    row = u.row("Prognos eget kapital")
    if row is None or result is None or result.prognos is None:
        return
    if u.start is None:
        yield missing_figure("uppfoljning-ingaende-eget-kapital-saknas", u.facts.src.loc("ek_ingaende"),
                             "Eget kapital vid årets början", "Fyll i beloppet eller föregående års mapp.")
        return
    equity = u.equity
    found = reconcile("uppfoljning-prognos-eget-kapital", amount(row, "prognos"),
                      [_start_fig(u), amount(result, "prognos")], what="Prognos eget kapital")
    if found is not None:
        yield found
    show = row.src.unit or TKR
    loc = row.src.loc("prognos")
    if equity.within_cap is not None:
        yield limit("uppfoljning-eget-kapital-tak", loc, equity.value, equity.cap, "kr", op="<=", show=show,
                    ok=equity.within_cap, what="Prognos eget kapital")
    if equity.above_floor is not None:
        yield limit("uppfoljning-eget-kapital-golv", loc, equity.value, equity.floor, "kr", op=">=", show=show,
                    ok=equity.above_floor, what="Prognos eget kapital")

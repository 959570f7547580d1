"""Rules for an interim budget follow-up (budgetuppföljning)."""
from __future__ import annotations

from decimal import Decimal

from ..findings import AVVIKELSE, TKR_AVRUNDNING, Formula, Term
from ..model.budgetuppfoljning import FollowUp
from .budget import subtotal_findings
from .registry import checker, compare, flag, limit, ref

check = checker("budgetuppfoljning")
THOUSAND = Decimal(1000)


@check
def followup_sums(u: FollowUp):
    yield from subtotal_findings(u.rows, "uppfoljning", "Budgetuppföljning",
                                 (("budget", "budget"), ("utfall", "utfall"), ("prognos", "prognos")))


@check
def followup_equity(u: FollowUp):
    start = u.start
    if u.previous_equity is not None and u.facts.ek_ingaende is not None:
        yield compare("uppfoljning-ingaende-eget-kapital", "Eget kapital vid årets början = eget "
                      "kapital vid föregående års slut enligt föregående års ekonomi.xlsx",
                      u.facts.src.loc("ek_ingaende"), u.previous_equity.value, u.facts.ek_ingaende,
                      "tkr", tol=TKR_AVRUNDNING, what="Eget kapital vid årets början")
    result = u.row("Resultat")
    row = u.row("Prognos eget kapital")
    if row is None or result is None or result.prognos is None:
        return
    if start is None:
        yield flag("uppfoljning-ingaende-eget-kapital-saknas", "Eget kapital vid årets början är känt",
                   u.facts.src.loc("ek_ingaende"), "ett belopp i tkr eller föregående års mapp",
                   "en tom cell", what="Eget kapital vid årets början")
        return
    equity = u.equity
    start_term = Term(Decimal("0.001") if start.from_previous_year else Decimal(1), (start.loc,))
    yield compare("uppfoljning-prognos-eget-kapital", "Prognos eget kapital = eget kapital vid årets "
                  "början + prognostiserat resultat", row.src.loc("prognos"), equity.value,
                  row.prognos if row.prognos is not None else Decimal(0), "tkr", tol=TKR_AVRUNDNING,
                  what="Prognos eget kapital",
                  formula=Formula((ref(row.src.loc("prognos")),),
                                  (start_term, ref(result.src.loc("prognos"))), tol=TKR_AVRUNDNING))
    if u.allocation is not None and equity.within_cap is not None:
        yield limit("uppfoljning-eget-kapital-tak", "Prognostiserat eget kapital är högst taket "
                    "(andel av driftsbidraget)", row.src.loc("prognos"), equity.value, equity.cap, "tkr",
                    op="<=", what="Prognos eget kapital", severity=AVVIKELSE)
    if equity.above_floor is not None:
        yield limit("uppfoljning-eget-kapital-golv", "Prognostiserat eget kapital är minst golvet",
                    row.src.loc("prognos"), equity.value, equity.floor, "tkr", op=">=",
                    what="Prognos eget kapital", severity=AVVIKELSE)

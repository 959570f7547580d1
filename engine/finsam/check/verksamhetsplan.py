"""Verksamhetsplan och budget: sums, contributions, summary against detail, result and
balance budgets, and the financial goals per planned year."""
from __future__ import annotations

from decimal import Decimal

from .. import fmt
from ..findings import AVVIKELSE, TKR_AVRUNDNING, Finding, Formula
from ..model.base import find_row
from ..model.verksamhetsplan import PLAN_YEARS, Plan
from ..names import norm
from ..schema.ekonomi import COST_GROUPS
from ..schema.verksamhetsplan import BALANCE_BUDGET, RESULT_BUDGET
from .budget import subtotal_findings
from .policy import member_share_findings
from .registry import checker, compare, describe, flag, limit, ref
from .statements import YEAR_WORDS, sum_line_findings

check = checker("verksamhetsplan")

AMOUNTS = tuple((y, YEAR_WORDS[y]) for y in PLAN_YEARS)
GROUPS = ("Intäkter", *COST_GROUPS)
ZERO = Decimal(0)


def _words(p: Plan, year: str) -> str:
    return f"{YEAR_WORDS[year]}, {p.facts.year(year)}"


@check
def plan_sums(p: Plan):
    yield from subtotal_findings(p.budget, "vp-budget", "Budget", AMOUNTS)
    yield from subtotal_findings(p.summary, "vp-sammanstallning", "Sammanställning", AMOUNTS)
    yield from sum_line_findings(RESULT_BUDGET, p.rb, "vp-rb")
    yield from sum_line_findings(BALANCE_BUDGET, p.bb, "vp-bb")


@check
def summary_matches_detail(p: Plan):
    """Each group of the summary table equals the same group of the detailed budget, for
    every year the detail has figures."""
    for group in GROUPS:
        detail = [r for r in p.budget if r.radtyp == "Rad" and r.grupp == group]
        summary = [r for r in p.summary if r.radtyp == "Rad" and r.grupp == group]
        if not detail or not summary:
            continue
        for year in PLAN_YEARS:
            if all(getattr(r, year) is None for r in detail) or all(getattr(r, year) is None for r in summary):
                continue
            d = sum((getattr(r, year) or ZERO for r in detail), ZERO)
            s = sum((getattr(r, year) or ZERO for r in summary), ZERO)
            first = summary[0]
            yield compare("vp-sammanstallning-mot-budget", "Sammanställningens grupper = detaljbudgetens "
                          "grupper", first.src.loc(year), d, s, "tkr", tol=TKR_AVRUNDNING,
                          what=f"{group} i sammanställningen ({_words(p, year)})",
                          hint="Detaljbudgeten ger ett annat belopp för gruppen; en rad kan ha flyttats "
                               "mellan grupper.",
                          formula=Formula(tuple(ref(r.src.loc(year)) for r in summary),
                                          tuple(ref(r.src.loc(year)) for r in detail), tol=TKR_AVRUNDNING))


@check
def member_contributions(p: Plan):
    yield from member_share_findings(p.members, p.facts.src.loc(), p.source)
    typed = {norm(t.namn): t for t in p.typed}
    for year in PLAN_YEARS:
        computed = p.contributions(year)
        for c in computed:
            t = typed.get(norm(c.member))
            if t is None or getattr(t, year) is None:
                continue
            yield compare("vp-bidrag", "Medlemsbidragen följer andelarna, avrundade till hela tkr så att "
                          "regionen och kommunerna tillsammans bär lika mycket som staten",
                          t.src.loc(year), c.amount, getattr(t, year), "tkr",
                          what=f"Bidraget från {c.member} ({_words(p, year)})",
                          hint=f"Andelen ger {c.exact.normalize():f} tkr före avrundning.")
        others = [t for t in p.typed if norm(t.namn) in {norm(c.member) for c in computed if c.kategori != "Staten"}]
        state = [t for t in p.typed if norm(t.namn) in {norm(c.member) for c in computed if c.kategori == "Staten"}]
        if others and state and all(getattr(t, year) is not None for t in others + state):
            yield compare("vp-bidrag-halften", "Regionens och kommunernas bidrag är tillsammans lika med "
                          "statens (lag 2003:1210)", others[0].src.loc(year),
                          sum((getattr(t, year) for t in state), ZERO),
                          sum((getattr(t, year) for t in others), ZERO), "tkr",
                          what=f"Regionens och kommunernas bidrag ({_words(p, year)})",
                          formula=Formula(tuple(ref(t.src.loc(year)) for t in others),
                                          tuple(ref(t.src.loc(year)) for t in state)))


@check
def budgets_agree(p: Plan):
    """The result budget's result = the budget's result; the balance budget carries the
    result and rolls equity forward year by year."""
    for year in PLAN_YEARS:
        for rows, name in ((p.budget, "budgeten"), (p.summary, "sammanställningen")):
            result = find_row(rows, "Resultat")
            lines = [r for r in rows if r.radtyp == "Rad"]
            if result is None or getattr(result, year) is None or not p.rb.has("arets_resultat", year) \
                    or all(getattr(r, year) is None for r in lines):
                continue  # this table has no figures for the year; the next one may
            yield compare("vp-resultat-mot-budget", "Resultatbudgetens årets resultat = budgetens "
                          "resultat", p.rb.loc("arets_resultat", year), getattr(result, year),
                          p.rb.get("arets_resultat", year), "tkr", tol=TKR_AVRUNDNING,
                          what=f"Årets resultat i resultatbudgeten ({_words(p, year)}) mot {name}",
                          formula=Formula((ref(p.rb.loc("arets_resultat", year)),),
                                          (ref(result.src.loc(year)),), tol=TKR_AVRUNDNING))
            break
    years = ("ar0", *PLAN_YEARS)
    for year in years:
        if p.bb.has("arets_resultat", year) and p.rb.has("arets_resultat", year):
            yield compare("vp-bb-resultat-mot-rb", "Balansbudgetens årets resultat = resultatbudgetens",
                          p.bb.loc("arets_resultat", year), p.rb.get("arets_resultat", year),
                          p.bb.get("arets_resultat", year), "tkr",
                          what=f"Årets resultat i balansbudgeten ({YEAR_WORDS[year]})",
                          formula=Formula((ref(p.bb.loc("arets_resultat", year)),),
                                          (ref(p.rb.loc("arets_resultat", year)),)))
    for before, year in zip(years, years[1:]):
        if p.bb.has("balanserat", year) and (p.bb.has("eget_kapital", before) or p.bb.has("balanserat", before)):
            yield compare("vp-eget-kapital-rullning", "Balanserat eget kapital = föregående års summa "
                          "eget kapital", p.bb.loc("balanserat", year), p.bb.get("eget_kapital", before),
                          p.bb.get("balanserat", year), "tkr",
                          what=f"Balanserat eget kapital ({YEAR_WORDS[year]})",
                          formula=Formula((ref(p.bb.loc("balanserat", year)),),
                                          (ref(p.bb.loc("eget_kapital", before)),)))


@check
def planned_goals(p: Plan):
    f = p.facts
    for year in PLAN_YEARS:
        equity = p.equity(year)
        if equity is None:
            continue
        loc = p.bb.loc("eget_kapital", year)
        if equity.within_cap is not None:
            yield limit("vp-eget-kapital-tak", "Planerat eget kapital är högst taket (andel av tilldelade "
                        "medel)", loc, equity.value, equity.cap, "tkr", op="<=",
                        what=f"Planerat eget kapital ({_words(p, year)})", severity=AVVIKELSE)
        if equity.above_floor is not None:
            yield limit("vp-eget-kapital-golv", "Planerat eget kapital är minst golvet", loc, equity.value,
                        equity.floor, "tkr", op=">=", what=f"Planerat eget kapital ({_words(p, year)})",
                        severity=AVVIKELSE)
    if f.individ_mal is None:
        return
    for year in PLAN_YEARS:
        share = p.individual(year)
        for r in p.insats_rows():
            if share is not None and not r.insatstyp and getattr(r, year):
                yield flag("vp-insatstyp-saknas", "Varje insatsrad i budgeten har en insatstyp",
                           r.src.loc("insatstyp"), "Individinriktad eller Strukturövergripande", "en tom cell",
                           what=f"Insatstyp för {r.post}")
        if share is None:
            continue
        ratio = share.ratio
        describe("vp-individandel", "Planerad andel individinriktade insatser når målet")
        text = (f"Individinriktade insatser {_words(p, year)}: {fmt.number(ratio.numerator, 1)} tkr av "
                f"{fmt.number(ratio.denominator, 1)} tkr {ratio.denominator_label} = {{actual}}, målet är "
                "minst {expected}.")
        yield Finding("vp-individandel", AVVIKELSE, bool(share.met), f.src.loc("individ_mal"), f.individ_mal,
                      ratio.value, "%", text, "Planerad andel individinriktade insatser når målet")

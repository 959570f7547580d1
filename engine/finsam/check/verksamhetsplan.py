"""Verksamhetsplan och budget: sums, contributions, summary against detail, result and
balance budgets, and the financial goals per planned year."""
from __future__ import annotations

from decimal import Decimal

from .. import fmt
from ..model.base import find_row
from ..model.verksamhetsplan import PLAN_YEARS, Plan
from ..names import norm
from ..schema.verksamhetsplan import BALANCE_BUDGET, RESULT_BUDGET
from .budget import declare_budget_codes, subtotal_findings
from .catalogue import avvikelse, declare, fel
from .policy import declare_member_codes, member_share_findings
from .prose import TEXT_CODES
from .registry import amount, checker, exact, flag, limit, line, reconcile, verdict
from .statements import YEAR_WORDS, declare_sum_lines, sum_line_findings

check = checker("verksamhetsplan")
declare_budget_codes("verksamhetsplan", "vp-budget", "Budget")
declare_budget_codes("verksamhetsplan", "vp-sammanstallning", "Sammanställning")
declare_sum_lines("verksamhetsplan", "vp-rb", RESULT_BUDGET)
declare_sum_lines("verksamhetsplan", "vp-bb", BALANCE_BUDGET)
declare_member_codes("verksamhetsplan")
declare("verksamhetsplan", *TEXT_CODES)  # its texts' figures (check/prose.py)
declare(
    "verksamhetsplan",
    fel("vp-sammanstallning-mot-budget", "Sammanställningens grupper = detaljbudgetens grupper", "summor"),
    fel("vp-bidrag", "Medlemsbidragen följer andelarna, avrundade så att regionen och kommunerna tillsammans "
        "bär lika mycket som staten", "medlemsbidrag"),
    fel("vp-bidrag-halften", "Regionens och kommunernas bidrag är tillsammans lika med statens (lag 2003:1210)",
        "medlemsbidrag"),
    fel("vp-resultat-mot-budget", "Resultatbudgetens årets resultat = budgetens resultat", "resultat"),
    fel("vp-bb-resultat-mot-rb", "Balansbudgetens årets resultat = resultatbudgetens", "resultat"),
    fel("vp-eget-kapital-rullning", "Balanserat eget kapital = föregående års summa eget kapital", "balans"),
    avvikelse("vp-eget-kapital-tak", "Planerat eget kapital är högst taket (andel av tilldelade medel)",
              "eget-kapital"),
    avvikelse("vp-eget-kapital-golv", "Planerat eget kapital är minst golvet", "eget-kapital"),
    fel("vp-insatstyp-saknas", "Varje insatsrad i budgeten har en insatstyp", "individandel"),
    avvikelse("vp-individandel", "Planerad andel individinriktade insatser når målet", "individandel"),
)

AMOUNTS = tuple((y, YEAR_WORDS[y]) for y in PLAN_YEARS)
ZERO = Decimal(0)


def _words(p: Plan, year: str) -> str:
    return f"{YEAR_WORDS[year]}, {p.facts.year(year)}"


@check
def plan_sums(p: Plan):
    yield from subtotal_findings(p.budget, p.groups, "vp-budget", AMOUNTS)
    yield from subtotal_findings(p.summary, p.groups, "vp-sammanstallning", AMOUNTS)
    yield from sum_line_findings(RESULT_BUDGET, p.rb, "vp-rb")
    yield from sum_line_findings(BALANCE_BUDGET, p.bb, "vp-bb")


def _rows(rows, group: str) -> list:
    return [r for r in rows if r.radtyp == "Rad" and r.grupp and norm(r.grupp) == norm(group)]


@check
def summary_matches_detail(p: Plan):
    """Each group of the summary table equals the same group of the detailed budget, for
    every year the detail has figures."""
    for group in p.groups.rows:
        detail, summary = _rows(p.budget, group.grupp), _rows(p.summary, group.grupp)
        if not detail or not summary:
            continue
        for year in PLAN_YEARS:
            if all(getattr(r, year) is None for r in detail) or all(getattr(r, year) is None for r in summary):
                continue
            found = reconcile("vp-sammanstallning-mot-budget", [amount(r, year) for r in summary],
                              [amount(r, year) for r in detail],
                              what=f"{group.grupp} i sammanställningen ({_words(p, year)})",
                              hint="Detaljbudgeten ger ett annat belopp för gruppen; en rad kan ha flyttats "
                                   "mellan grupper.")
            if found is not None:
                yield found


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
            shown = fmt.trimmed(c.exact / p.unit.scale)
            found = reconcile("vp-bidrag", amount(t, year), [exact(c.amount, t.src.loc(year))],
                              what=f"Bidraget från {c.member} ({_words(p, year)})",
                              hint=f"Andelen ger {shown} {p.unit.name} före avrundning.")
            if found is not None:
                yield found
        others = [t for t in p.typed if norm(t.namn) in {norm(c.member) for c in computed if c.kategori != "Staten"}]
        state = [t for t in p.typed if norm(t.namn) in {norm(c.member) for c in computed if c.kategori == "Staten"}]
        if others and state and all(getattr(t, year) is not None for t in others + state):
            found = reconcile("vp-bidrag-halften", [amount(t, year) for t in others], [amount(t, year) for t in state],
                              what=f"Regionens och kommunernas bidrag ({_words(p, year)})")
            if found is not None:
                yield found


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
            found = reconcile("vp-resultat-mot-budget", line(p.rb, "arets_resultat", year), [amount(result, year)],
                              what=f"Årets resultat i resultatbudgeten ({_words(p, year)}) mot {name}")
            if found is not None:
                yield found
            break
    years = ("ar0", *PLAN_YEARS)
    for year in years:
        if p.bb.has("arets_resultat", year) and p.rb.has("arets_resultat", year):
            found = reconcile("vp-bb-resultat-mot-rb", line(p.bb, "arets_resultat", year),
                              [line(p.rb, "arets_resultat", year)],
                              what=f"Årets resultat i balansbudgeten ({YEAR_WORDS[year]})")
            if found is not None:
                yield found
    for before, year in zip(years, years[1:]):
        if p.bb.has("balanserat", year) and p.bb.has("eget_kapital", before):
            found = reconcile("vp-eget-kapital-rullning", line(p.bb, "balanserat", year),
                              [line(p.bb, "eget_kapital", before)],
                              what=f"Balanserat eget kapital ({YEAR_WORDS[year]})")
            if found is not None:
                yield found


@check
def planned_goals(p: Plan):
    f = p.facts
    for year in PLAN_YEARS:
        equity = p.equity(year)
        if equity is None:
            continue
        loc = p.bb.loc("eget_kapital", year)
        if equity.within_cap is not None:
            yield limit("vp-eget-kapital-tak", loc, equity.value, equity.cap, "kr", op="<=", show=p.bb.unit,
                        ok=equity.within_cap, what=f"Planerat eget kapital ({_words(p, year)})")
        if equity.above_floor is not None:
            yield limit("vp-eget-kapital-golv", loc, equity.value, equity.floor, "kr", op=">=", show=p.bb.unit,
                        ok=equity.above_floor, what=f"Planerat eget kapital ({_words(p, year)})")
    if f.individ_mal is None:
        return
    unit = p.unit
    for year in PLAN_YEARS:
        share = p.individual(year)
        for r in p.insats_rows():
            if share is not None and not r.insatstyp and getattr(r, year):
                yield flag("vp-insatstyp-saknas", r.src.loc("insatstyp"), "Individinriktad eller Strukturövergripande",
                           "en tom cell", what=f"Insatstyp för {r.post}")
        if share is None:
            continue
        ratio = share.ratio
        text = (f"Individinriktade insatser {_words(p, year)}: "
                f"{fmt.with_unit(ratio.numerator / unit.scale, unit.name, unit.decimals)} av "
                f"{fmt.with_unit(ratio.denominator / unit.scale, unit.name, unit.decimals)} {ratio.denominator_label} "
                "= {actual}, målet är minst {expected}.")
        yield verdict("vp-individandel", bool(share.met), f.src.loc("individ_mal"), f.individ_mal, ratio.value,
                      text, "%")


@check
def plan_text_figures(p: Plan):
    """Literal numbers in the Texter sheet agree with the plan's own figures (check.prose)."""
    from ..model.prose import plan_literals, plan_references, plan_texts
    from . import prose

    refs = plan_references(p)
    for t in plan_texts(p):
        yield from prose.table_text_findings(t, refs, p.facts.year("ar1"), plan_literals)

"""Rules for an application for funds (ansökan om medel): its cost budget adds up per year
and in total, the requested amount is that total, every amount lies in one of the
application's budget years, it shows the co-operation the förbund requires, and every goal
has an indicator. Parties, cost types and the number of years are the workbook's own
(schema constraints: check.constraints)."""
from __future__ import annotations

from decimal import Decimal

from ..model.ansokan import Application
from ..schema.ansokan import BUDGET_YEARS
from .catalogue import declare, fel, saknas
from .prose import TEXT_CODES
from .registry import amount, checker, flag, limit, missing_figure, reconcile, span

check = checker("ansokan")
declare("ansokan", *TEXT_CODES)  # its texts' figures (check/prose.py)
declare(
    "ansokan",
    fel("ansokan-summa-ar", "Kostnadsbudgetens summarad = kostnadsslagens belopp, år för år", "summor"),
    fel("ansokan-summa-totalt", "Varje rads totalt = radens belopp för alla år", "summor"),
    fel("ansokan-sokt-belopp", "Det sökta beloppet = kostnadsbudgetens summa för alla år", "medel"),
    fel("ansokan-ar-utanfor", "Kostnadsbudgeten har belopp bara för ansökans budgetår", "medel"),
    fel("ansokan-samverkan", "Ansökan tar upp samverkan mellan minst så många av förbundets parter som "
        "villkoren kräver", "samverkan"),
    saknas("ansokan-indikator-saknas", "Varje mål har en indikator", "mal"),
)
ZERO = Decimal(0)


def _year_words(a: Application, key: str) -> str:
    year = dict(a.years).get(key)
    return str(year) if year is not None else f"år {key[-1]}"


@check
def budget_sums(a: Application):
    """The Summa row per year against the cost rows, and each row's total against its years."""
    if a.total is not None:
        for key, year in a.years:
            found = reconcile("ansokan-summa-ar", amount(a.total, key), [amount(r, key) for r in a.costs],
                              what=f"Summa kostnader {year}")
            if found is not None:
                yield found
    for row in (*a.costs, *((a.total,) if a.total is not None else ())):
        found = reconcile("ansokan-summa-totalt", amount(row, "totalt"), [amount(row, k) for k in BUDGET_YEARS],
                          what=f"Totalt för {row.kostnadsslag if row is not a.total else 'alla kostnader'}",
                          hint="Totalen ska vara radens belopp för alla år.")
        if found is not None:
            yield found


def _budget_figures(a: Application) -> list:
    """The cost budget for all years as reported: the Summa row's total, else its years,
    else every row's years."""
    t = a.total
    if t is not None and t.totalt is not None:
        return [amount(t, "totalt")]
    if t is not None and any(t.amount(k) is not None for k, _ in a.years):
        return [amount(t, k) for k, _ in a.years]
    return [amount(r, k) for r in a.costs for k in BUDGET_YEARS]


@check
def requested_is_budget(a: Application):
    found = reconcile("ansokan-sokt-belopp", amount(a.facts, "sokt_belopp"), _budget_figures(a),
                      what="Sökt belopp", show=a.unit,
                      hint="Det sökta beloppet ska vara kostnadsbudgetens summa för alla år (bladet Kostnader).")
    if found is not None:
        yield found


@check
def amounts_in_budget_years(a: Application):
    used = {key for key, _ in a.years}
    last = a.facts.forsta_ar + len(a.years) - 1
    for row in (*a.costs, *((a.total,) if a.total is not None else ())):
        for key in BUDGET_YEARS:
            value = row.amount(key)
            if key in used or value is None or value == 0:
                continue
            yield flag("ansokan-ar-utanfor", row.src.loc(key), f"inget belopp (budgetåren är {a.facts.forsta_ar}–"
                       f"{last})" if last > a.facts.forsta_ar else f"inget belopp (budgetåret är {last})",
                       "ett belopp", what=f"{row.kostnadsslag}, år {key[-1]}",
                       hint="Öka antalet budgetår i bladet Ansökan eller flytta beloppet.")


@check
def co_operation(a: Application):
    parties = a.cooperating
    needed = a.terms.minst_parter
    if a.partners:
        loc = span(a.partners[0].src, a.partners[-1].src, "organisation")
    else:
        loc = a.applicant.src.loc("part")
    names = ", ".join(parties) if parties else "ingen"
    yield limit("ansokan-samverkan", loc, Decimal(len(parties)), Decimal(needed), "st", op=">=",
                what="Samverkande parter",
                ok_text="Ansökan tar upp samverkan mellan {actual} av förbundets parter (" + names
                + "); minst {expected} krävs.",
                fail_text="Ansökan tar upp samverkan mellan bara {actual} av förbundets parter (" + names
                + "); villkoren kräver minst {expected}. Lägg till samverkansparter i bladet Samverkansparter.")


@check
def goals_have_indicators(a: Application):
    for g in a.goals:
        if not g.indikator:
            short = g.mal if len(g.mal) <= 50 else g.mal[:47] + "…"
            yield missing_figure("ansokan-indikator-saknas", g.src.loc("indikator"), f"Indikator för målet ”{short}”",
                                 "Skriv hur målet ska mätas.")


@check
def text_figures(a: Application):
    """Literal numbers in the Beskrivning and Avsnitt texts agree with the ansökan's own
    figures (check.prose); a number about another year than the first budget year is not compared."""
    from ..model.prose import application_literals, application_references, application_texts
    from . import prose

    refs = application_references(a)
    for t in application_texts(a):
        yield from prose.table_text_findings(t, refs, a.facts.forsta_ar, application_literals)

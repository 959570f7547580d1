"""The detailed budget follow-up (tkr) and its link to the insatser."""
from __future__ import annotations

from decimal import Decimal

from ..model.figures import Figures
from ..model.arsredovisning import Forbund
from ..model.base import find_row
from ..names import norm
from ..schema.ekonomi import COST_GROUPS
from ..findings import TKR_AVRUNDNING, TKR_SUMMA_AVRUNDNING, Formula
from .registry import checker, compare, ref, span

check = checker("arsredovisning")

AMOUNTS = (("budget", "budget"), ("utfall", "utfall"), ("utfall_fg", "utfall föregående år"))
ZERO = Decimal(0)
THOUSAND = Decimal(1000)


def _lines(rows, groups) -> list:
    return [r for r in rows if r.radtyp == "Rad" and r.grupp in groups]


def _sum(rows, key: str) -> Decimal:
    return sum((getattr(r, key) or ZERO for r in rows), ZERO)


def _sum_check(code, description, row, plus, minus=(), amounts=AMOUNTS, tol=TKR_AVRUNDNING):
    for key, word in amounts:
        actual = getattr(row, key)
        if actual is None and all(getattr(r, key) is None for r in (*plus, *minus)):
            continue
        expected = _sum(plus, key) - _sum(list(minus), key)
        yield compare(code, description, row.src.loc(key), expected, actual if actual is not None else ZERO,
                      "tkr", what=f"{row.post} ({word})", tol=tol,
                      formula=Formula((ref(row.src.loc(key)),),
                                      tuple(ref(r.src.loc(key)) for r in plus)
                                      + tuple(ref(r.src.loc(key), -1) for r in minus), tol=tol))


def subtotal_findings(rows, prefix: str, title: str, amounts=AMOUNTS):
    """Summa grupp, Summa kostnader and Resultat rows of a tkr table against their lines,
    within ±0,5 tkr: the tables show whole tkr, so a printed sum may be the rounded total."""
    words = ", ".join(w for _, w in amounts)
    for row in rows:
        if row.radtyp == "Summa grupp":
            yield from _sum_check(f"{prefix}-summa-grupp", f"{title}: summaraden = gruppens rader "
                                  f"({words})", row, _lines(rows, (row.grupp,)), amounts=amounts)
        elif row.radtyp == "Summa kostnader":
            yield from _sum_check(f"{prefix}-summa-kostnader", f"{title}: summa kostnader = alla "
                                  "kostnadsrader", row, _lines(rows, COST_GROUPS), amounts=amounts)
        elif row.radtyp == "Resultat":
            yield from _sum_check(f"{prefix}-resultat", f"{title}: resultat = intäkter − kostnader",
                                  row, _lines(rows, ("Intäkter",)), _lines(rows, COST_GROUPS),
                                  amounts=amounts)


@check
def budget_subtotals(f: Forbund, fig: Figures):
    yield from subtotal_findings(f.budget, "budget", "Budgetuppföljning")


@check
def budget_difference_sign(f: Forbund, fig: Figures):
    for row in f.budget:
        if row.differens is None or row.radtyp == "Rubrik":
            continue
        expected = (row.budget or ZERO) - (row.utfall or ZERO)
        reversed_sign = row.differens == -expected and expected != 0
        yield compare("budget-differens", "Budgetuppföljning: differens = budget − utfall på "
                      "varje rad (ett och samma tecken)", row.src.loc("differens"), expected,
                      row.differens, "tkr", what=f"Differensen för {row.post}",
                      hint="Raden räknar utfall − budget; kolumnen ska genomgående vara budget − utfall."
                      if reversed_sign else "",
                      formula=Formula((ref(row.src.loc("differens")),),
                                      (ref(row.src.loc("budget")), ref(row.src.loc("utfall"), -1))))


STATEMENT_LINKS = (
    ("budget-intakter-mot-rr", ("Summa grupp", "Intäkter"), "intakter", "Summa intäkter",
     "Budgetuppföljning: summa intäkter (utfall) = verksamhetens intäkter i resultaträkningen"),
    ("budget-resultat-mot-rr", ("Resultat", None), "arets_resultat", "Resultat",
     "Budgetuppföljning: resultat (utfall) = årets resultat i resultaträkningen"),
)


@check
def budget_matches_statements(f: Forbund, fig: Figures):
    k = Decimal("0.001")
    for code, (radtyp, grupp), line, label, description in STATEMENT_LINKS:
        row = find_row(f.budget, radtyp, grupp)
        if row is None:
            continue
        for key, year in (("utfall", "i_ar"), ("utfall_fg", "fg_ar")):
            if getattr(row, key) is None:
                continue
            yield compare(code, description, row.src.loc(key), f.rr.get(line, year) / THOUSAND,
                          getattr(row, key), "tkr", tol=TKR_SUMMA_AVRUNDNING,
                          what=f"{label} ({key.replace('_fg', ' föregående år')})",
                          formula=Formula((ref(row.src.loc(key)),), (ref(f.rr.loc(line, year), k),),
                                          tol=TKR_SUMMA_AVRUNDNING))


@check
def insatser_match_budget(f: Forbund, fig: Figures):
    k = Decimal("0.001")
    total = find_row(f.budget, "Summa grupp", "Insatser")
    if total is not None and total.utfall is not None and f.insatser:
        yield compare("insatser-mot-budgetuppfoljning", "Insatsernas utfall i insatser.xlsx = "
                      "summa insatser i budgetuppföljningen", total.src.loc("utfall"),
                      fig.insatser_utfall / THOUSAND, total.utfall, "tkr", tol=TKR_SUMMA_AVRUNDNING,
                      what="Summa insatser (utfall) jämfört med insatser.xlsx",
                      hint="Insatsernas belopp i insatser.xlsx och budgetuppföljningen skiljer sig åt.",
                      formula=Formula((ref(total.src.loc("utfall")),),
                                      (ref(span(f.insatser[0].src, f.insatser[-1].src, "utfall"), k),),
                                      tol=TKR_SUMMA_AVRUNDNING))
    posts = {norm(r.post): r for r in f.budget if r.radtyp == "Rad"}
    linked: dict[str, list] = {}
    for ins in f.insatser:
        if not ins.budgetpost:
            continue
        if norm(ins.budgetpost) not in posts:
            continue  # an unknown budget post is the schema constraint's finding
        linked.setdefault(norm(ins.budgetpost), []).append(ins)
    for key, items in linked.items():
        row = posts[key]
        for field, word in (("utfall", "utfall"), ("budget", "budget")):
            if getattr(row, field) is None or any(getattr(i, field) is None for i in items):
                continue
            value = sum((getattr(i, field) for i in items), ZERO)
            yield compare("insatser-mot-budgetpost", "Insatsernas belopp per budgetpost = "
                          "budgetpostens belopp i budgetuppföljningen", row.src.loc(field),
                          value / THOUSAND, getattr(row, field), "tkr", tol=TKR_SUMMA_AVRUNDNING,
                          what=f"{row.post} ({word}) jämfört med insatserna "
                               + ", ".join(i.namn for i in items),
                          formula=Formula((ref(row.src.loc(field)),),
                                          tuple(ref(i.src.loc(field), k) for i in items),
                                          tol=TKR_SUMMA_AVRUNDNING))

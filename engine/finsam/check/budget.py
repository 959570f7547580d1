"""Budget tables (the annual report's detailed follow-up, the interim follow-up, the plan):
each sum row against its own rows, grouped as the förbund's Budgetgrupper say; the
differens column's sign; and the detailed follow-up against the statements and the insatser."""
from __future__ import annotations

from decimal import Decimal

from ..model.arsredovisning import Forbund
from ..model.base import find_row
from ..model.budget import BACKWARD, FORWARD, Groups, difference_fits
from ..model.figures import Figures
from ..names import norm
from .catalogue import declare, fel
from .registry import amount, checker, line, reconcile

check = checker("arsredovisning")
AMOUNTS = (("budget", "budget"), ("utfall", "utfall"), ("utfall_fg", "utfall föregående år"))
ZERO = Decimal(0)


def declare_budget_codes(kind: str, prefix: str, title: str) -> None:
    declare(kind,
            fel(f"{prefix}-summa-grupp", f"{title}: summaraden = gruppens rader", "summor"),
            fel(f"{prefix}-summa-kostnader", f"{title}: summa kostnader = alla kostnadsgrupper", "summor"),
            fel(f"{prefix}-resultat", f"{title}: resultat = intäkter − kostnader", "summor"))


declare_budget_codes("arsredovisning", "budget", "Budgetuppföljning")
declare(
    "arsredovisning",
    fel("budget-differens", "Budgetuppföljning: differensen räknas med ett och samma tecken på varje rad "
        "(budget − utfall eller utfall − budget)", "differens"),
    fel("budget-intakter-mot-rr", "Budgetuppföljning: summa intäkter (utfall) = verksamhetens intäkter i "
        "resultaträkningen", "resultat"),
    fel("budget-resultat-mot-rr", "Budgetuppföljning: resultat (utfall) = årets resultat i resultaträkningen",
        "resultat"),
    fel("insatser-mot-budgetuppfoljning", "Insatsernas utfall i insatser.xlsx = summan av de budgetgrupper "
        "som räknas till insatser", "insatser"),
    fel("insatser-mot-budgetpost", "Insatsernas belopp per budgetpost = budgetpostens belopp i "
        "budgetuppföljningen", "insatser"),
    fel("insatser-ej-forbrukat", "Ej förbrukat = beviljat (budget) − förbrukat (utfall)", "summor"),
)


def _in(rows, names: tuple[str, ...]) -> list:
    wanted = {norm(n) for n in names}
    return [r for r in rows if r.radtyp == "Rad" and r.grupp and norm(r.grupp) in wanted]


def _group_total(rows, group: str):
    wanted = norm(group)
    return next((r for r in rows if r.radtyp == "Summa grupp" and r.grupp and norm(r.grupp) == wanted), None)


def _immediate(rows, names: tuple[str, ...]) -> list:
    """Each group's sum row where the table has one, else the group's own rows."""
    out = []
    for name in names:
        total = _group_total(rows, name)
        out.extend([total] if total is not None else _in(rows, (name,)))
    return out


def _sum_row(code: str, row, key: str, word: str, immediate: list, leaves: list, failed: set):
    """``row`` (its ``key``) against its immediate items; when they disagree because a
    subtotal among them is itself wrong, and the rows below agree, the subtotal is the wrong
    line (reported at its own cell): one wrong line, one finding."""
    items = [amount(r, key).times(c) for r, c in immediate]
    if all(i.value is None for i in items):
        return None
    what = f"{row.post} ({word})"
    found = reconcile(code, amount(row, key), items, what=what)
    if found is not None and not found.ok and any((id(r), key) in failed for r, _ in immediate):
        below = reconcile(code, amount(row, key), [amount(r, key).times(c) for r, c in leaves], what=what)
        if below is not None and below.ok:
            found = below
    if found is not None and not found.ok:
        failed.add((id(row), key))
    return found


def subtotal_findings(rows, groups: Groups, prefix: str, amounts=AMOUNTS):
    """Summa grupp, Summa kostnader and Resultat rows of a budget table against their rows."""
    costs, income = groups.costs, groups.income
    failed: set = set()
    for row in rows:
        for key, word in amounts:
            found = None
            if row.radtyp == "Summa grupp" and row.grupp:
                members = [(r, 1) for r in _in(rows, (row.grupp,))]
                found = _sum_row(f"{prefix}-summa-grupp", row, key, word, members, members, failed)
            elif row.radtyp == "Summa kostnader":
                found = _sum_row(f"{prefix}-summa-kostnader", row, key, word,
                                 [(r, 1) for r in _immediate(rows, costs)], [(r, 1) for r in _in(rows, costs)],
                                 failed)
            elif row.radtyp == "Resultat":
                cost_total = find_row(rows, "Summa kostnader")
                cost_items = [(cost_total, -1)] if cost_total is not None else \
                    [(r, -1) for r in _immediate(rows, costs)]
                immediate = [(r, 1) for r in _immediate(rows, income)] + cost_items
                leaves = [(r, 1) for r in _in(rows, income)] + [(r, -1) for r in _in(rows, costs)]
                found = _sum_row(f"{prefix}-resultat", row, key, word, immediate, leaves, failed)
            if found is not None:
                yield found


@check
def budget_subtotals(f: Forbund, fig: Figures, previous=None):
    yield from subtotal_findings(f.budget, f.groups, "budget")


@check
def budget_difference_sign(f: Forbund, fig: Figures, previous=None):
    """The differens column has one sign convention: the one the sheet declares, else the one
    most of its rows use (decided in the model). Only the rows that break it are findings."""
    forward = f.budget_sign == FORWARD
    for row in f.budget:
        if row.differens is None or row.radtyp == "Rubrik":
            continue
        b, u = amount(row, "budget"), amount(row, "utfall")
        items = [b, u.times(-1)] if forward else [u, b.times(-1)]
        fits_forward, fits_backward = difference_fits(row)
        hint = ""
        if (fits_backward and not fits_forward) if forward else (fits_forward and not fits_backward):
            hint = (f"Raden räknar {BACKWARD if forward else FORWARD}; tabellen i övrigt {f.budget_sign}"
                    + (" (så som bladet anger)." if f.budget_sign_declared else "."))
        found = reconcile("budget-differens", amount(row, "differens"), items,
                          what=f"Differensen för {row.post} ({f.budget_sign})", hint=hint)
        if found is not None:
            yield found


@check
def budget_matches_statements(f: Forbund, fig: Figures, previous=None):
    income = _immediate(f.budget, f.groups.income)
    result = find_row(f.budget, "Resultat")
    for key, year in (("utfall", "i_ar"), ("utfall_fg", "fg_ar")):
        word = "utfall" if key == "utfall" else "utfall föregående år"
        if len(income) == 1 and getattr(income[0], key) is not None:
            found = reconcile("budget-intakter-mot-rr", amount(income[0], key), [line(f.rr, "intakter", year)],
                              what=f"{income[0].post} ({word}) mot verksamhetens intäkter")
            if found is not None and f.rr.value("intakter", year) is not None:
                yield found
        if result is not None and getattr(result, key) is not None and f.rr.value("arets_resultat", year) is not None:
            found = reconcile("budget-resultat-mot-rr", amount(result, key), [line(f.rr, "arets_resultat", year)],
                              what=f"Resultat ({word})")
            if found is not None:
                yield found


def _post_findings(f: Forbund) -> list:
    """Per budget post: the insatser booked on it against the post's row."""
    posts = {norm(r.post): r for r in f.budget if r.radtyp == "Rad"}
    linked: dict[str, list] = {}
    for ins in f.insatser:
        if ins.budgetpost and norm(ins.budgetpost) in posts:  # an unknown post is the schema's finding
            linked.setdefault(norm(ins.budgetpost), []).append(ins)
    out = []
    for key, items in linked.items():
        row = posts[key]
        for field, word in (("utfall", "utfall"), ("budget", "budget")):
            if getattr(row, field) is None or any(getattr(i, field) is None for i in items):
                continue
            found = reconcile("insatser-mot-budgetpost", amount(row, field), [amount(i, field) for i in items],
                              what=f"{row.post} ({word}) jämfört med insatserna " + ", ".join(i.namn for i in items))
            if found is not None:
                out.append((found, row, field, items))
    return out


@check
def insatser_match_budget(f: Forbund, fig: Figures, previous=None):
    posts = _post_findings(f)
    totals = _immediate(f.budget, f.groups.insatser)
    items = [amount(i, "utfall") for i in f.insatser]
    # Only when every insats reports its utfall: a förbund may report insatser only in the
    # budget follow-up (the insatser's own amounts blank), and a partial sum proves nothing.
    if totals and f.insatser and getattr(totals[0], "utfall") is not None and all(i.value is not None for i in items):
        what = f"{totals[0].post} (utfall) jämfört med insatser.xlsx"
        group_total = [amount(r, "utfall") for r in totals]
        found = reconcile("insatser-mot-budgetuppfoljning", group_total, items, what=what,
                          hint="Insatsernas belopp i insatser.xlsx och budgetuppföljningen skiljer sig åt.")
        wrong = [(row, ins) for found_post, row, field, ins in posts if not found_post.ok and field == "utfall"]
        if found is not None and not found.ok and wrong:
            # the total agrees once the posts reported below stand for their insatser: one
            # wrong figure in insatser.xlsx, one finding (at its post)
            booked = {id(i) for _, ins in wrong for i in ins}
            fixed = [amount(i, "utfall") for i in f.insatser if id(i) not in booked] + \
                [amount(row, "utfall") for row, _ in wrong]
            explained = reconcile("insatser-mot-budgetuppfoljning", group_total, fixed, what=what)
            if explained is not None and explained.ok:
                found = explained
        if found is not None:
            yield found
    for found, *_ in posts:
        yield found
    for ins in f.insatser:
        if ins.ej_forbrukat is not None and ins.budget is not None and ins.utfall is not None:
            found = reconcile("insatser-ej-forbrukat", amount(ins, "ej_forbrukat"),
                              [amount(ins, "budget"), amount(ins, "utfall").times(-1)],
                              what=f"Ej förbrukat för {ins.namn}")
            if found is not None:
                yield found

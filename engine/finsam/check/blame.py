"""One wrong figure, one finding, also across statements.

A figure that several other places repeat (årets resultat in the resultaträkning is repeated
in the balansräkning, the kassaflödesanalys, the balanskravsresultat, the femårsöversikt and
the budgetuppföljning) makes every one of those comparisons fail when it alone is wrong.
Each failing comparison is a linear identity over input cells, ``Σlhs − Σrhs = diff``: a cell
that occurs in several of them, and whose one correction (the same amount, within each
comparison's rounding) would make all of them agree, is the wrong figure. Those findings
become one, at that cell, naming the places that disagree with it. A failing sum over a
statement line computed from that cell (summa tillgångar from fordringar) counts as the
same error.

Only amounts are considered, and a cell is blamed only when at least two comparisons point
at it: with one, either side may be wrong and the finding stays as it is.
"""
from __future__ import annotations

from dataclasses import replace
from decimal import Decimal
from typing import Iterable, Mapping

from ..errors import Location
from ..findings import FEL, Finding
from ..records import record
from ..units import Unit
from .catalogue import declare, fel

declare("arsredovisning", fel("siffra-motsagd", "En siffra som flera andra ställen i rapporten motsäger",
                              "summor"))

AMOUNT_UNITS = ("kr", "tkr", "mkr")
DEFINITE = {"Resultaträkning": "resultaträkningen", "Balansräkning": "balansräkningen",
            "Kassaflödesanalys": "kassaflödesanalysen", "Balanskravsresultat": "balanskravsresultatet"}


@record
class Cell:
    """An input cell's value (kronor), the unit it was typed in and what it is, in words."""

    value: Decimal
    unit: Unit
    label: str


@record
class _Interval:
    low: Decimal
    high: Decimal
    finding: int


def _coefficients(finding: Finding) -> dict[Location, Decimal]:
    """Each single-cell term's coefficient in ``Σlhs − Σrhs`` (kronor per unit of the cell)."""
    out: dict[Location, Decimal] = {}
    f = finding.formula
    for sign, terms in ((1, f.lhs), (-1, f.rhs)):
        for t in terms:
            if len(t.cells) == 1 and t.cells[0].cell and ":" not in t.cells[0].cell:
                loc = t.cells[0]
                out[loc] = out.get(loc, Decimal(0)) + sign * t.coef
    return {k: v for k, v in out.items() if v}


def _usable(finding: Finding, passed: bool = False) -> bool:
    f = finding.formula
    return (finding.ok == passed and finding.severity == FEL and finding.unit in AMOUNT_UNITS and f is not None
            and f.op == "=" and not f.custom and not f.rhs_den
            and isinstance(finding.expected, Decimal) and isinstance(finding.actual, Decimal))


def _interval(finding: Finding, coef: Decimal, index: int) -> _Interval:
    """The corrections of one cell (in the cell's own unit) that make ``finding`` pass."""
    f = finding.formula
    diff = (finding.actual - finding.expected) * f.scale  # kronor
    centre = -diff / coef
    slack = f.tol / abs(coef)
    return _Interval(centre - slack, centre + slack, index)


def _best_overlap(intervals: list[_Interval]) -> tuple[list[_Interval], Decimal] | None:
    """The largest set of intervals sharing a point, and that point."""
    best: list[_Interval] | None = None
    for candidate in intervals:  # the most-covered point of closed intervals is a left end
        covering = [i for i in intervals if i.low <= candidate.low <= i.high]
        if best is None or len(covering) > len(best):
            best = covering
    if best is None:
        return None
    low, high = max(i.low for i in best), min(i.high for i in best)
    return best, (low + high) / 2


@record
class Derived:
    """A statement line computed from input lines (their signs), and the code of its own sum
    check: when that check fails the line was typed wrong and stands on its own."""

    leaves: tuple[tuple[Decimal, Location], ...]   # its immediate items
    code: str


def _effective(coefficients: dict[Location, Decimal], derived: Mapping[Location, Derived],
               broken: set[Location]) -> dict[Location, Decimal]:
    """A comparison's coefficients on input cells, also through the sum lines it uses that are
    consistent with their items (as a formula keeps them): fordringar moves summa tillgångar.
    A sum line whose own check fails was typed wrong: nothing below it moves it."""
    out = dict(coefficients)
    todo = list(coefficients.items())
    while todo:
        target, coef = todo.pop()
        d = derived.get(target)
        if d is None or target in broken:
            continue
        for sign, item in d.leaves:
            out[item] = out.get(item, Decimal(0)) + coef * sign
            todo.append((item, coef * sign))
    return {k: v for k, v in out.items() if v}


def _breaks(passing: list[Finding], loc: Location, correction: Decimal, derived, broken) -> bool:
    """Whether correcting ``loc`` would make a comparison that agrees today disagree (then
    the cell is not the wrong one: the printed −408 792 does not make intäkter wrong when
    the notes sum to the intäkter as printed)."""
    for r in passing:
        coef = _effective(_coefficients(r), derived, broken).get(loc)
        if coef is None:
            continue
        iv = _interval(r, coef, 0)
        if not iv.low <= correction <= iv.high:
            return True
    return False


def collapse(findings: list[Finding], cells: Mapping[Location, Cell],
             derived: Mapping[Location, Derived] = {}, minimum: int = 2) -> list[Finding]:
    """``findings`` with each group of comparisons that one wrong cell explains replaced by
    one finding at that cell (code ``siffra-motsagd``), in the place of the group's first."""
    findings = list(findings)
    while True:
        usable = [i for i, r in enumerate(findings) if _usable(r)]
        broken = {loc for loc, d in derived.items()
                  if any(not r.ok and r.code == d.code and r.location == loc for r in findings)}
        by_cell: dict[Location, list[_Interval]] = {}
        direct: dict[Location, int] = {}
        for i in usable:
            own = _coefficients(findings[i])
            for loc, coef in _effective(own, derived, broken).items():
                if loc in cells:
                    by_cell.setdefault(loc, []).append(_interval(findings[i], coef, i))
                    direct[loc] = direct.get(loc, 0) + (loc in own)
        candidates = []
        for loc, intervals in by_cell.items():
            if len(intervals) < minimum:
                continue
            found = _best_overlap(intervals)
            if not found or len(found[0]) < minimum:
                continue
            # most comparisons explained; then an input line over a sum line; then most direct
            candidates.append(((len(found[0]), loc not in derived, direct.get(loc, 0)), loc, found))
        candidates.sort(key=lambda c: c[0], reverse=True)
        passing = [r for r in findings if _usable(r, passed=True)]
        valid = [c for c in candidates if not _breaks(passing, c[1], c[2][1], derived, broken)]
        if not valid:
            return findings
        rank, loc, (group, correction) = valid[0]
        members = sorted({i.finding for i in group})
        # cells that explain exactly the same comparisons cannot be told apart (kassa och bank
        # and kortfristiga placeringar enter the same sums): the finding names them all, at
        # the one that is not 0 (an empty line is typed as 0 more often than a figure is)
        twins = [c for c in valid if c[0] == rank and sorted({i.finding for i in c[2][0]}) == members]
        if len(twins) > 1:
            twins.sort(key=lambda c: abs(cells[c[1]].value), reverse=True)
            rank, loc, (group, correction) = twins[0]
        others = [cells[c[1]].label for c in twins if c[1] != loc]
        merged = _merged(loc, cells[loc], correction, [findings[i] for i in members], others)
        first = members[0]
        findings = [merged if i == first else r for i, r in enumerate(findings) if i == first or i not in members]


def _merged(loc: Location, cell: Cell, correction: Decimal, group: list[Finding], others=()) -> Finding:
    unit = cell.unit
    actual = cell.value / unit.scale
    step = Decimal(1).scaleb(-max(unit.decimals, 0))
    expected = (actual + correction).quantize(step) if (correction / step) % 1 == 0 or not unit.exact \
        else actual + correction
    places = _places(group, loc)
    message = (f"{cell.label} är {{actual}}, men {len(group)} kontroller som jämför den "
               f"med andra ställen säger {{expected}}: {places}. Rätta den här siffran"
               + (f" (eller {' eller '.join(o[0].lower() + o[1:] for o in others)}, som ingår på samma sätt)"
                  if others else "") + ", så stämmer de alla.")
    # the comparison made at the cell itself (its own sum, a note against its post) keeps its
    # code; otherwise the cell is only repeated elsewhere, and the finding says so
    own = next((r for r in group if r.location == loc), None)
    first = own or group[0]
    return replace(first, code=own.code if own else "siffra-motsagd", location=loc, expected=expected, actual=actual, unit=unit.name,
                   message=message, description=first.description if own else
                   "En siffra som flera andra ställen i rapporten motsäger",
                   tolerance=Decimal(0), decimals=max(unit.decimals, 0), blocks=True)


def _places(group: Iterable[Finding], loc: Location) -> str:
    """The comparisons that point at the cell, by what each checks."""
    seen: list[str] = []
    for r in group:
        what = r.description or r.code
        if what not in seen:
            seen.append(what)
    return "; ".join(seen)


def annual_cells(f) -> tuple[dict[Location, Cell], dict[Location, Derived]]:
    """The annual report's amounts that comparisons share (every statement line, the budget
    follow-up's amounts, the five-year overview, the notes) and the statement lines computed
    from others (a sum line -> its input lines with their signs)."""
    from .statements import STATEMENTS, YEAR_WORDS, sum_line_code

    cells: dict[Location, Cell] = {}
    derived: dict[Location, Derived] = {}
    for spec, attr in STATEMENTS:
        st = getattr(f, attr)
        for ln in spec.lines:
            if ln.heading:
                continue
            for year in spec.years:
                loc, value = st.loc(ln.key, year), st.value(ln.key, year)
                if loc.cell is None or value is None:
                    continue
                where = DEFINITE.get(spec.name, f"bladet {spec.name}")
                cells[loc] = Cell(value, st.unit, f"{ln.label} ({YEAR_WORDS[year]}) i {where}")
                if ln.formula:
                    derived[loc] = Derived(tuple((Decimal(sign), st.loc(item, year))
                                                 for sign, item in ln.terms()), sum_line_code(attr, ln))
    for rows, keys, name in ((f.budget, ("budget", "utfall", "utfall_fg"), lambda r: r.post),
                             (f.five_years, ("intakter", "kostnader", "resultat"), lambda r: str(r.ar)),
                             (f.notes, ("i_ar", "fg_ar"), lambda r: f"not {r.not_nr}, {r.post}")):
        for r in rows:
            for key in keys:
                value, loc = getattr(r, key), r.src.loc(key)
                if value is not None and loc.cell:
                    cells[loc] = Cell(value, r.src.unit_of(key) or Unit("kr"), f"{name(r)} ({key.replace('_', ' ')}) "
                                      f"i bladet {loc.sheet}")
    return cells, derived

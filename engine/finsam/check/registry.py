"""One registry of small named check functions (beancount-style plugins: plain functions
taking the model and yielding findings), and the helpers that make findings.

Every finding's code is in the catalogue (``check.catalogue``): its severity and what it
checks come from there. Amounts are compared the way rounded figures can agree
(``reconcile``): each figure stands for an exact value within half a unit of its last
printed digit, so a sum and its items are consistent when the difference is at most the
sum of those halves (XBRL Calculations 1.1, round to nearest). The tolerance follows from
the precisions the workbooks declare, never from a constant of the check.
"""
from __future__ import annotations

import functools

from decimal import Decimal
from typing import Callable, Iterable, Sequence

from .. import fmt
from ..errors import Location
from ..findings import FEL, Finding, Formula, Term
from ..records import record
from ..units import Unit, percent_half
from .catalogue import lookup

CheckFn = Callable[..., Iterable[Finding]]
# One registry of check functions per document kind (the kind's key); each kind's checks
# take what that kind's model offers, e.g. the annual report's (Forbund, Figures).
REGISTRY: dict[str, list[CheckFn]] = {}
ZERO, ONE = Decimal(0), Decimal(1)


def checker(kind: str):
    """The decorator that registers a check function for the document kind ``kind``."""
    registered = REGISTRY.setdefault(kind, [])

    def check(fn: CheckFn) -> CheckFn:
        registered.append(fn)
        return fn
    return check


def run(kind: str, *args) -> list[Finding]:
    """Every registered check of ``kind`` on ``args``, findings in registration order."""
    return [r for fn in REGISTRY.get(kind, ()) for r in fn(*args)]


def _finding(code: str, ok: bool, location: Location, expected, actual, unit: str, message: str,
             tolerance=ZERO, formula: Formula | None = None, decimals: int | None = None) -> Finding:
    c = lookup(code)
    return Finding(code, c.severity, ok, location, expected, actual, unit, message, c.title, tolerance,
                   formula, decimals, blocks=c.severity == FEL or (c.severity == "saknas" and c.blocks))


# -- figures with their precision -----------------------------------------------------------

@record
class Fig:
    """A figure as reported: its value (kronor for an amount), its cell, how far the exact
    value behind it may lie (half its last digit, in the value's unit), the unit it was
    typed in (so the auditor's formula can turn the cell into kronor) and a sign or factor
    for a sum."""

    value: Decimal | None
    loc: Location
    half: Decimal = ZERO
    unit: Unit | None = None
    coef: Decimal = ONE

    def times(self, coef) -> "Fig":
        return Fig(self.value, self.loc, self.half, self.unit, self.coef * Decimal(coef))

    @property
    def scale(self) -> Decimal:
        return self.unit.scale if self.unit is not None else ONE


def amount(record, key: str) -> Fig:
    """An amount of a record (a table row or a form) with its unit's precision."""
    unit = record.src.unit_of(key)
    return Fig(getattr(record, key), record.src.loc(key), unit.half if unit else ZERO, unit)


def line(st, key: str, year: str = "i_ar") -> Fig:
    """A line of a statement with the statement's precision."""
    unit = st.unit
    return Fig(st.value(key, year), st.loc(key, year), unit.half, unit)


def share(record, key: str) -> Fig:
    """A percentage typed as a share (0,33), precise to its last typed digit."""
    value = getattr(record, key)
    return Fig(value, record.src.loc(key), percent_half(value) if value is not None else ZERO)


def exact(value, loc: Location) -> Fig:
    """A figure without rounding: a count, or a value the engine computed exactly."""
    return Fig(Decimal(value) if value is not None else None, loc)


def _terms(items: Sequence[Fig]) -> tuple[Term, ...]:
    return tuple(Term(f.coef * f.scale, (f.loc,)) for f in items if f.loc.cell)


def _difference_text(value: Decimal, show: Unit | None) -> str:
    """A difference in the precision of the unit shown, with one more decimal when it is
    small ("skiljer 127 tkr", "skiljer 1,6 tkr"), never more digits than it has."""
    if show is None:
        return fmt.with_unit(value, "")
    decimals = max(show.decimals, 0)
    if value < 10 * Decimal(1).scaleb(-decimals):
        decimals += 1
    rounded = value.quantize(Decimal(1).scaleb(-decimals))
    while not rounded and value and decimals < 6:
        decimals += 1
        rounded = value.quantize(Decimal(1).scaleb(-decimals))
    return fmt.with_unit(rounded.quantize(ONE) if rounded == rounded.to_integral() else rounded, show.name)


def reconcile(code: str, target: Fig | Sequence[Fig], items: Sequence[Fig], *, what: str,
              show: Unit | None = None, hint: str = "", target_coef=ONE) -> Finding | None:
    """``target`` (one figure, or several that are summed, e.g. a group's rows in a summary
    table) equals the sum of ``items`` (each with its sign) within the rounding their
    precisions can explain. None when the target is not reported (a blank is not zero)."""
    targets = list(target) if isinstance(target, (list, tuple)) else [target]
    reported = [t for t in targets if t.value is not None]
    if not reported:
        return None
    target = Fig(sum((t.coef * t.value for t in reported), ZERO), targets[0].loc,
                 sum((abs(t.coef) * t.half for t in reported), ZERO), targets[0].unit)
    expected = sum((f.coef * f.value for f in items if f.value is not None), ZERO)
    tolerance = target.half + sum((abs(f.coef) * f.half for f in items if f.value is not None), ZERO)
    actual = target.value * target_coef
    difference = actual - expected
    ok = abs(difference) <= tolerance
    show = show or target.unit
    scale = show.scale if show is not None else ONE
    unit = show.name if show is not None else ""
    if ok:
        message = f"{what}: {{actual}}, stämmer."
    else:
        explain = (f"avrundningen kan förklara högst {fmt.with_unit(tolerance / scale, unit)}" if tolerance
                   else "beloppen är exakta")
        message = (f"{what} ska vara {{expected}} men är {{actual}}: skiljer "
                   f"{_difference_text(abs(difference) / scale, show)}; {explain}." + (f" {hint}" if hint else ""))
    formula = Formula(tuple(Term(t.coef * t.scale * Decimal(target_coef), (t.loc,)) for t in reported
                            if t.loc.cell), _terms(items), tol=tolerance, scale=scale)
    return _finding(code, ok, target.loc, expected / scale, actual / scale, unit, message,
                    tolerance / scale, formula, show.decimals if show is not None else None)


# -- findings of other shapes -------------------------------------------------------------

def compare(code: str, location: Location, expected, actual, unit: str, *, what: str,
            tol: Decimal = ZERO, formula: Formula | None = None, hint: str = "") -> Finding:
    """A finding for ``actual == expected`` within ``tol`` (counts, dates, numbers that
    are not reported amounts)."""
    ok = expected is not None and actual is not None and abs(expected - actual) <= tol
    if ok:
        message = f"{what}: {{actual}}, stämmer."
    else:
        message = f"{what} ska vara {{expected}} men är {{actual}}." + (f" {hint}" if hint else "")
    return _finding(code, ok, location, expected, actual, unit, message, tol, formula)


def flag(code: str, location: Location, expected, actual, unit: str = "", *,
         what: str, hint: str = "", formula: Formula | None = None) -> Finding:
    """A finding that did not pass, for rules that are not arithmetic (a name, a gap)."""
    return _finding(code, False, location, expected, actual, unit, _flag_message(what, hint), ZERO, formula)


@functools.lru_cache(maxsize=256)
def _flag_message(what: str, hint: str) -> str:
    """One text object for every finding of a rule and column (a big table can have a
    finding per row)."""
    return f"{what}: förväntade {{expected}}, hittade {{actual}}." + (f" {hint}" if hint else "")


def verdict(code: str, ok: bool, location: Location, expected, actual, message: str, unit: str = "",
            formula: Formula | None = None) -> Finding:
    """A finding decided elsewhere (the model decides a goal; the check reports it)."""
    return _finding(code, ok, location, expected, actual, unit, message, ZERO, formula)


def limit(code: str, location: Location, value, bound, unit: str, *, op: str, what: str,
          ok: bool | None = None, formula: Formula | None = None, ok_text: str = "",
          fail_text: str = "", show: Unit | None = None) -> Finding:
    """A finding for ``value op bound`` (op '<=' or '>='); ``ok`` when the model has decided
    it. Amounts are kronor, shown in ``show``."""
    if ok is None:
        ok = value <= bound if op == "<=" else value >= bound
    word = "högst" if op == "<=" else "minst"
    message = (ok_text or f"{what}: {{actual}}, {word} {{expected}}, uppfyllt.") if ok else \
        (fail_text or f"{what} är {{actual}} men ska vara {word} {{expected}}.")
    if show is not None:  # kronor shown in the unit of the table they come from
        unit = show.name
        bound = bound / show.scale if bound is not None else None
        value = value / show.scale if value is not None else None
    return _finding(code, ok, location, bound, value, unit, message, ZERO, formula,
                    show.decimals if show is not None else None)


def missing_figure(code: str, location: Location, what: str, hint: str = "") -> Finding:
    """A figure the document needs is not reported (saknas)."""
    return _finding(code, False, location, "ett värde", "en tom cell", "",
                    f"{what} saknas: förväntade {{expected}}, hittade {{actual}}." + (f" {hint}" if hint else ""))


def missing_link(location: Location, found: str) -> Finding:
    """A "Föregående års mapp" that could not be read: last year's figures are not compared."""
    return _finding("foregaende-ar-saknas", False, location, "en mapp med föregående års arbetsbok", found, "",
                    "Föregående års mapp: förväntade {expected}, hittade {actual}. Årets jämförelsetal har inte "
                    "kontrollerats mot förra årets rapport; rätta sökvägen eller töm cellen.")


def condition(excel: str, *cells: Location) -> Formula:
    """An Excel condition over cells/ranges {0}, {1} … that yields "OK" or "FEL"."""
    return Formula((), (), custom=excel, cells=tuple(cells))


def ref(loc: Location, coef=1) -> Term:
    return Term(Decimal(coef), (loc,))


def span(first, last, key: str) -> Location:
    """The range of column ``key`` from the row of ``first`` to the row of ``last`` (two Srcs)."""
    a, b = first.ref(key), last.ref(key)
    return first.loc(key) if a == b else first.loc(key).at(f"{a}:{b}")


def all_rows_pass(code: str, rows, location: Location, what: str, formula: Formula) -> Finding:
    """One passing finding for a rule checked on every row of a table: the auditor's
    formula covers the whole range; failing rows are reported one by one instead."""
    n = Decimal(len(rows))
    return _finding(code, True, location, n, n, "st", f"{what}: alla {{actual}} rader stämmer.", ZERO, formula)


def column_range(first: Location, last_row: int) -> Location | None:
    """The range from ``first`` down to ``last_row`` in the same column, or None if empty."""
    if not first.cell:
        return None
    letters = first.cell.rstrip("0123456789")
    start = int(first.cell[len(letters):])
    if last_row < start:
        return None
    return first.at(f"{letters}{start}:{letters}{last_row}")

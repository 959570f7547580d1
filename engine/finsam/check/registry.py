"""One registry of small named check functions (beancount-style plugins: plain
functions taking the model and yielding findings), and the helpers that make findings."""
from __future__ import annotations

from decimal import Decimal
from typing import Callable, Iterable

from ..errors import Location
from ..findings import FEL, Finding, Formula, Term

CheckFn = Callable[..., Iterable[Finding]]
# One registry of check functions per document kind (the kind's key); each kind's checks
# take what that kind's model offers, e.g. the annual report's (Forbund, Figures).
REGISTRY: dict[str, list[CheckFn]] = {}
DESCRIPTIONS: dict[str, str] = {}


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


def describe(code: str, description: str) -> str:
    DESCRIPTIONS.setdefault(code, description)
    return description


def ref(loc: Location, coef=1) -> Term:
    return Term(Decimal(coef), (loc,))


def compare(code: str, description: str, location: Location, expected, actual, unit: str, *,
            what: str, tol: Decimal = Decimal(0), severity: str = FEL,
            formula: Formula | None = None, hint: str = "") -> Finding:
    """A finding for ``actual == expected`` within ``tol``."""
    describe(code, description)
    ok = expected is not None and actual is not None and abs(expected - actual) <= tol
    if ok:
        message = f"{what}: {{actual}}, stämmer."
    else:
        message = f"{what} ska vara {{expected}} men är {{actual}}." + (f" {hint}" if hint else "")
    return Finding(code, severity, ok, location, expected, actual, unit, message, description,
                   tol, formula)


def flag(code: str, description: str, location: Location, expected, actual, unit: str = "", *,
         what: str, hint: str = "", severity: str = FEL, formula: Formula | None = None) -> Finding:
    """A finding that did not pass, for rules that are not arithmetic (a name, a gap)."""
    describe(code, description)
    message = f"{what}: förväntade {{expected}}, hittade {{actual}}." + (f" {hint}" if hint else "")
    return Finding(code, severity, False, location, expected, actual, unit, message, description,
                   Decimal(0), formula)


def condition(excel: str, *cells: Location) -> Formula:
    """An Excel condition over cells/ranges {0}, {1} … that yields "OK" or "FEL"."""
    return Formula((), (), custom=excel, cells=tuple(cells))


def span(first, last, key: str) -> Location:
    """The range of column ``key`` from the row of ``first`` to the row of ``last`` (two Srcs)."""
    a, b = first.ref(key), last.ref(key)
    return first.loc(key) if a == b else first.loc(key).at(f"{a}:{b}")


def all_rows_pass(code: str, description: str, rows, location: Location, what: str,
                  formula: Formula) -> Finding:
    """One passing finding for a rule checked on every row of a table: the auditor's
    formula covers the whole range; failing rows are reported one by one instead."""
    describe(code, description)
    n = Decimal(len(rows))
    return Finding(code, FEL, True, location, n, n, "st", f"{what}: alla {{actual}} rader stämmer.",
                   description, Decimal(0), formula)


def column_range(first: Location, last_row: int) -> Location | None:
    """The range from ``first`` down to ``last_row`` in the same column, or None if empty."""
    if not first.cell:
        return None
    letters = first.cell.rstrip("0123456789")
    start = int(first.cell[len(letters):])
    if last_row < start:
        return None
    return first.at(f"{letters}{start}:{letters}{last_row}")


def limit(code: str, description: str, location: Location, value, bound, unit: str, *,
          op: str, what: str, severity: str, formula: Formula | None = None,
          ok_text: str = "", fail_text: str = "") -> Finding:
    """A finding for ``value op bound`` (op '<=' or '>=')."""
    describe(code, description)
    ok = value <= bound if op == "<=" else value >= bound
    word = "högst" if op == "<=" else "minst"
    message = (ok_text or f"{what}: {{actual}}, {word} {{expected}}, uppfyllt.") if ok else \
        (fail_text or f"{what} är {{actual}} men ska vara {word} {{expected}}.")
    return Finding(code, severity, ok, location, bound, value, unit, message, description,
                   Decimal(0), formula)

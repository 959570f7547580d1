"""What a check reports, as data: one evaluated rule, passed or not, with its location.

Shared by the check stage (which makes findings), the renderers (a draft lists them, the
auditor's workbook recomputes them) and the front ends (which count and show them).
"""
from __future__ import annotations

from dataclasses import dataclass, field
from decimal import Decimal
from typing import Any

from . import fmt
from .errors import Location

FEL = "fel"              # broken arithmetic: blocks the build
AVVIKELSE = "avvikelse"  # a policy goal not met: reported, never blocks
SEVERITIES = (FEL, AVVIKELSE)

# Named tolerances. Everything not listed here is compared exactly.
KRONOR_EXAKT = Decimal(0)
TKR_AVRUNDNING = Decimal("0.5")        # one kronor amount shown in whole tkr
TKR_SUMMA_AVRUNDNING = Decimal(1)      # a sum of kronor amounts against a tkr figure
PROCENTENHET_AVRUNDNING = Decimal("0.005")  # a percentage shown in whole percent
ANDEL_EXAKT = Decimal("0.0001")        # shares of the allocation (50 %, 25 %, ...)

TOLERANCE_NAMES = {
    KRONOR_EXAKT: "exakt",
    TKR_AVRUNDNING: "±0,5 tkr (avrundning till hela tkr)",
    TKR_SUMMA_AVRUNDNING: "±1 tkr (avrundning av summa till tkr)",
    PROCENTENHET_AVRUNDNING: "±0,5 procentenheter (avrundning till hela procent)",
    ANDEL_EXAKT: "±0,01 procentenheter",
}


@dataclass(frozen=True)
class Term:
    """coef × product of the values in ``cells`` (one cell for a plain reference)."""

    coef: Decimal
    cells: tuple[Location, ...]


@dataclass(frozen=True)
class Formula:
    """The identity behind a finding, over input cells, so that an auditor's
    spreadsheet can recompute it: ``Σlhs  op  Σrhs / Σrhs_den`` within ``tol``
    (no ``rhs_den`` means a plain sum)."""

    lhs: tuple[Term, ...]
    rhs: tuple[Term, ...]
    op: str = "="            # '=', '<=', '>='
    tol: Decimal = Decimal(0)
    rhs_den: tuple[Term, ...] = ()
    custom: str | None = None          # an Excel condition giving "OK"/"FEL" over {0}, {1} …
    cells: tuple[Location, ...] = ()   # the cells or ranges {0}, {1} … of ``custom``


@dataclass(frozen=True)
class Finding:
    code: str
    severity: str
    ok: bool
    location: Location
    expected: Any
    actual: Any
    unit: str
    message: str                  # may contain {expected} and {actual}
    description: str
    tolerance: Decimal = Decimal(0)
    formula: Formula | None = field(default=None, compare=False)

    def text(self) -> str:
        return self.message.format(expected=fmt.with_unit(self.expected, self.unit),
                                   actual=fmt.with_unit(self.actual, self.unit))

    @property
    def expected_text(self) -> str:
        return fmt.with_unit(self.expected, self.unit)

    @property
    def actual_text(self) -> str:
        return fmt.with_unit(self.actual, self.unit)

    def as_dict(self) -> dict:
        return {
            "kod": self.code, "allvarlighet": self.severity, "ok": self.ok,
            "arbetsbok": self.location.workbook, "blad": self.location.sheet,
            "cell": self.location.cell, "förväntat": self.expected_text,
            "faktiskt": self.actual_text, "meddelande": self.text(),
            "kontroll": self.description,
            "tolerans": TOLERANCE_NAMES.get(self.tolerance, str(self.tolerance)),
        }


def problems(results: list[Finding]) -> list[Finding]:
    """The findings that did not pass, fel before avvikelser."""
    order = {sev: i for i, sev in enumerate(SEVERITIES)}
    return sorted((r for r in results if not r.ok), key=lambda r: order[r.severity])


def tally(results: list[Finding]) -> tuple[int, int, int]:
    """(passed, fel, avvikelser): counted here once for the CLI, the web page, the roll-up."""
    fel = sum(1 for r in results if not r.ok and r.severity == FEL)
    avvikelser = sum(1 for r in results if not r.ok and r.severity == AVVIKELSE)
    return sum(1 for r in results if r.ok), fel, avvikelser


def has_errors(results: list[Finding]) -> bool:
    return any(not r.ok and r.severity == FEL for r in results)


# A systematic error (a renamed insats list, a column typed in tkr) repeats one finding on
# every row: screens show the first few of each code and say how many more there are.
SHOWN_PER_CODE = 10


def shown_per_code(rows: list, code=lambda r: r.code, limit: int = SHOWN_PER_CODE) -> list:
    """The rows to show, in order, at most ``limit`` of each code, each as (row, how many
    more of its code follow unshown: 0 except on the last shown row of a longer run)."""
    total: dict[str, int] = {}
    for row in rows:
        total[code(row)] = total.get(code(row), 0) + 1
    seen: dict[str, int] = {}
    shown = []
    for row in rows:
        key = code(row)
        seen[key] = seen.get(key, 0) + 1
        if seen[key] <= limit:
            shown.append((row, total[key] - limit if seen[key] == limit else 0))
    return shown

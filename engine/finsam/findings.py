"""What a check reports, as data: one evaluated rule, passed or not, with its location.

Shared by the check stage (which makes findings), the renderers (a draft lists them, the
auditor's workbook recomputes them) and the front ends (which count and show them).
"""
from __future__ import annotations

from dataclasses import field
from decimal import Decimal
from typing import Any

from . import fmt
from .errors import Location
from .records import record

FEL = "fel"              # broken arithmetic: blocks the build
AVVIKELSE = "avvikelse"  # a policy goal not met: reported, never blocks
SAKNAS = "saknas"        # a figure the document needs is not reported: blocks only if ``blocks``
TIPS = "tips"            # a suggestion (write a reference instead of a typed figure): never blocks
SEVERITIES = (FEL, SAKNAS, AVVIKELSE, TIPS)


@record
class Term:
    """coef × product of the values in ``cells`` (one cell for a plain reference)."""

    coef: Decimal
    cells: tuple[Location, ...]


@record
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
    scale: Decimal = Decimal(1)        # both sides are kronor; shown divided by this (1000: tkr)


@record
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
    tolerance: Decimal = Decimal(0)       # how far apart the two may be (rounding), in ``unit``
    formula: Formula | None = field(default=None, compare=False)
    decimals: int | None = None           # decimals to show the amounts with (their unit's)
    blocks: bool = False                  # stops a final build (every fel; a saknas that says so)

    def _show(self, value) -> str:
        return fmt.with_unit(value, self.unit, self.decimals)

    def text(self) -> str:
        return self.message.format(expected=self._show(self.expected), actual=self._show(self.actual))

    @property
    def expected_text(self) -> str:
        return self._show(self.expected)

    @property
    def actual_text(self) -> str:
        return self._show(self.actual)

    @property
    def tolerance_text(self) -> str:
        return "exakt" if not self.tolerance else "±" + fmt.with_unit(self.tolerance, self.unit, None)

    def as_dict(self) -> dict:
        return {
            "kod": self.code, "allvarlighet": self.severity, "ok": self.ok,
            "arbetsbok": self.location.workbook, "blad": self.location.sheet,
            "cell": self.location.cell, "förväntat": self.expected_text,
            "faktiskt": self.actual_text, "meddelande": self.text(),
            "kontroll": self.description, "tolerans": self.tolerance_text,
        }


def problems(results: list[Finding]) -> list[Finding]:
    """The findings that did not pass: fel, then saknas, then avvikelser."""
    order = {sev: i for i, sev in enumerate(SEVERITIES)}
    return sorted((r for r in results if not r.ok), key=lambda r: order[r.severity])


def tally(results: list[Finding]) -> tuple[int, int, int]:
    """(passed, fel, avvikelser): counted here once for the CLI, the web page, the roll-up."""
    fel = sum(1 for r in results if not r.ok and r.severity == FEL)
    avvikelser = sum(1 for r in results if not r.ok and r.severity == AVVIKELSE)
    return sum(1 for r in results if r.ok), fel, avvikelser


def missing(results: list[Finding]) -> int:
    """How many figures a document needs are not reported (saknas)."""
    return sum(1 for r in results if not r.ok and r.severity == SAKNAS)


def has_errors(results: list[Finding]) -> bool:
    """Whether a final build must stop: a fel, or a saknas that blocks."""
    return any(not r.ok and r.blocks for r in results)


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

"""What a check reports: one evaluated rule, passed or not, with its location."""
from __future__ import annotations

from dataclasses import dataclass, field
from decimal import Decimal
from typing import Any

from .. import fmt
from ..errors import Location

FEL = "fel"              # broken arithmetic: blocks the build
AVVIKELSE = "avvikelse"  # a policy goal not met: reported, never blocks

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

    @property
    def is_problem(self) -> bool:
        return not self.ok

    def as_dict(self) -> dict:
        return {
            "kod": self.code, "allvarlighet": self.severity, "ok": self.ok,
            "arbetsbok": self.location.workbook, "blad": self.location.sheet,
            "cell": self.location.cell, "förväntat": self.expected_text,
            "faktiskt": self.actual_text, "meddelande": self.text(),
            "kontroll": self.description,
            "tolerans": TOLERANCE_NAMES.get(self.tolerance, str(self.tolerance)),
        }

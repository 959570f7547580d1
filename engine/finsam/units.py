"""The unit a table's amounts are reported in, and how precise they are.

Each statement and table sheet declares in a cell (``Belopp i``) which unit its amounts are
in: kronor, tusental kronor (tkr) or miljoner (mkr), with a number of decimals, or exact
whole kronor as in the ledger. The reader converts every amount to kronor (the one internal
unit); the documents print each table in the unit its sheet declares; and every comparison
allows exactly the rounding the declared precisions can explain (XBRL Calculations 1.1,
"round to nearest": a figure printed with d decimals stands for an exact value within half
a unit of its last digit; a reconciliation is consistent when the intervals meet).
"""
from __future__ import annotations

import re
from decimal import Decimal

from .records import record

SCALES = {"kr": Decimal(1), "tkr": Decimal(1000), "mkr": Decimal(1_000_000)}
INFER = -1   # "med decimaler": as many decimals as the sheet's figures show


@record
class Unit:
    name: str            # "kr", "tkr" or "mkr"
    decimals: int = 0    # decimals printed in that unit (INFER until the reader has looked)
    exact: bool = False  # exact figures (whole kronor from the ledger): no rounding to explain

    @property
    def scale(self) -> Decimal:
        return SCALES[self.name]

    @property
    def half(self) -> Decimal:
        """Half of the last printed digit, in kronor: how far the exact value behind a printed
        figure can lie from it."""
        if self.exact:
            return Decimal(0)
        return self.scale * Decimal(5).scaleb(-max(self.decimals, 0) - 1)

    @property
    def label(self) -> str:
        """Swedish, as in the workbook's drop-down: "tkr med 2 decimaler"."""
        if self.exact:
            return f"{self.name}, exakt"
        if self.name == "kr" and self.decimals == 2:
            return "kr med ören"
        if self.decimals == INFER:
            return f"{self.name} med decimaler"
        if self.decimals:
            return f"{self.name} med {self.decimals} decimal" + ("er" if self.decimals > 1 else "")
        return self.name

    def to_kr(self, value: Decimal) -> Decimal:
        return value * self.scale

    def shown(self, kr: Decimal) -> Decimal:
        """A kronor amount in this unit (not rounded)."""
        return kr / self.scale

    def with_decimals(self, decimals: int) -> "Unit":
        return Unit(self.name, decimals, self.exact)


KR = Unit("kr")
KR_EXACT = Unit("kr", 0, exact=True)
TKR = Unit("tkr")

# The drop-down of a "Belopp i" cell; any text parse_unit understands is accepted too.
CHOICES = ("kr", "kr, exakt", "kr med ören", "tkr", "tkr med 1 decimal", "tkr med 2 decimaler",
           "mkr med 1 decimal", "mkr med 2 decimaler")

_WORDS = {"kr": "kr", "kronor": "kr", "kr.": "kr", "sek": "kr", "tkr": "tkr", "tusen kronor": "tkr",
          "tusental kronor": "tkr", "tsek": "tkr", "ksek": "tkr", "mkr": "mkr", "mnkr": "mkr",
          "miljoner kronor": "mkr", "msek": "mkr"}
_NUMBERS = {"en": 1, "ett": 1, "1": 1, "två": 2, "2": 2, "tre": 3, "3": 3}
_UNIT_RE = re.compile(r"^\s*(?:belopp i\s+)?(?P<unit>tusental kronor|tusen kronor|miljoner kronor|kronor|kr\.|"
                      r"tkr|mnkr|mkr|kr|ksek|tsek|msek|sek)\s*(?P<rest>.*?)\s*$", re.IGNORECASE)


def parse_unit(text: str) -> Unit | None:
    """The unit a "Belopp i" cell names, or None if it names none. Accepts "tkr", "Tkr med 2
    decimaler", "tkr, två decimaler", "tkr med decimaler" (decimals as the figures show),
    "kr, exakt", "kr med ören", "tusental kronor"."""
    m = _UNIT_RE.match(" ".join(text.replace("\u00a0", " ").split()))
    if not m:
        return None
    name = _WORDS[m.group("unit").casefold()]
    rest = m.group("rest").casefold().lstrip(",;:( ").rstrip(")")
    if not rest:
        return Unit(name)
    if rest in ("exakt", "exakta", "exakta belopp", "hela kronor, exakt"):
        return Unit(name, 0, exact=True) if name == "kr" else None
    if rest in ("med ören", "och ören", "ören"):
        return Unit(name, 2) if name == "kr" else None
    if rest in ("med decimaler", "decimaler"):
        return Unit(name, INFER)
    m2 = re.fullmatch(r"(?:med\s+)?(\w+)\s+decimal(?:er)?", rest)
    if m2 and m2.group(1) in _NUMBERS:
        return Unit(name, _NUMBERS[m2.group(1)])
    if rest in ("avrundat", "avrundade", "hela", "i hela tal"):
        return Unit(name)
    return None


def decimals_shown(value: Decimal) -> int:
    """The decimals a stored number shows, after undoing binary noise (15 significant digits,
    as Excel keeps): 1844.5 -> 1, 0.17499999999999999 -> 3."""
    if not value.is_finite() or value == 0:
        return 0
    exponent = value.normalize().as_tuple().exponent
    if exponent >= 0:
        return 0
    rounded = Decimal(format(value, ".15g")).normalize()
    return max(-rounded.as_tuple().exponent, 0)


def percent_half(value: Decimal) -> Decimal:
    """How precise a typed percentage (a share, 0,33 for 33 %) is: half of its last digit,
    never finer than the digits shown and never coarser than whole percent."""
    return Decimal(5).scaleb(-max(decimals_shown(value), 2) - 1)

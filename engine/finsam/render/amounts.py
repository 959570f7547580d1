"""Amounts as a document shows them: kronor turned into the unit the förbund reports the
table in, with that unit's decimals. The model keeps kronor; formatting is the filters'."""
from __future__ import annotations

from decimal import Decimal

from ..records import record
from ..units import KR, Unit, decimals_shown

MAX_TYPED_DECIMALS = 2


@record
class Shown:
    """An amount in the unit its table is reported in (``value`` already divided)."""

    value: Decimal
    decimals: int
    unit: str          # "kr", "tkr", "mkr"

    def __neg__(self) -> "Shown":
        return Shown(-self.value, self.decimals, self.unit)

    def __lt__(self, other) -> bool:  # templates compare with 0 ("ett underskott")
        return self.value < (other.value if isinstance(other, Shown) else other)

    def __ge__(self, other) -> bool:
        return self.value >= (other.value if isinstance(other, Shown) else other)


def shown(kr, unit: Unit | None = None, typed: bool = False) -> Shown | None:
    """``kr`` (kronor, or None when not reported) in ``unit``, with the unit's decimals. A
    figure ``typed`` in that unit keeps the decimals the förbund wrote (1 844,5 in a table
    of whole tkr), up to two."""
    if kr is None:
        return None
    unit = unit or KR
    value = Decimal(kr) / unit.scale
    decimals = max(unit.decimals, 0)
    if typed:
        decimals = max(decimals, min(decimals_shown(value), MAX_TYPED_DECIMALS))
    return Shown(value, decimals, unit.name)


def label(unit: Unit | None) -> str:
    """What a table's header says: "kr", "tkr", "tkr med 2 decimaler" -> "tkr"."""
    return (unit or KR).name

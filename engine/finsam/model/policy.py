"""The förbund's policy goals, decided once here and only read elsewhere (checks, documents,
the roll-up): eget kapital within the cap and above the floor, and the share of the
allocation that goes to individinriktade insatser. A goal the förbund has not set is
None: the figure is reported but not judged."""
from __future__ import annotations

from decimal import Decimal

from ..records import record


@record
class Ratio:
    numerator: Decimal
    denominator: Decimal
    numerator_label: str
    denominator_label: str

    @property
    def value(self) -> Decimal | None:
        if not self.denominator or self.numerator is None:
            return None
        return self.numerator / self.denominator


@record
class EquityPolicy:
    """Eget kapital against a cap (a share of the allocation) and a floor (an amount)."""

    value: Decimal             # eget kapital (actual, forecast or planned), in the caller's unit
    allocation: Decimal        # the year's driftsbidrag / tilldelade medel, same unit
    cap_share: Decimal | None  # e.g. 0,20; None: no cap set
    floor: Decimal | None      # None: no floor set

    @property
    def cap(self) -> Decimal | None:
        return None if self.cap_share is None else self.cap_share * self.allocation

    @property
    def share(self) -> Decimal | None:
        return self.value / self.allocation if self.allocation else None

    @property
    def within_cap(self) -> bool | None:
        return None if self.cap is None else self.value <= self.cap

    @property
    def above_floor(self) -> bool | None:
        return None if self.floor is None else self.value >= self.floor

    @property
    def met(self) -> bool | None:
        """Both set bounds hold; None when the förbund has set neither."""
        decided = [x for x in (self.within_cap, self.above_floor) if x is not None]
        return all(decided) if decided else None


@record
class ShareGoal:
    """At least ``goal`` of the denominator goes to individinriktade insatser."""

    ratio: Ratio
    goal: Decimal | None       # None: the förbund has no such goal

    @property
    def met(self) -> bool | None:
        if self.goal is None or self.ratio.value is None:
            return None
        return self.ratio.value >= self.goal

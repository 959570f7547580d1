"""An interim budget follow-up (budgetuppföljning) as typed, immutable records, with its
forecast eget kapital decided once. Pure: values in, no I/O."""
from __future__ import annotations

import datetime as dt
from decimal import Decimal

from ..errors import Location
from ..read.data import WorkbookData
from ..records import record
from ..schema import budgetuppfoljning as S
from ..units import TKR, Unit
from .base import Src, binds, find_row, form_record, records
from .budget import Groups, budget_groups, unreported_columns_blank
from .policy import EquityPolicy


@binds(S.FOLLOWUP_FACTS)
@record
class FollowUpFacts:
    forbund: str
    ar: int
    per: dt.date
    ek_ingaende: Decimal | None
    foregaende_ar: str | None
    driftsbidrag: Decimal | None
    ek_tak: Decimal | None
    ek_golv: Decimal | None
    bilaga_datum: dt.date | None
    bilaga_nr: int | None
    src: Src


@binds(S.FOLLOWUP_LINES)
@record
class FollowUpRow:
    grupp: str | None
    radtyp: str
    post: str
    budget: Decimal | None
    utfall: Decimal | None
    prognos: Decimal | None
    src: Src


@record
class EquityStart:
    """Eget kapital at the start of the year, in kronor, where it comes from and the unit it
    was reported in (its precision)."""

    value: Decimal
    loc: Location
    from_previous_year: bool   # True: last year's ekonomi.xlsx; False: typed in the follow-up
    unit: Unit = TKR


@record
class FollowUp:
    facts: FollowUpFacts
    groups: Groups
    rows: tuple[FollowUpRow, ...]
    source: str
    previous_equity: EquityStart | None = None   # from last year's ekonomi.xlsx, when known

    @property
    def unit(self) -> Unit:
        """The unit the follow-up's table is reported in."""
        return self.rows[0].src.unit if self.rows and self.rows[0].src.unit else TKR

    def row(self, radtyp: str, grupp: str | None = None) -> FollowUpRow | None:
        return find_row(self.rows, radtyp, grupp)

    @property
    def start(self) -> EquityStart | None:
        """Last year's ekonomi.xlsx wins over the typed figure (which is then checked)."""
        if self.previous_equity is not None:
            return self.previous_equity
        if self.facts.ek_ingaende is not None:
            return EquityStart(self.facts.ek_ingaende, self.facts.src.loc("ek_ingaende"), False, TKR)
        return None

    @property
    def result(self) -> Decimal | None:
        row = self.row("Resultat")
        return row.prognos if row is not None else None

    @property
    def allocation(self) -> Decimal | None:
        """The denominator of the cap, in kronor: the driftsbidrag typed, else the budgeted income."""
        if self.facts.driftsbidrag is not None:
            return self.facts.driftsbidrag
        totals = [r for r in self.rows if r.radtyp == "Summa grupp" and self.groups.kind_of(r.grupp) == "Intäkter"]
        if totals and all(r.budget is not None for r in totals):
            return sum((r.budget for r in totals), Decimal(0))
        return None

    @property
    def equity(self) -> EquityPolicy | None:
        """Prognos eget kapital = eget kapital at the start + the forecast result, against the
        cap and floor (kronor); None when either part is unknown."""
        start, result = self.start, self.result
        if start is None or result is None:
            return None
        floor = self.facts.ek_golv
        allocation = self.allocation
        cap_share = self.facts.ek_tak if allocation is not None else None
        return EquityPolicy(start.value + result, allocation or Decimal(0), cap_share, floor)


def build(book: WorkbookData, previous_equity: EquityStart | None = None) -> FollowUp:
    s = book.sheets
    return FollowUp(form_record(FollowUpFacts, s["uppgifter"]), budget_groups(s.get("budgetgrupper"), book.source.name),
                    unreported_columns_blank(records(s["uppfoljning"], FollowUpRow, radtyp="Rad"),
                                             ("budget", "utfall", "prognos")), book.source.name, previous_equity)


def closing_equity(previous) -> EquityStart | None:
    """Last year's closing eget kapital (a PreviousYear of the annual report), in kronor."""
    if previous is None or not previous.br.has("eget_kapital"):
        return None
    return EquityStart(previous.br.get("eget_kapital"), previous.br.loc("eget_kapital"), True, previous.br.unit)

"""An interim budget follow-up (budgetuppföljning) as typed, immutable records, with its
forecast eget kapital decided once. Pure: values in, no I/O."""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from decimal import Decimal

from ..errors import Location
from ..read.data import WorkbookData
from ..schema import budgetuppfoljning as S
from .base import Src, binds, find_row, form_record, records
from .policy import EquityPolicy

THOUSAND = Decimal(1000)


@binds(S.FOLLOWUP_FACTS)
@dataclass(frozen=True)
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
@dataclass(frozen=True)
class FollowUpRow:
    grupp: str | None
    radtyp: str
    post: str
    budget: Decimal | None
    utfall: Decimal | None
    prognos: Decimal | None
    src: Src


@dataclass(frozen=True)
class EquityStart:
    """Eget kapital at the start of the year, in tkr, and where it comes from."""

    value: Decimal
    loc: Location
    from_previous_year: bool   # True: last year's ekonomi.xlsx; False: typed in the follow-up


@dataclass(frozen=True)
class FollowUp:
    facts: FollowUpFacts
    rows: tuple[FollowUpRow, ...]
    source: str
    previous_equity: EquityStart | None = None   # from last year's ekonomi.xlsx, when known

    def row(self, radtyp: str, grupp: str | None = None) -> FollowUpRow | None:
        return find_row(self.rows, radtyp, grupp)

    @property
    def start(self) -> EquityStart | None:
        """Last year's ekonomi.xlsx wins over the typed figure (which is then checked)."""
        if self.previous_equity is not None:
            return self.previous_equity
        if self.facts.ek_ingaende is not None:
            return EquityStart(self.facts.ek_ingaende, self.facts.src.loc("ek_ingaende"), False)
        return None

    @property
    def result(self) -> Decimal | None:
        row = self.row("Resultat")
        return row.prognos if row is not None else None

    @property
    def allocation(self) -> Decimal | None:
        """The denominator of the cap, in tkr: the driftsbidrag typed, else the budgeted income."""
        if self.facts.driftsbidrag is not None:
            return self.facts.driftsbidrag / THOUSAND
        income = self.row("Summa grupp", "Intäkter")
        return income.budget if income is not None else None

    @property
    def equity(self) -> EquityPolicy | None:
        """Prognos eget kapital = eget kapital at the start + the forecast result, against the
        cap and floor (tkr); None when either part is unknown."""
        start, result = self.start, self.result
        if start is None or result is None:
            return None
        floor = self.facts.ek_golv / THOUSAND if self.facts.ek_golv is not None else None
        allocation = self.allocation
        cap_share = self.facts.ek_tak if allocation is not None else None
        return EquityPolicy(start.value + result, allocation or Decimal(0), cap_share, floor)


def build(book: WorkbookData, previous_equity: EquityStart | None = None) -> FollowUp:
    s = book.sheets
    return FollowUp(form_record(FollowUpFacts, s["uppgifter"]), records(s["uppfoljning"], FollowUpRow, radtyp="Rad"),
                    book.source.name, previous_equity)


def closing_equity(previous) -> EquityStart | None:
    """Last year's closing eget kapital (a PreviousYear of the annual report), in tkr."""
    if previous is None or not previous.br.has("eget_kapital"):
        return None
    return EquityStart(previous.br.get("eget_kapital") / THOUSAND, previous.br.loc("eget_kapital"), True)

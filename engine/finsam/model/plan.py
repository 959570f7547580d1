"""Verksamhetsplan och budget: typed records and the member contributions computed from
the state's allocation."""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from decimal import ROUND_FLOOR, Decimal

from ..read import WorkbookData
from .build import form_record, records, statement
from .types import Src, Statement

PLAN_YEARS = ("ar1", "ar2", "ar3")


@dataclass(frozen=True)
class PlanFacts:
    forbund: str
    forsta_ar: int
    beslutsdatum: dt.date | None
    staten_1: Decimal
    staten_2: Decimal
    staten_3: Decimal
    ek_tak: Decimal
    ek_golv: Decimal
    individ_mal: Decimal | None
    individ_namnare: str | None
    src: Src

    def year(self, key: str) -> int:
        return self.forsta_ar + int(key[-1]) - 1

    def state(self, key: str) -> Decimal:
        return getattr(self, f"staten_{key[-1]}")


@dataclass(frozen=True)
class PlanMember:
    namn: str
    kategori: str
    andel: Decimal
    grund: str | None
    src: Src


@dataclass(frozen=True)
class TypedContribution:
    namn: str
    ar1: Decimal | None
    ar2: Decimal | None
    ar3: Decimal | None
    src: Src


@dataclass(frozen=True)
class PlanRow:
    grupp: str | None
    radtyp: str
    post: str
    insatstyp: str | None
    ar1: Decimal | None
    ar2: Decimal | None
    ar3: Decimal | None
    src: Src


@dataclass(frozen=True)
class SummaryRow:
    grupp: str | None
    radtyp: str
    post: str
    ar1: Decimal | None
    ar2: Decimal | None
    ar3: Decimal | None
    src: Src


@dataclass(frozen=True)
class PlanGoal:
    kategori: str
    mal: str
    indikator: str | None
    src: Src


@dataclass(frozen=True)
class PlanText:
    rubrik: str
    text: str | None
    src: Src


@dataclass(frozen=True)
class Plan:
    facts: PlanFacts
    members: tuple[PlanMember, ...]
    typed: tuple[TypedContribution, ...]
    budget: tuple[PlanRow, ...]
    summary: tuple[SummaryRow, ...]
    rb: Statement
    bb: Statement
    goals: tuple[PlanGoal, ...]
    texts: tuple[PlanText, ...]
    source: str


@dataclass(frozen=True)
class Contribution:
    member: str
    kategori: str
    exact: Decimal       # total × share, unrounded
    amount: Decimal      # whole tkr


def contributions(members, state_tkr: Decimal) -> list[Contribution]:
    """Each member's contribution in whole tkr from the state's allocation.

    The total is the state's allocation divided by the state's share. The state keeps its
    amount; the region's and the kommuner's exact shares are rounded down to whole tkr and
    the remaining tkr go, one each, to the largest remainders (ties in listed order), so
    that region + kommuner = staten exactly, as the law's half-and-half requires."""
    state_share = sum((m.andel for m in members if m.kategori == "Staten"), Decimal(0))
    if not state_share:
        return []
    total = state_tkr / state_share
    out = []
    others = []
    for i, m in enumerate(members):
        exact = total * m.andel
        if m.kategori == "Staten":
            out.append([m, exact, exact])
        else:
            floor = exact.to_integral_value(ROUND_FLOOR)
            out.append([m, exact, floor])
            others.append((exact - floor, -i, len(out) - 1))
    state_sum = sum((row[2] for row in out if row[0].kategori == "Staten"), Decimal(0))
    left = int(state_sum - sum((row[2] for row in out if row[0].kategori != "Staten"), Decimal(0)))
    for _, _, idx in sorted(others, reverse=True)[:max(left, 0)]:
        out[idx][2] += 1
    return [Contribution(m.namn, m.kategori, exact, amount) for m, exact, amount in out]


def build_plan(book: WorkbookData) -> Plan:
    s = book.sheets
    return Plan(
        facts=form_record(PlanFacts, s["uppgifter"]),
        members=records(s["medlemmar"], PlanMember),
        typed=records(s["bidrag"], TypedContribution),
        budget=records(s["budget"], PlanRow, radtyp="Rad"),
        summary=records(s["sammanstallning"], SummaryRow, radtyp="Rad"),
        rb=statement("rb", s["rb"]),
        bb=statement("bb", s["bb"]),
        goals=records(s["mal"], PlanGoal),
        texts=records(s["texter"], PlanText),
        source=book.source.path.name,
    )


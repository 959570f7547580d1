"""Verksamhetsplan och budget: typed records and the member contributions computed from
the state's allocation."""
from __future__ import annotations

import datetime as dt
from decimal import ROUND_FLOOR, Decimal

from ..read.data import WorkbookData
from ..records import record
from ..schema import verksamhetsplan as S
from ..names import norm
from ..units import TKR, Unit
from .base import Src, Statement, binds, find_row, form_record, records, statement
from .budget import Groups, budget_groups
from .policy import EquityPolicy, Ratio, ShareGoal

PLAN_YEARS = ("ar1", "ar2", "ar3")


@binds(S.PLAN_FACTS)
@record
class PlanFacts:
    forbund: str
    forsta_ar: int
    beslutsdatum: dt.date | None
    staten_1: Decimal
    staten_2: Decimal
    staten_3: Decimal
    ek_tak: Decimal | None
    ek_golv: Decimal | None
    individ_mal: Decimal | None
    individ_namnare: str | None
    ort: str | None
    src: Src

    def year(self, key: str) -> int:
        return self.forsta_ar + int(key[-1]) - 1

    def state(self, key: str) -> Decimal:
        return getattr(self, f"staten_{key[-1]}")


@binds(S.PLAN_MEMBERS)
@record
class PlanMember:
    namn: str
    kategori: str
    andel: Decimal
    grund: str | None
    src: Src


@binds(S.CONTRIBUTIONS)
@record
class TypedContribution:
    namn: str
    ar1: Decimal | None
    ar2: Decimal | None
    ar3: Decimal | None
    src: Src


@binds(S.PLAN_BUDGET)
@record
class PlanRow:
    grupp: str | None
    radtyp: str
    post: str
    insatstyp: str | None
    ar1: Decimal | None
    ar2: Decimal | None
    ar3: Decimal | None
    src: Src


@binds(S.PLAN_SUMMARY)
@record
class SummaryRow:
    grupp: str | None
    radtyp: str
    post: str
    ar1: Decimal | None
    ar2: Decimal | None
    ar3: Decimal | None
    src: Src


@binds(S.PLAN_GOALS)
@record
class PlanGoal:
    kategori: str
    mal: str
    indikator: str | None
    src: Src


@binds(S.PLAN_TEXTS)
@record
class PlanText:
    rubrik: str
    text: str | None
    src: Src


@binds(S.PLAN_MEETINGS)
@record
class PlanMeeting:
    datum: dt.date
    tid: str | None
    anteckning: str | None
    src: Src


@binds(S.PLAN_SIGNATURES)
@record
class PlanSignature:
    namn: str
    roll: str | None
    src: Src


@record
class Plan:
    facts: PlanFacts
    members: tuple[PlanMember, ...]
    typed: tuple[TypedContribution, ...]
    groups: Groups
    budget: tuple[PlanRow, ...]
    summary: tuple[SummaryRow, ...]
    rb: Statement
    bb: Statement
    goals: tuple[PlanGoal, ...]
    texts: tuple[PlanText, ...]
    source: str
    meetings: tuple[PlanMeeting, ...] = ()       # optional sheets: empty when the workbook lacks them
    signatures: tuple[PlanSignature, ...] = ()

    @property
    def unit(self) -> Unit:
        """The unit the plan's budget is reported in (the contributions are rounded to it)."""
        return self.budget[0].src.unit if self.budget and self.budget[0].src.unit else TKR

    def contributions(self, year: str) -> list["Contribution"]:
        return contributions(self.members, self.facts.state(year), self.unit)

    def allocation(self, year: str) -> Decimal:
        """Tilldelade medel a planned year, kronor: the members' contributions summed."""
        return sum((c.amount for c in self.contributions(year)), Decimal(0))

    def equity(self, year: str) -> EquityPolicy | None:
        """Planned eget kapital (balansbudget) against the cap and floor, kronor."""
        if not self.bb.has("eget_kapital", year):
            return None
        return EquityPolicy(self.bb.get("eget_kapital", year), self.allocation(year), self.facts.ek_tak,
                            self.facts.ek_golv)

    def insats_rows(self) -> list["PlanRow"]:
        wanted = {norm(g) for g in self.groups.insatser}
        return [r for r in self.budget if r.radtyp == "Rad" and r.grupp and norm(r.grupp) in wanted]

    def individual(self, year: str) -> ShareGoal | None:
        """The planned share to individinriktade insatser a year, or None when the year has
        no insats figures or no denominator."""
        rows = self.insats_rows()
        if not rows or all(getattr(r, year) is None for r in rows):
            return None
        individ = sum((getattr(r, year) or Decimal(0) for r in rows if r.insatstyp == "Individinriktad"),
                      Decimal(0))
        if self.facts.individ_namnare == "Kostnader":
            costs = find_row(self.budget, "Summa kostnader")
            denominator, label = (getattr(costs, year) if costs is not None else None), "budgeterade kostnader"
        else:
            denominator, label = self.allocation(year), "tilldelade medel"
        if not denominator:
            return None
        return ShareGoal(Ratio(individ, denominator, "individinriktade insatser", label), self.facts.individ_mal)


@record
class Contribution:
    member: str
    kategori: str
    exact: Decimal       # total × share, unrounded (kronor)
    amount: Decimal      # rounded to the plan's unit (kronor)


def contributions(members, state: Decimal, unit: Unit = TKR) -> list[Contribution]:
    """Each member's contribution from the state's allocation, in kronor, rounded to the
    plan's unit (whole tkr for a plan in tkr).

    The total is the state's allocation divided by the state's share. The state keeps its
    amount; the region's and the kommuner's exact shares are rounded down to the unit and the
    remaining units go, one each, to the largest remainders (ties in listed order), so that
    region + kommuner = staten exactly, as the law's half-and-half requires."""
    state_share = sum((m.andel for m in members if m.kategori == "Staten"), Decimal(0))
    if not state_share:
        return []
    step = unit.scale * Decimal(1).scaleb(-max(unit.decimals, 0))
    total = state / state_share
    out = []
    others = []
    for i, m in enumerate(members):
        exact = total * m.andel
        if m.kategori == "Staten":
            out.append([m, exact, exact])
        else:
            floor = (exact / step).to_integral_value(ROUND_FLOOR) * step
            out.append([m, exact, floor])
            others.append((exact - floor, -i, len(out) - 1))
    state_sum = sum((row[2] for row in out if row[0].kategori == "Staten"), Decimal(0))
    left = int((state_sum - sum((row[2] for row in out if row[0].kategori != "Staten"), Decimal(0))) / step)
    for _, _, idx in sorted(others, reverse=True)[:max(left, 0)]:
        out[idx][2] += step
    return [Contribution(m.namn, m.kategori, exact, amount) for m, exact, amount in out]


def build(book: WorkbookData) -> Plan:
    from .prose import plan_references, plan_texts

    s = book.sheets
    p = Plan(
        facts=form_record(PlanFacts, s["uppgifter"]),
        members=records(s["medlemmar"], PlanMember),
        typed=records(s["bidrag"], TypedContribution),
        groups=budget_groups(s.get("budgetgrupper"), book.source.name),
        budget=records(s["budget"], PlanRow, radtyp="Rad"),
        summary=records(s["sammanstallning"], SummaryRow, radtyp="Rad"),
        rb=statement("rb", s["rb"]),
        bb=statement("bb", s["bb"]),
        goals=records(s["mal"], PlanGoal),
        texts=records(s["texter"], PlanText),
        source=book.source.name,
        meetings=records(s["motesplan"], PlanMeeting) if "motesplan" in s else (),
        signatures=records(s["underskrifter"], PlanSignature) if "underskrifter" in s else (),
    )
    plan_references(p).validate(plan_texts(p))  # every [reference] in a text names a figure
    return p


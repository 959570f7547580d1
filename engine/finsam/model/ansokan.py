"""An application for funds (ansökan om medel) as typed, immutable records, and what the
board granted it. Pure: values in, frozen dataclasses out.

The chain from application to budget: a § of the minutes decides on the application
(``model.sammantrade.FundingDecision``, naming it by its insats or diarienummer); what it
grants, per year, is decided here once (``granted``) and read by the checks of the minutes,
the verksamhetsplan and the budget follow-up. A budget row belongs to the insats when its
post is the application's budgetpost (or, when none is given, the insats's name).
"""
from __future__ import annotations

import datetime as dt
from decimal import Decimal

from ..names import norm
from ..read.data import WorkbookData
from ..records import record
from ..schema import ansokan as S
from ..units import KR, Unit
from .base import Src, binds, form_record, records, total

ZERO = Decimal(0)


@binds(S.APPLICATION)
@record
class ApplicationFacts:
    forbund: str
    insats: str
    diarienummer: str | None
    budgetpost: str | None
    datum: dt.date | None
    period: str | None
    forsta_ar: int
    antal_ar: int
    sokt_belopp: Decimal      # kronor
    src: Src


@binds(S.APPLICANT)
@record
class Applicant:
    organisation: str
    enhet: str | None
    part: str
    organisationsnummer: str | None
    behorig: str | None
    kontaktperson: str | None
    utdelningsadress: str | None
    postadress: str | None
    plusgiro: str | None
    bankgiro: str | None
    src: Src


@binds(S.PARTNERS)
@record
class Partner:
    organisation: str
    enhet: str | None
    behorig: str | None
    kontaktperson: str | None
    src: Src


@binds(S.DESCRIPTION)
@record
class Description:
    sammanfattning: str
    bakgrund: str | None
    syfte: str
    malgrupp: str
    mal_forbehall: str | None
    src: Src


@binds(S.TARGET_GROUPS)
@record
class TargetGroup:
    grupp: str
    beskrivning: str | None
    src: Src


@binds(S.GOALS)
@record
class Goal:
    mal: str
    indikator: str | None
    src: Src


@binds(S.SECTIONS_SHEET)
@record
class Section:
    rubrik: str
    text: str | None
    src: Src


@binds(S.COSTS)
@record
class CostRow:
    kostnadsslag: str
    specifikation: str | None
    ar1: Decimal | None
    ar2: Decimal | None
    ar3: Decimal | None
    totalt: Decimal | None
    src: Src

    def amount(self, key: str) -> Decimal | None:
        return getattr(self, key)

    @property
    def years(self) -> tuple[Decimal | None, ...]:
        return tuple(self.amount(k) for k in S.BUDGET_YEARS)

    @property
    def all_years(self) -> Decimal | None:
        """The row for all years: its Totalt cell, else its years summed (None: no figure)."""
        if self.totalt is not None:
            return self.totalt
        values = [v for v in (self.amount(k) for k in S.BUDGET_YEARS) if v is not None]
        return sum(values, ZERO) if values else None


@binds(S.COST_TYPES_SHEET)
@record
class CostType:
    namn: str
    beskrivning: str | None
    src: Src


@binds(S.PARTIES)
@record
class Party:
    namn: str
    kategori: str | None
    src: Src


@binds(S.TERMS)
@record
class Terms:
    minst_parter: int
    villkor: str | None
    mottagare: str | None
    src: Src


@record
class Application:
    facts: ApplicationFacts
    applicant: Applicant
    partners: tuple[Partner, ...]
    description: Description
    target_groups: tuple[TargetGroup, ...]
    goals: tuple[Goal, ...]
    sections: tuple[Section, ...]
    costs: tuple[CostRow, ...]
    total: CostRow | None            # the typed Summa row, if any
    cost_types: tuple[CostType, ...]
    parties: tuple[Party, ...]
    terms: Terms
    source: str

    @property
    def unit(self) -> Unit:
        """The unit the cost budget is reported in."""
        first = self.costs[0] if self.costs else self.total
        return first.src.unit if first is not None and first.src.unit else KR

    @property
    def years(self) -> tuple[tuple[str, int], ...]:
        """(column key, year) of each budget year the application has."""
        n = max(1, min(self.facts.antal_ar, S.MAX_YEARS))
        return tuple((key, self.facts.forsta_ar + i) for i, key in enumerate(S.BUDGET_YEARS[:n]))

    def key_of(self, year: int) -> str | None:
        return next((key for key, y in self.years if y == year), None)

    def year_total(self, key: str) -> Decimal | None:
        """The budget of one year (kronor): the Summa row's figure, else the rows summed; None
        when no row has a figure for the year."""
        if self.total is not None and self.total.amount(key) is not None:
            return self.total.amount(key)
        values = [r.amount(key) for r in self.costs if r.amount(key) is not None]
        return sum(values, ZERO) if values else None

    def requested(self, year: int) -> Decimal:
        """What the application asks for in ``year`` (kronor; 0 for a year it has no budget for)."""
        key = self.key_of(year)
        return (self.year_total(key) or ZERO) if key is not None else ZERO

    @property
    def budget_total(self) -> Decimal | None:
        """The cost budget for all years (kronor): the Summa row's total, else its years, else
        every row's years."""
        if self.total is not None and self.total.totalt is not None:
            return self.total.totalt
        values = [self.year_total(key) for key, _ in self.years]
        values = [v for v in values if v is not None]
        return sum(values, ZERO) if values else None

    @property
    def cooperating(self) -> tuple[str, ...]:
        """The förbund's parties the application shows co-operation between: the applicant's
        own and each samverkanspart's, each once, as the workbook names them in Parter."""
        known = {norm(p.namn): p.namn for p in self.parties}
        out: list[str] = []
        for name in (self.applicant.part, *(p.organisation for p in self.partners)):
            found = known.get(norm(name)) if name else None
            if found is not None and found not in out:
                out.append(found)
        return tuple(out)

    @property
    def budget_post(self) -> str:
        """The post the insats has in a budget (verksamhetsplan, budget follow-up)."""
        return self.facts.budgetpost or self.facts.insats

    def is_named(self, reference: str | None) -> bool:
        """Whether a decision's reference names this application (its insats or diarienummer)."""
        if not reference:
            return False
        wanted = norm(reference)
        return wanted in {norm(x) for x in (self.facts.insats, self.facts.diarienummer) if x}

    def owns(self, post: str | None) -> bool:
        """Whether a budget row's post is this insats's."""
        return bool(post) and norm(post) == norm(self.budget_post)

    @property
    def title(self) -> str:
        return self.facts.insats


def build(book: WorkbookData) -> Application:
    from .prose import application_references, application_texts

    s = book.sheets
    costs = s["kostnader"]
    a = Application(
        facts=form_record(ApplicationFacts, s["ansokan"]),
        applicant=form_record(Applicant, s["sokande"]),
        partners=records(s["samverkansparter"], Partner),
        description=form_record(Description, s["beskrivning"]),
        target_groups=records(s["malgrupper"], TargetGroup),
        goals=records(s["mal"], Goal),
        sections=records(s["avsnitt"], Section),
        costs=records(costs, CostRow),
        total=total(costs, CostRow),
        cost_types=records(s["kostnadsslag"], CostType),
        parties=records(s["parter"], Party),
        terms=form_record(Terms, s["villkor"]),
        source=book.source.name,
    )
    application_references(a).validate(application_texts(a))  # every [reference] names a figure
    return a


# -- the chain: what the board granted ----------------------------------------------------------

@record
class Grant:
    """One decision row on an application, with the meeting it was taken at."""

    decision: object          # model.sammantrade.FundingDecision
    meeting: dt.date
    minutes: str              # the minutes' workbook


def decisions_on(application: Application, minutes) -> list[Grant]:
    """Every decision row of ``minutes`` (a list of model.sammantrade.Minutes) on
    ``application``, in meeting order."""
    out = []
    for m in sorted(minutes, key=lambda m: m.facts.datum):
        for d in m.funding:
            if application.is_named(d.ansokan):
                out.append(Grant(d, m.facts.datum, m.source))
    return out


def application_of(reference: str, applications) -> Application | None:
    return next((a for a in applications if a.is_named(reference)), None)


@record
class Granted:
    """What the board granted an application, per year (kronor), from every "Bevilja" row in
    the folder's minutes, with the rows it comes from."""

    application: Application
    rows: tuple[Grant, ...]

    @property
    def any(self) -> bool:
        return bool(self.rows)

    def for_year(self, year: int) -> Decimal:
        return sum((g.decision.belopp or ZERO for g in self.rows if g.decision.ar == year), ZERO)

    def rows_for(self, year: int) -> tuple[Grant, ...]:
        return tuple(g for g in self.rows if g.decision.ar == year)

    def covers(self, year: int) -> bool:
        """Whether ``year`` is one of the application's budget years (the years a grant is
        for; a plan's later years are a continuation a new application asks for)."""
        return self.application.key_of(year) is not None


def granted(applications, minutes) -> list[Granted]:
    """For each application that the minutes grant anything: what was granted."""
    out = []
    for a in applications:
        rows = tuple(g for g in decisions_on(a, minutes) if g.decision.grants and g.decision.belopp is not None
                     and g.decision.ar is not None)
        if rows:
            out.append(Granted(a, rows))
    return out

"""The annual report's förbund as typed, immutable records, and how they are built from
the four workbooks (ekonomi, insatser, deltagare, texter). Pure: values in, no I/O."""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from decimal import Decimal
from types import MappingProxyType
from typing import Mapping

from ..read.data import WorkbookData
from ..schema import ekonomi as E
from ..schema import insatser as I
from ..schema.texter import TEXTS
from .base import SourceInfo, Src, Statement, binds, find_row, form_record, records, statement, total  # noqa: F401
from .figures import Figures, compute
from .inputs import SheetCopy, sheet_copies

ZERO = Decimal(0)


@binds(E.SETTINGS)
@dataclass(frozen=True)
class Settings:
    namn: str
    ort: str
    organisationsnummer: str | None
    ar: int
    driftsbidrag: Decimal
    driftsbidrag_fg: Decimal
    ek_tak: Decimal
    ek_golv: Decimal
    individ_mal: Decimal
    individ_namnare: str
    anstallda: int
    beslutsdatum: dt.date | None
    foregaende_ar: str | None
    src: Src


@binds(E.MEMBERS)
@dataclass(frozen=True)
class Member:
    namn: str
    kategori: str
    andel: Decimal
    src: Src


@binds(E.BOARD)
@dataclass(frozen=True)
class BoardMember:
    namn: str
    roll: str
    organisation: str
    period: str | None
    undertecknar: str | None
    src: Src

    @property
    def ordinarie(self) -> bool:
        return self.roll != "Ersättare"

    @property
    def signs(self) -> bool:
        if self.undertecknar:
            return self.undertecknar == "Ja"
        return self.ordinarie


@binds(E.MEETINGS)
@dataclass(frozen=True)
class Meeting:
    datum: dt.date
    anteckning: str | None
    src: Src


@binds(E.NOTES)
@dataclass(frozen=True)
class NoteLine:
    not_nr: int
    post: str
    i_ar: Decimal | None
    fg_ar: Decimal | None
    src: Src


@binds(E.BUDGET)
@dataclass(frozen=True)
class BudgetRow:
    grupp: str | None
    radtyp: str
    post: str
    budget: Decimal | None
    utfall: Decimal | None
    differens: Decimal | None
    utfall_fg: Decimal | None
    src: Src


@binds(E.FIVE_YEARS)
@dataclass(frozen=True)
class FiveYearRow:
    ar: int
    intakter: Decimal | None
    kostnader: Decimal | None
    resultat: Decimal | None
    soliditet: Decimal | None
    anstallda: int | None
    src: Src


@binds(I.INSATSER)
@dataclass(frozen=True)
class Insats:
    namn: str
    typ: str
    agare: str | None
    budgetpost: str | None
    budget: Decimal | None
    utfall: Decimal
    beskrivning: str | None
    src: Src

    @property
    def individinriktad(self) -> bool:
        return self.typ == "Individinriktad"


@binds(I.INSATS_GOALS)
@dataclass(frozen=True)
class InsatsGoal:
    insats: str
    mal: str
    uppnatt: str
    resultat: str | None
    src: Src


@binds(I.GOALS)
@dataclass(frozen=True)
class Goal:
    kategori: str
    mal: str
    matetal: str | None
    jamforelse: str | None
    malvarde: int | None
    utfall: int | None
    varav_kvinnor: int | None
    varav_man: int | None
    utfall_fg: int | None
    uppnatt: str | None
    kommentar: str | None
    src: Src


@binds(I.DELTAGARE)
@dataclass(frozen=True)
class ParticipantRow:
    insats: str
    kvinnor: int | None
    man: int | None
    okant_kon: int | None
    totalt: int | None
    volym: int | None
    arbete_kvinnor: int | None
    arbete_man: int | None
    studier_kvinnor: int | None
    studier_man: int | None
    src: Src

    COUNTS = ("kvinnor", "man", "okant_kon", "totalt", "volym", "arbete_kvinnor", "arbete_man",
              "studier_kvinnor", "studier_man")

    def n(self, key: str) -> int:
        return getattr(self, key) or 0


@dataclass(frozen=True)
class Forbund:
    settings: Settings
    members: tuple[Member, ...]
    board: tuple[BoardMember, ...]
    meetings: tuple[Meeting, ...]
    rr: Statement
    br: Statement
    kf: Statement
    bkr: Statement
    notes: tuple[NoteLine, ...]
    budget: tuple[BudgetRow, ...]
    five_years: tuple[FiveYearRow, ...]
    insatser: tuple[Insats, ...]
    insats_goals: tuple[InsatsGoal, ...]
    goals: tuple[Goal, ...]
    participants: tuple[ParticipantRow, ...]
    participant_total: ParticipantRow | None
    texts: Mapping[str, str | None]
    sources: tuple[SourceInfo, ...]


@dataclass(frozen=True)
class PreviousYear:
    """Last year's ekonomi.xlsx, when the folder (or the upload) has it: the figures this
    year's comparatives must equal, and the closing eget kapital the follow-ups start from."""

    settings: Settings
    rr: Statement
    br: Statement
    kf: Statement
    bkr: Statement
    budget: tuple[BudgetRow, ...]
    five_years: tuple[FiveYearRow, ...]
    source: str            # where it was read, as shown to the user

    @property
    def year(self) -> int:
        return self.settings.ar


@dataclass(frozen=True)
class AnnualReport:
    """The annual report's document model: the förbund as typed, its figures computed once,
    the input sheets as read (for the auditor's copy) and last year, if known."""

    forbund: Forbund
    figures: Figures
    copies: tuple[SheetCopy, ...]
    previous: PreviousYear | None = None

    @property
    def year(self) -> int:
        return self.forbund.settings.ar


def _ekonomi_parts(book: WorkbookData) -> dict:
    eko = book.sheets
    return dict(settings=form_record(Settings, eko["installningar"]),
                rr=statement("rr", eko["rr"]), br=statement("br", eko["br"]), kf=statement("kf", eko["kf"]),
                bkr=statement("bkr", eko["bkr"]), budget=records(eko["budget"], BudgetRow, radtyp="Rad"),
                five_years=records(eko["femar"], FiveYearRow))


def build_previous(book: WorkbookData) -> PreviousYear:
    where = f"{book.origin}/{book.source.name}" if book.origin else book.source.name
    return PreviousYear(**_ekonomi_parts(book), source=where)


def build_forbund(books: Mapping[str, WorkbookData]) -> Forbund:
    eko = books["ekonomi.xlsx"].sheets
    ins = books["insatser.xlsx"].sheets
    delt = books["deltagare.xlsx"].sheets
    parts = _ekonomi_parts(books["ekonomi.xlsx"])
    return Forbund(
        **parts,
        members=records(eko["medlemmar"], Member),
        board=records(eko["styrelse"], BoardMember),
        meetings=records(eko["sammantraden"], Meeting),
        notes=records(eko["noter"], NoteLine),
        insatser=records(ins["insatser"], Insats),
        insats_goals=records(ins["insatsmal"], InsatsGoal),
        goals=records(ins["mal"], Goal),
        participants=records(delt["deltagare"], ParticipantRow),
        participant_total=total(delt["deltagare"], ParticipantRow),
        texts=MappingProxyType(dict(books["texter.xlsx"].sheets[TEXTS.key].values)),
        sources=tuple(SourceInfo(b.source.name, str(b.source.path), b.source.sha256, b.source.size)
                      for b in books.values()),
    )


def build(books: Mapping[str, WorkbookData], previous: WorkbookData | None = None) -> AnnualReport:
    """The annual report from its four workbooks (and last year's ekonomi.xlsx, if given)."""
    f = build_forbund(books)
    return AnnualReport(f, compute(f), tuple(c for b in books.values() for c in sheet_copies(b)),
                        build_previous(previous) if previous is not None else None)

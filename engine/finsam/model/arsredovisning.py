"""The annual report's förbund as typed, immutable records, and how they are built from
the four workbooks (ekonomi, insatser, deltagare, texter) and the optional nns.xlsx (the
NNS bilaga). Pure: values in, no I/O."""
from __future__ import annotations

import dataclasses
import datetime as dt
from decimal import Decimal
from types import MappingProxyType
from typing import ClassVar, Mapping

from ..read.data import WorkbookData
from ..records import record
from ..schema import ekonomi as E
from ..schema import insatser as I
from ..schema.texter import TEXTS
from ..names import norm
from .base import SourceInfo, Src, Statement, binds, find_row, form_record, records, statement, total  # noqa: F401
from .budget import Groups, budget_groups, difference_sign, unreported_columns_blank
from .figures import Figures, compute
from .inputs import SheetCopy, sheet_copies

ZERO = Decimal(0)


@binds(E.SETTINGS)
@record
class Settings:
    namn: str
    ort: str
    organisationsnummer: str | None
    ar: int
    driftsbidrag: Decimal
    driftsbidrag_fg: Decimal | None
    ek_tak: Decimal | None          # None: the förbund has no cap
    ek_golv: Decimal | None         # None: no floor
    individ_mal: Decimal | None     # None: no goal for the individual share
    individ_namnare: str | None
    anstallda: int | None
    beslutsdatum: dt.date | None
    foregaende_ar: str | None
    src: Src


@binds(E.MEMBERS)
@record
class Member:
    namn: str
    kategori: str
    andel: Decimal
    src: Src


@binds(E.BOARD)
@record
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
@record
class Meeting:
    datum: dt.date
    anteckning: str | None
    src: Src


@binds(E.NOTES)
@record
class NoteLine:
    not_nr: int
    post: str
    i_ar: Decimal | None
    fg_ar: Decimal | None
    radtyp: str | None
    src: Src

    @property
    def summa(self) -> bool:
        """The note's own total line ("Summa"), not one of its items."""
        return self.radtyp == "Summa" or norm(self.post).split(" ")[0] == "summa"


@binds(E.BUDGET)
@record
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
@record
class FiveYearRow:
    ar: int
    intakter: Decimal | None
    kostnader: Decimal | None
    resultat: Decimal | None
    soliditet: Decimal | None
    anstallda: int | None
    src: Src


@binds(I.INSATS_TYPES_SHEET)
@record
class InsatsType:
    """One of the förbund's own insats types and the law's class it counts as."""

    typ: str
    klass: str
    src: Src


@binds(I.INSATSER, extra=("klass",))
@record
class Insats:
    namn: str
    typ: str
    agare: str | None
    budgetpost: str | None
    budget: Decimal | None
    utfall: Decimal | None
    ej_forbrukat: Decimal | None
    beskrivning: str | None
    klass: str | None        # the law's class of its type (Insatstyper), decided by the builder
    src: Src

    @property
    def individinriktad(self) -> bool:
        return self.klass == "Individinriktad"


@binds(I.INSATS_GOALS)
@record
class InsatsGoal:
    insats: str
    mal: str
    uppnatt: str
    resultat: str | None
    src: Src


@binds(I.GOALS)
@record
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
@record
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
    arbete_okant: int | None
    studier_okant: int | None
    src: Src

    def n(self, key: str) -> int:
        return getattr(self, key) or 0


@record
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
    groups: Groups
    budget: tuple[BudgetRow, ...]
    budget_sign: str                # the differens column's convention: budget − utfall or utfall − budget
    budget_sign_declared: bool      # the sheet says so (else it is the one most rows use)
    five_years: tuple[FiveYearRow, ...]
    insats_types: tuple[InsatsType, ...]
    insatser: tuple[Insats, ...]
    insats_goals: tuple[InsatsGoal, ...]
    goals: tuple[Goal, ...]
    participants: tuple[ParticipantRow, ...]
    participant_total: ParticipantRow | None
    texts: Mapping[str, str | None]
    sources: tuple[SourceInfo, ...]
    nns: object = None              # model.nns.Survey from nns.xlsx (optional), or None
    texts_src: Src | None = None    # the cells of texter.xlsx's texts


@record
class PreviousYear:
    """Last year's ekonomi.xlsx, when the folder (or the upload) has it: the figures this
    year's comparatives must equal, and the closing eget kapital the follow-ups start from."""

    LINKED: ClassVar[bool] = True  # read from another folder: its constraints are not this document's

    settings: Settings
    rr: Statement
    br: Statement
    kf: Statement
    bkr: Statement
    groups: Groups
    budget: tuple[BudgetRow, ...]
    five_years: tuple[FiveYearRow, ...]
    source: str            # where it was read, as shown to the user

    @property
    def year(self) -> int:
        return self.settings.ar


@record
class AnnualReport:
    """The annual report's document model: the förbund as typed, its figures computed once,
    the input sheets as read (for the auditor's copy), last year, if known, and the year's
    follow-up of the internal control, if reported."""

    forbund: Forbund
    figures: Figures
    copies: tuple[SheetCopy, ...]
    previous: PreviousYear | None = None
    # the year's plan för intern styrning och kontroll (model.internkontroll.Plan), when the
    # folder's internkontroll.xlsx reports its follow-up: a section of the förvaltningsberättelse
    internkontroll: object | None = None

    @property
    def year(self) -> int:
        return self.forbund.settings.ar


def _ekonomi_parts(book: WorkbookData) -> dict:
    eko = book.sheets
    return dict(settings=form_record(Settings, eko["installningar"]),
                rr=statement("rr", eko["rr"]), br=statement("br", eko["br"]), kf=statement("kf", eko["kf"]),
                bkr=statement("bkr", eko["bkr"]), groups=budget_groups(eko.get("budgetgrupper"), book.source.name),
                budget=unreported_columns_blank(records(eko["budget"], BudgetRow, radtyp="Rad"),
                                                ("budget", "utfall", "differens", "utfall_fg")),
                five_years=records(eko["femar"], FiveYearRow))


def _insats_types(sheets, workbook: str) -> tuple[InsatsType, ...]:
    table = sheets.get("insatstyper")
    if table is not None:
        return records(table, InsatsType)
    return tuple(InsatsType(row["typ"], row["klass"], Src(workbook, I.INSATS_TYPES_SHEET.name))
                 for row in I.INSATS_TYPES_SHEET.prefill)


def _classified(insatser, types) -> tuple[Insats, ...]:
    """Each insats with the law's class of its type (an unknown type: None, and a finding)."""
    classes = {norm(t.typ): t.klass for t in types}
    return tuple(dataclasses.replace(i, klass=classes.get(norm(i.typ)) if i.typ else None) for i in insatser)


def _unsplit_total(row: ParticipantRow) -> ParticipantRow:
    """A row that reports no participants (a volyminsats counts only contacts): its computed
    "Deltagare totalt" is the blank workbook's formula over blank cells, 0 by nobody's count."""
    if row.totalt == 0 and row.kvinnor is None and row.man is None and row.okant_kon is None:
        return dataclasses.replace(row, totalt=None)
    return row


def build_previous(book: WorkbookData) -> PreviousYear:
    name = book.source.name
    where = f"{book.origin}/{name}" if book.origin and not name.startswith(book.origin + "/") else name
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
        budget_sign=difference_sign(parts["budget"], eko["budget"].settings.get("differens_tecken")),
        budget_sign_declared=bool(eko["budget"].settings.get("differens_tecken")),
        insats_types=(types := _insats_types(ins, books["insatser.xlsx"].source.name)),
        insatser=_classified(records(ins["insatser"], Insats, klass=None), types),
        insats_goals=records(ins["insatsmal"], InsatsGoal),
        goals=records(ins["mal"], Goal),
        participants=tuple(_unsplit_total(r) for r in records(delt["deltagare"], ParticipantRow)),
        participant_total=total(delt["deltagare"], ParticipantRow),
        texts=MappingProxyType(dict(books["texter.xlsx"].sheets[TEXTS.key].values)),
        texts_src=Src(books["texter.xlsx"].sheets[TEXTS.key].workbook, books["texter.xlsx"].sheets[TEXTS.key].sheet,
                      MappingProxyType(dict(books["texter.xlsx"].sheets[TEXTS.key].refs))),
        sources=tuple(SourceInfo(b.source.name, str(b.source.path), b.source.sha256, b.source.size)
                      for b in books.values()),
        nns=_survey(books.get("nns.xlsx")),
    )


def _survey(book: WorkbookData | None):
    """The NNS indikatorenkät of the bilaga, when the folder has nns.xlsx with results."""
    if book is None:
        return None
    from .nns import build

    return build(book)


def build(books: Mapping[str, WorkbookData], previous: WorkbookData | None = None) -> AnnualReport:
    """The annual report from its four workbooks (and last year's ekonomi.xlsx, if given)."""
    from .prose import References, validate

    f = build_forbund(books)
    figures = compute(f)
    validate(f, References(f, figures))  # every [reference] in a free text names a figure
    return AnnualReport(f, figures, tuple(c for b in books.values() for c in sheet_copies(b)),
                        build_previous(previous) if previous is not None else None)

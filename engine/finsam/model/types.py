"""The förbund as typed, immutable records. Field names equal the schema's column keys;
``Src`` remembers where each value was read so every finding can name its cell."""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from decimal import Decimal
from typing import Mapping

from ..errors import Location, cell_ref

ZERO = Decimal(0)


@dataclass(frozen=True, slots=True)
class Src:
    """Where a record was read: explicit cell refs (forms, statements) or a table row
    whose cells follow from the table's shared column map."""

    workbook: str
    sheet: str
    refs: Mapping[str, str] = field(default_factory=dict)
    row: int | None = None
    columns: Mapping[str, int] | None = None

    def ref(self, key: str) -> str | None:
        found = self.refs.get(key)
        if found is None and self.columns is not None and self.row is not None:
            col = self.columns.get(key)
            if col is not None:
                found = cell_ref(self.row, col)
        return found

    def loc(self, key: str | None = None) -> Location:
        if key is None:
            return Location(self.workbook, self.sheet, f"A{self.row}" if self.row else None)
        return Location(self.workbook, self.sheet, self.ref(key))


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
    src: Src


@dataclass(frozen=True)
class Member:
    namn: str
    kategori: str
    andel: Decimal
    src: Src


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


@dataclass(frozen=True)
class Meeting:
    datum: dt.date
    anteckning: str | None
    src: Src


@dataclass(frozen=True)
class Statement:
    """A fixed-line statement: values[(line, year)], year in i_ar / fg_ar / fg2_ar."""

    key: str
    values: Mapping[tuple[str, str], Decimal | None]
    src: Src  # refs keyed "line/year"

    def get(self, line: str, year: str = "i_ar") -> Decimal:
        value = self.values.get((line, year))
        return ZERO if value is None else value

    def has(self, line: str, year: str = "i_ar") -> bool:
        return self.values.get((line, year)) is not None

    def loc(self, line: str, year: str = "i_ar") -> Location:
        return self.src.loc(f"{line}/{year}")


@dataclass(frozen=True)
class NoteLine:
    not_nr: int
    post: str
    i_ar: Decimal | None
    fg_ar: Decimal | None
    src: Src


def find_row(rows, radtyp: str, grupp: str | None = None):
    """The first row of a budget-like table with this row type (and group), or None."""
    return next((r for r in rows if r.radtyp == radtyp and (grupp is None or r.grupp == grupp)), None)


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


@dataclass(frozen=True)
class FiveYearRow:
    ar: int
    intakter: Decimal | None
    kostnader: Decimal | None
    resultat: Decimal | None
    soliditet: Decimal | None
    anstallda: int | None
    src: Src


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


@dataclass(frozen=True)
class InsatsGoal:
    insats: str
    mal: str
    uppnatt: str
    resultat: str | None
    src: Src


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
class SourceInfo:
    name: str
    path: str
    sha256: str
    size: int


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

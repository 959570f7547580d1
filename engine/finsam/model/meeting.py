"""Board minutes and interim budget follow-ups as typed, immutable records."""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from decimal import Decimal

from ..read import WorkbookData
from .build import form_record, records
from .types import Src, find_row

TAKE_DOWN_DAYS = 21  # anslaget tas ned tidigast 21 dagar efter anslagsdatum (every seed minute)


@dataclass(frozen=True)
class MeetingFacts:
    forbund: str
    datum: dt.date
    tid: str | None
    plats: str
    forsta_paragraf: int
    foregaende_sista: int | None
    ordforande: str
    sekreterare: str
    justerare: str
    justeringsdatum: dt.date
    anslagsdatum: dt.date
    forvaring: str | None
    src: Src

    @property
    def justerare_list(self) -> list[str]:
        return [n.strip() for n in self.justerare.replace(" och ", ",").split(",") if n.strip()]

    @property
    def nedtagning(self) -> dt.date:
        return self.anslagsdatum + dt.timedelta(days=TAKE_DOWN_DAYS)


@dataclass(frozen=True)
class Attendee:
    namn: str
    organisation: str | None
    kategori: str
    roll: str | None
    narvarande: str
    tjanstgorande: str | None
    ersatter: str | None
    paragrafer: str | None
    src: Src

    @property
    def present(self) -> bool:
        return self.narvarande == "Ja"

    @property
    def serving(self) -> bool:
        return self.present and self.kategori == "Ersättare" and self.tjanstgorande == "Ja"


@dataclass(frozen=True)
class Paragraph:
    nr: int
    rubrik: str
    bilaga: int | None
    text: str | None
    beslut: str | None
    src: Src

    @property
    def decisions(self) -> list[str]:
        return [line.strip() for line in (self.beslut or "").split("\n") if line.strip()]


@dataclass(frozen=True)
class Minutes:
    facts: MeetingFacts
    attendees: tuple[Attendee, ...]
    paragraphs: tuple[Paragraph, ...]
    source: str  # file name

    @property
    def last_paragraph(self) -> int | None:
        return max((p.nr for p in self.paragraphs), default=None)


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
class FollowUp:
    facts: FollowUpFacts
    rows: tuple[FollowUpRow, ...]
    source: str
    ek_previous_year: Decimal | None = None        # kr, from the previous year's ekonomi.xlsx
    ek_previous_loc: object = None                 # its Location

    def row(self, radtyp: str, grupp: str | None = None) -> FollowUpRow | None:
        return find_row(self.rows, radtyp, grupp)


def build_minutes(book: WorkbookData) -> Minutes:
    s = book.sheets
    return Minutes(form_record(MeetingFacts, s["sammantrade"]), records(s["narvaro"], Attendee),
                   records(s["paragrafer"], Paragraph), book.source.path.name)


def build_followup(book: WorkbookData, ek_previous=None, ek_loc=None) -> FollowUp:
    s = book.sheets
    return FollowUp(form_record(FollowUpFacts, s["uppgifter"]), records(s["uppfoljning"], FollowUpRow, radtyp="Rad"),
                    book.source.path.name, ek_previous, ek_loc)

"""Board minutes (sammanträdesprotokoll) as typed, immutable records. Pure: values in."""
from __future__ import annotations

import datetime as dt
from decimal import Decimal

from ..read.data import WorkbookData
from ..records import record
from ..schema import sammantrade as S
from .base import Src, binds, form_record, records

TAKE_DOWN_DAYS = 21  # anslaget tas ned tidigast 21 dagar efter anslagsdatum (every seed minute)


@binds(S.MEETING_FACTS)
@record
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


@binds(S.ATTENDANCE)
@record
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


@binds(S.PARAGRAPHS)
@record
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


@binds(S.FUNDING)
@record
class FundingDecision:
    """A decision on an application for funds (ansökan om medel), one row per granted year."""

    nr: int
    ansokan: str
    beslut: str
    ar: int | None
    belopp: Decimal | None   # kronor
    src: Src

    @property
    def grants(self) -> bool:
        return self.beslut == "Bevilja"


@binds(S.ANNUAL_DECISIONS)
@record
class AnnualDecision:
    """A § that adopts an annual report, with the figures it states (kronor)."""

    nr: int
    ar: int
    arets_resultat: Decimal | None
    eget_kapital: Decimal | None
    src: Src


@record
class Minutes:
    facts: MeetingFacts
    attendees: tuple[Attendee, ...]
    paragraphs: tuple[Paragraph, ...]
    source: str  # file name
    attachments: tuple = ()  # the follow-ups that are bilagor to this meeting (their models)
    funding: tuple[FundingDecision, ...] = ()  # decisions on applications for funds (optional sheet)
    annual: tuple[AnnualDecision, ...] = ()    # §§ adopting an annual report (optional sheet)

    @property
    def last_paragraph(self) -> int | None:
        return max((p.nr for p in self.paragraphs), default=None)


def build(book: WorkbookData, attachments: tuple = ()) -> Minutes:
    from .prose import validate_minutes

    s = book.sheets
    m = Minutes(form_record(MeetingFacts, s["sammantrade"]), records(s["narvaro"], Attendee),
                records(s["paragrafer"], Paragraph), book.source.name, tuple(attachments),
                records(s["medelsbeslut"], FundingDecision) if "medelsbeslut" in s else (),
                records(s["arsredovisningsbeslut"], AnnualDecision) if "arsredovisningsbeslut" in s else ())
    validate_minutes(m)  # every [reference] in a § text names a figure
    return m

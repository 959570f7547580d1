"""The plan för intern styrning och kontroll and its risk- och väsentlighetsanalys as typed,
immutable records. Pure: values in, frozen dataclasses out.

Decided here once: a risk's value (sannolikhet × väsentlighet), whether it needs a control
(its value is above the förbund's limit), which controls answer it (the plan's rows for the
same process), its band in the risk matrix, and the year's follow-up of the controls.
"""
from __future__ import annotations

import datetime as dt

from ..names import norm
from ..read.data import WorkbookData
from ..records import record
from ..schema import internkontroll as S
from .base import Src, binds, form_record, records

# The bands of the risk matrix: above the förbund's limit a risk needs a control (hög); above
# half the limit it is worth watching (medel); below that it is låg.
HIGH, MEDIUM, LOW = "hog", "medel", "lag"


@binds(S.SETTINGS)
@record
class Settings:
    forbund: str
    ar: int
    antagen: dt.date | None
    paragraf: str | None
    kontroll_over: int
    inledning: str | None
    analysens_inledning: str | None
    uppfoljning_datum: dt.date | None
    uppfoljning_av: str | None
    uppfoljning_resultat: str | None
    src: Src


@binds(S.PROBABILITY)
@record
class ProbabilityLevel:
    niva: int
    namn: str
    beskrivning: str | None
    src: Src


@binds(S.IMPACT)
@record
class ImpactLevel:
    niva: int
    namn: str
    beskrivning: str | None
    src: Src


@binds(S.RISKS)
@record
class Risk:
    process: str | None
    risk: str | None
    sannolikhet: int | None
    vasentlighet: int | None
    riskhantering: str
    src: Src

    @property
    def value(self) -> int | None:
        """The risk value: sannolikhet × väsentlighet (None when either is not reported)."""
        if self.sannolikhet is None or self.vasentlighet is None:
            return None
        return self.sannolikhet * self.vasentlighet

    @property
    def name(self) -> str:
        """How a message names the row: its risk, else its process, else its treatment."""
        text = self.risk or self.process or self.riskhantering or f"rad {self.src.row}"
        return text if len(text) <= 60 else text[:57] + "…"


@binds(S.CONTROLS)
@record
class Control:
    process: str | None
    kontrollmoment: str
    kontrollansvarig: str | None
    frekvens: str | None
    rapportering_till: str | None
    utfort: str | None
    avvikelse: str | None
    kommentar: str | None
    src: Src

    @property
    def followed_up(self) -> bool:
        """Whether the förbund reports the year's follow-up of this control."""
        return any(x is not None for x in (self.utfort, self.avvikelse, self.kommentar))


@binds(S.DOCUMENTS_SHEET)
@record
class ControlDocument:
    dokument: str
    antagen: dt.date | None
    src: Src


@record
class Plan:
    settings: Settings
    probability: tuple[ProbabilityLevel, ...]
    impact: tuple[ImpactLevel, ...]
    risks: tuple[Risk, ...]
    controls: tuple[Control, ...]
    documents: tuple[ControlDocument, ...]
    source: str

    @property
    def year(self) -> int:
        return self.settings.ar

    @property
    def adopted(self) -> bool:
        return self.settings.antagen is not None

    @property
    def limit(self) -> int:
        return self.settings.kontroll_over

    def needs_control(self, risk: Risk) -> bool:
        return risk.value is not None and risk.value > self.limit

    def band(self, value: int | None) -> str | None:
        if value is None:
            return None
        if value > self.limit:
            return HIGH
        return MEDIUM if 2 * value > self.limit else LOW

    def controls_for(self, process: str | None) -> tuple[Control, ...]:
        """The plan's controls of ``process`` (names compared as the förbund may type them)."""
        if not process:
            return ()
        wanted = norm(process)
        return tuple(c for c in self.controls if c.process and norm(c.process) == wanted)

    def levels(self, axis: str) -> tuple:
        """The levels of the scale ``axis`` ("sannolikhet" or "vasentlighet"), lowest first."""
        scale = self.probability if axis == "sannolikhet" else self.impact
        return tuple(sorted(scale, key=lambda x: x.niva))

    def matrix(self) -> tuple[tuple[tuple[int, int, tuple[Risk, ...]], ...], ...]:
        """The risk matrix: one row per sannolikhet level, highest first; in each, one cell per
        väsentlighet level, lowest first: (sannolikhet, väsentlighet, the risks scored so)."""
        rows = []
        for p in reversed(self.levels("sannolikhet")):
            cells = []
            for i in self.levels("vasentlighet"):
                found = tuple(r for r in self.risks if r.sannolikhet == p.niva and r.vasentlighet == i.niva)
                cells.append((p.niva, i.niva, found))
            rows.append(tuple(cells))
        return tuple(rows)

    def number(self, risk: Risk) -> int:
        """The risk's number in the analysis (R1, R2 …): its place in the sheet."""
        return self.risks.index(risk) + 1

    @property
    def followed_up(self) -> bool:
        """Whether the workbook reports the year's follow-up (any control's outcome)."""
        return any(c.followed_up for c in self.controls)


def build(book: WorkbookData) -> Plan:
    s = book.sheets
    return Plan(
        settings=form_record(Settings, s["internkontroll"]),
        probability=records(s["sannolikhet"], ProbabilityLevel),
        impact=records(s["vasentlighet"], ImpactLevel),
        risks=records(s["risker"], Risk),
        controls=records(s["kontroller"], Control),
        documents=records(s["styrdokument"], ControlDocument),
        source=book.source.name,
    )

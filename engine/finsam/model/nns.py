"""The NNS indikatorenkät as typed (nns.xlsx), for the annual report's bilaga. Pure: values
in, no I/O.

A question is one "Samtliga" row of the results sheet and the rows for women and men under
it (a row for women or men with a blank question, group or indicator is the row above's).
Whether a gender split may be shown is NNS's rule (``show_split``), decided here once.
"""
from __future__ import annotations

import dataclasses
from decimal import Decimal

from ..read.data import WorkbookData
from ..records import record
from ..schema import nns as N
from .base import Src, binds, form_record, records

# NNS: a gender split of survey results only where both women and men are at least ten.
NNS_MIN_PER_GENDER = 10
SHARES = ("negativ", "neutral", "positiv", "klart_positivt", "svarsfrekvens")


@binds(N.SURVEY)
@record
class SurveyInfo:
    ar: int | None
    rubrik: str | None
    period: str | None
    jamforelsear: int | None
    antal_enkater: int | None
    antal_enkater_fg: int | None
    resultat: str | None
    citat: str | None
    src: Src


@binds(N.GROUPS)
@record
class RespondentGroup:
    grupp: str
    beskrivning: str | None
    antal: int | None
    kvinnor: int | None
    man: int | None
    src: Src


@binds(N.INDICATORS)
@record
class Indicator:
    nr: int
    indikator: str
    src: Src


@binds(N.RESULTS)
@record
class Answer:
    """One row of the results: the answers of one question by one respondent group, all of
    them (Samtliga), or its women or men. Shares as fractions (0,95); None: not reported."""

    indikator: int | None
    fraga: str | None
    grupp: str | None
    kon: str | None
    skala: str | None
    antal: int | None
    negativ: Decimal | None
    neutral: Decimal | None
    positiv: Decimal | None
    klart_positivt: Decimal | None
    svarsfrekvens: Decimal | None
    forandring: Decimal | None
    src: Src

    @property
    def yes_no(self) -> bool:
        return self.skala == "Ja/Nej"


def show_split(women: int | None, men: int | None) -> bool:
    """NNS's rule: survey results by gender only where both women and men are at least ten."""
    return (women or 0) >= NNS_MIN_PER_GENDER and (men or 0) >= NNS_MIN_PER_GENDER


@record
class Question:
    indikator: int | None
    fraga: str
    grupp: str
    skala: str | None
    samtliga: Answer | None
    kvinnor: Answer | None
    man: Answer | None

    @property
    def split_shown(self) -> bool:
        """Both gender rows are there and NNS's rule allows showing them."""
        return (self.kvinnor is not None and self.man is not None
                and show_split(self.kvinnor.antal, self.man.antal))

    @property
    def rows(self) -> tuple[Answer, ...]:
        return tuple(a for a in (self.samtliga, self.kvinnor, self.man) if a is not None)


@record
class Survey:
    info: SurveyInfo
    groups: tuple[RespondentGroup, ...]
    indicators: tuple[Indicator, ...]
    answers: tuple[Answer, ...]
    questions: tuple[Question, ...]       # the answers grouped (``questions``)

    def group(self, name: str | None) -> RespondentGroup | None:
        from ..names import norm

        return next((g for g in self.groups if name and norm(g.grupp) == norm(name)), None)

    @property
    def has_results(self) -> bool:
        return bool(self.answers)


def _filled(answers: tuple[Answer, ...]) -> tuple[Answer, ...]:
    """A women's or men's row takes a blank indicator, question, group or scale from the row
    above (the förbund types them once, on the Samtliga row)."""
    out, above = [], None
    for a in answers:
        if a.kon in ("Kvinnor", "Män") and above is not None:
            changes = {k: getattr(above, k) for k in ("indikator", "fraga", "grupp", "skala")
                       if getattr(a, k) in (None, "")}
            if changes:
                a = dataclasses.replace(a, **changes)
        out.append(a)
        above = a
    return tuple(out)


def questions(answers) -> tuple[Question, ...]:
    """The answers grouped into questions: a Samtliga row (or a blank Svarande) starts one;
    the women's and men's rows below it with the same question and group belong to it."""
    out: list[Question] = []
    current: dict | None = None

    def close():
        if current is not None:
            out.append(Question(**current))

    for a in answers:
        gender = a.kon or "Samtliga"
        same = (current is not None and current["fraga"] == (a.fraga or "") and current["grupp"] == (a.grupp or "")
                and current["indikator"] == a.indikator)
        slot = {"Samtliga": "samtliga", "Kvinnor": "kvinnor", "Män": "man"}[gender]
        if not same or current[slot] is not None:
            close()
            current = {"indikator": a.indikator, "fraga": a.fraga or "", "grupp": a.grupp or "",
                       "skala": a.skala, "samtliga": None, "kvinnor": None, "man": None}
        current[slot] = a
    close()
    return tuple(out)


def build(book: WorkbookData) -> Survey:
    sheets = book.sheets
    return Survey(
        info=form_record(SurveyInfo, sheets["nns"]),
        groups=records(sheets["nnsgrupper"], RespondentGroup),
        indicators=records(sheets["nnsindikatorer"], Indicator),
        answers=(answers := _filled(records(sheets["nnsresultat"], Answer))),
        questions=questions(answers),
    )

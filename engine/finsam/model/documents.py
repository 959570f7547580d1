"""Which documents a folder holds, read and modelled in one pass.

A förbund folder may hold the annual-report workbooks (ekonomi, insatser, deltagare,
texter), any number of meeting workbooks (sammantrade*.xlsx) and interim follow-ups
(budgetuppfoljning*.xlsx). Every problem in every file is collected before failing.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from ..errors import InputError, Location, Problem
from ..gcpause import paused_gc
from ..read import WorkbookData, find_workbook, find_workbooks, read_workbook, read_workbooks
from ..schema import ANNUAL_REPORT_WORKBOOKS, EKONOMI
from ..schema.sammantrade import FOLLOWUP_WB, MEETING_WB
from ..schema.verksamhetsplan import PLAN_WB
from .build import build_model
from .meeting import FollowUp, Minutes, build_followup, build_minutes
from .plan import Plan, build_plan
from .types import Forbund


@dataclass
class Documents:
    folder: Path
    annual_books: dict[str, WorkbookData] | None = None
    forbund: Forbund | None = None
    minutes: list[tuple[WorkbookData, Minutes]] = field(default_factory=list)
    followups: list[tuple[WorkbookData, FollowUp]] = field(default_factory=list)
    plans: list[tuple[WorkbookData, Plan]] = field(default_factory=list)

    @property
    def empty(self) -> bool:
        return self.forbund is None and not self.minutes and not self.followups and not self.plans


def _previous_equity(folder: Path, facts, problems: list[Problem]):
    """Eget kapital at the end of the previous year from that year's ekonomi.xlsx, in kr."""
    if not facts.foregaende_ar:
        return None, None
    other = (folder / facts.foregaende_ar).resolve()
    path = find_workbook(other, EKONOMI.filename)
    if path is None:
        problems.append(Problem(facts.src.loc("foregaende_ar"), f"en mapp med {EKONOMI.filename}",
                                f"ingen sådan fil i {other}"))
        return None, None
    book = read_workbook(path, EKONOMI, problems)
    if book is None or "br" not in book.sheets or book.sheets["br"] is None:
        return None, None
    settings = book.sheets["installningar"]
    year = settings.values.get("ar")
    if year is not None and year != facts.ar - 1:
        problems.append(Problem(facts.src.loc("foregaende_ar"), f"föregående års ekonomi.xlsx ({facts.ar - 1})",
                                f"räkenskapsår {year} i {path}"))
        return None, None
    br = book.sheets["br"]
    value = br.values.get(("eget_kapital", "i_ar"))
    loc = Location(f"{other.name}/{book.source.name}", br.sheet, br.refs.get(("eget_kapital", "i_ar")))
    return value, loc


@paused_gc()
def load_documents(folder: Path, keep_raw: bool = False, parallel: bool = False) -> Documents:
    """Read every document set in ``folder``. ``keep_raw`` keeps every stored cell of the
    annual-report workbooks for the auditor's copy (only a build needs it)."""
    folder = Path(folder)
    if not folder.is_dir():
        raise InputError([Problem(Location(str(folder)), "en mapp med förbundets arbetsböcker",
                                  "ingen sådan mapp")])
    problems: list[Problem] = []
    docs = Documents(folder)
    annual_paths = {s.filename: find_workbook(folder, s.filename) for s in ANNUAL_REPORT_WORKBOOKS}
    if any(annual_paths.values()):
        books = {}
        present = []
        for schema in ANNUAL_REPORT_WORKBOOKS:
            path = annual_paths[schema.filename]
            if path is None:
                problems.append(Problem(Location(schema.filename), f"filen {schema.filename} i mappen {folder}",
                                        "ingen sådan fil", "Årsredovisningen behöver alla fyra arbetsböckerna; "
                                        "skapa tomma med ”finsam new MAPP”."))
                continue
            present.append((path, schema))
        for (_, schema), book in zip(present, read_workbooks(present, problems, keep_raw, parallel)):
            if book is not None:
                books[schema.filename] = book
        if not problems:
            docs.annual_books = books
            docs.forbund = build_model(books)
    for path in find_workbooks(folder, MEETING_WB.filename):
        book = read_workbook(path, MEETING_WB, problems)
        if book is not None and all(book.sheets.get(s.key) is not None for s in MEETING_WB.sheets):
            docs.minutes.append((book, build_minutes(book)))
    for path in find_workbooks(folder, FOLLOWUP_WB.filename):
        book = read_workbook(path, FOLLOWUP_WB, problems)
        if book is not None and all(book.sheets.get(s.key) is not None for s in FOLLOWUP_WB.sheets):
            followup = build_followup(book)
            value, loc = _previous_equity(folder, followup.facts, problems)
            docs.followups.append((book, build_followup(book, value, loc)))
    for path in find_workbooks(folder, PLAN_WB.filename):
        book = read_workbook(path, PLAN_WB, problems)
        if book is not None and all(book.sheets.get(s.key) is not None for s in PLAN_WB.sheets):
            docs.plans.append((book, build_plan(book)))
    if problems:
        raise InputError(problems)
    if docs.empty:
        raise InputError([Problem(Location(str(folder)), "arbetsböcker som ekonomi.xlsx, sammantrade.xlsx, "
                                  "budgetuppfoljning.xlsx eller verksamhetsplan.xlsx", "inga sådana filer",
                                  "Skapa tomma arbetsböcker med ”finsam new MAPP”.")])
    docs.minutes.sort(key=lambda item: item[1].facts.datum)
    docs.followups.sort(key=lambda item: item[1].facts.per)
    return docs

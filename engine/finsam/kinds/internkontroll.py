"""Intern styrning och kontroll: the year's plan för intern styrning och kontroll and its
risk- och väsentlighetsanalys, both from internkontroll.xlsx, as two documents the board
adopts (the plan's controls answer the analysis's risks process by process, so one workbook
and one set of checks hold them together)."""
from __future__ import annotations

from ..schema.internkontroll import INTERNKONTROLL_WB
from . import DocumentKind, Output, load_checks


def _build(books, related):
    from ..model.internkontroll import build

    return build(books[INTERNKONTROLL_WB.filename])


def _check(model, related):
    from ..check import registry

    load_checks(KIND)
    return registry.run(KIND.key, model)


def _plan(model, findings, draft):
    from ..render.internkontroll import render_plan

    return render_plan(model, findings, draft)


def _analysis(model, findings, draft):
    from ..render.internkontroll import render_analysis

    return render_analysis(model, findings, draft)


KIND = DocumentKind(
    key="internkontroll", title="Intern styrning och kontroll", workbooks=(INTERNKONTROLL_WB,),
    build=_build, check=_check, check_modules=("internkontroll",),
    outputs=(
        Output("Plan för intern styrning och kontroll", lambda m: f"internkontrollplan-{m.year}.docx", _plan,
               template="internkontrollplan.docx", layout="internkontrollplan"),
        Output("Risk- och väsentlighetsanalys", lambda m: f"riskanalys-{m.year}.docx", _analysis,
               template="riskanalys.docx", layout="riskanalys"),
    ),
    label=lambda m: f"Intern styrning och kontroll {m.year}",
    order=45, per_workbook=True, sort_key=lambda m: m.year,
    new_help="en plan för intern styrning och kontroll med risk- och väsentlighetsanalys",
    forbund=lambda m: m.settings.forbund, year=lambda m: m.year,
)

"""Sammanträdesprotokoll: one board meeting per workbook, numbered on from the previous
meeting in the folder, with its budget follow-ups as bilagor."""
from __future__ import annotations

from ..schema.sammantrade import MEETING_WB
from . import DocumentKind, Output, load_checks


def _build(books, related):
    from ..model.sammantrade import build

    book = books[MEETING_WB.filename]
    meeting = book.sheets["sammantrade"].values.get("datum")
    attachments = [d.model for d in related.documents("budgetuppfoljning")
                   if d.model.facts.bilaga_datum is not None and d.model.facts.bilaga_datum == meeting]
    return build(book, tuple(attachments))


def _check(model, related):
    from ..check import registry

    load_checks(KIND)

    from ..check import dokument, medel

    previous = related.previous.model if related.previous is not None else None
    applications = [d.model for d in related.documents("ansokan")]
    minutes = [d.model for d in related.documents(KIND.key)]
    reports = [d.model for d in related.documents("arsredovisning")]
    return (registry.run(KIND.key, model, previous) + medel.minutes_findings(model, applications, minutes)
            + dokument.annual_decisions(model, reports))


def _render(model, findings, draft):
    from ..render.sammantrade import render

    return render(model, findings, draft)


KIND = DocumentKind(
    key="sammantrade", title="Sammanträdesprotokoll", workbooks=(MEETING_WB,),
    build=_build, check=_check, check_modules=("sammantrade", "medel", "dokument"),
    outputs=(Output("Sammanträdesprotokoll", lambda m: f"protokoll-{m.facts.datum.isoformat()}.docx", _render,
                    template="protokoll.docx", layout="sammantrade"),),
    label=lambda m: f"Sammanträdesprotokoll {m.facts.datum.isoformat()} ({m.source})",
    order=30, per_workbook=True, sort_key=lambda m: m.facts.datum, needs=("budgetuppfoljning", "ansokan", "arsredovisning"),
    new_help="ett sammanträde",
    forbund=lambda m: m.facts.forbund, year=lambda m: m.facts.datum.year,
)

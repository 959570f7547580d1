"""Ansökan om medel: one application for funds per workbook, and the document the board
reads. A § of the minutes decides on it (sammanträde, sheet Beslut om medel); what it grants
is what the verksamhetsplan and the budget follow-up check their row for the insats against
(``grants``, read by those kinds through Related)."""
from __future__ import annotations

from pathlib import PurePath

from ..schema.ansokan import APPLICATION_WB
from . import DocumentKind, Output, load_checks


def _build(books, related):
    from ..model.ansokan import build

    return build(books[APPLICATION_WB.filename])


def _check(model, related):
    from ..check import registry

    load_checks(KIND)
    return registry.run(KIND.key, model)


def _render(model, findings, draft):
    from ..render.ansokan import render

    return render(model, findings, draft)


def _filename(model) -> str:
    """ansokan-arbetskonsulent.xlsx -> ansökan-arbetskonsulent.docx: the workbook's own name,
    so that several applications in one folder get one document each."""
    stem = PurePath(model.source).stem
    for prefix in ("ansokan", "ansökan", "Ansokan", "Ansökan"):
        if stem.startswith(prefix):
            stem = stem[len(prefix):]
            break
    stem = stem.strip(" -_")
    return f"ansökan-{stem}.docx" if stem else "ansökan.docx"


def grants(related) -> list:
    """What the minutes in the folder granted each application in it (model.ansokan.Granted),
    for the kinds whose budgets follow a grant."""
    from ..model.ansokan import granted

    return granted([d.model for d in related.documents(KIND.key)],
                   [d.model for d in related.documents("sammantrade")])


KIND = DocumentKind(
    key="ansokan", title="Ansökan om medel", workbooks=(APPLICATION_WB,),
    build=_build, check=_check, check_modules=("ansokan",),
    outputs=(Output("Ansökan om medel", _filename, _render, template="ansokan.docx", layout="ansokan"),),
    label=lambda m: f"Ansökan om medel: {m.facts.insats} ({m.source})",
    order=25, per_workbook=True, sort_key=lambda m: (m.facts.forsta_ar, m.facts.insats),
    new_help="en ansökan om medel",
    forbund=lambda m: m.facts.forbund, year=lambda m: m.facts.forsta_ar,
)

"""Budgetuppföljning: an interim follow-up (budget, utfall to a date, prognos), on its own
and as a bilaga of the meeting it belongs to."""
from __future__ import annotations

from ..schema.budgetuppfoljning import FOLLOWUP_WB
from ..schema.ekonomi import EKONOMI
from . import DocumentKind, Output, load_checks, previous_year


def _build(books, related):
    from ..model.arsredovisning import build_previous
    from ..model.budgetuppfoljning import build, closing_equity

    book = books[FOLLOWUP_WB.filename]
    year = book.year
    last = previous_year(related, book, ("uppgifter", "foregaende_ar"), EKONOMI.filename,
                         year - 1 if year else None)
    return build(book, closing_equity(build_previous(last)) if last is not None else None)


def _check(model, related):
    from ..check import registry

    from ..check import medel
    from .ansokan import grants

    load_checks(KIND)
    return (list(registry.run(KIND.key, model)) + related.link_findings(model.facts.src.loc("foregaende_ar"))
            + medel.followup_findings(model, grants(related)))


def _render(model, findings, draft):
    from ..render.budgetuppfoljning import render

    return render(model, findings, draft)


KIND = DocumentKind(
    key="budgetuppfoljning", title="Budgetuppföljning", workbooks=(FOLLOWUP_WB,),
    build=_build, check=_check, check_modules=("budgetuppfoljning", "medel"),
    outputs=(Output("Budgetuppföljning", lambda m: f"budgetuppföljning-{m.facts.per.isoformat()}.docx", _render,
                    template="budgetuppfoljning.docx", layout="budgetuppfoljning"),),
    label=lambda m: f"Budgetuppföljning per {m.facts.per.isoformat()} ({m.source})",
    order=20, per_workbook=True, sort_key=lambda m: m.facts.per,
    needs=("ansokan", "sammantrade"),  # read when checking: the grants its budget follows
    new_help="en budgetuppföljning",
    forbund=lambda m: m.facts.forbund, year=lambda m: m.facts.ar,
)

"""Verksamhetsplan och budget: next year's budget, the plan for two more, the members'
contributions, the result and balance budgets."""
from __future__ import annotations

from ..schema.verksamhetsplan import PLAN_WB
from . import DocumentKind, Output, load_checks


def _build(books, related):
    from ..model.verksamhetsplan import build

    return build(books[PLAN_WB.filename])


def _check(model, related):
    from ..check import registry

    from ..check import medel
    from .ansokan import grants

    load_checks(KIND)
    return registry.run(KIND.key, model) + medel.plan_findings(model, grants(related))


def _render(model, findings, draft):
    from ..render.verksamhetsplan import render

    return render(model, findings, draft)


KIND = DocumentKind(
    key="verksamhetsplan", title="Verksamhetsplan", workbooks=(PLAN_WB,),
    build=_build, check=_check, check_modules=("verksamhetsplan", "medel"),
    outputs=(Output("Verksamhetsplan", lambda m: f"verksamhetsplan-{m.facts.forsta_ar}.docx", _render,
                    template="verksamhetsplan.docx", layout="verksamhetsplan"),),
    label=lambda m: f"Verksamhetsplan {m.facts.forsta_ar} ({m.source})",
    order=40, per_workbook=True, sort_key=lambda m: m.facts.forsta_ar,
    needs=("ansokan", "sammantrade"),  # read when checking: the grants its budget follows
    new_help="en verksamhetsplan",
    forbund=lambda m: m.facts.forbund, year=lambda m: m.facts.forsta_ar,
)

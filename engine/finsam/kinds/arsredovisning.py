"""Årsredovisning: the annual report from ekonomi, insatser, deltagare and texter (and, when
the folder has it, nns.xlsx: the NNS indikatorenkät bilaga; and internkontroll.xlsx of the same
year: the follow-up of the internal control), and its auditor's workbook (revisionsunderlag)."""
from __future__ import annotations

from ..schema.ekonomi import EKONOMI
from ..schema.insatser import DELTAGARE_WB, INSATSER_WB
from ..schema.nns import NNS_WB
from ..schema.texter import TEXTER_WB
from . import DocumentKind, Output, load_checks, previous_year


def _build(books, related):
    from ..model.arsredovisning import build

    ekonomi = books[EKONOMI.filename]
    year = ekonomi.year
    previous = previous_year(related, ekonomi, ("installningar", "foregaende_ar"), EKONOMI.filename,
                             year - 1 if year else None)
    return _with_internal_control(build(books, previous), related)


def _with_internal_control(model, related):
    """The year's plan för intern styrning och kontroll, when the folder has internkontroll.xlsx
    for the same year and it reports the follow-up of its controls (the workbook is read once;
    its model is built here too, so the annual report needs no kind built before it)."""
    import dataclasses

    from ..schema.internkontroll import INTERNKONTROLL_WB

    book = related.book(INTERNKONTROLL_WB.filename, model.year)
    if book is None or book.origin:
        return model
    from ..model.internkontroll import build

    plan = build(book)
    return dataclasses.replace(model, internkontroll=plan) if plan.followed_up else model


def _check(model, related):
    from ..check import registry

    load_checks(KIND)
    from ..check.blame import annual_cells, collapse

    from ..check.dokument import budget_against_plan

    findings = collapse(registry.run(KIND.key, model.forbund, model.figures, model.previous),
                        *annual_cells(model.forbund))
    plans = [d.model for d in related.documents("verksamhetsplan")]
    return (findings + related.link_findings(model.forbund.settings.src.loc("foregaende_ar"))
            + budget_against_plan(model.forbund, plans))


def _report(model, findings, draft):
    from ..render.arsredovisning import render

    return render(model, findings, draft)


def _revision(model, findings, draft):
    from ..render.revision import render

    return render(model, findings, draft)


def _summary(model, findings) -> dict:
    """The roll-up's figures of one förbund's annual report."""
    from ..findings import tally

    f, fig = model.forbund, model.figures
    s, p = f.settings, fig.participants
    _, fel, avvikelser = tally(findings)
    return {
        "namn": s.namn, "ar": s.ar, "driftsbidrag": s.driftsbidrag,
        "resultat": fig.arets_resultat, "eget_kapital": fig.eget_kapital,
        "ek_andel": fig.equity.share, "ek_tak": s.ek_tak, "ek_golv": s.ek_golv,
        "ek_inom": fig.equity.met, "individ": fig.individ_utfall, "individ_andel": fig.individ_andel.value,
        "individ_mal": s.individ_mal, "individ_namnare": fig.individ_andel.denominator_label,
        "individ_uppnatt": fig.individual.met,
        "deltagare": p.totalt, "deltagare_kvinnor": p.kvinnor, "deltagare_man": p.man,
        "arbete_studier": p.arbete_studier, "arbete_studier_kvinnor": p.arbete_studier_kvinnor,
        "arbete_studier_man": p.arbete_studier_man, "fel": fel, "avvikelser": avvikelser,
    }


KIND = DocumentKind(
    key="arsredovisning", title="Årsredovisning",
    workbooks=(EKONOMI, INSATSER_WB, DELTAGARE_WB, TEXTER_WB),
    optional_workbooks=(NNS_WB,),
    build=_build, check=_check,
    check_modules=("statements", "budget", "policy", "participants", "comparatives", "nns", "prose", "blame", "dokument"),
    needs=("verksamhetsplan",),  # read when checking: the adopted budget of the year
    outputs=(
        Output("Årsredovisning", lambda m: f"årsredovisning-{m.year}.docx", _report,
               template="arsredovisning.docx", layout="arsredovisning"),
        Output("Revisionsunderlag", lambda m: f"revision-{m.year}.xlsx", _revision),
    ),
    label=lambda m: f"Årsredovisning {m.year}",
    order=10, new_help="årsredovisningens fyra arbetsböcker", summary=_summary,
    forbund=lambda m: m.forbund.settings.namn, year=lambda m: m.year,
)

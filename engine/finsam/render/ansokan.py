"""Context and rendering of an application for funds (ansökan om medel)."""
from __future__ import annotations

from ..findings import AVVIKELSE, FEL, SAKNAS, Finding
from ..model.ansokan import Application
from .amounts import shown
from .arsredovisning import _finding, paragraphs
from .capped import findings as capped_findings
from .docx import render_docx

APPLICANT_FIELDS = (("organisation", "Organisationens namn"), ("enhet", "Enhet/arbetsställe"),
                    ("part", "Förbundets part"), ("organisationsnummer", "Organisationsnummer"),
                    ("behorig", "Behörig att teckna avtal"), ("kontaktperson", "Kontaktperson"),
                    ("utdelningsadress", "Utdelningsadress"), ("postadress", "Postnummer och postadress"),
                    ("plusgiro", "Plusgiro"), ("bankgiro", "Bankgiro"))


def _cost_rows(a: Application) -> list[dict]:
    unit = a.unit
    out = []
    for r in a.costs:
        name = r.kostnadsslag + (f" ({r.specifikation})" if r.specifikation else "")
        out.append({"post": name, "varden": [shown(r.amount(k), unit, True) for k, _ in a.years],
                    # a row without figures (a cost type the insats does not have) has no total
                    "totalt": shown(r.all_years, unit, True) if any(v is not None for v in r.years) else None})
    return out


def application_context(a: Application, results: list[Finding], draft: bool = False) -> dict:
    from ..model.prose import application_references

    refs = application_references(a)
    f, s, d = a.facts, a.applicant, a.description
    unit = a.unit
    bad = [r for r in results if not r.ok]
    parties = a.cooperating
    signatures = [{"namn": s.behorig or "", "roll": f"För ansvarig part, {s.organisation}"}]
    signatures += [{"namn": p.behorig or "", "roll": f"För samverkande part, {p.organisation}"} for p in a.partners]
    return {
        "utkast": draft,
        "antal_fel": sum(1 for r in bad if r.severity == FEL),
        **capped_findings([_finding(r) for r in bad if r.severity == FEL] + [_finding(r) for r in bad if r.severity == SAKNAS]
                          + [_finding(r) for r in bad if r.severity == AVVIKELSE]),
        "a": {
            "forbund": f.forbund, "insats": f.insats, "diarienummer": f.diarienummer or "", "datum": f.datum,
            "period": f.period or "", "villkor": a.terms.villkor or "", "mottagare": a.terms.mottagare or "",
            "sokande": [{"etikett": label, "varde": getattr(s, key)} for key, label in APPLICANT_FIELDS
                        if getattr(s, key)],
            "samverkansparter": [{"organisation": p.organisation, "enhet": p.enhet or "", "behorig": p.behorig or "",
                                  "kontaktperson": p.kontaktperson or ""} for p in a.partners],
            "parter": list(parties), "antal_parter": len(parties), "minst_parter": a.terms.minst_parter,
            "sammanfattning": paragraphs(d.sammanfattning, refs), "bakgrund": paragraphs(d.bakgrund, refs),
            "syfte": paragraphs(d.syfte, refs), "malgrupp": paragraphs(d.malgrupp, refs),
            "malgrupper": [{"grupp": g.grupp, "beskrivning": g.beskrivning or ""} for g in a.target_groups],
            "mal": [{"mal": g.mal, "indikator": g.indikator or ""} for g in a.goals],
            "mal_forbehall": paragraphs(d.mal_forbehall, refs),
            "avsnitt": [{"rubrik": x.rubrik, "stycken": paragraphs(x.text, refs)} for x in a.sections if x.text],
            "enhet": unit.name, "ar": [y for _, y in a.years], "antal_ar": len(a.years),
            "kostnader": _cost_rows(a),
            "summa": [shown(a.year_total(k), unit, True) for k, _ in a.years],
            "summa_totalt": shown(a.budget_total, unit, True),
            "sokt": shown(f.sokt_belopp, unit, True),
            "sokt_per_ar": [{"ar": y, "belopp": shown(a.year_total(k), unit, True)} for k, y in a.years
                            if a.year_total(k) is not None],
            "underskrifter": signatures,
        },
    }


def render(a: Application, results: list[Finding], draft: bool = False) -> bytes:
    return render_docx("ansokan.docx", application_context(a, results, draft))

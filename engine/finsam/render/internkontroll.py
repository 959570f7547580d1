"""Context and rendering of the plan för intern styrning och kontroll and the risk- och
väsentlighetsanalys (both from internkontroll.xlsx)."""
from __future__ import annotations

from ..findings import AVVIKELSE, FEL, SAKNAS, Finding
from ..model.internkontroll import HIGH, LOW, MEDIUM, Plan
from .arsredovisning import _finding, paragraphs
from .docx import render_docx

# The risk matrix's cell colours (fill, hex RGB) per band, and the legend's words.
COLOURS = {HIGH: "F4A6A6", MEDIUM: "FFE699", LOW: "C5E0B3", None: "FFFFFF"}
BANDS = ((HIGH, "kräver kontroll i planen"), (MEDIUM, "bevakas"), (LOW, "låg"))

PLAN_INTRO = (
    "Förbundet upprättar varje år en plan för intern styrning och kontroll. Planen anger hur förbundet "
    "följer upp att verksamheten sköts ändamålsenligt, effektivt och säkert, att den finansiella "
    "rapporteringen är tillförlitlig och att lag, förbundsordning och förbundets egna riktlinjer följs.",
    "Kontrollerna bygger på årets risk- och väsentlighetsanalys. Varje kontroll har en kontrollansvarig, en "
    "frekvens och en mottagare av rapporteringen; uppföljningen redovisas för styrelsen.",
)
ANALYSIS_INTRO = (
    "I risk- och väsentlighetsanalysen bedöms de risker som kan uppstå i förbundets rutiner och processer: "
    "hur sannolikt det är att risken inträffar och hur väsentliga konsekvenserna blir om den gör det.",
)


def _findings(results: list[Finding]) -> dict:
    bad = [r for r in results if not r.ok]
    return {
        "antal_fel": sum(1 for r in bad if r.severity == FEL),
        "fynd": [_finding(r) for r in bad if r.severity == FEL] + [_finding(r) for r in bad if r.severity == SAKNAS]
                + [_finding(r) for r in bad if r.severity == AVVIKELSE],
    }


def _common(p: Plan) -> dict:
    s = p.settings
    return {"forbund": s.forbund, "ar": s.ar, "antagen": s.antagen, "paragraf": s.paragraf or "",
            "forslag": not p.adopted, "grans": p.limit}


def plan_context(p: Plan, results: list[Finding], draft: bool = False) -> dict:
    s = p.settings
    a = _common(p)
    a.update({
        "inledning": paragraphs(s.inledning) or list(PLAN_INTRO),
        "styrdokument": [d.dokument + (f" (senast antaget {d.antagen.isoformat()})" if d.antagen else "")
                         for d in p.documents],
        "kontroller": [{"process": c.process or "", "moment": c.kontrollmoment, "ansvarig": c.kontrollansvarig or "",
                        "frekvens": c.frekvens or "", "rapportering": c.rapportering_till or ""}
                       for c in p.controls],
        "uppfoljning": followup(p),
    })
    return {"utkast": draft, **_findings(results), "a": a}


def followup(p: Plan) -> dict | None:
    """The year's follow-up of the controls, when the workbook reports it (also read by the
    annual report's section on intern kontroll)."""
    s = p.settings
    if not p.followed_up and s.uppfoljning_datum is None and not s.uppfoljning_resultat:
        return None
    rows = []
    for c in p.controls:
        outcome = "Inte rapporterad" if not c.followed_up else \
            {"Ja": "Utförd", "Delvis": "Delvis utförd", "Nej": "Inte utförd"}.get(c.utfort or "", "")
        rows.append({"process": c.process or "", "moment": c.kontrollmoment, "utfall": outcome,
                     "avvikelse": c.avvikelse or "", "kommentar": c.kommentar or ""})
    done = sum(1 for c in p.controls if c.utfort == "Ja")
    deviations = sum(1 for c in p.controls if c.avvikelse == "Ja")
    found = "ingen fann avvikelser" if not deviations else \
        ("en fann avvikelser" if deviations == 1 else f"{deviations} fann avvikelser")
    return {"datum": s.uppfoljning_datum, "av": s.uppfoljning_av or "", "resultat": paragraphs(s.uppfoljning_resultat),
            "rader": rows, "sammanfattning": f"{done} av {len(p.controls)} kontroller är utförda; {found}."}


def _scale(levels) -> list[dict]:
    return [{"niva": x.niva, "namn": x.namn, "beskrivning": x.beskrivning or ""} for x in levels]


def analysis_context(p: Plan, results: list[Finding], draft: bool = False) -> dict:
    s = p.settings
    a = _common(p)
    risks = []
    for r in p.risks:
        controls = p.controls_for(r.process)
        risks.append({"nr": f"R{p.number(r)}", "process": r.process or "", "risk": r.risk or "",
                      "sannolikhet": r.sannolikhet, "vasentlighet": r.vasentlighet, "varde": r.value,
                      "hantering": r.riskhantering,
                      "kontroll": "Ja" if controls else ("Saknas" if p.needs_control(r) else "–")})
    matrix = []
    for row in p.matrix():
        level = next(x for x in p.levels("sannolikhet") if x.niva == row[0][0])
        matrix.append({"niva": level.niva, "namn": level.namn,
                       "celler": [{"text": ", ".join(f"R{p.number(r)}" for r in found),
                                   "farg": COLOURS[p.band(sv * iv)]} for sv, iv, found in row]})
    high = [r for r in p.risks if p.needs_control(r)]
    a.update({
        "inledning": paragraphs(s.analysens_inledning) or list(ANALYSIS_INTRO),
        "sannolikhet": _scale(p.levels("sannolikhet")), "vasentlighet": _scale(p.levels("vasentlighet")),
        "antal_v": len(p.levels("vasentlighet")),
        "risker": risks, "matris": matrix,
        "forklaring": [{"farg": COLOURS[band], "text": text} for band, text in BANDS],
        "hoga": [{"nr": f"R{p.number(r)}", "risk": r.risk or r.process or r.riskhantering, "varde": r.value,
                  "kontroll": ", ".join(c.kontrollmoment for c in p.controls_for(r.process))} for r in high],
    })
    return {"utkast": draft, **_findings(results), "a": a}


def render_plan(p: Plan, results: list[Finding], draft: bool = False) -> bytes:
    return render_docx("internkontrollplan.docx", plan_context(p, results, draft))


def render_analysis(p: Plan, results: list[Finding], draft: bool = False) -> bytes:
    return render_docx("riskanalys.docx", analysis_context(p, results, draft))

"""The template context of the annual report: model and computations as plain data.

Numbers stay numbers (Decimal/int); the template formats them with filters. Text that
depends on a result ("Målet är uppnått") is decided here from the figures, never typed.
"""
from __future__ import annotations

from decimal import Decimal

from ..findings import AVVIKELSE, FEL, Finding
from ..model.arsredovisning import AnnualReport, Forbund
from ..model.base import ZERO, Statement, find_row
from ..model.figures import Figures
from ..model.goals import evaluate
from ..names import norm
from ..schema.ekonomi import BALANCE_REQUIREMENT, BALANCE_SHEET, CASH_FLOW, INCOME_STATEMENT
from .docx import render_docx

# NNS reports a gender split only when both women and men are at least this many.
NNS_MINSTA_ANTAL_PER_KON = 10

ACHIEVED_TEXT = {"Ja": "Målet är uppnått.", "Nej": "Målet är ej uppnått.",
                 "Delvis": "Målet är delvis uppnått.", "Ej bedömt": "Målet kan inte bedömas."}


def paragraphs(text: str | None) -> list[str]:
    if not text:
        return []
    return [p.strip() for p in text.split("\n") if p.strip()]


def show_split(women: int | None, men: int | None) -> bool:
    return (women or 0) >= NNS_MINSTA_ANTAL_PER_KON and (men or 0) >= NNS_MINSTA_ANTAL_PER_KON


def _count_cell(total: int | None, women: int | None, men: int | None) -> dict:
    return {"totalt": total or 0, "kvinnor": women or 0, "man": men or 0,
            "visa_kon": show_split(women, men)}


def _statement_rows(st: Statement, spec, negate: tuple[str, ...] = (), years=("i_ar", "fg_ar")):
    rows = []
    for line in spec.lines:
        sign = -1 if line.key in negate else 1
        rows.append({
            "post": line.label, "not": line.note or "", "rubrik": line.heading, "stark": line.strong,
            "varden": [] if line.heading else [sign * st.get(line.key, y) for y in years],
        })
    return rows


def _participants(f: Forbund, fig: Figures) -> dict:
    rows = []
    for r in f.participants:
        rows.append({
            "insats": r.insats,
            "deltagare": _count_cell(r.totalt if r.totalt is not None else
                                     r.n("kvinnor") + r.n("man") + r.n("okant_kon"), r.kvinnor, r.man),
            "volym": r.volym,
            "arbete": _count_cell(r.n("arbete_kvinnor") + r.n("arbete_man"), r.arbete_kvinnor, r.arbete_man),
            "studier": _count_cell(r.n("studier_kvinnor") + r.n("studier_man"), r.studier_kvinnor,
                                   r.studier_man),
        })
    t = fig.participants
    total = {
        "deltagare": _count_cell(t.totalt, t.kvinnor, t.man),
        "volym": t.volym,
        "arbete": _count_cell(t.arbete, t.arbete_kvinnor, t.arbete_man),
        "studier": _count_cell(t.studier, t.studier_kvinnor, t.studier_man),
    }
    suppressed = any(not c["visa_kon"] and c["totalt"] for r in rows + [total]
                     for c in (r["deltagare"], r["arbete"], r["studier"]))
    return {"rader": rows, "totalt": total, "undertryckt": suppressed,
            "okant_kon": t.okant_kon, "till_arbete_studier": t.arbete + t.studier,
            "till_arbete_studier_kvinnor": t.arbete_studier_kvinnor,
            "till_arbete_studier_man": t.arbete_studier_man,
            "visa_kon_avslut": show_split(t.arbete_studier_kvinnor, t.arbete_studier_man)}


def _goal(goal, totals) -> dict:
    o = evaluate(goal, totals)
    return {
        "mal": goal.mal, "matetal": goal.matetal, "utfall": o.utfall,
        "visa_kon": o.computed and o.kvinnor is not None and show_split(o.kvinnor, o.man),
        "kvinnor": o.kvinnor, "man": o.man, "utfall_fg": goal.utfall_fg,
        "jamforelse": goal.jamforelse, "malvarde": goal.malvarde,
        "berakning": o.computed, "kommentar": paragraphs(goal.kommentar),
        "uppnatt": o.uppnatt or "", "slutsats": ACHIEVED_TEXT.get(o.uppnatt or "", "Målet kan inte bedömas."),
    }


def _insatser(f: Forbund, individual: bool) -> list[dict]:
    out = []
    for ins in f.insatser:
        if ins.individinriktad != individual:
            continue
        goals = [{"mal": g.mal, "uppnatt": g.uppnatt, "resultat": g.resultat or ""}
                 for g in f.insats_goals if norm(g.insats) == norm(ins.namn)]
        out.append({"namn": ins.namn, "agare": ins.agare or "", "budget": ins.budget,
                    "utfall": ins.utfall, "beskrivning": paragraphs(ins.beskrivning), "mal": goals})
    return out


def _budget(f: Forbund) -> list[dict]:
    rows = []
    for r in f.budget:
        kind = {"Rad": "rad", "Rubrik": "rubrik"}.get(r.radtyp, "summa")
        diff = None if kind == "rubrik" else (r.budget or ZERO) - (r.utfall or ZERO)
        rows.append({"post": r.post.lstrip("•· ").strip() if kind != "rad" else r.post,
                     "typ": kind, "budget": r.budget, "utfall": r.utfall, "differens": diff,
                     "utfall_fg": r.utfall_fg, "indrag": r.post.lstrip().startswith(("•", "·"))})
    return rows


def _operating_statement(f: Forbund) -> list[dict]:
    """Driftredovisning (tkr) from the budget follow-up and the balance sheet. The deviation
    column is signed so that + is better than budget on every line."""
    costs = find_row(f.budget, "Summa kostnader")
    income = find_row(f.budget, "Summa grupp", "Intäkter")
    result = find_row(f.budget, "Resultat")
    th = Decimal(1000)

    def val(row, key):
        return getattr(row, key) if row is not None and getattr(row, key) is not None else None

    ek_start = f.br.get("ovrigt_eget_kapital") / th
    budget_result = val(result, "budget") or ZERO
    rows = [
        ("Nettokostnad", val(costs, "utfall"), val(costs, "budget"), val(costs, "utfall_fg"), -1),
        ("Driftsbidrag från medlemmarna", val(income, "utfall"), val(income, "budget"),
         val(income, "utfall_fg"), 1),
        ("Resultat", val(result, "utfall"), val(result, "budget"), val(result, "utfall_fg"), 1),
        ("Utgående eget kapital", f.br.get("eget_kapital") / th, ek_start + budget_result,
         f.br.get("eget_kapital", "fg_ar") / th, 1),
        ("Likvida medel", (f.br.get("kassa_bank") + f.br.get("kortfristiga_placeringar")) / th, None,
         (f.br.get("kassa_bank", "fg_ar") + f.br.get("kortfristiga_placeringar", "fg_ar")) / th, 1),
    ]
    out = []
    for label, actual, budget, last, sign in rows:
        deviation = None if actual is None or budget is None else sign * (actual - budget)
        out.append({"post": label, "utfall": actual, "budget": budget, "avvikelse": deviation,
                    "utfall_fg": last})
    return out


def _notes(f: Forbund) -> list[dict]:
    titles = {}
    for spec, st in ((INCOME_STATEMENT, f.rr), (BALANCE_SHEET, f.br)):
        for line in spec.lines:
            if line.note:
                titles[line.note] = (line.label, st, line.key)
    out = [{"nr": 1, "rubrik": "Redovisningsprinciper", "text": paragraphs(f.texts.get("redovisningsprinciper")),
            "rader": [], "summa": None}]
    numbers = sorted(set(titles) | {n.not_nr for n in f.notes})
    for nr in numbers:
        lines = [n for n in f.notes if n.not_nr == nr]
        title, st, key = titles.get(nr, (f"Not {nr}", None, None))
        note = {"nr": nr, "rubrik": title, "text": [], "summa": None,
                "rader": [{"post": n.post, "varden": [n.i_ar, n.fg_ar]} for n in lines]}
        if lines:
            note["summa"] = [sum((n.i_ar or ZERO for n in lines), ZERO),
                             sum((n.fg_ar or ZERO for n in lines), ZERO)]
        elif key == "kostnader":
            note["text"] = ["Verksamhetens kostnader specificeras i avsnitt 2.1 Detaljerad "
                            "budgetuppföljning."]
        else:
            continue
        out.append(note)
    return out


def _meetings(f: Forbund) -> str:
    parts = []
    for m in sorted(f.meetings, key=lambda m: m.datum):
        text = f"{m.datum.day}/{m.datum.month}"
        if m.anteckning:
            text += f" ({m.anteckning})"
        parts.append(text)
    if len(parts) > 1:
        return ", ".join(parts[:-1]) + " och " + parts[-1]
    return "".join(parts)


def _finding(r: Finding) -> dict:
    loc = r.location
    return {"allvarlighet": r.severity, "kod": r.code,
            "plats": ", ".join(x for x in (loc.workbook, loc.sheet, loc.cell) if x),
            "forvantat": r.expected_text, "faktiskt": r.actual_text, "meddelande": r.text()}


def annual_report_context(f: Forbund, fig: Figures, results: list[Finding], draft: bool) -> dict:
    s = f.settings
    change = s.driftsbidrag - s.driftsbidrag_fg
    bad = [r for r in results if not r.ok]
    insatser_total = fig.insatser_utfall
    board = [b for b in f.board]
    chair = next((b.namn for b in board if b.roll == "Ordförande"), "")
    members = [{"namn": m.namn, "andel": m.andel, "belopp": m.andel * s.driftsbidrag} for m in f.members]
    equity = fig.equity
    return {
        "utkast": draft,
        "fynd": [_finding(r) for r in bad if r.severity == FEL] + [_finding(r) for r in bad if r.severity == AVVIKELSE],
        "antal_fel": sum(1 for r in bad if r.severity == FEL),
        "antal_avvikelser": sum(1 for r in bad if r.severity == AVVIKELSE),
        "antal_kontroller": len(results),
        "f": {"namn": s.namn, "ort": s.ort, "ar": s.ar, "ar_fg": s.ar - 1, "ar_fg2": s.ar - 2,
              "beslutsdatum": s.beslutsdatum, "organisationsnummer": s.organisationsnummer or "",
              "anstallda": s.anstallda},
        "texter": {key: paragraphs(value) for key, value in f.texts.items()},
        "sammanfattning": {
            "driftsbidrag": s.driftsbidrag, "driftsbidrag_fg": s.driftsbidrag_fg,
            "forandring": abs(change), "riktning": "ökning" if change > 0 else "minskning" if change < 0 else "",
            "forfogar": s.driftsbidrag + f.br.get("eget_kapital", "fg_ar"),
            "insatser": insatser_total, "individ": fig.individ_utfall, "struktur": fig.struktur_utfall,
            "individ_andel_drift": fig.individ_utfall / s.driftsbidrag if s.driftsbidrag else None,
            "struktur_andel_drift": fig.struktur_utfall / s.driftsbidrag if s.driftsbidrag else None,
            "resultat": fig.arets_resultat, "overskott": fig.arets_resultat >= 0,
            "eget_kapital": fig.eget_kapital,
        },
        "medlemmar": members,
        "femar": {"ar": [r.ar for r in f.five_years], "rader": [
            {"post": "Verksamhetens intäkter", "typ": "kr", "varden": [r.intakter for r in f.five_years]},
            {"post": "Verksamhetens kostnader", "typ": "kr", "varden": [r.kostnader for r in f.five_years]},
            {"post": "Årets resultat", "typ": "kr", "varden": [r.resultat for r in f.five_years]},
            {"post": "Soliditet", "typ": "pct", "varden": [r.soliditet for r in f.five_years]},
            {"post": "Antal anställda", "typ": "antal", "varden": [r.anstallda for r in f.five_years]},
        ]},
        "styrelse": {
            "ordinarie": [{"namn": b.namn, "roll": b.roll, "organisation": b.organisation,
                           "period": b.period or ""} for b in board if b.ordinarie],
            "ersattare": [{"namn": b.namn, "organisation": b.organisation, "period": b.period or ""}
                          for b in board if not b.ordinarie],
            "undertecknare": [{"namn": b.namn, "roll": b.roll} for b in board if b.signs],
            "ordforande": chair,
        },
        "sammantraden": {"antal": len(f.meetings), "lista": _meetings(f)},
        "deltagare": _participants(f, fig),
        "verksamhetsmal": [_goal(g, fig.participants) for g in f.goals if g.kategori == "Verksamhetsmål"],
        "finansiella_mal": [_goal(g, fig.participants) for g in f.goals if g.kategori == "Finansiellt mål"],
        "ek_mal": {"tak": equity.cap_share, "golv": equity.floor, "eget_kapital": equity.value,
                   "andel": equity.share, "driftsbidrag": equity.allocation,
                   "uppnatt": bool(equity.met), "over_tak": equity.within_cap is False,
                   "under_golv": equity.above_floor is False, "tak_kr": equity.cap},
        "individ_mal": {"mal": fig.individual.goal, "utfall": fig.individ_utfall, "andel": fig.individ_andel.value,
                        "namnare": fig.individ_andel.denominator,
                        "namnare_text": fig.individ_andel.denominator_label, "uppnatt": bool(fig.individual.met)},
        "insatser_individ": _insatser(f, True),
        "insatser_struktur": _insatser(f, False),
        "bkr": {"ar": [s.ar, s.ar - 1, s.ar - 2],
                "rader": _statement_rows(f.bkr, BALANCE_REQUIREMENT, years=("i_ar", "fg_ar", "fg2_ar")),
                "resultat": fig.balanskravsresultat},
        "rr": _statement_rows(f.rr, INCOME_STATEMENT, negate=("kostnader", "finansiella_kostnader")),
        "br": _statement_rows(f.br, BALANCE_SHEET),
        "kf": _statement_rows(f.kf, CASH_FLOW),
        "budget": _budget(f),
        "drift": _operating_statement(f),
        "noter": _notes(f),
        "soliditet": fig.soliditet.value,
    }


def render(report: AnnualReport, results: list[Finding], draft: bool = False) -> bytes:
    """The annual report (arsredovisning.docx) as bytes."""
    return render_docx("arsredovisning.docx", annual_report_context(report.forbund, report.figures, results, draft))

"""The template context of the annual report: model and computations as plain data.

Numbers stay numbers; the template formats them with filters. Amounts are shown in the
unit the förbund reports each table in (``Shown``), and a figure nobody reported is None,
which the template leaves out or prints as not reported, never as 0. Text that depends on a
result ("Målet är uppnått") is decided from the figures, never typed.
"""
from __future__ import annotations

from decimal import Decimal

from ..findings import AVVIKELSE, FEL, SAKNAS, Finding
from ..model.arsredovisning import AnnualReport, Forbund
from ..model.base import Statement, find_row
from ..model.budget import FORWARD
from ..model.figures import Figures, add
from ..model.goals import MET, NOT_JUDGED, NOT_MET, PARTLY, evaluate, insats_judgement
from ..names import norm
from ..schema.ekonomi import BALANCE_REQUIREMENT, BALANCE_SHEET, CASH_FLOW, INCOME_STATEMENT
from ..schema.texter import SECTIONS
from ..units import KR
from .amounts import label, shown
from .capped import head
from .diagram import NO_CHARTS, annual_charts
from .docx import render_docx
from .nns import bilagor, nns_context
from .text import Block, blocks, plain_block

# NNS reports a gender split of survey respondents only when both women and men are at least
# this many. Participant counts are not survey results: they are shown as the förbund reports.
NNS_MINSTA_ANTAL_PER_KON = 10

CONCLUSION = {MET: "Målet är uppnått.", NOT_MET: "Målet är inte uppnått.", PARTLY: "Målet är delvis uppnått.",
              NOT_JUDGED: "Målet har inte bedömts."}


def paragraphs(text: str | None, refs=None) -> list[Block]:
    """A free text's paragraphs with their sub-headings, lists, bold and italic (render.text);
    with ``refs`` (model.prose.References), its [references] are filled in, paragraph by
    paragraph, before the markup is read."""
    if refs is None:
        return blocks(text, None)
    from .prose import fill

    return blocks(text, lambda p: fill(p, refs))


def _filled(text: str | None, refs) -> str:
    """A one-cell text (a goal's result in a table) with its references filled in."""
    if not text:
        return ""
    if refs is None:
        return text
    from .prose import fill

    return fill(text, refs)


def show_split(women: int | None, men: int | None) -> bool:
    """The NNS rule, for survey respondents (and the roll-up's outcomes across förbund)."""
    return (women or 0) >= NNS_MINSTA_ANTAL_PER_KON and (men or 0) >= NNS_MINSTA_ANTAL_PER_KON


def _count_cell(total: int | None, women: int | None, men: int | None) -> dict:
    """A count with its split by gender, shown as the förbund reports it (a split is shown
    when both figures are reported)."""
    return {"totalt": total, "kvinnor": women, "man": men, "visa_kon": women is not None and men is not None}


def _statement_rows(st: Statement, spec, negate: tuple[str, ...] = (), years=("i_ar", "fg_ar"),
                    notes: frozenset = frozenset()):
    """A statement's lines; a line refers to its note only when the document has that note."""
    rows = []
    for line in spec.lines:
        sign = -1 if line.key in negate else 1
        values = [] if line.heading else [st.value(line.key, y) for y in years]
        rows.append({
            "post": line.label, "not": line.note if line.note in notes else "", "rubrik": line.heading,
            "stark": line.strong,
            "varden": [shown(sign * v if v is not None else None, st.unit, typed=True) for v in values],
        })
    return rows


def _participants(f: Forbund, fig: Figures) -> dict:
    rows = []
    shown_rows, left_out = head(f.participants)
    for r in shown_rows:
        rows.append({
            "insats": r.insats,
            "deltagare": _count_cell(r.totalt if r.totalt is not None else add(r.kvinnor, r.man, r.okant_kon),
                                     r.kvinnor, r.man),
            "volym": r.volym,
            "arbete": _count_cell(add(r.arbete_kvinnor, r.arbete_man, r.arbete_okant),
                                  r.arbete_kvinnor, r.arbete_man),
            "studier": _count_cell(add(r.studier_kvinnor, r.studier_man, r.studier_okant),
                                   r.studier_kvinnor, r.studier_man),
        })
    t = fig.participants
    total = {
        "deltagare": _count_cell(t.totalt, t.kvinnor, t.man),
        "volym": t.volym,
        "arbete": _count_cell(t.arbete, t.arbete_kvinnor, t.arbete_man),
        "studier": _count_cell(t.studier, t.studier_kvinnor, t.studier_man),
    }
    return {"rader": rows, "utelamnade": left_out, "antal_rader": len(f.participants),
            "totalt": total, "har_volym": t.volym is not None,
            "okant_kon": t.okant_kon, "till_arbete_studier": t.arbete_studier,
            "till_arbete_studier_kvinnor": t.arbete_studier_kvinnor,
            "till_arbete_studier_man": t.arbete_studier_man,
            "visa_kon_avslut": t.arbete_studier_kvinnor is not None and t.arbete_studier_man is not None}


PLAIN_WORDS = {"ja", "nej", "delvis", "ej bedömt"}


def _conclusion(o) -> str:
    """The judgement as a sentence: the engine's, or the förbund's own words when it used
    other words than the plain ones ("Till viss del", "Ja, målet har uppnåtts")."""
    if o.status is None:
        return "Målet har inte bedömts."
    if o.computed or norm(o.text or "") in PLAIN_WORDS:
        return CONCLUSION[o.status]
    return f"Bedömning: {o.text.rstrip('.')}."


def _goal(goal, totals, refs=None) -> dict:
    o = evaluate(goal, totals)
    return {
        "mal": goal.mal, "matetal": goal.matetal, "utfall": o.utfall,
        "visa_kon": o.computed and o.kvinnor is not None and o.man is not None,
        "kvinnor": o.kvinnor, "man": o.man, "utfall_fg": goal.utfall_fg,
        "jamforelse": goal.jamforelse, "malvarde": goal.malvarde,
        "berakning": o.computed and o.utfall is not None, "kommentar": paragraphs(goal.kommentar, refs),
        "uppnatt": o.text or "",
        "slutsats": _conclusion(o),
    }


def _insatser(f: Forbund, individual: bool, refs=None) -> tuple[list[dict], int]:
    """The insatser of one kind as the document shows them (at most ``TABLE_ROWS``), and
    how many were left out."""
    out = []
    shown_ins, left_out = head([ins for ins in f.insatser if ins.individinriktad == individual])
    wanted = {norm(ins.namn) for ins in shown_ins}
    goals_of: dict[str, list] = {}
    for g in f.insats_goals:  # one pass: a goal per insats, not every goal per insats
        key = norm(g.insats)
        if key in wanted:
            goals_of.setdefault(key, []).append(g)
    for ins in shown_ins:
        unit = ins.src.unit
        goals = [{"mal": g.mal, "uppnatt": g.uppnatt or "",
                  "resultat": _filled(g.resultat, refs),
                  "status": insats_judgement(g.uppnatt) or ""}
                 for g in goals_of.get(norm(ins.namn), ())]
        out.append({"namn": ins.namn, "typ": ins.typ, "agare": ins.agare or "", "budget": shown(ins.budget, unit, True),
                    "utfall": shown(ins.utfall, unit, True), "ej_forbrukat": shown(ins.ej_forbrukat, unit, True),
                    "beskrivning": paragraphs(ins.beskrivning, refs), "mal": goals})
    return out, left_out


def _insats_lists(f: Forbund, refs=None) -> dict:
    individ, individ_left = _insatser(f, True, refs)
    struktur, struktur_left = _insatser(f, False, refs)
    return {"insatser_individ": individ, "insatser_individ_utelamnade": individ_left,
            "insatser_struktur": struktur, "insatser_struktur_utelamnade": struktur_left}


def _budget(f: Forbund) -> list[dict]:
    """The detailed follow-up as the förbund reports it, the differens in its own convention."""
    rows = []
    forward = f.budget_sign == FORWARD
    for r in f.budget:
        kind = {"Rad": "rad", "Rubrik": "rubrik"}.get(r.radtyp, "summa")
        diff = None
        if kind != "rubrik" and (r.budget is not None or r.utfall is not None):
            b, u = r.budget or Decimal(0), r.utfall or Decimal(0)
            diff = b - u if forward else u - b
        unit = r.src.unit
        rows.append({"post": r.post.lstrip("•· ").strip() if kind != "rad" else r.post,
                     "typ": kind, "budget": shown(r.budget, unit, True), "utfall": shown(r.utfall, unit, True),
                     "differens": shown(diff, unit, True), "utfall_fg": shown(r.utfall_fg, unit, True),
                     "indrag": r.post.lstrip().startswith(("•", "·"))})
    return rows


def _value(row, key):
    return getattr(row, key) if row is not None else None


def _operating_statement(f: Forbund) -> list[dict]:
    """Driftredovisning from the budget follow-up and the balance sheet, in the follow-up's
    unit. The deviation column is signed so that + is better than budget on every line."""
    costs = find_row(f.budget, "Summa kostnader")
    income_rows = [r for r in f.budget if r.radtyp == "Summa grupp" and f.groups.kind_of(r.grupp) == "Intäkter"]
    income = income_rows[0] if len(income_rows) == 1 else None
    result = find_row(f.budget, "Resultat")
    unit = f.budget[0].src.unit if f.budget else KR
    ek_start = f.br.value("ovrigt_eget_kapital")
    budget_result = _value(result, "budget")
    cash = add(f.br.value("kassa_bank"), f.br.value("kortfristiga_placeringar"))
    cash_fg = add(f.br.value("kassa_bank", "fg_ar"), f.br.value("kortfristiga_placeringar", "fg_ar"))
    rows = [
        ("Nettokostnad", _value(costs, "utfall"), _value(costs, "budget"), _value(costs, "utfall_fg"), -1),
        ("Driftsbidrag från medlemmarna", _value(income, "utfall"), _value(income, "budget"),
         _value(income, "utfall_fg"), 1),
        ("Resultat", _value(result, "utfall"), budget_result, _value(result, "utfall_fg"), 1),
        ("Utgående eget kapital", f.br.value("eget_kapital"),
         ek_start + budget_result if ek_start is not None and budget_result is not None else None,
         f.br.value("eget_kapital", "fg_ar"), 1),
        ("Likvida medel", cash, None, cash_fg, 1),
    ]
    out = []
    for name, actual, budget, last, sign in rows:
        if actual is None and budget is None and last is None:
            continue
        deviation = None if actual is None or budget is None else sign * (actual - budget)
        out.append({"post": name, "utfall": shown(actual, unit), "budget": shown(budget, unit),
                    "avvikelse": shown(deviation, unit), "utfall_fg": shown(last, unit)})
    return out


def _notes(f: Forbund, refs=None) -> list[dict]:
    titles = {}
    for spec, st in ((INCOME_STATEMENT, f.rr), (BALANCE_SHEET, f.br)):
        for line in spec.lines:
            if line.note:
                titles[line.note] = (line.label, st, line.key)
    out = []
    principles = paragraphs(f.texts.get("redovisningsprinciper"), refs)
    if principles:
        out.append({"nr": 1, "rubrik": "Redovisningsprinciper", "text": principles, "rader": [], "summa": None})
    for nr in sorted(set(titles) | {n.not_nr for n in f.notes}):
        lines = [n for n in f.notes if n.not_nr == nr]
        title, st, key = titles.get(nr, (f"Not {nr}", None, None))
        unit = lines[0].src.unit if lines else KR
        items = [n for n in lines if not n.summa]
        total = next((n for n in lines if n.summa), None)
        note = {"nr": nr, "rubrik": title, "text": [], "summa": None,
                "rader": [{"post": n.post, "varden": [shown(n.i_ar, unit, True), shown(n.fg_ar, unit, True)]}
                          for n in items]}
        if total is not None:  # the total as the förbund typed it (checked against the items)
            note["summa"] = [shown(total.i_ar, unit, True), shown(total.fg_ar, unit, True)]
        elif items:
            note["summa"] = [shown(add(*(n.i_ar for n in items)), unit), shown(add(*(n.fg_ar for n in items)), unit)]
        elif key == "kostnader" and f.budget:
            note["text"] = [plain_block("Verksamhetens kostnader specificeras i avsnitt 2.1 Detaljerad "
                                        "budgetuppföljning.")]
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


def _coarser(*units):
    """The coarsest of the units a sentence combines figures from (kr and tkr: tkr)."""
    return max((u for u in units if u is not None), key=lambda u: u.scale, default=KR)


def _share(part, whole):
    return part / whole if part is not None and whole else None


def report_unit(f: Forbund):
    """The unit the förbund reports in (its resultaträkning's): amounts typed in kronor in the
    settings (driftsbidrag, the members' shares) are printed in it too, so a tkr förbund's
    text does not mix kr and tkr."""
    return _coarser(KR, f.rr.unit)


def _summary(f: Forbund, fig: Figures) -> dict:
    s = f.settings
    insats_unit = fig.insats_costs.unit or (f.insatser[0].src.unit if f.insatser else KR)
    drift_unit = report_unit(f)
    change = s.driftsbidrag - s.driftsbidrag_fg if s.driftsbidrag_fg is not None else None
    ek_fg = f.br.value("eget_kapital", "fg_ar")
    return {
        "driftsbidrag": shown(s.driftsbidrag, drift_unit), "driftsbidrag_fg": shown(s.driftsbidrag_fg, drift_unit),
        "forandring": shown(abs(change), drift_unit) if change is not None else None,
        "riktning": "" if change is None else "ökning" if change > 0 else "minskning" if change < 0 else "lika",
        "forfogar": shown(s.driftsbidrag + ek_fg, _coarser(drift_unit, f.br.unit)) if ek_fg is not None else None,
        "har_insatser": fig.insatser_utfall is not None,
        "insatser": shown(fig.insatser_utfall, insats_unit), "individ": shown(fig.individ_utfall, insats_unit),
        "struktur": shown(fig.struktur_utfall, insats_unit),
        "individ_andel_drift": _share(fig.individ_utfall, s.driftsbidrag),
        "struktur_andel_drift": _share(fig.struktur_utfall, s.driftsbidrag),
        "resultat": shown(abs(fig.arets_resultat), f.rr.unit) if fig.arets_resultat is not None else None,
        "overskott": fig.arets_resultat is not None and fig.arets_resultat >= 0,
        "eget_kapital": shown(fig.eget_kapital, f.br.unit),
    }


def _equity(f: Forbund, fig: Figures) -> dict:
    e, s = fig.equity, f.settings
    if e is None:
        return {"har_mal": False, "redovisat": False}
    unit = f.br.unit
    return {"har_mal": e.met is not None, "redovisat": True, "tak": e.cap_share,
            "golv": shown(e.floor, _coarser(KR, unit)), "eget_kapital": shown(e.value, unit), "andel": e.share,
            "driftsbidrag": shown(e.allocation, report_unit(f)), "uppnatt": bool(e.met),
            "over_tak": e.within_cap is False, "under_golv": e.above_floor is False,
            "tak_kr": shown(e.cap, unit), "har_tak": s.ek_tak is not None}


def _individual(f: Forbund, fig: Figures) -> dict:
    goal, ratio = fig.individual, fig.individ_andel
    insats_unit = f.insatser[0].src.unit if f.insatser else KR
    den_unit = f.rr.unit if f.settings.individ_namnare == "Kostnader" else report_unit(f)
    return {"har_mal": goal.goal is not None, "mal": goal.goal, "utfall": shown(ratio.numerator, insats_unit),
            "andel": ratio.value, "namnare": shown(ratio.denominator, den_unit),
            "namnare_text": ratio.denominator_label, "uppnatt": bool(goal.met)}


def annual_report_context(f: Forbund, fig: Figures, results: list[Finding], draft: bool, *,
                          previous=None, charts: bool = False, internkontroll=None) -> dict:
    """The template's context. ``charts``: the ``diagram`` charts are drawn (native Word
    charts, ``render.diagram``); without, every chart is None and the document has none.
    ``previous`` (last year's ekonomi.xlsx) adds a year to the eget kapital chart;
    ``internkontroll`` (the year's model.internkontroll.Plan) adds its follow-up."""
    from ..model.prose import References

    s = f.settings
    refs = References(f, fig)
    bad = [r for r in results if not r.ok]
    board = list(f.board)
    chair = next((b.namn for b in board if b.roll == "Ordförande"), "")
    members = [{"namn": m.namn, "andel": m.andel, "belopp": shown(m.andel * s.driftsbidrag, report_unit(f))}
               for m in f.members]
    notes = _notes(f, refs)
    printed = frozenset(n["nr"] for n in notes)
    five_unit = f.five_years[0].src.unit if f.five_years else KR
    budget_unit = f.budget[0].src.unit if f.budget else KR
    listed, findings_left = head(r for sev in (FEL, SAKNAS, AVVIKELSE) for r in bad if r.severity == sev)
    return {
        "utkast": draft,
        "fynd": [_finding(r) for r in listed],
        "fynd_utelamnade": findings_left,
        "antal_fel": sum(1 for r in bad if r.severity == FEL),
        "antal_saknas": sum(1 for r in bad if r.severity == SAKNAS),
        "antal_avvikelser": sum(1 for r in bad if r.severity == AVVIKELSE),
        "antal_kontroller": len(results),
        "f": {"namn": s.namn, "ort": s.ort, "ar": s.ar, "ar_fg": s.ar - 1, "ar_fg2": s.ar - 2,
              "beslutsdatum": s.beslutsdatum, "organisationsnummer": s.organisationsnummer or "",
              "anstallda": s.anstallda},
        "enhet": {"rr": label(f.rr.unit), "br": label(f.br.unit), "kf": label(f.kf.unit), "bkr": label(f.bkr.unit),
                  "budget": label(budget_unit), "femar": label(five_unit),
                  "medlemmar": label(report_unit(f))},
        "texter": {key: paragraphs(f.texts.get(key), refs) for key, _ in SECTIONS},
        "sammanfattning": _summary(f, fig),
        "medlemmar": members,
        "femar": {"ar": [r.ar for r in f.five_years], "ar_rader": [
            {"ar": r.ar, "intakter": shown(r.intakter, five_unit, True), "kostnader": shown(r.kostnader, five_unit, True),
             "resultat": shown(r.resultat, five_unit, True), "soliditet": r.soliditet, "anstallda": r.anstallda}
            for r in f.five_years]},
        "styrelse": {
            "ordinarie": [{"namn": b.namn, "roll": b.roll, "organisation": b.organisation,
                           "period": b.period or ""} for b in board if b.ordinarie],
            "ersattare": [{"namn": b.namn, "organisation": b.organisation, "period": b.period or ""}
                          for b in board if not b.ordinarie],
            "undertecknare": [{"namn": b.namn, "roll": b.roll} for b in board if b.signs],
            "ordforande": chair,
        },
        "sammantraden": {"antal": len(f.meetings) if f.meetings else None, "lista": _meetings(f)},
        "deltagare": _participants(f, fig),
        "verksamhetsmal": [_goal(g, fig.participants, refs) for g in f.goals if g.kategori == "Verksamhetsmål"],
        "finansiella_mal": [_goal(g, fig.participants, refs) for g in f.goals if g.kategori == "Finansiellt mål"],
        "ek_mal": _equity(f, fig),
        "individ_mal": _individual(f, fig),
        **_insats_lists(f, refs),
        "struktur_ej_forbrukat": any(i.ej_forbrukat is not None for i in f.insatser if not i.individinriktad),
        "bkr": {"ar": [s.ar, s.ar - 1, s.ar - 2],
                "rader": _statement_rows(f.bkr, BALANCE_REQUIREMENT, years=("i_ar", "fg_ar", "fg2_ar")),
                "negativt": fig.balanskravsresultat is not None and fig.balanskravsresultat < 0,
                "redovisat": fig.balanskravsresultat is not None},
        "rr": _statement_rows(f.rr, INCOME_STATEMENT, negate=("kostnader", "finansiella_kostnader"), notes=printed),
        "br": _statement_rows(f.br, BALANCE_SHEET, notes=printed),
        "kf": _statement_rows(f.kf, CASH_FLOW),
        "budget": _budget(f),
        "differens": f.budget_sign,
        "drift": _operating_statement(f),
        "noter": notes,
        "soliditet": fig.soliditet.value,
        "diagram": annual_charts(f, fig, previous) if charts else dict(NO_CHARTS),
        "nns": (nns := nns_context(f.nns, charts, s.ar)),
        "bilagor": bilagor(nns),
        "internkontroll": _internal_control(internkontroll),
    }


def _internal_control(plan) -> dict | None:
    """The follow-up of the year's plan för intern styrning och kontroll (render.internkontroll)."""
    if plan is None:
        return None
    from .internkontroll import followup

    out = followup(plan)
    return dict(out, antagen=plan.settings.antagen) if out is not None else None


def render(report: AnnualReport, results: list[Finding], draft: bool = False) -> bytes:
    """The annual report (arsredovisning.docx) as bytes."""
    return render_docx("arsredovisning.docx", annual_report_context(
        report.forbund, report.figures, results, draft, previous=report.previous, charts=True,
        internkontroll=report.internkontroll))

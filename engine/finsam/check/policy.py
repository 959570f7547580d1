"""Policy goals (avvikelse), member shares (law) and the förbund's own goals. Each goal the
förbund has not set is not judged: no cap, no floor or no individual-share goal gives no
finding. The decisions themselves are the model's (model.policy, model.goals)."""
from __future__ import annotations

from decimal import Decimal

from .. import fmt
from ..findings import Formula, Term
from ..model.arsredovisning import Forbund
from ..model.figures import METRIC_COLUMNS, Figures
from ..model.goals import NOT_JUDGED, evaluate, insats_judgement, judgement
from ..schema.fields import HEAD_SEPARATORS
from ..schema.insatser import ACHIEVED_WORDS
from .catalogue import avvikelse, declare, fel, saknas
from .registry import (checker, compare, condition, flag, limit, missing_figure, ref, share, span, verdict)

check = checker("arsredovisning")

LAW_SHARES = (("Staten", Decimal("0.5")), ("Region", Decimal("0.25")), ("Kommun", Decimal("0.25")))


def declare_member_codes(kind: str) -> None:
    declare(kind,
            fel("medlemmar-saknas", "Medlemmarna och deras andelar finns i arbetsboken", "medlemsbidrag"),
            fel("medlemmar-andelar-summa", "Medlemmarnas andelar av driftsbidraget summerar till 100 %",
                "medlemsbidrag"),
            fel("medlemmar-lagens-fordelning", "Staten bär hälften, regionen en fjärdedel och kommunerna en "
                "fjärdedel av driftsbidraget (lag 2003:1210, 7 §)", "medlemsbidrag"))


declare_member_codes("arsredovisning")
declare(
    "arsredovisning",
    avvikelse("eget-kapital-tak", "Eget kapital är högst den andel av driftsbidraget som förbundet satt som tak",
              "eget-kapital"),
    avvikelse("eget-kapital-golv", "Eget kapital är minst förbundets golv", "eget-kapital"),
    avvikelse("individinriktad-andel", "Andelen individinriktade insatser når förbundets mål; nämnaren anges i "
              "inställningarna", "individandel"),
    avvikelse("balanskravsresultat-negativt", "Balanskravsresultatet är inte negativt (ett underskott ska "
              "återställas inom tre år)", "balans"),
    fel("mal-utfall-mot-deltagare", "Ett ifyllt utfall för ett mål med mätetal = utfallet enligt deltagare.xlsx",
        "mal"),
    fel("mal-uppnatt-mot-berakning", "Ifyllt Uppnått stämmer med beräkningen", "mal"),
    saknas("mal-kan-inte-bedomas", "Mål med mätetal har jämförelse och värde att jämföra med", "mal"),
    saknas("mal-uppnatt-saknas", "Mål utan mätetal har en bedömning (Uppnått)", "mal"),
    avvikelse("verksamhetsmal-ej-uppnatt", "Förbundets verksamhetsmål är uppnådda", "mal"),
    avvikelse("finansiellt-mal-ej-uppnatt", "Förbundets finansiella mål är uppnådda", "mal"),
    avvikelse("insatsmal-ej-uppnatt", "Insatsernas mål är uppnådda", "mal"),
)


def member_share_findings(members, missing_loc, workbook: str):
    """The members' shares: they add up to 100 % and follow the law's 50/25/25 split, each
    within the precision it was typed with."""
    if not members:
        yield flag("medlemmar-saknas", missing_loc, "minst en medlem i bladet Medlemmar", "inga medlemmar",
                   what=f"Medlemmar i {workbook}")
        return
    loc = members[0].src.loc("andel")
    last = members[-1].src.loc("andel")
    cells = loc.at(f"{loc.cell}:{last.cell}") if loc.cell != last.cell else loc
    shares = [share(m, "andel") for m in members]
    tol = sum((s.half for s in shares), Decimal(0))
    yield compare("medlemmar-andelar-summa", cells, Decimal(1), sum((m.andel for m in members), Decimal(0)), "%",
                  tol=tol, what="Summan av medlemmarnas andelar",
                  formula=Formula(tuple(ref(s.loc) for s in shares), (Term(Decimal(1), ()),), tol=tol))
    for category, law in LAW_SHARES:
        group = [s for m, s in zip(members, shares) if m.kategori == category]
        tol = sum((s.half for s in group), Decimal(0))
        yield compare("medlemmar-lagens-fordelning", group[0].loc if group else cells, law,
                      sum((s.value for s in group), Decimal(0)), "%", tol=tol,
                      what=f"Andelen för kategorin {category}",
                      formula=Formula(tuple(ref(s.loc) for s in group), (Term(law, ()),), tol=tol))


@check
def member_shares(f: Forbund, fig: Figures, previous=None):
    yield from member_share_findings(f.members, f.settings.src.loc(), f.settings.src.workbook)


def _pct(value: Decimal) -> str:
    return fmt.percent(value, 0 if value * 100 == (value * 100).to_integral_value() else 1)


@check
def equity_within_bounds(f: Forbund, fig: Figures, previous=None):
    s, equity = f.settings, fig.equity
    if equity is None:
        return  # eget kapital not reported: the statements' own finding says so
    loc, unit = f.br.loc("eget_kapital"), f.br.unit
    if equity.within_cap is not None:
        yield limit("eget-kapital-tak", loc, equity.value, equity.cap, "kr", op="<=", what="Eget kapital",
                    ok=equity.within_cap, show=unit,
                    ok_text=f"Eget kapital {{actual}} är högst taket {{expected}} ({_pct(s.ek_tak)} av driftsbidraget).",
                    fail_text=f"Eget kapital {{actual}} överstiger taket {{expected}} ({_pct(s.ek_tak)} av "
                              "driftsbidraget).",
                    formula=Formula((Term(unit.scale, (loc,)),),
                                    (Term(Decimal(1), (s.src.loc("ek_tak"), s.src.loc("driftsbidrag"))),), op="<=",
                                    scale=unit.scale))
    if equity.above_floor is not None:
        yield limit("eget-kapital-golv", loc, equity.value, equity.floor, "kr", op=">=", what="Eget kapital",
                    ok=equity.above_floor, show=unit,
                    formula=Formula((Term(unit.scale, (loc,)),), (ref(s.src.loc("ek_golv")),), op=">=",
                                    scale=unit.scale))


@check
def individual_share(f: Forbund, fig: Figures, previous=None):
    s, goal = f.settings, fig.individual
    ratio = goal.ratio
    if goal.met is None:
        return  # no goal set (the share is still reported), or no denominator
    individ = [i for i in f.insatser if i.individinriktad]
    first, last = (f.insatser[0], f.insatser[-1]) if f.insatser else (None, None)
    denominator_loc = s.src.loc("driftsbidrag") if s.individ_namnare != "Kostnader" else f.rr.loc("kostnader")
    types = f.insats_types
    formula = None
    if individ and types and all(t.src.row for t in types):
        # the legal class of each insats's type is looked up in Insatstyper, as the engine does
        scale = first.src.unit.scale if first.src.unit else 1
        den_scale = 1 if s.individ_namnare != "Kostnader" else f.rr.unit.scale
        formula = condition('IF(SUMPRODUCT(SUMIFS({1},{0},{2})*({3}="Individinriktad"))*' + str(scale)
                            + '>={4}*{5}*' + str(den_scale) + '-0.000001,"OK","AVVIKELSE")',
                            span(first.src, last.src, "typ"), span(first.src, last.src, "utfall"),
                            span(types[0].src, types[-1].src, "typ"), span(types[0].src, types[-1].src, "klass"),
                            s.src.loc("individ_mal"), denominator_loc)
    yield limit("individinriktad-andel", s.src.loc("individ_mal"), ratio.value, goal.goal, "%", op=">=",
                ok=goal.met, what=f"Individinriktade insatser i andel av {ratio.denominator_label}",
                formula=formula)


@check
def balance_requirement_met(f: Forbund, fig: Figures, previous=None):
    if fig.balanskravsresultat is None:
        return
    loc = f.bkr.loc("balanskravsresultat")
    yield limit("balanskravsresultat-negativt", loc, fig.balanskravsresultat, Decimal(0), "kr", op=">=",
                what="Balanskravsresultat", show=f.bkr.unit,
                formula=Formula((ref(loc),), (), op=">="))


def _typed_not_met() -> str:
    """The auditor's condition for a typed judgement {0}: AVVIKELSE when the cell, or its
    opening words before a separator, is one of the vocabulary's words for not met or partly
    met, as the engine reads it (Column.meaning; Excel's = and MATCH ignore case, TRIM the
    spacing). Built from the schema's vocabulary, so "Delvis uppnått" counts as the engine
    counts it."""
    words = "{{" + ",".join(f'"{w}"' for w, meaning in ACHIEVED_WORDS if meaning in ("nej", "delvis")) + "}}"
    heads = ["TRIM({0})"] + [f'TRIM(LEFT({{0}},FIND("{sep}",{{0}}&"{sep}")-1))' for sep in HEAD_SEPARATORS]
    return "IF(OR(" + ",".join(f"ISNUMBER(MATCH({h},{words},0))" for h in heads) + '),"AVVIKELSE","OK")'


TYPED_ACHIEVED = _typed_not_met()


def _metric_terms(f: Forbund, metric: str, part: int) -> tuple[Term, ...]:
    """The participant columns whose sum is a goal metric (part 0 total, 1 women, 2 men)."""
    if not f.participants:
        return ()
    first, last = f.participants[0].src, f.participants[-1].src
    return tuple(ref(span(first, last, k)) for k in METRIC_COLUMNS[metric][part] if first.ref(k))


def _short(text: str) -> str:
    return text if len(text) <= 60 else text[:57] + "…"


def _typed_against_computed(f: Forbund, goal, outcome, name: str):
    for key, value, part, word in (("utfall", outcome.utfall, 0, "Utfallet"), ("varav_kvinnor", outcome.kvinnor, 1,
                                   "Varav kvinnor"), ("varav_man", outcome.man, 2, "Varav män")):
        typed = getattr(goal, key)
        if typed is None or value is None:
            continue
        yield compare("mal-utfall-mot-deltagare", goal.src.loc(key), Decimal(value), Decimal(typed), "st",
                      what=f"{word} för målet ”{name}”", hint="Deltagartabellen ger ett annat tal.",
                      formula=Formula((ref(goal.src.loc(key)),), _metric_terms(f, goal.matetal, part)))


@check
def goals(f: Forbund, fig: Figures, previous=None):
    totals = fig.participants
    for goal in f.goals:
        outcome = evaluate(goal, totals)
        name = _short(goal.mal)
        if goal.matetal:
            yield from _typed_against_computed(f, goal, outcome, name)
            typed = judgement(goal.uppnatt)
            if outcome.status is None:
                yield missing_figure("mal-kan-inte-bedomas", goal.src.loc("jamforelse"), f"Jämförelsevärdet för "
                                     f"målet ”{name}”", "Fyll i Jämförelse och Utfall föregående år eller Målvärde.")
            elif typed is not None and typed != outcome.status:
                yield flag("mal-uppnatt-mot-berakning", goal.src.loc("uppnatt"), outcome.text, goal.uppnatt,
                           what=f"Uppnått för målet ”{name}”", hint=f"Beräkningen ({outcome.basis}) ger {outcome.text}.")
        elif outcome.status is None:
            yield missing_figure("mal-uppnatt-saknas", goal.src.loc("uppnatt"), f"Bedömningen av målet ”{name}”",
                                 "Skriv Ja, Nej, Delvis, Till viss del eller Ej bedömt.")
        if outcome.status in (None, NOT_JUDGED):
            continue
        code = "verksamhetsmal-ej-uppnatt" if goal.kategori == "Verksamhetsmål" else "finansiellt-mal-ej-uppnatt"
        ok = bool(outcome.met)
        message = f"Målet ”{name}”: {{actual}}." if ok else f"Målet ”{name}” är inte uppnått: {{actual}}."
        where = goal.src.loc("mal") if outcome.computed else goal.src.loc("uppnatt")
        yield verdict(code, ok, where, "Ja", outcome.text, message, formula=_goal_formula(f, goal))
    for goal in f.insats_goals:
        status = insats_judgement(goal.uppnatt)
        if status in (None, NOT_JUDGED):
            continue
        name = _short(goal.mal)
        ok = status == "ja"
        message = f"{goal.insats}: ”{name}”: {{actual}}." if ok else f"{goal.insats}: ”{name}” är inte uppnått: {{actual}}."
        yield verdict("insatsmal-ej-uppnatt", ok, goal.src.loc("uppnatt"), "Ja", goal.uppnatt, message,
                      formula=condition(TYPED_ACHIEVED, goal.src.loc("uppnatt")))


def _goal_formula(f: Forbund, goal) -> Formula:
    if not goal.matetal:
        return condition(TYPED_ACHIEVED, goal.src.loc("uppnatt"))
    lhs = _metric_terms(f, goal.matetal, 0)
    if goal.jamforelse == "Fler än föregående år":
        return Formula(lhs, (ref(goal.src.loc("utfall_fg")), Term(Decimal(1), ())), op=">=")
    op = ">=" if goal.jamforelse == "Minst målvärdet" else "<="
    return Formula(lhs, (ref(goal.src.loc("malvarde")),), op=op)

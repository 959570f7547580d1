"""Policy goals (avvikelse), member shares (law) and the förbund's own goals."""
from __future__ import annotations

from decimal import Decimal

from ..model.figures import METRIC_COLUMNS, Figures
from ..model.goals import evaluate
from ..model.arsredovisning import Forbund
from ..findings import ANDEL_EXAKT, AVVIKELSE, Finding, Formula, Term
from .registry import checker, compare, condition, describe, flag, limit, ref, span

check = checker("arsredovisning")

LAW_SHARES = (("Staten", Decimal("0.5")), ("Region", Decimal("0.25")), ("Kommun", Decimal("0.25")))


def member_share_findings(members, missing_loc, workbook: str):
    """The members' shares: they add up to 100 % and follow the law's 50/25/25 split."""
    if not members:
        yield flag("medlemmar-saknas", f"Medlemmarna och deras andelar finns i {workbook}",
                   missing_loc, "minst en medlem i bladet Medlemmar", "inga medlemmar",
                   what="Medlemmar")
        return
    loc = members[0].src.loc("andel")
    cells = tuple(ref(m.src.loc("andel")) for m in members)
    last = members[-1].src.loc("andel")
    span = loc.at(f"{loc.cell}:{last.cell}") if loc.cell != last.cell else loc
    yield compare("medlemmar-andelar-summa", "Medlemmarnas andelar av driftsbidraget summerar "
                  "till 100 %", span, Decimal(1), sum((m.andel for m in members), Decimal(0)), "%",
                  tol=ANDEL_EXAKT, what="Summan av medlemmarnas andelar",
                  formula=Formula(cells, (Term(Decimal(1), ()),), tol=ANDEL_EXAKT))
    all_members = members
    for category, share in LAW_SHARES:
        members = [m for m in all_members if m.kategori == category]
        actual = sum((m.andel for m in members), Decimal(0))
        where = members[0].src.loc("andel") if members else span
        yield compare("medlemmar-lagens-fordelning", "Staten bär hälften, regionen en fjärdedel "
                      "och kommunerna en fjärdedel av driftsbidraget (lag 2003:1210, 7 §)",
                      where, share, actual, "%", tol=ANDEL_EXAKT,
                      what=f"Andelen för kategorin {category}",
                      formula=Formula(tuple(ref(m.src.loc("andel")) for m in members),
                                      (Term(share, ()),), tol=ANDEL_EXAKT))


@check
def member_shares(f: Forbund, fig: Figures):
    yield from member_share_findings(f.members, f.settings.src.loc(), "ekonomi.xlsx")


@check
def equity_within_bounds(f: Forbund, fig: Figures):
    s = f.settings
    ek = fig.eget_kapital
    ek_loc = f.br.loc("eget_kapital")
    yield limit("eget-kapital-tak", "Eget kapital är högst den andel av driftsbidraget som "
                "förbundet satt som tak", ek_loc, ek, fig.ek_tak_kr, "kr", op="<=",
                what="Eget kapital", severity=AVVIKELSE,
                ok_text="Eget kapital {actual} är högst taket {expected} ("
                        f"{_pct(s.ek_tak)} av driftsbidraget).",
                fail_text="Eget kapital {actual} överstiger taket {expected} ("
                          f"{_pct(s.ek_tak)} av driftsbidraget).",
                formula=Formula((ref(ek_loc),),
                                (Term(Decimal(1), (s.src.loc("ek_tak"), s.src.loc("driftsbidrag"))),),
                                op="<="))
    yield limit("eget-kapital-golv", "Eget kapital är minst förbundets golv i kronor", ek_loc, ek,
                s.ek_golv, "kr", op=">=", what="Eget kapital", severity=AVVIKELSE,
                formula=Formula((ref(ek_loc),), (ref(s.src.loc("ek_golv")),), op=">="))


def _pct(value: Decimal) -> str:
    from .. import fmt
    return fmt.percent(value, 0 if value * 100 == (value * 100).to_integral_value() else 1)


@check
def individual_share(f: Forbund, fig: Figures):
    s = f.settings
    ratio = fig.individ_andel
    if ratio.value is None:
        return
    individ = [i for i in f.insatser if i.individinriktad]
    first, last = (f.insatser[0], f.insatser[-1]) if f.insatser else (None, None)
    denominator_loc = s.src.loc("driftsbidrag") if s.individ_namnare == "Driftsbidrag" \
        else f.rr.loc("kostnader")
    yield limit("individinriktad-andel", "Andelen individinriktade insatser når målet; nämnaren "
                "anges i inställningarna", s.src.loc("individ_mal"), ratio.value, s.individ_mal, "%",
                op=">=", what=f"Individinriktade insatser i andel av {ratio.denominator_label}",
                severity=AVVIKELSE,
                formula=condition('IF(SUMIF({0},"Individinriktad",{1})>={2}*{3}-0.000001,"OK","AVVIKELSE")',
                                  span(first.src, last.src, "typ"), span(first.src, last.src, "utfall"),
                                  s.src.loc("individ_mal"), denominator_loc) if individ else None)


@check
def balance_requirement_met(f: Forbund, fig: Figures):
    loc = f.bkr.loc("balanskravsresultat")
    yield limit("balanskravsresultat-negativt", "Balanskravsresultatet är inte negativt (ett "
                "underskott ska återställas inom tre år)", loc, fig.balanskravsresultat, Decimal(0),
                "tkr", op=">=", what="Balanskravsresultat", severity=AVVIKELSE,
                formula=Formula((ref(loc),), (), op=">="))


TYPED_ACHIEVED = 'IF(OR({0}="Nej",{0}="Delvis"),"AVVIKELSE","OK")'


def _metric_terms(f: Forbund, metric: str, part: int) -> tuple[Term, ...]:
    """The participant columns whose sum is a goal metric (part 0 total, 1 women, 2 men)."""
    if not f.participants:
        return ()
    first, last = f.participants[0].src, f.participants[-1].src
    return tuple(ref(span(first, last, k)) for k in METRIC_COLUMNS[metric][part] if first.ref(k))


@check
def goals(f: Forbund, fig: Figures):
    totals = fig.participants
    for goal in f.goals:
        outcome = evaluate(goal, totals)
        name = goal.mal if len(goal.mal) <= 60 else goal.mal[:57] + "…"
        if goal.matetal:
            for key, value in (("utfall", outcome.utfall), ("varav_kvinnor", outcome.kvinnor),
                               ("varav_man", outcome.man)):
                typed = getattr(goal, key)
                if typed is None or value is None:
                    continue
                word = {"utfall": "Utfallet", "varav_kvinnor": "Varav kvinnor",
                        "varav_man": "Varav män"}[key]
                part = ("utfall", "varav_kvinnor", "varav_man").index(key)
                yield compare("mal-utfall-mot-deltagare", "Ett ifyllt utfall för ett mål med mätetal "
                              "= utfallet enligt deltagare.xlsx", goal.src.loc(key), Decimal(value),
                              Decimal(typed), "st", what=f"{word} för målet ”{name}”",
                              hint="Deltagartabellen ger ett annat tal.",
                              formula=Formula((ref(goal.src.loc(key)),),
                                              _metric_terms(f, goal.matetal, part)))
            if outcome.uppnatt is None:
                yield flag("mal-kan-inte-bedomas", "Mål med mätetal har jämförelse och värde att "
                           "jämföra med", goal.src.loc("jamforelse"),
                           "en jämförelse med föregående års utfall eller ett målvärde",
                           "inget att jämföra med", what=f"Målet ”{name}”",
                           hint="Fyll i Jämförelse och Utfall föregående år eller Målvärde.")
            elif goal.uppnatt and goal.uppnatt != outcome.uppnatt:
                yield flag("mal-uppnatt-mot-berakning", "Ifyllt Uppnått stämmer med beräkningen",
                           goal.src.loc("uppnatt"), outcome.uppnatt, goal.uppnatt,
                           what=f"Uppnått för målet ”{name}”",
                           hint=f"Beräkningen ({outcome.basis}) ger {outcome.uppnatt}.")
        elif not goal.uppnatt:
            yield flag("mal-uppnatt-saknas", "Mål utan mätetal har Uppnått ifyllt",
                       goal.src.loc("uppnatt"), "Ja, Nej, Delvis eller Ej bedömt", "en tom cell",
                       what=f"Uppnått för målet ”{name}”",
                       formula=condition('IF({0}="","FEL","OK")', goal.src.loc("uppnatt")))
        if outcome.uppnatt is None:
            continue
        code = "verksamhetsmal-ej-uppnatt" if goal.kategori == "Verksamhetsmål" \
            else "finansiellt-mal-ej-uppnatt"
        description = describe(code, "Förbundets mål är uppnådda")
        ok = outcome.uppnatt not in ("Nej", "Delvis")
        message = (f"Målet ”{name}”: {{actual}}." if ok
                   else f"Målet ”{name}” är inte uppnått: {{actual}}.")
        where = goal.src.loc("mal") if outcome.computed else goal.src.loc("uppnatt")
        yield Finding(code, AVVIKELSE, ok, where, "Ja", outcome.uppnatt, "", message,
                      description, Decimal(0), _goal_formula(f, goal))
    for goal in f.insats_goals:
        name = goal.mal if len(goal.mal) <= 60 else goal.mal[:57] + "…"
        description = describe("insatsmal-ej-uppnatt", "Insatsernas mål är uppnådda")
        ok = goal.uppnatt not in ("Nej", "Delvis")
        message = f"{goal.insats}: ”{name}”: {{actual}}." if ok else \
            f"{goal.insats}: ”{name}” är inte uppnått: {{actual}}."
        yield Finding("insatsmal-ej-uppnatt", AVVIKELSE, ok, goal.src.loc("uppnatt"), "Ja", goal.uppnatt,
                      "", message, description, Decimal(0),
                      condition(TYPED_ACHIEVED, goal.src.loc("uppnatt")))


def _goal_formula(f: Forbund, goal) -> Formula:
    if not goal.matetal:
        return condition(TYPED_ACHIEVED, goal.src.loc("uppnatt"))
    lhs = _metric_terms(f, goal.matetal, 0)
    if goal.jamforelse == "Fler än föregående år":
        return Formula(lhs, (ref(goal.src.loc("utfall_fg")), Term(Decimal(1), ())), op=">=")
    op = ">=" if goal.jamforelse == "Minst målvärdet" else "<="
    return Formula(lhs, (ref(goal.src.loc("malvarde")),), op=op)


"""NNS indikatorenkät (nns.xlsx, the annual report's optional bilaga): shares are shares,
the shares of a question add up to 100 % within the rounding of the printed figures, and the
counts add up (women and men at most all who answered, a question's answers at most its
respondent group's, the groups' answers the questionnaires collected). Unique names, known
groups and indicators and non-negative counts are the schema's constraints."""
from __future__ import annotations

from decimal import Decimal

from ..findings import Formula
from ..model.nns import SHARES, Answer
from .catalogue import declare, fel, rule
from .registry import all_rows_pass, checker, compare, condition, limit, ref, share, span

check = checker("arsredovisning")
rule("nns", "NNS indikatorenkät: andelar mellan 0 och 100 %, en frågas andelar är tillsammans 100 %, antalen "
     "går ihop")
declare(
    "arsredovisning",
    fel("nns-ar", "NNS: enkätens år är årsredovisningens år", "nns"),
    fel("nns-andel-utanfor", "NNS: varje andel och svarsfrekvens är mellan 0 och 100 %", "nns"),
    fel("nns-andelar-summa", "NNS: en frågas andelar negativt, varken eller och positivt (ja och nej) är "
        "tillsammans 100 %, inom avrundningen", "nns"),
    fel("nns-klart-positivt", "NNS: andelen klart positiva är högst andelen positiva", "nns"),
    fel("nns-kon-antal", "NNS: kvinnor + män är högst antalet svarande, per fråga och respondentgrupp", "nns"),
    fel("nns-antal-grupp", "NNS: en frågas antal svar är högst respondentgruppens antal", "nns"),
    fel("nns-enkater-summa", "NNS: respondentgruppernas antal svarande = insamlade enkäter totalt", "nns"),
)
ONE = Decimal(1)
LABELS = {"negativ": "andelen negativa", "neutral": "andelen varken eller", "positiv": "andelen positiva",
          "klart_positivt": "andelen klart positiva", "svarsfrekvens": "svarsfrekvensen"}


def _what(a: Answer) -> str:
    who = "" if (a.kon or "Samtliga") == "Samtliga" else f", {a.kon.lower()}"
    return f"Indikator {a.indikator}, {a.grupp or 'respondentgrupp saknas'}{who}"


def _survey(f):
    survey = getattr(f, "nns", None)
    return survey if survey is not None and survey.has_results else None


@check
def nns_year(f, fig, previous=None):
    survey = _survey(f)
    if survey is None or survey.info.ar is None:
        return
    info = survey.info
    yield compare("nns-ar", info.src.loc("ar"), Decimal(f.settings.ar), Decimal(info.ar), "",
                  what="NNS-enkätens år",
                  hint="Enkätens resultat redovisas i årsredovisningen för samma år (ekonomi.xlsx, Inställningar).")


def _first_last(rows):
    return rows[0].src, rows[-1].src


@check
def nns_shares_within(f, fig, previous=None):
    survey = _survey(f)
    if survey is None:
        return
    rows = survey.answers
    bad = 0
    for a in rows:
        for key in SHARES:
            value = getattr(a, key)
            if value is None or Decimal(0) <= value <= ONE:
                continue
            bad += 1
            op, bound = (">=", Decimal(0)) if value < 0 else ("<=", ONE)
            yield limit("nns-andel-utanfor", a.src.loc(key), value, bound, "%", op=op,
                        what=f"{_what(a)}: {LABELS[key]}",
                        formula=condition('IF(AND({0}>=0,{0}<=1),"OK","FEL")', a.src.loc(key)))
    if not bad:
        first, last = _first_last(rows)
        cells = first.loc(SHARES[0]).at(f"{first.ref(SHARES[0])}:{last.ref(SHARES[-1])}")
        yield all_rows_pass("nns-andel-utanfor", rows, cells, "Andelar mellan 0 och 100 %",
                            condition('IF(AND(COUNTIF({0},"<0")=0,COUNTIF({0},">1")=0),"OK","FEL")', cells))


def _parts(a: Answer) -> tuple[str, ...]:
    return ("negativ", "positiv") if a.yes_no else ("negativ", "neutral", "positiv")


@check
def nns_shares_sum(f, fig, previous=None):
    """Negativt + varken eller + positivt (Ja + Nej) = 100 % within the rounding: each printed
    share stands for an exact one within half its last digit (49,5–50,5 % for 50 %), so three
    whole percentages may add up to 98,5–101,5 %."""
    survey = _survey(f)
    if survey is None:
        return
    checked, bad, widest = [], 0, Decimal(0)
    for a in survey.answers:
        parts = _parts(a)
        if any(getattr(a, k) is None for k in parts):
            continue  # a share not reported: nothing to add up (a blank is not 0)
        checked.append(a)
        figs = [share(a, k) for k in parts]
        tol = sum((x.half for x in figs), Decimal(0))
        widest = max(widest, tol)
        total = sum((x.value for x in figs), Decimal(0))
        if abs(total - ONE) <= tol:
            continue
        bad += 1
        cells = [a.src.loc(k) for k in parts]
        yield compare("nns-andelar-summa", cells[-1], ONE, total, "%", tol=tol,
                      what=f"{_what(a)}: " + ("ja + nej" if a.yes_no else "negativt + varken eller + positivt"),
                      hint=f"Avrundningen kan förklara högst {tol * 100:.1f} procentenheter.".replace(".", ",", 1),
                      formula=condition("IF(ABS(" + "+".join(f"{{{i}}}" for i in range(len(cells)))
                                        + f"-1)<={tol},\"OK\",\"FEL\")", *cells))
    if checked and not bad:
        rows = survey.answers
        first, last = _first_last(rows)
        cols = [span(first, last, k) for k in ("negativ", "neutral", "positiv", "skala")]
        yield all_rows_pass(
            "nns-andelar-summa", checked, cols[0], "Andelarna per fråga är tillsammans 100 % inom avrundningen",
            condition(f'IF(SUMPRODUCT(({{3}}<>"Ja/Nej")*({{0}}<>"")*({{1}}<>"")*({{2}}<>"")'
                      f'*(ABS({{0}}+{{1}}+{{2}}-1)>{widest}))'
                      f'+SUMPRODUCT(({{3}}="Ja/Nej")*({{0}}<>"")*({{2}}<>"")*(ABS({{0}}+{{2}}-1)>{widest}))=0,'
                      '"OK","FEL")', *cols))


@check
def nns_clearly_positive(f, fig, previous=None):
    survey = _survey(f)
    if survey is None:
        return
    rows = [a for a in survey.answers if a.klart_positivt is not None and a.positiv is not None]
    bad = [a for a in rows if a.klart_positivt > a.positiv]
    for a in bad:
        yield limit("nns-klart-positivt", a.src.loc("klart_positivt"), a.klart_positivt, a.positiv, "%", op="<=",
                    what=f"{_what(a)}: andelen klart positiva",
                    formula=Formula((ref(a.src.loc("klart_positivt")),), (ref(a.src.loc("positiv")),), op="<="))
    if rows and not bad:
        first, last = _first_last(rows)
        yield all_rows_pass("nns-klart-positivt", rows, span(first, last, "klart_positivt"),
                            "Klart positiva högst positiva",
                            condition('IF(SUMPRODUCT(--({0}>{1}))=0,"OK","FEL")',
                                      span(first, last, "klart_positivt"), span(first, last, "positiv")))


@check
def nns_gender_counts(f, fig, previous=None):
    """Women + men at most all who answered: per question, and per respondent group (some
    answer neither, so the two may be fewer)."""
    survey = _survey(f)
    if survey is None:
        return
    checked = 0
    for q in survey.questions:
        total = q.samtliga
        if total is None or total.antal is None or (q.kvinnor is None and q.man is None):
            continue
        women = q.kvinnor.antal if q.kvinnor is not None else None
        men = q.man.antal if q.man is not None else None
        if women is None and men is None:
            continue
        checked += 1
        cells = tuple(ref(x.src.loc("antal")) for x in (q.kvinnor, q.man) if x is not None and x.antal is not None)
        yield limit("nns-kon-antal", (q.kvinnor or q.man).src.loc("antal"), Decimal((women or 0) + (men or 0)),
                    Decimal(total.antal), "st", op="<=", what=f"{_what(total)}: kvinnor + män",
                    formula=Formula(cells, (ref(total.src.loc("antal")),), op="<="))
    for g in survey.groups:
        if g.antal is None or (g.kvinnor is None and g.man is None):
            continue
        cells = tuple(ref(g.src.loc(k)) for k in ("kvinnor", "man") if getattr(g, k) is not None)
        yield limit("nns-kon-antal", g.src.loc("kvinnor" if g.kvinnor is not None else "man"),
                    Decimal((g.kvinnor or 0) + (g.man or 0)), Decimal(g.antal), "st", op="<=",
                    what=f"{g.grupp}: kvinnor + män", formula=Formula(cells, (ref(g.src.loc("antal")),), op="<="))


@check
def nns_question_within_group(f, fig, previous=None):
    survey = _survey(f)
    if survey is None:
        return
    for a in survey.answers:
        group = survey.group(a.grupp)
        if a.antal is None or group is None or group.antal is None:
            continue
        key = {"Kvinnor": "kvinnor", "Män": "man"}.get(a.kon or "", "antal")
        bound = getattr(group, key)
        if bound is None or a.antal <= bound:
            continue
        yield limit("nns-antal-grupp", a.src.loc("antal"), Decimal(a.antal), Decimal(bound), "st", op="<=",
                    what=f"{_what(a)}: antal svar",
                    fail_text=f"{_what(a)}: antal svar är {{actual}} men ska vara högst {{expected}}, "
                              f"respondentgruppens antal i bladet Respondentgrupper.",
                    formula=Formula((ref(a.src.loc("antal")),), (ref(group.src.loc(key)),), op="<="))


@check
def nns_questionnaires(f, fig, previous=None):
    survey = _survey(f)
    if survey is None:
        return
    info, groups = survey.info, [g for g in survey.groups if g.antal is not None]
    if info.antal_enkater is None or not groups:
        return
    first, last = groups[0].src, groups[-1].src
    yield compare("nns-enkater-summa", info.src.loc("antal_enkater"), Decimal(sum(g.antal for g in groups)),
                  Decimal(info.antal_enkater), "st", what="Insamlade enkäter totalt",
                  hint="Summan av antal svarande i bladet Respondentgrupper.",
                  formula=Formula((ref(info.src.loc("antal_enkater")),), (ref(span(first, last, "antal")),)))

"""Resultaträkning, balansräkning, kassaflöde, noter, balanskrav, femårsöversikt."""
from __future__ import annotations

from decimal import Decimal

from ..model.figures import Figures
from ..model.arsredovisning import Forbund
from ..model.base import Statement
from ..schema.ekonomi import (BALANCE_REQUIREMENT, BALANCE_SHEET, CASH_FLOW, INCOME_STATEMENT)
from ..schema.fields import StatementSheet
from ..findings import PROCENTENHET_AVRUNDNING, TKR_AVRUNDNING, Formula
from .registry import checker, compare, flag, ref

check = checker("arsredovisning")

STATEMENTS = ((INCOME_STATEMENT, "rr"), (BALANCE_SHEET, "br"), (CASH_FLOW, "kf"),
              (BALANCE_REQUIREMENT, "bkr"))
YEAR_WORDS = {"i_ar": "innevarande år", "fg_ar": "föregående år", "fg2_ar": "två år sedan",
              "ar0": "prognos året före", "ar1": "år 1", "ar2": "år 2", "ar3": "år 3"}
THOUSAND = Decimal(1000)


def _leaves(spec: StatementSheet, key: str, sign: int = 1) -> list[tuple[int, str]]:
    """Expand a sum line into its input lines, so one wrong subtotal is reported once."""
    line = spec.line(key)
    if not line.formula:
        return [(sign, key)]
    out = []
    for s, k in line.terms():
        out.extend(_leaves(spec, k, sign * s))
    return out


def _unit(spec: StatementSheet) -> str:
    return spec.kind_of_amount.unit


def sum_line_findings(spec: StatementSheet, st: Statement, prefix: str):
    """Every sum line of a statement equals its terms, each year (code prefix-line)."""
    for line in spec.lines:
        if not line.formula:
            continue
        leaves = _leaves(spec, line.key)
        for year in spec.years:
            if not st.has(line.key, year) and not any(st.has(k, year) for _, k in leaves):
                continue
            expected = sum((s * st.get(k, year) for s, k in leaves), Decimal(0))
            words = " ".join(("+ " if s > 0 else "− ") + spec.line(k).label.lower()
                             for s, k in line.terms()).lstrip("+ ")
            yield compare(
                f"{prefix}-{line.key.replace('_', '-')}",
                f"{spec.name}: {line.label} = {words}",
                st.loc(line.key, year), expected, st.get(line.key, year), _unit(spec),
                what=f"{line.label} ({YEAR_WORDS[year]})",
                formula=Formula((ref(st.loc(line.key, year)),),
                                tuple(ref(st.loc(k, year), s) for s, k in leaves)))


@check
def statement_sums(f: Forbund, fig: Figures):
    """Every sum line of every statement equals its terms, each year."""
    for spec, attr in STATEMENTS:
        yield from sum_line_findings(spec, getattr(f, attr), attr)


@check
def balance_sheet_balances(f: Forbund, fig: Figures):
    for year in ("i_ar", "fg_ar"):
        yield compare("br-balanserar", "Balansräkning: summa tillgångar = summa eget kapital, "
                      "avsättningar och skulder", f.br.loc("summa_ek_skulder", year),
                      f.br.get("summa_tillgangar", year), f.br.get("summa_ek_skulder", year), "kr",
                      what=f"Summa eget kapital, avsättningar och skulder ({YEAR_WORDS[year]})",
                      formula=Formula((ref(f.br.loc("summa_ek_skulder", year)),),
                                      (ref(f.br.loc("summa_tillgangar", year)),)))


@check
def result_same_everywhere(f: Forbund, fig: Figures):
    for year in ("i_ar", "fg_ar"):
        yield compare("br-arets-resultat-mot-rr", "Årets resultat i balansräkningen = årets "
                      "resultat i resultaträkningen", f.br.loc("arets_resultat", year),
                      f.rr.get("arets_resultat", year), f.br.get("arets_resultat", year), "kr",
                      what=f"Årets resultat i balansräkningen ({YEAR_WORDS[year]})",
                      hint="Resultaträkningen säger något annat.",
                      formula=Formula((ref(f.br.loc("arets_resultat", year)),),
                                      (ref(f.rr.loc("arets_resultat", year)),)))
    for year in ("i_ar", "fg_ar"):
        if not f.bkr.has("arets_resultat", year):
            continue
        yield compare("bkr-resultat-mot-rr", "Balanskravsresultat: årets resultat (tkr) = "
                      "resultaträkningens årets resultat, avrundat", f.bkr.loc("arets_resultat", year),
                      f.rr.get("arets_resultat", year) / THOUSAND, f.bkr.get("arets_resultat", year),
                      "tkr", tol=TKR_AVRUNDNING,
                      what=f"Årets resultat i balanskravsutredningen ({YEAR_WORDS[year]})",
                      formula=Formula((ref(f.bkr.loc("arets_resultat", year)),),
                                      (ref(f.rr.loc("arets_resultat", year), Decimal("0.001")),),
                                      tol=TKR_AVRUNDNING))


@check
def equity_rolls_forward(f: Forbund, fig: Figures):
    yield compare("br-ingaende-eget-kapital", "Eget kapital vid årets början (övrigt eget kapital) "
                  "= eget kapital vid föregående års slut", f.br.loc("ovrigt_eget_kapital"),
                  f.br.get("eget_kapital", "fg_ar"), f.br.get("ovrigt_eget_kapital"), "kr",
                  what="Övrigt eget kapital (ingående eget kapital)",
                  formula=Formula((ref(f.br.loc("ovrigt_eget_kapital")),),
                                  (ref(f.br.loc("eget_kapital", "fg_ar")),)))


@check
def cash_flow_matches_statements(f: Forbund, fig: Figures):
    kf, br, rr = f.kf, f.br, f.rr
    k = Decimal("0.001")
    for year in ("i_ar", "fg_ar"):
        yield compare("kf-resultat-mot-rr", "Kassaflödesanalys: resultat efter finansiella poster "
                      "= resultaträkningen (tkr)", kf.loc("resultat", year),
                      rr.get("resultat_efter_finansiella", year) / THOUSAND, kf.get("resultat", year),
                      "tkr", tol=TKR_AVRUNDNING,
                      what=f"Resultat efter finansiella poster i kassaflödesanalysen ({YEAR_WORDS[year]})",
                      formula=Formula((ref(kf.loc("resultat", year)),),
                                      (ref(rr.loc("resultat_efter_finansiella", year), k),),
                                      tol=TKR_AVRUNDNING))
        yield compare("kf-likvida-medel-mot-br", "Kassaflödesanalys: likvida medel vid årets slut "
                      "= kassa och bank + kortfristiga placeringar i balansräkningen",
                      kf.loc("likvida_slut", year),
                      (br.get("kassa_bank", year) + br.get("kortfristiga_placeringar", year)) / THOUSAND,
                      kf.get("likvida_slut", year), "tkr", tol=TKR_AVRUNDNING,
                      what=f"Likvida medel vid årets slut ({YEAR_WORDS[year]})",
                      formula=Formula((ref(kf.loc("likvida_slut", year)),),
                                      (ref(br.loc("kassa_bank", year), k),
                                       ref(br.loc("kortfristiga_placeringar", year), k)),
                                      tol=TKR_AVRUNDNING))
    yield compare("kf-ingaende-likvida-medel", "Kassaflödesanalys: likvida medel vid årets början "
                  "= föregående års kassa och bank", kf.loc("likvida_borjan"),
                  (br.get("kassa_bank", "fg_ar") + br.get("kortfristiga_placeringar", "fg_ar")) / THOUSAND,
                  kf.get("likvida_borjan"), "tkr", tol=TKR_AVRUNDNING,
                  what="Likvida medel vid årets början",
                  formula=Formula((ref(kf.loc("likvida_borjan")),),
                                  (ref(br.loc("kassa_bank", "fg_ar"), k),
                                   ref(br.loc("kortfristiga_placeringar", "fg_ar"), k)),
                                  tol=TKR_AVRUNDNING))
    yield compare("kf-fordringar-mot-br", "Kassaflödesanalys: förändring av fordringar = "
                  "skillnaden mellan balansräkningarnas fordringar", kf.loc("forandring_fordringar"),
                  (br.get("fordringar", "fg_ar") - br.get("fordringar")) / THOUSAND,
                  kf.get("forandring_fordringar"), "tkr", tol=TKR_AVRUNDNING,
                  what="Minskning (+) / ökning (−) av fordringar",
                  formula=Formula((ref(kf.loc("forandring_fordringar")),),
                                  (ref(br.loc("fordringar", "fg_ar"), k), ref(br.loc("fordringar"), -k)),
                                  tol=TKR_AVRUNDNING))
    yield compare("kf-skulder-mot-br", "Kassaflödesanalys: förändring av kortfristiga skulder = "
                  "skillnaden mellan balansräkningarnas skulder", kf.loc("forandring_skulder"),
                  (br.get("kortfristiga_skulder") - br.get("kortfristiga_skulder", "fg_ar")) / THOUSAND,
                  kf.get("forandring_skulder"), "tkr", tol=TKR_AVRUNDNING,
                  what="Ökning (+) / minskning (−) av kortfristiga skulder",
                  formula=Formula((ref(kf.loc("forandring_skulder")),),
                                  (ref(br.loc("kortfristiga_skulder"), k),
                                   ref(br.loc("kortfristiga_skulder", "fg_ar"), -k)),
                                  tol=TKR_AVRUNDNING))


@check
def notes_add_up(f: Forbund, fig: Figures):
    targets = {}
    for spec, attr in ((INCOME_STATEMENT, "rr"), (BALANCE_SHEET, "br")):
        for line in spec.lines:
            if line.note:
                targets[line.note] = (getattr(f, attr), line)
    numbers = sorted({n.not_nr for n in f.notes})
    for number in numbers:
        lines = [n for n in f.notes if n.not_nr == number]
        if number not in targets:
            yield flag("not-okand", "Varje not i bladet Noter hör till en post i resultat- eller "
                       "balansräkningen", lines[0].src.loc("not_nr"), "ett notnummer från resultat- "
                       "eller balansräkningen", f"not {number}", "",
                          what=f"Not {number}", hint="Ingen post i resultat- eller balansräkningen "
                          "har det notnumret.")
            continue
        st, line = targets[number]
        for year in ("i_ar", "fg_ar"):
            values = [getattr(n, year) for n in lines]
            if all(v is None for v in values):
                continue
            total = sum((v or Decimal(0) for v in values), Decimal(0))
            yield compare("not-summa", "Noternas rader summerar till posten i resultat- eller "
                          "balansräkningen", st.loc(line.key, year), total, st.get(line.key, year),
                          "kr", what=f"{line.label} ({YEAR_WORDS[year]}) enligt not {number}",
                          formula=Formula((ref(st.loc(line.key, year)),),
                                          tuple(ref(n.src.loc(year)) for n in lines)))


@check
def five_year_overview(f: Forbund, fig: Figures):
    s = f.settings
    years = {r.ar: r for r in f.five_years}
    for row in f.five_years:
        if row.intakter is not None and row.kostnader is not None and row.resultat is not None:
            yield compare("femar-resultat", "Femårsöversikt: årets resultat = intäkter − kostnader",
                          row.src.loc("resultat"), row.intakter - row.kostnader, row.resultat, "kr",
                          what=f"Årets resultat {row.ar} i femårsöversikten",
                          formula=Formula((ref(row.src.loc("resultat")),),
                                          (ref(row.src.loc("intakter")), ref(row.src.loc("kostnader"), -1))))
    rr, br = f.rr, f.br
    for year_key, year, sol in (("i_ar", s.ar, fig.soliditet), ("fg_ar", s.ar - 1, fig.soliditet_fg)):
        row = years.get(year)
        if row is None:
            yield flag("femar-saknar-ar", "Femårsöversikten har en rad för innevarande och "
                       "föregående år", f.five_years[0].src.loc("ar") if f.five_years else
                       s.src.loc("ar"), f"en rad för {year}", "ingen sådan rad", "",
                       what="Femårsöversikten")
            continue
        pairs = (("intakter", ("intakter", "finansiella_intakter"), "Verksamhetens intäkter inkl. finansiella intäkter"),
                 ("kostnader", ("kostnader", "finansiella_kostnader"), "Verksamhetens kostnader inkl. finansiella kostnader"),
                 ("resultat", ("arets_resultat",), "Årets resultat"))
        for key, lines, label in pairs:
            expected = sum((rr.get(x, year_key) for x in lines), Decimal(0))
            yield compare("femar-mot-rr", "Femårsöversikt: innevarande och föregående år = "
                          "resultaträkningen", row.src.loc(key), expected, getattr(row, key), "kr",
                          what=f"{label} {year} i femårsöversikten",
                          formula=Formula((ref(row.src.loc(key)),),
                                          tuple(ref(rr.loc(x, year_key)) for x in lines)))
        if row.soliditet is not None and sol.value is not None:
            yield compare("femar-soliditet", "Femårsöversikt: soliditet = eget kapital / summa "
                          "tillgångar", row.src.loc("soliditet"), sol.value, row.soliditet, "%",
                          tol=PROCENTENHET_AVRUNDNING, what=f"Soliditet {year}",
                          formula=Formula((ref(row.src.loc("soliditet")),),
                                          (ref(br.loc("eget_kapital", year_key)),),
                                          tol=PROCENTENHET_AVRUNDNING,
                                          rhs_den=(ref(br.loc("summa_tillgangar", year_key)),)))
    row = years.get(s.ar)
    if row is not None and row.anstallda is not None:
        yield compare("femar-anstallda", "Femårsöversikt: antal anställda = inställningarna",
                      row.src.loc("anstallda"), Decimal(s.anstallda), Decimal(row.anstallda), "st",
                      what=f"Antal anställda {s.ar}")


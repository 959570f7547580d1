"""Resultaträkning, balansräkning, kassaflöde, noter, balanskrav, femårsöversikt: every sum
and every comparison between them, within the rounding their declared units explain."""
from __future__ import annotations

from decimal import Decimal

from ..findings import Formula
from ..model.arsredovisning import Forbund
from ..model.base import Statement
from ..model.figures import Figures
from ..schema.ekonomi import BALANCE_REQUIREMENT, BALANCE_SHEET, CASH_FLOW, INCOME_STATEMENT
from ..schema.fields import StatementSheet
from .catalogue import declare, fel, saknas
from .registry import amount, checker, compare, line, missing_figure, reconcile, ref, share

check = checker("arsredovisning")

STATEMENTS = ((INCOME_STATEMENT, "rr"), (BALANCE_SHEET, "br"), (CASH_FLOW, "kf"),
              (BALANCE_REQUIREMENT, "bkr"))
YEAR_WORDS = {"i_ar": "innevarande år", "fg_ar": "föregående år", "fg2_ar": "två år sedan",
              "ar0": "prognos året före", "ar1": "år 1", "ar2": "år 2", "ar3": "år 3"}
# Lines an annual report cannot be adopted without.
ESSENTIAL = (("rr", "intakter"), ("rr", "kostnader"), ("rr", "arets_resultat"),
             ("br", "summa_tillgangar"), ("br", "eget_kapital"))


def sum_line_code(prefix: str, line) -> str:
    return f"{prefix}-{line.key.replace('_', '-')}"


def _words(spec: StatementSheet, line) -> str:
    return " ".join(("+ " if s > 0 else "− ") + spec.line(k).label.lower() for s, k in line.terms()).lstrip("+ ")


def declare_sum_lines(kind: str, prefix: str, spec: StatementSheet) -> None:
    """The codes of a statement's sum lines, one per line: ``prefix-line``."""
    declare(kind, *(fel(sum_line_code(prefix, ln), f"{spec.name}: {ln.label} = {_words(spec, ln)}", "summor")
                    for ln in spec.lines if ln.formula))


for _spec, _prefix in STATEMENTS:
    declare_sum_lines("arsredovisning", _prefix, _spec)

declare(
    "arsredovisning",
    fel("br-balanserar", "Balansräkning: summa tillgångar = summa eget kapital, avsättningar och skulder", "balans"),
    fel("br-arets-resultat-mot-rr", "Årets resultat i balansräkningen = årets resultat i resultaträkningen",
        "resultat"),
    fel("bkr-resultat-mot-rr", "Balanskravsresultat: årets resultat = resultaträkningens årets resultat",
        "resultat"),
    fel("br-ingaende-eget-kapital", "Eget kapital vid årets början (övrigt eget kapital) = eget kapital vid "
        "föregående års slut", "balans"),
    fel("kf-resultat-mot-rr", "Kassaflödesanalys: resultat efter finansiella poster = resultaträkningen",
        "resultat"),
    fel("kf-likvida-medel-mot-br", "Kassaflödesanalys: likvida medel vid årets slut = kassa och bank + "
        "kortfristiga placeringar i balansräkningen", "kassaflode"),
    fel("kf-ingaende-likvida-medel", "Kassaflödesanalys: likvida medel vid årets början = föregående års "
        "kassa och bank", "kassaflode"),
    fel("kf-fordringar-mot-br", "Kassaflödesanalys: förändring av fordringar = skillnaden mellan "
        "balansräkningarnas fordringar", "kassaflode"),
    fel("kf-skulder-mot-br", "Kassaflödesanalys: förändring av kortfristiga skulder = skillnaden mellan "
        "balansräkningarnas skulder", "kassaflode"),
    fel("not-summa", "Noternas rader summerar till posten i resultat- eller balansräkningen", "summor"),
    fel("not-okand", "Varje not i bladet Noter hör till en post i resultat- eller balansräkningen", "schema"),
    fel("femar-resultat", "Femårsöversikt: årets resultat = intäkter − kostnader", "summor"),
    fel("femar-mot-rr", "Femårsöversikt: innevarande och föregående år = resultaträkningen", "resultat"),
    fel("femar-soliditet", "Femårsöversikt: soliditet = eget kapital / summa tillgångar", "balans"),
    fel("femar-anstallda", "Femårsöversikt: antal anställda = inställningarna", "summor"),
    saknas("femar-saknar-ar", "Femårsöversikten har en rad för innevarande och föregående år"),
    saknas("bokslut-saknas", "Resultat- och balansräkningens huvudposter är ifyllda", blocks=True),
)


def _leaves(spec: StatementSheet, key: str, sign: int = 1) -> list[tuple[int, str]]:
    """A sum line expanded into its input lines."""
    ln = spec.line(key)
    if not ln.formula:
        return [(sign, key)]
    out = []
    for s, k in ln.terms():
        out.extend(_leaves(spec, k, sign * s))
    return out


# A line that must equal a line of another statement (each side is checked against the
# other): when a sum fails only because of such an item, the item is the wrong line.
TWINS = {("br", "arets_resultat"): ("rr", "arets_resultat")}


def _explained_by_twin(f, attr: str, ln, year: str, target, code: str, what: str):
    """The sum with each item that has a twin elsewhere replaced by the twin's value: when
    that agrees, the item is wrong (its own comparison reports it), not the sum."""
    if f is None:
        return None
    st = getattr(f, attr)
    for _, key in ln.terms():
        twin = TWINS.get((attr, key))
        if twin is None:
            continue
        items = [line(getattr(f, twin[0]), twin[1], year).times(s) if k == key else line(st, k, year).times(s)
                 for s, k in ln.terms()]
        found = reconcile(code, target, items, what=what)
        if found is not None and found.ok:
            return found
    return None


def sum_line_findings(spec: StatementSheet, st: Statement, prefix: str, f: Forbund | None = None):
    """Every sum line of a statement against its own items, each year. When a line disagrees
    with a subtotal among its items that is itself wrong, but agrees with the input lines
    below, the subtotal is the wrong line and is reported at its own cell: one wrong line,
    one finding. The same when an item disagrees with its twin in another statement and the
    twin's value fits."""
    failed: set[tuple[str, str]] = set()
    for ln in spec.lines:
        if not ln.formula:
            continue
        code = sum_line_code(prefix, ln)
        for year in spec.years:
            target = line(st, ln.key, year)
            items = [line(st, k, year).times(s) for s, k in ln.terms()]
            if all(i.value is None for i in items):
                continue
            what = f"{ln.label} ({YEAR_WORDS[year]})"
            finding = reconcile(code, target, items, what=what)
            if finding is not None and not finding.ok and any((k, year) in failed for _, k in ln.terms()):
                below = reconcile(code, target, [line(st, k, year).times(s) for s, k in _leaves(spec, ln.key)],
                                  what=what)
                if below is not None and below.ok:
                    finding = below
            if finding is not None and not finding.ok:
                finding = _explained_by_twin(f, prefix, ln, year, target, code, what) or finding
            if finding is not None:
                if not finding.ok:
                    failed.add((ln.key, year))
                yield finding


@check
def statement_sums(f: Forbund, fig: Figures, previous=None):
    """Every sum line of every statement equals its terms, each year."""
    for spec, attr in STATEMENTS:
        yield from sum_line_findings(spec, getattr(f, attr), attr, f)


@check
def essentials_reported(f: Forbund, fig: Figures, previous=None):
    for attr, key in ESSENTIAL:
        st = getattr(f, attr)
        if st.value(key) is None:
            spec = next(sp for sp, a in STATEMENTS if a == attr)
            yield missing_figure("bokslut-saknas", st.loc(key), f"{spec.line(key).label} ({spec.name.lower()})",
                                 "Årsredovisningen kan inte fastställas utan den.")


def _pair(code, a, b, what: str, hint: str = ""):
    """Two places that must hold the same figure, each with its own precision."""
    if b.value is None:
        return None
    return reconcile(code, a, [b], what=what, hint=hint)


@check
def balance_sheet_balances(f: Forbund, fig: Figures, previous=None):
    for year in ("i_ar", "fg_ar"):
        found = _pair("br-balanserar", line(f.br, "summa_ek_skulder", year), line(f.br, "summa_tillgangar", year),
                      f"Summa eget kapital, avsättningar och skulder ({YEAR_WORDS[year]})")
        if found is not None:
            yield found


@check
def result_same_everywhere(f: Forbund, fig: Figures, previous=None):
    for year in ("i_ar", "fg_ar"):
        found = _pair("br-arets-resultat-mot-rr", line(f.br, "arets_resultat", year),
                      line(f.rr, "arets_resultat", year), f"Årets resultat i balansräkningen ({YEAR_WORDS[year]})",
                      "Resultaträkningen säger något annat.")
        if found is not None:
            yield found
    for year in ("i_ar", "fg_ar"):
        found = _pair("bkr-resultat-mot-rr", line(f.bkr, "arets_resultat", year), line(f.rr, "arets_resultat", year),
                      f"Årets resultat i balanskravsutredningen ({YEAR_WORDS[year]})")
        if found is not None:
            yield found


@check
def equity_rolls_forward(f: Forbund, fig: Figures, previous=None):
    found = _pair("br-ingaende-eget-kapital", line(f.br, "ovrigt_eget_kapital"), line(f.br, "eget_kapital", "fg_ar"),
                  "Övrigt eget kapital (ingående eget kapital)")
    if found is not None:
        yield found


def _cash(br: Statement, year: str) -> list:
    return [line(br, "kassa_bank", year), line(br, "kortfristiga_placeringar", year)]


@check
def cash_flow_matches_statements(f: Forbund, fig: Figures, previous=None):
    kf, br, rr = f.kf, f.br, f.rr
    checks = []
    for year in ("i_ar", "fg_ar"):
        checks.append(("kf-resultat-mot-rr", line(kf, "resultat", year), [line(rr, "resultat_efter_finansiella", year)],
                       f"Resultat efter finansiella poster i kassaflödesanalysen ({YEAR_WORDS[year]})"))
        checks.append(("kf-likvida-medel-mot-br", line(kf, "likvida_slut", year), _cash(br, year),
                       f"Likvida medel vid årets slut ({YEAR_WORDS[year]})"))
    checks += [
        ("kf-ingaende-likvida-medel", line(kf, "likvida_borjan"), _cash(br, "fg_ar"), "Likvida medel vid årets början"),
        ("kf-fordringar-mot-br", line(kf, "forandring_fordringar"),
         [line(br, "fordringar", "fg_ar"), line(br, "fordringar").times(-1)],
         "Minskning (+) / ökning (−) av fordringar"),
        ("kf-skulder-mot-br", line(kf, "forandring_skulder"),
         [line(br, "kortfristiga_skulder"), line(br, "kortfristiga_skulder", "fg_ar").times(-1)],
         "Ökning (+) / minskning (−) av kortfristiga skulder"),
    ]
    for code, target, items, what in checks:
        if all(i.value is None for i in items):
            continue
        found = reconcile(code, target, items, what=what)
        if found is not None:
            yield found


def _note_targets():
    out = {}
    for spec, attr in ((INCOME_STATEMENT, "rr"), (BALANCE_SHEET, "br")):
        for ln in spec.lines:
            if ln.note:
                out[ln.note] = (attr, ln)
    return out


@check
def notes_add_up(f: Forbund, fig: Figures, previous=None):
    targets = _note_targets()
    for number in sorted({n.not_nr for n in f.notes}):
        lines = [n for n in f.notes if n.not_nr == number]
        if number not in targets:
            yield flag_unknown_note(lines[0], number)
            continue
        attr, ln = targets[number]
        st = getattr(f, attr)
        totals = [n for n in lines if n.summa]
        items_of = [n for n in lines if not n.summa]
        for year in ("i_ar", "fg_ar"):
            items = [amount(n, year) for n in items_of]
            if all(i.value is None for i in items):
                items = [amount(n, year) for n in totals[:1]]
                if all(i.value is None for i in items):
                    continue
            else:
                for t in totals:  # the note's own sum line against its items
                    found = reconcile("not-summa", amount(t, year), items,
                                      what=f"Summan i not {number} ({YEAR_WORDS[year]})")
                    if found is not None:
                        yield found
            found = reconcile("not-summa", line(st, ln.key, year), items,
                              what=f"{ln.label} ({YEAR_WORDS[year]}) enligt not {number}")
            if found is not None:
                yield found


def flag_unknown_note(note, number: int):
    from .registry import flag

    return flag("not-okand", note.src.loc("not_nr"), "ett notnummer från resultat- eller balansräkningen",
                f"not {number}", what=f"Not {number}",
                hint="Ingen post i resultat- eller balansräkningen har det notnumret.")


def _soliditet(br: Statement, year: str) -> tuple[Decimal, Decimal] | None:
    """Eget kapital / summa tillgångar and how far rounding can move it."""
    ek, total = line(br, "eget_kapital", year), line(br, "summa_tillgangar", year)
    if ek.value is None or not total.value:
        return None
    ratio = ek.value / total.value
    return ratio, (ek.half + abs(ratio) * total.half) / abs(total.value)


@check
def five_year_overview(f: Forbund, fig: Figures, previous=None):
    s = f.settings
    years = {r.ar: r for r in f.five_years}
    for row in f.five_years:
        if row.intakter is not None and row.kostnader is not None and row.resultat is not None:
            found = reconcile("femar-resultat", amount(row, "resultat"),
                              [amount(row, "intakter"), amount(row, "kostnader").times(-1)],
                              what=f"Årets resultat {row.ar} i femårsöversikten")
            if found is not None:
                yield found
    rr, br = f.rr, f.br
    pairs = (("intakter", ("intakter", "finansiella_intakter"), "Verksamhetens intäkter inkl. finansiella intäkter"),
             ("kostnader", ("kostnader", "finansiella_kostnader"), "Verksamhetens kostnader inkl. finansiella kostnader"),
             ("resultat", ("arets_resultat",), "Årets resultat"))
    for year_key, year in (("i_ar", s.ar), ("fg_ar", s.ar - 1)):
        row = years.get(year)
        if row is None:
            if f.five_years or year_key == "i_ar":
                where = f.five_years[0].src.loc("ar") if f.five_years else s.src.loc("ar")
                yield missing_figure("femar-saknar-ar", where, f"Femårsöversiktens rad för {year}")
            continue
        for key, lines, label in pairs:
            items = [line(rr, x, year_key) for x in lines]
            if getattr(row, key) is None or all(i.value is None for i in items):
                continue
            found = reconcile("femar-mot-rr", amount(row, key), items, what=f"{label} {year} i femårsöversikten")
            if found is not None:
                yield found
        computed = _soliditet(br, year_key)
        if row.soliditet is not None and computed is not None:
            ratio, half = computed
            typed = share(row, "soliditet")
            yield compare("femar-soliditet", typed.loc, ratio, row.soliditet, "%", tol=typed.half + half,
                          what=f"Soliditet {year}",
                          formula=Formula((ref(typed.loc),), (ref(br.loc("eget_kapital", year_key)),),
                                          tol=typed.half + half,
                                          rhs_den=(ref(br.loc("summa_tillgangar", year_key)),)))
    row = years.get(s.ar)
    if row is not None and row.anstallda is not None and s.anstallda is not None:
        yield compare("femar-anstallda", row.src.loc("anstallda"), Decimal(s.anstallda), Decimal(row.anstallda),
                      "st", what=f"Antal anställda {s.ar}")


__all__ = ["STATEMENTS", "YEAR_WORDS", "sum_line_findings", "declare_sum_lines"]

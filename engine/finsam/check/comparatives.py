"""Last year's figures in this year's report equal last year's report: the comparatives of
the statements, the driftsbidrag, the detailed follow-up's utfall and the five-year overview,
when last year's ekonomi.xlsx is known (its folder named in Inställningar, or the workbook
in the same folder or upload)."""
from __future__ import annotations

from ..model.arsredovisning import Forbund, PreviousYear
from ..model.figures import Figures
from ..names import norm
from .catalogue import declare, fel, saknas
from .registry import amount, checker, compare, line, reconcile, share
from .statements import STATEMENTS, YEAR_WORDS

check = checker("arsredovisning")
declare("arsredovisning", fel("foregaende-ar", "Föregående års siffror i årets rapport = föregående års "
                                               "årsredovisning", "foregaende-ar"),
        saknas("foregaende-ar-saknas", "Föregående års mapp finns och har föregående års ekonomi.xlsx"))

# this year's column -> last year's column of the same figure
SHIFTED = {"fg_ar": "i_ar", "fg2_ar": "fg_ar"}


def _where(previous: PreviousYear, loc) -> str:
    return f"{previous.source}, blad {loc.sheet}, cell {loc.cell}"


def _budget_key(row):
    """A follow-up row is the same row last year by its post; a sum row by what it sums
    (its group), since förbund write the year into it ("Summa insatser 2022")."""
    if row.radtyp == "Summa grupp":
        return (row.radtyp, norm(row.grupp or ""))
    if row.radtyp in ("Summa kostnader", "Resultat"):
        return (row.radtyp,)
    return (row.radtyp, norm(row.post))


FIVE_YEAR_WORDS = {"intakter": "intäkter", "kostnader": "kostnader", "resultat": "årets resultat"}


def _same(target, source, what: str, previous: PreviousYear):
    if target.value is None or source.value is None:
        return None
    return reconcile("foregaende-ar", target, [source], what=what,
                     hint=f"Förra årets rapport: {_where(previous, source.loc)}.")


@check
def comparatives_equal_last_year(f: Forbund, fig: Figures, previous: PreviousYear | None = None):
    if previous is None or previous.year != f.settings.ar - 1:
        return
    for spec, attr in STATEMENTS:
        this, last = getattr(f, attr), getattr(previous, attr)
        for ln in spec.lines:
            for year in spec.years:
                if year not in SHIFTED or SHIFTED[year] not in spec.years or ln.heading:
                    continue
                found = _same(line(this, ln.key, year), line(last, ln.key, SHIFTED[year]),
                              f"{spec.name}: {ln.label} ({YEAR_WORDS[year]})", previous)
                if found is not None:
                    yield found
    s, p = f.settings, previous.settings
    found = _same(amount(s, "driftsbidrag_fg"), amount(p, "driftsbidrag"), "Driftsbidrag föregående år", previous)
    if found is not None:
        yield found
    last_rows = {_budget_key(r): r for r in previous.budget}
    for row in f.budget:
        old = last_rows.get(_budget_key(row))
        if old is not None:
            found = _same(amount(row, "utfall_fg"), amount(old, "utfall"), f"{row.post} (utfall föregående år)",
                          previous)
            if found is not None:
                yield found
    last_years = {r.ar: r for r in previous.five_years}
    for row in f.five_years:
        old = last_years.get(row.ar)
        if old is None or row.ar >= f.settings.ar:
            continue
        for key in ("intakter", "kostnader", "resultat"):
            found = _same(amount(row, key), amount(old, key), f"Femårsöversikten {row.ar}: {FIVE_YEAR_WORDS[key]}",
                          previous)
            if found is not None:
                yield found
        if row.soliditet is not None and old.soliditet is not None:
            a, b = share(row, "soliditet"), share(old, "soliditet")
            yield compare("foregaende-ar", a.loc, old.soliditet, row.soliditet, "%", tol=a.half + b.half,
                          what=f"Femårsöversikten {row.ar}: soliditet",
                          hint=f"Förra årets rapport: {_where(previous, b.loc)}.")

"""Figures computed from the annual report's model, once, for both checks and reports.

A figure nobody reported is None, never 0: a column with no figures sums to None, and a
document leaves it out or says it is not reported. Every ratio names its numerator and
denominator so that reports and findings can say "17,5 % av driftsbidraget (7 360 000 kr)"
rather than a bare percentage.
"""
from __future__ import annotations

from decimal import Decimal
from typing import TYPE_CHECKING

from ..records import record
from .base import ZERO
from .policy import EquityPolicy, Ratio, ShareGoal

if TYPE_CHECKING:
    from ..units import Unit
    from .arsredovisning import BudgetRow, Forbund, ParticipantRow


# The participant columns that make up each goal metric of insatser.xlsx: (total, women,
# men). The figures sum them; the checks' Excel formulas sum the same columns.
METRIC_COLUMNS = {
    "Deltagare": (("totalt",), ("kvinnor",), ("man",)),
    "Till arbete eller studier": (("arbete_kvinnor", "arbete_man", "arbete_okant", "studier_kvinnor",
                                   "studier_man", "studier_okant"),
                                  ("arbete_kvinnor", "studier_kvinnor"), ("arbete_man", "studier_man")),
    "Till arbete": (("arbete_kvinnor", "arbete_man", "arbete_okant"), ("arbete_kvinnor",), ("arbete_man",)),
    "Till studier": (("studier_kvinnor", "studier_man", "studier_okant"), ("studier_kvinnor",),
                     ("studier_man",)),
    "Volyminsatser": (("volym",), (), ()),
}


def add(*values):
    """The sum of the values that are reported; None when none is."""
    found = [v for v in values if v is not None]
    return sum(found) if found else None


@record
class ParticipantTotals:
    """Each participant column summed over the insatser; None where no row reports it."""

    kvinnor: int | None
    man: int | None
    okant_kon: int | None
    volym: int | None
    arbete_kvinnor: int | None
    arbete_man: int | None
    studier_kvinnor: int | None
    studier_man: int | None
    arbete_okant: int | None
    studier_okant: int | None
    rows_total: int | None  # "Deltagare totalt" summed (equals the split when it adds up)

    @property
    def totalt(self) -> int | None:
        return self.rows_total

    @property
    def arbete(self) -> int | None:
        return add(self.arbete_kvinnor, self.arbete_man, self.arbete_okant)

    @property
    def studier(self) -> int | None:
        return add(self.studier_kvinnor, self.studier_man, self.studier_okant)

    @property
    def arbete_studier(self) -> int | None:
        return add(self.arbete, self.studier)

    @property
    def arbete_studier_kvinnor(self) -> int | None:
        return add(self.arbete_kvinnor, self.studier_kvinnor)

    @property
    def arbete_studier_man(self) -> int | None:
        return add(self.arbete_man, self.studier_man)

    def metric(self, name: str) -> tuple[int | None, int | None, int | None]:
        """(total, kvinnor, män) of a goal metric named in insatser.xlsx."""
        total, women, men = METRIC_COLUMNS[name]

        def s(keys):
            return add(*(getattr(self, k) for k in keys)) if keys else None
        return s(total), s(women), s(men)


def _row_total(r) -> int | None:
    return r.totalt if r.totalt is not None else add(r.kvinnor, r.man, r.okant_kon)


def participant_totals(rows: "tuple[ParticipantRow, ...]") -> ParticipantTotals:
    def s(key: str) -> int | None:
        return add(*(getattr(r, key) for r in rows))
    return ParticipantTotals(s("kvinnor"), s("man"), s("okant_kon"), s("volym"), s("arbete_kvinnor"),
                             s("arbete_man"), s("studier_kvinnor"), s("studier_man"),
                             s("arbete_okant"), s("studier_okant"), add(*(_row_total(r) for r in rows)))


@record
class InsatsCosts:
    """What the insatser cost, by the law's two classes. An insats with no utfall of its own
    counts with its budget post's utfall when every insats booked on that post is blank and
    of the same class (a förbund that reports insatser only in the budget follow-up). A class
    with an insats whose cost is found nowhere is None: not reported."""

    individ: Decimal | None
    struktur: Decimal | None
    unit: "Unit | None"            # the coarsest unit the amounts were reported in
    from_budget: tuple[tuple["BudgetRow", bool], ...]  # posts that stood in for insatser (row, individinriktad)

    @property
    def total(self) -> Decimal | None:
        return None if self.individ is None or self.struktur is None else self.individ + self.struktur


def insats_costs(f: "Forbund") -> InsatsCosts:
    from ..names import norm

    sums = {True: ZERO, False: ZERO}
    missing = {True: False, False: False}
    units, used = [], []
    posts = {norm(r.post): r for r in f.budget if r.radtyp == "Rad"}
    on_post: dict[str, list] = {}
    for i in f.insatser:
        if i.budgetpost and norm(i.budgetpost) in posts:
            on_post.setdefault(norm(i.budgetpost), []).append(i)
    for i in f.insatser:
        if i.utfall is not None:
            sums[i.individinriktad] += i.utfall
            units.append(i.src.unit_of("utfall"))
        elif not (i.budgetpost and norm(i.budgetpost) in posts):
            missing[i.individinriktad] = True
    for key, group in on_post.items():
        blank = [i for i in group if i.utfall is None]
        if not blank:
            continue
        row, classes = posts[key], {i.individinriktad for i in group}
        if row.utfall is None or len(blank) < len(group) or len(classes) > 1:
            for i in blank:
                missing[i.individinriktad] = True
            continue
        individ = classes.pop()
        sums[individ] += row.utfall
        units.append(row.src.unit_of("utfall"))
        used.append((row, individ))
    unit = max((u for u in units if u is not None), key=lambda u: (u.scale, not u.exact), default=None)
    return InsatsCosts(None if missing[True] else sums[True], None if missing[False] else sums[False],
                       unit, tuple(used))


@record
class Figures:
    driftsbidrag: Decimal
    eget_kapital: Decimal | None
    ek_andel: Ratio
    insats_costs: InsatsCosts
    soliditet: Ratio
    participants: ParticipantTotals
    balanskravsresultat: Decimal | None
    arets_resultat: Decimal | None
    equity: EquityPolicy | None   # eget kapital against the förbund's cap and floor (None: not reported)
    individual: ShareGoal         # the individinriktade share against the förbund's goal (None: no goal)

    @property
    def individ_utfall(self) -> Decimal | None:
        return self.insats_costs.individ

    @property
    def struktur_utfall(self) -> Decimal | None:
        return self.insats_costs.struktur

    @property
    def insatser_utfall(self) -> Decimal | None:
        return self.insats_costs.total

    @property
    def individ_andel(self) -> Ratio:
        return self.individual.ratio


def compute(f: "Forbund") -> Figures:
    s = f.settings
    ek = f.br.value("eget_kapital")
    costs = insats_costs(f)
    individ = costs.individ if f.insatser else None
    if s.individ_namnare == "Kostnader":
        denominator = f.rr.get("kostnader")
        denominator_label = "verksamhetens kostnader"
    else:
        denominator = s.driftsbidrag
        denominator_label = "driftsbidraget"
    return Figures(
        driftsbidrag=s.driftsbidrag,
        eget_kapital=ek,
        ek_andel=Ratio(ek or ZERO, s.driftsbidrag, "eget kapital", "driftsbidraget"),
        insats_costs=costs,
        soliditet=Ratio(ek or ZERO, f.br.get("summa_tillgangar"), "eget kapital", "summa tillgångar"),
        participants=participant_totals(f.participants),
        balanskravsresultat=f.bkr.value("balanskravsresultat"),
        arets_resultat=f.rr.value("arets_resultat"),
        equity=EquityPolicy(ek, s.driftsbidrag, s.ek_tak, s.ek_golv) if ek is not None else None,
        individual=ShareGoal(Ratio(individ, denominator, "individinriktade insatser", denominator_label),
                             s.individ_mal),
    )

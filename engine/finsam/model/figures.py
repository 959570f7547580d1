"""Figures computed from the model, once, for both checks and reports.

Every ratio names its numerator and denominator so that reports and findings can say
"17,5 % av driftsbidraget (7 360 000 kr)" rather than a bare percentage.
"""
from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal
from operator import attrgetter

from typing import TYPE_CHECKING

from .base import ZERO
from .policy import EquityPolicy, Ratio, ShareGoal

if TYPE_CHECKING:
    from .arsredovisning import Forbund, ParticipantRow


# The participant columns that make up each goal metric of insatser.xlsx: (total, women,
# men). The figures sum them; the checks' Excel formulas sum the same columns.
METRIC_COLUMNS = {
    "Deltagare": (("totalt",), ("kvinnor",), ("man",)),
    "Till arbete eller studier": (("arbete_kvinnor", "arbete_man", "studier_kvinnor", "studier_man"),
                                  ("arbete_kvinnor", "studier_kvinnor"), ("arbete_man", "studier_man")),
    "Till arbete": (("arbete_kvinnor", "arbete_man"), ("arbete_kvinnor",), ("arbete_man",)),
    "Till studier": (("studier_kvinnor", "studier_man"), ("studier_kvinnor",), ("studier_man",)),
    "Volyminsatser": (("volym",), (), ()),
}


@dataclass(frozen=True)
class ParticipantTotals:
    kvinnor: int
    man: int
    okant_kon: int
    volym: int
    arbete_kvinnor: int
    arbete_man: int
    studier_kvinnor: int
    studier_man: int

    rows_total: int  # the "Deltagare totalt" column summed (equals the split when it adds up)

    @property
    def totalt(self) -> int:
        return self.rows_total

    @property
    def arbete(self) -> int:
        return self.arbete_kvinnor + self.arbete_man

    @property
    def studier(self) -> int:
        return self.studier_kvinnor + self.studier_man

    @property
    def arbete_studier_kvinnor(self) -> int:
        return self.arbete_kvinnor + self.studier_kvinnor

    @property
    def arbete_studier_man(self) -> int:
        return self.arbete_man + self.studier_man

    def metric(self, name: str) -> tuple[int, int | None, int | None]:
        """(total, kvinnor, män) of a goal metric named in insatser.xlsx."""
        total, women, men = METRIC_COLUMNS[name]

        def s(keys):
            return sum(getattr(self, k) for k in keys) if keys else None
        return s(total), s(women), s(men)


def participant_totals(rows: "tuple[ParticipantRow, ...]") -> ParticipantTotals:
    def s(key: str) -> int:
        return sum(filter(None, map(attrgetter(key), rows)))  # None counts as 0
    rows_total = sum(r.totalt if r.totalt is not None else r.n("kvinnor") + r.n("man") + r.n("okant_kon")
                     for r in rows)
    return ParticipantTotals(s("kvinnor"), s("man"), s("okant_kon"), s("volym"), s("arbete_kvinnor"),
                             s("arbete_man"), s("studier_kvinnor"), s("studier_man"), rows_total)


@dataclass(frozen=True)
class Figures:
    driftsbidrag: Decimal
    eget_kapital: Decimal
    ek_andel: Ratio
    individ_utfall: Decimal
    struktur_utfall: Decimal
    insatser_utfall: Decimal
    soliditet: Ratio
    soliditet_fg: Ratio
    participants: ParticipantTotals
    balanskravsresultat: Decimal
    arets_resultat: Decimal
    equity: EquityPolicy       # eget kapital against the förbund's cap and floor
    individual: ShareGoal      # the individinriktade share against the förbund's goal

    @property
    def ek_tak_kr(self) -> Decimal | None:
        return self.equity.cap

    @property
    def individ_andel(self) -> Ratio:
        return self.individual.ratio


def compute(f: "Forbund") -> Figures:
    s = f.settings
    ek = f.br.get("eget_kapital")
    individ = sum((i.utfall or ZERO for i in f.insatser if i.individinriktad), ZERO)
    struktur = sum((i.utfall or ZERO for i in f.insatser if not i.individinriktad), ZERO)
    if s.individ_namnare == "Kostnader":
        denominator = f.rr.get("kostnader")
        denominator_label = "verksamhetens kostnader"
    else:
        denominator = s.driftsbidrag
        denominator_label = "driftsbidraget"
    figures = Figures(
        driftsbidrag=s.driftsbidrag,
        eget_kapital=ek,
        ek_andel=Ratio(ek, s.driftsbidrag, "eget kapital", "driftsbidraget"),
        individ_utfall=individ,
        struktur_utfall=struktur,
        insatser_utfall=individ + struktur,
        soliditet=Ratio(ek, f.br.get("summa_tillgangar"), "eget kapital", "summa tillgångar"),
        soliditet_fg=Ratio(f.br.get("eget_kapital", "fg_ar"), f.br.get("summa_tillgangar", "fg_ar"),
                           "eget kapital", "summa tillgångar"),
        participants=participant_totals(f.participants),
        balanskravsresultat=f.bkr.get("balanskravsresultat"),
        arets_resultat=f.rr.get("arets_resultat"),
        equity=EquityPolicy(ek, s.driftsbidrag, s.ek_tak, s.ek_golv),
        individual=ShareGoal(Ratio(individ, denominator, "individinriktade insatser", denominator_label),
                             s.individ_mal),
    )
    return figures

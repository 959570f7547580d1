"""A förbund's own budget groups (Budgetgrupper): which groups are income, which are costs
and which count as insatser. Shared by the annual report's detailed follow-up, the interim
follow-up and the verksamhetsplan, whose budget tables group their rows by them."""
from __future__ import annotations


from ..read.data import TableData
from ..records import record
from ..schema.ekonomi import BUDGET_GROUPS
from ..names import norm
from .base import Src, binds, records


@binds(BUDGET_GROUPS)
@record
class BudgetGroup:
    grupp: str
    slag: str
    insatser: str | None
    src: Src

    @property
    def is_cost(self) -> bool:
        return self.slag == "Kostnader"

    @property
    def is_income(self) -> bool:
        return self.slag == "Intäkter"

    @property
    def counts_as_insatser(self) -> bool:
        return self.insatser == "Ja"


@record
class Groups:
    """The groups of one workbook, in the order it lists them."""

    rows: tuple[BudgetGroup, ...]

    def _names(self, test) -> tuple[str, ...]:
        return tuple(g.grupp for g in self.rows if test(g))

    @property
    def income(self) -> tuple[str, ...]:
        return self._names(lambda g: g.is_income)

    @property
    def costs(self) -> tuple[str, ...]:
        return self._names(lambda g: g.is_cost)

    @property
    def insatser(self) -> tuple[str, ...]:
        return self._names(lambda g: g.counts_as_insatser)

    def kind_of(self, grupp: str | None) -> str | None:
        """"Intäkter" or "Kostnader" for a row's group (names compared as the reader does)."""
        wanted = norm(grupp) if grupp else None
        return next((g.slag for g in self.rows if norm(g.grupp) == wanted), None)


def budget_groups(table: TableData | None, workbook: str) -> Groups:
    """The workbook's groups, or the standard four for a workbook without the sheet."""
    if table is not None:
        return Groups(records(table, BudgetGroup))
    return Groups(tuple(BudgetGroup(row["grupp"], row["slag"], row.get("insatser"), Src(workbook, BUDGET_GROUPS.name))
                        for row in BUDGET_GROUPS.prefill))


SUM_TYPES = ("Summa grupp", "Summa kostnader", "Resultat", "Prognos eget kapital")


def unreported_columns_blank(rows: tuple, columns: tuple[str, ...]) -> tuple:
    """A column that no row reports (every "Rad" blank, e.g. last year's utfall for a new
    förbund) is not reported in its sum rows either: the blank workbook's sum formulas give 0
    there, and that 0 is nobody's figure."""
    import dataclasses

    blank = [c for c in columns if all(getattr(r, c) is None for r in rows if r.radtyp == "Rad")]
    if not blank or not any(r.radtyp == "Rad" for r in rows):
        return rows
    return tuple(dataclasses.replace(r, **{c: None for c in blank}) if r.radtyp in SUM_TYPES else r
                 for r in rows)


FORWARD, BACKWARD = "budget − utfall", "utfall − budget"


def difference_fits(row) -> tuple[bool, bool]:
    """(budget − utfall fits, utfall − budget fits) for a row's differens, within the
    rounding of the three figures."""
    from decimal import Decimal

    half = (row.src.unit.half if row.src.unit else Decimal(0)) * 3
    b, u = row.budget or Decimal(0), row.utfall or Decimal(0)
    return abs(row.differens - (b - u)) <= half, abs(row.differens - (u - b)) <= half


def difference_sign(rows, declared: str | None) -> str:
    """The sign convention of a table's differens column: the one its sheet declares, else
    the one most of its rows use (a tie: budget − utfall)."""
    if declared:
        return FORWARD if declared.startswith("budget") else BACKWARD
    fits = [difference_fits(r) for r in rows if r.differens is not None and r.radtyp != "Rubrik"]
    forward = sum(1 for a, b in fits if a and not b)
    backward = sum(1 for a, b in fits if b and not a)
    return BACKWARD if backward > forward else FORWARD

"""What every model is built from: a source location per record, and the one way table
rows, forms and statements become frozen dataclasses.

A model class is bound to the schema sheet it is read from (``@binds(SHEET)``); binding
checks, when the class is defined, that every column of the sheet is a field and every
field (but ``src`` and the declared extras) a column, so a column can never reach a field
by a coincidence of names, or silently not at all.
"""
from __future__ import annotations

from dataclasses import field, fields
from decimal import Decimal
from types import MappingProxyType
from typing import Mapping

from ..errors import Location, cell_ref
from ..read.data import FormData, StatementData, TableData
from ..records import record
from ..units import SCALES, Unit

_NO_REFS: Mapping = MappingProxyType({})


@record(slots=True)
class Src:
    """Where a record was read: explicit cell refs (forms, statements) or a table row
    whose cells follow from the table's shared column map."""

    workbook: str
    sheet: str
    refs: Mapping[str, str] = field(default_factory=dict)
    row: int | None = None
    columns: Mapping[str, int] | None = None
    unit: Unit | None = None                 # the sheet's amounts' unit (tables, statements)
    units: Mapping[str, Unit] | None = None  # per field (forms)

    def ref(self, key: str) -> str | None:
        found = self.refs.get(key)
        if found is None and self.columns is not None and self.row is not None:
            col = self.columns.get(key)
            if col is not None:
                found = cell_ref(self.row, col)
        return found

    def unit_of(self, key: str) -> Unit | None:
        """The unit the amount ``key`` was reported in (None: not an amount)."""
        if self.units is not None:
            return self.units.get(key)
        return self.unit

    def loc(self, key: str | None = None) -> Location:
        if key is None:
            return Location(self.workbook, self.sheet, f"A{self.row}" if self.row else None)
        return Location(self.workbook, self.sheet, self.ref(key))


# model class -> the schema sheet it is read from
BINDINGS: dict[type, object] = {}


def _sheet_keys(sheet) -> tuple[str, ...]:
    items = sheet.fields if sheet.kind == "form" else sheet.columns
    return tuple(c.key for c in items)


def binds(sheet, *, extra: tuple[str, ...] = ()):
    """Class decorator: the dataclass is read from ``sheet``; its fields are exactly the
    sheet's column (or field) keys, ``src`` and ``extra`` (fields the builder fills)."""
    def bind(cls):
        names = {f.name for f in fields(cls)} - {"src"}
        columns = set(_sheet_keys(sheet))
        missing, unknown = columns - names, names - columns - set(extra)
        if missing or unknown:
            raise TypeError(f"{cls.__name__} is bound to sheet {sheet.key!r}: columns without a field "
                            f"{sorted(missing)}, fields without a column {sorted(unknown)}")
        BINDINGS[cls] = sheet
        return cls
    return bind


def _names(cls) -> list[str]:
    if cls not in BINDINGS:
        raise TypeError(f"{cls.__name__} is not bound to a schema sheet (@binds)")
    return list(_sheet_keys(BINDINGS[cls]))


def _amount_keys(cls) -> list[str]:
    sheet = BINDINGS[cls]
    items = sheet.fields if sheet.kind == "form" else sheet.columns
    return [c.key for c in items if c.kind.is_amount]


def _default_unit(sheet) -> Unit:
    unit = next((s.default for s in getattr(sheet, "settings", ()) if s.key == "enhet"), "kr")
    return Unit(unit)


def _scale(value, scale: Decimal):
    return value * scale if value is not None else None


def records(table: TableData, cls, **defaults) -> tuple:
    """A table's rows as dataclasses of ``cls`` (fields = the bound sheet's column keys)."""
    names = _names(cls)
    workbook, sheet, columns = table.workbook, table.sheet, table.columns
    unit = table.unit or _default_unit(BINDINGS[cls])
    # amounts are read in the sheet's unit and kept in kronor
    scaled = [k for k in _amount_keys(cls)] if unit.scale != 1 else []
    new = object.__new__
    # The shortcut below is only what __init__ does for a plain frozen dataclass.
    direct = not hasattr(cls, "__post_init__") and "__slots__" not in vars(cls) and \
        len(names) + len(set(defaults) - set(names)) + 1 == len(fields(cls))
    out = []
    for rec in table.records:
        get = rec.values.get
        values = {n: get(n) for n in names}
        for key, default in defaults.items():  # also the fields a builder fills (``extra``)
            if values.get(key) is None:
                values[key] = default
        for key in scaled:
            values[key] = _scale(values[key], unit.scale)
        values["src"] = Src(workbook, sheet, _NO_REFS, rec.row, columns, unit)
        # What the frozen dataclass's __init__ does, minus one object.__setattr__ call per
        # field (about 1 µs a row of a 100 000-row table). The object stays frozen.
        if direct:
            obj = new(cls)
            obj.__dict__.update(values)
        else:
            obj = cls(**values)
        out.append(obj)
    return tuple(out)


def total(table: TableData, cls):
    """The table's closing total row as a ``cls``, or None."""
    if table.total is None:
        return None
    rec = table.total
    unit = table.unit or _default_unit(BINDINGS[cls])
    values = {n: rec.values.get(n) for n in _names(cls)}
    for key in _amount_keys(cls):
        values[key] = _scale(values[key], unit.scale)
    return cls(**values, src=Src(table.workbook, table.sheet, _NO_REFS, rec.row, table.columns, unit))


def form_record(cls, form: FormData, **extra):
    """A form sheet as one dataclass of ``cls``; amounts (typed in kr or tkr as the field
    says) in kronor."""
    sheet = BINDINGS[cls]
    values = {n: form.values.get(n) for n in _names(cls)}
    units = {}
    for f in sheet.fields:
        if f.kind.is_amount:
            units[f.key] = Unit(f.kind.code)
            values[f.key] = _scale(values[f.key], SCALES[f.kind.code])
    return cls(**values, **extra, src=Src(form.workbook, form.sheet, form.refs, units=MappingProxyType(units)))


def statement_src(data: StatementData, unit: Unit | None = None) -> Src:
    refs = {f"{line}/{year}": ref for (line, year), ref in data.refs.items()}
    return Src(data.workbook, data.sheet, MappingProxyType(refs), unit=unit)


ZERO = Decimal(0)


@record
class Statement:
    """A fixed-line statement: values[(line, year)] in kronor (None: not reported), year in
    i_ar / fg_ar / fg2_ar; ``src.unit`` is the unit the statement was reported in."""

    key: str
    values: Mapping[tuple[str, str], Decimal | None]
    src: Src  # refs keyed "line/year"

    def get(self, line: str, year: str = "i_ar") -> Decimal:
        """The amount, a blank as 0 (for sums: a line nobody reported adds nothing)."""
        value = self.values.get((line, year))
        return ZERO if value is None else value

    def value(self, line: str, year: str = "i_ar") -> Decimal | None:
        """The amount, or None when it is not reported."""
        return self.values.get((line, year))

    @property
    def unit(self) -> Unit:
        return self.src.unit or Unit("kr")

    def has(self, line: str, year: str = "i_ar") -> bool:
        return self.values.get((line, year)) is not None

    def loc(self, line: str, year: str = "i_ar") -> Location:
        return self.src.loc(f"{line}/{year}")


def statement(key: str, data: StatementData) -> Statement:
    unit = data.unit or Unit("kr")
    values = {k: _scale(v, unit.scale) for k, v in data.values.items()}
    return Statement(key, MappingProxyType(values), statement_src(data, unit))


def find_row(rows, radtyp: str, grupp: str | None = None):
    """The first row of a budget-like table with this row type (and group), or None."""
    return next((r for r in rows if r.radtyp == radtyp and (grupp is None or r.grupp == grupp)), None)


@record
class SourceInfo:
    name: str
    path: str
    sha256: str
    size: int

"""Every input sheet as the engine read it, cell by cell, for the auditor's copy: the typed
value where the schema read one, the stored value elsewhere."""
from __future__ import annotations

from decimal import Decimal
from typing import Any, Mapping

from ..errors import cell_ref
from ..read.data import FormData, StatementData, TableData, WorkbookData
from ..records import record


@record
class SheetCopy:
    workbook: str
    sheet: str                              # the sheet's name in the workbook
    header_row: int | None
    cells: Mapping[tuple[int, int], Any]    # (row, col) -> value, as read
    values: Mapping[str, Any]               # "B5" -> value, also for cells the schema read but
                                            # that were empty (a formula's inputs)
    spec: Any = None                        # the sheet's schema (its columns' kinds format the copy)


def _converted(data) -> dict[str, Any]:
    """cell ref -> the value the engine read there."""
    out: dict[str, Any] = {}
    if isinstance(data, (FormData, StatementData)):
        for key, ref in data.refs.items():
            out[ref] = data.values.get(key)
    elif isinstance(data, TableData):
        for rec in (*data.records, *([data.total] if data.total else [])):
            for key, col in data.columns.items():
                out[cell_ref(rec.row, col)] = rec.values.get(key)
    return out


def _stored(cell) -> Any:
    if cell.kind == "n":
        return Decimal(cell.raw)
    if cell.kind == "b":
        return cell.raw == "1"
    if cell.kind == "f":
        return "(formel utan sparat värde)"
    return cell.raw


def sheet_copies(book: WorkbookData) -> tuple[SheetCopy, ...]:
    """The sheets of ``book`` whose stored cells the reader kept (``keep_raw``)."""
    out = []
    for spec in book.schema.sheets:
        raw = book.raw.get(spec.key)
        if raw is None:
            continue
        data = book.sheets.get(spec.key)
        converted = _converted(data)
        cells = {}
        for (row, col), cell in sorted(raw.cells.items()):
            ref = cell_ref(row, col)
            cells[(row, col)] = converted[ref] if ref in converted else _stored(cell)
        values = dict(converted)
        values.update({cell_ref(r, c): v for (r, c), v in cells.items()})
        out.append(SheetCopy(book.source.name, raw.name, getattr(data, "header_row", None), cells, values, spec))
    return tuple(out)

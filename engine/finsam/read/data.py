"""What the read stage hands on: typed sheet data with the cell each value came from.

These are the only read types the model stage may import (an import contract in the tests
enforces it): values in, no file handling.
"""
from __future__ import annotations

from dataclasses import field
from pathlib import Path
from typing import Any, Mapping

from ..records import record


@record
class SourceFile:
    name: str          # the file name as the user sees it
    path: Path
    sha256: str
    size: int


@record(slots=True)
class Record:
    """One table row: values by column key; cells follow from the table's columns."""

    values: Mapping[str, Any]
    row: int


@record
class TableData:
    """A table's records with amounts in ``unit`` (the sheet's "Belopp i"), its settings
    above the header (by key, e.g. "enhet", "differens_tecken") and their cells."""

    workbook: str
    sheet: str
    records: tuple[Record, ...]
    total: Record | None
    columns: Mapping[str, int]
    header_row: int
    unit: Any = None                                   # units.Unit, for a table with amounts
    settings: Mapping[str, Any] = field(default_factory=dict)
    setting_refs: Mapping[str, str] = field(default_factory=dict)

    def __reduce__(self):
        """Pickled as one tuple of values per record (every record has the same keys):
        a worker process hands 100 000 records over in a third of the time."""
        keys = tuple(self.records[0].values) if self.records else ()
        rows = [(r.row, tuple([r.values[k] for k in keys])) for r in self.records]
        return _table_from_rows, (self.workbook, self.sheet, keys, rows, self.total,
                                  dict(self.columns), self.header_row, self.unit, dict(self.settings),
                                  dict(self.setting_refs))


def _table_from_rows(workbook, sheet, keys, rows, total, columns, header_row, unit=None, settings=None,
                     setting_refs=None) -> TableData:
    records = tuple([Record(dict(zip(keys, values)), row) for row, values in rows])
    return TableData(workbook, sheet, records, total, columns, header_row, unit, settings or {},
                     setting_refs or {})


@record
class FormData:
    workbook: str
    sheet: str
    values: Mapping[str, Any]
    refs: Mapping[str, str]


@record
class StatementData:
    workbook: str
    sheet: str
    values: Mapping[tuple[str, str], Any]     # (line, year) -> amount in ``unit``
    refs: Mapping[tuple[str, str], str]
    unit: Any = None                           # units.Unit
    settings: Mapping[str, Any] = field(default_factory=dict)
    setting_refs: Mapping[str, str] = field(default_factory=dict)


@record
class WorkbookData:
    schema: Any                # WorkbookSchema
    source: SourceFile
    sheets: Mapping[str, Any]  # sheet key -> FormData | TableData | StatementData
    raw: Mapping[str, Any] = field(default_factory=dict)  # sheet key -> xlsx.Sheet (auditor copy)
    origin: str = ""           # "" for the folder itself; the linked folder it came from otherwise
    cells: int = 0             # cells with content read (the folder's budget: read.xlsx.MAX_FOLDER_CELLS)

    @property
    def year(self) -> int | None:
        """The year the workbook is for, from the field its schema names (None if none)."""
        where = getattr(self.schema, "year_field", None)
        if not where:
            return None
        form = self.sheets.get(where[0])
        value = form.values.get(where[1]) if form is not None else None
        return value if isinstance(value, int) else None

"""Read one schema sheet out of an opened workbook.

Headers and labels are found by their text, not their position, so a user may move
columns, add a title row or insert lines; a renamed or missing header is an error
naming the header row. Every value keeps the cell it came from. Cells above a table's
header hold its settings ("Belopp i": the unit its amounts are in); amounts are read in
that unit (the model turns them into kronor).
"""
from __future__ import annotations

from decimal import Decimal
from typing import Any, Mapping

from ..errors import Location, Problem, cell_ref, parse_ref
from ..names import norm
from ..schema.fields import YEAR_HEADERS, Column, FormSheet, StatementSheet, TableSheet
from ..units import INFER, Unit, decimals_shown, parse_unit
from .convert import convert, describe, is_empty
from .data import FormData, Record, StatementData, TableData
from .values import ValueProblem
from .xlsx import Cell, Sheet

HEADER_SEARCH_ROWS = 15
_AMOUNTS = ("kr", "tkr")
MAX_INFERRED_DECIMALS = 3


def _expected(column: Column, unit: Unit | None) -> str:
    """What a cell of ``column`` should hold, for a message."""
    if unit is not None and column.kind.is_amount:
        return f"ett belopp i {'kronor' if unit.name == 'kr' else unit.name}"
    return column.expected


class SheetReader:
    """Reads schema sheets, collecting problems instead of stopping at the first."""

    def __init__(self, workbook: str, date1904: bool, problems: list[Problem]):
        self.workbook = workbook
        self.date1904 = date1904
        self.problems = problems

    def _problem(self, sheet: str, cell: str | None, expected: str, found: str, message: str = ""):
        self.problems.append(Problem(Location(self.workbook, sheet, cell), expected, found, message))

    def _value(self, sheet: Sheet | str, row: int, col: int, column: Column, cell=None, unit: Unit | None = None):
        name = sheet if isinstance(sheet, str) else sheet.name
        if cell is None and not isinstance(sheet, str):
            cell = sheet.get(row, col)
        try:
            value = convert(cell, column, self.date1904, unit)
        except ValueProblem as exc:
            self._problem(name, cell_ref(row, col), _expected(column, unit), describe(cell), str(exc))
            return None
        if value is None and column.required and not column.computed:
            self._problem(name, cell_ref(row, col), _expected(column, unit), "en tom cell",
                          f"”{column.header}” måste fyllas i.")
        return value

    # -- form ---------------------------------------------------------------------
    def form(self, sheet: Sheet, spec: FormSheet) -> FormData:
        labels = _labels_in_column(sheet, 1)
        values: dict[str, Any] = {}
        refs: dict[str, str] = {}
        for field in spec.fields:
            row = next((labels[norm(h)] for h in (field.header, *field.aliases) if norm(h) in labels), None)
            if row is None and not field.required:
                values[field.key] = None  # an optional field a workbook of an older version lacks
                continue
            if row is None:
                self._problem(sheet.name, "A1:A" + str(max(sheet.max_row, 1)),
                              f"en rad med ledtexten ”{field.header}” i kolumn A", "ingen sådan rad",
                              "Ledtexterna i kolumn A får inte ändras.")
                values[field.key] = None
                continue
            refs[field.key] = cell_ref(row, 2)
            values[field.key] = self._value(sheet, row, 2, field)
        return FormData(self.workbook, sheet.name, values, refs)

    # -- settings above a table ---------------------------------------------------
    def _settings(self, name: str, head, header_row: int, spec) -> tuple[dict[str, Any], dict[str, str]]:
        """The label/value cells above the header (label anywhere in a row, value in the
        cell to its right). A setting that is absent has its default."""
        wanted = {norm(s.header): s for s in spec.settings}
        values: dict[str, Any] = {}
        refs: dict[str, str] = {}
        for row, cells in head:
            if row >= header_row:
                break
            for col, cell in cells.items():
                setting = wanted.get(norm(cell.raw)) if cell.kind == "s" else None
                if setting is None or setting.key in values:
                    continue
                refs[setting.key] = cell_ref(row, col + 1)
                values[setting.key] = self._value(name, row, col + 1, setting, cells.get(col + 1))
        for setting in spec.settings:
            if values.get(setting.key) is None:
                default = setting.default
                values[setting.key] = parse_unit(default) if setting.kind.code == "unit" and default else default
        return values, refs

    # -- table --------------------------------------------------------------------
    def table_rows(self, name: str, rows, spec: TableSheet, merged=lambda: ()) -> TableData | None:
        """Read a table from a stream of (row number, {column: Cell}) in row order, so a
        100 000-row sheet never sits in memory as cells."""
        head, body = _split_head(iter(rows))
        found = _find_header_in(head, spec.columns)
        if found is None:
            first = next(c for c in spec.columns if c.required)
            self._problem(name, f"A1:Z{HEADER_SEARCH_ROWS}",
                          f"en rubrikrad med bland annat ”{first.header}”", "ingen sådan rubrik",
                          "Rubrikraden får inte tas bort eller döpas om.")
            return None
        header_row, columns = found
        if not self._required_columns(name, spec, header_row, columns):
            return None
        settings, setting_refs = self._settings(name, head, header_row, spec)
        unit = settings.get("enhet")
        records, total = self._records(name, spec, columns, unit, _after(head, header_row, body))
        if unit is not None and unit.decimals == INFER:
            unit = _inferred(unit, records, total, spec)
            settings["enhet"] = unit
        self._check_merge_list(name, merged(), header_row, columns)
        return TableData(self.workbook, name, tuple(records), total, dict(columns), header_row,
                         unit, settings, setting_refs)

    def _required_columns(self, name: str, spec: TableSheet, header_row: int, columns) -> bool:
        missing = [c for c in spec.columns
                   if c.key not in columns and (c.required or not (c.computed or c.optional))]
        for c in missing:
            self._problem(name, f"A{header_row}:Z{header_row}",
                          f"kolumnrubriken ”{c.header}” i rubrikraden (rad {header_row})",
                          "ingen sådan kolumn", "Kolumnrubriker får flyttas men inte döpas om.")
        return not missing

    def _records(self, name: str, spec: TableSheet, columns, unit, body) -> tuple[list[Record], Record | None]:
        present = [(c, columns[c.key]) for c in spec.columns if c.key in columns]
        input_cols = [col for c, col in present if not c.computed]
        first_col = columns.get(spec.columns[0].key)
        total_label = norm(spec.total_label) if spec.total_label else None
        total_cf = spec.total_label.casefold() if spec.total_label else None
        absent = {c.key: None for c in spec.columns if c.key not in columns}
        # Per column: the kind's code and, for a choice, its options by their exact text,
        # so that the usual cell (a plain count, text or option) skips the general convert.
        fast = [(c, col, c.key, c.kind.code, {o: o for o in c.choices or ()}, not c.required or c.computed)
                for c, col in present]
        first_column = spec.columns[0]
        records: list[Record] = []
        total: Record | None = None
        for row_no, cells in body:
            if all(is_empty(cells.get(col)) for col in input_cols):
                continue
            first_cell = cells.get(first_col) if first_col else None
            is_total = (total_label is not None and first_cell is not None and first_cell.kind == "s"
                        and total_cf in first_cell.raw.casefold() and norm(first_cell.raw) == total_label)
            values = dict(absent)
            for c, col, key, code, options, blank_ok in fast:
                cell = cells.get(col)
                if cell is None:
                    if blank_ok:
                        values[key] = None  # what convert gives an empty cell
                        continue
                else:
                    raw = cell.raw
                    if is_total and c is first_column:
                        values[key] = spec.total_label
                        continue
                    if cell.kind == "n":
                        if code == "count" and raw.isdigit() and len(raw) < 15:
                            values[key] = int(raw)  # the bulk of a big participant table
                            continue
                        if code in _AMOUNTS and raw.isdecimal() and len(raw) < 15:
                            values[key] = Decimal(raw)  # what convert gives a whole amount
                            continue
                    elif cell.kind == "s":
                        if code == "text" and raw.isprintable():
                            text = raw.strip()
                            if text:
                                values[key] = text  # what convert gives printable text
                                continue
                        elif code == "choice" and raw in options:
                            values[key] = raw
                            continue
                values[key] = self._value(name, row_no, col, c, cell, unit)
            record = Record(values, row_no)
            if is_total:
                total = record
            else:
                records.append(record)
        return records, total

    def _check_merge_list(self, name: str, merged, header_row: int, columns: Mapping[str, int]) -> None:
        cols = set(columns.values())
        for ref in merged:
            try:
                a, _, b = ref.partition(":")
                (_, c1), (r2, c2) = parse_ref(a), parse_ref(b or a)
            except ValueError:
                continue
            if r2 >= header_row and any(c1 <= c <= c2 for c in cols):
                self._problem(name, ref, "en cell per värde i tabellen",
                              "sammanfogade celler", "Dela upp de sammanfogade cellerna "
                              "(Start > Sammanfoga och centrera > Dela upp celler).")

    # -- statement ----------------------------------------------------------------
    def statement(self, sheet: Sheet, spec: StatementSheet) -> StatementData | None:
        post = Column("post", "Post")
        year_cols = [Column(y, YEAR_HEADERS[y], spec.kind_of_amount) for y in spec.years]
        head = [(r, c) for r, c in rows_of(sheet) if r <= HEADER_SEARCH_ROWS]
        found = _find_header_in(head, (post, *year_cols))
        if found is None or any(y not in found[1] for y in spec.years[:2]):
            self._problem(sheet.name, f"A1:E{HEADER_SEARCH_ROWS}",
                          "en rubrikrad med ”Post”, ”" + "”, ”".join(YEAR_HEADERS[y] for y in spec.years[:2]) + "”",
                          "ingen sådan rubrikrad", "Rubrikraden får inte ändras.")
            return None
        header_row, columns = found
        self._check_merge_list(sheet.name, sheet.merged, header_row, columns)
        settings, setting_refs = self._settings(sheet.name, head, header_row, spec)
        unit = settings.get("enhet")
        rows = self._statement_rows(sheet, spec, header_row, columns["post"], columns)
        values: dict[tuple[str, str], Any] = {}
        refs: dict[tuple[str, str], str] = {}
        for line in spec.lines:
            row = rows.get(line.key)
            if row is None:
                continue
            for year in spec.years:
                if year not in columns:
                    continue
                col = columns[year]
                refs[(line.key, year)] = cell_ref(row, col)
                values[(line.key, year)] = self._value(sheet, row, col, year_cols[spec.years.index(year)],
                                                       unit=unit)
        if unit is not None and unit.decimals == INFER:
            unit = unit.with_decimals(_max_decimals(v for v in values.values()))
            settings["enhet"] = unit
        return StatementData(self.workbook, sheet.name, values, refs, unit, settings, setting_refs)

    def _statement_rows(self, sheet: Sheet, spec: StatementSheet, header_row: int, post_col: int,
                        columns) -> dict[str, int]:
        """The row of each line, by its label; a line that is missing or a line of the user's
        own with amounts is a problem."""
        by_label: dict[str, int] = {}
        for (row, col), cell in sheet.cells.items():
            if col == post_col and row > header_row and cell.kind == "s" and cell.raw.strip():
                by_label.setdefault(norm(cell.raw), row)
        known = {norm(alias) for line in spec.lines for alias in (line.label, *line.aliases)}
        for label, row in by_label.items():
            if label not in known and any(not is_empty(sheet.get(row, columns[y]))
                                          for y in spec.years if y in columns):
                self._problem(sheet.name, cell_ref(row, post_col), "en av postnamnen i mallen",
                              describe(sheet.get(row, post_col)),
                              "Posterna är fasta; lägg inte till egna rader med belopp.")
        out: dict[str, int] = {}
        for line in spec.lines:
            if line.heading:
                continue
            row = next((by_label[norm(a)] for a in (line.label, *line.aliases) if norm(a) in by_label), None)
            if row is None:
                self._problem(sheet.name, cell_ref(header_row, post_col) + ":" + cell_ref(header_row + 40, post_col),
                              f"en rad med posten ”{line.label}”", "ingen sådan rad",
                              "Posterna får inte tas bort eller döpas om.")
                continue
            out[line.key] = row
        return out


def _split_head(rows):
    """The first rows (where the header is searched for) and an iterator over the rest."""
    head: list[tuple[int, dict[int, Cell]]] = []
    pending = None
    for row_no, cells in rows:
        if row_no > HEADER_SEARCH_ROWS:
            pending = (row_no, cells)
            break
        head.append((row_no, cells))

    def rest():
        if pending is not None:
            yield pending
        yield from rows
    return head, rest()


def _after(head, header_row: int, rest):
    """The body of a table: the rows after the header, the head's and then the rest."""
    for row_no, cells in head:
        if row_no > header_row:
            yield row_no, cells
    yield from rest


def _max_decimals(values) -> int:
    from decimal import Decimal

    return min(max((decimals_shown(v) for v in values if isinstance(v, Decimal)), default=0),
               MAX_INFERRED_DECIMALS)


def _inferred(unit: Unit, records, total, spec: TableSheet) -> Unit:
    """ "tkr med decimaler": as many decimals as the table's amounts show (Excel drops
    trailing zeros, so the most shown is what the förbund reports to)."""
    keys = [c.key for c in spec.columns if c.kind.is_amount]
    values = (r.values.get(k) for r in (*records, *([total] if total else [])) for k in keys)
    return unit.with_decimals(_max_decimals(values))


def _labels_in_column(sheet: Sheet, col: int) -> dict[str, int]:
    out: dict[str, int] = {}
    for (row, c), cell in sorted(sheet.cells.items()):
        if c == col and cell.kind == "s":
            out.setdefault(norm(cell.raw), row)
    return out


def rows_of(sheet: Sheet):
    """A dict-of-cells sheet as the row stream that table_rows reads: (row, {col: Cell})."""
    by_row: dict[int, dict] = {}
    for (row, col), cell in sheet.cells.items():
        by_row.setdefault(row, {})[col] = cell
    for row in sorted(by_row):
        yield row, by_row[row]


def _find_header_in(head, columns) -> tuple[int, dict[str, int]] | None:
    wanted = {norm(h): c.key for c in columns for h in (c.header, *c.aliases)}
    by_row: dict[int, dict[str, int]] = {}
    for row, cells in head:
        for col, cell in sorted(cells.items()):
            if cell.kind == "s":
                key = wanted.get(norm(cell.raw))
                if key:
                    by_row.setdefault(row, {}).setdefault(key, col)
    for row in sorted(by_row):
        if columns[0].key in by_row[row] or len(by_row[row]) >= 2:
            return row, by_row[row]
    return None

"""Write a workbook from the schema: blank (for ``finsam ny`` and ``workbooks/``) or filled
with data (the bundled examples).

Input cells are pale yellow and unlocked, computed cells grey, locked and with a formula
whose value is cached (xlsxwriter would otherwise store 0); every sheet but the instructions
is protected without a password, so a formula is not typed over by mistake but rows can
still be inserted. Closed lists get drop-downs and every input column a hover help (data
validation's input message); amounts get kr / tkr formats and percentages "20,0 %" (the
decimal comma is the locale's); headers are frozen; every sheet prints on A4 with a footer
naming the workbook and the page. Output is deterministic (fixed document dates), so a test
can compare the committed blank workbooks byte for byte.
"""
from __future__ import annotations

import datetime as dt
import re
from decimal import Decimal
from pathlib import Path
from typing import Any

from ..errors import column_letter
from .fields import PROSE, PROSE_HELP, YEAR_HEADERS, Column, FormSheet, StatementSheet, TableSheet, WorkbookSchema

FIXED_DATE = dt.datetime(2024, 1, 1)
INPUT_BG = "#FFF2CC"
COMPUTED_BG = "#E7E6E6"
HEADER_BG = "#1F4E78"

GENERAL_HELP = (
    "Gula celler fyller du i. Grå celler räknas fram med formler och är låsta; bladskyddet har inget "
    "lösenord (Granska › Ta bort skydd) om du verkligen behöver ändra en formel.",
    "Byt inte namn på bladen och ändra inte rubrikerna: programmet hittar uppgifterna via dem. "
    "Kolumner får flyttas och rader infogas.",
    "Belopp skrivs som tal: 1 288 424 eller −409 221. Procent med procenttecken: 17,5 %. "
    "Datum som ÅÅÅÅ-MM-DD.",
    "Skriv aldrig personnummer eller andra uppgifter om enskilda personer. Programmet stoppar "
    "om det hittar ett personnummer.",
    "Spara som Excel-arbetsbok (.xlsx). Programmet skriver aldrig i den här filen; rapporterna "
    "hamnar i mappen ut/.",
)


PERCENT_FORMAT = "0.0 %"  # 20,0 % with a Swedish decimal comma (Excel shows the locale's separator)
# Protection without a password: formulas are not overwritten by mistake, while rows can
# still be inserted and deleted, columns moved, and filters and sorting used.
PROTECTION = {"insert_rows": True, "delete_rows": True, "insert_columns": True, "delete_columns": True,
              "format_columns": True, "format_rows": True, "sort": True, "autofilter": True,
              "select_locked_cells": True, "select_unlocked_cells": True}
INPUT_TITLE_MAX, INPUT_MESSAGE_MAX = 32, 255  # Excel's limits for a data validation's input message


def _num_format(kind) -> str:
    return PERCENT_FORMAT if kind.code == "percent" else kind.num_format


def _hover(column: Column) -> dict:
    """The input message Excel shows over a cell of ``column``: what it must hold and how."""
    text = column.expected[0].upper() + column.expected[1:] + "." if column.expected else ""
    if column.help:
        text = (text + " " + column.help).strip()
    if column.required:
        text += " Obligatorisk."
    if len(text) > INPUT_MESSAGE_MAX:
        text = text[:INPUT_MESSAGE_MAX - 1].rstrip() + "…"
    title = column.header if len(column.header) <= INPUT_TITLE_MAX else column.header[:INPUT_TITLE_MAX - 1] + "…"
    return {"input_title": title, "input_message": text}


def _page_setup(ws, schema: WorkbookSchema, landscape: bool = True) -> None:
    """A4, as wide as the page, and a footer: the workbook's name, the sheet, the page."""
    ws.set_paper(9)
    if landscape:
        ws.set_landscape()
    else:
        ws.set_portrait()
    ws.set_margins(left=0.5, right=0.5, top=0.6, bottom=0.7)
    ws.set_footer(f"&L&8{schema.filename}&C&8&A&R&8Sida &P av &N")


class _Formats:
    def __init__(self, wb):
        self.wb = wb
        self.cache: dict[tuple, Any] = {}
        self.title = wb.add_format({"bold": True, "font_size": 14, "font_color": HEADER_BG})
        self.help = wb.add_format({"italic": True, "font_color": "#595959", "text_wrap": True,
                                   "valign": "top"})
        self.header = wb.add_format({"bold": True, "font_color": "#FFFFFF", "bg_color": HEADER_BG,
                                     "text_wrap": True, "valign": "top", "border": 1})
        self.label = wb.add_format({"bold": False, "valign": "top", "text_wrap": True})
        self.unlocked = wb.add_format({"locked": False})
        self.label_strong = wb.add_format({"bold": True, "valign": "top"})
        self.bold = wb.add_format({"bold": True})
        self.link = wb.add_format({"font_color": "#0563C1", "underline": 1, "valign": "top"})

    def cell(self, num_format: str, computed: bool, strong: bool = False, wrap: bool = False):
        key = (num_format, computed, strong, wrap)
        if key not in self.cache:
            spec = {"num_format": num_format, "border": 1, "border_color": "#BFBFBF",
                    "bg_color": COMPUTED_BG if computed else INPUT_BG, "valign": "top",
                    "locked": bool(computed)}
            if strong:
                spec["bold"] = True
            if computed:
                spec["italic"] = not strong
            if wrap:
                spec["text_wrap"] = True
            self.cache[key] = self.wb.add_format(spec)
        return self.cache[key]


def _excel_value(value):
    if isinstance(value, Decimal):
        return int(value) if value == value.to_integral_value() else float(value)
    if isinstance(value, dt.date) and not isinstance(value, dt.datetime):
        return dt.datetime(value.year, value.month, value.day)
    return value


def _write_value(ws, row: int, col: int, value, fmt, column: Column | None = None) -> None:
    """row/col 0-based."""
    if value is None:
        ws.write_blank(row, col, None, fmt)
    elif isinstance(value, str):
        ws.write_string(row, col, value, fmt)
    elif isinstance(value, (dt.date, dt.datetime)):
        ws.write_datetime(row, col, _excel_value(value), fmt)
    else:
        ws.write_number(row, col, _excel_value(value), fmt)


def _num(value) -> Decimal:
    """A value as a number for a cached formula result; text typed into a number cell
    counts as Excel counts it in a sum of references: a Swedish number if it is one, else 0."""
    if value is None or value == "":
        return Decimal(0)
    if isinstance(value, str):
        from ..numbers import ValueProblem, parse_swedish_number
        try:
            return parse_swedish_number(value)[0]
        except ValueProblem:
            return Decimal(0)
    return Decimal(str(value))


def _sum_terms(terms: list[tuple[int, Any]]):
    total = Decimal(0)
    for sign, value in terms:
        total += sign * _num(value)
    return total


_TOKEN = re.compile(r"\{(\w+)\}|([+-])")


def _template_terms(template: str) -> list[tuple[int, str]]:
    terms, sign = [], 1
    for key, op in _TOKEN.findall(template):
        if op:
            sign = 1 if op == "+" else -1
        else:
            terms.append((sign, key))
            sign = 1
    return terms


def write_workbook(schema: WorkbookSchema, path: Path, data: dict | None = None) -> None:
    import xlsxwriter  # heavy: imported where used

    data = data or {}
    path = Path(path)
    wb = xlsxwriter.Workbook(str(path), {"strings_to_formulas": False, "strings_to_numbers": False,
                                          "strings_to_urls": False})
    wb.set_properties({"title": f"{schema.title} – finsam", "created": FIXED_DATE,
                       "comments": "Standardarbetsbok för finsam. Fyll i de gula cellerna."})
    # The marker finsam recognises the workbook by, whatever its file name (read.folder).
    wb.set_custom_property("finsam.arbetsbok", schema.key)
    wb.set_custom_property("finsam.version", str(schema.version))
    wb.set_calc_mode("auto")
    fm = _Formats(wb)
    _instructions(wb, fm, schema)
    equity = _equity_cell(schema, data)
    groups_sheet = next((x for x in schema.sheets if x.key == "budgetgrupper"), None)
    groups = data.get("budgetgrupper") or (groups_sheet.prefill if groups_sheet is not None else ())
    for spec in schema.sheets:
        ws = wb.add_worksheet(spec.name)
        _page_setup(ws, schema)
        ws.fit_to_pages(1, 0)
        ws.protect("", PROTECTION)
        if spec.kind == "form":
            _form(ws, fm, spec, data.get(spec.key, {}))
        elif spec.kind == "table":
            _table(wb, ws, fm, spec, data.get(spec.key), equity, schema, groups, _setting_cells(spec, data))
        else:
            _statement(ws, fm, spec, data.get(spec.key, {}))
        if spec.kind != "form":
            _settings(ws, fm, spec, data)
    wb.close()


SETTINGS_ROW = 2  # 0-based: the row between the sheet's help and its header
HEADER_ROW = 3    # 0-based: title, help, settings, then the header (every sheet kind)


def _setting_cells(spec, data: dict) -> dict[str, tuple[str, object]]:
    """Each setting above a table: its key -> (absolute cell, the value written there)."""
    return {s.key: (f"${column_letter(3 * i + 2)}${SETTINGS_ROW + 1}", data.get(f"{spec.key}.{s.key}", s.default))
            for i, s in enumerate(spec.settings)}


def _computed(c, settings: dict, cells: dict[str, str]) -> tuple[str, str]:
    """A computed column's Excel formula for one row (``cells``: column key -> cell) and the
    template whose value the cache must hold. A column whose formula depends on a setting
    (the sign of a differens) gets an IF over the setting's cell, so a user who changes the
    setting in Excel gets the other formula."""
    formula = c.computed.format(**cells)
    if c.computed_if is None or c.computed_if[0] not in settings:
        return formula, c.computed
    key, value, template = c.computed_if
    cell, current = settings[key]
    other = template.format(**cells)
    text = f'=IF({cell}="{value}",{other[1:]},{formula[1:]})'
    return text, template if current == value else c.computed


def _settings(ws, fm: _Formats, spec, data: dict) -> None:
    """The label/value cells above a table's header: "Belopp i" and the sheet's others.
    Example data gives them as data["<sheet key>.<setting key>"]."""
    from ..units import CHOICES

    col = 0
    for setting in spec.settings:
        value = data.get(f"{spec.key}.{setting.key}", setting.default)
        ws.write_string(SETTINGS_ROW, col, setting.header, fm.label_strong)
        _write_value(ws, SETTINGS_ROW, col + 1, value, fm.cell("@", False))
        options = list(CHOICES) if setting.kind.code == "unit" else list(setting.choices)
        if options:
            ws.data_validation(SETTINGS_ROW, col + 1, SETTINGS_ROW, col + 1, {
                "validate": "list", "source": options, "error_type": "information",
                "input_title": setting.header, "input_message": setting.help[:255],
                "error_title": "Välj i listan", "error_message": "Välj ett av värdena i listan."})
        col += 3


def _equity_cell(schema: WorkbookSchema, data: dict) -> tuple[str, Decimal] | None:
    """Where the form holds eget kapital at the start of the year (for a follow-up's
    Prognos eget kapital formula), with its value."""
    for spec in schema.sheets:
        if spec.kind == "form":
            for i, field in enumerate(spec.fields):
                if field.key == "ek_ingaende":
                    value = (data.get(spec.key) or {}).get("ek_ingaende")
                    return f"'{spec.name}'!$B${5 + i}", _num(value)
    return None


def _lines(text: str, width: float) -> int:
    """How many lines ``text`` wraps to in a column ``width`` characters wide (Calibri 11:
    about 1.1 characters of running text per width unit), for a row height that neither
    cuts nor overlaps the text when printed."""
    per_line = max(10, int(width * 1.1))
    return sum(max(1, -(-len(part) // per_line)) for part in text.split("\n"))


def _instructions(wb, fm: _Formats, schema: WorkbookSchema) -> None:
    ws = wb.add_worksheet("Instruktioner")
    _page_setup(ws, schema, landscape=False)
    ws.fit_to_pages(1, 2)  # one or two A4 pages, never cut at the side
    ws.set_column(0, 0, 24)
    ws.set_column(1, 1, 90)
    ws.write_string(0, 0, f"{schema.filename} – {schema.title}", fm.title)
    ws.merge_range(1, 0, 1, 1, schema.purpose, fm.help)
    ws.set_row(1, 15 * _lines(schema.purpose, 114) + 3)
    row = 3
    ws.write_string(row, 0, "Så fyller du i", fm.label_strong)
    row += 1
    for text in GENERAL_HELP:
        ws.write_string(row, 1, text, fm.help)
        ws.set_row(row, 15 * _lines(text, 90) + 3)
        row += 1
    row += 1
    if any(c.kind == PROSE for spec in schema.sheets
           for c in (spec.fields if spec.kind == "form" else getattr(spec, "columns", ()))):
        ws.write_string(row, 0, "Formaterad text", fm.label_strong)
        intro = ("En text med formatering (se bladens fält nedan) får ha flera stycken, underrubriker, "
                 "punktlistor, numrerade listor, fet och kursiv stil. Skriv så här i cellen:")
        ws.write_string(row, 1, intro, fm.help)
        ws.set_row(row, 15 * _lines(intro, 90) + 3)
        row += 1
        for typed, meaning in PROSE_HELP:
            text = f"{typed}: {meaning}"
            ws.write_string(row, 1, text, fm.help)
            ws.set_row(row, 15 * _lines(text, 90) + 3)
            row += 1
        row += 1
    ws.write_string(row, 0, "Blad", fm.header)
    ws.write_string(row, 1, "Innehåll", fm.header)
    ws.repeat_rows(row)
    row += 1
    for spec in schema.sheets:
        ws.write_url(row, 0, f"internal:'{spec.name}'!A1", fm.link, string=spec.name)
        text = spec.title + (". " + spec.help if spec.help else "")
        ws.write_string(row, 1, text, fm.help)
        ws.set_row(row, 15 * _lines(text, 90) + 3)
        row += 1
        columns = spec.fields if spec.kind == "form" else getattr(spec, "columns", ())
        for c in columns:
            how = "räknas fram" if c.computed else c.expected
            text = f"• {c.header}: {how}" + (f". {c.help}" if c.help else "")
            if c.required and not c.computed:
                text += " (obligatorisk)"
            ws.write_string(row, 1, text, fm.help)
            lines = _lines(text, 90)
            if lines > 1:
                ws.set_row(row, 15 * lines + 3)
            row += 1
    for label, text in schema.notes:
        row += 1 if label == schema.notes[0][0] else 0
        ws.write_string(row, 0, label, fm.label_strong if label == schema.notes[0][0] else fm.help)
        ws.write_string(row, 1, text, fm.help)
        ws.set_row(row, 15 * max(_lines(text, 90), _lines(label, 24)) + 3)
        row += 1
    ws.activate()


def _form(ws, fm: _Formats, spec: FormSheet, values: dict) -> None:
    wide = any(c.width > 60 for c in spec.fields)
    ws.set_column(0, 0, 44)
    ws.set_column(1, 1, 100 if wide else 40, fm.unlocked)
    ws.set_column(2, 2, 0 if wide else 70)
    ws.write_string(0, 0, spec.title, fm.title)
    if spec.help:
        ws.merge_range(1, 0, 1, 2, spec.help, fm.help)
        ws.set_row(1, max(30, 15 * _lines(spec.help, 44 + (100 if wide else 110)) + 3))
    header = HEADER_ROW
    ws.write_string(header, 0, "Uppgift", fm.header)
    ws.write_string(header, 1, "Värde", fm.header)
    if not wide:
        ws.write_string(header, 2, "Förklaring", fm.header)
    for i, field in enumerate(spec.fields):
        r = header + 1 + i
        ws.write_string(r, 0, field.header, fm.label)
        value = values.get(field.key, field.default if field.key not in values else None)
        if field.kind.code == "percent" and value is not None and not isinstance(value, str):
            value = Decimal(str(value))
        _write_value(ws, r, 1, value, fm.cell(_num_format(field.kind), False, wrap=wide), field)
        if field.choices:
            ws.data_validation(r, 1, r, 1, {"validate": "list", "source": list(field.choices),
                                            "error_title": "Välj i listan",
                                            "error_message": "Välj ett av värdena i listan.", **_hover(field)})
        else:
            ws.data_validation(r, 1, r, 1, {"validate": "any", **_hover(field)})
        if wide:
            text = str(value or "")
            ws.set_row(r, min(409, max(30, 15 * (text.count("\n") + 1 + len(text) // 110))))
        elif field.help:
            ws.write_string(r, 2, field.help, fm.help)
            if _lines(field.help, 70) > 1:
                ws.set_row(r, 15 * _lines(field.help, 70) + 3)
    ws.freeze_panes(header + 1, 1)


def _ref_source(schema: WorkbookSchema, column: Column) -> str | None:
    """The drop-down source of a column whose values come from another sheet of the same
    workbook (e.g. Grupp from Budgetgrupper): that sheet's column, first data row on."""
    ref = column.refs
    if ref is None or ref.workbook or ref.where:
        return None
    target = next((s for s in schema.sheets if s.key == ref.sheet), None)
    if target is None or target.kind != "table":
        return None
    letter = column_letter([c.key for c in target.columns].index(ref.column) + 1)
    return f"='{target.name}'!${letter}$5:${letter}$200"


def _table(wb, ws, fm: _Formats, spec: TableSheet, rows: list[dict] | None, equity=None,
           schema: WorkbookSchema | None = None, groups=(), settings=None) -> None:
    """A table sheet: title and help, the header (an Excel table, or plain headers for a
    budget whose sum rows are formulas), the rows, the drop-downs and the total row."""
    cols = {c.key: i for i, c in enumerate(spec.columns)}
    _table_title(ws, fm, spec, cols)
    rows, total_values = _table_rows(spec, rows)
    first, last = HEADER_ROW + 1, HEADER_ROW + len(rows)
    budget = "radtyp" in cols
    _table_header(ws, fm, spec, cols, last, budget)
    formulas = _budget_formulas(spec, rows, first, cols, equity, list(groups)) if budget else {}
    for i, values in enumerate(rows):
        _table_row(ws, fm, spec, cols, first + i, values, formulas, settings or {}, budget)
    _table_validations(ws, spec, cols, first, last, schema)
    if spec.total_label and not budget:
        _table_total(ws, fm, spec, cols, rows, total_values, first, last)
    ws.freeze_panes(HEADER_ROW + 1, 0)
    ws.repeat_rows(HEADER_ROW)


def _table_title(ws, fm: _Formats, spec: TableSheet, cols: dict[str, int]) -> None:
    ws.write_string(0, 0, spec.title, fm.title)
    if spec.help:
        last_col = min(len(spec.columns) - 1, 6)
        ws.merge_range(1, 0, 1, last_col, spec.help, fm.help)
        ws.set_row(1, max(30, 15 * _lines(spec.help, sum(c.width for c in spec.columns[:last_col + 1])) + 3))
    for c in spec.columns:
        # An input column's empty cells stay unlocked too, for rows typed below the prepared ones.
        ws.set_column(cols[c.key], cols[c.key], c.width, None if c.computed else fm.unlocked)


def _table_rows(spec: TableSheet, rows: list[dict] | None) -> tuple[list[dict], dict]:
    """The rows to write (the prefill and empty input rows in a blank workbook) and a typed
    total row, as printed in a report, taken off the end."""
    rows = list(rows if rows is not None else spec.prefill) + [{}] * (spec.blank_rows if rows is None else 0)
    total_values: dict = {}
    if spec.total_label and rows and rows[-1].get(spec.columns[0].key) == spec.total_label:
        total_values = rows.pop()
    return rows or [{}], total_values


def _table_header(ws, fm: _Formats, spec: TableSheet, cols: dict[str, int], last: int, budget: bool) -> None:
    if not budget:
        table = {"name": re.sub(r"\W", "", spec.key.title()) or "Tabell",
                 "columns": [{"header": c.header} for c in spec.columns],
                 "style": "Table Style Light 9", "autofilter": True}
        if spec.total_label:
            table["total_row"] = True
            table["columns"][0]["total_string"] = spec.total_label
        ws.add_table(HEADER_ROW, 0, last + (1 if spec.total_label else 0), len(spec.columns) - 1, table)
    else:
        for c in spec.columns:
            ws.write_string(HEADER_ROW, cols[c.key], c.header, fm.header)
        ws.autofilter(HEADER_ROW, 0, last, len(spec.columns) - 1)
    ws.set_row(HEADER_ROW, 32)


def _table_row(ws, fm: _Formats, spec: TableSheet, cols: dict[str, int], r: int, values: dict,
               formulas: dict, settings: dict, budget: bool) -> None:
    """One row: a budget sum row's formula, a computed column's formula (its value cached),
    or the typed value."""
    for c in spec.columns:
        col = cols[c.key]
        fmt = fm.cell(_num_format(c.kind), bool(c.computed) or (r, col) in formulas,
                      strong=bool(values.get("radtyp", "Rad") not in ("Rad", None)),
                      wrap=c.width >= 40)
        if (r, col) in formulas and values.get(c.key) is None:
            formula, cached = formulas[(r, col)]
            ws.write_formula(r, col, formula, fmt, _excel_value(cached))
        elif c.computed and values.get(c.key) is None and (not budget or values.get("radtyp") != "Rubrik"):
            formula, template = _computed(c, settings, {k: f"{column_letter(cols[k] + 1)}{r + 1}" for k in cols})
            cached = _sum_terms([(s, formulas[(r, cols[k])][1] if (r, cols[k]) in formulas
                                  and values.get(k) is None else values.get(k)) for s, k in _template_terms(template)])
            ws.write_formula(r, col, formula, fmt, _excel_value(cached))
        else:
            _write_value(ws, r, col, values.get(c.key), fmt, c)


def _table_validations(ws, spec: TableSheet, cols: dict[str, int], first: int, last: int,
                       schema: WorkbookSchema | None) -> None:
    """Drop-downs (choices, or another table's names), whole numbers for counts, and the
    hover help on every input column, also on 50 rows below the prepared ones."""
    for c in spec.columns:
        source = _ref_source(schema, c) if schema is not None else None
        if c.choices or source:
            ws.data_validation(first, cols[c.key], last + 50, cols[c.key],
                               {"validate": "list", "source": source or list(c.choices),
                                # words with the same meaning (Till viss del, Ej bedömd) may be typed
                                "error_type": "information" if c.vocabulary or source else "stop",
                                "error_title": "Välj i listan",
                                "error_message": "Välj ett av värdena i listan.", **_hover(c)})
        elif c.kind.code in ("count",) and not c.computed:
            ws.data_validation(first, cols[c.key], last + 50, cols[c.key],
                               {"validate": "integer", "criteria": ">=", "value": 0,
                                "error_title": "Heltal",
                                "error_message": "Skriv ett antal: ett heltal, 0 eller större.", **_hover(c)})
        elif not c.computed:
            ws.data_validation(first, cols[c.key], last + 50, cols[c.key], {"validate": "any", **_hover(c)})


def _table_total(ws, fm: _Formats, spec: TableSheet, cols: dict[str, int], rows: list[dict],
                 total_values: dict, first: int, last: int) -> None:
    """The Excel table's total row: SUBTOTAL formulas with their values cached, or the
    totals as typed."""
    r = last + 1
    for c in spec.columns[1:]:
        col = cols[c.key]
        rng = f"{column_letter(col + 1)}{first + 1}:{column_letter(col + 1)}{last + 1}"
        if total_values.get(c.key) is not None:
            _write_value(ws, r, col, total_values[c.key], fm.cell(_num_format(c.kind), True, True))
            continue
        cached = sum(_num(v[c.key]) if v.get(c.key) is not None else
                     _sum_terms([(s, v.get(k)) for s, k in _template_terms(c.computed or "")])
                     for v in rows)
        ws.write_formula(r, col, f"=SUBTOTAL(109,{rng})", fm.cell(_num_format(c.kind), True, True),
                         _excel_value(cached))


def _budget_formulas(spec: TableSheet, rows: list[dict], first: int, cols: dict[str, int], equity=None,
                     groups: list[dict] | None = None):
    """Formulas of the summary rows of a budget table (annual or interim), with cached values.
    ``groups`` are the workbook's budget groups (Budgetgrupper): which are costs, which income."""
    out: dict[tuple[int, int], tuple[str, Decimal]] = {}
    amount_keys = tuple(c.key for c in spec.columns if c.kind.is_amount and not c.computed)
    result_row: int | None = None
    group_sum_row: dict[str, int] = {}
    kinds = [r.get("radtyp") or "Rad" for r in rows]

    def value(i: int, key: str) -> Decimal:
        r = first + i
        if (r, cols[key]) in out and rows[i].get(key) is None:
            return out[(r, cols[key])][1]
        return _num(rows[i].get(key))

    for i, row in enumerate(rows):
        kind = kinds[i]
        r = first + i
        if kind == "Summa grupp":
            group = row.get("grupp")
            members = [j for j in range(i) if kinds[j] == "Rad" and rows[j].get("grupp") == group]
            group_sum_row[group] = i
            for key in amount_keys:
                letter = column_letter(cols[key] + 1)
                if members and members == list(range(members[0], members[-1] + 1)):
                    formula = f"=SUM({letter}{first + members[0] + 1}:{letter}{first + members[-1] + 1})"
                else:
                    formula = "=" + ("+".join(f"{letter}{first + j + 1}" for j in members) or "0")
                out[(r, cols[key])] = (formula, sum((value(j, key) for j in members), Decimal(0)))
        elif kind in ("Summa kostnader", "Resultat"):
            # a cost group's summary row if it has one, otherwise the group's own lines
            costs = []
            for g in [x["grupp"] for x in groups or () if x.get("slag") == "Kostnader"]:
                if g in group_sum_row:
                    costs.append(group_sum_row[g])
                else:
                    costs += [j for j in range(i) if kinds[j] == "Rad" and rows[j].get("grupp") == g]
            for key in amount_keys:
                letter = column_letter(cols[key] + 1)
                cost_total = sum((value(j, key) for j in costs), Decimal(0))
                cost_refs = "+".join(f"{letter}{first + j + 1}" for j in costs) or "0"
                if kind == "Summa kostnader":
                    out[(r, cols[key])] = (f"={cost_refs}", cost_total)
                else:
                    income = []
                    for g in [x["grupp"] for x in groups or () if x.get("slag") == "Intäkter"]:
                        if g in group_sum_row:
                            income.append(group_sum_row[g])
                        else:
                            income += [j for j in range(i) if kinds[j] == "Rad" and rows[j].get("grupp") == g]
                    inc_ref = "+".join(f"{letter}{first + j + 1}" for j in income) or "0"
                    inc_val = sum((value(j, key) for j in income), Decimal(0))
                    out[(r, cols[key])] = (f"=({inc_ref})-({cost_refs})", inc_val - cost_total)
                    result_row = i
        elif kind == "Prognos eget kapital" and equity and result_row is not None and "prognos" in cols:
            letter = column_letter(cols["prognos"] + 1)
            ref, start = equity
            out[(r, cols["prognos"])] = (f"={ref}+{letter}{first + result_row + 1}",
                                         start + value(result_row, "prognos"))
    return out


def _statement(ws, fm: _Formats, spec: StatementSheet, values: dict) -> None:
    header = HEADER_ROW
    ws.write_string(0, 0, spec.title, fm.title)
    if spec.help:
        ws.merge_range(1, 0, 1, 1 + len(spec.years), spec.help, fm.help)
        ws.set_row(1, max(30, 15 * _lines(spec.help, 64 + 16 * len(spec.years)) + 3))
    ws.set_column(0, 0, 58)
    ws.set_column(1, 1, 6)
    ws.set_column(2, 1 + len(spec.years), 16)
    ws.write_string(header, 0, "Post", fm.header)
    ws.write_string(header, 1, "Not", fm.header)
    for j, year in enumerate(spec.years):
        ws.write_string(header, 2 + j, YEAR_HEADERS[year], fm.header)
    rows = {line.key: header + 1 + i for i, line in enumerate(spec.lines)}
    computed: dict[tuple[str, str], Decimal] = {}

    def get(key: str, year: str) -> Decimal:
        line = spec.line(key)
        given = values.get(key, (None,) * len(spec.years))[spec.years.index(year)]
        if given is not None:
            return _num(given)
        if line.formula:
            return computed.setdefault((key, year), _sum_terms([(s, get(k, year)) for s, k in line.terms()]))
        return Decimal(0)

    for line in spec.lines:
        r = rows[line.key]
        ws.write_string(r, 0, line.label, fm.label_strong if (line.strong or line.heading) else fm.label)
        if line.heading:
            continue
        if line.note:
            ws.write_number(r, 1, line.note)
        given = values.get(line.key, (None,) * len(spec.years))
        for j, year in enumerate(spec.years):
            col = 2 + j
            fmt = fm.cell(_num_format(spec.kind_of_amount), bool(line.formula), line.strong)
            if line.formula and given[j] is None:
                letter = column_letter(col + 1)
                formula = ""
                for sign, key in line.terms():
                    formula += ("+" if sign > 0 else "-") + f"{letter}{rows[key] + 1}"
                formula = "=" + formula.lstrip("+")
                ws.write_formula(r, col, formula, fmt, _excel_value(get(line.key, year)))
            else:
                _write_value(ws, r, col, given[j], fmt)
                ws.data_validation(r, col, r, col, {
                    "validate": "any", "input_title": f"{YEAR_HEADERS[year]}"[:INPUT_TITLE_MAX],
                    "input_message": f"{line.label}: {spec.kind_of_amount.expected}."[:INPUT_MESSAGE_MAX]})
    ws.freeze_panes(header + 1, 1)


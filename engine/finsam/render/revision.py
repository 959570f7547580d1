"""The auditor's workbook (revisionsunderlag): every check, recomputable in Excel.

One sheet per input sheet holds the values the engine read, at the same cell
addresses as in the user's file, so every location is a working hyperlink. The
sheet *Kontroller* lists each check with an Excel formula over those copied cells
that shows OK / FEL by itself; *Sammanfattning* has the inputs' SHA-256 and the key
ratios as live formulas beside the engine's values. Every formula carries its computed
value (xlsxwriter would otherwise cache 0).

Printed, every sheet fits the width of an A4 page (landscape), long texts wrap in rows tall
enough for them, a copied cell keeps the number format of its column in the schema (kr, tkr,
%, a year without a thousands separator), the checks' amounts carry their unit in every cell,
and a draft says UTKAST in every sheet's header.
"""
from __future__ import annotations

import datetime as dt
import io
from decimal import Decimal
from typing import Any

from .. import __version__
from ..errors import Location, cell_ref, parse_ref
from ..findings import AVVIKELSE, TIPS, Finding, Formula, Term
from ..model.arsredovisning import AnnualReport
from ..model.inputs import SheetCopy
from .docx import build_time

EPS = Decimal("0.000001")
PERCENT = "0.0 %"
# Number formats per schema kind, for the copied cells.
KIND_FORMATS = {"kr": "#,##0", "tkr": "#,##0.0", "percent": PERCENT, "count": "#,##0", "int": "0", "year": "0",
                "date": "yyyy-mm-dd"}
# The checks' amounts: the unit in every cell, so that kr and tkr are never mistaken for each other.
UNIT_FORMATS = {"kr": '#,##0" kr"', "tkr": '#,##0.0" tkr"', "%": PERCENT, "st": '#,##0" st"'}
DRAFT_HEADER = '&C&"Calibri,Bold"&12&KC00000UTKAST – får inte fastställas'


def _lines(text: str, width: float) -> int:
    """Lines ``text`` wraps to in a column ``width`` characters wide (Calibri 11)."""
    per_line = max(8, int(width * 1.2))
    return sum(max(1, -(-len(part) // per_line)) for part in str(text).split("\n"))
OK, FEL, AVV = "OK", "FEL", "AVVIKELSE"


def _sheet_name(workbook: str, sheet: str) -> str:
    name = f"{workbook.rsplit('.', 1)[0]} – {sheet}"
    for bad in "[]:*?/\\":
        name = name.replace(bad, " ")
    return name[:31]


def _quote(name: str) -> str:
    return "'" + name.replace("'", "''") + "'"


class RevisionWriter:
    def __init__(self, report: AnnualReport, results: list[Finding], now: dt.datetime | None = None,
                 draft: bool = False):
        self.report, self.f, self.fig, self.results = report, report.forbund, report.figures, results
        self.now = now or build_time()
        self.draft = draft
        self.copies: dict[tuple[str, str], str] = {}
        self.values: dict[tuple[str, str], Any] = {}

    # -- helpers ------------------------------------------------------------------
    def ref(self, loc: Location) -> str:
        return f"{_quote(self.copies[(loc.workbook, loc.sheet)])}!{loc.cell}"

    def value(self, loc: Location) -> Decimal:
        if ":" in loc.cell:  # a range counts as its sum, as in SUM(range)
            (r1, c1), (r2, c2) = (parse_ref(x) for x in loc.cell.split(":"))
            return sum((self.value(loc.at(cell_ref(r, c))) for r in range(r1, r2 + 1)
                        for c in range(c1, c2 + 1)), Decimal(0))
        v = self.values.get((self.copies[(loc.workbook, loc.sheet)], loc.cell))
        if isinstance(v, bool):
            return Decimal(int(v))
        if isinstance(v, (int, float, Decimal)):
            return Decimal(v)
        return Decimal(0)

    def _term_expr(self, t: Term) -> str:
        factors = [f"SUM({self.ref(c)})" if ":" in c.cell else self.ref(c) for c in t.cells]
        coef = t.coef
        if not factors:
            return format(coef, "f")
        prod = "*".join(factors)
        if coef == 1:
            return prod
        if coef == -1:
            return "-" + prod
        return f"{format(coef, 'f')}*{prod}"

    def _term_value(self, t: Term) -> Decimal:
        v = t.coef
        for c in t.cells:
            v *= self.value(c)
        return v

    def expr(self, terms: tuple[Term, ...]) -> str:
        if not terms:
            return "0"
        text = "+".join(self._term_expr(t) for t in terms)
        return text.replace("+-", "-")

    def evaluate(self, terms: tuple[Term, ...]) -> Decimal:
        return sum((self._term_value(t) for t in terms), Decimal(0))

    def sides(self, formula: Formula) -> tuple[str, Decimal, str, Decimal]:
        """Both sides as Excel expressions over the copied cells, and their values, in the unit
        the finding shows (kronor divided by ``formula.scale``)."""
        lhs_e, lhs_v = self.expr(formula.lhs), self.evaluate(formula.lhs)
        rhs_e, rhs_v = self.expr(formula.rhs), self.evaluate(formula.rhs)
        if formula.rhs_den:
            den_v = self.evaluate(formula.rhs_den)
            rhs_e = f"({rhs_e})/({self.expr(formula.rhs_den)})"
            rhs_v = rhs_v / den_v if den_v else Decimal(0)
        elif formula.scale != 1:
            scale = format(formula.scale.normalize(), "f")
            lhs_e, rhs_e = f"({lhs_e})/{scale}", f"({rhs_e})/{scale}"
            lhs_v, rhs_v = lhs_v / formula.scale, rhs_v / formula.scale
        return lhs_e, lhs_v, rhs_e, rhs_v

    # -- workbook -----------------------------------------------------------------
    def write(self) -> bytes:
        import xlsxwriter  # heavy: imported where used

        buf = io.BytesIO()
        wb = xlsxwriter.Workbook(buf, {"in_memory": True, "strings_to_formulas": False,
                                       "strings_to_numbers": False, "strings_to_urls": False})
        wb.set_properties({"title": f"Revisionsunderlag {self.f.settings.ar} – {self.f.settings.namn}",
                           "author": f"finsam {__version__}", "created": self.now})
        self.fmt = {
            "title": wb.add_format({"bold": True, "font_size": 14, "font_color": "#1F4E78"}),
            "bold": wb.add_format({"bold": True}),
            "header": wb.add_format({"bold": True, "font_color": "#FFFFFF", "bg_color": "#1F4E78",
                                     "text_wrap": True, "valign": "top", "border": 1}),
            "wrap": wb.add_format({"text_wrap": True, "valign": "top"}),
            "kr": wb.add_format({"num_format": "#,##0", "valign": "top"}),
            "num": wb.add_format({"num_format": "#,##0.###", "valign": "top"}),
            "pct": wb.add_format({"num_format": PERCENT, "valign": "top"}),
            "wrap_text": wb.add_format({"text_wrap": True, "valign": "top"}),
            "link_wrap": wb.add_format({"font_color": "#0563C1", "underline": 1, "valign": "top",
                                        "text_wrap": True}),
            "date": wb.add_format({"num_format": "yyyy-mm-dd", "valign": "top"}),
            "text": wb.add_format({"valign": "top"}),
            "link": wb.add_format({"font_color": "#0563C1", "underline": 1, "valign": "top"}),
            "red": wb.add_format({"bg_color": "#F4CCCC", "font_color": "#9C0006", "bold": True}),
            "amber": wb.add_format({"bg_color": "#FFE699", "font_color": "#7F6000", "bold": True}),
            "green": wb.add_format({"bg_color": "#D9EAD3", "font_color": "#274E13"}),
        }
        for key, code in KIND_FORMATS.items():
            self.fmt["kind_" + key] = wb.add_format({"num_format": code, "valign": "top"})
        for key, code in UNIT_FORMATS.items():
            self.fmt["unit_" + key] = wb.add_format({"num_format": code, "valign": "top"})
        summary = wb.add_worksheet("Sammanfattning")
        controls = wb.add_worksheet("Kontroller")
        for copy in self.report.copies:
            self._copy_sheet(wb, copy)
        n = self._controls(controls)
        self._summary(summary, n)
        name = self.f.settings.namn.replace("&", "&&")
        for ws in wb.worksheets():
            ws.set_landscape()
            ws.set_paper(9)
            ws.fit_to_pages(1, 0)
            ws.set_margins(left=0.5, right=0.5, top=0.8, bottom=0.7)
            draft = DRAFT_HEADER if self.draft else ""
            ws.set_header(f"&L&8{name}{draft}&R&8Revisionsunderlag {self.f.settings.ar}")
            ws.set_footer("&L&8&A&C&8Sida &P av &N")
        summary.activate()
        wb.close()
        return buf.getvalue()

    def _copy_sheet(self, wb, copy: SheetCopy) -> None:
        name = _sheet_name(copy.workbook, copy.sheet)
        self.copies[(copy.workbook, copy.sheet)] = name
        ws = wb.add_worksheet(name)
        kinds = _copy_kinds(copy)
        # Titles and help above the header row run over the empty cells beside them: they do
        # not widen the columns.
        top = copy.header_row or 0
        widths: dict[int, int] = {}
        for (row, col), value in copy.cells.items():
            width = min(len(str(value)) + 2, 60) if not isinstance(value, str) or "\n" not in value else 60
            widths[col] = max(widths.get(col, 8), width if row >= top else 8)
        heights: dict[int, int] = {}
        for (row, col), value in copy.cells.items():
            if row < top and isinstance(value, str) and "\n" not in value:
                ws.write_string(row - 1, col - 1, value, self.fmt["text"])
                continue
            self._write(ws, row - 1, col - 1, value, kinds.get((row, col)))
            if isinstance(value, str) and (len(value) > widths[col] or "\n" in value):
                heights[row] = max(heights.get(row, 1), _lines(value, widths[col]))
        for ref, value in copy.values.items():
            self.values[(name, ref)] = value
        for col, width in widths.items():
            ws.set_column(col - 1, col - 1, width)
        for row, lines in heights.items():  # wrapped texts get rows tall enough: nothing overlaps
            ws.set_row(row - 1, min(409, 15 * lines + 2))
        ws.freeze_panes(copy.header_row or 4, 0)
        if copy.header_row:
            ws.repeat_rows(copy.header_row - 1)  # the column headers on every printed page

    def _write(self, ws, row: int, col: int, value, kind: str | None = None) -> None:
        f = self.fmt
        if value is None:
            return
        if isinstance(value, bool):
            ws.write_boolean(row, col, value, f["text"])
        elif isinstance(value, dt.date) and kind != "year":
            ws.write_datetime(row, col, dt.datetime(value.year, value.month, value.day), f["date"])
        elif isinstance(value, (Decimal, int, float)):
            d = Decimal(value)
            if kind in KIND_FORMATS:
                fmt = f["kind_" + kind]  # the column's own format: a year is 2023, never "2 023"
            else:
                fmt = f["kr"] if d == d.to_integral_value() else (f["pct"] if abs(d) < 1 else f["num"])
            ws.write_number(row, col, float(d), fmt)
        else:
            text = str(value)
            ws.write_string(row, col, text, f["wrap_text"] if "\n" in text or len(text) > 60 else f["text"])

    def _controls(self, ws) -> int:
        f = self.fmt
        headers = ["Kod", "Kontroll", "Typ", "Plats (länk)", "Förväntat (motorn)", "Faktiskt (motorn)",
                   "Förväntat (formel)", "Faktiskt (formel)", "Tolerans", "Status (formel)",
                   "Motorns status", "Meddelande"]
        widths = [24, 36, 9, 24, 14, 14, 14, 14, 8, 10, 10, 44]
        for i, (h, w) in enumerate(zip(headers, widths)):
            ws.write_string(0, i, h, f["header"])
            ws.set_column(i, i, w)
        ws.set_row(0, 32)
        rows = sorted(self.results, key=lambda r: (r.ok, r.severity != "fel", r.code))
        for i, r in enumerate(rows, start=1):
            fail_word = AVV if r.severity == AVVIKELSE else "TIPS" if r.severity == TIPS else FEL
            engine_status = OK if r.ok else fail_word
            wrap = f["wrap_text"]
            unit = f.get("unit_" + (r.unit or ""), f["num"])
            ws.write_string(i, 0, r.code, wrap)
            ws.write_string(i, 1, r.description, wrap)
            ws.write_string(i, 2, r.severity, f["text"])
            loc = r.location
            place = f"{loc.workbook} › {loc.sheet} › {loc.cell}"
            if loc.cell and (loc.workbook, loc.sheet) in self.copies:
                ws.write_url(i, 3, f"internal:{self.ref(loc)}", f["link_wrap"], string=place)
            else:
                place = str(loc)
                ws.write_string(i, 3, place, wrap)
            for col, value in ((4, r.expected), (5, r.actual)):
                if isinstance(value, (Decimal, int)):
                    ws.write_number(i, col, float(value), unit)
                elif value is not None:
                    ws.write_string(i, col, str(value), wrap)
            ws.write_number(i, 8, float(r.tolerance), unit)
            self._status(ws, i, r, fail_word, engine_status, unit)
            ws.write_string(i, 10, engine_status, f["text"])
            ws.write_string(i, 11, r.text(), wrap)
            lines = max(_lines(r.code, widths[0]), _lines(r.description, widths[1]), _lines(place, widths[3]),
                        _lines(r.text(), widths[11]))
            ws.set_row(i, min(409, 15 * lines + 2))
        last = len(rows)
        ws.freeze_panes(1, 1)
        ws.autofilter(0, 0, last, len(headers) - 1)
        ws.repeat_rows(0)
        for word, fmt in ((FEL, f["red"]), (AVV, f["amber"]), (OK, f["green"])):
            ws.conditional_format(1, 9, last, 9, {"type": "cell", "criteria": "==",
                                                   "value": f'"{word}"', "format": fmt})
        return last

    def _status(self, ws, i: int, r: Finding, fail_word: str, engine_status: str, unit=None) -> None:
        formula = r.formula
        usable = formula is not None and all(
            (c.workbook, c.sheet) in self.copies and c.cell
            for c in (*(c for t in (*formula.lhs, *formula.rhs, *formula.rhs_den) for c in t.cells),
                      *formula.cells))
        if not usable:
            ws.write_string(i, 9, engine_status)
            return
        if formula.custom:
            args = [self.ref(c) for c in formula.cells]
            ws.write_formula(i, 9, "=" + formula.custom.format(*args), None, engine_status)
            return
        lhs_e, lhs_v, rhs_e, rhs_v = self.sides(formula)
        ws.write_formula(i, 6, "=" + rhs_e, unit or self.fmt["num"], float(rhs_v))
        ws.write_formula(i, 7, "=" + lhs_e, unit or self.fmt["num"], float(lhs_v))
        h, g, tol = f"H{i + 1}", f"G{i + 1}", f"I{i + 1}"
        if formula.op == "=":
            ok = abs(lhs_v - rhs_v) <= (formula.tol if formula.rhs_den else formula.tol / formula.scale) + EPS
            text = f'=IF(ABS({h}-{g})<={tol}+0.000001,"OK","{fail_word}")'
        elif formula.op == "<=":
            ok = lhs_v <= rhs_v + EPS
            text = f'=IF({h}<={g}+0.000001,"OK","{fail_word}")'
        else:
            ok = lhs_v >= rhs_v - EPS
            text = f'=IF({h}>={g}-0.000001,"OK","{fail_word}")'
        ws.write_formula(i, 9, text, None, OK if ok else fail_word)

    def _summary(self, ws, n: int) -> None:
        f, s = self.fmt, self.f.settings
        ws.set_column(0, 0, 46)
        ws.set_column(1, 1, 70)
        ws.set_column(2, 3, 18)
        ws.write_string(0, 0, f"Revisionsunderlag {s.ar}", f["title"])
        info = [("Förbund", s.namn), ("Räkenskapsår", str(s.ar)), ("Programversion", f"finsam {__version__}"),
                ("Byggd", self.now.isoformat(sep=" "))]
        row = 2
        for label, value in info:
            ws.write_string(row, 0, label, f["bold"])
            ws.write_string(row, 1, value)
            row += 1
        row += 1
        ws.write_row(row, 0, ["Indatafil", "SHA-256", "Storlek (byte)"], f["header"])
        for src in self.f.sources:
            row += 1
            ws.write_string(row, 0, src.name)
            ws.write_string(row, 1, src.sha256)
            ws.write_number(row, 2, src.size)
        row += 2
        rng = f"Kontroller!J2:J{n + 1}"
        counts = [("Kontroller", f"=COUNTA(Kontroller!A2:A{n + 1})", len(self.results)),
                  ("Godkända", f'=COUNTIF({rng},"OK")', sum(1 for r in self.results if r.ok)),
                  ("Fel", f'=COUNTIF({rng},"FEL")',
                   sum(1 for r in self.results if not r.ok and r.severity not in (AVVIKELSE, TIPS))),
                  ("Avvikelser", f'=COUNTIF({rng},"AVVIKELSE")',
                   sum(1 for r in self.results if not r.ok and r.severity == AVVIKELSE))]
        ws.write_row(row, 0, ["Antal kontroller", "Räknat med formel"], f["header"])
        for label, formula, value in counts:
            row += 1
            ws.write_string(row, 0, label)
            ws.write_formula(row, 1, formula, None, value)
        row += 2
        ws.write_row(row, 0, ["Nyckeltal", "Beskrivning", "Formel (levande)", "Motorns värde", "Stämmer"],
                     f["header"])
        ws.set_column(4, 4, 10)
        for label, description, numerator, denominator, engine_value in self._ratios():
            row += 1
            text, value = self.expr(numerator), self.evaluate(numerator)
            if denominator:
                den = self.evaluate(denominator)
                text = f"({text})/({self.expr(denominator)})"
                value = value / den if den else Decimal(0)
            ws.write_string(row, 0, label)
            ws.write_string(row, 1, description, f["wrap"])
            fmt = f["pct"] if denominator else f["kr"]
            ws.write_formula(row, 2, "=" + text, fmt, float(value))
            lhs_v = value
            ws.write_number(row, 3, float(engine_value), fmt)
            same = abs(lhs_v - engine_value) <= EPS
            ws.write_formula(row, 4, f'=IF(ABS(C{row + 1}-D{row + 1})<=0.000001,"OK","FEL")', None,
                             OK if same else FEL)

    def _ratios(self):
        """(label, description, numerator terms, denominator terms or None, engine value)."""
        f, fig, s = self.f, self.fig, self.f.settings

        def term(src, key: str) -> Term:
            """A reported amount in kronor: its cell times its unit's scale."""
            unit = src.unit_of(key)
            return Term(unit.scale if unit else Decimal(1), (src.loc(key),))

        def cell(src, key: str) -> tuple[Term, ...]:
            return (term(src, key),)

        def line(st, key: str) -> tuple[Term, ...]:
            loc = st.loc(key)
            return (Term(st.unit.scale, (loc,)),) if loc.cell else ()

        out = []
        if fig.ek_andel.value is not None:
            out.append(("Eget kapital / driftsbidrag", "Eget kapital vid årets slut delat med årets "
                        "tilldelade medel (inställningarna).", line(f.br, "eget_kapital"),
                        cell(s.src, "driftsbidrag"), fig.ek_andel.value))
        if fig.individ_andel.value is not None:
            den = cell(s.src, "driftsbidrag") if s.individ_namnare == "Driftsbidrag" else line(f.rr, "kostnader")
            out.append((f"Individinriktade insatser / {fig.individ_andel.denominator_label}",
                        "Summan av utfallet för de insatser vars typ räknas som individinriktad (för en insats "
                        "utan eget utfall: dess budgetpost).",
                        tuple(term(i.src, "utfall") for i in f.insatser
                              if i.individinriktad and i.utfall is not None and i.src.ref("utfall"))
                        + tuple(term(row.src, "utfall") for row, individ in fig.insats_costs.from_budget if individ),
                        den, fig.individ_andel.value))
        if fig.soliditet.value is not None:
            out.append(("Soliditet", "Eget kapital / summa tillgångar i balansräkningen.",
                        line(f.br, "eget_kapital"), line(f.br, "summa_tillgangar"),
                        fig.soliditet.value))
        if fig.balanskravsresultat is not None:
            out.append(("Balanskravsresultat (kr)", "Balanskravsresultat enligt balanskravsutredningen.",
                        line(f.bkr, "balanskravsresultat"), None, fig.balanskravsresultat))
        return out


def _copy_kinds(copy: SheetCopy) -> dict[tuple[int, int], str]:
    """(row, col) -> the schema kind (kr, tkr, percent, year …) of the copied sheet's cells,
    from its schema: a table's columns by their headers, a statement's amount columns, a
    form's fields by their labels."""
    from ..names import norm

    spec = copy.spec
    if spec is None:
        return {}
    out: dict[tuple[int, int], str] = {}
    if spec.kind == "table" and copy.header_row:
        by_header = {norm(c.header): c.kind.code for c in spec.columns}
        columns = {col: by_header.get(norm(str(v))) for (row, col), v in copy.cells.items()
                   if row == copy.header_row and isinstance(v, str)}
        for (row, col) in copy.cells:
            if row > copy.header_row and columns.get(col):
                out[(row, col)] = columns[col]
    elif spec.kind == "statement":
        for (row, col) in copy.cells:
            if col >= 3:
                out[(row, col)] = spec.kind_of_amount.code
            elif col == 2:
                out[(row, col)] = "int"
    elif spec.kind == "form":
        by_label = {norm(c.header): c.kind.code for c in spec.fields}
        labels = {row: by_label.get(norm(str(v))) for (row, col), v in copy.cells.items()
                  if col == 1 and isinstance(v, str)}
        for (row, col) in copy.cells:
            if col == 2 and labels.get(row):
                out[(row, col)] = labels[row]
    return out


def render(report: AnnualReport, results: list[Finding], draft: bool = False,
           now: dt.datetime | None = None) -> bytes:
    """The auditor's workbook (revision-ÅÅÅÅ.xlsx) of an annual report; a draft says UTKAST
    in the header of every sheet."""
    return RevisionWriter(report, results, now, draft).write()

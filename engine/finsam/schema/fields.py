"""The building blocks of the workbook schema.

The schema is data: sheets, their columns or lines, the kind of value in each cell,
and which cells are computed. One definition drives the blank workbooks
(``finsam.schema.write``), the reader (``finsam.read.sheets``) and the arithmetic
checks of statements (``Line.formula``).
"""
from __future__ import annotations

from dataclasses import field

from ..records import record


@record
class Kind:
    code: str          # text, kr, tkr, percent, count, int, year, date, choice, unit
    expected: str      # Swedish: what a cell of this kind must hold
    num_format: str    # Excel number format code (stored in en-US syntax; shown in the user's locale)
    unit: str = ""     # for messages and formatting: kr, tkr, %, st

    @property
    def is_amount(self) -> bool:
        """An amount: in kronor or tkr by default, in the unit its sheet declares."""
        return self.code in ("kr", "tkr")


TEXT = Kind("text", "en text", "@")
# A free text the documents show as paragraphs, with the markup of PROSE_HELP (render.text).
PROSE = Kind("text", "en text med formatering (se Formaterad text i bladet Instruktioner)", "@")
# The markup of a PROSE cell, as the Instruktioner sheet of every workbook with one and the
# README explain it: (what is typed, what it becomes).
PROSE_HELP = (
    ("Ny rad (Alt+Enter)", "Varje rad i cellen blir ett eget stycke. Tomma rader och mellanslag först "
                           "och sist på en rad tas bort."),
    ("## Rubrik", "En rad som börjar med ## och ett mellanslag blir en underrubrik."),
    ("- Punkt", "En rad som börjar med - (eller •) och ett mellanslag blir en punkt i en punktlista."),
    ("1. Punkt", "En rad som börjar med ett tal, punkt (eller parentes) och ett mellanslag blir en punkt i "
                 "en numrerad lista. Word numrerar varje lista från 1."),
    ("**fet** och *kursiv*", "Text mellan dubbla stjärnor blir fet, mellan enkla kursiv. Stjärnorna ska stå "
                             "tätt intill texten och stängas på samma rad; annars står de kvar som de är "
                             "(5 * 3)."),
    ("\\- och \\*", "Ett omvänt snedstreck framför gör tecknet till vanlig text: \\- , \\## eller \\1. "
               "först på en rad ger ett vanligt stycke som börjar så, \\* ger en stjärna."),
    ("Allt annat", "Texten kommer med precis som du skrev den, också tecken som {{ }}, {% %}, <, & och %. "
                   "Osynliga styrtecken som Word inte kan visa tas bort."),
)
KR = Kind("kr", "ett belopp i kronor", "#,##0", "kr")
TKR = Kind("tkr", "ett belopp i tkr", "#,##0.0", "tkr")
UNIT = Kind("unit", "en enhet: kr, kr, exakt, tkr, tkr med 1 decimal, tkr med 2 decimaler …", "@")
PERCENT = Kind("percent", "en procentsats (t.ex. 20 %)", "0.0%", "%")
COUNT = Kind("count", "ett antal (heltal)", "0", "st")
INT = Kind("int", "ett heltal", "0")
YEAR = Kind("year", "ett årtal (t.ex. 2023)", "0")
DATE = Kind("date", "ett datum (ÅÅÅÅ-MM-DD)", "yyyy-mm-dd")


def CHOICE(*options: str) -> Kind:
    return Kind("choice", "ett av värdena " + ", ".join(f"”{o}”" for o in options), "@")


@record
class Ref:
    """A column's values must occur in another table's column (rows filtered by ``where``).
    ``workbook`` is the target's file name when it is another workbook of the document."""

    sheet: str
    column: str
    workbook: str | None = None
    where: tuple[tuple[str, str], ...] = ()


@record
class Column:
    """A column of a table sheet, or a field of a form sheet. ``refs``, ``minimum`` and
    ``maximum`` are constraints that one generic check executes; ``link`` names the
    workbooks to read from the folder a text field points to (last year's folder)."""

    key: str
    header: str
    kind: Kind = TEXT
    required: bool = False
    choices: tuple[str, ...] = ()
    computed: str | None = None  # formula template, e.g. "={budget}{row}-{utfall}{row}"
    # (setting key, setting value, template): the formula when the sheet's setting has that value
    computed_if: tuple[str, str, str] | None = None
    width: float = 14
    help: str = ""
    default: object = None  # value in the blank workbook (form sheets)
    refs: Ref | None = None
    minimum: int | None = None
    maximum: int | None = None
    link: tuple[str, ...] = ()
    aliases: tuple[str, ...] = ()   # earlier headers the reader still accepts
    vocabulary: tuple[tuple[str, str], ...] = ()  # (a word the förbund may write, what it means)
    optional: bool = False          # the header may be absent (added in a later version): all blank

    @property
    def expected(self) -> str:
        if self.choices:
            return "ett av värdena " + ", ".join(f"”{c}”" for c in self.choices)
        return self.kind.expected

    def meaning(self, text: str | None) -> str | None:
        """What a word the förbund wrote means in this column's vocabulary ("Till viss del" ->
        "delvis"), also when it opens a longer text ("Ja. Målet har uppnåtts.")."""
        if not text or not self.vocabulary:
            return None
        from ..names import norm

        words = {norm(word): meaning for word, meaning in self.vocabulary}
        key = norm(text)
        if key in words:
            return words[key]
        for sep in HEAD_SEPARATORS:
            head = key.split(sep)[0].strip()
            if head != key and head in words:
                return words[head]
        return None


# A judgement word may open a longer text: "Ja. Målet har uppnåtts." means "Ja" (Column.meaning).
HEAD_SEPARATORS = ".,:;–("


def choice(key: str, header: str, options: tuple[str, ...], **kw) -> Column:
    return Column(key, header, Kind("choice", "", "@"), choices=options, **kw)


def unit_setting(default: str) -> Column:
    """The "Belopp i" cell above a table or statement: the unit its amounts are in."""
    return Column("enhet", "Belopp i", UNIT, default=default,
                  help="Enheten för tabellens belopp: kr, kr, exakt (hela kronor ur bokföringen), tkr, "
                       "tkr med 1 eller 2 decimaler, mkr med decimaler.")


def _default_unit(kinds) -> str:
    codes = {k.code for k in kinds if k.is_amount}
    return "tkr" if codes == {"tkr"} else "kr"


@record
class FormSheet:
    """Label in column A, value in column B, help in column C."""

    name: str
    key: str
    title: str
    fields: tuple[Column, ...]
    help: str = ""
    kind: str = "form"


@record
class TableSheet:
    """A header row and one record per row below it."""

    name: str
    key: str
    title: str
    columns: tuple[Column, ...]
    help: str = ""
    total_label: str | None = None    # a closing row whose first cell is this label
    blank_rows: int = 20              # empty input rows in the blank workbook
    prefill: tuple[dict, ...] = ()    # rows written into the blank workbook
    unique: str | None = None         # key of a column whose values must be unique
    extra_settings: tuple[Column, ...] = ()  # label/value cells above the header (besides the unit)
    optional: bool = False            # a workbook of an older version may lack it: its prefill applies
    kind: str = "table"

    def column(self, key: str) -> Column:
        return next(c for c in self.columns if c.key == key)

    @property
    def settings(self) -> tuple[Column, ...]:
        """The label/value cells above the header: the unit (when the table has amounts)
        and any others the sheet declares."""
        kinds = [c.kind for c in self.columns]
        unit = (unit_setting(_default_unit(kinds)),) if any(k.is_amount for k in kinds) else ()
        return unit + self.extra_settings


@record
class Line:
    """A fixed line of a statement. ``formula`` is an expression over other line
    keys (``+``/``-`` only); the blank workbook writes it as an Excel formula, the
    checks evaluate it on the values read."""

    key: str
    label: str
    formula: str | None = None
    note: int | None = None
    strong: bool = False   # shown bold (totals)
    heading: bool = False  # a heading without figures
    aliases: tuple[str, ...] = ()

    def terms(self) -> list[tuple[int, str]]:
        """'a + b - c' -> [(1, 'a'), (1, 'b'), (-1, 'c')]."""
        out, sign = [], 1
        for token in (self.formula or "").split():
            if token in "+-":
                sign = 1 if token == "+" else -1
            else:
                out.append((sign, token))
                sign = 1
        return out


@record
class StatementSheet:
    """Fixed lines (column A), a note column, and one amount column per year."""

    name: str
    key: str
    title: str
    kind_of_amount: Kind
    lines: tuple[Line, ...]
    years: tuple[str, ...] = ("i_ar", "fg_ar")
    help: str = ""
    kind: str = "statement"

    def line(self, key: str) -> Line:
        return next(line for line in self.lines if line.key == key)

    @property
    def settings(self) -> tuple[Column, ...]:
        return (unit_setting(_default_unit([self.kind_of_amount])),)


YEAR_HEADERS = {
    "i_ar": "Innevarande år",
    "fg_ar": "Föregående år",
    "fg2_ar": "Två år sedan",
    "ar0": "Prognos året före",  # verksamhetsplan: year 0 is the forecast, years 1–3 the plan
    "ar1": "År 1",
    "ar2": "År 2",
    "ar3": "År 3",
}


@record
class WorkbookSchema:
    """One standard workbook. ``kind`` is the document kind it belongs to; ``version`` is
    written into every workbook made from the schema (with the kind) and read back to
    recognise the workbook whatever its file name; ``year_field`` names the (sheet, field)
    that holds the year the workbook is for."""

    filename: str
    title: str
    purpose: str
    sheets: tuple = field(default_factory=tuple)
    kind: str = ""
    version: int = 1
    year_field: tuple[str, str] | None = None
    notes: tuple[tuple[str, str], ...] = ()   # (label, text) rows at the end of Instruktioner

    @property
    def key(self) -> str:
        return self.filename.rsplit(".", 1)[0]

    def sheet(self, key: str):
        return next(s for s in self.sheets if s.key == key)

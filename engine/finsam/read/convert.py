"""Turn one stored cell into the typed value its schema column asks for."""
from __future__ import annotations

import datetime as dt
from decimal import Decimal

from ..schema.fields import Column
from ..units import SCALES, Unit, parse_unit
from . import personnummer
from .values import (ValueProblem, clean_text, decimal_from_xml, excel_serial_to_date,
                     parse_date_text, parse_swedish_number)
from .xlsx import Cell

# Larger than any amount or count a förbund can have (and small enough that quantizing
# and formatting never exceed Decimal's 28 digits, which raised InvalidOperation).
MAX_ABS_NUMBER = Decimal(10) ** 15
_ERROR_NAMES = {
    "#REF!": "felvärdet #REF! (trasig referens)",
    "#DIV/0!": "felvärdet #DIV/0! (division med noll)",
    "#N/A": "felvärdet #N/A (värde saknas)",
    "#VALUE!": "felvärdet #VALUE! (fel värdetyp)",
    "#NAME?": "felvärdet #NAME? (okänd funktion eller namn)",
    "#NUM!": "felvärdet #NUM!",
    "#NULL!": "felvärdet #NULL!",
}


def _shown(text: str, limit: int = 40) -> str:
    """Input text as a message may show it: masked, printable, on one line, short."""
    text = personnummer.mask(clean_text(text)).replace("\n", " ")
    return text if len(text) <= limit else text[: limit - 3] + "…"


def describe(cell: Cell | None) -> str:
    """What was found, in Swedish, short and safe to print: every text from the file is
    masked (personnummer) and cut, also an error value's or a date's."""
    if cell is None:
        return "en tom cell"
    if cell.kind == "s":
        text = _shown(cell.raw)
        if not text.strip():
            return "en tom cell"
        return f"texten ”{text}”"
    if cell.kind == "n":
        raw = personnummer.mask_number(cell.raw)
        return f"talet {raw if len(raw) <= 40 else raw[:37] + '…'}"
    if cell.kind == "x":
        return f"ett tal som inget kalkylprogram kan lagra (”{_shown(personnummer.mask_number(cell.raw))}”)"
    if cell.kind == "e":
        return _ERROR_NAMES.get(cell.raw) or f"felvärdet {_shown(cell.raw)}"
    if cell.kind == "b":
        return "ett sanningsvärde (SANT/FALSKT)"
    if cell.kind == "f":
        return "en formel utan sparat värde"
    if cell.kind == "d":
        return f"datumet {_shown(cell.raw)}"
    return "ett okänt värde"


def is_empty(cell: Cell | None) -> bool:
    return cell is None or (cell.kind == "s" and not cell.raw.strip())


def convert(cell: Cell | None, column: Column, date1904: bool = False, unit: Unit | None = None):
    """Return the typed value (None for an empty cell) or raise ValueProblem. An amount is
    returned in ``unit`` (its sheet's unit; the column's default unit when None): a figure
    typed with another unit ("7 360 tkr" in a kronor cell) is converted to it."""
    if is_empty(cell):
        return None
    if cell.kind == "f":
        raise ValueProblem("Formeln har inget sparat värde: filen har skapats av ett program och "
                           "aldrig räknats om. Öppna den i Excel eller LibreOffice och spara igen.")
    if cell.kind == "e":
        raise ValueProblem("Rätta formeln eller skriv in värdet.")
    if cell.kind == "x":
        raise ValueProblem("Filen har inte sparats av Excel; skriv in värdet igen och spara.")
    code = column.kind.code
    if code == "text":
        if cell.kind == "n":
            value = decimal_from_xml(cell.raw)
            return format(value.normalize(), "f") if value == value.to_integral() else str(value)
        if cell.kind in ("s", "d"):
            return clean_text(cell.raw).strip("\n").strip()
        raise ValueProblem("")
    if code == "choice":
        if cell.kind != "s":
            raise ValueProblem("")
        wanted = " ".join(cell.raw.split()).casefold()
        for option in column.choices:
            if option.casefold() == wanted:
                return option
        if column.meaning(cell.raw) is not None:
            return " ".join(clean_text(cell.raw).split())  # the förbund's own word, as written
        raise ValueProblem("Välj ett värde i listan.")
    if code == "unit":
        if cell.kind != "s":
            raise ValueProblem("")
        found = parse_unit(cell.raw)
        if found is None:
            raise ValueProblem("Skriv t.ex. kr, kr, exakt, tkr eller tkr med 2 decimaler.")
        return found
    if code == "date":
        return _to_date(cell, date1904)
    return _to_number(cell, code, unit)


def _stored(text: str) -> Decimal:
    """A stored number without binary noise: Excel keeps 15 significant digits."""
    value = decimal_from_xml(text)
    if value != 0 and len(value.as_tuple().digits) > 15:
        value = Decimal(format(value, ".15g"))
    return value


def _to_date(cell: Cell, date1904: bool) -> dt.date:
    if cell.kind == "n":
        return excel_serial_to_date(decimal_from_xml(cell.raw), date1904)
    if cell.kind == "d":
        return parse_date_text(cell.raw[:10])
    if cell.kind == "s":
        return parse_date_text(cell.raw)
    raise ValueProblem("")


def _to_number(cell: Cell, code: str, sheet_unit: Unit | None = None):
    unit = None
    if cell.kind == "n":
        value = _stored(cell.raw)
    elif cell.kind == "s":
        try:
            value, unit = parse_swedish_number(cell.raw)
        except ValueProblem as exc:
            raise ValueProblem(f"Texten går inte att läsa som tal ({exc}).") from None
    else:
        raise ValueProblem("")
    if abs(value) >= MAX_ABS_NUMBER:
        raise ValueProblem("Talet är orimligt stort.")
    if code == "percent":
        if unit == "%":
            value = value / 100
        elif unit is not None:
            raise ValueProblem(f"Enheten {unit} passar inte här.")
        elif abs(value) > 1:
            raise ValueProblem("Skriv procent med procenttecken (20 %) eller som andel (0,2).")
        return value.normalize() if value else Decimal(0)  # the digits typed tell its precision
    if unit == "%":
        raise ValueProblem("Procent passar inte här.")
    if code in ("kr", "tkr"):
        target = SCALES[sheet_unit.name] if sheet_unit is not None else SCALES[code]
        if unit in SCALES and SCALES[unit] != target:
            value = value * SCALES[unit] / target  # "7 360 tkr" typed in a kronor cell
        return value
    if unit in ("kr", "tkr"):
        raise ValueProblem(f"Enheten {unit} passar inte här.")
    if value != value.to_integral_value():
        raise ValueProblem("Ett heltal behövs.")
    number = int(value)
    if code == "year" and not 1900 <= number <= 2200:
        raise ValueProblem("Årtalet ligger utanför 1900–2200.")
    return number

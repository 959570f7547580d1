"""Strict parsers for stored cell values: a cell's number text, Excel date serials, dates
typed as text. Typed Swedish numbers are parsed by ``finsam.numbers``."""
from __future__ import annotations

import datetime as dt
import re
from decimal import Decimal

from ..names import clean_text  # noqa: F401  (re-exported for the reader)
from ..numbers import ValueProblem, parse_swedish_number  # noqa: F401  (re-exported)


# A cell's stored number (XML Schema double): digits, point, exponent. Not NaN, INF,
# hexadecimal or Python's "1_000", which Decimal() and float() would also accept.
_XML_NUMBER = re.compile(r"[+-]?(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][+-]?\d+)?")
# No program writes more (Excel: 17 significant digits and an exponent); a longer "number"
# is a generated file, and Decimal arithmetic on it would cost time for nothing.
MAX_NUMBER_CHARS = 64


def stored_number(text: str) -> str | None:
    """The stored number of a cell (``<v>``) as text that ``Decimal`` and ``float`` read
    safely, or None if no spreadsheet can hold it: not a number, NaN or infinity, longer
    than any program writes, or beyond the range of a double (1E999999999). A number too
    small for a double (1E-999999999) is the 0 that Excel would show.

    >>> stored_number("0.17499999999999999"), stored_number("NaN"), stored_number("1E-999")
    ('0.17499999999999999', None, '0')
    """
    s = text.strip()
    if len(s) > MAX_NUMBER_CHARS or not _XML_NUMBER.fullmatch(s):
        return None
    if "e" not in s and "E" not in s:
        return s  # at most 64 digits and no exponent: within a double's range
    value = Decimal(s)
    if value.is_zero():
        return s
    magnitude = value.adjusted()
    if magnitude > 308:
        return None
    if magnitude < -324:
        return "0"
    return s


def decimal_from_xml(text: str) -> Decimal:
    """The stored number of a cell (``<v>``), e.g. '476308' or '0.17499999999999999'."""
    s = stored_number(text)
    if s is None:
        raise ValueProblem("ogiltigt tal i filen")
    return Decimal(s)


def excel_serial_to_date(serial: Decimal, date1904: bool = False) -> dt.date:
    days = int(serial)
    if serial != days and serial - days > Decimal("0.99999"):
        days += 1
    if date1904:
        base = dt.date(1904, 1, 1)
    else:
        if days < 1 or days == 60:
            raise ValueProblem("ogiltigt datumserienummer")
        # Excel's 1900 system counts a 29 February 1900 that never existed.
        base = dt.date(1899, 12, 31) if days < 60 else dt.date(1899, 12, 30)
    try:
        return base + dt.timedelta(days=days)
    except OverflowError:
        raise ValueProblem("ogiltigt datumserienummer") from None


_DATE_PATTERNS = (
    (re.compile(r"^(\d{4})-(\d{1,2})-(\d{1,2})(?:[ T]00:00(?::00)?)?$"), ("y", "m", "d")),
    (re.compile(r"^(\d{4})(\d{2})(\d{2})$"), ("y", "m", "d")),
    (re.compile(r"^(\d{1,2})/(\d{1,2})[ -/](\d{4})$"), ("d", "m", "y")),
    (re.compile(r"^(\d{1,2})\.(\d{1,2})\.(\d{4})$"), ("d", "m", "y")),
)


def parse_date_text(text: str) -> dt.date:
    s = text.strip()
    for pattern, order in _DATE_PATTERNS:
        m = pattern.match(s)
        if m:
            parts = dict(zip(order, (int(g) for g in m.groups())))
            try:
                return dt.date(parts["y"], parts["m"], parts["d"])
            except ValueError:
                raise ValueProblem("datumet finns inte") from None
    raise ValueProblem("inte ett datum (skriv ÅÅÅÅ-MM-DD)")

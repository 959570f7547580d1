"""Strict parsers for what people type into Swedish spreadsheets.

Money is ``Decimal``, never float. Numbers may arrive as real numbers (Excel's stored
double, given to us as its decimal text) or as text typed the Swedish way:
``1 288 424``, ``17,5 %``, ``−409 221`` (Unicode minus), with ordinary, non-breaking
or narrow spaces between thousands. Anything ambiguous is refused with a reason.
"""
from __future__ import annotations

import datetime as dt
import re
from decimal import Decimal

# Characters people (and programs) put between thousands.
_GROUP_SPACES = " \u00a0\u202f\u2009\u2007"
_MINUS = "-\u2212\u2013\u2012"
_NUMBER_RE = re.compile(
    r"^(?P<sign>[" + _MINUS + r"+])?"
    r"(?P<int>\d{1,3}(?:[" + _GROUP_SPACES + r"]\d{3})+|\d+)"
    r"(?:,(?P<frac>\d+))?$"
)
_UNITS = {"%": "%", "kr": "kr", "kr.": "kr", ":-": "kr", "tkr": "tkr", "st": "st", "st.": "st"}

# XML 1.0 allows tab, LF, CR and everything from U+0020 except surrogates, FFFE, FFFF.
_ILLEGAL_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff\ud800-\udfff]")


class ValueProblem(ValueError):
    """The text is not what the field expects; ``str(self)`` is a Swedish reason."""


def parse_swedish_number(text: str) -> tuple[Decimal, str | None]:
    """Parse a number typed as text. Returns (value, unit) where unit is '%', 'kr',
    'tkr', 'st' or None. Percent is *not* divided by 100 here.

    >>> parse_swedish_number("1 288 424")
    (Decimal('1288424'), None)
    >>> parse_swedish_number("17,5 %")
    (Decimal('17.5'), '%')
    """
    s = text.strip()
    unit = None
    low = s.lower()
    for suffix in sorted(_UNITS, key=len, reverse=True):
        if low.endswith(suffix):
            head = s[: len(s) - len(suffix)]
            # "tkr" must not be read as "kr" with a stray t
            if suffix == "kr" and head.rstrip().lower().endswith("t"):
                continue
            unit = _UNITS[suffix]
            s = head.rstrip(_GROUP_SPACES)
            break
    s = s.strip(_GROUP_SPACES)
    if s and s[0] in _MINUS + "+" and s[1:2] and s[1] in _GROUP_SPACES:
        s = s[0] + s[1:].lstrip(_GROUP_SPACES)
    m = _NUMBER_RE.match(s)
    if not m:
        if re.fullmatch(r"[" + _MINUS + r"+]?\d+\.\d+", s):
            raise ValueProblem("decimalpunkt i stället för decimalkomma")
        if re.fullmatch(r"[" + _MINUS + r"+]?[\d" + _GROUP_SPACES + r".,]+", s):
            raise ValueProblem("felaktig tusentalsgruppering")
        raise ValueProblem("inte ett tal")
    digits = re.sub("[" + _GROUP_SPACES + "]", "", m.group("int"))
    if m.group("frac"):
        digits += "." + m.group("frac")
    value = Decimal(digits)
    if m.group("sign") and m.group("sign") in _MINUS:
        value = -value
    return value, unit


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


def clean_text(text: str) -> str:
    """Strip characters that XML 1.0 (and so Word) cannot hold; normalise line ends."""
    if text.isprintable():  # the common case: nothing to strip (fast path)
        return text
    text = _ILLEGAL_XML.sub("", text)
    return text.replace("\r\n", "\n").replace("\r", "\n")


def has_illegal_xml(text: str) -> bool:
    return bool(_ILLEGAL_XML.search(text))

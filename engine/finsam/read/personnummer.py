"""Find Swedish personal identity numbers (personnummer, samordningsnummer).

A match needs 10 or 12 digits, a date that exists (day + 60 for a samordningsnummer)
and a valid Luhn check digit. Between the date and the last four digits a writer may
put nothing, ``-`` or ``+`` (or the dashes word processors and Excel's autocorrect make:
en dash, minus sign, hyphen; or ``_`` in a name), with spaces around it, or only a space
("121212 1212"). Invisible characters between the digits are ignored.
The number itself is never returned whole: callers get a masked form such as
``19121212-****``.

A number cell is read for what a person typed into it (``find_in_number``): Excel and
other programs store a typed 191212121212 also as ``191212121212.0`` or
``1.91212121212E11``, drop the leading zero of a 10-digit number born 2000-2009, and
turn ``121212,1212`` typed in Swedish Excel into the decimal number 121212.1212.
"""
from __future__ import annotations

import re
from decimal import Decimal, InvalidOperation

# Spaces people and programs put around the separator: ordinary, no-break, narrow
# no-break, thin, figure and the other fixed-width spaces, tab.
_SPACE = "[ \t\u00a0\u2000-\u200a\u202f\u205f\u3000]"
# ASCII hyphen-minus and plus, Unicode hyphen, non-breaking hyphen, figure dash, en dash,
# em dash, horizontal bar, minus sign, small and full-width hyphen-minus and plus; and the
# underscore of names that cannot hold a dash or a space (defined names, file names).
_DASH = "[-+_\u2010\u2011\u2012\u2013\u2014\u2015\u2212\ufe58\ufe63\uff0b\uff0d]"
_PATTERN = re.compile(
    r"(?<!\d)(\d{6}|\d{8})((?:%s{0,3}%s%s{0,3})|%s{1,3})?(\d{4})(?!\d)" % (_SPACE, _DASH, _SPACE, _SPACE))

# Invisible characters a hostile or careless writer can put between the digits: soft
# hyphen, zero-width space/joiners, direction marks, word joiner, byte order mark. They
# are removed before a text is searched.
_INVISIBLE = "[\u00ad\u180e\u200b-\u200f\u202a-\u202e\u2060-\u2064\ufeff]"
_INVISIBLE_RE = re.compile(_INVISIBLE + "+")
# The pre-test: six digits in a row, or an invisible character that may split them
# (separate patterns: an alternation would double the cost of the common ASCII case).
_SIX_ASCII = re.compile(r"[0-9]{6}")
_SIX = re.compile(r"\d{6}")
_ONE_INVISIBLE = re.compile(_INVISIBLE)
_RUNS = re.compile(r"\d{6,}")

# The lexical form of a number in a cell's <v> (XML Schema double).
_NUMBER_TEXT = re.compile(r"[+-]?(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][+-]?\d+)?")
_FOUR_PLACES = Decimal("0.0001")
_TWO_PLACES = Decimal("0.01")
_FLOAT_NOISE = Decimal("0.000001")


def maybe(text: str) -> bool:
    """Cheap pre-test: no run of six digits (and nothing invisible), no personnummer."""
    if text.isascii():
        return _SIX_ASCII.search(text) is not None
    return _SIX.search(text) is not None or _ONE_INVISIBLE.search(text) is not None


def luhn_ok(digits: str) -> bool:
    total = 0
    for i, ch in enumerate(digits):
        d = int(ch) * (2 if i % 2 == 0 else 1)
        total += d - 9 if d > 9 else d
    return total % 10 == 0


def _date_ok(year: int | None, yy: int, month: int, day: int) -> bool:
    if day > 60:
        day -= 60  # samordningsnummer
    if not 1 <= month <= 12 or day < 1:
        return False
    years = [year] if year is not None else [1900 + yy, 2000 + yy]
    return any(day <= _days_in(y, month) for y in years)


def _days_in(year: int, month: int) -> int:
    """The days of ``month`` (calendar.monthrange without loading calendar and locale)."""
    if month == 2:
        return 29 if year % 4 == 0 and (year % 100 != 0 or year % 400 == 0) else 28
    return 30 if month in (4, 6, 9, 11) else 31


def _masked(m: re.Match) -> str | None:
    """The masked form of a match, or None if it is not a personnummer."""
    date, _, last = m.groups()
    if len(date) == 8:
        century, yymmdd = int(date[:2]), date[2:]
        if century not in (18, 19, 20):
            return None
        year = int(date[:4])
    else:
        yymmdd, year = date, None
    yy, mm, dd = int(yymmdd[:2]), int(yymmdd[2:4]), int(yymmdd[4:6])
    if not _date_ok(year, yy, mm, dd):
        return None
    if not luhn_ok(yymmdd + last):
        return None
    return f"{date}-****"


def find(text: str) -> list[str]:
    """Masked forms of every personnummer or samordningsnummer in ``text``."""
    if not text.isascii():
        text = _INVISIBLE_RE.sub("", text)
    # A match starts where a run of at least six digits does; trying the pattern only
    # there is what finditer would find, four times faster on text full of digits.
    found = []
    for run in _RUNS.finditer(text):
        m = _PATTERN.match(text, run.start())
        if m is not None:
            masked = _masked(m)
            if masked:
                found.append(masked)
    return found


def mask(text: str) -> str:
    """``text`` with every personnummer or samordningsnummer replaced by its masked form,
    for anything that echoes user input in a message (invisible characters are dropped)."""
    if not text.isascii():
        text = _INVISIBLE_RE.sub("", text)
    return _PATTERN.sub(lambda m: _masked(m) or m.group(0), text)


def find_in_number(text: str, typed: bool = True) -> list[str]:
    """Masked forms of a personnummer stored as a number: ``text`` is a cell's stored
    number (``<v>``) or a number elsewhere in the package.

    An integer of 10 or 12 digits is read as one, in whatever notation it is stored
    (``191212121212``, ``191212121212.0``, ``1.91212121212E11``). No amount or count in a
    förbund's workbooks reaches 10 digits, so a typed one is an identity number far more
    often than money. For a number a person typed (``typed``) also: 9 digits, the
    10-digit form whose leading zero Excel dropped (born 2000-2009), and 6 or 8 digits
    (5: the leading zero again) with three or four decimals, which is what Swedish Excel
    makes of ``121212,1212`` (two decimals are kronor and öre and are left alone). Text
    that is not a number is searched as text."""
    s = text.strip()
    if len(s) > 64 or not _NUMBER_TEXT.fullmatch(s):
        return find(text) if maybe(text) else []
    try:
        value = Decimal(s).copy_abs()  # no context: 1E999999999 must not overflow
    except InvalidOperation:  # pragma: no cover - the pattern admits only valid numbers
        return []
    if value.is_zero():
        return []
    magnitude = value.adjusted()  # 11 for a 12-digit integer part
    if not 4 <= magnitude <= 11:
        return []
    if value == value.to_integral_value():
        if magnitude < (8 if typed else 9):
            return []
        digits = str(int(value))
        if typed and len(digits) == 9:
            digits = "0" + digits
        return find(digits) if len(digits) in (10, 12) else []
    if not typed or magnitude not in (4, 5, 7):
        return []
    rounded = value.quantize(_FOUR_PLACES)
    if abs(value - rounded) > _FLOAT_NOISE or rounded == rounded.quantize(_TWO_PLACES):
        return []
    whole, _, fraction = str(rounded).partition(".")
    return find(f"{whole.zfill(6) if magnitude == 4 else whole}-{fraction}")


def mask_number(text: str, typed: bool = True) -> str:
    """A stored number as it may be echoed: masked if it is a personnummer."""
    found = find_in_number(text, typed)
    return found[0] if found else mask(text)

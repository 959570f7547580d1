"""Swedish number and date formatting (sv-SE, via Babel's CLDR data).

Used by the template filters and by the text of findings. Money is rounded half up
(as accountants do), thousands are separated by a non-breaking space so a figure never
breaks across lines, and negatives get the typographic minus (U+2212).
"""
from __future__ import annotations

import datetime as dt
import functools
from decimal import ROUND_HALF_UP, Decimal

NBSP = "\u00a0"
MINUS = "\u2212"


def _decimal(value) -> Decimal:
    if isinstance(value, Decimal):
        return value
    return Decimal(str(value))


@functools.lru_cache(maxsize=None)
def _pattern(decimals: int):
    """Babel's parsed number pattern and the sv_SE locale, built once (4× faster than
    format_decimal, which parses both on every call)."""
    from babel import Locale
    from babel.numbers import parse_pattern

    return parse_pattern("#,##0" + ("." + "0" * decimals if decimals else "")), Locale.parse("sv_SE")


def number(value, decimals: int = 0) -> str:
    """1288424 -> '1 288 424'; decimals shown only as asked."""
    if value is None:
        return ""
    q = Decimal(1).scaleb(-decimals)
    d = _decimal(value).quantize(q, ROUND_HALF_UP)
    pattern, locale = _pattern(decimals)
    text = pattern.apply(abs(d), locale)
    text = text.replace(" ", NBSP).replace("\u202f", NBSP)
    return (MINUS + text) if d < 0 else text


def kr(value) -> str:
    return number(value)


def tkr(value) -> str:
    """Thousands: whole tkr, or one decimal when the figure itself has one (1 844,5)."""
    if value is None:
        return ""
    d = _decimal(value)
    return number(d, 1) if d != d.to_integral_value() and (d * 10) == (d * 10).to_integral_value() \
        else number(d)


def kr_as_tkr(value) -> str:
    if value is None:
        return ""
    return number(_decimal(value) / 1000)


def percent(value, decimals: int = 1) -> str:
    """0.17505 -> '17,5 %'."""
    if value is None:
        return ""
    return number(_decimal(value) * 100, decimals) + NBSP + "%"


def count(value) -> str:
    return "" if value is None else number(value)


def date(value) -> str:
    if value is None:
        return ""
    if isinstance(value, dt.datetime):
        value = value.date()
    return value.isoformat()


def trimmed(value, max_decimals: int = 3) -> str:
    """A number with as many decimals as it needs, at most ``max_decimals``: 0,5 / 1 288 / 6,25."""
    d = _decimal(value).quantize(Decimal(1).scaleb(-max_decimals), ROUND_HALF_UP).normalize()
    decimals = max(-d.as_tuple().exponent, 0)
    return number(d, decimals)


def with_unit(value, unit: str, decimals: int | None = None) -> str:
    """A value as shown in findings: '1 288 424 kr', '17,5 %', '734 st'. An amount (kr, tkr,
    mkr) is shown with ``decimals`` decimals, or as many as it needs (None)."""
    if value is None:
        return "–"
    if isinstance(value, str):
        return value
    if unit in ("kr", "tkr", "mkr"):
        text = trimmed(value) if decimals is None else number(value, decimals)
        return text + NBSP + unit
    if unit == "%":
        return percent(value)
    if unit == "st":
        return count(value)
    if isinstance(value, dt.date):
        return date(value)
    return str(value)

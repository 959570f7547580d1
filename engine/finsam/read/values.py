"""Strict parsers for stored cell values: a cell's number text, Excel date serials, dates
typed as text. Typed Swedish numbers are parsed by ``finsam.numbers``."""
from __future__ import annotations

import datetime as dt
import re
from decimal import Decimal, InvalidOperation

from ..names import clean_text, has_illegal_xml  # noqa: F401  (re-exported for the reader)
from ..numbers import ValueProblem, parse_swedish_number  # noqa: F401  (re-exported)


def decimal_from_xml(text: str) -> Decimal:
    """The stored number of a cell (``<v>``), e.g. '476308' or '0.17499999999999999'."""
    try:
        value = Decimal(text.strip())
    except InvalidOperation:
        raise ValueProblem("ogiltigt tal i filen") from None
    if not value.is_finite():
        raise ValueProblem("ogiltigt tal i filen")
    return value


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

"""Find Swedish personal identity numbers (personnummer, samordningsnummer).

A match needs 10 or 12 digits (optionally ``-`` or ``+`` before the last four), a
date that exists (day + 60 for a samordningsnummer) and a valid Luhn check digit.
The number itself is never returned whole: callers get a masked form such as
``19121212-****``.
"""
from __future__ import annotations

import calendar
import re

_PATTERN = re.compile(r"(?<![\d])(\d{6}|\d{8})([-+]?)(\d{4})(?![\d])")


_SIX_DIGITS = re.compile(r"\d{6}")


def maybe(text: str) -> bool:
    """Cheap pre-test: no run of six digits, no personnummer."""
    return _SIX_DIGITS.search(text) is not None


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
    return any(day <= calendar.monthrange(y, month)[1] for y in years)


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
    return [masked for masked in map(_masked, _PATTERN.finditer(text)) if masked]


def mask(text: str) -> str:
    """``text`` with every personnummer or samordningsnummer replaced by its masked form,
    for anything that echoes user input in a message."""
    return _PATTERN.sub(lambda m: _masked(m) or m.group(0), text)

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


def find(text: str) -> list[str]:
    """Masked forms of every personnummer or samordningsnummer in ``text``."""
    found = []
    for m in _PATTERN.finditer(text):
        date, _, last = m.groups()
        if len(date) == 8:
            century, yymmdd = int(date[:2]), date[2:]
            if century not in (18, 19, 20):
                continue
            year = int(date[:4])
        else:
            yymmdd, year = date, None
        yy, mm, dd = int(yymmdd[:2]), int(yymmdd[2:4]), int(yymmdd[4:6])
        if not _date_ok(year, yy, mm, dd):
            continue
        if not luhn_ok(yymmdd + last):
            continue
        found.append(f"{date}-****")
    return found

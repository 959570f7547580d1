"""Numbers as people type them into Swedish spreadsheets.

Money is ``Decimal``, never float. Text typed the Swedish way is accepted: ``1 288 424``,
``17,5 %``, ``−409 221`` (Unicode minus), with ordinary, non-breaking or narrow spaces
between thousands. Anything ambiguous is refused with a reason. Used by the reader (typed
text cells) and by the workbook writer (cached values of formulas over example data).
"""
from __future__ import annotations

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
_UNITS = {"%": "%", "kr": "kr", "kr.": "kr", ":-": "kr", "tkr": "tkr", "mkr": "mkr", "mnkr": "mkr",
          "st": "st", "st.": "st"}


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
            # "tkr" and "mkr" must not be read as "kr" with a stray letter
            if suffix == "kr" and head.rstrip().lower().endswith(("t", "m", "mn")):
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

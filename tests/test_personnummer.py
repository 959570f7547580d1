"""Personnummer in every form (issue 15): text forms, numbers in any notation, masking,
and the defensive reading of stored numbers."""
from __future__ import annotations

import random
from decimal import Decimal

import pytest

from finsam.read import personnummer
from finsam.read.convert import convert, describe
from finsam.read.values import ValueProblem, decimal_from_xml, stored_number
from finsam.read.xlsx import Cell
from finsam.schema.fields import COUNT, DATE, KR, PERCENT, TEXT, TKR, YEAR, Column


def _luhn(nine: str) -> str:
    total = sum((d * 2 - 9 if d * 2 > 9 else d * 2) if i % 2 == 0 else d
                for i, d in enumerate(map(int, nine)))
    return str((10 - total % 10) % 10)


PNR_2002 = "021212123" + _luhn("021212123")  # born 2002: a number cell drops the 0


@pytest.mark.parametrize("text,masked", [
    ("19121212-1212", "19121212-****"),
    ("19121212\u20131212", "19121212-****"),      # en dash (Word's autocorrect)
    ("19121212\u22121212", "19121212-****"),      # minus sign
    ("19121212 - 1212", "19121212-****"),         # spaces around the separator
    ("121212 \u2013 1212", "121212-****"),
    ("121212\u00a0-\u00a01212", "121212-****"),   # no-break spaces
    ("121212 1212", "121212-****"),               # a space alone
    ("121212+1212", "121212-****"),               # over 100 years old
    ("19121212_1212", "19121212-****"),           # in a defined name or a file name
    ("191212121212", "19121212-****"),
    ("1912\u200b1212-12\u00ad12", "19121212-****"),  # zero-width space, soft hyphen
    ("\uff11\uff19\uff11\uff12\uff11\uff12\uff11\uff12-\uff11\uff12\uff11\uff12",
     "\uff11\uff19\uff11\uff12\uff11\uff12\uff11\uff12-****"),  # full-width digits
])
def test_text_forms_are_found_and_masked(text, masked):
    assert personnummer.find(f"Ring {text} i dag") == [masked]
    shown = personnummer.mask(f"Ring {text} i dag")
    assert shown == f"Ring {masked} i dag"


@pytest.mark.parametrize("text", ["19121212 -- 1212", "121212  x 1212", "20231231 1234",
                                  "1 288 424 kr", "476308 2023", "070-1234567", "12121212121"])
def test_text_not_a_personnummer(text):
    assert personnummer.find(text) == []


@pytest.mark.parametrize("stored,masked", [
    ("191212121212", "19121212-****"),
    ("191212121212.0", "19121212-****"),
    ("1.91212121212E11", "19121212-****"),
    ("1.91212121212e+11", "19121212-****"),
    ("-191212121212", "19121212-****"),
    (str(int(PNR_2002)), "021212-****"),           # 9 digits: the leading zero dropped
    ("19121212.1212", "19121212-****"),            # 19121212,1212 typed in Swedish Excel
    ("19121212.121199999", "19121212-****"),       # ... as Excel writes that double
    ("21212.123", "021212-****"),                  # 021212,1230: zero dropped twice
])
def test_typed_numbers_are_read_as_typed(stored, masked):
    assert personnummer.find_in_number(stored) == [masked]
    assert personnummer.mask_number(stored) == masked


@pytest.mark.parametrize("stored", [str(int(PNR_2002)), "19121212.1212", "21212.123"])
def test_only_typed_numbers_get_the_typing_forms(stored):
    """Elsewhere in a package (chart caches, pivot caches) only a 10- or 12-digit integer
    is read: 9-digit and decimal numbers there are nobody's typing."""
    assert personnummer.find_in_number(stored, typed=False) == []


@pytest.mark.parametrize("stored", ["476308", "121212.12", "191212121212.5", "1E999999999", "NaN",
                                    "1E-999999999", "9" * 5000, "0.17499999999999999", "1912121213"])
def test_numbers_that_are_not_a_personnummer(stored):
    assert personnummer.find_in_number(stored) == []


def test_budget_amounts_are_never_flagged():
    """Amounts up to 99 999 999 kr in every notation a program stores them in (integer,
    float, with öre) never pass for a personnummer: they have too few digits."""
    rng = random.Random(15)
    for _ in range(20_000):
        n = rng.randint(1, 99_999_999)
        for stored in (str(n), f"{n}.0", repr(float(n) / 1), f"{n}.{rng.randint(0, 99):02d}",
                       f"{n:.10E}"):
            assert personnummer.find_in_number(stored) == [], stored


@pytest.mark.parametrize("text,expected", [
    ("476308", "476308"), (" 0.175 ", "0.175"), ("1E+308", "1E+308"), ("-0", "-0"),
    ("1E-999999999", "0"), ("NaN", None), ("INF", None), ("-Infinity", None), ("1E999999999", None),
    ("0x1F", None), ("1_000", None), ("", None), ("1,5", None), ("9" * 65, None), ("١٢", "١٢"),
])
def test_stored_number(text, expected):
    assert stored_number(text) == expected


def test_absurd_numbers_are_a_value_problem_never_an_exception():
    columns = [Column("c", "C", kind) for kind in (KR, TKR, COUNT, PERCENT, YEAR, DATE, TEXT)]
    for raw in ("NaN", "INF", "1E999999999", "9" * 5000, "1E+308", "-1E+308", "1E-999999999"):
        cell = Cell("x", raw) if stored_number(raw) is None else Cell("n", stored_number(raw))
        for column in columns:
            try:
                convert(cell, column)
            except ValueProblem:
                pass
        assert len(describe(cell)) < 120
    with pytest.raises(ValueProblem):
        decimal_from_xml("1E999999999")
    assert decimal_from_xml("1E-999999999") == Decimal(0)


@pytest.mark.parametrize("cell", [
    Cell("e", "#19121212-1212"), Cell("d", "19121212 \u2013 1212"), Cell("n", "1.91212121212E11"),
    Cell("x", "191212121212" + "0" * 100 + "x"), Cell("s", "x" * 30 + " 19121212-1212 " + "y" * 30),
])
def test_describe_never_echoes_a_personnummer(cell):
    shown = describe(cell)
    assert "1212-1212" not in shown and "121212121212" not in shown and "1.912" not in shown, shown
    assert len(shown) < 120


def test_days_in_month_is_the_calendars():
    """The date check's month lengths, leap years included, are calendar.monthrange's."""
    import calendar

    from finsam.read.personnummer import _days_in

    assert [_days_in(y, m) for y in range(1890, 2110) for m in range(1, 13)] == \
        [calendar.monthrange(y, m)[1] for y in range(1890, 2110) for m in range(1, 13)]

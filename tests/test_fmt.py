"""The Swedish number formats against Babel's sv-SE (CLDR) output, which is the oracle:
finsam groups digits with Python's format specification and CLDR's sv-SE separators, so
every figure a document or a finding shows must be what Babel would print."""
from decimal import ROUND_HALF_UP, Decimal

import babel.numbers as babel_numbers
import pytest
from babel import Locale
from hypothesis import example, given, settings, strategies as st

from finsam import fmt

SV = Locale.parse("sv_SE")


def babel_number(value: Decimal, decimals: int) -> str:
    """Babel's sv-SE figure, with finsam's conventions: rounded half up first, the
    non-breaking space between thousands, the typographic minus."""
    d = value.quantize(Decimal(1).scaleb(-decimals), ROUND_HALF_UP)
    pattern = babel_numbers.parse_pattern("#,##0" + ("." + "0" * decimals if decimals else ""))
    text = pattern.apply(abs(d), SV).replace(" ", fmt.NBSP).replace("\u202f", fmt.NBSP)
    return (fmt.MINUS + text) if d < 0 else text


def test_cldr_separators_are_the_ones_used():
    symbols = SV.number_symbols["latn"] if "latn" in SV.number_symbols else SV.number_symbols
    assert symbols["decimal"] == ","
    assert symbols["group"].replace("\u202f", fmt.NBSP).replace(" ", fmt.NBSP) == fmt.NBSP


@settings(max_examples=400, deadline=None)
@given(st.decimals(min_value=-10**12, max_value=10**12, allow_nan=False, allow_infinity=False, places=4),
       st.integers(min_value=0, max_value=3))
@example(Decimal("0"), 0)
@example(Decimal("-0.04"), 1)
@example(Decimal("999.95"), 1)
@example(Decimal("-1288424"), 0)
@example(Decimal("1000"), 0)
@example(Decimal("0.5"), 0)
def test_number_is_babels_sv_se(value, decimals):
    assert fmt.number(value, decimals) == babel_number(value, decimals)


@pytest.mark.parametrize("value, decimals, expected", [
    (1288424, 0, "1\u00a0288\u00a0424"),
    (Decimal("-5695.4"), 1, "\u22125\u00a0695,4"),
    (Decimal("0.4"), 0, "0"),
    (Decimal("2.5"), 0, "3"),          # half up, as accountants round
    (Decimal("-0.04"), 1, "0,0"),      # no minus on a figure that rounds to zero
    (999, 0, "999"),
    (1000, 0, "1\u00a0000"),
    (12.25, 1, "12,3"),                # a float goes through its shortest repr, not its binary value
])
def test_number_examples(value, decimals, expected):
    assert fmt.number(value, decimals) == expected


def test_percent_and_with_unit():
    assert fmt.percent(Decimal("0.70437")) == "70,4\u00a0%"
    assert fmt.with_unit(Decimal("7360000"), "kr") == "7\u00a0360\u00a0000\u00a0kr"
    assert fmt.with_unit(Decimal("1844.5"), "tkr") == "1\u00a0844,5\u00a0tkr"
    assert fmt.tkr(Decimal("1844.5")) == "1\u00a0844,5"

"""References in free texts, printed: ``[eget kapital]`` becomes "1 288 424 kr".

One small function over the plain text of a paragraph (``fill``): the names are looked up
in the model's reference table (``model.prose.References``) and the figure is formatted the
Swedish way, amounts with the unit the förbund reports them in. The result is plain text
that the template prints autoescaped like any other cell: template syntax typed in a cell
("{{ x }}", "{% if %}") is never evaluated and prints as typed.
"""
from __future__ import annotations

from .. import fmt
from ..model.prose import References, Value, substitute
from .amounts import shown

NOT_REPORTED = "uppgift saknas"


def formatted(v: Value | None) -> str:
    """A figure as a sentence prints it: "5 695 tkr", "70,4 %", "734"."""
    if v is None or v.value is None:
        return NOT_REPORTED
    if v.kind == "belopp":
        s = shown(v.value, v.unit)
        return fmt.number(s.value, s.decimals) + fmt.NBSP + s.unit
    if v.kind == "andel":  # a goal typed as 20 % prints "20 %", a computed share "17,5 %"
        whole = (v.value * 100) == (v.value * 100).to_integral_value()
        return fmt.percent(v.value, 0 if whole else 1)
    return fmt.count(v.value)


def fill(text: str, refs: References) -> str:
    """``text`` with every reference replaced by its formatted figure (validated in the
    model: an unknown name never gets here; if it did, it prints as typed)."""
    def one(name: str) -> str:
        v = refs.resolve(name)
        return formatted(v) if v is not None else f"[{name}]"
    return substitute(text, one) if "[" in text or "]" in text else text

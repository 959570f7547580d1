"""Figures in the prose: every literal number in a free text that names a figure of the
report agrees with it, and a number that equals a figure is better written as a reference.

The numbers and what their wording names come from ``model.prose.literals``; a number is
compared the way rounded figures agree (half of its last printed digit plus the figure's
own rounding: "7,4 mkr" is 7 360 000 kr, "746" is 745,6). A number about another year
than the report's, a goal's target value in a sentence that is not about that goal, or an
approximate one ("cirka 90") is not compared.
"""
from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal
from typing import TYPE_CHECKING

from ..model.prose import FreeText, Literal, References, Value, free_texts, literals, references_in
from ..units import TKR
from .catalogue import avvikelse, declare, saknas, tips
from .registry import checker, verdict

if TYPE_CHECKING:  # annotations only: the minutes, the plan and the ansökan use this module too
    from ..model.arsredovisning import Forbund
    from ..model.figures import Figures

check = checker("arsredovisning")
# The texts' codes: every kind whose texts this module checks declares them (the minutes, the
# verksamhetsplan and the ansökan in their own check modules), so each kind lists them.
TEXT_CODES = (
    tips("text-siffra-referens", "Ett tal i en text som är en siffra ur tabellerna: skriv en referens i stället",
         "text"),
    avvikelse("text-siffra-avviker", "Ett tal i en text stämmer inte med den siffra orden pekar ut", "text"),
    avvikelse("text-andel-namnare", "En procentsats i en text räknad på en annan nämnare än texten säger", "text"),
    saknas("text-referens-saknas", "En referens i en text till en siffra som inte är redovisad", "text"),
)
declare("arsredovisning", *TEXT_CODES)

SHARE_BY_DENOMINATOR = {
    ("andel individinriktat", "driftsbidrag"): "andel individinriktat av driftsbidraget",
    ("andel individinriktat", "kostnader"): "andel individinriktat av kostnaderna",
}
DENOMINATOR_WORDS = {"driftsbidrag": "driftsbidraget", "kostnader": "verksamhetens kostnader"}


@dataclass
class Tally:
    """What the prose check did with the numbers (for the measurement in the tests)."""

    found: int = 0        # numbers parsed (years, dates and ranges are not numbers)
    other_year: int = 0   # about another year: not compared
    checked: int = 0
    matched: int = 0
    flagged: int = 0


def _agrees(lit: Literal, v: Value) -> bool:
    if lit.more_than:
        return v.value > lit.value
    return abs(lit.value - v.value) <= lit.half + v.half


def _shown(lit: Literal, v: Value):
    """(expected, actual, unit) as the finding shows them: amounts in the unit printed."""
    if lit.kind == "belopp":
        unit = lit.unit or TKR
        return v.value / unit.scale, lit.value / unit.scale, unit.name
    if lit.kind == "andel":
        return v.value, lit.value, "%"
    return v.value, lit.value, "st"


def _quote(lit: Literal) -> str:
    sentence = lit.sentence if len(lit.sentence) <= 220 else lit.sentence[:217] + "…"
    return f"”{sentence}”"


def _share_value(refs: References, lit: Literal, denominator: str, fig: Figures, f: Forbund) -> Value | None:
    """The share a percentage's wording names, over ``denominator``."""
    name = SHARE_BY_DENOMINATOR.get((lit.name, denominator))
    if name is not None:
        return refs.resolve(name)
    if lit.name == "andel strukturövergripande" and denominator == "kostnader":
        return refs.resolve("andel strukturövergripande av kostnaderna")
    if lit.name == "andel strukturövergripande" and denominator == "driftsbidrag":
        return refs.resolve(lit.name)
    return None


def _candidates(refs: References, lit: Literal, fig: Figures, f: Forbund) -> list[Value]:
    """The figures the number's wording names (usually one; insatser's cost also as the
    detailed follow-up sums it)."""
    if lit.kind == "andel" and lit.denominator in DENOMINATOR_WORDS and lit.name in (
            "andel individinriktat", "andel strukturövergripande"):
        v = _share_value(refs, lit, lit.denominator, fig, f)
        return [v] if v is not None else []
    v = refs.resolve(lit.name)
    out = [v] if v is not None else []
    if lit.name == "kostnad insatser" and refs.budget_insatser is not None:
        unit = next((r.src.unit for r in f.budget if r.src.unit is not None), TKR)
        out.append(Value("kostnad insatser", "belopp", refs.budget_insatser, unit,
                         "ekonomi.xlsx, Budgetuppföljning (summa insatser)"))
    return out


def _unnamed_amount(t: FreeText, lit, refs, tally: Tally):
    """An amount whose words name no figure: a hint if it equals one of the document's amounts."""
    tally.checked += 1
    equal = next((v for v in refs.values.values()
                  if v.kind == "belopp" and v.value is not None and _agrees(lit, v)), None)
    if equal is not None:
        tally.matched += 1
        yield _hint(t, lit, equal)


def text_findings(t: FreeText, refs: References, f: Forbund, fig: Figures, tally: Tally | None = None):
    """The findings of one free text's numbers (``tally`` counts what was done with them)."""
    tally = tally if tally is not None else Tally()
    year = f.settings.ar
    for lit in literals(t.text, year, t.insats, t.goal, t.result):
        tally.found += 1
        if lit.other_year:
            tally.other_year += 1
            continue
        if lit.kind == "tal":
            continue
        if lit.name is None:
            if lit.kind == "belopp":
                yield from _unnamed_amount(t, lit, refs, tally)
            continue
        values = [v for v in _candidates(refs, lit, fig, f) if v.value is not None]
        if not values:
            continue
        tally.checked += 1
        wrong = [v for v in values if not _agrees(lit, v)]
        if not wrong:
            tally.matched += 1
            yield _hint(t, lit, values[0])
            continue
        tally.flagged += 1
        v = wrong[0]
        if lit.kind == "andel" and lit.denominator in DENOMINATOR_WORDS:
            other = "kostnader" if lit.denominator == "driftsbidrag" else "driftsbidrag"
            alt = _share_value(refs, lit, other, fig, f)
            if alt is not None and alt.value is not None and _agrees(lit, alt):
                expected, actual, unit = _shown(lit, v)
                yield verdict("text-andel-namnare", False, t.loc, expected, actual,
                              f"Texten säger {_quote(lit)}: {lit.text} av {DENOMINATOR_WORDS[lit.denominator]}, "
                              f"men av {DENOMINATOR_WORDS[lit.denominator]} är det {{expected}} ({v.where}); "
                              f"{lit.text} är andelen av {DENOMINATOR_WORDS[other]}. Rätta nämnaren i texten "
                              f"eller skriv [{alt.name}].", unit)
                continue
        expected, actual, unit = _shown(lit, v)
        more = "fler än " if lit.more_than else ""
        yield verdict("text-siffra-avviker", False, t.loc, expected, actual,
                      f"Texten säger {_quote(lit)}: {more}{lit.text} som {v.name}, men {v.where} ger "
                      f"{{expected}}. Rätta talet eller skriv [{v.name}] så skrivs siffran in från tabellen.",
                      unit)


def _hint(t: FreeText, lit: Literal, v: Value):
    expected, actual, unit = _shown(lit, v)
    return verdict("text-siffra-referens", False, t.loc, expected, actual,
                   f"Talet {lit.text} i texten är {v.name} ({v.where}): skriv [{v.name}] så följer texten "
                   "med när siffran ändras.", unit)


@check
def prose_figures(f: Forbund, fig: Figures, previous=None):
    refs = References(f, fig)
    for t in free_texts(f):
        yield from text_findings(t, refs, f, fig)
        for name in references_in(t.text):
            v = refs.resolve(name)
            if v is not None and v.value is None:
                yield verdict("text-referens-saknas", False, t.loc, "ett värde", "en tom cell",
                              f"Texten refererar till [{name}], men {v.where} redovisar den inte: texten får "
                              "”uppgift saknas”. Fyll i siffran eller ta bort referensen.")



def minutes_text_findings(t: FreeText, refs, year: int, tally: Tally | None = None):
    """The findings of one § text's numbers against the meeting's own figures
    (``model.prose.MinutesReferences``): the same parser and the same comparison as the
    annual report's texts."""
    from ..model.prose import minutes_literals

    return table_text_findings(t, refs, year, minutes_literals, tally)


def table_text_findings(t: FreeText, refs, year: int, parse, tally: Tally | None = None):
    """The findings of one text's numbers against its document's own figures (``refs``: a
    ``model.prose.MinutesReferences`` or ``TableReferences``; ``parse``: the document's
    ``*_literals``, which names each number by those figures)."""
    tally = tally if tally is not None else Tally()
    for lit in parse(t.text, year):
        tally.found += 1
        if lit.other_year:
            tally.other_year += 1
            continue
        if lit.kind == "tal" or (lit.name is None and lit.kind != "belopp"):
            continue
        if lit.name is None:
            yield from _unnamed_amount(t, lit, refs, tally)
            continue
        v = refs.resolve(lit.name)
        if v is None or v.value is None:
            continue
        tally.checked += 1
        if _agrees(lit, v):
            tally.matched += 1
            yield _hint(t, lit, v)
            continue
        tally.flagged += 1
        expected, actual, unit = _shown(lit, v)
        yield verdict("text-siffra-avviker", False, t.loc, expected, actual,
                      f"Texten säger {_quote(lit)}: {lit.text} som {v.name}, men {v.where} ger "
                      f"{{expected}}. Rätta talet eller skriv [{v.name}] så skrivs siffran in från tabellen.",
                      unit)


def minutes_reference_findings(t: FreeText, refs):
    """A reference in a § text to a figure the meeting does not report (no budget follow-up
    attached): the minutes print "uppgift saknas"."""
    for name in references_in(t.text):
        v = refs.resolve(name)
        if v is not None and v.value is None:
            yield verdict("text-referens-saknas", False, t.loc, "ett värde", "en tom cell",
                          f"Texten refererar till [{name}], men {v.where} redovisar den inte: texten får "
                          "”uppgift saknas”. Fyll i siffran, bifoga budgetuppföljningen eller ta bort referensen.")

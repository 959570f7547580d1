"""Figures in the prose: the references a free text can make (``[eget kapital]``) and the
literal numbers it prints. Pure: the annual report's model in, values out.

A reference is a name in square brackets from one table (``schema.texter.REFERENCES``,
``INSATS_REFERENCES``); each name resolves here to a figure of the model. The text is
never evaluated as a template: the names are looked up in that table and nothing else, so
``{{ … }}`` or ``{% … %}`` in a cell prints as typed. An unknown name is an input error at
its cell, with the closest names.

A literal number ("5 774 942 kr", "70,4 %", "199 individer, varav 93 kvinnor") is parsed
with its unit and the words around it, so that the checks can say which figure it names
and whether it agrees (``check.prose``).
"""
from __future__ import annotations

import re
from decimal import Decimal
from typing import TYPE_CHECKING, Callable

from ..errors import InputError, Location, Problem
from ..names import norm
from ..records import record
from ..schema.sammantrade import MINUTES_REFERENCES
from ..schema.texter import INSATS_PREFIX, INSATS_REFERENCES, REFERENCES
from ..units import KR, SCALES, Unit
from .figures import add

if TYPE_CHECKING:
    from .arsredovisning import Forbund
    from .figures import Figures

ZERO = Decimal(0)


def _close_matches(word, possibilities, n, cutoff):
    """difflib's suggestions, loaded only when a name is unknown."""
    import difflib

    return difflib.get_close_matches(word, possibilities, n, cutoff)


# [[ is a literal bracket; [name] is a reference; any other ] is itself.
REFERENCE_RE = re.compile(r"\[\[|\[([^\[\]\n]{0,120})\]")


@record
class Value:
    """A figure a reference names: kronor for "belopp" (printed in ``unit``), a share for
    "andel", a count for "antal"; None when not reported. ``where``: its source, in Swedish."""

    name: str
    kind: str
    value: Decimal | None
    unit: Unit | None
    where: str
    terms: int = 1     # how many rounded figures it sums (each may be half a unit off)

    @property
    def half(self) -> Decimal:
        """How far the exact value may lie from the figure (its unit's rounding, per term)."""
        return self.unit.half * self.terms if self.kind == "belopp" and self.unit is not None else ZERO


@record
class FreeText:
    """One free-text cell of the annual report: where it is, what it says and, for an
    insats's description or goal result, which insats it is about."""

    loc: Location
    text: str
    insats: str | None = None
    goal: str | None = None       # a goal's result or comment: the goal as worded
    result: bool = False          # an insats goal's result: a count names only what the goal measures


# -- the references -------------------------------------------------------------------------

def _coarser(*units) -> Unit:
    return max((u for u in units if u is not None), key=lambda u: u.scale, default=KR)


def _d(value) -> Decimal | None:
    return None if value is None else Decimal(value)


def _share(part, whole) -> Decimal | None:
    return part / whole if part is not None and whole else None


def _budget_insatser(f: "Forbund") -> Decimal | None:
    """Summa insatser of the detailed follow-up (the groups that count as insatser)."""
    groups = {norm(g) for g in f.groups.insatser}
    rows = [r for r in f.budget if r.radtyp == "Summa grupp" and r.grupp and norm(r.grupp) in groups]
    return add(*(r.utfall for r in rows)) if rows else None


def _general(f: "Forbund", fig: "Figures") -> dict[str, tuple[Decimal | None, Unit | None, str]]:
    """Every name of REFERENCES -> (value, unit for amounts, where it comes from)."""
    s, p, c = f.settings, fig.participants, fig.insats_costs
    report = _coarser(KR, f.rr.unit)
    ins_unit = c.unit or (f.insatser[0].src.unit if f.insatser else KR)
    ek_fg = f.br.value("eget_kapital", "fg_ar")
    change = abs(s.driftsbidrag - s.driftsbidrag_fg) if s.driftsbidrag_fg is not None else None
    kostnader = f.rr.value("kostnader")
    eko, ins, delt = "ekonomi.xlsx, Inställningar", "insatser.xlsx, Insatser", "deltagare.xlsx, summaraden"
    rr, br = "ekonomi.xlsx, resultaträkningen", "ekonomi.xlsx, balansräkningen"
    return {
        "driftsbidrag": (s.driftsbidrag, report, eko),
        "driftsbidrag föregående år": (s.driftsbidrag_fg, report, eko),
        "förändring driftsbidrag": (change, report, eko),
        "intäkter": (f.rr.value("intakter"), f.rr.unit, rr),
        "kostnader": (kostnader, f.rr.unit, rr),
        "årets resultat": (abs(fig.arets_resultat) if fig.arets_resultat is not None else None, f.rr.unit, rr),
        "balanskravsresultat": (fig.balanskravsresultat, f.bkr.unit, "ekonomi.xlsx, balanskravsresultatet"),
        "eget kapital": (fig.eget_kapital, f.br.unit, br),
        "eget kapital föregående år": (ek_fg, f.br.unit, br),
        "till förfogande": (s.driftsbidrag + ek_fg if ek_fg is not None else None, _coarser(report, f.br.unit),
                            "driftsbidraget och eget kapital vid årets början"),
        "andel eget kapital": (_share(fig.eget_kapital, s.driftsbidrag), None, "eget kapital / driftsbidraget"),
        "eget kapital tak": (s.ek_tak, None, eko),
        "eget kapital golv": (s.ek_golv, _coarser(KR, f.br.unit), eko),
        "soliditet": (fig.soliditet.value, None, "eget kapital / summa tillgångar"),
        "kostnad insatser": (fig.insatser_utfall, ins_unit, ins),
        "kostnad individinriktat": (fig.individ_utfall, ins_unit, ins + " (individinriktade)"),
        "kostnad strukturövergripande": (fig.struktur_utfall, ins_unit, ins + " (strukturövergripande)"),
        "andel individinriktat": (fig.individ_andel.value, None,
                                  f"individinriktade insatser / {fig.individ_andel.denominator_label}"),
        "andel individinriktat av driftsbidraget": (_share(fig.individ_utfall, s.driftsbidrag), None,
                                                    "individinriktade insatser / driftsbidraget"),
        "andel individinriktat av kostnaderna": (_share(fig.individ_utfall, kostnader), None,
                                                 "individinriktade insatser / verksamhetens kostnader"),
        "andel strukturövergripande": (_share(fig.struktur_utfall, s.driftsbidrag), None,
                                       "strukturövergripande insatser / driftsbidraget"),
        "andel strukturövergripande av kostnaderna": (_share(fig.struktur_utfall, kostnader), None,
                                                      "strukturövergripande insatser / verksamhetens kostnader"),
        "mål individinriktat": (s.individ_mal, None, eko),
        "deltagare": (_d(p.totalt), None, delt),
        "deltagare kvinnor": (_d(p.kvinnor), None, delt),
        "deltagare män": (_d(p.man), None, delt),
        "till arbete eller studier": (_d(p.arbete_studier), None, delt),
        "till arbete eller studier kvinnor": (_d(p.arbete_studier_kvinnor), None, delt),
        "till arbete eller studier män": (_d(p.arbete_studier_man), None, delt),
        "till arbete": (_d(p.arbete), None, delt),
        "till studier": (_d(p.studier), None, delt),
        "volyminsatser": (_d(p.volym), None, delt),
        "insatser": (Decimal(len(f.insatser)) if f.insatser else None, None, ins),
        "sammanträden": (Decimal(len(f.meetings)) if f.meetings else None, None, "ekonomi.xlsx, Sammanträden"),
        "ledamöter": (Decimal(sum(1 for b in f.board if b.ordinarie)) if f.board else None, None,
                      "ekonomi.xlsx, Styrelse"),
        "ersättare": (Decimal(sum(1 for b in f.board if not b.ordinarie)) if f.board else None, None,
                      "ekonomi.xlsx, Styrelse"),
        "anställda": (_d(s.anstallda), None, eko),
    }


_INSATS_FIELDS: dict[str, Callable] = {
    "budget": lambda i, r: i.budget if i else None,
    "utfall": lambda i, r: i.utfall if i else None,
    "ej förbrukat": lambda i, r: i.ej_forbrukat if i else None,
    "deltagare": lambda i, r: _d(r.totalt if r.totalt is not None else add(r.kvinnor, r.man, r.okant_kon))
    if r else None,
    "deltagare kvinnor": lambda i, r: _d(r.kvinnor) if r else None,
    "deltagare män": lambda i, r: _d(r.man) if r else None,
    "till arbete eller studier": lambda i, r: _d(add(r.arbete_kvinnor, r.arbete_man, r.arbete_okant,
                                                     r.studier_kvinnor, r.studier_man, r.studier_okant))
    if r else None,
    "till arbete eller studier kvinnor": lambda i, r: _d(add(r.arbete_kvinnor, r.studier_kvinnor)) if r else None,
    "till arbete eller studier män": lambda i, r: _d(add(r.arbete_man, r.studier_man)) if r else None,
    "till arbete": lambda i, r: _d(add(r.arbete_kvinnor, r.arbete_man, r.arbete_okant)) if r else None,
    "till studier": lambda i, r: _d(add(r.studier_kvinnor, r.studier_man, r.studier_okant)) if r else None,
    "volyminsatser": lambda i, r: _d(r.volym) if r else None,
}

_FIELDS_LONGEST_FIRST = sorted(_INSATS_FIELDS, key=len, reverse=True)  # "deltagare kvinnor" before "deltagare"
_KINDS = {r.name: r.kind for r in REFERENCES}
_INSATS_KINDS = {r.name: r.kind for r in INSATS_REFERENCES}
if set(_INSATS_FIELDS) != set(_INSATS_KINDS):  # the table and its resolvers are one list
    raise RuntimeError("schema.texter.INSATS_REFERENCES and model.prose._INSATS_FIELDS differ")


class References:
    """The references of one annual report: name -> Value, resolved once."""

    def __init__(self, f: "Forbund", fig: "Figures"):
        self.f = f
        general = _general(f, fig)
        if set(general) != set(_KINDS):
            raise RuntimeError("schema.texter.REFERENCES and model.prose._general differ")
        n_individ = sum(1 for i in f.insatser if i.individinriktad)
        terms = {"kostnad insatser": len(f.insatser), "kostnad individinriktat": n_individ,
                 "kostnad strukturövergripande": len(f.insatser) - n_individ}
        self.values = {norm(name): Value(name, _KINDS[name], _d(v) if v is not None else None,
                                         unit if _KINDS[name] == "belopp" else None, where,
                                         max(terms.get(name, 1), 1))
                       for name, (v, unit, where) in general.items()}
        self.insatser = {norm(i.namn): i for i in f.insatser}
        self.rows = {norm(r.insats): r for r in f.participants}
        self.budget_insatser = _budget_insatser(f)

    def insats_names(self) -> list[str]:
        names = [i.namn for i in self.f.insatser]
        return names + [r.insats for r in self.f.participants if norm(r.insats) not in self.insatser]

    def insats(self, insats: str, field: str) -> Value | None:
        key = norm(field)
        i, r = self.insatser.get(norm(insats)), self.rows.get(norm(insats))
        if key not in _INSATS_FIELDS or (i is None and r is None):
            return None
        kind = _INSATS_KINDS[key]
        unit = i.src.unit_of(key if key != "ej förbrukat" else "ej_forbrukat") if i is not None else None
        name = i.namn if i is not None else r.insats
        where = ("insatser.xlsx, Insatser" if kind == "belopp" else "deltagare.xlsx, Deltagare") + f" ({name})"
        return Value(f"{INSATS_PREFIX} {name} {key}", kind, _d(_INSATS_FIELDS[key](i, r)),
                     unit or KR if kind == "belopp" else None, where)

    def resolve(self, name: str) -> Value | None:
        """The figure ``name`` refers to, or None when no figure has that name."""
        key = norm(name)
        if key.startswith(INSATS_PREFIX):
            rest = key[len(INSATS_PREFIX):].strip()
            for field in _FIELDS_LONGEST_FIRST:
                if rest.endswith(" " + field):
                    return self.insats(rest[: -len(field) - 1].strip(), field)
            return None
        return self.values.get(key)

    def suggestions(self, name: str, n: int = 3) -> list[str]:
        key = norm(name)
        if key.startswith(INSATS_PREFIX):
            rest = key[len(INSATS_PREFIX):].strip()
            candidates = [f"{INSATS_PREFIX} {i} {fld}" for i in self.insats_names() for fld in _INSATS_FIELDS]
            close = _close_matches(f"{INSATS_PREFIX} {rest}", [norm(c) for c in candidates], n, 0.5)
            by_norm = {norm(c): c for c in candidates}
            return [by_norm[c] for c in close]
        names = [r.name for r in REFERENCES]
        close = _close_matches(key, [norm(x) for x in names], n, 0.5)
        by_norm = {norm(x): x for x in names}
        return [by_norm[c] for c in close]


class MinutesReferences:
    """The references of a § text: the meeting's own figures and its budget follow-up's
    (the first bilaga of the meeting; none: those figures are not reported)."""

    KINDS = {r.name: r.kind for r in MINUTES_REFERENCES}

    def __init__(self, m):
        present = [a for a in m.attendees if a.present]
        u = m.attachments[0] if m.attachments else None
        unit = u.unit if u is not None else None
        result = u.row("Resultat") if u is not None else None
        start = u.start if u is not None else None
        equity = u.equity if u is not None else None
        where = f"{u.source}, Budgetuppföljning" if u is not None else "budgetuppföljningen (ingen bilaga)"
        count = "sammantrade.xlsx, Närvaro"
        values = {
            "närvarande ledamöter": (Decimal(sum(1 for a in present if a.kategori == "Ordinarie")), None, count),
            "tjänstgörande ersättare": (Decimal(sum(1 for a in m.attendees if a.serving)), None, count),
            "ordinarie ledamöter": (Decimal(sum(1 for a in m.attendees if a.kategori == "Ordinarie")), None, count),
            "paragrafer": (Decimal(len(m.paragraphs)), None, "sammantrade.xlsx, Paragrafer"),
            "budget resultat": (result.budget if result is not None else None, unit, where),
            "utfall resultat": (result.utfall if result is not None else None, unit, where),
            "prognos resultat": (result.prognos if result is not None else None, unit, where),
            "eget kapital vid årets början": (start.value if start is not None else None,
                                              start.unit if start is not None else unit, where),
            "prognos eget kapital": (equity.value if equity is not None else None, unit, where),
            "andel eget kapital prognos": (equity.share if equity is not None and equity.allocation else None,
                                           None, where),
        }
        if set(values) != set(self.KINDS):
            raise RuntimeError("schema.texter.MINUTES_REFERENCES and model.prose.MinutesReferences differ")
        self.values = {norm(k): Value(k, self.KINDS[k], _d(v) if v is not None else None,
                                      (u_ or KR) if self.KINDS[k] == "belopp" else None, w)
                       for k, (v, u_, w) in values.items()}

    def resolve(self, name: str) -> Value | None:
        return self.values.get(norm(name))

    def suggestions(self, name: str, n: int = 3) -> list[str]:
        names = [r.name for r in MINUTES_REFERENCES]
        by_norm = {norm(x): x for x in names}
        return [by_norm[c] for c in _close_matches(norm(name), list(by_norm), n, 0.5)]


def validate_minutes(m) -> None:
    """Every reference in a § text or decision names a figure of the minutes."""
    refs = MinutesReferences(m)
    problems = []
    for p in m.paragraphs:
        for key in ("text", "beslut"):
            for name in references_in(getattr(p, key) or ""):
                if refs.resolve(name) is None:
                    problems.append(_unknown(p.src.loc(key), name, refs.suggestions(name), "sammantrade.xlsx"))
    if problems:
        raise InputError(problems)


def _unknown(loc: Location, name: str, close: list[str], workbook: str) -> Problem:
    hint = ("Menade du " + " eller ".join(f"[{c}]" for c in close) + "? " if close else "") + \
        f"Alla namn står på bladet Instruktioner i {workbook}; skriv [[ för en vanlig vänsterhakparentes."
    return Problem(loc, "en referens till en siffra som programmet känner", f"[{name}]", hint)


def _named(m) -> bool:
    """A ``[name]`` with a name in it (``[[`` is a plain bracket, and so is ``[]`` or ``[ ]``)."""
    return m.group(1) is not None and m.group(1).strip() != ""


def references_in(text: str) -> list[str]:
    """The names referred to in ``text``, in order."""
    return [m.group(1) for m in REFERENCE_RE.finditer(text or "") if _named(m)]


def substitute(text: str, lookup: Callable[[str], str]) -> str:
    """``text`` with each ``[name]`` replaced by ``lookup(name)`` and ``[[`` by one bracket.
    A plain substitution: nothing in the text is evaluated."""
    def one(m):
        if m.group(1) is None:
            return m.group(0)[0]
        return lookup(m.group(1)) if _named(m) else m.group(0)
    return REFERENCE_RE.sub(one, text)


def free_texts(f: "Forbund") -> list[FreeText]:
    """Every free-text cell of the annual report that a reference may appear in."""
    out = []
    src = f.texts_src
    for key, text in f.texts.items():
        if isinstance(text, str) and text.strip():
            loc = src.loc(key) if src is not None else Location("texter.xlsx", "Texter")
            out.append(FreeText(loc, text))
    for i in f.insatser:
        if i.beskrivning:
            out.append(FreeText(i.src.loc("beskrivning"), i.beskrivning, i.namn))
    for g in f.insats_goals:
        if g.resultat:
            out.append(FreeText(g.src.loc("resultat"), g.resultat, g.insats, g.mal, True))
    for g in f.goals:
        if g.kommentar:
            out.append(FreeText(g.src.loc("kommentar"), g.kommentar, goal=g.mal))
    return out


def validate(f: "Forbund", refs: References) -> None:
    """Every reference in every free text names a figure; else an InputError at its cell
    with the closest names."""
    problems = []
    for t in free_texts(f):
        for name in references_in(t.text):
            if refs.resolve(name) is not None:
                continue
            problems.append(_unknown(t.loc, name, refs.suggestions(name), "texter.xlsx"))
    if problems:
        raise InputError(problems)


# -- literal numbers in a text ----------------------------------------------------------------

@record
class Literal:
    """A number printed in a free text, with what its wording says it is."""

    text: str                   # as printed: "5 774 942 kr", "70,4 %", "103"
    value: Decimal              # kronor (belopp), a share (andel) or a count (antal)
    half: Decimal               # half of its last printed digit, in the value's unit
    kind: str                   # "belopp", "andel", "antal" (a count word follows) or "tal"
    unit: Unit | None           # belopp: the unit printed
    sentence: str
    name: str | None            # the reference name its wording names (None: none)
    denominator: str | None     # andel: "driftsbidrag" or "kostnader" as worded (None: not worded)
    other_year: bool            # about another year than the report's
    target: bool                # a goal's value ("minst 70 %", "ska inte överstiga 20 procent")
    more_than: bool             # "över 199": the figure should be greater


# A number: digits grouped by spaces (1 288 424) or not, an optional decimal comma; not part
# of a date (27/1, 2024-03-01), a range (16–65), a decimal point (3.9) or a longer number.
_NUM = (r"(?<![\d,.:/\-–])(?<!\d[ \u00a0])(?!0\d)(\d{1,3}(?:[ \u00a0\u202f]\d{3})+|\d+)(?:,(\d+))?"
        r"(?![\d/:]|[.,]\d|\s?[-–]\s?\d)")
_UNIT = (r"(?:\s*(?P<unit>miljoner kronor|mnkr|mkr|tkr|kronor|kr\b|%|procentenheter|procent\b))?")
_COUNT_WORDS = ("deltagare", "individer", "personer", "kvinnor", "kvinna", "män", "man", "sammanträden",
                "insatser", "ledamöter", "ersättare", "anställda", "anställningar")
_COUNT = r"(?:\s*(?:st\.?\s+)?(?:[a-zåäö]+\s+){0,2}?(?P<word>" + "|".join(_COUNT_WORDS) + r")\b)?"
NUMBER_RE = re.compile(_NUM + _UNIT + _COUNT, re.IGNORECASE)
YEAR_RE = re.compile(r"(?<![\d,.])(?:19|20)\d{2}(?![\d,]|\s*(?:kr|tkr|mkr|%|procent|st)\b)")
_SENTENCE_END = re.compile(r"(?<=[.!?])\s+(?=[A-ZÅÄÖ0-9\[(\"”])|\n+")
_ABBREVIATIONS = {"jmf", "jfr", "t.ex", "bl.a", "ca", "st", "resp", "inkl", "exkl", "kl", "nr", "s.k", "d.v.s",
                  "dvs", "m.m", "o.s.v", "osv", "fr.o.m", "t.o.m"}


def sentences(text: str) -> list[str]:
    """``text`` split into sentences (a line break ends one; "jmf. 137" does not)."""
    out, start = [], 0
    for m in _SENTENCE_END.finditer(text):
        if "\n" not in m.group(0):
            word = text[:m.start()].rstrip(".!?").rsplit(None, 1)[-1].casefold() if text[:m.start()].strip() else ""
            if word in _ABBREVIATIONS:
                continue
        out.append(text[start:m.start()])
        start = m.end()
    out.append(text[start:])
    return [s for s in out if s.strip()]


_CLAUSE_RE = re.compile(r"[,;:()]")

_TARGET = re.compile(r"\b(minst|högst|riktvärde|målsättning|målet|ska|skall|överstiga|understiga|bör)\b", re.I)
_CHANGE = re.compile(r"\b(ökning|minskning|sänkning|höjning|förändring|skillnad|fler|färre|mer än|mindre än|"
                     r"ökade|minskade|sänktes|höjdes|ökat|minskat)\b", re.I)
_APPROX = re.compile(r"\b(cirka|ca|omkring|ungefär|drygt|knappt|nästan|närmare|nära|runt|upp till)\s*$", re.I)
_MORE = re.compile(r"\b(över|mer än|fler än)\s*$", re.I)
_OTHER_COUNT = re.compile(r"avslut|aktualiser|mätning|svar|respond|kontakt|\bsip\b|konsult|praktik|deltog|"
                          r"kurs|grupp|halvan|delår|beslut|möte|utredning|insjuknade", re.I)
_BOTH = re.compile(r"arbete eller studier|anställningar eller studier|arbete och studier|arbete/studier|"
                   r"arbete eller utbildning", re.I)
_WORK = re.compile(r"mot arbete|till arbete|påbörjat anställning|till anställning", re.I)
_STUDY = re.compile(r"mot utbildning|till utbildning|mot studier|till studier", re.I)

# Amount keywords, most specific first: the one nearest the number in its clause names it.
_AMOUNT_WORDS = (
    (re.compile(r"förfogar|till förfogande|disponera", re.I), "till förfogande"),
    (re.compile(r"balanskravsresultat", re.I), "balanskravsresultat"),
    (re.compile(r"individ\s?(?:in)?riktad|individinriktat", re.I), "kostnad individinriktat"),
    (re.compile(r"strukturövergripande|struktur övergripande", re.I), "kostnad strukturövergripande"),
    (re.compile(r"eget kapital|egna kapital", re.I), "eget kapital"),
    (re.compile(r"plusresultat|minusresultat|överskott|underskott|resultat", re.I), "årets resultat"),
    (re.compile(r"driftsbidrag|driftbidrag|tilldelade medel|tilldelning|medlemsavgift", re.I), "driftsbidrag"),
    (re.compile(r"insatser|insatserna", re.I), "kostnad insatser"),
    (re.compile(r"kostnader", re.I), "kostnader"),
    (re.compile(r"intäkter", re.I), "intäkter"),
)
_SHARE_OF = (
    (re.compile(r"driftsbidrag|driftbidrag|tilldelade medel|tilldelning", re.I), "driftsbidrag"),
    (re.compile(r"kostnader|förbrukade medel", re.I), "kostnader"),
    (re.compile(r"tillgångar", re.I), "tillgångar"),
)
_SHARE_WHAT = (
    (re.compile(r"individ\s?(?:in)?riktad|individinriktat", re.I), "individ"),
    (re.compile(r"strukturövergripande|struktur övergripande", re.I), "struktur"),
    (re.compile(r"eget kapital|egna kapital|soliditet", re.I), "ek"),
    (re.compile(r"administration|styrelse|kansli", re.I), "admin"),
)


_NON_DIGIT = re.compile(r"\D")
_OPENING = re.compile(r"ingången|början av", re.I)
_OUTCOME_END = re.compile(r"[();]|\bsamt\b|\bjämfört\b")
_SAME_FIGURE = re.compile(r"motsvarande|samma siffra", re.I)
_DIGIT = re.compile(r"\d")


def _number(digits: str, decimals: str | None) -> tuple[Decimal, int]:
    whole = _NON_DIGIT.sub("", digits)
    return Decimal(whole + ("." + decimals if decimals else "")), len(decimals or "")


def _nearest(patterns, text: str, start: int, end: int):
    """The name of the pattern that matches nearest the span [start, end) in ``text``."""
    best = None
    for pattern, name in patterns:
        for m in pattern.finditer(text):
            distance = start - m.end() if m.end() <= start else m.start() - end if m.start() >= end else 0
            if distance >= 0 and (best is None or distance < best[0]):
                best = (distance, name)
    return best[1] if best else None


def _clause(sentence: str, start: int, end: int) -> tuple[int, int]:
    cuts = [m.start() for m in _CLAUSE_RE.finditer(sentence)]
    lo = max((c + 1 for c in cuts if c < start), default=0)
    hi = min((c for c in cuts if c >= end), default=len(sentence))
    return lo, hi


def _year_of(sentence: str, start: int, end: int, lo: int, hi: int, year: int) -> int:
    """The year a number is about: the nearest year in its clause, else the nearest before
    it in the sentence, else the report's."""
    years = [(m.start(), m.end(), int(m.group(0))) for m in YEAR_RE.finditer(sentence)]
    inside = [(min(abs(s - end), abs(start - e)), y) for s, e, y in years if lo <= s and e <= hi]
    if inside:
        found = min(inside)[1]
    else:
        before = [(start - e, y) for s, e, y in years if e <= start]
        found = min(before)[1] if before else year
    if found == year + 1 and _OPENING.search(sentence[lo:hi]):
        return year  # "eget kapital vid ingången till 2024" is this year's closing figure
    return found


def _outcome_span(sentence: str, start: int) -> str:
    """The words from a number to the next parenthesis, semicolon or "samt": where its
    outcome ("gått vidare till arbete eller studier") is said."""
    m = _OUTCOME_END.search(sentence, start)
    return sentence[start: m.start() if m else len(sentence)]


def _count_name(word: str, sentence: str, clause: str, insats: str | None, previous: "Literal | None",
                start: int = 0, goal: str | None = None, result: bool = False) -> str | None:
    prefix = f"{INSATS_PREFIX} {insats} " if insats else ""
    word = word.casefold()
    if word in ("kvinnor", "kvinna", "män", "man"):
        if previous is None or previous.name is None:
            return None
        base = previous.name
        splits = ("deltagare", "till arbete eller studier")
        if not any(base == prefix + s for s in splits):
            return None
        return f"{base} {'kvinnor' if word.startswith('kvinn') else 'män'}"
    if word in ("deltagare", "individer", "personer", "anställningar"):
        if _TARGET.search(clause) or _CHANGE.search(clause):
            return None
        if _SAME_FIGURE.search(sentence):
            return previous.name if previous is not None and previous.kind == "antal" else None
        after = _outcome_span(sentence, start) + " " + clause
        if goal and not (_BOTH.search(after) or _WORK.search(after) or _STUDY.search(after)):
            after += " " + goal  # "5 individer, mot 3 år 2021" under "Fler avslutas till arbete eller studier"
        if result and not (_BOTH.search(after) or _WORK.search(after) or _STUDY.search(after)
                           or word == "anställningar"):
            return None  # a goal's result counts what the goal measures, not the insats's participants
        if _BOTH.search(after):
            return prefix + "till arbete eller studier"
        if word == "anställningar" and insats:
            return prefix + "till arbete"
        if _WORK.search(after) and word != "anställningar":
            return prefix + "till arbete"
        if _STUDY.search(after):
            return prefix + "till studier"
        if _OTHER_COUNT.search(clause + " " + after) or word in ("personer", "anställningar"):
            return None
        return prefix + "deltagare"
    if insats or _TARGET.search(clause) or _CHANGE.search(clause):
        return None
    return {"sammanträden": "sammanträden", "insatser": "insatser", "ledamöter": "ledamöter",
            "ersättare": "ersättare", "anställda": "anställda"}.get(word)


def _share_name(sentence: str, lo: int, hi: int, start: int, end: int, target: bool):
    """(the reference a percentage's words name, the denominator they name): "70,4 % av
    förbundets kostnader" -> ("andel individinriktat", "kostnader")."""
    clause = sentence[lo:hi]
    what = _nearest(_SHARE_WHAT, clause, start - lo, end - lo) or _nearest(_SHARE_WHAT, sentence, start, end)
    denominator = _nearest(_SHARE_OF, sentence[start:], 0, 0) or _nearest(_SHARE_OF, sentence[:start], start, start)
    if _CHANGE.search(clause) and not target:
        return None, denominator  # "en ökning med 7 %"
    if what == "individ":
        return ("mål individinriktat" if target else "andel individinriktat"), denominator
    if what == "struktur" and not target:
        return "andel strukturövergripande", denominator
    if what == "ek":
        if denominator == "tillgångar" and not target:
            return "soliditet", denominator
        return ("eget kapital tak" if target else "andel eget kapital"), denominator
    return None, denominator


def _amount_name(clause: str, start: int, end: int, target: bool) -> str | None:
    """The reference an amount's words name: the nearest keyword in its clause."""
    name = _nearest(_AMOUNT_WORDS, clause, start, end)
    if name == "eget kapital" and target:
        return "eget kapital golv"  # "inte understiga 400 000 kronor"
    if name == "driftsbidrag" and _CHANGE.search(clause):
        return "förändring driftsbidrag"
    if target or (_CHANGE.search(clause) and name != "till förfogande"):
        return None
    return name


def literals(text: str, year: int, insats: str | None = None, goal: str | None = None,
             result: bool = False) -> list[Literal]:
    """The numbers printed in ``text`` (references removed first), years, dates, ranges and
    decimal points excluded, each with what its wording names."""
    if not text or not _DIGIT.search(text):
        return []  # no digit, no number (most texts)
    text = REFERENCE_RE.sub("X", text)  # a reference is a word, not a number
    out: list[Literal] = []
    previous: Literal | None = None
    for sentence in sentences(text):
        for m in NUMBER_RE.finditer(sentence):
            unit_word, word = m.group("unit"), m.group("word")
            value, decimals = _number(m.group(1), m.group(2))
            start, end = m.start(), m.end(1) if m.group(2) is None else m.end(2)
            if not unit_word and not decimals and 1900 <= value <= 2100 and len(m.group(1)) == 4:
                continue  # a year
            lo, hi = _clause(sentence, start, end)
            clause = sentence[lo:hi]
            before = sentence[max(lo, start - 20):start]
            target = bool(_TARGET.search(clause))
            other_year = _year_of(sentence, start, end, lo, hi, year) != year
            denominator, unit, kind, name, half = None, None, "tal", None, ZERO
            units = (unit_word or "").casefold()
            if units in ("%", "procent"):
                kind, value, half = "andel", value / 100, Decimal(5).scaleb(-decimals - 1) / 100
                name, denominator = _share_name(sentence, lo, hi, start, end, target)
            elif units and units != "procentenheter":
                unit = Unit({"miljoner kronor": "mkr", "mnkr": "mkr", "kronor": "kr"}.get(units, units))
                kind = "belopp"
                half = unit.scale * Decimal(5).scaleb(-decimals - 1) if unit.name != "kr" or decimals \
                    else Decimal("0.5")
                value = value * unit.scale
                name = _amount_name(clause, start - lo, end - lo, target)
            elif word:
                kind = "antal"
                name = _count_name(word, sentence, clause, insats, previous, start, goal, result)
            if _APPROX.search(before):
                name = None  # "cirka 90 personer": not a figure to compare
            lit = Literal(m.group(0).strip(), value, half, kind, unit, sentence.strip(), name, denominator,
                          other_year, target, kind == "antal" and name is not None and bool(_MORE.search(before)))
            out.append(lit)
            if (word or "").casefold() not in ("kvinnor", "kvinna", "män", "man"):
                previous = lit  # the figure a following "varav N kvinnor" splits
    return out


# -- literal numbers in the minutes' § texts ---------------------------------------------------

_MINUTES_AMOUNTS = {
    "årets resultat": ((re.compile(r"prognos", re.I), "prognos resultat"),
                       (re.compile(r"utfall|hittills", re.I), "utfall resultat"),
                       (re.compile(r"budget", re.I), "budget resultat")),
    "eget kapital": ((re.compile(r"början|ingående|ingången", re.I), "eget kapital vid årets början"),
                     (re.compile(r"prognos", re.I), "prognos eget kapital")),
    "andel eget kapital": ((re.compile(r"prognos", re.I), "andel eget kapital prognos"),),
    "ledamöter": ((re.compile(r"närvarande", re.I), "närvarande ledamöter"),
                  (re.compile(r"ordinarie", re.I), "ordinarie ledamöter")),
    "ersättare": ((re.compile(r"tjänstgör", re.I), "tjänstgörande ersättare"),),
}


def minutes_texts(m) -> list[FreeText]:
    """Every § text and decision cell of the minutes."""
    return [FreeText(p.src.loc(key), getattr(p, key)) for p in m.paragraphs for key in ("text", "beslut")
            if (getattr(p, key) or "").strip()]


def minutes_literals(text: str, year: int) -> list[Literal]:
    """The numbers of a § text (parsed as ``literals`` parses the annual report's), each named
    by a figure of the minutes (``MINUTES_REFERENCES``) when its sentence says which: "ett
    resultat på 676 000 kr" in a sentence about the prognos is the "prognos resultat"."""
    return renamed_literals(text, year, _MINUTES_AMOUNTS)


_ANY = re.compile("")
_EARLIER = re.compile(r"\b(?:sänkt|höjt|ändrat|tidigare)\s+från\b", re.I)  # "(sänkt från 70 %)": an old value


def renamed_literals(text: str, year: int, names: dict) -> list[Literal]:
    """The numbers of ``text`` as ``literals`` parses them, each renamed by ``names``: the
    annual report's name its wording gives (None: an amount no word names) -> ((pattern,
    the document's name), ...); the first pattern its sentence matches names it, none
    matching: the number names no figure of the document."""
    from dataclasses import replace

    out = []
    for lit in literals(text, year):
        name = None
        at = lit.sentence.find(lit.text)
        if lit.name is not None or (at >= 0 and not _APPROX.search(lit.sentence[:at])):  # not "cirka 900 000 kr"
            name = next((own for pattern, own in names.get(lit.name, ()) if pattern.search(lit.sentence)), None)
        out.append(replace(lit, name=name))
    return out


# -- the verksamhetsplan's and the ansökan's own figures -----------------------------------------

class TableReferences:
    """The references of a document whose texts name only its own figures: one table of
    the schema (``Reference``: name, help, kind) and each name's (value, unit, where)."""

    def __init__(self, table, values: dict, workbook: str):
        kinds = {r.name: r.kind for r in table}
        if set(values) != set(kinds):
            raise RuntimeError(f"the reference table of {workbook} and its resolvers differ")
        self.workbook, self.names = workbook, [r.name for r in table]
        self.values = {norm(k): Value(k, kinds[k], _d(v) if v is not None else None,
                                      (u or KR) if kinds[k] == "belopp" else None, w)
                       for k, (v, u, w) in values.items()}

    def resolve(self, name: str) -> Value | None:
        return self.values.get(norm(name))

    def suggestions(self, name: str, n: int = 3) -> list[str]:
        by_norm = {norm(x): x for x in self.names}
        return [by_norm[c] for c in _close_matches(norm(name), list(by_norm), n, 0.5)]

    def validate(self, texts: list[FreeText]) -> None:
        """Every reference in ``texts`` names a figure of the table; else an InputError at its
        cell with the closest names."""
        problems = [_unknown(t.loc, name, self.suggestions(name), self.workbook)
                    for t in texts for name in references_in(t.text) if self.resolve(name) is None]
        if problems:
            raise InputError(problems)


def plan_references(p) -> TableReferences:
    """The figures a text of the verksamhetsplan (model.verksamhetsplan.Plan) can name."""
    from ..schema.verksamhetsplan import PLAN_REFERENCES
    from .base import find_row

    unit, where = p.unit, f"{p.source}, Budget"
    rows = p.insats_rows()

    def insats_sum(typ=None):
        values = [r.ar1 for r in rows if r.ar1 is not None and (typ is None or r.insatstyp == typ)]
        return sum(values, ZERO) if values else None

    costs, result = find_row(p.budget, "Summa kostnader"), find_row(p.budget, "Resultat")
    share = p.individual("ar1")
    has_members = any(m.kategori == "Staten" for m in p.members)
    alloc = {y: (p.allocation(y) if has_members else None) for y in ("ar1", "ar2", "ar3")}
    facts = f"{p.source}, Uppgifter"
    equity = p.bb.get("eget_kapital", "ar1") if p.bb.has("eget_kapital", "ar1") else None
    values = {
        "driftsbidrag": (alloc["ar1"], unit, f"{p.source}, medlemsbidragen"),
        "driftsbidrag år 2": (alloc["ar2"], unit, f"{p.source}, medlemsbidragen"),
        "driftsbidrag år 3": (alloc["ar3"], unit, f"{p.source}, medlemsbidragen"),
        "statens tilldelning": (p.facts.staten_1, unit, facts),
        "budget kostnader": (costs.ar1 if costs is not None else None, unit, where),
        "budget resultat": (result.ar1 if result is not None else None, unit, where),
        "budget insatser": (insats_sum(), unit, where),
        "budget individinriktat": (insats_sum("Individinriktad"), unit, where),
        "budget strukturövergripande": (insats_sum("Strukturövergripande"), unit, where),
        "andel individinriktat": (share.ratio.value if share is not None else None, None, where),
        "mål individinriktat": (p.facts.individ_mal, None, facts),
        "eget kapital": (equity, unit, f"{p.source}, Balansbudget"),
        "insatser": (Decimal(len(rows)) if rows else None, None, where),
    }
    return TableReferences(PLAN_REFERENCES, values, p.source)


def plan_texts(p) -> list[FreeText]:
    return [FreeText(t.src.loc("text"), t.text) for t in p.texts if (t.text or "").strip()]


def application_references(a) -> TableReferences:
    """The figures a text of an ansökan om medel (model.ansokan.Application) can name."""
    from ..schema.ansokan import BUDGET_YEARS
    from ..schema.ansokan import APPLICATION_REFERENCES

    unit, costs = a.unit, f"{a.source}, Kostnader"
    keys = [k for k, _ in a.years]
    year = {i: (a.year_total(k) if k in keys else None) for i, k in enumerate(BUDGET_YEARS, 1)}
    values = {
        "sökt belopp": (a.facts.sokt_belopp, unit, f"{a.source}, Ansökan"),
        "budget totalt": (a.budget_total, unit, costs),
        "budget år 1": (year[1], unit, costs),
        "budget år 2": (year[2], unit, costs),
        "budget år 3": (year[3], unit, costs),
        "budgetår": (Decimal(len(a.years)), None, f"{a.source}, Ansökan"),
        "samverkansparter": (Decimal(len(a.partners)), None, f"{a.source}, Samverkansparter"),
        "parter i samverkan": (Decimal(len(a.cooperating)), None, f"{a.source}, Sökande och Samverkansparter"),
        "minst parter": (Decimal(a.terms.minst_parter), None, f"{a.source}, Villkor"),
    }
    return TableReferences(APPLICATION_REFERENCES, values, a.source)


def application_texts(a) -> list[FreeText]:
    d = a.description
    out = [FreeText(d.src.loc(key), getattr(d, key)) for key in
           ("sammanfattning", "bakgrund", "syfte", "malgrupp", "mal_forbehall") if (getattr(d, key) or "").strip()]
    return out + [FreeText(s.src.loc("text"), s.text) for s in a.sections if (s.text or "").strip()]


# The annual report's names (``literals``) -> the verksamhetsplan's (PLAN_REFERENCES): the plan
# budgets its first year, so "kostnader", "resultat", "insatser" are that year's budget.
_PLAN_NAMES = {
    "driftsbidrag": ((re.compile(r"eget kapital|egna kapital", re.I), None),  # a sum of both: not one figure
                     (re.compile(r"\bstatens\s+(?:tilldelning|bidrag|medel|andel)|\bstaten\s+(?:tilldelar|bidrar|"
                                 r"står för)", re.I), "statens tilldelning"),
                     (_ANY, "driftsbidrag")),
    "förändring driftsbidrag": (),
    "kostnader": ((_ANY, "budget kostnader"),),
    "årets resultat": ((_ANY, "budget resultat"),),
    "kostnad insatser": ((re.compile(r"styrning|förvaltning|administration|kansli", re.I), None),
                         (_ANY, "budget insatser")),
    "kostnad individinriktat": ((_ANY, "budget individinriktat"),),
    "kostnad strukturövergripande": ((_ANY, "budget strukturövergripande"),),
    "andel individinriktat": ((_EARLIER, None), (_ANY, "andel individinriktat")),
    "mål individinriktat": ((_EARLIER, None), (_ANY, "mål individinriktat")),
    "eget kapital": ((_ANY, "eget kapital"),),
    "insatser": ((_ANY, "insatser"),),
}

# The annual report's names -> the ansökan's (APPLICATION_REFERENCES): an amount no word of
# the report names is the sought amount when its sentence says so.
_APPLICATION_NAMES = {
    None: ((re.compile(r"\b(?:an)?sök(?:er|s|t|ta|ts)?\b|\bsökta\b", re.I), "sökt belopp"),),
    "kostnader": ((re.compile(r"\btotal|\bsammanlagd|\bhela\b", re.I), "budget totalt"),),
}


def plan_literals(text: str, year: int) -> list[Literal]:
    """The numbers of a verksamhetsplan's text, named by the plan's figures (PLAN_REFERENCES)."""
    return renamed_literals(text, year, _PLAN_NAMES)


def application_literals(text: str, year: int) -> list[Literal]:
    """The numbers of an ansökan's text, named by its figures (APPLICATION_REFERENCES)."""
    return renamed_literals(text, year, _APPLICATION_NAMES)

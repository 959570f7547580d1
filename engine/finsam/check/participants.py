"""Participants, insatser and their names."""
from __future__ import annotations

from collections import Counter
from decimal import Decimal
from operator import attrgetter

from ..model.figures import Figures
from ..model.types import Forbund, ParticipantRow
from ..read.sheets import norm
from .finding import Formula
from .finding import FEL
from .registry import all_rows_pass, check, column_range, compare, condition, flag, limit, ref, span

MAX_PARTICIPANTS = 100_000  # per cell; more than any förbund's yearly total

COUNT_LABELS = {
    "kvinnor": "deltagare kvinnor", "man": "deltagare män", "okant_kon": "deltagare utan uppgift om kön",
    "totalt": "deltagare totalt", "volym": "volyminsats", "arbete_kvinnor": "till arbete kvinnor",
    "arbete_man": "till arbete män", "studier_kvinnor": "till studier kvinnor",
    "studier_man": "till studier män",
}


def _rows(f: Forbund) -> list[ParticipantRow]:
    return list(f.participants) + ([f.participant_total] if f.participant_total else [])


@check
def participant_counts_plausible(f: Forbund, fig: Figures):
    counts = attrgetter(*COUNT_LABELS)
    for row in _rows(f):
        values = [v for v in counts(row) if v is not None]
        if not values or (min(values) >= 0 and max(values) <= MAX_PARTICIPANTS):
            continue  # the usual row, looked at once instead of per column
        for key, label in COUNT_LABELS.items():
            value = getattr(row, key)
            if value is None:
                continue
            if value > MAX_PARTICIPANTS and row is f.participant_total:
                continue  # a total may be large; its rows are checked one by one
            if value < 0:
                yield flag("deltagare-negativt-antal", "Antal deltagare är aldrig negativa",
                              row.src.loc(key), "ett antal, 0 eller större", Decimal(value), "st",
                              what=f"{row.insats}: {label}", hint="Ett antal kan inte vara negativt.",
                              formula=condition('IF({0}<0,"FEL","OK")', row.src.loc(key)))
            elif value > MAX_PARTICIPANTS:
                yield flag("deltagare-orimligt-antal", f"Antal deltagare är högst {MAX_PARTICIPANTS} "
                              "per cell", row.src.loc(key), f"högst {MAX_PARTICIPANTS}", Decimal(value), "st",
                              what=f"{row.insats}: {label}",
                              hint=f"Mer än {MAX_PARTICIPANTS} är orimligt; kontrollera cellen.",
                              formula=condition(f'IF({{0}}>{MAX_PARTICIPANTS},"FEL","OK")', row.src.loc(key)))


SUM_DESCRIPTION = "Deltagare: kvinnor + män (+ utan uppgift om kön) = totalt, per rad"
SPLIT = ("kvinnor", "man", "okant_kon")


def _gender_sum(row: ParticipantRow, what: str):
    expected = row.n("kvinnor") + row.n("man") + row.n("okant_kon")
    return compare("deltagare-summa", SUM_DESCRIPTION, row.src.loc("totalt"), Decimal(expected),
                   Decimal(row.totalt), "st", what=what,
                   formula=Formula((ref(row.src.loc("totalt")),),
                                   tuple(ref(row.src.loc(k)) for k in SPLIT if row.src.ref(k))))


@check
def participant_gender_sum(f: Forbund, fig: Figures):
    rows = [r for r in f.participants if r.totalt is not None]
    bad = [r for r in rows if r.totalt != (r.kvinnor or 0) + (r.man or 0) + (r.okant_kon or 0)]
    for row in bad:
        yield _gender_sum(row, f"Deltagare totalt för {row.insats}")
    if rows and not bad and all(rows[0].src.ref(k) for k in SPLIT):
        first, last = rows[0].src, rows[-1].src
        yield all_rows_pass("deltagare-summa", SUM_DESCRIPTION, rows, span(first, last, "totalt"),
                            "Deltagare totalt = kvinnor + män + utan uppgift om kön",
                            condition('IF(SUMPRODUCT(--({0}<>{1}+{2}+{3}))=0,"OK","FEL")',
                                      *(span(first, last, k) for k in ("totalt", *SPLIT))))
    total = f.participant_total
    if total is not None and total.totalt is not None:
        yield _gender_sum(total, "Deltagare totalt på totalraden")


OUTCOME_DESCRIPTION = "Avslutade till arbete och studier är högst antalet deltagare, per kön"


@check
def participant_outcomes_within(f: Forbund, fig: Figures):
    rows = list(f.participants)
    bad = 0
    for row in rows:
        if ((row.arbete_kvinnor or 0) + (row.studier_kvinnor or 0) <= (row.kvinnor or 0)
                and (row.arbete_man or 0) + (row.studier_man or 0) <= (row.man or 0)):
            continue  # the usual row, without building the keys below
        for gender, word in (("kvinnor", "kvinnor"), ("man", "män")):
            out = row.n(f"arbete_{gender}") + row.n(f"studier_{gender}")
            if out <= row.n(gender):
                continue
            bad += 1
            yield limit("deltagare-utfall-over-deltagare", OUTCOME_DESCRIPTION,
                        row.src.loc(f"arbete_{gender}"), Decimal(out), Decimal(row.n(gender)), "st",
                        op="<=", severity=FEL, what=f"{row.insats}: {word} till arbete eller studier",
                        formula=Formula((ref(row.src.loc(f"arbete_{gender}")),
                                         ref(row.src.loc(f"studier_{gender}"))),
                                        (ref(row.src.loc(gender)),), op="<="))
    if rows and not bad:
        first, last = rows[0].src, rows[-1].src
        keys = ("arbete_kvinnor", "studier_kvinnor", "kvinnor", "arbete_man", "studier_man", "man")
        yield all_rows_pass("deltagare-utfall-over-deltagare", OUTCOME_DESCRIPTION, rows,
                            span(first, last, "arbete_kvinnor"), "Avslutade högst deltagare",
                            condition('IF(SUMPRODUCT(--({0}+{1}>{2}))+SUMPRODUCT(--({3}+{4}>{5}))=0,'
                                      '"OK","FEL")', *(span(first, last, k) for k in keys)))


@check
def participant_total_row(f: Forbund, fig: Figures):
    total = f.participant_total
    if total is None or not f.participants:
        return
    first, last = f.participants[0].src, f.participants[-1].src
    sums = fig.participants  # the column sums, computed once in figures
    for key, label in COUNT_LABELS.items():
        value = getattr(total, key)
        if value is None:
            continue
        expected = sums.totalt if key == "totalt" else getattr(sums, key)
        yield compare("deltagare-totalrad", "Deltagare: totalraden = summan av raderna, per kolumn",
                      total.src.loc(key), Decimal(expected), Decimal(value), "st",
                      what=f"Totalt {label}",
                      formula=Formula((ref(total.src.loc(key)),), (ref(span(first, last, key)),)))


def _duplicates(items, key, names):
    """Each repeated item after its first occurrence, with the range of the rows above it.
    ``names``: the items' normalised names, in order."""
    counts = Counter(names)
    seen = set()
    for item, name in zip(items, names):
        if counts[name] > 1 and name in seen:
            above = column_range(items[0].src.loc(key), item.src.row - 1)
            yield item, condition('IF(COUNTIF({0},{1})>0,"FEL","OK")', above, item.src.loc(key))
        seen.add(name)


@check
def names_unique_and_known(f: Forbund, fig: Figures):
    # Normalised once per row: a 100 000-row table has more names than norm's cache holds.
    insats_names = [norm(i.namn) for i in f.insatser]
    participant_names = [norm(p.insats) for p in f.participants]
    for item, formula in _duplicates(f.insatser, "namn", insats_names):
        yield flag("insatser-dubblett", "Varje insats finns en gång i insatser.xlsx",
                   item.src.loc("namn"), "ett unikt namn", item.namn, "",
                   what="Insatsens namn", hint="Namnet finns redan på en rad ovanför.", formula=formula)
    for item, formula in _duplicates(f.participants, "insats", participant_names):
        yield flag("deltagare-dubblett", "Varje insats finns en gång i deltagare.xlsx",
                   item.src.loc("insats"), "ett unikt namn", item.insats, "",
                   what="Insatsens namn", hint="Insatsen finns redan på en rad ovanför.", formula=formula)
    known = set(insats_names)
    names = column_range(f.insatser[0].src.loc("namn"), f.insatser[-1].src.row) if f.insatser else None

    def unknown(loc):
        return condition('IF(COUNTIF({0},{1})=0,"FEL","OK")', names, loc) if names else None
    for row, name in zip(f.participants, participant_names):
        if name not in known:
            yield flag("deltagare-okand-insats", "Varje insats i deltagare.xlsx finns i "
                          "insatser.xlsx", row.src.loc("insats"), "en insats ur insatser.xlsx",
                          row.insats, "", what="Insatsen",
                          hint="Stava namnet som i insatser.xlsx, blad Insatser.",
                          formula=unknown(row.src.loc("insats")))
    for goal in f.insats_goals:
        if norm(goal.insats) not in known:
            yield flag("insatsmal-okand-insats", "Varje insatsmål hör till en insats i "
                          "insatser.xlsx", goal.src.loc("insats"), "en insats ur bladet Insatser",
                          goal.insats, "", what="Insatsen", hint="Stava namnet som i bladet Insatser.",
                          formula=unknown(goal.src.loc("insats")))

"""Participants: the gender split, the outcomes and the total row add up. Names, duplicates
and ranges are the schema's constraints (``check.constraints``)."""
from __future__ import annotations

from decimal import Decimal

from ..findings import Formula
from ..model.arsredovisning import Forbund, ParticipantRow
from ..model.figures import Figures
from .catalogue import declare, fel
from .registry import all_rows_pass, checker, compare, condition, limit, ref, span

check = checker("arsredovisning")
declare(
    "arsredovisning",
    fel("deltagare-summa", "Deltagare: kvinnor + män (+ utan uppgift om kön) = totalt, per rad", "deltagare"),
    fel("deltagare-utfall-over-deltagare", "Avslutade till arbete och studier är högst antalet deltagare, per kön",
        "deltagare"),
    fel("deltagare-totalrad", "Deltagare: totalraden = summan av raderna, per kolumn", "deltagare"),
)

COUNT_LABELS = {
    "kvinnor": "deltagare kvinnor", "man": "deltagare män", "okant_kon": "deltagare utan uppgift om kön",
    "totalt": "deltagare totalt", "volym": "volyminsats", "arbete_kvinnor": "till arbete kvinnor",
    "arbete_man": "till arbete män", "studier_kvinnor": "till studier kvinnor",
    "studier_man": "till studier män", "arbete_okant": "till arbete utan uppgift om kön",
    "studier_okant": "till studier utan uppgift om kön",
}


SPLIT = ("kvinnor", "man", "okant_kon")


def _gender_sum(row: ParticipantRow, what: str):
    expected = row.n("kvinnor") + row.n("man") + row.n("okant_kon")
    return compare("deltagare-summa", row.src.loc("totalt"), Decimal(expected),
                   Decimal(row.totalt), "st", what=what,
                   formula=Formula((ref(row.src.loc("totalt")),),
                                   tuple(ref(row.src.loc(k)) for k in SPLIT if row.src.ref(k))))


@check
def participant_gender_sum(f: Forbund, fig: Figures, previous=None):
    rows = [r for r in f.participants if r.totalt is not None]
    bad = [r for r in rows if r.totalt != (r.kvinnor or 0) + (r.man or 0) + (r.okant_kon or 0)]
    for row in bad:
        yield _gender_sum(row, f"Deltagare totalt för {row.insats}")
    if rows and not bad and all(rows[0].src.ref(k) for k in SPLIT):
        first, last = rows[0].src, rows[-1].src
        yield all_rows_pass("deltagare-summa", rows, span(first, last, "totalt"),
                            "Deltagare totalt = kvinnor + män + utan uppgift om kön",
                            condition('IF(SUMPRODUCT(--({0}<>{1}+{2}+{3}))=0,"OK","FEL")',
                                      *(span(first, last, k) for k in ("totalt", *SPLIT))))
    total = f.participant_total
    if total is not None and total.totalt is not None:
        yield _gender_sum(total, "Deltagare totalt på totalraden")


OUTCOMES = ("arbete_kvinnor", "arbete_man", "arbete_okant", "studier_kvinnor", "studier_man", "studier_okant")


def _outcomes_within_total(row: ParticipantRow):
    """A row reporting outcomes without a gender split: all its outcomes are at most its
    participants (None when that holds)."""
    out = sum(row.n(k) for k in OUTCOMES)
    total = row.totalt if row.totalt is not None else row.n("kvinnor") + row.n("man") + row.n("okant_kon")
    if out <= total:
        return None
    return limit("deltagare-utfall-over-deltagare", row.src.loc("arbete_okant" if row.arbete_okant is not None
                                                                else "studier_okant"),
                 Decimal(out), Decimal(total), "st", op="<=",
                 what=f"{row.insats}: till arbete eller studier",
                 formula=Formula(tuple(ref(row.src.loc(k)) for k in OUTCOMES if row.src.ref(k)),
                                 (ref(row.src.loc("totalt")),), op="<="))


@check
def participant_outcomes_within(f: Forbund, fig: Figures, previous=None):
    rows = list(f.participants)
    bad = 0
    for row in rows:
        if row.arbete_okant is not None or row.studier_okant is not None:
            found = _outcomes_within_total(row)
            if found is not None:
                bad += 1
                yield found
        if ((row.arbete_kvinnor or 0) + (row.studier_kvinnor or 0) <= (row.kvinnor or 0)
                and (row.arbete_man or 0) + (row.studier_man or 0) <= (row.man or 0)):
            continue  # the usual row, without building the keys below
        for gender, word in (("kvinnor", "kvinnor"), ("man", "män")):
            out = row.n(f"arbete_{gender}") + row.n(f"studier_{gender}")
            if out <= row.n(gender):
                continue
            bad += 1
            yield limit("deltagare-utfall-over-deltagare",
                        row.src.loc(f"arbete_{gender}"), Decimal(out), Decimal(row.n(gender)), "st",
                        op="<=", what=f"{row.insats}: {word} till arbete eller studier",
                        formula=Formula((ref(row.src.loc(f"arbete_{gender}")),
                                         ref(row.src.loc(f"studier_{gender}"))),
                                        (ref(row.src.loc(gender)),), op="<="))
    if rows and not bad:
        first, last = rows[0].src, rows[-1].src
        keys = ("arbete_kvinnor", "studier_kvinnor", "kvinnor", "arbete_man", "studier_man", "man")
        yield all_rows_pass("deltagare-utfall-over-deltagare", rows,
                            span(first, last, "arbete_kvinnor"), "Avslutade högst deltagare",
                            condition('IF(SUMPRODUCT(--({0}+{1}>{2}))+SUMPRODUCT(--({3}+{4}>{5}))=0,'
                                      '"OK","FEL")', *(span(first, last, k) for k in keys)))


@check
def participant_total_row(f: Forbund, fig: Figures, previous=None):
    total = f.participant_total
    if total is None or not f.participants:
        return
    first, last = f.participants[0].src, f.participants[-1].src
    sums = fig.participants  # the column sums, computed once in figures
    for key, label in COUNT_LABELS.items():
        value = getattr(total, key)
        expected = sums.totalt if key == "totalt" else getattr(sums, key)
        if value is None or expected is None:
            continue
        yield compare("deltagare-totalrad", total.src.loc(key), Decimal(expected), Decimal(value), "st",
                      what=f"Totalt {label}",
                      formula=Formula((ref(total.src.loc(key)),), (ref(span(first, last, key)),)))

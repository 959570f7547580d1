"""The annual report's charts, as data (``render.charts.Chart``): the five-year overview,
budget against utfall per budget group, participants and outcomes per insats and gender,
and eget kapital against the förbund's cap and floor over the years.

Every chart shows reported figures only, in the unit of the table it illustrates (the
five-year overview's, the follow-up's, the balance sheet's): a blank cell is a gap, never a
0, and a year or an insats without any figure is left out. A chart with nothing to show is
None, and the document leaves it out.
"""
from __future__ import annotations

from decimal import Decimal

from .. import fmt
from ..model.figures import add
from ..units import KR
from .amounts import label, shown
from .capped import CHART_BARS
from .charts import Chart, Series

WIDTH, HALF = 16.0, 8.1
TAK, GOLV = "C00000", "7F7F7F"


def _value(kr, unit):
    s = shown(kr, unit)
    return s.value if s is not None else None


def _kept(categories, series):
    """The categories (and their figures) that have at least one figure."""
    keep = [i for i in range(len(categories)) if any(s[1][i] is not None for s in series)]
    return tuple(categories[i] for i in keep), [(name, tuple(vals[i] for i in keep)) for name, vals in series]


def _decimals(values) -> int:
    from ..units import decimals_shown

    return min(max([decimals_shown(Decimal(v)) for v in values if v is not None] + [0]), 2)


def _alt(title: str, categories, series, unit: str) -> str:
    """The alternative text: what the chart shows, figure by figure, as a sentence list."""
    parts = []
    for name, values in series:
        shown_values = [f"{c} {fmt.trimmed(v) if unit != '%' else fmt.percent(v, 0)}"
                        for c, v in zip(categories, values) if v is not None]
        if shown_values:
            parts.append(f"{name}: " + ", ".join(shown_values))
    suffix = f" (belopp i {unit})" if unit not in ("%", "st", "") else ""
    return f"Diagram: {title}{suffix}. " + "; ".join(parts) + "."


def five_years(f) -> tuple[Chart | None, Chart | None]:
    """Intäkter and kostnader per year, and årets resultat per year, oldest year first."""
    rows = sorted(f.five_years, key=lambda r: r.ar)
    if not rows:
        return None, None
    unit = rows[0].src.unit or KR
    years = tuple(str(r.ar) for r in rows)
    money = [("Verksamhetens intäkter", tuple(_value(r.intakter, unit) for r in rows)),
             ("Verksamhetens kostnader", tuple(_value(r.kostnader, unit) for r in rows))]
    # Årets resultat is computed in the workbook (intäkter − kostnader): of a year with neither
    # reported, its 0 is no reported figure.
    result = [("Årets resultat", tuple(_value(r.resultat, unit) if r.intakter is not None or r.kostnader is not None
                                       else None for r in rows))]
    charts = []
    for title, series, labels in (("Intäkter och kostnader", money, False), ("Årets resultat", result, True)):
        cats, series = _kept(years, series)
        if not cats:
            charts.append(None)
            continue
        name = label(unit)
        charts.append(Chart(
            f"{title} {cats[0]}–{cats[-1]}" if len(cats) > 1 else f"{title} {cats[0]}", cats,
            tuple(Series(n, v) for n, v in series), name, _alt(title, cats, series, name),
            decimals=_decimals(v for _, vals in series for v in vals), labels=labels and len(cats) <= 5,
            width_cm=HALF, height_cm=6.0))
    return charts[0], charts[1]


def budget_groups(f) -> Chart | None:
    """Budget against utfall per budget group (the follow-up's group sums), in its unit."""
    rows = [r for r in f.budget if r.radtyp == "Summa grupp"]
    if not rows:
        return None
    unit = rows[0].src.unit or KR
    names = tuple(r.grupp or r.post for r in rows)
    series = [("Budget", tuple(_value(r.budget, unit) for r in rows)),
              ("Utfall", tuple(_value(r.utfall, unit) for r in rows))]
    cats, series = _kept(names, series)
    if not cats:
        return None
    title = f"Budget och utfall per budgetgrupp {f.settings.ar}"
    return Chart(title, cats, tuple(Series(n, v) for n, v in series), label(unit),
                 _alt(title, cats, series, label(unit)), decimals=_decimals(v for _, vals in series for v in vals),
                 horizontal=True, labels=True, height_cm=max(4.5, 1.4 + 1.1 * len(cats)), width_cm=WIDTH)


def _split_chart(title, names, women, men, unsplit) -> Chart | None:
    series = [("Kvinnor", women), ("Män", men)]
    if any(v is not None for v in unsplit):
        series.append(("Utan uppgift om kön", unsplit))
    cats, series = _kept(names, series)
    if not cats:
        return None
    return Chart(title, cats, tuple(Series(n, v, color=c) for (n, v), c in
                                    zip(series, ("1F4E78", "ED7D31", "A5A5A5"))), "st",
                 _alt(title, cats, series, "st"), horizontal=True, stacked=True, labels=True,
                 height_cm=max(4.5, 1.6 + 0.75 * len(cats)), width_cm=WIDTH)


def participants(f) -> tuple[Chart | None, Chart | None]:
    """Participants per insats and gender, and those who left for work or studies, as the
    förbund reports them (a split the förbund did not report is not guessed)."""
    rows = list(f.participants)
    if not rows:
        return None, None
    # At most CHART_BARS bars: the first rows as the förbund lists them, the rest as one bar.
    rest = rows[CHART_BARS - 1:] if len(rows) > CHART_BARS else []
    rows = rows[:CHART_BARS - 1] if rest else rows

    def column(get):
        values = [get(r) for r in rows]
        if rest:
            values.append(add(*(get(r) for r in rest)))
        return tuple(values)

    names = tuple(r.insats for r in rows) + ((f"Övriga {len(rest)} insatser",) if rest else ())
    women = column(lambda r: r.kvinnor)
    men = column(lambda r: r.man)
    # What is reported without a gender: the count "utan uppgift om kön" (the total column is
    # computed from the three, so it adds nothing here).
    unsplit = column(lambda r: r.okant_kon)
    year = f.settings.ar
    first = _split_chart(f"Deltagare per insats och kön {year}", names, women, men, unsplit)
    out_w = column(lambda r: add(r.arbete_kvinnor, r.studier_kvinnor))
    out_m = column(lambda r: add(r.arbete_man, r.studier_man))
    out_u = column(lambda r: add(r.arbete_okant, r.studier_okant))
    second = _split_chart(f"Avslutade till arbete eller studier per insats och kön {year}", names, out_w, out_m,
                          out_u)
    return first, second


def equity(f, fig, previous=None) -> Chart | None:
    """Eget kapital at each year's end (the balance sheet's two years, and the year before
    from last year's report when the folder has it) against the cap (the förbund's share
    times that year's driftsbidrag, where the driftsbidrag is known) and the floor."""
    s = f.settings
    unit = f.br.unit or KR
    years = {s.ar: (f.br.value("eget_kapital"), s.driftsbidrag),
             s.ar - 1: (f.br.value("eget_kapital", "fg_ar"), s.driftsbidrag_fg)}
    if previous is not None:
        years.setdefault(previous.year - 1, (previous.br.value("eget_kapital", "fg_ar"),
                                             previous.settings.driftsbidrag_fg))
        if years[s.ar - 1][1] is None:
            years[s.ar - 1] = (years[s.ar - 1][0], previous.settings.driftsbidrag)
    order = sorted(y for y, (ek, _) in years.items() if ek is not None)
    if not order:
        return None
    cats = tuple(str(y) for y in order)
    series = [("Eget kapital", tuple(_value(years[y][0], unit) for y in order))]
    lines = []
    if s.ek_tak is not None:
        cap = tuple(_value(s.ek_tak * years[y][1], unit) if years[y][1] is not None else None for y in order)
        if any(v is not None for v in cap):
            lines.append((f"Tak ({fmt.percent(s.ek_tak, 0)} av driftsbidraget)", cap, TAK, False))
    if s.ek_golv is not None:
        lines.append(("Golv", tuple(_value(s.ek_golv, unit) for _ in order), GOLV, True))
    against = " och ".join(w for w, drawn in (("tak", s.ek_tak is not None), ("golv", s.ek_golv is not None)) if drawn)
    span = f"{cats[0]}–{cats[-1]}" if len(cats) > 1 else cats[0]
    title = f"Eget kapital mot {against} {span}" if against else f"Eget kapital {span}"
    alt_series = series + [(n, v) for n, v, _, _ in lines]
    return Chart(title, cats, tuple([Series(series[0][0], series[0][1])]
                                    + [Series(n, v, line=True, color=c, dashed=d) for n, v, c, d in lines]),
                 label(unit), _alt(title, cats, alt_series, label(unit)),
                 decimals=_decimals(v for _, vals in alt_series for v in vals), labels=True, height_cm=6.5,
                 width_cm=WIDTH)


def annual_charts(f, fig, previous=None) -> dict:
    """The context's ``diagram``: each chart or None."""
    belopp, resultat = five_years(f)
    deltagare, avslut = participants(f)
    return {"femar": belopp, "femar_resultat": resultat, "budget": budget_groups(f), "deltagare": deltagare,
            "avslut": avslut, "eget_kapital": equity(f, fig, previous)}


NO_CHARTS = {"femar": None, "femar_resultat": None, "budget": None, "deltagare": None, "avslut": None,
             "eget_kapital": None}

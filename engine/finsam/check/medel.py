"""The chain from an application for funds to the budgets: a § of the minutes decides on an
application (bevilja / avslå / återremittera); what it grants is compared with what was
applied for; and the verksamhetsplan's and the budget follow-up's row for the insats with
what was granted.

Granting more than was applied for is a fel: the application's budget does not cover it,
so it is a typing error or a decision on another application, and either way the minutes
and the application contradict each other. Granting less is an avvikelse: a partial grant
is a decision the board may take, but the insats then runs on less than its budget, and the
plan and the follow-up must follow the grant, not the application; it never blocks.

The kinds read each other's models through ``kinds.Related``; this module only compares
what the model (``model.ansokan.granted``) has decided."""
from __future__ import annotations

from decimal import Decimal

from .. import fmt
from ..findings import Finding
from ..model.ansokan import Application, Granted, application_of, decisions_on
from ..names import norm
from ..units import KR, Unit, decimals_shown
from .catalogue import avvikelse, declare, fel, saknas
from .registry import Fig, amount, flag, limit, missing_figure

ZERO = Decimal(0)

declare(
    "sammantrade",
    fel("protokoll-medel-belopp", "Ett beslut att bevilja medel anger år och belopp; ett avslag eller en "
        "återremiss anger inget belopp", "medel"),
    saknas("protokoll-medel-ansokan-saknas", "Ansökan som ett beviljande gäller finns i mappen, så att beloppet "
           "kan stämmas av", "medel"),
    fel("protokoll-medel-over-sokt", "Beviljade medel är högst det sökta beloppet för året", "medel"),
    avvikelse("protokoll-medel-under-sokt", "Beviljade medel är hela det sökta beloppet för året", "medel"),
)
declare(
    "verksamhetsplan",
    fel("vp-insats-over-beviljat", "Verksamhetsplanens budget för en insats är högst de medel styrelsen har "
        "beviljat för året", "medel"),
)
declare(
    "budgetuppfoljning",
    fel("uppfoljning-insats-over-beviljat", "Budgetuppföljningens budget för en insats är högst de medel "
        "styrelsen har beviljat för året", "medel"),
    avvikelse("uppfoljning-insats-prognos-over-beviljat", "Prognosen för en insats är högst de medel styrelsen "
              "har beviljat för året", "medel"),
)


def _sum(figs) -> tuple[Decimal, Decimal]:
    """(value, how far rounding lets it lie from the exact value) of figures added up."""
    return (sum((f.value for f in figs if f.value is not None), ZERO),
            sum((f.half for f in figs if f.value is not None), ZERO))


def _display(unit: Unit, *values) -> Unit:
    """``unit`` with as many decimals as the figures compared need (247,5 tkr in a table of
    whole tkr stays 247,5, not 248), at most two."""
    shown = [decimals_shown(v / unit.scale) for v in values if v is not None]
    return unit.with_decimals(min(max([max(unit.decimals, 0), *shown]), 2))


def _kr(value: Decimal, unit: Unit) -> str:
    return fmt.with_unit(value / unit.scale, unit.name, max(unit.decimals, 0))


def _requested(a: Application, year: int) -> list[Fig]:
    """The application's budget for ``year`` as reported (its Summa cell, else its rows)."""
    key = a.key_of(year)
    if key is None:
        return []
    if a.total is not None and a.total.amount(key) is not None:
        return [amount(a.total, key)]
    return [amount(r, key) for r in a.costs if r.amount(key) is not None]


def _where(rows) -> str:
    """ "§ 61 2024-09-20 och § 12 2025-02-14": the decisions a granted amount comes from."""
    parts = []
    for g in rows:
        text = f"§ {g.decision.nr} {g.meeting.isoformat()}"
        if text not in parts:
            parts.append(text)
    return " och ".join(parts) if parts else "inget beslut"


# -- the minutes ------------------------------------------------------------------------------

def minutes_findings(m, applications: list[Application], minutes: list) -> list[Finding]:
    """The decisions on applications in the minutes ``m``: each complete, and each grant
    against what was applied for, cumulated with the grants of earlier meetings in the
    folder (``minutes``: every meeting's model)."""
    out: list[Finding] = []
    for d in m.funding:
        if d.grants:
            for key, what in (("ar", "År"), ("belopp", "Beviljat belopp")):
                if getattr(d, key) is None:
                    out.append(missing_amount(d, key, what))
        elif d.belopp is not None:
            out.append(flag("protokoll-medel-belopp", d.src.loc("belopp"), "inget belopp (beslutet är "
                            f"{d.beslut.lower()})", d.belopp, "kr", what=f"Beviljat belopp i § {d.nr}",
                            hint="Bara ett beslut att bevilja har ett belopp."))
    earlier = [x for x in minutes if x.facts.datum <= m.facts.datum and x is not m] + [m]
    seen: set[tuple[str, int | None]] = set()
    for d in m.funding:
        if not d.grants or d.ar is None or d.belopp is None:
            continue
        a = application_of(d.ansokan, applications)
        if a is None:
            if (d.ansokan, None) in seen:  # one note per application, not per year
                continue
            seen.add((d.ansokan, None))
            out.append(missing_figure("protokoll-medel-ansokan-saknas", d.src.loc("ansokan"),
                                      f"Ansökan ”{d.ansokan}” (§ {d.nr})",
                                      "Lägg ansökans arbetsbok i mappen, så stäms det beviljade beloppet av mot "
                                      "det sökta; eller stava som insatsens namn eller diarienummer i ansökan."))
            continue
        if (a.source, d.ar) in seen:
            continue
        seen.add((a.source, d.ar))
        out.extend(_grant_against_request(m, a, d, earlier))
    return out


def missing_amount(d, key: str, what: str) -> Finding:
    return flag("protokoll-medel-belopp", d.src.loc(key), f"ett {what.lower()}", "en tom cell",
                what=f"{what} i § {d.nr} (beslutet är att bevilja)",
                hint="Ett beviljande anger året och beloppet, en rad per år.")


def _grant_against_request(m, a: Application, d, earlier: list) -> list[Finding]:
    year = d.ar
    mine = [g for g in decisions_on(a, earlier) if g.decision.grants and g.decision.ar == year
            and g.decision.belopp is not None]
    figs = [amount(g.decision, "belopp") for g in mine]
    granted, granted_half = _sum(figs)
    requested, requested_half = _sum(_requested(a, year))
    tolerance = granted_half + requested_half
    show = a.unit if a.unit.scale >= d.src.unit_of("belopp").scale else d.src.unit_of("belopp")
    show = _display(show, granted, requested)
    loc = d.src.loc("belopp")
    earlier_text = f" (med {_where(g for g in mine if g.decision is not d)})" if len(mine) > 1 else ""
    if a.key_of(year) is None:
        over_hint = f" Ansökan har ingen budget för {year}; dess budgetår är " + \
            ", ".join(str(y) for _, y in a.years) + "."
    else:
        over_hint = ""
    over = limit("protokoll-medel-over-sokt", loc, granted, requested, "kr", op="<=", show=show,
                 ok=granted - requested <= tolerance, what=f"Beviljat för {a.title} {year}",
                 ok_text=f"Beviljat för {year}{earlier_text}: {{actual}}, högst det sökta {{expected}}.",
                 fail_text=f"Styrelsen beviljar {{actual}} för {year}{earlier_text} men ansökan ”{a.title}” söker "
                           f"{{expected}} för året.{over_hint} Mer än det sökta kan inte beviljas utan en ny "
                           "ansökan; rätta beloppet eller hänvisningen till ansökan.")
    out = [over]
    if over.ok:
        short = requested - granted
        out.append(limit("protokoll-medel-under-sokt", loc, granted, requested, "kr", op=">=", show=show,
                         ok=short <= tolerance, what=f"Beviljat för {a.title} {year}",
                         ok_text=f"Beviljat för {year}: {{actual}}, hela det sökta beloppet.",
                         fail_text=f"Styrelsen beviljar {{actual}} av sökta {{expected}} för {year} "
                                   f"({_kr(short, show)} mindre). Insatsens budget i verksamhetsplanen och "
                                   "budgetuppföljningen ska följa det beviljade beloppet."))
    return out


# -- the budgets that follow ---------------------------------------------------------------------

def _bound(code: str, row, key: str, year: int, g: Granted, what: str, show: Unit) -> Finding:
    value = amount(row, key)
    granted_rows = g.rows_for(year)
    figs = [amount(x.decision, "belopp") for x in granted_rows]
    bound, bound_half = _sum(figs)
    ok = value.value - bound <= value.half + bound_half
    show = _display(show, value.value, bound)
    where = _where(granted_rows)
    named = "" if norm(row.post) == norm(g.application.title) else f" för insatsen ”{g.application.title}”"
    fail = (f"{what} är {{actual}} men styrelsen har beviljat {{expected}} för {year} ({where}){named}."
            if granted_rows else
            f"{what} är {{actual}} men styrelsen har inte beviljat insatsen ”{g.application.title}” något för "
            f"{year}; beviljat är " + ", ".join(f"{y}: {_kr(g.for_year(y), show)}" for _, y in g.application.years
                                               if g.for_year(y)) + ".")
    return limit(code, value.loc, value.value, bound, "kr", op="<=", show=show, ok=ok, what=what,
                 ok_text=f"{what}: {{actual}}, högst de beviljade {{expected}} ({where}).", fail_text=fail)


def _owned(rows, grants: list[Granted]):
    for r in rows:
        if r.radtyp != "Rad":
            continue
        for g in grants:
            if g.application.owns(r.post):
                yield r, g


def plan_findings(p, grants: list[Granted]) -> list[Finding]:
    """The verksamhetsplan's budget row for each granted insats, in each of the application's
    years that the plan budgets, against what was granted for the year."""
    from ..model.verksamhetsplan import PLAN_YEARS

    out = []
    show = p.unit or KR
    for r, g in _owned(p.budget, grants):
        for key in PLAN_YEARS:
            year = p.facts.year(key)
            if getattr(r, key) is None or not g.covers(year):
                continue
            out.append(_bound("vp-insats-over-beviljat", r, key, year, g, f"Budgeten för {r.post} {year}", show))
    return out


def followup_findings(u, grants: list[Granted]) -> list[Finding]:
    """The follow-up's budget and prognos for each granted insats against the year's grant."""
    out = []
    year = u.facts.ar
    show = u.unit or KR
    for r, g in _owned(u.rows, grants):
        if not g.covers(year):
            continue
        if r.budget is not None:
            out.append(_bound("uppfoljning-insats-over-beviljat", r, "budget", year, g,
                              f"Budgeten för {r.post} {year}", show))
        if r.prognos is not None:
            out.append(_bound("uppfoljning-insats-prognos-over-beviljat", r, "prognos", year, g,
                              f"Prognosen för {r.post} {year}", show))
    return out

"""Rules for the plan för intern styrning och kontroll and its risk- och väsentlighetsanalys:
every score is a level of the förbund's scale, every row
names its process, every risk above the förbund's limit has a control for its process, and
every control names who is responsible and how often it is done. The scales' levels and the
limit are the workbook's own (schema constraints: check.constraints)."""
from __future__ import annotations

from decimal import Decimal

from ..model.internkontroll import Plan, Risk
from .catalogue import avvikelse, declare, fel, rule, saknas
from .registry import checker, flag, missing_figure, span, verdict

check = checker("internkontroll")
rule("internkontroll", "Riskernas bedömningar är nivåer i förbundets skalor; en risk över förbundets gräns har en "
     "kontroll i planen för intern styrning och kontroll; varje kontroll har ansvarig och frekvens")
declare(
    "internkontroll",
    fel("internkontroll-skala", "Varje risks sannolikhet och väsentlighet är en nivå i förbundets skala",
        "internkontroll"),
    saknas("internkontroll-process-saknas", "Varje risk och varje kontroll anger sin process/rutin",
           "internkontroll"),
    saknas("internkontroll-risk-saknas", "Varje rad i riskanalysen beskriver sin risk", "internkontroll"),
    saknas("internkontroll-bedomning-saknas", "Varje risk har en bedömning av sannolikhet och väsentlighet",
           "internkontroll"),
    avvikelse("internkontroll-kontroll-saknas", "Varje risk med högre riskvärde än förbundets gräns har en "
              "kontroll för sin process i planen", "internkontroll"),
    saknas("internkontroll-ansvarig-saknas", "Varje kontroll har en kontrollansvarig", "internkontroll"),
    saknas("internkontroll-frekvens-saknas", "Varje kontroll har en frekvens", "internkontroll"),
    saknas("internkontroll-avvikelse-kommentar", "En kontroll som fann en avvikelse säger i en kommentar vad den "
           "fann", "internkontroll"),
)
AXES = (("sannolikhet", "Sannolikhet"), ("vasentlighet", "Väsentlighet"))


def _all_pass(code: str, rows, key: str, what: str):
    """One passing finding for a rule every row of a table meets (failing rows are reported
    one by one instead)."""
    if rows:
        loc = span(rows[0].src, rows[-1].src, key)
        n = Decimal(len(rows))
        yield verdict(code, True, loc, n, n, f"{what}: alla {{actual}} rader uppfyller kravet.", "st")


def _scored(r: Risk) -> bool:
    return r.sannolikhet is not None or r.vasentlighet is not None


def _continuation(r: Risk) -> bool:
    """A row with only a treatment: most likely the rest of the row above (a page break in
    the printed table), not a risk of its own."""
    return not r.process and not r.risk and not _scored(r)


@check
def rows_name_their_process(p: Plan):
    if all(r.process for r in p.risks):
        yield from _all_pass("internkontroll-process-saknas", p.risks, "process", "Risker med process")
    if all(c.process for c in p.controls):
        yield from _all_pass("internkontroll-process-saknas", p.controls, "process", "Kontroller med process")
    for r in p.risks:
        if r.process:
            continue
        hint = ("Raden har bara en riskhantering; hör den till raden ovanför, skriv in texten där och ta bort "
                "raden." if _continuation(r) else "Skriv vilken av förbundets rutiner eller processer risken hör "
                                                 "till, med samma namn som i bladet Kontrollplan.")
        yield missing_figure("internkontroll-process-saknas", r.src.loc("process"),
                             f"Process för risken ”{r.name}”",
                             hint)
    for c in p.controls:
        if not c.process:
            yield missing_figure("internkontroll-process-saknas", c.src.loc("process"),
                                 f"Process för kontrollen ”{c.kontrollmoment}”",
                                 "Skriv vilken process kontrollen avser, med samma namn som i bladet Risker.")


@check
def risks_are_described_and_scored(p: Plan):
    for r in p.risks:
        if _continuation(r):
            continue  # reported once, as a row without a process
        if not r.risk:
            yield missing_figure("internkontroll-risk-saknas", r.src.loc("risk"), f"Risken på raden ”{r.name}”",
                                 "Står risken i kolumnen Process/rutin? Flytta den till kolumnen Risk och skriv "
                                 "processen där.")
        for key, label in AXES:
            if getattr(r, key) is None:
                yield missing_figure("internkontroll-bedomning-saknas", r.src.loc(key),
                                     f"{label} för risken ”{r.name}”", f"Välj en nivå ur bladet {label}.")


@check
def scores_are_levels(p: Plan):
    for key, label in AXES:
        levels = [x.niva for x in p.levels(key)]
        if not levels:
            continue
        shown = f"{levels[0]}–{levels[-1]}" if levels == list(range(levels[0], levels[-1] + 1)) else \
            ", ".join(str(n) for n in levels)
        scored = [r for r in p.risks if getattr(r, key) is not None]
        if all(getattr(r, key) in levels for r in scored):
            yield from _all_pass("internkontroll-skala", scored, key, f"{label} inom skalan {shown}")
        for r in scored:
            value = getattr(r, key)
            if value not in levels:
                yield flag("internkontroll-skala", r.src.loc(key), f"en nivå i skalan ({shown})", Decimal(value),
                           what=f"{label} för risken ”{r.name}”", hint=f"Skalan står i bladet {label}.")


@check
def risks_above_limit_have_controls(p: Plan):
    for r in p.risks:
        if not p.needs_control(r):
            continue
        controls = p.controls_for(r.process)
        loc = r.src.loc("process")
        value = f"riskvärde {r.value}, över gränsen {p.limit}"
        if controls:
            yield verdict("internkontroll-kontroll-saknas", True, loc, "en kontroll", f"{len(controls)} st",
                          f"Risken ”{r.name}” ({value}) har en kontroll i planen: "
                          f"{', '.join(c.kontrollmoment for c in controls)}.")
        else:
            process = f"processen ”{r.process}”" if r.process else "riskens process (raden anger ingen)"
            yield verdict("internkontroll-kontroll-saknas", False, loc, "en kontroll", "ingen kontroll",
                          f"Risken ”{r.name}” har {value}, men bladet Kontrollplan har ingen kontroll för "
                          f"{process}. Lägg till en kontroll för processen eller ändra bedömningen.")


@check
def controls_are_complete(p: Plan):
    if all(c.kontrollansvarig for c in p.controls):
        yield from _all_pass("internkontroll-ansvarig-saknas", p.controls, "kontrollansvarig",
                             "Kontroller med kontrollansvarig")
    if all(c.frekvens for c in p.controls):
        yield from _all_pass("internkontroll-frekvens-saknas", p.controls, "frekvens", "Kontroller med frekvens")
    for c in p.controls:
        name = c.kontrollmoment if len(c.kontrollmoment) <= 50 else c.kontrollmoment[:47] + "…"
        if not c.kontrollansvarig:
            yield missing_figure("internkontroll-ansvarig-saknas", c.src.loc("kontrollansvarig"),
                                 f"Kontrollansvarig för kontrollen ”{name}”", "Skriv vem som gör kontrollen.")
        if not c.frekvens:
            yield missing_figure("internkontroll-frekvens-saknas", c.src.loc("frekvens"),
                                 f"Frekvens för kontrollen ”{name}”", "Skriv hur ofta kontrollen görs.")
        if c.avvikelse == "Ja" and not c.kommentar:
            yield missing_figure("internkontroll-avvikelse-kommentar", c.src.loc("kommentar"),
                                 f"Kommentar till avvikelsen i kontrollen ”{name}”",
                                 "Skriv vad kontrollen fann och vad som görs åt det.")

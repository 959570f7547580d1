"""Rules for board minutes (sammanträdesprotokoll) and interim budget follow-ups."""
from __future__ import annotations

from decimal import Decimal

from ..model.meeting import FollowUp, Minutes
from ..read.sheets import norm
from .budget import subtotal_findings
from .finding import AVVIKELSE, TKR_AVRUNDNING, Finding, Formula, Term
from .registry import check, compare, condition, describe, flag, limit, ref

THOUSAND = Decimal(1000)


@check(kind="protokoll")
def paragraphs_consecutive(m: Minutes, previous: Minutes | None):
    facts = m.facts
    if m.paragraphs:
        first = m.paragraphs[0]
        yield compare("protokoll-forsta-paragraf", "Första paragrafen har numret som anges i "
                      "uppgifterna om sammanträdet", first.src.loc("nr"), Decimal(facts.forsta_paragraf),
                      Decimal(first.nr), "", what="Första paragrafen",
                      formula=Formula((ref(first.src.loc("nr")),), (ref(facts.src.loc("forsta_paragraf")),)))
    expected = facts.forsta_paragraf
    for p in m.paragraphs:
        if p.nr != expected:
            missing = f"§ {expected}" if p.nr > expected else f"§ {p.nr} en gång till"
            yield compare("protokoll-paragraf-foljd", "Paragraferna är numrerade i följd utan luckor",
                          p.src.loc("nr"), Decimal(expected), Decimal(p.nr), "", what="Paragrafnumret",
                          hint=f"Följden bryts: {missing}.")
            expected = p.nr
        expected += 1
    last_before = previous.last_paragraph if previous else facts.foregaende_sista
    if last_before is not None:
        where = previous.source if previous else "uppgiften Föregående protokolls sista paragraf"
        yield compare("protokoll-fortsatter-numrering", "Numreringen fortsätter från föregående "
                      "sammanträdes sista paragraf", facts.src.loc("forsta_paragraf"),
                      Decimal(last_before + 1), Decimal(facts.forsta_paragraf), "",
                      what="Första paragraf", hint=f"Föregående protokoll ({where}) slutade på § {last_before}.")


@check(kind="protokoll")
def quorum(m: Minutes, previous: Minutes | None):
    ordinarie = [a for a in m.attendees if a.kategori == "Ordinarie"]
    serving = [a for a in m.attendees if a.kategori == "Ordinarie" and a.present] + \
        [a for a in m.attendees if a.serving]
    if not ordinarie:
        yield flag("protokoll-ordinarie-saknas", "Närvarolistan tar upp styrelsens ordinarie ledamöter",
                   m.facts.src.loc(), "minst en ordinarie ledamot i bladet Närvaro", "inga", what="Närvaro")
        return
    first, last = m.attendees[0].src, m.attendees[-1].src
    span = first.loc("narvarande").at(f"{first.ref('narvarande')}:{last.ref('narvarande')}")
    needed = Decimal(len(ordinarie)) / 2
    yield limit("protokoll-beslutsfor", "Styrelsen är beslutsför: minst hälften av de ordinarie "
                "ledamöterna är närvarande eller ersatta av tjänstgörande ersättare", span,
                Decimal(len(serving)), needed, "", op=">=", what="Tjänstgörande ledamöter",
                severity="fel", ok_text="Tjänstgörande ledamöter: {actual} av " + str(len(ordinarie))
                + ", minst {expected} krävs; styrelsen är beslutsför.",
                fail_text="Bara {actual} av " + str(len(ordinarie)) + " ordinarie ledamöter är "
                "närvarande eller ersatta; minst {expected} krävs för att styrelsen ska vara beslutsför.")
    for a in m.attendees:
        if a.kategori == "Ersättare" and a.tjanstgorande == "Ja" and not a.present:
            yield flag("protokoll-tjanstgorande-franvarande", "En tjänstgörande ersättare är närvarande",
                       a.src.loc("tjanstgorande"), "Nej (ersättaren är inte närvarande)", "Ja",
                       what=f"Tjänstgörande för {a.namn}")


def _person(m: Minutes, name: str):
    return next((a for a in m.attendees if norm(a.namn) == norm(name)), None)


@check(kind="protokoll")
def officers_present(m: Minutes, previous: Minutes | None):
    facts = m.facts
    for name in facts.justerare_list:
        person = _person(m, name)
        ok = person is not None and person.present and (person.kategori == "Ordinarie" or person.serving)
        describe("protokoll-justerare", "Justeraren är en närvarande ordinarie (eller tjänstgörande) "
                 "ledamot")
        found = ("inte med i närvarolistan" if person is None else
                 "inte närvarande" if not person.present else
                 f"{person.kategori.lower()} som inte tjänstgör" if not ok else "närvarande ledamot")
        yield Finding("protokoll-justerare", "fel", ok, facts.src.loc("justerare"),
                      "en närvarande ordinarie ledamot", found, "",
                      f"Justeraren {name}: {{actual}}." if ok else
                      f"Justeraren {name} ska vara {{expected}} men är {{actual}}.",
                      "Justeraren är en närvarande ordinarie (eller tjänstgörande) ledamot", Decimal(0),
                      condition('IF(COUNTIFS({0},{1},{2},"Ja")>0,"OK","FEL")',
                                _column(m, "namn"), facts.src.loc("justerare"), _column(m, "narvarande"))
                      if person is not None else None)
    for key, role in (("ordforande", "Ordföranden"), ("sekreterare", "Sekreteraren")):
        name = getattr(facts, key)
        person = _person(m, name)
        if person is None or not person.present:
            yield flag(f"protokoll-{key}-narvarande", f"{role} finns med som närvarande",
                       facts.src.loc(key), "en närvarande person i bladet Närvaro",
                       "inte med i närvarolistan" if person is None else "inte närvarande",
                       what=f"{role} {name}")


def _column(m: Minutes, key: str):
    first, last = m.attendees[0].src, m.attendees[-1].src
    return first.loc(key).at(f"{first.ref(key)}:{last.ref(key)}")


@check(kind="protokoll")
def dates_in_order(m: Minutes, previous: Minutes | None):
    f = m.facts
    yield limit("protokoll-justeringsdatum", "Justeringsdatum är samma dag som sammanträdet eller "
                "senare", f.src.loc("justeringsdatum"), f.justeringsdatum, f.datum, "", op=">=",
                what="Justeringsdatum", severity="fel",
                formula=Formula((ref(f.src.loc("justeringsdatum")),), (ref(f.src.loc("datum")),), op=">="))
    yield limit("protokoll-anslagsdatum", "Anslagsdatum är justeringsdatum eller senare",
                f.src.loc("anslagsdatum"), f.anslagsdatum, f.justeringsdatum, "", op=">=",
                what="Anslagsdatum", severity="fel",
                formula=Formula((ref(f.src.loc("anslagsdatum")),), (ref(f.src.loc("justeringsdatum")),),
                                op=">="))


@check(kind="protokoll")
def decisions_start_with_att(m: Minutes, previous: Minutes | None):
    for p in m.paragraphs:
        for line in p.decisions:
            if not line.startswith("Att "):
                yield flag("protokoll-beslut-att", "Varje beslutsrad börjar med ”Att ”",
                           p.src.loc("beslut"), "en rad som börjar med ”Att ”", f"”{line[:40]}”",
                           what=f"Beslut i § {p.nr}")


# -- interim budget follow-up -------------------------------------------------------------

@check(kind="uppfoljning")
def followup_sums(u: FollowUp):
    yield from subtotal_findings(u.rows, "uppfoljning", "Budgetuppföljning",
                                 (("budget", "budget"), ("utfall", "utfall"), ("prognos", "prognos")))


def _ek_start(u: FollowUp) -> tuple[Decimal | None, object]:
    """Eget kapital at the start of the year in tkr: the previous year's ekonomi.xlsx wins."""
    if u.ek_previous_year is not None:
        return u.ek_previous_year / THOUSAND, u.ek_previous_loc
    if u.facts.ek_ingaende is not None:
        return u.facts.ek_ingaende, u.facts.src.loc("ek_ingaende")
    return None, None


@check(kind="uppfoljning")
def followup_equity(u: FollowUp):
    start, start_loc = _ek_start(u)
    if u.ek_previous_year is not None and u.facts.ek_ingaende is not None:
        yield compare("uppfoljning-ingaende-eget-kapital", "Eget kapital vid årets början = eget "
                      "kapital vid föregående års slut enligt föregående års ekonomi.xlsx",
                      u.facts.src.loc("ek_ingaende"), u.ek_previous_year / THOUSAND, u.facts.ek_ingaende,
                      "tkr", tol=TKR_AVRUNDNING, what="Eget kapital vid årets början")
    result = u.row("Resultat")
    equity = u.row("Prognos eget kapital")
    if equity is None or result is None or result.prognos is None:
        return
    if start is None:
        yield flag("uppfoljning-ingaende-eget-kapital-saknas", "Eget kapital vid årets början är känt",
                   u.facts.src.loc("ek_ingaende"), "ett belopp i tkr eller föregående års mapp",
                   "en tom cell", what="Eget kapital vid årets början")
        return
    expected = start + result.prognos
    start_term = Term(Decimal("0.001") if u.ek_previous_year is not None else Decimal(1), (start_loc,))
    yield compare("uppfoljning-prognos-eget-kapital", "Prognos eget kapital = eget kapital vid årets "
                  "början + prognostiserat resultat", equity.src.loc("prognos"), expected,
                  equity.prognos if equity.prognos is not None else Decimal(0), "tkr", tol=TKR_AVRUNDNING,
                  what="Prognos eget kapital",
                  formula=Formula((ref(equity.src.loc("prognos")),),
                                  (start_term, ref(result.src.loc("prognos"))), tol=TKR_AVRUNDNING))
    income = u.row("Summa grupp", "Intäkter")
    allocation = (u.facts.driftsbidrag / THOUSAND if u.facts.driftsbidrag is not None
                  else income.budget if income is not None and income.budget is not None else None)
    if allocation is not None and u.facts.ek_tak is not None:
        yield limit("uppfoljning-eget-kapital-tak", "Prognostiserat eget kapital är högst taket "
                    "(andel av driftsbidraget)", equity.src.loc("prognos"), expected,
                    u.facts.ek_tak * allocation, "tkr", op="<=", what="Prognos eget kapital",
                    severity=AVVIKELSE)
    if u.facts.ek_golv is not None:
        yield limit("uppfoljning-eget-kapital-golv", "Prognostiserat eget kapital är minst golvet",
                    equity.src.loc("prognos"), expected, u.facts.ek_golv / THOUSAND, "tkr", op=">=",
                    what="Prognos eget kapital", severity=AVVIKELSE)

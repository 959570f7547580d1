"""Rules for board minutes (sammanträdesprotokoll)."""
from __future__ import annotations

from decimal import Decimal

from ..findings import Formula
from ..model.sammantrade import Minutes
from ..names import norm
from .catalogue import declare, fel
from .prose import TEXT_CODES
from .registry import checker, compare, condition, flag, limit, ref, verdict

check = checker("sammantrade")
declare("sammantrade", *TEXT_CODES)  # its texts' figures (check/prose.py)
declare(
    "sammantrade",
    fel("protokoll-forsta-paragraf", "Första paragrafen har numret som anges i uppgifterna om sammanträdet",
        "protokoll"),
    fel("protokoll-paragraf-foljd", "Paragraferna är numrerade i följd utan luckor", "protokoll"),
    fel("protokoll-fortsatter-numrering", "Numreringen fortsätter från föregående sammanträdes sista paragraf",
        "protokoll"),
    fel("protokoll-ordinarie-saknas", "Närvarolistan tar upp styrelsens ordinarie ledamöter", "protokoll"),
    fel("protokoll-beslutsfor", "Styrelsen är beslutsför: minst hälften av de ordinarie ledamöterna är "
        "närvarande eller ersatta av tjänstgörande ersättare", "protokoll"),
    fel("protokoll-tjanstgorande-franvarande", "En tjänstgörande ersättare är närvarande", "protokoll"),
    fel("protokoll-justerare", "Justeraren är en närvarande ordinarie (eller tjänstgörande) ledamot", "protokoll"),
    fel("protokoll-ordforande-narvarande", "Ordföranden finns med som närvarande", "protokoll"),
    fel("protokoll-sekreterare-narvarande", "Sekreteraren finns med som närvarande", "protokoll"),
    fel("protokoll-justeringsdatum", "Justeringsdatum är samma dag som sammanträdet eller senare", "protokoll"),
    fel("protokoll-anslagsdatum", "Anslagsdatum är justeringsdatum eller senare", "protokoll"),
    fel("protokoll-beslut-att", "Varje beslutsrad börjar med ”Att ”", "protokoll"),
)


@check
def paragraphs_consecutive(m: Minutes, previous: Minutes | None):
    facts = m.facts
    if m.paragraphs:
        first = m.paragraphs[0]
        yield compare("protokoll-forsta-paragraf", first.src.loc("nr"), Decimal(facts.forsta_paragraf),
                      Decimal(first.nr), "", what="Första paragrafen",
                      formula=Formula((ref(first.src.loc("nr")),), (ref(facts.src.loc("forsta_paragraf")),)))
    expected = facts.forsta_paragraf
    for p in m.paragraphs:
        if p.nr != expected:
            missing = f"§ {expected}" if p.nr > expected else f"§ {p.nr} en gång till"
            yield compare("protokoll-paragraf-foljd", p.src.loc("nr"), Decimal(expected), Decimal(p.nr), "",
                          what="Paragrafnumret", hint=f"Följden bryts: {missing}.")
            expected = p.nr
        expected += 1
    last_before = previous.last_paragraph if previous else facts.foregaende_sista
    if last_before is not None:
        where = previous.source if previous else "uppgiften Föregående protokolls sista paragraf"
        yield compare("protokoll-fortsatter-numrering", facts.src.loc("forsta_paragraf"), Decimal(last_before + 1),
                      Decimal(facts.forsta_paragraf), "", what="Första paragraf",
                      hint=f"Föregående protokoll ({where}) slutade på § {last_before}.")


@check
def quorum(m: Minutes, previous: Minutes | None):
    ordinarie = [a for a in m.attendees if a.kategori == "Ordinarie"]
    serving = [a for a in m.attendees if a.kategori == "Ordinarie" and a.present] + \
        [a for a in m.attendees if a.serving]
    if not ordinarie:
        yield flag("protokoll-ordinarie-saknas", m.facts.src.loc(), "minst en ordinarie ledamot i bladet Närvaro",
                   "inga", what="Närvaro")
        return
    first, last = m.attendees[0].src, m.attendees[-1].src
    span = first.loc("narvarande").at(f"{first.ref('narvarande')}:{last.ref('narvarande')}")
    needed = Decimal(len(ordinarie)) / 2
    yield limit("protokoll-beslutsfor", span, Decimal(len(serving)), needed, "", op=">=",
                what="Tjänstgörande ledamöter",
                ok_text="Tjänstgörande ledamöter: {actual} av " + str(len(ordinarie))
                + ", minst {expected} krävs; styrelsen är beslutsför.",
                fail_text="Bara {actual} av " + str(len(ordinarie)) + " ordinarie ledamöter är "
                "närvarande eller ersatta; minst {expected} krävs för att styrelsen ska vara beslutsför.")
    for a in m.attendees:
        if a.kategori == "Ersättare" and a.tjanstgorande == "Ja" and not a.present:
            yield flag("protokoll-tjanstgorande-franvarande", a.src.loc("tjanstgorande"),
                       "Nej (ersättaren är inte närvarande)", "Ja", what=f"Tjänstgörande för {a.namn}")


def _person(m: Minutes, name: str):
    return next((a for a in m.attendees if norm(a.namn) == norm(name)), None)


def _column(m: Minutes, key: str):
    first, last = m.attendees[0].src, m.attendees[-1].src
    return first.loc(key).at(f"{first.ref(key)}:{last.ref(key)}")


@check
def officers_present(m: Minutes, previous: Minutes | None):
    facts = m.facts
    for name in facts.justerare_list:
        person = _person(m, name)
        ok = person is not None and person.present and (person.kategori == "Ordinarie" or person.serving)
        found = ("inte med i närvarolistan" if person is None else
                 "inte närvarande" if not person.present else
                 f"{person.kategori.lower()} som inte tjänstgör" if not ok else "närvarande ledamot")
        formula = (condition('IF(COUNTIFS({0},{1},{2},"Ja")>0,"OK","FEL")',
                             _column(m, "namn"), facts.src.loc("justerare"), _column(m, "narvarande"))
                   if person is not None else None)
        yield verdict("protokoll-justerare", ok, facts.src.loc("justerare"), "en närvarande ordinarie ledamot",
                      found, f"Justeraren {name}: {{actual}}." if ok else
                      f"Justeraren {name} ska vara {{expected}} men är {{actual}}.", formula=formula)
    for key, role in (("ordforande", "Ordföranden"), ("sekreterare", "Sekreteraren")):
        name = getattr(facts, key)
        person = _person(m, name)
        if person is None or not person.present:
            yield flag(f"protokoll-{key}-narvarande", facts.src.loc(key), "en närvarande person i bladet Närvaro",
                       "inte med i närvarolistan" if person is None else "inte närvarande", what=f"{role} {name}")


@check
def dates_in_order(m: Minutes, previous: Minutes | None):
    f = m.facts
    yield limit("protokoll-justeringsdatum", f.src.loc("justeringsdatum"), f.justeringsdatum, f.datum, "",
                op=">=", what="Justeringsdatum",
                formula=Formula((ref(f.src.loc("justeringsdatum")),), (ref(f.src.loc("datum")),), op=">="))
    yield limit("protokoll-anslagsdatum", f.src.loc("anslagsdatum"), f.anslagsdatum, f.justeringsdatum, "",
                op=">=", what="Anslagsdatum",
                formula=Formula((ref(f.src.loc("anslagsdatum")),), (ref(f.src.loc("justeringsdatum")),), op=">="))


@check
def decisions_start_with_att(m: Minutes, previous: Minutes | None):
    for p in m.paragraphs:
        for line in p.decisions:
            if not line.startswith("Att "):
                yield flag("protokoll-beslut-att", p.src.loc("beslut"), "en rad som börjar med ”Att ”",
                           f"”{line[:40]}”", what=f"Beslut i § {p.nr}")


@check
def paragraph_figures(m: Minutes, previous: Minutes | None):
    """Literal numbers in the § texts and decisions agree with the meeting's figures (check.prose)."""
    from ..model.prose import MinutesReferences, minutes_texts
    from .prose import minutes_reference_findings, minutes_text_findings

    refs = MinutesReferences(m)
    for t in minutes_texts(m):
        yield from minutes_text_findings(t, refs, m.facts.datum.year)
        yield from minutes_reference_findings(t, refs)

"""Context and rendering of the board minutes, with their follow-ups as bilagor."""
from __future__ import annotations

from ..findings import AVVIKELSE, FEL, Finding
from ..model.sammantrade import TAKE_DOWN_DAYS, Minutes
from .arsredovisning import _finding, paragraphs
from .budgetuppfoljning import followup_context
from .capped import findings as capped_findings
from .docx import render_docx


def initials(name: str) -> str:
    """"Jonas Väst" -> "JV", "Anna-Karin Berg" -> "AKB": what a person writes in the justering box."""
    parts = [p for chunk in (name or "").split() for p in chunk.split("-") if p]
    return "".join(p[0].upper() for p in parts if p[0].isalpha())


def minutes_context(m: Minutes, results: list[Finding], followups: list[dict], draft: bool = False) -> dict:
    from ..model.prose import MinutesReferences
    from .prose import fill

    refs = MinutesReferences(m)
    f = m.facts
    present = [a for a in m.attendees if a.present]
    ordinarie = [a for a in present if a.kategori == "Ordinarie"]
    ersattare = [a for a in present if a.kategori == "Ersättare"]
    ovriga = [a for a in present if a.kategori == "Övrig"]

    def person(a):
        return {"namn": a.namn, "organisation": a.organisation or "", "roll": a.roll or "",
                "tjanstgor": a.serving, "ersatter": a.ersatter or "", "paragrafer": a.paragrafer or ""}

    first = m.paragraphs[0].nr if m.paragraphs else f.forsta_paragraf
    last = m.last_paragraph or f.forsta_paragraf
    bad = [x for x in results if not x.ok]
    return {
        "utkast": draft,
        "antal_fel": sum(1 for x in bad if x.severity == FEL),
        **capped_findings([_finding(x) for x in bad if x.severity == FEL] +
                          [_finding(x) for x in bad if x.severity == AVVIKELSE]),
        "m": {
            "forbund": f.forbund, "datum": f.datum, "tid": f.tid or "", "plats": f.plats,
            "ordforande": f.ordforande, "sekreterare": f.sekreterare, "justerare": f.justerare_list,
            "ordforande_initialer": initials(f.ordforande),
            "justerare_initialer": ", ".join(initials(j) for j in f.justerare_list),
            # Signed by the ordförande, the secretary and each justerare; the secretary posts
            # the notice "enligt uppdrag".
            "underskrifter": [{"namn": f.ordforande, "roll": "Ordförande"},
                              {"namn": f.sekreterare, "roll": "Sekreterare"}]
                             + [{"namn": j, "roll": "Justerare"} for j in f.justerare_list],
            "anslag_av": f.sekreterare,
            "justeringsdatum": f.justeringsdatum, "anslagsdatum": f.anslagsdatum,
            "nedtagning": f.nedtagning, "dagar": TAKE_DOWN_DAYS, "forvaring": f.forvaring or "",
            "forsta": first, "sista": last,
            "ordinarie": [person(a) for a in ordinarie], "ersattare": [person(a) for a in ersattare],
            "ovriga": [person(a) for a in ovriga],
            "paragrafer": [{"nr": p.nr, "rubrik": p.rubrik, "bilaga": p.bilaga, "text": paragraphs(p.text, refs),
                            "beslut": [fill(d, refs) for d in p.decisions]} for p in m.paragraphs],
        },
        "bilagor": followups,
    }


def render(m: Minutes, results: list[Finding], draft: bool = False) -> bytes:
    """The minutes (protokoll.docx), each attached follow-up as a bilaga."""
    bilagor = [followup_context(u)["u"] for u in m.attachments]
    return render_docx("protokoll.docx", minutes_context(m, results, bilagor, draft))

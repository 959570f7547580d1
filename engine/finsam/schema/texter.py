"""texter.xlsx: the free texts of the annual report, one cell per section, every one optional."""
from __future__ import annotations

from .fields import PROSE, TEXT, Column, FormSheet, WorkbookSchema

SECTIONS = (
    ("ordforande_har_ordet", "Ordförande har ordet"),
    ("sammanfattning", "Sammanfattning av året (tillägg)"),
    ("organisation", "Organisation"),
    ("uppdrag", "Uppdrag"),
    ("finansiering", "Finansiering (tillägg)"),
    ("vision", "Verksamhetsidé och vision"),
    ("oversikt", "Översikt över verksamhetens utveckling"),
    ("viktiga_forhallanden", "Viktiga förhållanden för resultat och ekonomisk ställning"),
    ("handelser", "Händelser av väsentlig betydelse"),
    ("styrning", "Styrning och uppföljning av verksamheten"),
    ("resultat", "Resultat från de individinriktade insatserna (analys)"),
    ("bedomning", "Styrelsens sammanfattande bedömning"),
    ("inriktning", "Inriktning"),
    ("malgrupper", "Målgrupper"),
    ("individinsatser", "Individinriktade insatser (inledning)"),
    ("strukturinsatser", "Strukturövergripande insatser (inledning)"),
    ("personal", "Väsentliga personalförhållanden"),
    ("forvantad_utveckling", "Förväntad utveckling"),
    ("redovisningsprinciper", "Not 1 Redovisningsprinciper"),
    ("ansvarsforbindelser", "Ansvarsförbindelser"),
)

TEXTS = FormSheet(
    "Texter", "texter", "Texter i årsredovisningen",
    tuple(Column(key, label, PROSE, width=100) for key, label in SECTIONS),
    help="Skriv varje avsnitt i sin cell; ett tomt avsnitt tas inte med i årsredovisningen. Ny rad i "
         "cellen (Alt+Enter) blir nytt stycke; underrubriker, punktlistor, fet och kursiv stil skrivs som "
         "bladet Instruktioner visar. "
         "Siffror som programmet räknar fram (resultat, eget kapital, andelar, deltagare) skrivs "
         "in automatiskt och ska inte skrivas här.",
)

TEXTER_WB = WorkbookSchema(
    "texter.xlsx", "Texter", "Årsredovisningens fria texter: ordförande har ordet, händelser, "
    "förväntad utveckling med mera.", (TEXTS,), kind="arsredovisning",
)

"""texter.xlsx: the free texts of the annual report, one cell per section."""
from __future__ import annotations

from .fields import TEXT, Column, FormSheet, WorkbookSchema

SECTIONS = (
    ("ordforande_har_ordet", "Ordförande har ordet", True),
    ("sammanfattning", "Sammanfattning av året (tillägg)", False),
    ("organisation", "Organisation", True),
    ("uppdrag", "Uppdrag", True),
    ("finansiering", "Finansiering (tillägg)", False),
    ("vision", "Verksamhetsidé och vision", True),
    ("oversikt", "Översikt över verksamhetens utveckling", False),
    ("viktiga_forhallanden", "Viktiga förhållanden för resultat och ekonomisk ställning", True),
    ("handelser", "Händelser av väsentlig betydelse", True),
    ("styrning", "Styrning och uppföljning av verksamheten", True),
    ("inriktning", "Inriktning", False),
    ("malgrupper", "Målgrupper", True),
    ("bedomning", "Styrelsens sammanfattande bedömning", False),
    ("personal", "Väsentliga personalförhållanden", True),
    ("forvantad_utveckling", "Förväntad utveckling", True),
    ("redovisningsprinciper", "Not 1 Redovisningsprinciper", True),
    ("ansvarsforbindelser", "Ansvarsförbindelser", False),
)

TEXTS = FormSheet(
    "Texter", "texter", "Texter i årsredovisningen",
    tuple(Column(key, label, TEXT, required=req, width=100) for key, label, req in SECTIONS),
    help="Skriv varje avsnitt i sin cell. Ny rad i cellen (Alt+Enter) blir nytt stycke. "
         "Siffror som programmet räknar fram (resultat, eget kapital, andelar, deltagare) skrivs "
         "in automatiskt och ska inte skrivas här.",
)

TEXTER_WB = WorkbookSchema(
    "texter.xlsx", "Texter", "Årsredovisningens fria texter: ordförande har ordet, händelser, "
    "förväntad utveckling med mera.", (TEXTS,), kind="arsredovisning",
)

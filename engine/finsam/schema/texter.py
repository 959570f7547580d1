"""texter.xlsx: the free texts of the annual report, one cell per section, every one optional."""
from __future__ import annotations


from ..records import record
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
    ("ekonomiska_mal", "Mål för ekonomi och god ekonomisk hushållning (kommentar)"),
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
         "Skriv inte av siffror ur de andra arbetsböckerna: skriv en referens inom hakparentes, "
         "t.ex. [eget kapital] eller [deltagare kvinnor], så skriver programmet in talet med enhet. "
         "Alla namn står sist på bladet Instruktioner.",
)


@record
class Reference:
    """A figure a free text can name in square brackets: ``[eget kapital]``. ``kind`` is
    how it is printed: "belopp" (with the förbund's unit), "andel" (17,5 %) or "antal"."""

    name: str
    help: str
    kind: str


# Every figure a free text of the annual report can refer to, by name. The model resolves
# each (model.prose), the Instruktioner sheet and the README list them from this table.
REFERENCES = (
    Reference("driftsbidrag", "årets driftsbidrag (tilldelade medel), ekonomi.xlsx Inställningar", "belopp"),
    Reference("driftsbidrag föregående år", "föregående års driftsbidrag, ekonomi.xlsx Inställningar", "belopp"),
    Reference("förändring driftsbidrag", "skillnaden mellan årets och föregående års driftsbidrag, utan tecken",
              "belopp"),
    Reference("intäkter", "verksamhetens intäkter, resultaträkningen", "belopp"),
    Reference("kostnader", "verksamhetens kostnader, resultaträkningen", "belopp"),
    Reference("årets resultat", "årets resultat, resultaträkningen (ett underskott utan minustecken: "
              "skriv själv att det är ett underskott)", "belopp"),
    Reference("balanskravsresultat", "balanskravsresultatet", "belopp"),
    Reference("eget kapital", "eget kapital vid årets slut, balansräkningen", "belopp"),
    Reference("eget kapital föregående år", "eget kapital vid föregående års slut, balansräkningen", "belopp"),
    Reference("till förfogande", "driftsbidraget plus eget kapital vid årets början", "belopp"),
    Reference("andel eget kapital", "eget kapital i procent av driftsbidraget", "andel"),
    Reference("eget kapital tak", "förbundets tak för eget kapital, i procent av driftsbidraget", "andel"),
    Reference("eget kapital golv", "förbundets golv för eget kapital", "belopp"),
    Reference("soliditet", "eget kapital i procent av summa tillgångar", "andel"),
    Reference("kostnad insatser", "insatsernas utfall, insatser.xlsx", "belopp"),
    Reference("kostnad individinriktat", "de individinriktade insatsernas utfall", "belopp"),
    Reference("kostnad strukturövergripande", "de strukturövergripande insatsernas utfall", "belopp"),
    Reference("andel individinriktat", "individinriktade insatser i procent av målets nämnare "
              "(driftsbidraget eller kostnaderna, enligt Inställningar)", "andel"),
    Reference("andel individinriktat av driftsbidraget", "individinriktade insatser i procent av "
              "driftsbidraget", "andel"),
    Reference("andel individinriktat av kostnaderna", "individinriktade insatser i procent av "
              "verksamhetens kostnader", "andel"),
    Reference("andel strukturövergripande", "strukturövergripande insatser i procent av driftsbidraget", "andel"),
    Reference("andel strukturövergripande av kostnaderna", "strukturövergripande insatser i procent av "
              "verksamhetens kostnader", "andel"),
    Reference("mål individinriktat", "förbundets mål för andelen till individinriktade insatser", "andel"),
    Reference("deltagare", "deltagare i insatserna, summa i deltagare.xlsx", "antal"),
    Reference("deltagare kvinnor", "varav kvinnor", "antal"),
    Reference("deltagare män", "varav män", "antal"),
    Reference("till arbete eller studier", "deltagare som gått till arbete eller studier", "antal"),
    Reference("till arbete eller studier kvinnor", "varav kvinnor", "antal"),
    Reference("till arbete eller studier män", "varav män", "antal"),
    Reference("till arbete", "deltagare som gått till arbete", "antal"),
    Reference("till studier", "deltagare som gått till studier", "antal"),
    Reference("volyminsatser", "volyminsatser (konsultationer, tillfällen)", "antal"),
    Reference("insatser", "antal insatser i insatser.xlsx", "antal"),
    Reference("sammanträden", "antal sammanträden, ekonomi.xlsx Sammanträden", "antal"),
    Reference("ledamöter", "antal ordinarie ledamöter i styrelsen", "antal"),
    Reference("ersättare", "antal ersättare i styrelsen", "antal"),
    Reference("anställda", "antal anställda, ekonomi.xlsx Inställningar", "antal"),
)

# [insats: NAMN FÄLT]: one insats's figure; NAMN as in insatser.xlsx or deltagare.xlsx.
INSATS_REFERENCES = (
    Reference("budget", "insatsens budget", "belopp"),
    Reference("utfall", "insatsens utfall", "belopp"),
    Reference("ej förbrukat", "insatsens ej förbrukade medel", "belopp"),
    Reference("deltagare", "insatsens deltagare", "antal"),
    Reference("deltagare kvinnor", "varav kvinnor", "antal"),
    Reference("deltagare män", "varav män", "antal"),
    Reference("till arbete eller studier", "insatsens deltagare till arbete eller studier", "antal"),
    Reference("till arbete eller studier kvinnor", "varav kvinnor", "antal"),
    Reference("till arbete eller studier män", "varav män", "antal"),
    Reference("till arbete", "till arbete", "antal"),
    Reference("till studier", "till studier", "antal"),
    Reference("volyminsatser", "insatsens volyminsatser", "antal"),
)
INSATS_PREFIX = "insats:"


def table_reference_help(refs, where: str, document: str) -> tuple[tuple[str, str], ...]:
    """The Instruktioner rows of a workbook whose texts refer to ``refs``."""
    rows = [("Siffror i texten", f"Skriv [namn] i {where} så skriver programmet in talet, med enhet, när "
             f"{document} skapas. Ett okänt namn stoppar med ett felmeddelande som föreslår närmaste namn. "
             "Skriv [[ för en vanlig vänsterhakparentes.")]
    return tuple(rows + [(f"[{r.name}]", r.help) for r in refs])


def reference_help() -> tuple[tuple[str, str], ...]:
    """The Instruktioner sheet's list of references (texter.xlsx) and the README's."""
    rows = [("Siffror i texten", "Skriv [namn] i en text (här, i insatsernas beskrivningar och resultat och i "
             "målens kommentarer) så skriver programmet in talet, med enhet, när dokumentet skapas. Ett "
             "okänt namn stoppar med ett felmeddelande som föreslår närmaste namn. Skriv [[ för en "
             "vanlig vänsterhakparentes.")]
    rows += [(f"[{r.name}]", r.help) for r in REFERENCES]
    rows += [(f"[insats: NAMN {r.name}]", r.help) for r in INSATS_REFERENCES]
    return tuple(rows)


TEXTER_WB = WorkbookSchema(
    "texter.xlsx", "Texter", "Årsredovisningens fria texter: ordförande har ordet, händelser, "
    "förväntad utveckling med mera.", (TEXTS,), kind="arsredovisning", notes=reference_help(),
)

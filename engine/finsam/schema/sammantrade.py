"""sammantrade.xlsx: one board meeting (sammanträdesprotokoll)."""
from __future__ import annotations

from .ekonomi import YES_NO
from .fields import COUNT, DATE, KR, PROSE, TEXT, YEAR, Column, FormSheet, Ref, TableSheet, WorkbookSchema, choice
from .texter import Reference


# The figures a § text of the minutes (sammantrade.xlsx, Paragrafer: text and beslut) can
# refer to: the meeting's own and its budget follow-up's (the bilaga of the same date).
MINUTES_REFERENCES = (
    Reference("närvarande ledamöter", "ordinarie ledamöter som är närvarande", "antal"),
    Reference("tjänstgörande ersättare", "ersättare som tjänstgör", "antal"),
    Reference("ordinarie ledamöter", "ordinarie ledamöter i närvarolistan", "antal"),
    Reference("paragrafer", "antal paragrafer i protokollet", "antal"),
    Reference("budget resultat", "budgetuppföljningens resultat, budget", "belopp"),
    Reference("utfall resultat", "budgetuppföljningens resultat, utfall hittills", "belopp"),
    Reference("prognos resultat", "budgetuppföljningens resultat, prognos för året", "belopp"),
    Reference("eget kapital vid årets början", "eget kapital vid årets början (budgetuppföljningen)", "belopp"),
    Reference("prognos eget kapital", "eget kapital vid årets början + prognostiserat resultat", "belopp"),
    Reference("andel eget kapital prognos", "prognos eget kapital i procent av driftsbidraget", "andel"),
)


def minutes_reference_help() -> tuple[tuple[str, str], ...]:
    """The Instruktioner sheet's list of references of sammantrade.xlsx (and the README's)."""
    rows = [("Siffror i texten", "Skriv [namn] i en paragrafs text eller beslut så skriver programmet in talet, "
             "med enhet, när protokollet skapas (belopp ur budgetuppföljningen som är bilaga till mötet). Ett "
             "okänt namn stoppar med ett felmeddelande som föreslår närmaste namn. Skriv [[ för en vanlig "
             "vänsterhakparentes.")]
    return tuple(rows + [(f"[{r.name}]", r.help) for r in MINUTES_REFERENCES])


ATTENDANCE_KINDS = ("Ordinarie", "Ersättare", "Övrig")
FUNDING_DECISIONS = ("Bevilja", "Avslå", "Återremittera")

MEETING_FACTS = FormSheet(
    "Sammanträde", "sammantrade", "Sammanträdet",
    (
        Column("forbund", "Förbund", TEXT, required=True, width=40),
        Column("datum", "Sammanträdesdatum", DATE, required=True),
        Column("tid", "Tid", TEXT, help="T.ex. 09.00–12.00."),
        Column("plats", "Plats", TEXT, required=True),
        Column("forsta_paragraf", "Första paragraf", COUNT, required=True,
               help="Numret på dagens första §; ska fortsätta från förra protokollet."),
        Column("foregaende_sista", "Föregående protokolls sista paragraf", COUNT,
               help="Behövs bara om förra sammanträdets arbetsbok inte ligger i samma mapp."),
        Column("ordforande", "Ordförande", TEXT, required=True),
        Column("sekreterare", "Sekreterare", TEXT, required=True),
        Column("justerare", "Justerare", TEXT, required=True,
               help="Den eller de som justerar jämte ordföranden; flera namn skiljs med komma."),
        Column("justeringsdatum", "Justeringsdatum", DATE, required=True),
        Column("anslagsdatum", "Anslagsdatum", DATE, required=True,
               help="Dagen då justeringen anslås. Datum för nedtagning räknas fram (+21 dagar)."),
        Column("forvaring", "Protokollet finns tillgängligt", TEXT,
               help="Var protokollet förvaras, t.ex. webbplats och kontor."),
    ),
    help="Uppgifter om sammanträdet. Anslaget tas ned tidigast 21 dagar efter anslagsdatum; "
         "programmet räknar fram datumet.",
)

ATTENDANCE = TableSheet(
    "Närvaro", "narvaro", "Närvaro",
    (
        Column("namn", "Namn", TEXT, required=True, width=26),
        Column("organisation", "Organisation", TEXT, width=30),
        choice("kategori", "Kategori", ATTENDANCE_KINDS, required=True, width=12),
        Column("roll", "Roll", TEXT, width=24, help="T.ex. ordförande, ledamot, förbundschef."),
        choice("narvarande", "Närvarande", YES_NO, required=True, width=12),
        choice("tjanstgorande", "Tjänstgörande", YES_NO, width=14,
               help="Ja för en ersättare som tjänstgör i stället för en frånvarande ordinarie."),
        Column("ersatter", "Ersätter", TEXT, width=24, help="Den ordinarie som ersättaren tjänstgör för."),
        Column("paragrafer", "Närvarande vid", TEXT, width=14, help="T.ex. § 53–60 om inte hela mötet."),
    ),
    help="Alla styrelsens ledamöter och ersättare, närvarande eller inte, och övriga närvarande.",
    blank_rows=16,
)

PARAGRAPHS = TableSheet(
    "Paragrafer", "paragrafer", "Paragrafer",
    (
        Column("nr", "§", COUNT, required=True, width=6),
        Column("rubrik", "Rubrik", TEXT, required=True, width=40),
        Column("bilaga", "Bilaga", COUNT, width=8),
        Column("text", "Text", PROSE, width=70),
        Column("beslut", "Beslut", TEXT, width=60,
               help="En beslutsrad per rad i cellen (Alt+Enter); varje rad börjar med ”Att ”."),
    ),
    help="En rad per paragraf i nummerordning.",
    blank_rows=25,
)

FUNDING = TableSheet(
    "Beslut om medel", "medelsbeslut", "Beslut om ansökningar om medel (frivilligt)",
    (
        Column("nr", "§", COUNT, required=True, width=6, refs=Ref("paragrafer", "nr"),
               help="Paragrafen där beslutet står (bladet Paragrafer)."),
        Column("ansokan", "Ansökan", TEXT, required=True, width=40,
               help="Insatsens namn eller ansökans diarienummer, som i ansökans arbetsbok."),
        choice("beslut", "Beslut", FUNDING_DECISIONS, required=True, width=16),
        Column("ar", "År", YEAR, width=8, help="Året det beviljade beloppet avser; en rad per år."),
        Column("belopp", "Beviljat belopp", KR, width=16, help="Bara för Bevilja."),
    ),
    help="En rad per beslut om en ansökan om medel, och vid Bevilja en rad per år med beloppet för året. "
         "Beloppen stäms av mot ansökan och mot budgeten i verksamhetsplanen och budgetuppföljningen.",
    blank_rows=6, optional=True,
)

ANNUAL_DECISIONS = TableSheet(
    "Beslut om årsredovisning", "arsredovisningsbeslut", "Beslut om årsredovisningen (frivilligt)",
    (
        Column("nr", "§", COUNT, required=True, width=6, refs=Ref("paragrafer", "nr"),
               help="Paragrafen som fastställer (eller godkänner förslaget till) årsredovisningen."),
        Column("ar", "Räkenskapsår", YEAR, required=True, width=12),
        Column("arets_resultat", "Årets resultat", KR, width=16, help="Som paragrafen anger det; tomt om inte."),
        Column("eget_kapital", "Eget kapital vid årets slut", KR, width=18,
               help="Som paragrafen anger det; tomt om inte."),
    ),
    help="En rad när en paragraf fastställer årsredovisningen och anger dess resultat eller eget kapital. "
         "Beloppen stäms av mot årsredovisningen för året när den ligger i samma mapp.",
    blank_rows=2, optional=True,
)

MEETING_WB = WorkbookSchema(
    "sammantrade.xlsx", "Sammanträde",
    "Ett styrelsesammanträde: uppgifter, närvaro, paragrafer och beslut om ansökningar om medel. Filen får heta "
    "sammantrade-ÅÅÅÅ-MM-DD.xlsx; flera sammanträden kan ligga i samma mapp.",
    (MEETING_FACTS, ATTENDANCE, PARAGRAPHS, FUNDING, ANNUAL_DECISIONS),
    kind="sammantrade", notes=minutes_reference_help(),
)

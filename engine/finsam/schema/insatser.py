"""insatser.xlsx: the funded insatser, their goals, and the förbund's own goals."""
from __future__ import annotations

from .fields import COUNT, KR, PROSE, TEXT, Column, Ref, TableSheet, WorkbookSchema, choice

INSATS_TYPES = ("Individinriktad", "Strukturövergripande")  # the law's classes (the individual share)
ACHIEVED = ("Ja", "Nej", "Delvis", "Till viss del", "Ej bedömt")
# What förbund write for a goal's judgement, and what it means: ja, nej, delvis, ej_bedomt.
ACHIEVED_WORDS = (
    ("Ja", "ja"), ("Uppnått", "ja"), ("Uppfyllt", "ja"), ("Målet är uppnått", "ja"), ("Målet uppnått", "ja"),
    ("Nej", "nej"), ("Ej uppnått", "nej"), ("Inte uppnått", "nej"), ("Ej uppfyllt", "nej"),
    ("Målet är inte uppnått", "nej"), ("Målet är ej uppnått", "nej"),
    ("Delvis", "delvis"), ("Delvis uppnått", "delvis"), ("Till viss del", "delvis"),
    ("Till viss del uppnått", "delvis"), ("Delvis uppfyllt", "delvis"), ("Till stor del", "delvis"),
    ("Ej bedömt", "ej_bedomt"), ("Ej bedömd", "ej_bedomt"), ("Inte bedömt", "ej_bedomt"),
    ("Kan inte bedömas", "ej_bedomt"), ("Går inte att bedöma", "ej_bedomt"), ("Ej mätbart", "ej_bedomt"),
)
STANDARD_TYPES = ({"typ": "Individinriktad", "klass": "Individinriktad"},
                  {"typ": "Strukturövergripande", "klass": "Strukturövergripande"})


def judgement(key: str, header: str, **kw) -> Column:
    """A goal's judgement as the förbund writes it (Ja, Nej, Delvis, Till viss del, Ej bedömt
    and their variants); the document prints what was written."""
    return Column(key, header, choice("_", "", ACHIEVED).kind, choices=ACHIEVED, vocabulary=ACHIEVED_WORDS, **kw)


INSATS_TYPES_SHEET = TableSheet(
    "Insatstyper", "insatstyper", "Förbundets insatstyper och vad de räknas som",
    (
        Column("typ", "Typ", TEXT, required=True, width=30,
               help="Förbundets egen benämning, t.ex. individinriktad, volyminsats, strukturell."),
        choice("klass", "Räknas som", INSATS_TYPES, required=True, width=22,
               help="Lagens indelning, som andelen individinriktade insatser räknas på."),
    ),
    help="Förbundets egna insatstyper. Varje typ räknas antingen som individinriktad eller som "
         "strukturövergripande när andelen individinriktade insatser räknas fram.",
    prefill=STANDARD_TYPES, blank_rows=6, unique="typ", optional=True,
)
GOAL_CATEGORIES = ("Verksamhetsmål", "Finansiellt mål")
METRICS = ("Deltagare", "Till arbete eller studier", "Till arbete", "Till studier", "Volyminsatser")
COMPARISONS = ("Fler än föregående år", "Minst målvärdet", "Högst målvärdet")
MAX_PARTICIPANTS = 100_000  # per cell; more than any förbund's yearly total

INSATSER = TableSheet(
    "Insatser", "insatser", "Insatser som förbundet finansierar",
    (
        Column("namn", "Insats", TEXT, required=True, width=34),
        Column("typ", "Typ", TEXT, required=True, width=20, refs=Ref("insatstyper", "typ"),
               help="En typ ur bladet Insatstyper."),
        Column("agare", "Insatsägare", TEXT, width=24),
        Column("budgetpost", "Budgetpost", TEXT, width=28,
               refs=Ref("budget", "post", "ekonomi.xlsx", (("radtyp", "Rad"),)),
               help="Raden i ekonomi.xlsx, blad Budgetuppföljning, som insatsens kostnad bokförs på."),
        Column("budget", "Budget", KR, width=14, aliases=("Budget (kr)",),
               help="Budgeterat eller beviljat belopp."),
        Column("utfall", "Utfall", KR, width=14, aliases=("Utfall (kr)",), help="Förbrukat under året."),
        Column("ej_forbrukat", "Ej förbrukat", KR, width=14, optional=True,
               help="Frivilligt: beviljat men inte förbrukat (strukturövergripande insatser)."),
        Column("beskrivning", "Syfte och beskrivning", PROSE, width=60),
    ),
    help="En rad per insats. Typen avgör andelen individinriktade insatser. Budgetposten kopplar "
         "insatsen till budgetuppföljningen så att beloppen kan stämmas av.",
    unique="namn", blank_rows=25,
)

INSATS_GOALS = TableSheet(
    "Insatsmål", "insatsmal", "Mål och resultat per insats",
    (
        Column("insats", "Insats", TEXT, required=True, width=30, refs=Ref("insatser", "namn")),
        Column("mal", "Mål", TEXT, required=True, width=50),
        judgement("uppnatt", "Uppnått", width=12, help="Ja, Nej, Delvis, Till viss del eller Ej bedömt."),
        Column("resultat", "Utfall och resultat", TEXT, width=60),
    ),
    blank_rows=40,
)

GOALS = TableSheet(
    "Förbundets mål", "mal", "Förbundets verksamhetsmål och finansiella mål",
    (
        choice("kategori", "Kategori", GOAL_CATEGORIES, required=True, width=16),
        Column("mal", "Mål", TEXT, required=True, width=50),
        choice("matetal", "Mätetal", METRICS, width=22,
               help="Välj ett mätetal så räknar programmet fram utfallet ur deltagare.xlsx."),
        choice("jamforelse", "Jämförelse", COMPARISONS, width=20),
        Column("malvarde", "Målvärde", COUNT, width=10),
        Column("utfall", "Utfall", COUNT, width=10,
               help="Lämna tomt när ett mätetal är valt; ett ifyllt värde kontrolleras mot beräkningen."),
        Column("varav_kvinnor", "Varav kvinnor", COUNT, width=10),
        Column("varav_man", "Varav män", COUNT, width=10),
        Column("utfall_fg", "Utfall föregående år", COUNT, width=12),
        judgement("uppnatt", "Uppnått", width=12,
                  help="Fylls i för mål utan mätetal. För mål med mätetal avgör beräkningen."),
        Column("kommentar", "Utfall och kommentar", PROSE, width=60),
    ),
    help="Målen om eget kapital och andelen individinriktade insatser följs upp automatiskt "
         "från ekonomi.xlsx och ska inte skrivas här.",
    blank_rows=15,
)

INSATSER_WB = WorkbookSchema(
    "insatser.xlsx", "Insatser",
    "Insatser med typ, ägare, budget och utfall; mål per insats; förbundets mål.",
    (INSATS_TYPES_SHEET, INSATSER, INSATS_GOALS, GOALS),
    kind="arsredovisning", version=2,
)

DELTAGARE = TableSheet(
    "Deltagare", "deltagare", "Deltagare och utfall per individinriktad insats",
    (
        Column("insats", "Insats", TEXT, required=True, width=30,
               refs=Ref("insatser", "namn", "insatser.xlsx")),
        Column("kvinnor", "Deltagare kvinnor", COUNT, width=11, minimum=0, maximum=MAX_PARTICIPANTS),
        Column("man", "Deltagare män", COUNT, width=11, minimum=0, maximum=MAX_PARTICIPANTS),
        Column("okant_kon", "Deltagare utan uppgift om kön", COUNT, width=12, minimum=0, maximum=MAX_PARTICIPANTS,
               help="Deltagare vars kön inte finns i insatsens rapport. Oftast tomt."),
        Column("totalt", "Deltagare totalt", COUNT, computed="={kvinnor}+{man}+{okant_kon}", width=11,
               minimum=0),
        Column("volym", "Volyminsats", COUNT, width=11, minimum=0, maximum=MAX_PARTICIPANTS, help="Tomt = ej aktuellt."),
        Column("arbete_kvinnor", "Till arbete kvinnor", COUNT, width=11, minimum=0, maximum=MAX_PARTICIPANTS),
        Column("arbete_man", "Till arbete män", COUNT, width=11, minimum=0, maximum=MAX_PARTICIPANTS),
        Column("studier_kvinnor", "Till studier kvinnor", COUNT, width=11, minimum=0, maximum=MAX_PARTICIPANTS),
        Column("studier_man", "Till studier män", COUNT, width=11, minimum=0, maximum=MAX_PARTICIPANTS),
        Column("arbete_okant", "Till arbete utan uppgift om kön", COUNT, width=12, minimum=0,
               maximum=MAX_PARTICIPANTS, optional=True,
               help="När insatsen rapporterar avslut utan könsuppdelning. Oftast tomt."),
        Column("studier_okant", "Till studier utan uppgift om kön", COUNT, width=12, minimum=0,
               maximum=MAX_PARTICIPANTS, optional=True,
               help="När insatsen rapporterar avslut utan könsuppdelning. Oftast tomt."),
    ),
    help="Endast antal, aldrig uppgifter om enskilda personer. Insatsens namn ska stå likadant "
         "som i insatser.xlsx.",
    total_label="Totalt", unique="insats", blank_rows=20,
)

DELTAGARE_WB = WorkbookSchema(
    "deltagare.xlsx", "Deltagare",
    "Antal deltagare per insats och kön, volyminsatser och avslut till arbete och studier.",
    (DELTAGARE,),
    kind="arsredovisning",
)

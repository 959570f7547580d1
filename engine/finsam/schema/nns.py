"""nns.xlsx: the results of NNS indikatorenkät (Nationella nätverket för samordningsförbund),
for the annual report's bilaga. Optional: a folder without it builds the annual report
without the bilaga.

The workbook holds what NNS's result report prints: the survey (year, period, the number of
questionnaires), the respondent groups (deltagare in a pågående insats and before avslut,
personal, remittenter, samverkansparter/chefsgrupp, styrelse …), the indicators, and one row
per question, respondent group and gender: the number who answered, the shares negative,
neither, positive and clearly positive, the response rate and the change against the year
compared with. A blank share is not reported (never 0). Gender rows are shown in the
document only where both women and men are at least ten (NNS's rule for survey results).
"""
from __future__ import annotations

from .fields import (COUNT, INT, PERCENT, PROSE, TEXT, YEAR, Column, FormSheet, Ref, TableSheet, WorkbookSchema,
                     choice)

GENDERS = ("Samtliga", "Kvinnor", "Män")
SCALES = ("Frekvens", "Grad", "Ja/Nej")
MAX_RESPONDENTS = 100_000

# NNS's indicators, as its result reports word them (indicator 11 is a register study).
INDICATOR_TEXTS = (
    (1, "Deltagarna känner att de insatser som erbjuds är organiserade runt deras behov (personcentrerade)."),
    (2, "Deltagarna upplever inflytande över rehabiliteringsprocessen."),
    (3, "En möjlighet att låta rehabiliteringsprocessen få ta den tid som behövs utifrån deltagarnas "
        "förutsättningar."),
    (4, "Deltagarna upplever att det finns någon som håller samman och stödjer den enskildes samordnade "
        "rehabiliteringsprocess."),
    (5, "Deltagarna upplever att de kan hantera egna symtom och funktionsnedsättning samt att de har fått stöd "
        "från myndigheterna i att leva med detta."),
    (6, "När insatser avslutas i en samordnad rehabiliteringstjänst upplever deltagarna att det finns en "
        "planering/tjänster som tar vid, och att de levereras utan onödigt dröjsmål."),
    (7, "Deltagarna upplever att det har skett en stegförflyttning närmare arbetsmarknaden/egen försörjning."),
    (8, "Personalen upplever att andra medarbetare/professionella i andra myndigheter respekterar deras "
        "kunskap, roller och arbetssätt."),
    (9, "Att det systematiskt tillvaratas erfarenheter, kunskaper och synpunkter såväl från enskilda "
        "deltagare/brukare som från brukarorganisationer eller grupper av deltagare."),
    (10, "Samordnade insatser inkluderar även andra aktörer i samhället, företag, ideella krafter och "
         "föreningsliv i det löpande arbetet på ett strukturerat sätt."),
    (11, "Utfall för deltagarna som kommer ur de samordnade insatserna är hållbara och säkra över tid "
         "(registerstudie)."),
    (12, "En struktur har skapats vars huvuduppgifter är att strategiskt initiera, upprätthålla och underhålla "
         "relationer."),
    (13, "Samordnade insatser har ett sektorsövergripande arbetssätt och synsätt."),
    (14, "Det finns en klar och tydlig strategi för uppföljning och utvärdering av myndighetsgemensamma insatser."),
    (15, "Insikter från samverkan leder till att nya typer av förebyggande insatser utvecklas så att behov av "
         "samordnad rehabilitering inte behöver bli aktuellt om individer fångas upp mycket tidigare och på "
         "ett annorlunda sätt."),
    (16, "En värdegrund utifrån mänskliga rättigheter såsom jämställdhet, mångfald och jämlikhet genomsyrar den "
         "lokala samverkanskulturen."),
)
STANDARD_GROUPS = (
    "Deltagare i pågående insats", "Deltagare inför avslut i insats", "Personal", "Remittenter",
    "Chefsgrupp (samverkansparter)", "Styrelse",
)

SURVEY = FormSheet(
    "Enkät", "nns", "NNS indikatorenkät: enkäten",
    (
        Column("ar", "Årsredovisningens år", YEAR,
               help="Året i årsredovisningen som resultaten redovisas i (kontrolleras mot ekonomi.xlsx)."),
        Column("rubrik", "Bilagans rubrik", TEXT, width=60,
               default="Resultatrapport från NNS indikatorenkäter",
               help="Tomt: Resultatrapport från NNS indikatorenkäter."),
        Column("period", "Mätperiod", TEXT, width=30, help="Som i NNS rapport, t.ex. 2022-11-01–2023-10-31."),
        Column("jamforelsear", "Jämförelseår", YEAR,
               help="Året som kolumnen Förändring jämför med; tomt om ingen jämförelse redovisas."),
        Column("antal_enkater", "Insamlade enkäter totalt", COUNT,
               help="Summan av respondentgruppernas antal svar (kontrolleras)."),
        Column("antal_enkater_fg", "Insamlade enkäter jämförelseåret", COUNT),
        Column("resultat", "Förbundets sammanfattning av resultatet", PROSE, width=100),
        Column("citat", "Citat ur fritextsvaren", TEXT, width=100,
               help="Ett citat per rad (Alt+Enter). Skriv aldrig något som kan peka ut en person."),
    ),
    help="Resultaten från NNS indikatorenkät redovisas som bilaga till årsredovisningen. Arbetsboken är "
         "frivillig: utan den görs årsredovisningen utan bilagan.",
)

GROUPS = TableSheet(
    "Respondentgrupper", "nnsgrupper", "Respondentgrupper",
    (
        Column("grupp", "Respondentgrupp", TEXT, required=True, width=34),
        Column("beskrivning", "Beskrivning", TEXT, width=50,
               help="T.ex. Personal (medarbetarrådets medlemmar och medarbetare i förbundsfinansierade insatser)."),
        Column("antal", "Antal svarande", COUNT, width=12, minimum=0, maximum=MAX_RESPONDENTS,
               help="Antal enkäter gruppen besvarade."),
        Column("kvinnor", "Varav kvinnor", COUNT, width=12, minimum=0, maximum=MAX_RESPONDENTS,
               help="Tomt om enkäten inte frågar om kön."),
        Column("man", "Varav män", COUNT, width=12, minimum=0, maximum=MAX_RESPONDENTS),
    ),
    help="En rad per respondentgrupp som har besvarat en enkät. Namnen används i bladet Resultat.",
    unique="grupp", blank_rows=6, prefill=tuple({"grupp": g} for g in STANDARD_GROUPS),
)

INDICATORS = TableSheet(
    "Indikatorer", "nnsindikatorer", "NNS indikatorer",
    (
        Column("nr", "Indikator", INT, required=True, width=10),
        Column("indikator", "Indikatorns lydelse", TEXT, required=True, width=90),
    ),
    help="NNS sexton indikatorer. Ändra inte numren; lydelsen står som i NNS rapport.",
    unique="nr", blank_rows=2, prefill=tuple({"nr": n, "indikator": t} for n, t in INDICATOR_TEXTS),
)

RESULTS = TableSheet(
    "Resultat", "nnsresultat", "Resultat per fråga, respondentgrupp och kön",
    (
        Column("indikator", "Indikator", INT, width=9, refs=Ref("nnsindikatorer", "nr"),
               help="Indikatorns nummer (bladet Indikatorer). Tomt på en rad för kvinnor eller män: som raden ovanför."),
        Column("fraga", "Fråga", TEXT, width=50,
               help="Frågan som i NNS rapport. Tomt på en rad för kvinnor eller män: som raden ovanför."),
        Column("grupp", "Respondentgrupp", TEXT, width=26, refs=Ref("nnsgrupper", "grupp"),
               help="En grupp ur bladet Respondentgrupper. Tomt på en rad för kvinnor eller män: som raden ovanför."),
        choice("kon", "Svarande", GENDERS, width=11,
               help="Samtliga, Kvinnor eller Män. Tomt = Samtliga. Raderna för kvinnor och män står under "
                    "raden för samtliga."),
        choice("skala", "Svarsskala", SCALES, width=11,
               help="Frekvens (ofta, alltid …), Grad (till stor del …) eller Ja/Nej. Vid Ja/Nej skrivs ja under "
                    "Positivt och nej under Negativt."),
        Column("antal", "Antal svar", COUNT, width=9, minimum=0, maximum=MAX_RESPONDENTS,
               help="n i NNS rapport."),
        Column("negativ", "Negativt", PERCENT, width=10, help="Andel negativa svar (vid Ja/Nej: nej)."),
        Column("neutral", "Varken eller", PERCENT, width=10),
        Column("positiv", "Positivt", PERCENT, width=10, help="Andel positiva svar (vid Ja/Nej: ja)."),
        Column("klart_positivt", "Klart positivt", PERCENT, width=10,
               help="De två mest positiva svarsalternativen; ingår i Positivt."),
        Column("svarsfrekvens", "Svarsfrekvens", PERCENT, width=11),
        Column("forandring", "Förändring", PERCENT, width=11,
               help="Förändring av andelen positiva mot jämförelseåret, i procentenheter: 6 % eller −2 %; "
                    "0 % för oförändrat."),
    ),
    help="En rad per fråga och respondentgrupp (Samtliga), och under den en rad för kvinnor och en för män "
         "när NNS rapport redovisar dem. Andelar med procenttecken, som i rapporten: 95 %. En andel som inte "
         "redovisas lämnas tom. Könsuppdelningen visas i årsredovisningen bara när både kvinnor och män är "
         "minst tio (NNS regel).",
    blank_rows=60,
)

NNS_WB = WorkbookSchema(
    "nns.xlsx", "NNS indikatorenkät",
    "Resultaten från NNS indikatorenkät: respondentgrupper, frågor, antal svar och andelar, per kön där de "
    "redovisas. Frivillig bilaga till årsredovisningen.",
    (SURVEY, GROUPS, INDICATORS, RESULTS),
    kind="arsredovisning",
)

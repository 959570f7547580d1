"""Ansökan om medel: arbetskonsulent med uppdrag från andra än ekonomiskt bistånd (2024).

Pure data transcribed from seed 000 (/work/shared/seeds/000_bfcc53e69d583ac9.txt): the
application form "Ansökan om medel från Samordningsförbundet i Sundsvall" with its
"Mall för insatsbeskrivningar" (Bilaga 5 to § 61 of the board minutes of 2024-04-26),
and the board's § 61 of that meeting. No logic.

Conventions
-----------
* Short fields are copied exactly as printed (typos kept, marked "sic"); long prose
  fields are our own 1–2 sentence Swedish summary and their key ends in ``_sammandrag``.
  Every figure of a summarised section is kept in its summary.
* Telephone numbers and e-mail addresses printed in the form are left out on purpose.
  Names and titles of the signatories and contact persons are kept (they are printed in
  the form and, for Peter Pettersson, in the minutes).
* An empty printed field is ``None``.
* Amounts: ``belopp`` is the integer in kr; ``tryckt`` is the cell text exactly as printed
  (unit included).
* The form itself carries no date. The § 61 decision is NOT a grant: the board sent the
  application back (återremiss), so no amount and no period were granted.
"""
from __future__ import annotations

import datetime as dt

D = dt.date

FACTS = {
    "forbund": "Samordningsförbundet i Sundsvall",
    "titel": "Ansökan om medel från Samordningsförbundet i Sundsvall",
    "mottagare_adress": "Samordningsförbundet i Sundsvall, Normalmsgatan 4, 851 85 SUNDSVALL",
    "villkor": (
        "Observera att ett krav för att ansökan ska behandlas är att den tar upp samverkan "
        "mellan minst två av Samordningsförbundets samverkande parter."
    ),
    "bilagekrav": (
        "Till ansökan ska bifogas förslag till budget samt, för mer omfattande ansökningar, "
        "en separat beskrivning av insatsen."
    ),
    "datum": None,  # the form prints no date
    # "Uppgifter om ansvarig part (stödmottagare)". Printed but left out: Kontaktpersonens
    # telefonnummer, Kontaktpersonens e-postadress, Kontaktpersonens mobiltelefonnummer.
    "sokande": {
        "organisation": "Individ- och arbetsmarknadsförvaltningen",
        "enhet": "IAF Arbete och försörjning",
        "behorig_att_teckna_avtal": "Denise Wallén, förvaltningsdirektör",
        "organisationsnummer": "212000-2411",
        "utdelningsadress": "Individ- och arbetsmarknadsförvaltningen, Arbete och försörjning",
        "postnummer_postadress": "851 85 Sundsvall",
        "kontaktperson": "Denise Wallén",
        "plusgiro": None,   # field printed empty
        "bankgiro": None,   # field printed empty
    },
    # The three "Uppgifter om samverkanspart" blocks, in printed order.
    "samverkansparter": ["Arbetsförmedlingen", "Försäkringskassan", "Region Västernorrland"],
    # Printed but left out in every block: telefonnummer, e-postadress, mobiltelefonnummer.
    "samverkansparter_uppgifter": [
        {"organisation": "Arbetsförmedlingen", "enhet": "Sundsvall",
         "behorig_att_teckna_avtal": "Peter Pettersson",
         "kontaktperson": "Peter Pettersson"},
        {"organisation": "Försäkringskassan", "enhet": "SFT",
         "behorig_att_teckna_avtal": "Mikael Broman",
         "kontaktperson": "Camilla Steen"},
        # Enhet/arbetsställe and Behörig att teckna avtal are empty for the Region.
        {"organisation": "Region Västernorrland", "enhet": None,
         "behorig_att_teckna_avtal": None,
         "kontaktperson": "Karin Nordström"},
    ],
    # Other parts that may refer participants (2.2), not signatories of the form.
    "aktualiserande_parter": ["Försäkringskassan", "Region Västernorrland",
                              "Arbetsförmedlingen", "Vuxenutbildningen"],
    "insats": "Arbetskonsulent med uppdrag från andra än ekonomiskt bistånd",
    # Printed only as months: "sept-dec 2024 (247 500 kr) samt jan-dec 2025 (726 000 kr)".
    # start/slut are year-month derived from that text; no day is printed.
    "period": {"start": "2024-09", "slut": "2025-12",
               "tryckt": ["sept-dec 2024", "jan-dec 2025"]},
    "sammanfattning_sammandrag": (
        "Ansökan gäller ytterligare en arbetskonsulent på Arbetsmarknadstorget för deltagare "
        "som inte uppbär ekonomiskt bistånd men behöver arbetslivsinriktad rehabilitering, sedan "
        "kön vuxit till ca 13 personer med ca 6 månaders väntetid efter att en av de två tjänster "
        "som finansierades 2021-2022 drogs in. Tjänsten ska också kunna ta emot deltagare utan "
        "försörjningsstöd som studerar SFI och behöver kombinera det med arbetspraktik."
    ),
    # The summary's last paragraph, short, exact.
    "sammanfattning_belopp": (
        "Ansökan avser totalt [sökt belopp] för lönekostnad, kostnad för IT- och telefoni samt "
        "lokalkostnader för sept-dec 2024 ([budget år 1]) samt jan-dec 2025 ([budget år 2])."
    ),
    # 1.1 Bakgrund till insatsen
    "bakgrund_sammandrag": (
        "IAF:s arbetskonsulenter arbetar i första hand med personer med försörjningsstöd eller "
        "på avtal med Arbetsförmedlingen, så Arbetsmarknadstorget har fått medel för andra "
        "målgrupper sedan hösten 2016 (unga med aktivitetsersättning eller sjukpenning) och 2018 "
        "(deltagare från samtliga parter); en andra tjänst från hösten 2021 till 2022 drogs in "
        "från 2023 efter lågt inflöde (inriktningsbeslut juni 2022). Med en tjänst för 25-30 "
        "deltagare står nu 13 personer i kö, periodvis med 6 månaders väntetid."
    ),
    # 1.2 Syftet med insatsen: one sentence, exact (split by a page break in the seed;
    # "arbetslivsriktad" sic).
    "syfte": (
        "Att personer som saknar naturliga vägar in till arbetslivsriktad rehabilitering på "
        "grund av att de är i behov av förrehabiliterande insatser eller saknar vissa "
        "ersättningar som öppnar dörren till insatser från olika aktörer får detta stöd i syfte "
        "att göra dem redo för att ta steget in till ordinarie aktör."
    ),
    # 1.3 Målgruppen för insatsen: the lead-in exact, the four bullets summarised.
    "malgrupp": (
        "Målgruppen till denna tjänst är inte homogen utan ser olika ut beroende på vilken "
        "aktör som aktualiserar"
    ),
    "malgrupp_sammandrag": (
        "Sjukskrivna från Försäkringskassan som behöver förrehabilitering, personer från Region "
        "Västernorrland och Arbetsförmedlingen som varken har ekonomiskt bistånd eller "
        "sjukskrivning, samt elever på Vuxenutbildningen utan ekonomiskt bistånd som behöver "
        "kombinera studierna med arbetsträning/praktik."
    ),
    "malgrupper": [
        {"aktualiseras_av": "Försäkringskassan",
         "sammandrag": "Sjukskrivna som behöver få sin arbetsförmåga prövad men först behöver "
                       "förrehabiliterande insatser innan det förstärkta samarbetet med "
                       "Arbetsförmedlingen kan bli aktuellt."},
        {"aktualiseras_av": "Region Västernorrland",
         "sammandrag": "Personer i kontakt med regionen som varken får ekonomiskt bistånd eller "
                       "är sjukskrivna, t.ex. de som bor hos sina föräldrar utan SGI eller inte "
                       "får ekonomiskt bistånd för att de äger en bostadsrätt."},
        {"aktualiseras_av": "Arbetsförmedlingen",
         "sammandrag": "Personer med samverkansbehov mellan vård och kommun utan ekonomiskt "
                       "bistånd, vars arbetsförmåga ska klargöras genom arbetslivsinriktad "
                       "rehabilitering så att de inte hamnar hos ekonomiskt bistånd."},
        {"aktualiseras_av": "Vuxenutbildningen",
         "sammandrag": "Elever utan ekonomiskt bistånd som behöver kombinera studierna med "
                       "arbetsträning/praktik, t.ex. för att öka sin språkinlärning i svenska."},
    ],
    # Printed right after the goals in 2.1, short, exact.
    "mal_forbehall": (
        "Målen för alla insatser från Samordningsförbundet kommer att ses över inför 2025 "
        "vilket innebär att dessa mål bör ses som preliminära och kan förändras."
    ),
    # 2.2 Avgränsningar och mervärde
    "avgransningar_mervarde_sammandrag": (
        "Försäkringskassan, Region Västernorrland, Arbetsförmedlingen och Vuxenutbildningen kan "
        "aktualisera till tjänsten via Arbetsmarknadstorgets beredningsgrupp, som avgör om "
        "arbetskonsulenten ska starta upp personen."
    ),
    # 2.3 Genomförande/samverkan
    "genomforande_sammandrag": (
        "Tjänsten organiseras som tidigare under IAF i arbetskonsulentgruppen på "
        "Arbetsmarknadstorget och arbetar med ISA-metoden mot arbetsträning, praktik eller "
        "studier, med uppföljning på arbetsplatsen och efterstöd; för Försäkringskassans "
        "sjukpenningärenden klargörs om arbetsförmåga upp till 10 timmar finns, varefter ärendet "
        "återlämnas för det förstärkta samarbetet (GK). Sundsvalls kommun ger tillgång till "
        "IAF:s platsutbud och insatser för målgruppen."
    ),
    # Short, exact wording from 2.3 ("arbetsmetoden Individuellt Stöd i Arbete, ISA-metoden").
    "metod": "Individuellt Stöd i Arbete, ISA-metoden",
    "metod_grund": "Supported Employment",
    # 2.4 Jämställdhet
    "jamstalldhet_sammandrag": (
        "Remitterande parter styr vilka som aktualiseras, så IAF kan inte påverka "
        "könsfördelningen; Arbetsmarknadstorget har i dag en jämn fördelning mellan män och "
        "kvinnor, och resultatet vid avslut redovisas könsuppdelat i halvårs- och helårsrapport."
    ),
    # 3.1 Resultatspridning
    "resultatspridning_sammandrag": (
        "Uppföljning sker löpande i möten med deltagarna och i samverkansmöten några gånger per "
        "år med Försäkringskassans försäkringsutredare; deltagarna registreras i uppföljning "
        "FINSAM, indikatorer följs upp med enkäter under insats och vid avslut, och resultatet "
        "rapporteras två gånger per år (halvårsrapport och årsrapport)."
    ),
    # 3.2 Förväntat resultat för de samverkande parterna
    "forvantat_resultat_parter_sammandrag": (
        "Målgruppen ska även kommande år få tillgång till stödet och kunna ta nästa steg mot rätt "
        "aktör och självförsörjning; kommunen kan inte implementera tjänsten utan extern "
        "finansiering eftersom den ligger utanför kommunens ansvar och uppdrag."
    ),
    # 3.3 Förväntat resultat för individerna
    "forvantat_resultat_individer_sammandrag": (
        "Deltagaren ska få sin arbetsförmåga klarlagd genom samordnade insatser på "
        "Arbetsmarknadstorget; bäst är att gå direkt till egen försörjning, men även ökad "
        "aktivitetsförmåga och klarlagd arbetsomfattning räknas som ett lyckat utfall."
    ),
    # "Underskrifter": the typed names under the signature lines, in printed order. The
    # fourth box (a third samverkande part, i.e. Region Västernorrland) has no name.
    # Whether the form was actually signed cannot be told from the text.
    "underskrifter": [
        {"roll": "För ansvarig part", "namn": "Denise Wallén"},
        {"roll": "För samverkande part", "namn": "Peter Pettersson"},
        {"roll": "För samverkande part", "namn": "Mikael Broman"},
        {"roll": "För samverkande part", "namn": None},
    ],
}

# 2.1 Insatsens mål: (mål, indikator), exactly as printed.
GOALS = [
    ("Deltagarna i insatsen som aktualiseras från Försäkringskassans sjukpenningssida har fått "
     "sin arbetsförmåga klarlagd.",
     "75% av de som aktualiseras från FK ska gå vidare till GK."),
    ("Deltagare som aktualiseras från Vuxenutbildningen har utvecklat sina kunskaper i svenska "
     "språket.",
     "Mäts efter dialog med lärare på SFI på Vuxenutbildningen"),  # no full stop, as printed
    ("Deltagarna i insatsen närmar sig egen försörjning.",
     "Mäts med NNS indikatorenkät och sammanställs i årsrapporten."),
    ("Deltagarna i insatsen upplever att de fått hjälp att utveckla sätt att hantera sin "
     "situation.",
     "Mäts med NNS indikatorenkät och sammanställs i årsrapporten."),
    # "upplever att finns en planering" (no "det"), sic.
    ("Deltagarna upplever att finns en planering som tar vid när insatsen avslutas.",
     "Mäts med NNS indikatorenkät och sammanställs i årsrapporten."),
]

# 4. Sökta medel. Every printed cell carries its own unit "kr".
BUDGET = {
    "rubrik": "4. Sökta medel",
    "ingress": "Redovisa era totala kostnader för insatsen enligt nedan.",
    "kolumner": ["Kostnadslag", "Budget 2024", "Budget 2025"],  # "Kostnadslag" sic
    "ar": [2024, 2025],
    "enhet": "kr",
    "rader": [
        {"kostnadsslag": "Lönekostnader", "enhet": "kr",
         "belopp": {2024: 225000, 2025: 681000},
         "tryckt": {2024: "225 000 kr", 2025: "681 000 kr"}},
        {"kostnadsslag": "Lokalkostnader", "enhet": "kr",
         "belopp": {2024: 15000, 2025: 30000},
         "tryckt": {2024: "15 000 kr", 2025: "30 000 kr"}},
        {"kostnadsslag": "Material (IT och telefoni)", "enhet": "kr",
         "belopp": {2024: 7500, 2025: 15000},
         "tryckt": {2024: "7500 kr", 2025: "15 000 kr"}},  # "7500" without space, as printed
        # Both cells printed empty.
        {"kostnadsslag": "Övriga kostnader (ange typ av övriga kostnader)", "enhet": "kr",
         "belopp": {2024: None, 2025: None},
         "tryckt": {2024: None, 2025: None}},
    ],
    # The printed "Summa" row (per year). The table has no total column.
    "summa": {"kostnadsslag": "Summa", "enhet": "kr",
              "belopp": {2024: 247500, 2025: 726000},
              "tryckt": {2024: "247 500 kr", 2025: "726 000 kr"}},
    "summa_totalt": None,  # not printed in the table
    # The requested amount, printed in the Sammanfattning (not in the budget table).
    "sokt_belopp": {"belopp": 973500, "tryckt": "973 500 kr",
                    "per_ar": {2024: 247500, 2025: 726000},
                    "per_ar_tryckt": {2024: "247 500 kr", 2025: "726 000 kr"},
                    "kalla": "Sammanfattning"},
}

# § 61 of the board minutes 2024-04-26, as printed (markdown bold of the heading removed).
DECISION = {
    "paragraf": 61,
    "datum": D(2024, 4, 26),
    "rubrik": "Ansökan om en arbetskonsulent till Arbetsmarknadstorget",
    "bilaga": 5,
    "text": [
        "Ansökan avser utökande av en arbetskonsulent för att möta upp fler deltagare som inte "
        "uppbär ekonomiskt bistånd men som ändå är i behov av arbetslivsinriktad rehabilitering "
        "som kan ges på Arbetsmarknadstorget under 2024 och 2025.",
        "Ansökan avser finansiering av personalkostnader, lokalkostnad samt data/IT till en "
        "kostnad av 247 500 kr 2024 och 726 000 kr för 2025.",
        # "inom, Bransch SFI- språket ..." punctuation as printed.
        "Styrelsen diskuterar en av målgrupperna för insatsen. Eleverna som studerar på "
        "Vuxenutbildningen inom, Bransch SFI- språket är nyckeln till arbete, och behöver stöd "
        "för att komma vidare mot arbete eller studier. Styrelsen anser att syftet och målen för "
        "denna målgrupp behöver förtydligas.",
    ],
    "beslut": [
        "Att återremittera ansökan till huvudmännen för ett förtydligande för ovannämnda målgrupp.",
    ],
    # Our label for the outcome: sent back for clarification, nothing granted.
    "utfall": "återremitterad",
    "beviljat_belopp": None,
    "beviljad_period": None,
    # The amounts the minutes state as applied for (not granted).
    "sokt_belopp_enligt_protokollet": {2024: 247500, 2025: 726000},
}

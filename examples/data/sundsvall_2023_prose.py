"""Printed sentences with figures from the annual report 2023 of Samordningsförbundet i Sundsvall.

Source: /work/shared/seeds/002_7f0721e25a39fdde.txt, the "Årsredovisning — 2023" (seed lines
1059-1576; not the board minutes, not the NNS bilaga). Pure data, no logic beyond a dict
helper. Figures in these sentences that disagree with a table of the same report are listed
in sundsvall_2023_prose_NOTES.md.

What is included
----------------
Every printed sentence of "Ordförande har ordet", the förvaltningsberättelse (1 to 1.7), the
goal sections (1.5.3, 1.5.4) and the insats follow-ups (1.5.6, 1.5.7, including the cells of
their goal tables) that contains a figure: an amount (kr, kronor), a percentage or share
("70 %", "20 procent", "hälften", "en fjärdedel"), a count (deltagare, individer, personer,
kvinnor, män, sammanträden, insatser, ledamöter, konsultationer, anställningar, respondenter,
tillfällen, grupper ...), in digits or in words ("fyra ledamöter", "två insatser", "sex
deltagare"), a duration or age ("nära 20 år", "16–65 år", "cirka tre månaders mellanrum")
or a mean value ("3.9", "4.2"). Two word forms are counted because a table of the report
prints them as numbers: "ingen egen anställd personal" (Antal anställda 0 in 1.1) and "en
ordinarie och en ersättare" per member (the board list in 1.4).

Not included: sentences whose only numbers are calendar years ("2023", "2022–2024"), dates
("27/4", "den 1 april", "2024-03-01"), law and rule numbers ("(2003:1210)", "R15"), labels
("bilaga 8", "tabell 2", "mättillfälle 1-3", "grupp 1" on its own), ordinals ("första
kvartalet", "Det andra jag vill belysa"), indefinite articles ("en inspirationsdag",
"ett analysteam"), the tables themselves (Tabell 1-5, 1.1, 1.5.8, 2-6) and table captions.
Sections without such a sentence (Uppdrag, Verksamhetsidé och vision, 1.5.2 Inriktning,
1.7 Förväntad utveckling, Insatskatalogen, BIP) have no passage.

Fields
------
``section``: the numbered heading as printed (or the unnumbered top-level heading:
"Ordförande har ordet", "Sammanfattning av verksamhetsåret 2023"); ``subsection``: the
nearest unnumbered heading below it (e.g. "Organisation", an insats name), or None;
``key``: a short ASCII key for where the passage belongs (see ``GOALS`` and ``INSATSER``
for the ``mal:`` and ``insats:`` keys); ``line``: the seed line the passage starts on;
``text``: the sentence exactly as printed, one sentence per passage (a run-on fragment of a
table cell that has no full stop counts as one sentence). Markup of the conversion is
removed (HTML tags, markdown ``**`` / ``*``, list dashes), runs of whitespace and line or
page breaks inside a sentence are one space; nothing else is changed, typos included
("Socialekreterarna", "fått tagit", "2023(734 individer)", "jmf."). A label printed in
front of a sentence ("Utfall:", "Utbildningsinsatser:") is kept; table column headers are
not.
"""
from __future__ import annotations


def _p(section, subsection, key, line, text):
    return {"section": section, "subsection": subsection, "key": key, "line": line,
            "text": text}


ORD = "Ordförande har ordet"
SAM = "Sammanfattning av verksamhetsåret 2023"
S11 = "1.1. Översikt över verksamhetens utveckling"
S12 = "1.2. Viktiga förhållanden för resultat och ekonomisk ställning"
S13 = "1.3. Händelser av väsentlig betydelse"
S14 = "1.4. Styrning och uppföljning av verksamheten"
S151 = "1.5.1 Sammanställning av resultat från Samordningsförbundets individinriktade insatser"
S153 = "1.5.3 Verksamhetens mål 2023"
S154 = "1.5.4 Mål för ekonomi och god ekonomisk hushållning 2023"
S155 = "1.5.5 Målgrupper"
S156 = "1.5.6 Uppföljning och resultat för individinriktade insatser"
S157 = "1.5.7 Uppföljning och resultat för strukturövergripande insatser"
S16 = "1.6. Väsentliga personalförhållanden"
BEDOMNING = "Styrelsens sammanfattande bedömning av utfallet av insatserna"

# mal: keys -> the goal as printed (1.5.3 and 1.5.4).
GOALS = {
    "mal:fler_deltagare_i_individinriktade_insatser_avslutas":
        "Fler deltagare i individinriktade insatser avslutas till studier eller arbete 2023 "
        "jämfört med 2022.",
    "mal:fler_deltagare_i_individinriktade_insatser_narmar":
        "Fler deltagare i individinriktade insatser närmar sig egen försörjning 2023 jämfört "
        "med 2022.",
    "mal:fler_deltagare_i_individinriktade_insatser_upplever":
        "Fler deltagare i individinriktade insatser upplever att de fått hjälp att utveckla sätt "
        "att hantera sin situation 2023 jämfört med 2022.",
    "mal:fler_deltagarna_upplever_att_det_finns_en_planering":
        "Fler deltagarna upplever att det finns en planering som tar vid när insatsen avslutas "
        "2023 jämfört med 2022.",
    "mal:fler_upplever_att_samverkansstrukturen":
        "Fler upplever att samverkansstrukturen inom Samordningsförbundet i Sundsvall är en "
        "fungerande plattform för att initiera, upprätthålla och underhålla relationen mellan "
        "inblandade parter 2023 jämfört med 2022.",
    "mal:forbundets_egna_kapital":
        "Förbundets egna kapital ska inte överstiga 20 procent av årets tilldelade medel dock "
        "heller inte understiga 400 000 kronor.",
    "mal:av_samordningsforbundets_tilldelade_medel":
        "Av Samordningsförbundets tilldelade medel skall minst 70% av dessa gå till "
        "individinriktade insatser.",
    "mal:fler_deltagare_i_forbundsfinansierade_insatser":
        "Fler deltagare i förbundsfinansierade insatser 2023 jämfört med 2022.",
}

# insats: keys -> (heading as printed in 1.5.6 / 1.5.7, row of Tabell 1 or None,
# budget line of 2.1 Detaljerad budgetuppföljning or None).
INSATSER = {
    "insats:arbetsmarknadstorget": ("Arbetsmarknadstorget", None, "Arbetsmarknadstorget"),
    "insats:sip_samordnare": ("Socialsekreterare med SIP-samordnarfunktion",
                              "SIP-samordnare på AMT", "• Sip-Samordnare"),
    "insats:forsakringskassan": ("Handläggare från Försäkringskassan",
                                 "Försäkringskassan på AMT", "• Försäkringskassan"),
    "insats:arbetsformedlare": ("Arbetsförmedlare på arbetsmarknadstorget",
                                "Arbetsförmedlare på AMT", "• 2 st. Arbetsförmedlare"),
    "insats:arbetskonsulent_ae": ("Arbetskonsulent för personer med aktivitetsersättning",
                                  "Arbetskonsulent AE", "• Arbetskonsulenter"),
    "insats:arbetskonsulent_gemensam": ("Arbetskonsulent gemensam", "Arbetskonsulent gemensam",
                                        "• Arbetskonsulenter"),
    "insats:psykolog": ("Psykologtjänst", "Psykolog", "• Psykolog"),
    "insats:arbetsterapeut": ("Arbetsterapeutjänst", "Arbetsterapeut", "• Arbetsterapeut"),
    "insats:kompetensutveckling": ("Kompetensutveckling – gemensamma utbildningar", None,
                                   "Kompetensutveckling, gemensamma utbildningar"),
    "insats:psykiatridagarna": ("Psykiatridagarna 2023", None, "Psykeveckan"),
}

_K = "insats:kompetensutveckling"

PASSAGES = [
    # --- Ordförande har ordet -------------------------------------------------------------
    _p(ORD, None, "ordforande_har_ordet", 1081,
       "Målsättningen är att under 2023 genomföra minst 60 subventionerade anställningar med "
       "stöd av; lönebidrag, nystartsjobb och introduktionsjobb."),
    _p(ORD, None, "ordforande_har_ordet", 1083,
       "Resultatet överträffade det mesta med 164 anställningar eller 273 %."),
    _p(ORD, None, "ordforande_har_ordet", 1083,
       "Genom förbundets deltagande så har Sundsvall fått över 100 nya självständiga "
       "skattebetalare."),

    # --- Sammanfattning av verksamhetsåret 2023 --------------------------------------------
    _p(SAM, None, "sammanfattning", 1133,
       "För 2023 får Samordningsförbundet i Sundsvall 7 360 000 kr i driftsbidrag från "
       "huvudmännen, vilket är en minskning med 18 000 kr jämfört med från föregående år, "
       "tillsammans med det egna kapitalet förfogar förbundet över 8 172 116 kr för 2023."),
    _p(SAM, None, "sammanfattning", 1135,
       "Kostnader för de insatser styrelsen beslutat om uppgick till 5 774 942 kr."),
    _p(SAM, None, "sammanfattning", 1135,
       "5 182 188 kr gick till individinriktade insatser, vilket motsvarar 70 % av "
       "driftsbidraget."),
    _p(SAM, None, "sammanfattning", 1135,
       "592 754 kr gick till strukturövergripande insatser vilket motsvarar 8 % av "
       "driftsbidraget."),
    _p(SAM, None, "sammanfattning", 1135,
       "Resultatet för 2023 blev ett plusresultat på 476 308 kr."),
    _p(SAM, None, "sammanfattning", 1135,
       "Med årets resultat har förbundet ett eget kapital 1 288 424 kr vid ingången till 2024."),
    _p(SAM, None, "sammanfattning", 1137,
       "Under året har 199 personer, som fått stöd av Samordningsförbundets insatser, gått "
       "vidare till arbete eller studier."),
    _p(SAM, None, "sammanfattning", 1137, "Samma siffra för 2022 var 137."),
    _p(SAM, None, "sammanfattning", 1139,
       "Med svar från NNS indikatorsenkäter, kan utläsas att 92% av personalen, 78% av "
       "cheferna och 83% av styrelsen anser att samverkansstrukturen inom förbundet är en "
       "fungerande plattform."),
    _p(SAM, None, "sammanfattning", 1139,
       "Jämfört med 2022 har det skett en tydlig ökning för personal med 25% och 11% för "
       "parternas chefer."),
    _p(SAM, None, "sammanfattning", 1141,
       "Att då fler individer fått tagit del av förbundets insatser under 2023(734 individer) "
       "jämfört med 2022(713 individer) samt att fler avslutades till arbete eller studier "
       "(199 under 2023 jmf. 137 under 2022)."),
    _p(SAM, "Organisation", "organisation", 1159,
       "Samordningsförbundet Sundsvall bildades den 1 december 2004 då alla fyra parter antog "
       "förbundsordningen."),
    _p(SAM, "Organisation", "organisation", 1159,
       "Förbundets organisation består av en styrelse bestående av fyra ledamöter och fyra "
       "ersättare utsedda av förbundens medlemmar."),
    _p(SAM, "Finansiering", "finansiering", 1167,
       "Samordningsförbundet Sundsvall finansieras via Försäkringskassan och Arbetsförmedlingen "
       "med hälften av medlen, Region Västernorrland med en fjärdedel och Sundsvalls kommun "
       "med resterande fjärdedel."),
    _p(SAM, "Finansiering", "finansiering", 1167,
       "För 2023 får Samordningsförbundet i Sundsvall 7 360 000 kr i driftsbidrag från "
       "huvudmännen."),

    # --- 1.1 - 1.4 ---------------------------------------------------------------------------
    _p(S11, None, "oversikt", 1182,
       "Samordningsförbundet Sundsvall har ingen egen anställd personal utan tjänsten "
       "förbundschef och biträdande förbundschef köps in av Sundsvalls kommun."),
    _p(S12, None, "viktiga_forhallanden", 1186,
       "För 2023 får Samordningsförbundet i Sundsvall 7 360 000 kr i driftsbidrag från "
       "huvudmännen, vilket är en minskning med 18 000 kr jämfört med från föregående år, "
       "tillsammans med det egna kapitalet förfogar förbundet över 8 172 116 kr för 2023."),
    _p(S12, None, "viktiga_forhallanden", 1188,
       "Kostnader för de insatser styrelsen beslutat om uppgick till 5 774 942 kr."),
    _p(S12, None, "viktiga_forhallanden", 1188,
       "5 182 188 kr gick till individinriktade insatser, vilket motsvarar 70 % av "
       "driftsbidraget."),
    _p(S12, None, "viktiga_forhallanden", 1188,
       "592 754 kr gick till strukturövergripande insatser vilket motsvarar 8 % av "
       "driftsbidraget."),
    _p(S12, None, "viktiga_forhallanden", 1188,
       "Resultatet för 2023 blev ett plusresultat på 476 308 kr."),
    _p(S12, None, "viktiga_forhallanden", 1188,
       "Med årets resultat har förbundet ett eget kapital 1 288 424 kr vid ingången till 2024."),
    _p(S12, None, "viktiga_forhallanden", 1190,
       "Förbundet har under 2020, 2021 och 2022 fått samma tilldelning av driftsbidrag från "
       "huvudmännen men inför verksamhetsåret 2023 får förbundet en sänkning med totalt "
       "18 000 kr i driftsbidrag från huvudmännen."),
    _p(S12, None, "viktiga_forhallanden", 1190,
       "Orsaker till att förbundet gör ett plusresultat i år är att två insatser som var "
       "planerade att starta upp under 2023 inte kommit i gång."),
    _p(S13, None, "handelser", 1194,
       "Cirka 90 personer deltog och verksamhetschefer inom vuxenutbildningen i länet, "
       "rektorer för SFI, SFI lärare och nyckelpersoner inom kommunernas "
       "arbetsmarknadsförvaltningar var representerade."),
    _p(S14, None, "styrning", 1204,
       "Varje medlem har en ordinarie och en ersättare."),
    _p(S14, None, "styrning", 1210,
       "Styrelsen har under året haft 8 protokollförda sammanträden: 27/1, 21/2, 3/4 "
       "konstituerande möte, 28/4, 26/5, 29/8, 27/10 och 28/11."),
    _p(S14, None, "styrning", 1256,
       "Samordningsförbunden har under nära 20 år haft tillgång till ett nationellt system för "
       "att genom sina medlemmar samla in individdata för deltagare i insatser finansierade av "
       "Samordningsförbund."),

    # --- 1.5.1 -----------------------------------------------------------------------------
    _p(S151, None, "bedomning", 1284,
       "Det bör därför förtydligas att 734 deltagare inte är unika individer utan en del av dem "
       "sannolikt har haft kontakt med fler än en insats under året."),
    _p(S151, None, "bedomning", 1286,
       "Det måste anses oerhört glädjande att 734 individer 2023 fått individinriktat stöd, för "
       "att ta steg mot arbetsmarknaden eller studier."),
    _p(S151, None, "bedomning", 1286, "2022 var motsvarande siffra 713 individer."),
    _p(S151, None, "bedomning", 1286,
       "2023 var kostnaden för att bedriva dessa insatser, 5 182 188 kr, motsvarande siffra för "
       "2022 var 5 755 696."),
    _p(S151, None, "bedomning", 1288,
       "När man sedan analyserar utfallet i de insatser förbundet finansierar har alltså över "
       "199 deltagare gått vidare till anställningar eller studier under året, vilket är 62 "
       "fler jämfört mot föregående år."),
    _p(S151, None, "bedomning", 1288,
       "Kostnadsfördelning mellan administration/styrelse och individinriktade insatser "
       "respektive strukturövergripande insatser är att 70 % gått till individinriktade "
       "insatser, 8 % till struktur övergripande insatser och 22 % till "
       "administration/styrelse av förbundets förbrukade medel 2023."),
    _p(S151, BEDOMNING, "bedomning", 1292,
       "Totalt i de förbundsfinansierade insatser har 199 individer gått vidare till arbete "
       "eller studier."),

    # --- 1.5.3 Verksamhetens mål 2023 ----------------------------------------------------------
    _p(S153, None, "mal:fler_deltagare_i_individinriktade_insatser_avslutas", 1310,
       "Utfall: Under 2022 avslutades totalt 137 individer till arbete eller studier."),
    _p(S153, None, "mal:fler_deltagare_i_individinriktade_insatser_avslutas", 1312,
       "Motsvarande siffra under 2023 var 199 individer, varav 93 kvinnor och 103 män."),
    _p(S153, None, "mal:fler_deltagare_i_individinriktade_insatser_narmar", 1324,
       "Utfall: SKAPA (skattning av progression mot arbete) är ett självskattningsinstrument "
       "som bygger på de sex indikatorer som har störst påverkan på en deltagares möjlighet "
       "att skaffa ett arbete eller komma i studier."),
    _p(S153, None, "mal:fler_deltagare_i_individinriktade_insatser_narmar", 1324,
       "Antal deltagare som utfört mätning 1 är, 266 stycken, mätning 2 är det 122 stycken och "
       "slutligen mätning 3 har 31 stycken gjort hittills."),
    _p(S153, None, "mal:fler_deltagare_i_individinriktade_insatser_narmar", 1324,
       "Mätningar görs med cirka tre månaders mellanrum."),
    _p(S153, None, "mal:fler_deltagare_i_individinriktade_insatser_narmar", 1326,
       "I tabell 2 nedan från \"Resultatrapport från NNS indikatorsenkäter\", bilaga 8, kan "
       "utläsas att 86% av deltagarna i en pågående insats anser att de är mera redo att "
       "arbeta eller studera jämfört med innan de fick hjälp av insatsen."),
    _p(S153, None, "mal:fler_deltagare_i_individinriktade_insatser_narmar", 1326,
       "Vilket är en ökning med 1% jämfört med 2022 års resultat, dock kan det noteras att det "
       "finns vissa skillnader mellan män och kvinnors upplevelse."),
    _p(S153, None, "mal:fler_deltagare_i_individinriktade_insatser_upplever", 1347,
       "Utfall: SKAPA (skattning av progression mot arbete) är ett självskattningsinstrument "
       "som bygger på de sex indikatorer som har störst påverkan på en deltagares möjlighet "
       "att skaffa ett arbete eller komma i studier."),
    # Runs over a page break in the seed (lines 1347 and 1349).
    _p(S153, None, "mal:fler_deltagare_i_individinriktade_insatser_upplever", 1347,
       "I diagrammet nedan, kan det utläsas att medelvärdet har ökat inom området hälsa från "
       "ett medelvärde vid tillfälle 1 på 3.9 till ett medelvärde på 4.2 vid mättillfälle 3."),
    _p(S153, None, "mal:fler_deltagare_i_individinriktade_insatser_upplever", 1349,
       "Antal deltagare som utfört mätning 1 är 266 stycken, mätning 2 är det 122 stycken och "
       "slutligen mätning 3 har 31 stycken slutfört hittills."),
    _p(S153, None, "mal:fler_deltagare_i_individinriktade_insatser_upplever", 1349,
       "Mätningar görs med cirka tre månaders mellanrum."),
    _p(S153, None, "mal:fler_deltagare_i_individinriktade_insatser_upplever", 1351,
       "I tabell 3 nedan, från \"Resultatrapport från NNS indikatorsenkäter\", bilaga 8, kan "
       "utläsas att 96% av männen och 95% av kvinnorna i en pågående insats anser att de har "
       "fått hjälp med att hantera sin situation."),
    _p(S153, None, "mal:fler_deltagare_i_individinriktade_insatser_upplever", 1351,
       "Jämfört med 2022 var resultatet för män 91% och för kvinnor 79%."),
    _p(S153, None, "mal:fler_deltagare_i_individinriktade_insatser_upplever", 1351,
       "Gällande deltagare som avslutat sin insats anger 85% av männen och 93% av kvinnorna "
       "att de fått hjälp att hantera sin situation."),
    _p(S153, None, "mal:fler_deltagare_i_individinriktade_insatser_upplever", 1351,
       "Jämfört med 2022 var resultatet för män 95% och för kvinnor 80%."),
    _p(S153, None, "mal:fler_deltagarna_upplever_att_det_finns_en_planering", 1371,
       "Utfall: I tabell 4 nedan, från \"Resultatrapport från NNS indikatorsenkäter\", bilaga "
       "8, kan utläsas att 94% av männen och 85% av kvinnorna anser att det finns en "
       "tillräcklig planering för vad som ska hända när insatsen avslutas."),
    _p(S153, None, "mal:fler_deltagarna_upplever_att_det_finns_en_planering", 1371,
       "Jämfört med 2022 var resultatet för män 75% och för kvinnor 89%."),
    _p(S153, None, "mal:fler_deltagarna_upplever_att_det_finns_en_planering", 1371,
       "Även om resultatet för kvinnorna gått ner en aning, så anser förbundet att målet är "
       "uppnått eftersom det på totalen skett en ökning med 7%."),
    _p(S153, None, "mal:fler_upplever_att_samverkansstrukturen", 1385,
       "Utfall: I tabell 5 nedan, från \"Resultatrapport från NNS indikatorsenkäter\", bilaga "
       "8, kan utläsas att 92% av personalen, 78% av cheferna och 83% av styrelsen anser att "
       "samverkansstrukturen inom förbundet är en fungerande plattform."),
    _p(S153, None, "mal:fler_upplever_att_samverkansstrukturen", 1385,
       "Jämfört med 2022 har det skett en tydlig ökning för personal med 25% och 11% för "
       "parternas chefer."),

    # --- 1.5.4 Mål för ekonomi och god ekonomisk hushållning 2023 ------------------------------
    _p(S154, None, "mal:forbundets_egna_kapital", 1401,
       "Förbundets egna kapital ska inte överstiga 20 procent av årets tilldelade medel dock "
       "heller inte understiga 400 000 kronor."),
    _p(S154, None, "mal:forbundets_egna_kapital", 1402,
       "Utfall: Förbundet egna kapital var vid årets slut 1 288 424 kronor vilket motsvarar "
       "17,5 % av årets tilldelade medel."),
    _p(S154, None, "mal:av_samordningsforbundets_tilldelade_medel", 1403,
       "Av Samordningsförbundets tilldelade medel skall minst 70% av dessa gå till "
       "individinriktade insatser."),
    _p(S154, None, "mal:av_samordningsforbundets_tilldelade_medel", 1404,
       "Utfall: 5 182 188 kr gick till individinriktade insatser, vilket motsvarar 70,4 % av "
       "förbundets kostnader 2023."),
    _p(S154, None, "mal:fler_deltagare_i_forbundsfinansierade_insatser", 1406,
       "Att då fler individer fått tagit del av förbundets insatser under 2023(746 individer) "
       "jämfört med 2022(713 individer) samt att fler avslutades till arbete eller studier "
       "(199 under 2023 jmf. 137 under 2022)."),

    # --- 1.5.5 Målgrupper ----------------------------------------------------------------------
    _p(S155, None, "malgrupper", 1410,
       "De samverkansinsatser som Samordningsförbundet finansierar ska rikta sig till "
       "medborgare i Sundsvalls kommun och vara i förvärvsaktiv ålder (16–65 år) med behov av "
       "samordnad rehabilitering."),

    # --- 1.5.6 Uppföljning och resultat för individinriktade insatser --------------------------
    _p(S156, "Arbetsmarknadstorget", "insats:arbetsmarknadstorget", 1420,
       "Personer mellan 16-64 år som uppbär någon form av försörjningsstöd, aktivitetsstöd, "
       "utvecklingsersättning, sjukpenning eller arbetslöshetsersättning."),
    _p(S156, "Arbetsmarknadstorget", "insats:arbetsmarknadstorget", 1421,
       "Personer mellan 19-29 år som uppbär aktivitetsersättning."),
    _p(S156, "Arbetsmarknadstorget", "insats:arbetsmarknadstorget", 1424,
       "Samordningsförbundet har under 2023 delfinansierat Arbetsmarknadstorget i Sundsvall "
       "med 4 699 277 kr."),
    # Goal table of the SIP-samordnare (goal cells and outcome cells).
    _p(S156, "Socialsekreterare med SIP-samordnarfunktion", "insats:sip_samordnare", 1435,
       "124 SIP beslut registrerades, inklusive 37 initierade av vården."),
    _p(S156, "Socialsekreterare med SIP-samordnarfunktion", "insats:sip_samordnare", 1436,
       "SIP-samordnaren ska genomföra minst 70 konsultationer med socialekreterare och "
       "samverkanspartners på Arbetsmarknadstorget i arbetet med deltagare som har fysisk- och "
       "psykisk ohälsa under 2022."),
    _p(S156, "Socialsekreterare med SIP-samordnarfunktion", "insats:sip_samordnare", 1436,
       "179 konsultationer har genomförts under 2023."),
    _p(S156, "Socialsekreterare med SIP-samordnarfunktion", "insats:sip_samordnare", 1437,
       "13 av 28 respondenter besvarade enkäten."),
    _p(S156, "Handläggare från Försäkringskassan", "insats:forsakringskassan", 1444,
       "Under 2023 har 111 konsultationer genomförts."),
    _p(S156, "Handläggare från Försäkringskassan", "insats:forsakringskassan", 1445,
       "Försäkringskassan har ett riktvärde att under 2023 aktualisera 35 individer."),
    _p(S156, "Handläggare från Försäkringskassan", "insats:forsakringskassan", 1445,
       "22 personer med aktivitetsersättning och 17 personer med sjukpenning har aktualiserats "
       "i beredningsgrupp för 2023."),
    _p(S156, "Arbetsförmedlare på arbetsmarknadstorget", "insats:arbetsformedlare", 1454,
       "Målsättningen är att under 2023 genomföra minst 60 subventionerade anställningar med "
       "stöd av; lönebidrag, nystartsjobb och introduktionsjobb."),
    _p(S156, "Arbetsförmedlare på arbetsmarknadstorget", "insats:arbetsformedlare", 1454,
       "Totalen för 2023 blev följande: Totalt 164 anställningar fördelat enligt följande:"),
    _p(S156, "Arbetsförmedlare på arbetsmarknadstorget", "insats:arbetsformedlare", 1454,
       "137 Lönebidragsbeslut gjordes."),
    _p(S156, "Arbetsförmedlare på arbetsmarknadstorget", "insats:arbetsformedlare", 1454,
       "68 av dessa var nya beslut 69 var förlängningar"),
    _p(S156, "Arbetsförmedlare på arbetsmarknadstorget", "insats:arbetsformedlare", 1454,
       "63 av dessa 137 lönebidragsbeslut är utanför IAF kom-i-jobb."),
    _p(S156, "Arbetsförmedlare på arbetsmarknadstorget", "insats:arbetsformedlare", 1454,
       "15 personer anställdes utan anställningsstöd alla utanför IAF 1 anställdes via Samhall "
       "4 anställning med nystartsjobb varav 1 utanför IAF kom-i-jobb 7 introduktionsjobb"),
    _p(S156, "Arbetsförmedlare på arbetsmarknadstorget", "insats:arbetsformedlare", 1454,
       "Av dessa 164st är alltså 84st (51%) inom IAF kom-i-jobb, och 80st (49%) av "
       "besluten/anställningarna hos andra arbetsgivare än Sundsvalls kommun"),
    _p(S156, "Arbetsförmedlare på arbetsmarknadstorget", "insats:arbetsformedlare", 1454,
       "9 personer har gått mot utbildning"),
    _p(S156, "Arbetsförmedlare på arbetsmarknadstorget", "insats:arbetsformedlare", 1454,
       "Vi har också deltagit i 35 SIP möten under året."),
    _p(S156, "Arbetskonsulent för personer med aktivitetsersättning",
       "insats:arbetskonsulent_ae", 1463,
       "Ja, 2022 avslutades 5 deltagare avslutades till arbete eller studier och under 2023 "
       "avslutades 6 deltagare avslutades till arbete eller studier"),
    _p(S156, "Arbetskonsulent för personer med aktivitetsersättning",
       "insats:arbetskonsulent_ae", 1463,
       "Under år 2023 har Arbetskonsulenterna arbetat med 45 deltagare."),
    _p(S156, "Arbetskonsulent för personer med aktivitetsersättning",
       "insats:arbetskonsulent_ae", 1463, "20 män och 25 kvinnor."),
    _p(S156, "Arbetskonsulent för personer med aktivitetsersättning",
       "insats:arbetskonsulent_ae", 1463,
       "16 personer har avslutats på Arbetsmarknadstorget under 2023."),
    _p(S156, "Arbetskonsulent för personer med aktivitetsersättning",
       "insats:arbetskonsulent_ae", 1463, "6 kvinnor och 10 män."),
    _p(S156, "Arbetskonsulent för personer med aktivitetsersättning",
       "insats:arbetskonsulent_ae", 1463,
       "Av dessa har 2 kvinnor och 6 män återvänt till Försäkringskassan för mer insatser från "
       "vården."),
    _p(S156, "Arbetskonsulent för personer med aktivitetsersättning",
       "insats:arbetskonsulent_ae", 1463,
       "2 kvinnor har uppnått arbetsförmåga och gått till Arbetsförmedlingen SIUS."),
    _p(S156, "Arbetskonsulent för personer med aktivitetsersättning",
       "insats:arbetskonsulent_ae", 1463,
       "1 man har gått vidare till daglig verksamhet (LSS)."),
    _p(S156, "Arbetskonsulent för personer med aktivitetsersättning",
       "insats:arbetskonsulent_ae", 1463, "1 kvinna 50 % anställning med lönestöd."),
    _p(S156, "Arbetskonsulent för personer med aktivitetsersättning",
       "insats:arbetskonsulent_ae", 1463, "1 kvinna 50 % anställning med lönestöd."),
    _p(S156, "Arbetskonsulent för personer med aktivitetsersättning",
       "insats:arbetskonsulent_ae", 1463,
       "1 kvinna 75% anställning lönestöd 1 man heltidsanställning med lönestöd."),
    _p(S156, "Arbetskonsulent för personer med aktivitetsersättning",
       "insats:arbetskonsulent_ae", 1463, "1 man 50% anställning, lönestöd."),
    _p(S156, "Arbetskonsulent för personer med aktivitetsersättning",
       "insats:arbetskonsulent_ae", 1464, "16 respondenter besvarade frågan."),
    _p(S156, "Arbetskonsulent för personer med aktivitetsersättning",
       "insats:arbetskonsulent_ae", 1464,
       "Av dessa ansåg 75% att de var mer redo att arbeta eller studera jämfört med innan de "
       "påbörjade insatsen."),
    _p(S156, "Arbetskonsulent för personer med aktivitetsersättning",
       "insats:arbetskonsulent_ae", 1465, "16 respondenter besvarade frågan."),
    _p(S156, "Arbetskonsulent för personer med aktivitetsersättning",
       "insats:arbetskonsulent_ae", 1465,
       "Av dessa ansåg 94% att de fått hjälp att hantera sin situation."),
    _p(S156, "Arbetskonsulent för personer med aktivitetsersättning",
       "insats:arbetskonsulent_ae", 1466, "15 respondenter besvarade frågan."),
    _p(S156, "Arbetskonsulent för personer med aktivitetsersättning",
       "insats:arbetskonsulent_ae", 1466,
       "Av dessa ansåg 87% att det finns en planering som tar vid när insatsen avslutas."),
    _p(S156, "Arbetskonsulent gemensam", "insats:arbetskonsulent_gemensam", 1473,
       "Under 2023 avslutades sex deltagare mot arbete, varav tre med anställningsstöd."),
    _p(S156, "Arbetskonsulent gemensam", "insats:arbetskonsulent_gemensam", 1473,
       "Fyra deltagare har ansökt om sjukersättning efter genomförd arbetsträning."),
    _p(S156, "Arbetskonsulent gemensam", "insats:arbetskonsulent_gemensam", 1473,
       "En person har avslutats mot deltidsstudier om 50 procent med bibehållen a-kassa på "
       "resterande 50 procent."),
    _p(S156, "Arbetskonsulent gemensam", "insats:arbetskonsulent_gemensam", 1474,
       "16 respondenter besvarade frågan."),
    _p(S156, "Arbetskonsulent gemensam", "insats:arbetskonsulent_gemensam", 1474,
       "Av dessa ansåg 75% att de var mer redo att arbeta eller studera jämfört med innan de "
       "påbörjade insatsen."),
    _p(S156, "Arbetskonsulent gemensam", "insats:arbetskonsulent_gemensam", 1475,
       "16 respondenter besvarade frågan."),
    _p(S156, "Arbetskonsulent gemensam", "insats:arbetskonsulent_gemensam", 1475,
       "Av dessa ansåg 94% att de fått hjälp att hantera sin situation."),
    _p(S156, "Arbetskonsulent gemensam", "insats:arbetskonsulent_gemensam", 1476,
       "15 respondenter besvarade frågan."),
    _p(S156, "Arbetskonsulent gemensam", "insats:arbetskonsulent_gemensam", 1476,
       "Av dessa ansåg 87% att det finns en planering som tar vid när insatsen avslutas."),
    _p(S156, "Psykologtjänst", "insats:psykolog", 1483,
       "49 individuella kontakter under 2023 varav 32 kvinnor och 17 män."),
    _p(S156, "Psykologtjänst", "insats:psykolog", 1484,
       "Utbildningsinsatser: Två genomförda utbildningstillfällen under 2023 i syfte att öka "
       "personals kunskap och färdigheter rörande psykologiska ämnen som är viktiga för att nå "
       "framgång i arbetet med deltagare."),
    _p(S156, "Psykologtjänst", "insats:psykolog", 1484,
       "3 handledarutbildningar har genomförts 2023 i syfte att bidra med kunskap och verktyg "
       "till handledare ute på arbetsplatser där fokus varit på psykoedukation, bemötande och "
       "anpassningar för målgruppen med NPF."),
    _p(S156, "Psykologtjänst", "insats:psykolog", 1486, "Total volym för 2023: 207"),
    _p(S156, "Psykologtjänst", "insats:psykolog", 1486,
       "Psykologen har genomfört 30 kliniska bedömningar under året."),
    _p(S156, "Arbetsterapeutjänst", "insats:arbetsterapeut", 1495,
       "22 deltagare under första halvan av 2023 varav 11 kvinnor och 11 män."),
    _p(S156, "Arbetsterapeutjänst", "insats:arbetsterapeut", 1495,
       "18 avslut vid tiden för delårsrapporten."),
    _p(S156, "Arbetsterapeutjänst", "insats:arbetsterapeut", 1495,
       "1 deltagare avslutad hos arbetskonsulent efter anställning."),
    _p(S156, "Arbetsterapeutjänst", "insats:arbetsterapeut", 1495,
       "4 deltagare har påbörjat anställning."),
    _p(S156, "Arbetsterapeutjänst", "insats:arbetsterapeut", 1495,
       "2 deltagare har erhållit aktivitetsersättning och en ytterligare ansökan är under "
       "utredning."),
    _p(S156, "Arbetsterapeutjänst", "insats:arbetsterapeut", 1495,
       "5 deltagare har påbörjat praktik."),
    _p(S156, "Arbetsterapeutjänst", "insats:arbetsterapeut", 1495,
       "6 deltagare som har avslutats inväntar vidare utredning och stöd från vården."),
    _p(S156, "Arbetsterapeutjänst", "insats:arbetsterapeut", 1495,
       "4 deltagare har fortsatt stöd från arbetsterapeut och är i praktik/arbetsträning."),
    _p(S156, "Arbetsterapeutjänst", "insats:arbetsterapeut", 1495,
       "3 handledarutbildningar har genomförts under 2023, i syfte att bidra med kunskap och "
       "verktyg för handledare ute på arbetsplatser där fokus varit på bemötande och "
       "anpassningar för målgruppen med NPF."),
    _p(S156, "Arbetsterapeutjänst", "insats:arbetsterapeut", 1495, "Total volym: 252"),
    _p(S156, "Arbetsterapeutjänst", "insats:arbetsterapeut", 1501, "Genomfört 3 grupper."),
    _p(S156, "Arbetsterapeutjänst", "insats:arbetsterapeut", 1501,
       "Totalt 24 deltagare har aktualiserats till ACT under 2023: 7 män 17 kvinnor varav 19 "
       "avslutade kursen: 6 män och 13 kvinnor."),
    _p(S156, "Arbetsterapeutjänst", "insats:arbetsterapeut", 1501,
       "Totalt 5 avhopp tidigt i kursen."),
    _p(S156, "Arbetsterapeutjänst", "insats:arbetsterapeut", 1501,
       "Totalt 22 kurstillfällen har genomförts varav 1 tillfälle var påfyllnadsträff för "
       "grupp 1."),

    # --- 1.5.7 Uppföljning och resultat för strukturövergripande insatser ----------------------
    _p(S157, "Inspirationsdag i länet.", _K, 1523,
       "Cirka 90 personer deltog och verksamhetschefer inom vuxenutbildningen i länet, "
       "rektorer för SFI, SFI lärare och nyckelpersoner inom kommunernas "
       "arbetsmarknadsförvaltningar var representerade."),
    _p(S157, "Psykiatridagarna 2023", "insats:psykiatridagarna", 1531,
       "Bland annat föreläste Rebecka Anserud, som var 15 år när hon insjuknade i bipolär "
       "sjukdom."),
    _p(S157, "Föreläsningsserie.", _K, 1537,
       "Det var föreläsningar vid tre tillfällen under hösten."),
    _p(S157, "Föreläsningsserie.", _K, 1537,
       "Det var cirka 100 personer som deltog vid varje tillfälle."),

    # --- 1.6 ------------------------------------------------------------------------------------
    _p(S16, None, "personal", 1565,
       "Samordningsförbundet Sundsvall har ingen egen anställd personal och har därför inga "
       "egna avsättningar för pension."),
]

# Text (or part of the text) of the passages that carry the three known contradictions:
# 93 + 103 = 196 of 199 (Tabell 1: 93 kvinnor, 106 män); 746 participants in 1.5.4 against
# 734 in the summary, 1.5.1 and Tabell 1; insatser 5 774 942 kr against 5 695 tkr in 2.1.
# These and the other disagreements with the report's own tables are described in
# sundsvall_2023_prose_NOTES.md.
KNOWN_CONTRADICTIONS = [
    "Motsvarande siffra under 2023 var 199 individer, varav 93 kvinnor och 103 män.",
    "2023(746 individer)",
    "Kostnader för de insatser styrelsen beslutat om uppgick till 5 774 942 kr.",
]

"""The annual report's template (arsredovisning.docx)."""
from __future__ import annotations

from docx import Document
from docx.enum.section import WD_ORIENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.shared import Cm, Pt

from . import BLUE, RED, Builder, findings_section, followup_table, split, statement_table  # noqa: F401
from .bilagor import bilagor_list, nns_bilaga
from .diagram import chart


def participant_table(b: Builder):
    b.table(["Insats", "Deltagare (kvinnor/män)", "Volyminsats", "Till arbete (kvinnor/män)",
             "Till studier (kvinnor/män)"], [5.0, 3.0, 2.4, 3.0, 3.2], [
                ("tag", ["{%tr for r in deltagare.rader %}"]),
                ("row", ["{{ r.insats }}", split("r.deltagare"),
                         "{% if r.volym is none %}–{% else %}{{ r.volym|antal }}{% endif %}",
                         split("r.arbete"), split("r.studier")]),
                ("tag", ["{%tr endfor %}"]),
                ("bold", ["Totalt", split("deltagare.totalt.deltagare"),
                          "{% if deltagare.totalt.volym is none %}–{% else %}{{ deltagare.totalt.volym|antal }}"
                          "{% endif %}", split("deltagare.totalt.arbete"), split("deltagare.totalt.studier")]),
            ])
    b.tag("{%p if deltagare.utelamnade %}")
    b.p("Tabellen visar de första {{ deltagare.rader|length|antal }} av {{ deltagare.antal_rader|antal }} raderna "
        "i deltagare.xlsx; totalen gäller alla rader. Hela tabellen finns i deltagare.xlsx och i "
        "revisionsunderlaget.", italic=True)
    b.tag("{%p endif %}")
    b.tag("{%p if deltagare.okant_kon %}")
    b.p("I totalen ingår {{ deltagare.okant_kon|antal }} deltagare utan uppgift om kön.", italic=True)
    b.tag("{%p endif %}")
    b.p("Deltagartalen är antal per insats och inte unika individer; samma person kan ingå i flera insatser. "
        "Kvinnor och män redovisas som insatserna rapporterat dem; ett streck betyder att uppgiften inte "
        "redovisas.{% if deltagare.har_volym %} Volyminsatser räknas per tillfälle med kortare konsultativt "
        "stöd.{% endif %}", italic=True)


def goal_block(b: Builder, var: str):
    b.tag(f"{{%p for m in {var} %}}")
    b.p("{{ m.mal }}", style="List Bullet", bold=True)
    b.tag("{%p if m.berakning %}")
    b.p("Utfall: {{ m.utfall|antal }}{% if m.visa_kon %} ({{ m.kvinnor|antal }} kvinnor och "
        "{{ m.man|antal }} män){% endif %}{% if m.jamforelse == 'Fler än föregående år' and "
        "m.utfall_fg is not none %}, jämfört med {{ m.utfall_fg|antal }} föregående år{% elif "
        "m.malvarde is not none %}, målvärde {{ m.malvarde|antal }}{% endif %}.")
    b.tag("{%p endif %}")
    b.loop_text("m.kommentar", heading=5)
    b.p("{{ m.slutsats }}", italic=True)
    b.tag("{%p endfor %}")


def insats_block(b: Builder, var: str):
    b.tag(f"{{%p for i in {var} %}}")
    b.p("{{ i.namn }}", style="Heading 4")
    b.loop_text("i.beskrivning", heading=5)
    b.p("{% if i.agare %}Insatsägare: {{ i.agare }}. {% endif %}{% if i.budget is not none %}Budget "
        "{{ i.budget|belopp }}{% if i.utfall is not none %}, {% endif %}{% endif %}{% if i.utfall is not none %}"
        "utfall {{ i.utfall|belopp }}{% endif %}{% if i.ej_forbrukat is not none %}, ej förbrukat "
        "{{ i.ej_forbrukat|belopp }}{% endif %}.", italic=True)
    b.tag("{%p if i.mal %}")
    b.table(["Insatsens mål", "Uppnått", "Utfall och resultat"], [6.3, 2.2, 7.6], [
        ("tag", ["{%tr for g in i.mal %}"]),
        ("row", ["{{ g.mal }}", "{{ g.uppnatt }}", "{{ g.resultat }}"]),
        ("tag", ["{%tr endfor %}"]),
    ], numeric_from=99, keep_together=True)
    b.tag("{%p endif %}")
    b.tag("{%p endfor %}")
    b.tag(f"{{%p if {var}_utelamnade %}}")
    b.p(f"Här visas de första {{{{ {var}|length|antal }}}} insatserna; ytterligare {{{{ {var}_utelamnade|antal }}}} "
        "finns i insatser.xlsx och i revisionsunderlaget.", italic=True)
    b.tag("{%p endif %}")


def _internal_control(b: Builder):
    """The follow-up of the year's plan för intern styrning och kontroll (internkontroll.xlsx
    in the folder, with the controls' outcome filled in)."""
    k = "internkontroll"
    b.tag(f"{{%p if {k} %}}")
    b.h("1.4.1 Intern styrning och kontroll", 3)
    b.p(f"{{% if {k}.antagen %}}Styrelsen antog {{{{ {k}.antagen|datum }}}} en plan för intern styrning och kontroll "
        f"för {{{{ f.ar }}}}.{{% else %}}Förbundet har en plan för intern styrning och kontroll för {{{{ f.ar }}}}."
        f"{{% endif %}} {{% if {k}.datum %}}Uppföljningen gjordes {{{{ {k}.datum|datum }}}}{{% if {k}.av %}} av "
        f"{{{{ {k}.av }}}}{{% endif %}}. {{% endif %}}{{{{ {k}.sammanfattning }}}}")
    b.loop_text(f"{k}.resultat")
    b.table(["Process/rutin", "Kontrollmoment", "Utfall", "Avvikelse", "Kommentar"], [3.0, 4.8, 2.4, 2.0, 4.4], [
        ("tag", [f"{{%tr for x in {k}.rader %}}"]),
        ("row", ["{{ x.process }}", "{{ x.moment }}", "{{ x.utfall }}", "{{ x.avvikelse }}", "{{ x.kommentar }}"]),
        ("tag", ["{%tr endfor %}"]),
    ], numeric_from=99)
    b.tag("{%p endif %}")


def build() -> Document:
    b = Builder("{{ f.namn }} – Årsredovisning {{ f.ar }}",
                title="{% if utkast %}Utkast: {% endif %}Årsredovisning {{ f.ar }} – {{ f.namn }}",
                author="{{ f.namn }}")
    # Cover: logo, title, förbund and the document's state (förslag or fastställd)
    b.cover_space(3)
    b.logo()
    b.cover_space(2)
    b.p("{% if utkast or not f.beslutsdatum %}Förslag till årsredovisning{% else %}Årsredovisning{% endif %} "
        "{{ f.ar }}", style="Title", align=WD_ALIGN_PARAGRAPH.CENTER)
    b.p("{{ f.namn }}", size=16, align=WD_ALIGN_PARAGRAPH.CENTER, color=BLUE)
    b.tag("{%p if f.organisationsnummer %}")
    b.p("Organisationsnummer {{ f.organisationsnummer }}", align=WD_ALIGN_PARAGRAPH.CENTER)
    b.tag("{%p endif %}")
    b.tag("{%p if f.beslutsdatum and not utkast %}")
    b.p("Fastställd av styrelsen {{ f.beslutsdatum|datum }}", align=WD_ALIGN_PARAGRAPH.CENTER)
    b.tag("{%p endif %}")
    b.tag("{%p if utkast and antal_fel %}")
    b.p("UTKAST", size=28, bold=True, color=RED, align=WD_ALIGN_PARAGRAPH.CENTER)
    b.p("Kontrollen hittade {{ antal_fel }} fel, {{ antal_saknas }} "
        "{% if antal_saknas == 1 %}uppgift{% else %}uppgifter{% endif %} som saknas och {{ antal_avvikelser }} "
        "{% if antal_avvikelser == 1 %}avvikelse{% else %}avvikelser{% endif %} bland {{ antal_kontroller }} "
        "kontroller. Dokumentet får inte fastställas förrän felen är rättade.",
        align=WD_ALIGN_PARAGRAPH.CENTER)
    b.tag("{%p endif %}")

    # Findings in a draft
    findings_section(b, new_page=True)

    # Contents (a Word TOC field) and Ordförande har ordet
    b.toc(new_page=True)
    b.tag("{%p if texter.ordforande_har_ordet %}")
    b.h("Ordförande har ordet", 1)
    b.loop_text("texter.ordforande_har_ordet")
    b.p("{{ f.ort }}{% if f.beslutsdatum %} {{ f.beslutsdatum|datum }}{% endif %}", keep=True)
    b.p("{{ styrelse.ordforande }}", italic=True, keep=True)
    b.p("Ordförande")
    b.tag("{%p endif %}")

    # 1 Förvaltningsberättelse
    b.h("1 Förvaltningsberättelse", 1, new_page=True)
    b.p("Förvaltningsberättelsen avser perioden 1 januari–31 december {{ f.ar }} och följer lagen "
        "(2018:597) om kommunal bokföring och redovisning i tillämpliga delar, med den struktur som "
        "RKR:s rekommendation R15 anger, anpassad till samordningsförbundens verksamhet.")
    b.h("Sammanfattning av verksamhetsåret {{ f.ar }}", 2)
    b.p("Förbundet fick {{ sammanfattning.driftsbidrag|belopp }} i driftsbidrag från medlemmarna under "
        "{{ f.ar }}{% if sammanfattning.riktning == 'lika' %}, lika mycket som föregående år{% elif "
        "sammanfattning.riktning %}, en {{ sammanfattning.riktning }} med {{ sammanfattning.forandring|belopp }} "
        "jämfört med föregående år{% endif %}.{% if sammanfattning.forfogar is not none %} Tillsammans med det "
        "egna kapitalet vid årets början förfogade förbundet över {{ sammanfattning.forfogar|belopp }}.{% endif %}")
    b.tag("{%p if sammanfattning.har_insatser %}")
    b.p("Insatserna kostade {{ sammanfattning.insatser|belopp }}. Av dem gick "
        "{{ sammanfattning.individ|belopp }} till individinriktade insatser, "
        "{{ sammanfattning.individ_andel_drift|pct }} av driftsbidraget, och "
        "{{ sammanfattning.struktur|belopp }} till strukturövergripande insatser, "
        "{{ sammanfattning.struktur_andel_drift|pct }} av driftsbidraget.")
    b.tag("{%p endif %}")
    b.tag("{%p if sammanfattning.resultat is not none %}")
    b.p("Årets resultat blev {% if sammanfattning.overskott %}ett överskott{% else %}ett underskott"
        "{% endif %} på {{ sammanfattning.resultat|belopp }}{% if sammanfattning.eget_kapital is not none %}, "
        "och det egna kapitalet vid årets slut är {{ sammanfattning.eget_kapital|belopp }}{% endif %}.")
    b.tag("{%p endif %}")
    b.tag("{%p if deltagare.totalt.deltagare.totalt is not none %}")
    b.p("{{ deltagare.totalt.deltagare.totalt|antal }} deltagare{% if deltagare.totalt.deltagare.visa_kon %}"
        " ({{ deltagare.totalt.deltagare.kvinnor|antal }} kvinnor och {{ deltagare.totalt.deltagare.man|antal }}"
        " män){% endif %} tog del av de individinriktade insatserna{% if deltagare.till_arbete_studier is not none %}, "
        "och {{ deltagare.till_arbete_studier|antal }}{% if deltagare.visa_kon_avslut %} "
        "({{ deltagare.till_arbete_studier_kvinnor|antal }} kvinnor och "
        "{{ deltagare.till_arbete_studier_man|antal }} män){% endif %} avslutades till arbete eller studier"
        "{% endif %}.")
    b.tag("{%p endif %}")
    b.loop_text("texter.sammanfattning")
    b.p("Tabell 1. Deltagare och utfall i de individinriktade insatserna {{ f.ar }}", italic=True)
    participant_table(b)
    b.text_section("organisation", "Organisation", 4, optional=True)
    b.text_section("uppdrag", "Uppdrag", 4, optional=True)
    b.h("Finansiering", 4)
    b.p("Förbundet finansieras av medlemmarna enligt lagen (2003:1210) om finansiell samordning av "
        "rehabiliteringsinsatser: staten genom Försäkringskassan och Arbetsförmedlingen med hälften, "
        "regionen med en fjärdedel och kommunerna med en fjärdedel.")
    b.table(["Medlem", "Andel", "Driftsbidrag {{ f.ar }}, {{ enhet.medlemmar }}"], [9.0, 2.5, 4.5], [
        ("tag", ["{%tr for m in medlemmar %}"]),
        ("row", ["{{ m.namn }}", "{{ m.andel|pct(0) }}", "{{ m.belopp|tal }}"]),
        ("tag", ["{%tr endfor %}"]),
        ("bold", ["Summa", "", "{{ sammanfattning.driftsbidrag|tal }}"]),
    ], keep_together=True)
    b.loop_text("texter.finansiering", heading=5)
    b.text_section("vision", "Verksamhetsidé och vision", 4, optional=True)

    b.h("1.1 Översikt över verksamhetens utveckling", 2)
    # one row per reported year (a förbund may report fewer than five)
    b.table(["År", "Intäkter, {{ enhet.femar }}", "Kostnader, {{ enhet.femar }}", "Årets resultat, {{ enhet.femar }}",
             "Soliditet", "Anställda"], [1.6, 3.3, 3.3, 3.3, 2.3, 2.3], [
        ("tag", ["{%tr for r in femar.ar_rader %}"]),
        ("row", ["{{ r.ar }}", "{{ r.intakter|tal }}", "{{ r.kostnader|tal }}", "{{ r.resultat|tal }}",
                 "{{ r.soliditet|pct(0) }}", "{{ r.anstallda|antal }}"]),
        ("tag", ["{%tr endfor %}"]),
    ], keep_together=True)
    b.p("Intäkterna och kostnaderna inkluderar finansiella poster. Soliditet = eget kapital / summa "
        "tillgångar.", italic=True)
    chart(b, "diagram.femar", "Intäkter, kostnader och årets resultat, belopp i {{ enhet.femar }}",
          "diagram.femar_resultat")
    b.loop_text("texter.oversikt")
    b.text_section("viktiga_forhallanden", "1.2 Viktiga förhållanden för resultat och ekonomisk ställning",
                   optional=True)
    b.text_section("handelser", "1.3 Händelser av väsentlig betydelse", optional=True)
    b.h("1.4 Styrning och uppföljning av verksamheten", 2)
    b.loop_text("texter.styrning")
    b.tag("{%p if sammantraden.antal %}")
    b.p("Styrelsen har under året haft {{ sammantraden.antal|antal }} protokollförda "
        "{% if sammantraden.antal == 1 %}sammanträde{% else %}sammanträden{% endif %}"
        "{% if sammantraden.lista %}: {{ sammantraden.lista }}{% endif %}.")
    b.tag("{%p endif %}")
    b.p("Ordinarie ledamöter", bold=True, keep=True)
    b.table(["Namn", "Roll", "Organisation", "Period"], [4.5, 3.5, 5.0, 3.0], [
        ("tag", ["{%tr for m in styrelse.ordinarie %}"]),
        ("row", ["{{ m.namn }}", "{{ m.roll }}", "{{ m.organisation }}", "{{ m.period }}"]),
        ("tag", ["{%tr endfor %}"]),
    ], numeric_from=99, keep_together=True)
    b.tag("{%p if styrelse.ersattare %}")
    b.p("Ersättare", bold=True, keep=True)
    b.table(["Namn", "Organisation", "Period"], [4.5, 8.5, 3.0], [
        ("tag", ["{%tr for m in styrelse.ersattare %}"]),
        ("row", ["{{ m.namn }}", "{{ m.organisation }}", "{{ m.period }}"]),
        ("tag", ["{%tr endfor %}"]),
    ], numeric_from=99, keep_together=True)
    b.tag("{%p endif %}")
    _internal_control(b)

    b.h("1.5 God ekonomisk hushållning, måluppfyllelse och ekonomisk ställning", 2)
    b.h("1.5.1 Resultat från de individinriktade insatserna", 3)
    participant_table(b)
    chart(b, "diagram.deltagare", "Deltagare per insats, kvinnor och män som insatserna rapporterat dem")
    chart(b, "diagram.avslut", "Avslutade till arbete eller studier per insats, kvinnor och män")
    b.loop_text("texter.resultat")
    # as in the published reports: the board's judgement closes 1.5.1
    b.text_section("bedomning", "Styrelsens sammanfattande bedömning av utfallet av insatserna", 4, optional=True)
    b.text_section("inriktning", "1.5.2 Inriktning", 3, optional=True)
    b.h("1.5.3 Verksamhetens mål {{ f.ar }}", 3)
    goal_block(b, "verksamhetsmal")
    b.h("1.5.4 Mål för ekonomi och god ekonomisk hushållning {{ f.ar }}", 3)
    b.tag("{%p if ek_mal.har_mal %}")
    b.p("Förbundets eget kapital ska vara{% if ek_mal.har_tak %} högst {{ ek_mal.tak|pct(0) }} av årets "
        "tilldelade medel{% endif %}{% if ek_mal.har_tak and ek_mal.golv is not none %} och{% endif %}"
        "{% if ek_mal.golv is not none %} lägst {{ ek_mal.golv|belopp }}{% endif %}.", style="List Bullet", bold=True)
    b.p("Utfall: eget kapital vid årets slut är {{ ek_mal.eget_kapital|belopp }}, vilket motsvarar "
        "{{ ek_mal.andel|pct }} av årets tilldelade medel ({{ ek_mal.driftsbidrag|belopp }})."
        "{% if ek_mal.har_tak %} Taket är {{ ek_mal.tak_kr|belopp }}.{% endif %}")
    b.p("{% if ek_mal.uppnatt %}Målet är uppnått.{% elif ek_mal.over_tak %}Målet är inte uppnått: eget "
        "kapital överstiger taket.{% else %}Målet är inte uppnått: eget kapital understiger golvet."
        "{% endif %}", italic=True)
    b.tag("{%p endif %}")
    chart(b, "diagram.eget_kapital", "Eget kapital vid årets slut{% if ek_mal.har_tak %} mot taket (andelen av "
          "respektive års driftsbidrag){% endif %}{% if ek_mal.golv is not none %}{% if ek_mal.har_tak %} och"
          "{% else %} mot{% endif %} golvet{% endif %}, belopp i {{ enhet.br }}")
    b.tag("{%p if individ_mal.har_mal %}")
    b.p("Minst {{ individ_mal.mal|pct(0) }} av {{ individ_mal.namnare_text }} ska gå till "
        "individinriktade insatser.", style="List Bullet", bold=True)
    b.tag("{%p endif %}")
    b.p("{% if individ_mal.har_mal %}Utfall: {% endif %}{{ individ_mal.utfall|belopp }} gick till "
        "individinriktade insatser, vilket motsvarar {{ individ_mal.andel|pct }} av {{ individ_mal.namnare_text }} "
        "({{ individ_mal.namnare|belopp }}).")
    b.tag("{%p if individ_mal.har_mal %}")
    b.p("{% if individ_mal.uppnatt %}Målet är uppnått.{% else %}Målet är inte uppnått.{% endif %}", italic=True)
    b.tag("{%p endif %}")
    b.text_section("ekonomiska_mal", optional=True)
    goal_block(b, "finansiella_mal")
    b.text_section("malgrupper", "1.5.5 Målgrupper", 3, optional=True)
    b.h("1.5.6 Uppföljning och resultat för individinriktade insatser", 3)
    b.loop_text("texter.individinsatser")
    insats_block(b, "insatser_individ")
    b.h("1.5.7 Uppföljning och resultat för strukturövergripande insatser", 3)
    b.loop_text("texter.strukturinsatser")
    b.tag("{%p if struktur_ej_forbrukat %}")
    b.table(["Insats", "Beviljat", "Förbrukat", "Ej förbrukat"], [7.4, 2.9, 2.9, 2.9], [
        ("tag", ["{%tr for i in insatser_struktur %}"]),
        ("row", ["{{ i.namn }}", "{{ i.budget|belopp }}", "{{ i.utfall|belopp }}",
                 "{% if i.ej_forbrukat is not none %}{{ i.ej_forbrukat|belopp }}{% endif %}"]),
        ("tag", ["{%tr endfor %}"]),
    ])
    b.tag("{%p endif %}")
    insats_block(b, "insatser_struktur")
    b.h("1.5.8 Balanskravsresultat", 3)
    statement_table(b, "bkr.rader", ["Belopp i {{ enhet.bkr }}", "{{ bkr.ar[0] }}", "{{ bkr.ar[1] }}",
                                      "{{ bkr.ar[2] }}"], [10.0, 2.2, 2.2, 2.2], 3, "tal", note_col=False)
    b.tag("{%p if bkr.redovisat %}")
    b.p("Balanskravsresultatet är {% if bkr.negativt %}negativt och ska återställas inom tre år"
        "{% else %}inte negativt; balanskravet är uppfyllt{% endif %}.")
    b.tag("{%p endif %}")
    b.text_section("personal", "1.6 Väsentliga personalförhållanden", optional=True)
    b.tag("{%p if f.anstallda is not none %}")
    b.p("Antal anställda vid årets slut: {{ f.anstallda|antal }}.")
    b.tag("{%p endif %}")
    b.text_section("forvantad_utveckling", "1.7 Förväntad utveckling", optional=True)

    # 2 Resultaträkning
    b.h("2 Resultaträkning", 1, new_page=True)
    b.p("Räkenskapsåret {{ f.ar }}-01-01–{{ f.ar }}-12-31.")
    statement_table(b, "rr", ["Belopp i {{ enhet.rr }}", "Not", "{{ f.ar }}", "{{ f.ar_fg }}"], [9.0, 1.2, 3.0, 3.0],
                    2, "tal")
    b.tag("{%p if budget %}")
    b.h("2.1 Detaljerad budgetuppföljning {{ f.ar }}", 2)
    b.p("Differensen är {{ differens }} på varje rad: på en kostnadsrad betyder ett positivt tal att kostnaden "
        "blev {% if differens == 'budget − utfall' %}lägre{% else %}högre{% endif %} än budgeterat.", italic=True)
    tkr_cells = ["{{ r.budget|tal }}", "{{ r.utfall|tal }}", "{{ r.differens|tal }}", "{{ r.utfall_fg|tal }}"]
    b.table(["Belopp i {{ enhet.budget }}", "Budget {{ f.ar }}", "Utfall {{ f.ar }}", "Differens",
             "Utfall {{ f.ar_fg }}"],
            [6.8, 2.4, 2.4, 2.4, 2.4], [
                ("tag", ["{%tr for r in budget %}"]),
                ("tag", ["{%tr if r.typ == 'rubrik' %}"]),
                ("head", ["{{ r.post }}", "", "", "", ""]),
                ("tag", ["{%tr elif r.typ == 'summa' %}"]),
                ("bold", ["{{ r.post }}"] + tkr_cells),
                ("tag", ["{%tr else %}"]),
                ("row", ["{% if r.indrag %}    {% endif %}{{ r.post }}"] + tkr_cells),
                ("tag", ["{%tr endif %}"]),
                ("tag", ["{%tr endfor %}"]),
            ])
    chart(b, "diagram.budget", "Budget och utfall per budgetgrupp {{ f.ar }}, belopp i {{ enhet.budget }}")
    b.tag("{%p endif %}")

    # 3 Balansräkning
    b.h("3 Balansräkning", 1)
    b.p("Per den 31 december.")
    statement_table(b, "br", ["Belopp i {{ enhet.br }}", "Not", "{{ f.ar }}-12-31", "{{ f.ar_fg }}-12-31"],
                    [9.0, 1.2, 3.0, 3.0], 2, "tal")
    b.p("Soliditet (eget kapital / summa tillgångar): {{ soliditet|pct(0) }}.")
    b.text_section("ansvarsforbindelser", "Ansvarsförbindelser", 4, optional=True)

    # 4 Kassaflödesanalys
    b.h("4 Kassaflödesanalys", 1)
    statement_table(b, "kf", ["Belopp i {{ enhet.kf }}", "{{ f.ar }}", "{{ f.ar_fg }}"], [10.0, 3.0, 3.0], 2, "tal",
                    note_col=False)

    # 5 Driftredovisning
    b.tag("{%p if drift %}")
    b.h("5 Driftredovisning", 1)
    b.p("Avvikelsen är räknad så att ett positivt tal är bättre än budget.", italic=True)
    b.table(["Belopp i {{ enhet.budget }}", "Utfall {{ f.ar }}", "Budget {{ f.ar }}", "Avvikelse",
             "Utfall {{ f.ar_fg }}"], [6.8, 2.4, 2.4, 2.4, 2.4], [
                ("tag", ["{%tr for r in drift %}"]),
                ("row", ["{{ r.post }}", "{{ r.utfall|tal }}", "{{ r.budget|tal }}", "{{ r.avvikelse|tal }}",
                         "{{ r.utfall_fg|tal }}"]),
                ("tag", ["{%tr endfor %}"]),
            ])
    b.tag("{%p endif %}")

    # 6 Noter
    b.h("6 Noter", 1)
    b.tag("{%p for n in noter %}")
    b.p("Not {{ n.nr }}. {{ n.rubrik }}", style="Heading 4")
    b.loop_text("n.text", heading=5)
    b.tag("{%p if n.rader %}")
    b.table(["Belopp i {{ enhet.rr }}", "{{ f.ar }}", "{{ f.ar_fg }}"], [10.0, 3.0, 3.0], [
        ("tag", ["{%tr for r in n.rader %}"]),
        ("row", ["{{ r.post }}", "{{ r.varden[0]|tal }}", "{{ r.varden[1]|tal }}"]),
        ("tag", ["{%tr endfor %}"]),
        ("bold", ["Summa", "{{ n.summa[0]|tal }}", "{{ n.summa[1]|tal }}"]),
    ], keep_together=True)
    b.tag("{%p endif %}")
    b.tag("{%p endfor %}")

    # 7 Underskrifter: on one page, each name under its line
    b.h("7 Styrelsens underskrifter", 1)
    b.signatures("styrelse.undertecknare", [
        "Styrelsen intygar att årsredovisningen ger en rättvisande bild av förbundets resultat, "
        "ekonomiska ställning och verksamhet under {{ f.ar }}."], "{{ f.ort }} den ……………………")

    # Bilagor: their list, then each bilaga (the NNS indikatorenkät, when the folder has nns.xlsx)
    bilagor_list(b)
    nns_bilaga(b)
    return b.doc

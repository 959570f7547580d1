"""The annual report's bilagor: the list of them after the signatures, and the NNS
indikatorenkät bilaga (context ``nns``, ``render.nns``)."""
from __future__ import annotations

from .diagram import chart

SHARE = "{%% if %s is none %%}–{%% else %%}{{ %s|pct(0) }}{%% endif %%}"
CHANGE = ("{% if r.forandring is none %}{% elif r.forandring > 0 %}↑ {{ r.forandring|pct(0) }}"
          "{% elif r.forandring < 0 %}↓ {{ (0 - r.forandring)|pct(0) }}{% else %}→{% endif %}")


def _share(var: str) -> str:
    return SHARE % (var, var)


def bilagor_list(b) -> None:
    """"Bilagor": one line per bilaga that follows the report."""
    b.tag("{%p if bilagor %}")
    b.p("Bilagor", bold=True, keep=True)
    b.tag("{%p for x in bilagor %}")
    b.p("Bilaga {{ x.nr }}. {{ x.titel }}")
    b.tag("{%p endfor %}")
    b.tag("{%p endif %}")


def nns_bilaga(b) -> None:
    """The NNS indikatorenkät: the survey, the respondent groups, the förbund's summary and,
    per indicator, a table of its questions and a chart of the shares."""
    b.tag("{%p if nns.har %}")
    b.h("Bilaga 1. {{ nns.rubrik }} {{ nns.ar }}", 1, new_page=True)
    b.p("NNS indikatorenkät är Nationella nätverket för samordningsförbunds mätverktyg för "
        "samordningsförbundens verksamhet. Sexton indikatorer mäter tillsammans viktiga kvalitativa faktorer "
        "i förbundens uppdrag, från styrning och myndighetssamverkan till deltagarinflytande och "
        "jämställdhet. Varje respondentgrupp svarar på sina egna frågor; en eller flera frågor är måttet för "
        "en indikator.")
    b.p("{% if nns.period %}Mätperioden är {{ nns.period }}. {% endif %}{% if nns.antal_enkater is not none %}"
        "Totalt samlades {{ nns.antal_enkater|antal }} enkäter in{% if nns.antal_enkater_fg is not none %}, "
        "mot {{ nns.antal_enkater_fg|antal }} {% if nns.jamforelsear %}{{ nns.jamforelsear }}{% else %}"
        "föregående år{% endif %}{% endif %}. {% endif %}Resultat per kön redovisas bara där minst tio kvinnor "
        "och minst tio män har besvarat frågan (NNS regel, som skyddar de svarandes anonymitet)"
        "{% if nns.kon_dolda %}; för {{ nns.kon_dolda|antal }} "
        "{% if nns.kon_dolda == 1 %}fråga{% else %}frågor{% endif %} redovisas därför bara samtliga svarande"
        "{% endif %}.")
    b.tag("{%p if nns.grupper %}")
    b.p("Respondentgrupper", style="Heading 4")
    b.table(["Respondentgrupp", "Beskrivning", "Svarande", "Kvinnor", "Män"], [4.5, 7.1, 1.8, 1.6, 1.6], [
        ("tag", ["{%tr for g in nns.grupper %}"]),
        ("row", ["{{ g.grupp }}", "{{ g.beskrivning }}", "{{ g.antal|antal }}",
                 "{% if g.visa_kon %}{{ g.kvinnor|antal }}{% else %}–{% endif %}",
                 "{% if g.visa_kon %}{{ g.man|antal }}{% else %}–{% endif %}"]),
        ("tag", ["{%tr endfor %}"]),
    ], numeric_from=2, keep_together=True)
    b.tag("{%p endif %}")
    b.tag("{%p if nns.resultat or nns.citat %}")
    b.p("Resultat", style="Heading 4")
    b.tag("{%p endif %}")
    b.loop_text("nns.resultat", heading=5)
    b.tag("{%p for c in nns.citat %}")
    b.p("{{ c }}", style="List Bullet", italic=True)
    b.tag("{%p endfor %}")
    b.p("Som positiva svar räknas, beroende på frågans svarsskala, svaren ofta, för det mesta och alltid, "
        "eller till stor del, till mycket stor del och helt och hållet; klart positivt är de två sistnämnda. "
        "Som negativa svar räknas sällan och aldrig, eller till liten del och inte alls."
        "{% if nns.har_forandring %} Förändringen är skillnaden i andelen positiva mot "
        "{% if nns.jamforelsear %}{{ nns.jamforelsear }}{% else %}föregående mätning{% endif %}, i "
        "procentenheter.{% endif %} Ett streck betyder att andelen inte redovisas.", italic=True)
    b.tag("{%p for i in nns.indikatorer %}")
    b.p("{% if i.nr is not none %}Indikator {{ i.nr }}{% else %}Övriga frågor{% endif %}", style="Heading 4")
    b.tag("{%p if i.text %}")
    b.p("{{ i.text }}", italic=True, keep=True)
    b.tag("{%p endif %}")
    b.table(["Fråga och svarande", "Negativt", "Varken eller", "Positivt", "Klart positivt", "Svarsfrekvens",
             "Förändring"], [6.1, 1.6, 1.5, 1.5, 1.5, 2.4, 2.0], [
        ("tag", ["{%tr for q in i.fragor %}"]),
        ("head", ["{{ q.grupp }}: {{ q.fraga }}{% if q.ja_nej %} (ja/nej: nej under Negativt, ja under "
                  "Positivt){% endif %}", "", "", "", "", "", ""]),
        ("tag", ["{%tr for r in q.rader %}"]),
        ("row", ["{{ r.etikett }}", _share("r.negativ"), _share("r.neutral"), _share("r.positiv"),
                 _share("r.klart_positivt"), _share("r.svarsfrekvens"), CHANGE]),
        ("tag", ["{%tr endfor %}"]),
        ("tag", ["{%tr endfor %}"]),
    ])
    chart(b, "i.diagram", "Andel negativa, varken eller och positiva svar{% if i.nr is not none %}, "
          "indikator {{ i.nr }}{% endif %}")
    b.tag("{%p endfor %}")
    b.tag("{%p endif %}")

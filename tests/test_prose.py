"""Figures in the prose: [references] in free texts are printed from the model, and literal
numbers in the texts are checked against the figures their words name."""
from __future__ import annotations

from decimal import Decimal

import pytest
from conftest import EXAMPLES, annual, docx_text, run_cli, write_folder

from finsam.errors import InputError

# Codes of check.prose, each broken by a case below (test_check_coverage).
TESTED = {"text-siffra-referens", "text-siffra-avviker", "text-andel-namnare", "text-referens-saknas"}


def _render(doc, tmp_path):
    from finsam.render.arsredovisning import render

    path = tmp_path / "ar.docx"
    path.write_bytes(render(doc.model, doc.findings, draft=True))
    return docx_text(path)


def _with_text(corrected, tmp_path, text, key="handelser"):
    corrected["texter.xlsx"]["texter"][key] = text
    return annual(write_folder(tmp_path / "f", corrected))


def _prose(doc):
    return [r for r in doc.findings if r.code.startswith("text-") and not r.ok]


def test_each_reference_kind_renders_its_figure(corrected, tmp_path):
    doc = _with_text(corrected, tmp_path,
                     "EK [eget kapital]; andel [andel individinriktat]; kvinnor [deltagare kvinnor]; "
                     "insats [insats: Psykolog utfall]; volym [insats: Psykolog volyminsatser]; "
                     "[sammanträden] möten; resultat [årets resultat]; mål [mål individinriktat]; "
                     "[[inte en referens] ]]> [] [ ]]>")
    text = _render(doc, tmp_path)
    line = next(p for p in text.split("\n") if p.startswith("EK "))
    assert line == ("EK 1 288 424 kr; andel 70,4 %; kvinnor 359; insats 912 000 kr; volym 207; 8 möten; "
                    "resultat 476 308 kr; mål 70 %; [inte en referens] ]]> [] [ ]]>")  # [] names nothing
    assert not _prose(doc)


def test_tkr_forbund_prints_in_its_unit(corrected, tmp_path):
    """The detailed follow-up is in tkr: Summa insatser compared in tkr; the reference to
    the insatser's cost prints in the insatser's own unit (kr, exakt)."""
    doc = _with_text(corrected, tmp_path, "Insatserna kostade [kostnad insatser], [kostnad individinriktat] "
                                          "individinriktat.")
    assert "Insatserna kostade 5 695 277 kr, 5 182 188 kr individinriktat." in _render(doc, tmp_path)


def test_references_in_goal_and_insats_texts(corrected, tmp_path):
    corrected["insatser.xlsx"]["mal"][0]["kommentar"] = "Totalt [till arbete eller studier] personer."
    corrected["insatser.xlsx"]["insatser"][0]["beskrivning"] = "Deltagare: [insats: Arbetsförmedlare på AMT deltagare]."
    text = _render(annual(write_folder(tmp_path / "f", corrected)), tmp_path)
    assert "Totalt 199 personer." in text
    assert "Deltagare: 398." in text


def test_template_syntax_in_a_cell_prints_as_typed(corrected, tmp_path):
    typed = "Mallkod {{ 7*7 }} och {% if true %}ja{% endif %} och {{ f.namn }}"
    doc = _with_text(corrected, tmp_path, typed)
    text = _render(doc, tmp_path)
    assert typed in text
    assert "49" not in text.split("Mallkod")[1].split("\n")[0]


def test_unknown_reference_is_a_located_input_error(corrected, tmp_path):
    corrected["texter.xlsx"]["texter"]["ordforande_har_ordet"] = "Vi har [eget kapitl] kvar."
    folder = write_folder(tmp_path / "f", corrected)
    with pytest.raises(InputError) as exc:
        annual(folder)
    problem = exc.value.problems[0]
    assert (problem.location.workbook, problem.location.sheet) == ("texter.xlsx", "Texter")
    assert problem.location.cell and problem.location.cell.startswith("B")
    assert problem.found == "[eget kapitl]"
    assert "[eget kapital]" in problem.message
    result = run_cli("check", folder)
    assert result.returncode == 2
    assert "[eget kapitl]" in result.stdout + result.stderr and "Traceback" not in result.stderr


def test_unknown_insats_reference_suggests_the_insats(corrected, tmp_path):
    corrected["insatser.xlsx"]["insatsmal"][0]["resultat"] = "[insats: SIP-samordnare utfal]"
    with pytest.raises(InputError) as exc:
        annual(write_folder(tmp_path / "f", corrected))
    problem = exc.value.problems[0]
    assert (problem.location.workbook, problem.location.sheet) == ("insatser.xlsx", "Insatsmål")
    assert "[insats: SIP-samordnare på AMT utfall]" in problem.message


# (code, text, expected, actual): a sentence in texter.xlsx "Händelser" and its one finding.
CASES = [
    ("text-siffra-avviker", "Eget kapital var 1 300 000 kr vid årets slut.", 1288424, 1300000),
    ("text-siffra-referens", "Eget kapital var 1 288 tkr vid årets slut.", 1288.424, 1288),
    ("text-siffra-referens", "Driftsbidraget var 7,4 mkr.", 7.36, 7.4),
    ("text-siffra-avviker", "Årets resultat blev ett överskott på 0,6 mkr.", 0.476308, 0.6),
    ("text-siffra-referens", "Årets resultat blev ett överskott på 0,5 mkr.", 0.476308, 0.5),
    ("text-siffra-avviker", "Andelen individinriktade insatser var 72 % av driftsbidraget.", "0.704", "0.72"),
    ("text-andel-namnare", "5 182 188 kr gick till individinriktade insatser, vilket motsvarar 70,4 % av "
                           "förbundets kostnader.", "0.752", "0.704"),
    ("text-andel-namnare", "Av förbrukade medel gick 70 % till individinriktade insatser.", "0.752", "0.70"),
    ("text-siffra-avviker", "Insatserna hade 746 deltagare.", 734, 746),
    ("text-siffra-avviker", "Till arbete eller studier gick 199 personer, varav 93 kvinnor och 103 män.", 106, 103),
    ("text-siffra-avviker", "Styrelsen höll 9 protokollförda sammanträden.", 8, 9),
    ("text-siffra-referens", "Styrelsen höll 8 sammanträden.", 8, 8),
    # a typo in the keyword ("individriktade") still names the individinriktade insatser
    ("text-siffra-referens", "5 182 188 kr gick till individriktade insatser.", 5182188, 5182188),
    ("text-siffra-avviker", "Över 199 deltagare gick till arbete eller studier.", 199, 199),
]


@pytest.mark.parametrize("code,text,expected,actual", CASES)
def test_literal_number_findings(corrected, tmp_path, code, text, expected, actual):
    from decimal import Decimal

    doc = _with_text(corrected, tmp_path, text)
    found = _prose(doc)
    assert code in [r.code for r in found]
    assert [r.code for r in found if r.code != "text-siffra-referens"] in ([], [code])
    r = next(r for r in found if r.code == code)
    assert (r.location.workbook, r.location.sheet) == ("texter.xlsx", "Texter")
    assert r.location == doc.model.forbund.texts_src.loc("handelser")
    assert abs(Decimal(str(r.expected)) - Decimal(str(expected))) < Decimal("0.001")
    assert Decimal(str(r.actual)) == Decimal(str(actual))
    assert r.severity == ("tips" if code == "text-siffra-referens" else "avvikelse")
    assert not r.blocks


@pytest.mark.parametrize("text", [
    "Under 2022 hade insatserna 713 deltagare.",            # another year
    "Cirka 90 personer deltog i inspirationsdagen.",        # approximate, not a figure
    "Målet är minst 60 anställningar.",                      # a target
    "Målgruppen är 16–65 år; styrelsen möttes 27/1 och 2024-03-01.",   # a range and dates
    "I enkäten svarade 86 % att de är mer redo.",           # a share the words do not name
    "Inför verksamhetsåret 2024 får förbundet en sänkning med 18 000 kr i driftsbidrag.",  # next year
    "Två tjänster till ett sammanlagt belopp på 1100 000 kr.",   # a malformed number is not "000 kr"
])
def test_numbers_that_are_not_figures_are_not_checked(corrected, tmp_path, text):
    assert not _prose(_with_text(corrected, tmp_path, text))


def test_literal_in_an_insats_goal_result_is_checked_against_the_insats(corrected, tmp_path):
    corrected["insatser.xlsx"]["insatsmal"][5]["resultat"] = "7 deltagare avslutades till arbete eller studier."
    doc = annual(write_folder(tmp_path / "f", corrected))
    (r,) = _prose(doc)
    assert (r.code, r.location.workbook, r.location.sheet, r.expected, r.actual) == \
        ("text-siffra-avviker", "insatser.xlsx", "Insatsmål", 5, 7)
    assert "Arbetskonsulent AE" in r.text()


def test_reference_to_an_unreported_figure(corrected, tmp_path):
    corrected["ekonomi.xlsx"]["installningar"] = dict(corrected["ekonomi.xlsx"]["installningar"],
                                                      driftsbidrag_fg=None)
    doc = _with_text(corrected, tmp_path, "Förra året fick vi [driftsbidrag föregående år].")
    (r,) = [r for r in _prose(doc) if r.location == doc.model.forbund.texts_src.loc("handelser")]
    assert r.code == "text-referens-saknas" and r.severity == "saknas" and not r.blocks
    assert "Förra året fick vi uppgift saknas." in _render(doc, tmp_path)


def test_no_prose_finding_on_the_corrected_examples():
    for name in ("sundsvall-2023", "sundsvall-2022"):
        assert not _prose(annual(EXAMPLES / name)), name


def test_published_example_reports_each_text_contradiction_at_its_cell():
    doc = annual(EXAMPLES / "sundsvall-2023-publicerad")
    found = _prose(doc)
    f = doc.model.forbund
    by_text = {(r.code, r.location.workbook, r.location.sheet, r.location.cell, str(r.actual)) for r in found}
    goals = f.goals
    # "varav 93 kvinnor och 103 män" (Tabell 1: 106 män), in the first goal's comment
    assert ("text-siffra-avviker", "insatser.xlsx", "Förbundets mål", goals[0].src.ref("kommentar"), "103") in by_text
    # 746 participants in 1.5.4 against 734
    assert ("text-siffra-avviker", "insatser.xlsx", "Förbundets mål", goals[5].src.ref("kommentar"), "746") in by_text
    # insatser 5 774 942 kr against the detailed follow-up's 5 695 tkr, in both places it is printed
    for key in ("sammanfattning", "viktiga_forhallanden"):
        cell = f.texts_src.ref(key)
        assert ("text-siffra-avviker", "texter.xlsx", "Texter", cell, "5774942") in by_text
    # 70,4 % "av förbundets kostnader" is the share of the driftsbidrag
    assert any(r.code == "text-andel-namnare" and "70,4 %" in r.text() for r in found)
    assert not [r for r in found if r.severity in ("fel",)]


def test_corrected_example_reads_the_same_figures(tmp_path):
    """The corrected example writes the printed passages with references: its report prints
    the figures (the right ones where the published report contradicts itself)."""
    text = _render(annual(EXAMPLES / "sundsvall-2023"), tmp_path)
    for printed in ("7 360 000 kr i driftsbidrag", "minskning med 18 000 kr", "8 172 116 kr",
                    "ett plusresultat på 476 308 kr", "eget kapital 1 288 424 kr vid ingången till 2024",
                    "199 individer, varav 93 kvinnor och 106 män", "2023(734 individer)",
                    "uppgick till 5 695 277 kr", "5 182 188 kr gick till individinriktade insatser",
                    "haft 8 protokollförda sammanträden", "arbetat med 45 deltagare", "20 män och 25 kvinnor",
                    "motsvarar 70,4 % av driftsbidraget"):
        assert printed in text, printed
    assert "[" not in "".join(line for line in text.split("\n") if "insats:" in line)
    assert "746" not in text and "103 män" not in text


def _tally(folder):
    from finsam.check.prose import Tally, text_findings
    from finsam.model.prose import References, free_texts

    doc = annual(folder)
    f, fig = doc.model.forbund, doc.model.figures
    refs, tally = References(f, fig), Tally()
    for t in free_texts(f):
        list(text_findings(t, refs, f, fig, tally))
    return tally


def test_measured_rate_on_the_examples():
    """Every number of the examples' free texts that names a figure (or is an amount) is
    checked; the published report's disagreements are flagged, none in the corrected one."""
    published, corrected = _tally(EXAMPLES / "sundsvall-2023-publicerad"), _tally(EXAMPLES / "sundsvall-2023")
    assert (published.flagged, corrected.flagged) == (10, 0)
    assert published.matched >= 35 and corrected.matched == 0


# -- § texts of the minutes -------------------------------------------------------------------

def _minutes(tmp_path, text, beslut=None, day=26):
    import copy
    import shutil

    import sundsvall_2024
    from test_minutes import _write

    files = copy.deepcopy(sundsvall_2024.MEETINGS)
    para = files["sammantrade-2024-04-26.xlsx" if day == 26 else "sammantrade-2024-03-22.xlsx"][1]["paragrafer"][0]
    para["text"] = text
    if beslut is not None:
        para["beslut"] = beslut
    shutil.copytree(EXAMPLES / "sundsvall-2023", tmp_path / "sundsvall-2023",
                    ignore=shutil.ignore_patterns("ut", "*.md"))
    folder = _write(tmp_path / "m", files)
    from conftest import documents

    return folder, next(d for d in documents(folder, "sammantrade") if d.model.facts.datum.day == day)


def test_references_in_a_paragraph_of_the_minutes(tmp_path):
    from finsam.render.sammantrade import render

    _, doc = _minutes(tmp_path, "Prognosen ger [prognos resultat] och eget kapital [prognos eget kapital]; "
                                "[närvarande ledamöter] ledamöter är närvarande. {{ 1 }}",
                      beslut="Att notera [andel eget kapital prognos] av driftsbidraget")
    path = tmp_path / "p.docx"
    path.write_bytes(render(doc.model, doc.findings, draft=True))
    text = docx_text(path)
    assert "Prognosen ger 676 tkr och eget kapital 1 964 tkr; 4 ledamöter är närvarande. {{ 1 }}" in text
    assert "Att notera 26,7 % av driftsbidraget" in text


def test_unknown_reference_in_the_minutes(tmp_path):
    with pytest.raises(InputError) as exc:
        _minutes(tmp_path, "Resultatet blir [prognos resultatet].")
    problem = exc.value.problems[0]
    assert (problem.location.workbook, problem.location.sheet) == ("sammantrade-2024-04-26.xlsx", "Paragrafer")
    assert problem.found == "[prognos resultatet]" and "[prognos resultat]" in problem.message


def test_instructions_and_readme_list_every_reference():
    from openpyxl import load_workbook

    from finsam.schema.ansokan import APPLICATION_REFERENCES
    from finsam.schema.sammantrade import MINUTES_REFERENCES
    from finsam.schema.texter import REFERENCES
    from finsam.schema.verksamhetsplan import PLAN_REFERENCES
    from conftest import ROOT

    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    for book, refs in (("texter.xlsx", REFERENCES), ("sammantrade.xlsx", MINUTES_REFERENCES),
                       ("verksamhetsplan.xlsx", PLAN_REFERENCES), ("ansokan.xlsx", APPLICATION_REFERENCES)):
        ws = load_workbook(ROOT / "workbooks" / book)["Instruktioner"]
        labels = {row[0] for row in ws.iter_rows(values_only=True)}
        for r in refs:
            assert f"[{r.name}]" in labels, (book, r.name)
            assert f"`[{r.name}]`" in readme, r.name


# (code, § text, expected, actual): the first § of the 26 April meeting, one finding.
MINUTES_CASES = [
    ("text-siffra-avviker", "Helårsprognosen är ett resultat på 720 000 kr.", Decimal("675500"), 720000),
    ("text-siffra-referens", "Helårsprognosen är ett resultat på 676 tkr.", Decimal("675.5"), 676),
    ("text-siffra-avviker", "Styrelsen är beslutsför med 5 närvarande ledamöter.", 4, 5),
    ("text-siffra-avviker", "Prognosen för eget kapital är 2 100 tkr.", Decimal("1963.924"), 2100),
    ("text-siffra-avviker", "Eget kapital vid årets början var 1 100 tkr.", Decimal("1288.424"), 1100),
]


@pytest.mark.parametrize("code,text,expected,actual", MINUTES_CASES)
def test_literal_number_in_a_paragraph_of_the_minutes(tmp_path, code, text, expected, actual):
    _, doc = _minutes(tmp_path, text)
    found = _prose(doc)
    assert [r.code for r in found] == [code]
    (r,) = found
    para = doc.model.paragraphs[0]
    assert r.location == para.src.loc("text")
    assert Decimal(str(r.actual)) == Decimal(str(actual))
    if expected is not None:
        assert abs(Decimal(str(r.expected)) - expected) < Decimal("0.01")
    assert r.severity == ("tips" if code == "text-siffra-referens" else "avvikelse") and not r.blocks


def test_literal_number_in_a_decision_of_the_minutes(tmp_path):
    _, doc = _minutes(tmp_path, "Ingen siffra här.", beslut="Att notera prognosen, ett resultat på 600 tkr")
    (r,) = _prose(doc)
    assert (r.code, r.location) == ("text-siffra-avviker", doc.model.paragraphs[0].src.loc("beslut"))


def test_reference_in_the_minutes_to_a_figure_not_reported(tmp_path):
    """The 22 March meeting has no budget follow-up attached: [prognos resultat] is not reported."""
    _, doc = _minutes(tmp_path, "Prognosen är [prognos resultat].", day=22)
    (r,) = _prose(doc)
    assert (r.code, r.location) == ("text-referens-saknas", doc.model.paragraphs[0].src.loc("text"))


def test_minutes_examples_measured():
    """Every number of the minutes examples' § texts is parsed; those that name a figure of
    the meeting are checked; none is flagged (the forecast is written as a reference)."""
    from finsam.check.prose import Tally, minutes_text_findings
    from finsam.model.prose import MinutesReferences, minutes_texts

    from conftest import documents

    tally, findings = Tally(), []
    for name in ("sundsvall-2024-04-26", "sundsvall-ansokan-2024"):
        for d in documents(EXAMPLES / name, "sammantrade"):
            assert not _prose(d), name
            refs = MinutesReferences(d.model)
            for t in minutes_texts(d.model):
                findings += list(minutes_text_findings(t, refs, d.model.facts.datum.year, tally))
    assert not findings
    assert (tally.found, tally.checked, tally.flagged) == (73, 5, 0)


# -- the verksamhetsplan's and the ansökan's texts -------------------------------------------

def _plan(tmp_path, text):
    import sys

    sys.path.insert(0, str(EXAMPLES / "data"))
    import vp_examples

    from finsam.schema.verksamhetsplan import PLAN_WB
    from finsam.schema.write import write_workbook

    data = vp_examples.sundsvall()
    data["texter"][0]["text"] = text
    folder = tmp_path / "vp"
    folder.mkdir(parents=True, exist_ok=True)
    write_workbook(PLAN_WB, folder / "verksamhetsplan.xlsx", data)
    from conftest import documents

    return documents(folder, "verksamhetsplan")[0]


def _application(tmp_path, key, text):
    import sys

    sys.path.insert(0, str(EXAMPLES / "data"))
    import sundsvall_ansokan

    from finsam.schema.ansokan import APPLICATION_WB
    from finsam.schema.write import write_workbook

    data = sundsvall_ansokan.application()
    if key == "avsnitt":
        data["avsnitt"][0]["text"] = text
    else:
        data["beskrivning"][key] = text
    folder = tmp_path / "a"
    folder.mkdir(parents=True, exist_ok=True)
    write_workbook(APPLICATION_WB, folder / "ansokan-arbetskonsulent.xlsx", data)
    from conftest import documents

    return next(d for d in documents(folder) if d.kind.key == "ansokan")


PLAN_PRINTED = {"driftsbidrag": "7 360 tkr", "driftsbidrag år 2": "7 360 tkr", "driftsbidrag år 3": "7 360 tkr",
                "statens tilldelning": "3 680 tkr", "budget kostnader": "7 360 tkr", "budget resultat": "0 tkr",
                "budget insatser": "5 715 tkr", "budget individinriktat": "4 965 tkr",
                "budget strukturövergripande": "750 tkr", "andel individinriktat": "67,5 %",
                "mål individinriktat": "65 %", "eget kapital": "1 112 tkr", "insatser": "12"}


def test_each_plan_reference_renders_its_figure(tmp_path):
    from finsam.render.verksamhetsplan import render
    from finsam.schema.verksamhetsplan import PLAN_REFERENCES

    assert set(PLAN_PRINTED) == {r.name for r in PLAN_REFERENCES}
    doc = _plan(tmp_path, " ".join(f"<{name}: [{name}]>" for name in PLAN_PRINTED) + " {{ 1 }}")
    path = tmp_path / "vp.docx"
    path.write_bytes(render(doc.model, doc.findings, draft=True))
    text = docx_text(path).replace("\u00a0", " ")
    for name, printed in PLAN_PRINTED.items():
        assert f"<{name}: {printed}>" in text, name
    assert "{{ 1 }}" in text


def test_unknown_plan_reference_is_a_located_input_error(tmp_path):
    with pytest.raises(InputError) as exc:
        _plan(tmp_path, "Förbundet får [driftsbidraget].")
    (problem,) = exc.value.problems
    assert (problem.location.workbook, problem.location.sheet) == ("verksamhetsplan.xlsx", "Texter")
    assert problem.location.cell and problem.location.cell.startswith("B")
    assert problem.found == "[driftsbidraget]" and "[driftsbidrag]" in problem.message


APPLICATION_PRINTED = {"sökt belopp": "973 500 kr", "budget totalt": "973 500 kr", "budget år 1": "247 500 kr",
                       "budget år 2": "726 000 kr", "budget år 3": "uppgift saknas", "budgetår": "2",
                       "samverkansparter": "3", "parter i samverkan": "4", "minst parter": "2"}


@pytest.mark.parametrize("key", ["sammanfattning", "avsnitt"])
def test_each_application_reference_renders_its_figure(tmp_path, key):
    from finsam.render.ansokan import render
    from finsam.schema.ansokan import APPLICATION_REFERENCES

    assert set(APPLICATION_PRINTED) == {r.name for r in APPLICATION_REFERENCES}
    doc = _application(tmp_path, key, " ".join(f"<{name}: [{name}]>" for name in APPLICATION_PRINTED))
    path = tmp_path / "a.docx"
    path.write_bytes(render(doc.model, doc.findings, draft=True))
    text = docx_text(path).replace("\u00a0", " ")
    for name, printed in APPLICATION_PRINTED.items():
        assert f"<{name}: {printed}>" in text, name


def test_unknown_application_reference_is_a_located_input_error(tmp_path):
    with pytest.raises(InputError) as exc:
        _application(tmp_path, "syfte", "Vi söker [sökt belop] för två år.")
    (problem,) = exc.value.problems
    assert (problem.location.workbook, problem.location.sheet) == ("ansokan-arbetskonsulent.xlsx", "Beskrivning")
    assert problem.found == "[sökt belop]" and "[sökt belopp]" in problem.message


# (code, text, expected, actual): the first text of the Sundsvall plan 2024 (tkr), one finding.
PLAN_CASES = [
    ("text-siffra-avviker", "Budgeten för insatserna är 6 000 000 kr.", 5715000, 6000000),
    ("text-siffra-avviker", "Eget kapital planeras till 1 300 tkr.", 1112, 1300),
    ("text-siffra-referens", "Driftsbidraget är 7 360 tkr.", 7360, 7360),
]


@pytest.mark.parametrize("code,text,expected,actual", PLAN_CASES)
def test_literal_number_in_a_plan_text(tmp_path, code, text, expected, actual):
    doc = _plan(tmp_path, text)
    (r,) = _prose(doc)
    assert (r.code, r.location) == (code, doc.model.texts[0].src.loc("text"))
    assert r.location.cell.startswith("B")
    assert Decimal(str(r.actual)) == Decimal(str(actual))
    assert abs(Decimal(str(r.expected)) - Decimal(str(expected))) < Decimal("0.01")
    assert r.severity == ("tips" if code == "text-siffra-referens" else "avvikelse") and not r.blocks
    if code == "text-siffra-avviker":
        assert "verksamhetsplan.xlsx" in r.message and "skriv [" in r.message


# (code, cell key, text, expected, actual): the Sundsvall ansökan 2024 (kr), one finding.
APPLICATION_CASES = [
    ("text-siffra-avviker", "syfte", "Vi söker 900 000 kr för två år.", 973500, 900000),
    ("text-siffra-avviker", "avsnitt", "De totala kostnaderna är 1 000 000 kr.", 973500, 1000000),
    ("text-siffra-referens", "sammanfattning", "Förbundet ansöker om 973 500 kr.", 973500, 973500),
]


@pytest.mark.parametrize("code,key,text,expected,actual", APPLICATION_CASES)
def test_literal_number_in_an_application_text(tmp_path, code, key, text, expected, actual):
    doc = _application(tmp_path, key, text)
    (r,) = _prose(doc)
    a = doc.model
    loc = a.sections[0].src.loc("text") if key == "avsnitt" else a.description.src.loc(key)
    assert (r.code, r.location) == (code, loc)
    assert (Decimal(str(r.expected)), Decimal(str(r.actual))) == (expected, actual)
    assert r.severity == ("tips" if code == "text-siffra-referens" else "avvikelse") and not r.blocks


def test_plan_and_application_examples_measured():
    """Every number of the plan and ansökan examples' texts is parsed; those whose words
    name a figure of the document are checked; none is flagged and none is a tip (the
    examples write those figures as references)."""
    from finsam.check.prose import Tally, table_text_findings
    from finsam.model import prose

    from conftest import documents

    tally, findings = Tally(), []
    for name in ("sundsvall-vp-2024", "sundsvall-vp-2024-publicerad", "harnosand-timra-vp-2022",
                 "sundsvall-ansokan-2024"):
        for d in documents(EXAMPLES / name):
            if d.kind.key == "verksamhetsplan":
                refs, texts = prose.plan_references(d.model), prose.plan_texts(d.model)
                parse, year = prose.plan_literals, d.model.facts.year("ar1")
            elif d.kind.key == "ansokan":
                refs, texts = prose.application_references(d.model), prose.application_texts(d.model)
                parse, year = prose.application_literals, d.model.facts.forsta_ar
            else:
                continue
            assert not _prose(d), name
            for t in texts:
                findings += list(table_text_findings(t, refs, year, parse, tally))
    assert not findings
    assert (tally.found, tally.other_year, tally.checked, tally.flagged) == (57, 14, 5, 0)

"""The NNS indikatorenkät bilaga (nns.xlsx): each check breaks at its cell, NNS's rule of
ten hides a gender split of survey results (and only of survey results), the bilaga's
figures reach the docx, and a folder without nns.xlsx builds as before."""
from __future__ import annotations

import copy
import io
import shutil
import sys
from decimal import Decimal

import pytest
from docx import Document

from conftest import EXAMPLES, annual, normalise, write_folder

sys.path.insert(0, str(EXAMPLES / "data"))
import nns_2022  # noqa: E402
import nns_2023  # noqa: E402
import nns_workbook  # noqa: E402

from finsam.schema.nns import NNS_WB  # noqa: E402
from finsam.schema.write import write_workbook  # noqa: E402

N = "nns.xlsx"
# Rows of the Resultat sheet: the header in row 4, row 5 is indicator 1, pågående, samtliga
# (n=42: 0 / 5 / 95 %, klart positivt 90 %), row 6 its women (19), row 7 its men (23).


def _res(d, i):
    return d["nnsresultat"][i]


CASES = [
    ("nns-ar", lambda d: d["nns"].update(ar=2022), "Enkät", "B5"),
    ("nns-andel-utanfor", lambda d: _res(d, 0).update(svarsfrekvens="120 %"), "Resultat", "K5"),
    ("nns-andel-utanfor", lambda d: _res(d, 1).update(negativ=-0.05, neutral=0.16), "Resultat", "G6"),
    ("nns-andelar-summa", lambda d: _res(d, 0).update(neutral=0.15), "Resultat", "I5"),
    ("nns-klart-positivt", lambda d: _res(d, 0).update(klart_positivt=0.97), "Resultat", "J5"),
    ("nns-kon-antal", lambda d: _res(d, 2).update(antal=30), "Resultat", "F6"),
    ("nns-kon-antal", lambda d: d["nnsgrupper"][0].update(kvinnor=25), "Respondentgrupper", "D5"),
    ("nns-antal-grupp", lambda d: _res(d, 0).update(antal=45), "Resultat", "F5"),
    ("nns-enkater-summa", lambda d: d["nns"].update(antal_enkater=130), "Enkät", "B9"),
]


def _folder(tmp_path, corrected, nns: dict | None):
    folder = write_folder(tmp_path / "f", corrected)
    if nns is not None:
        write_workbook(NNS_WB, folder / N, nns)
    return folder


@pytest.mark.parametrize("code,breaks,sheet,cell", CASES, ids=[f"{c[0]}-{c[3]}" for c in CASES])
def test_each_nns_check_breaks_at_its_cell(tmp_path, corrected, code, breaks, sheet, cell):
    nns = nns_workbook.workbook(nns_2023)
    breaks(nns)
    found = [r for r in annual(_folder(tmp_path, corrected, nns)).findings if not r.ok]
    assert any(r.code == code and r.severity == "fel" and r.location.workbook == N and r.location.sheet == sheet
               and r.location.cell == cell for r in found), [(r.code, str(r.location)) for r in found]


def test_the_example_survey_passes_every_check(tmp_path, corrected):
    findings = annual(_folder(tmp_path, corrected, nns_workbook.workbook(nns_2023))).findings
    nns = [r for r in findings if r.code.startswith("nns")]
    assert {r.code for r in nns} == {"nns-ar", "nns-andel-utanfor", "nns-andelar-summa", "nns-klart-positivt",
                                     "nns-kon-antal", "nns-enkater-summa"}
    assert all(r.ok for r in nns), [r.text() for r in nns if not r.ok]
    # 2 + 2 + 95 = 99 % (indicator 3) and 17 + 17 + 67 = 101 % (indicator 16) are within the
    # rounding of three whole percentages; 2 + 8 + 95 = 105 % is not.
    nns_data = nns_workbook.workbook(nns_2023)
    row = next(r for r in nns_data["nnsresultat"] if r["indikator"] == 3 and r["negativ"] == Decimal("0.02"))
    row["neutral"] = Decimal("0.08")  # 2 + 8 + 95 = 105 %
    shutil.rmtree(tmp_path / "f")
    found = [r for r in annual(_folder(tmp_path, corrected, nns_data)).findings if not r.ok]
    assert [r.code for r in found] == ["nns-andelar-summa"]
    assert "105" in found[0].text()


def test_a_blank_share_is_not_checked_as_zero(tmp_path, corrected):
    """Indicators 13 and 14 print only two of the three shares: nothing to add up, no fel."""
    nns = nns_workbook.workbook(nns_2023)
    blanks = [r for r in nns["nnsresultat"] if r["indikator"] in (13, 14)]
    assert blanks and all(r["positiv"] is None for r in blanks)
    found = [r for r in annual(_folder(tmp_path, corrected, nns)).findings if not r.ok]
    assert found == []


def _docx(tmp_path, corrected, nns):
    from finsam.render.arsredovisning import render

    doc = annual(_folder(tmp_path, corrected, nns))
    return Document(io.BytesIO(render(doc.model, doc.findings)))


def _rows(doc) -> list[list[str]]:
    return [[normalise(c.text) for c in row.cells] for t in doc.tables for row in t.rows]


def _bilaga_text(doc) -> str:
    text = normalise("\n".join(p.text for p in doc.paragraphs))
    return text.rsplit("Bilaga 1. ", 1)[1]


def test_the_bilaga_shows_the_survey(tmp_path, corrected):
    doc = _docx(tmp_path, corrected, nns_workbook.workbook(nns_2023))
    rows = _rows(doc)
    text = normalise("\n".join(p.text for p in doc.paragraphs))
    # The bilagor list, and the bilaga's heading (also in the table of contents).
    assert "Bilaga 1. Resultatrapport från NNS indikatorsenkäter" in text
    bilaga = _bilaga_text(doc)
    assert bilaga.startswith("Resultatrapport från NNS indikatorsenkäter 2023")
    assert "Mätperioden är 2022-11-01–2023-10-31. Totalt samlades 129 enkäter in, mot 140 2022." in bilaga
    assert "minst tio kvinnor och minst tio män" in bilaga
    assert "Fått tillbaka självförtroendet." in bilaga
    # Respondent groups: gender only where both are at least ten.
    assert ["Deltagare i pågående insats", "", "42", "19", "23"] in rows
    assert ["Personal", "Personal (medarbetarrådets medlemmar och medarbetare i förbundsfinansierade insatser)",
            "13", "–", "–"] in rows
    # Indicator 1, pågående: all and by gender; the change with its arrow.
    assert ["Samtliga (n=42)", "0 %", "5 %", "95 %", "90 %", "100 %", "↓ 2 %"] in rows
    assert ["Kvinnor (n=19)", "0 %", "11 %", "89 %", "84 %", "100 %", "↓ 8 %"] in rows
    assert ["Män (n=20)", "0 %", "0 %", "100 %", "85 %", "100 %", "→"] in rows
    # Ja/Nej: nej under Negativt, ja under Positivt, no varken eller.
    assert ["Samtliga (n=48)", "10 %", "–", "90 %", "–", "100 %", "↑ 6 %"] in rows
    # Indicator 13: the positive share is not printed: a dash, never 0 %.
    assert ["Samtliga (n=13)", "0 %", "23 %", "–", "–", "–", "↓ 15 %"] in rows
    # Indicator 12, Styrelse: no response rate printed.
    assert ["Samtliga (n=6)", "0 %", "17 %", "83 %", "83 %", "–", "→"] in rows
    headings = [p.text for p in doc.paragraphs if p.style.name == "Heading 4"]
    assert [h for h in headings if h.startswith("Indikator ")] == [f"Indikator {n}" for n in range(1, 17) if n != 11]


def test_the_bilaga_has_a_chart_per_indicator(tmp_path, corrected):
    import re
    import zipfile

    from finsam.render.arsredovisning import render

    doc = annual(_folder(tmp_path, corrected, nns_workbook.workbook(nns_2023)))
    data = render(doc.model, doc.findings)
    z = zipfile.ZipFile(io.BytesIO(data))
    body = z.read("word/document.xml").decode("utf-8")
    titles = re.findall(r'title="(Indikator \d+: andel svar per respondentgrupp)"', body)
    # 13 and 14 print only two of the three shares: their rows are in the tables only.
    assert titles == [f"Indikator {n}: andel svar per respondentgrupp" for n in range(1, 17) if n not in (11, 13, 14)]
    descr = re.search(r'descr="(Diagram: indikator 1,[^"]*)"', body).group(1)
    assert "Deltagare i pågående insats: negativt 0\u00a0%, varken eller 5\u00a0%, positivt 95\u00a0%" in descr
    assert "Deltagare i pågående insats, kvinnor: negativt 0\u00a0%, varken eller 11\u00a0%" in descr


def test_nns_rule_of_ten_hides_a_small_gender_split(tmp_path, corrected):
    """The 2022 report prints "kvinnor (n=9)" for the planning question; under NNS's rule
    (both women and men at least ten) the bilaga shows that question for all only, while
    the coping question (10 women, 20 men) keeps its split."""
    nns = nns_workbook.workbook(nns_2022, year=2023)
    doc = _docx(tmp_path, corrected, nns)
    rows = _rows(doc)
    assert ["Samtliga (n=27)", "0 %", "19 %", "81 %", "59 %", "100 %", ""] in rows
    assert not any(r[0] == "Kvinnor (n=9)" for r in rows) and not any(r[0] == "Män (n=16)" for r in rows)
    assert ["Kvinnor (n=10)", "0 %", "20 %", "80 %", "70 %", "100 %", ""] in rows
    assert ["Män (n=20)", "0 %", "5 %", "95 %", "60 %", "100 %", ""] in rows
    assert "för 1 fråga redovisas därför bara samtliga svarande" in _bilaga_text(doc)
    # The avslut group (10 women, 20 men) shows its split; Personal (no gender) does not.
    assert any(r[0] == "Deltagare inför avslut i insats" and r[2:] == ["32", "10", "20"] for r in rows)
    assert any(r[0] == "Personal" and r[2:] == ["12", "–", "–"] for r in rows)


def test_participant_counts_are_no_survey_results(tmp_path, corrected):
    """The rule of ten is for survey results: the participant table keeps "5 (3/2)"."""
    doc = _docx(tmp_path, corrected, nns_workbook.workbook(nns_2023))
    assert any(r[0] == "Arbetskonsulent AE" and r[3] == "5 (3/2)" for r in _rows(doc))


def test_a_folder_without_nns_builds_as_before(tmp_path, corrected):
    from finsam.render.arsredovisning import render

    doc = annual(write_folder(tmp_path / "f", corrected))
    assert doc.model.forbund.nns is None
    assert not any(r.code.startswith("nns") for r in doc.findings)
    text = "\n".join(p.text for p in Document(io.BytesIO(render(doc.model, doc.findings))).paragraphs)
    assert "Bilaga" not in text and "indikatorenkät är Nationella" not in text


def test_a_blank_nns_workbook_adds_no_bilaga(tmp_path, corrected):
    """The blank workbook (groups and indicators prefilled, no results) is no bilaga and no fel."""
    from finsam.render.arsredovisning import render
    from finsam.resources import blank_workbook

    folder = write_folder(tmp_path / "f", corrected)
    shutil.copyfile(blank_workbook(N), folder / N)
    doc = annual(folder)
    assert doc.model.forbund.nns is not None and not doc.model.forbund.nns.has_results
    assert [r for r in doc.findings if not r.ok and r.code.startswith("nns")] == []
    text = "\n".join(p.text for p in Document(io.BytesIO(render(doc.model, doc.findings))).paragraphs)
    assert "Bilaga 1." not in text


def test_a_lone_nns_workbook_is_no_document(tmp_path):
    from finsam.errors import InputError
    from finsam.pipeline import load

    folder = tmp_path / "f"
    folder.mkdir()
    write_workbook(NNS_WB, folder / N, nns_workbook.workbook(nns_2023))
    with pytest.raises(InputError) as info:
        load(folder)
    assert "inga sådana arbetsböcker" in str(info.value.problems[0])


def test_gender_rows_take_the_question_from_the_row_above(tmp_path, corrected):
    nns = nns_workbook.workbook(nns_2023)
    assert nns["nnsresultat"][1]["fraga"] is None and nns["nnsresultat"][1]["kon"] == "Kvinnor"
    survey = annual(_folder(tmp_path, corrected, copy.deepcopy(nns))).model.forbund.nns
    first = survey.questions[0]
    assert first.kvinnor.fraga == first.samtliga.fraga == "Får du stöd på ett sätt som är till stor nytta för dig?"
    assert first.kvinnor.antal == 19 and first.man.antal == 23 and first.split_shown
    assert len(survey.questions) == len(nns_2023.INDICATORS)
